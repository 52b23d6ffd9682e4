// A KMD with its own DriverEntry, plugged in through DxgkInitialize. It records every DDI call,
// checks the arguments dxgkrnl (the shim) passes, and resolves handles with the Dxgk callbacks
// from inside DxgkDdiOpenAllocation and from a second thread; then a shared primary made with
// WddmShimCreateStandardAllocation goes through its standard-allocation DDIs.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "dispmprt.h"
#include "wddm_shim.h"
#include "wddm_shim_kmd.h"

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);         \
            std::exit(1);                                                                          \
        }                                                                                          \
    } while (0)

namespace {

std::vector<std::string> g_calls;
DXGKRNL_INTERFACE g_dxgk;
int g_adapter_context;
const UINT kSegments = 2;

struct KmdAllocation {
    UINT magic;
    SIZE_T size;
    D3DKMDT_SHAREDPRIMARYSURFACEDATA primary;  // a shared primary's description, else zero
};
// This KMD's private data for a standard allocation.
struct KmdStandard {
    UINT magic;
    D3DKMDT_SHAREDPRIMARYSURFACEDATA primary;
};
const UINT kStandardMagic = 0x57A4D;
struct KmdResource {
    UINT magic;
};
struct KmdOpen {
    KmdAllocation *allocation;
};

NTSTATUS APIENTRY AddDevice(const PDEVICE_OBJECT pdo, PVOID *context) {
    g_calls.push_back("AddDevice");
    CHECK(pdo != NULL);
    *context = &g_adapter_context;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY StartDevice(const PVOID context, PDXGK_START_INFO start, PDXGKRNL_INTERFACE dxgk, PULONG sources,
                              PULONG children) {
    g_calls.push_back("StartDevice");
    CHECK(context == &g_adapter_context && start != NULL && dxgk != NULL);
    CHECK(dxgk->DxgkCbGetHandleData != NULL && dxgk->DxgkCbEnumHandleChildren != NULL &&
          dxgk->DxgkCbGetHandleParent != NULL && dxgk->DxgkCbAcquireHandleData != NULL);
    CHECK(dxgk->DxgkCbGetHandleData == &DxgkCbGetHandleData);  // the exported ones, live
    CHECK(dxgk->Version == DXGKDDI_INTERFACE_VERSION);
    g_dxgk = *dxgk;
    *sources = 1;
    *children = 1;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY StopDevice(const PVOID context) {
    g_calls.push_back("StopDevice");
    CHECK(context == &g_adapter_context);
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY RemoveDevice(const PVOID context) {
    g_calls.push_back("RemoveDevice");
    CHECK(context == &g_adapter_context);
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY QueryAdapterInfo(const HANDLE adapter, const DXGKARG_QUERYADAPTERINFO *args) {
    CHECK(adapter == &g_adapter_context);
    if (args->Type == DXGKQAITYPE_DRIVERCAPS) {
        g_calls.push_back("QueryAdapterInfo(DRIVERCAPS)");
        CHECK(args->OutputDataSize >= sizeof(DXGK_DRIVERCAPS));
        std::memset(args->pOutputData, 0, sizeof(DXGK_DRIVERCAPS));
        return STATUS_SUCCESS;
    }
    if (args->Type == DXGKQAITYPE_QUERYSEGMENT4) {
        DXGK_QUERYSEGMENTOUT4 *out = (DXGK_QUERYSEGMENTOUT4 *)args->pOutputData;
        if (out->NbSegment == 0) {
            g_calls.push_back("QueryAdapterInfo(QUERYSEGMENT4 count)");
            out->NbSegment = kSegments;
            return STATUS_SUCCESS;
        }
        g_calls.push_back("QueryAdapterInfo(QUERYSEGMENT4)");
        CHECK(out->NbSegment == kSegments && out->SegmentDescriptorStride >= sizeof(DXGK_SEGMENTDESCRIPTOR4));
        for (UINT i = 0; i < kSegments; ++i) {
            DXGK_SEGMENTDESCRIPTOR4 *d = (DXGK_SEGMENTDESCRIPTOR4 *)(out->pSegmentDescriptor + i * out->SegmentDescriptorStride);
            std::memset(d, 0, sizeof(*d));
            d->Size = 16 << 20;
            d->CommitLimit = 16 << 20;
            d->Flags.Aperture = i == 1;
            d->Flags.CpuVisible = i == 0;
        }
        return STATUS_SUCCESS;
    }
    return STATUS_NOT_SUPPORTED;
}

NTSTATUS APIENTRY CreateDevice(const HANDLE adapter, DXGKARG_CREATEDEVICE *args) {
    g_calls.push_back("CreateDevice");
    CHECK(adapter == &g_adapter_context && args->hDevice != NULL);
    args->hDevice = (HANDLE)(uintptr_t)0xDE71CE;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY DestroyDevice(const HANDLE device) {
    g_calls.push_back("DestroyDevice");
    CHECK(device == (HANDLE)(uintptr_t)0xDE71CE);
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY CreateAllocation(const HANDLE adapter, DXGKARG_CREATEALLOCATION *args) {
    g_calls.push_back("CreateAllocation(" + std::to_string(args->NumAllocations) + ")");
    CHECK(adapter == &g_adapter_context);
    for (UINT i = 0; i < args->NumAllocations; ++i) {
        DXGK_ALLOCATIONINFO *info = &args->pAllocationInfo[i];
        if (info->PrivateDriverDataSize == sizeof(KmdStandard)) {
            // A standard allocation: the private data this KMD's GetStandardAllocationDriverData wrote.
            const KmdStandard *standard = (const KmdStandard *)info->pPrivateDriverData;
            CHECK(standard->magic == kStandardMagic && args->NumAllocations == 1 && !args->Flags.Resource);
            const SIZE_T size = (SIZE_T)standard->primary.Width * 4 * standard->primary.Height;
            KmdAllocation *allocation = new KmdAllocation{0xA110C, size, standard->primary};
            info->Size = allocation->size;
            info->PreferredSegment.SegmentId0 = 1;
            info->SupportedWriteSegmentSet = 0x1;
            info->AllocationPriority = D3DDDI_ALLOCATIONPRIORITY_NORMAL;
            info->Flags.CpuVisible = 1;
            info->hAllocation = allocation;
            continue;
        }
        CHECK(info->PrivateDriverDataSize == sizeof(UINT));
        UINT *requested_kib = (UINT *)info->pPrivateDriverData;
        KmdAllocation *allocation = new KmdAllocation{0xA110C, (SIZE_T)*requested_kib * 1024, {}};
        *requested_kib += 1;  // in/out private data: the UMD sees this
        info->Size = allocation->size;
        info->PreferredSegment.SegmentId0 = 1;
        info->SupportedWriteSegmentSet = 0x3;
        info->EvictionSegmentSet = 0x2;
        info->AllocationPriority = D3DDDI_ALLOCATIONPRIORITY_NORMAL;
        info->Flags.CpuVisible = 1;
        info->hAllocation = allocation;
    }
    if (args->Flags.Resource && args->hResource == NULL) {
        args->hResource = new KmdResource{0x4E5};
    }
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY DestroyAllocation(const HANDLE adapter, const DXGKARG_DESTROYALLOCATION *args) {
    g_calls.push_back(std::string("DestroyAllocation(") + std::to_string(args->NumAllocations) +
                      (args->Flags.DestroyResource ? ", DestroyResource)" : ")"));
    CHECK(adapter == &g_adapter_context);
    for (UINT i = 0; i < args->NumAllocations; ++i) {
        KmdAllocation *allocation = (KmdAllocation *)args->pAllocationList[i];
        CHECK(allocation->magic == 0xA110C);
        delete allocation;
    }
    if (args->Flags.DestroyResource) {
        KmdResource *resource = (KmdResource *)args->hResource;
        CHECK(resource != NULL && resource->magic == 0x4E5);
        delete resource;
    }
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY OpenAllocation(const HANDLE device, const DXGKARG_OPENALLOCATION *args) {
    g_calls.push_back("OpenAllocation(" + std::to_string(args->NumAllocations) + ")");
    CHECK(device == (HANDLE)(uintptr_t)0xDE71CE);
    CHECK(args->Flags.Create == 1);
    for (UINT i = 0; i < args->NumAllocations; ++i) {
        DXGK_OPENALLOCATIONINFO *open = &args->pOpenAllocation[i];
        // The callbacks answer from inside the DDI: the allocation, its parent, the parent's children.
        DXGKARGCB_GETHANDLEDATA query = {};
        query.hObject = open->hAllocation;
        query.Type = DXGK_HANDLE_ALLOCATION;
        KmdAllocation *allocation = (KmdAllocation *)g_dxgk.DxgkCbGetHandleData(&query);
        CHECK(allocation != NULL && allocation->magic == 0xA110C);
        const D3DKMT_HANDLE parent = g_dxgk.DxgkCbGetHandleParent(open->hAllocation);
        CHECK(parent != 0);
        DXGKARGCB_ENUMHANDLECHILDREN children = {};
        children.hObject = parent;
        children.Index = i;
        CHECK(g_dxgk.DxgkCbEnumHandleChildren(&children) == open->hAllocation);
        query.hObject = parent;
        query.Type = DXGK_HANDLE_RESOURCE;
        KmdResource *resource = (KmdResource *)g_dxgk.DxgkCbGetHandleData(&query);
        CHECK(resource != NULL && resource->magic == 0x4E5);
        open->hDeviceSpecificAllocation = new KmdOpen{allocation};
    }
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY CloseAllocation(const HANDLE device, const DXGKARG_CLOSEALLOCATION *args) {
    g_calls.push_back("CloseAllocation(" + std::to_string(args->NumAllocations) + ")");
    CHECK(device == (HANDLE)(uintptr_t)0xDE71CE);
    for (UINT i = 0; i < args->NumAllocations; ++i) {
        delete (KmdOpen *)args->pOpenHandleList[i];
    }
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY GetStandardAllocationDriverData(const HANDLE adapter,
                                                  DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA *args) {
    CHECK(adapter == &g_adapter_context);
    CHECK(args->StandardAllocationType == D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE);
    CHECK(args->pResourcePrivateDriverData == NULL);
    if (args->pAllocationPrivateDriverData == NULL) {
        g_calls.push_back("GetStandardAllocationDriverData(size)");
        args->AllocationPrivateDriverDataSize = sizeof(KmdStandard);
        args->ResourcePrivateDriverDataSize = 0;
        return STATUS_SUCCESS;
    }
    g_calls.push_back("GetStandardAllocationDriverData(fill)");
    CHECK(args->AllocationPrivateDriverDataSize == sizeof(KmdStandard));
    const D3DKMDT_SHAREDPRIMARYSURFACEDATA *primary = args->pCreateSharedPrimarySurfaceData;
    CHECK(primary->Width == 1280 && primary->Height == 720 && primary->Format == D3DDDIFMT_A8R8G8B8);
    KmdStandard standard = {kStandardMagic, *primary};
    std::memcpy(args->pAllocationPrivateDriverData, &standard, sizeof(standard));
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY DescribeAllocation(const HANDLE adapter, DXGKARG_DESCRIBEALLOCATION *args) {
    g_calls.push_back("DescribeAllocation");
    CHECK(adapter == &g_adapter_context);
    const KmdAllocation *allocation = (const KmdAllocation *)args->hAllocation;
    CHECK(allocation->magic == 0xA110C);
    args->Width = allocation->primary.Width;
    args->Height = allocation->primary.Height;
    args->Format = allocation->primary.Format;
    args->RefreshRate = allocation->primary.RefreshRate;
    args->MultisampleMethod.NumSamples = 0;
    args->MultisampleMethod.NumQualityLevels = 0;
    return STATUS_SUCCESS;
}

extern "C" NTSTATUS TestKmdDriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING registry) {
    g_calls.push_back("DriverEntry");
    DRIVER_INITIALIZATION_DATA data;
    std::memset(&data, 0, sizeof(data));
    data.Version = DXGKDDI_INTERFACE_VERSION;
    data.DxgkDdiAddDevice = AddDevice;
    data.DxgkDdiStartDevice = StartDevice;
    data.DxgkDdiStopDevice = StopDevice;
    data.DxgkDdiRemoveDevice = RemoveDevice;
    data.DxgkDdiQueryAdapterInfo = QueryAdapterInfo;
    data.DxgkDdiCreateDevice = CreateDevice;
    data.DxgkDdiDestroyDevice = DestroyDevice;
    data.DxgkDdiCreateAllocation = CreateAllocation;
    data.DxgkDdiDestroyAllocation = DestroyAllocation;
    data.DxgkDdiOpenAllocation = OpenAllocation;
    data.DxgkDdiCloseAllocation = CloseAllocation;
    data.DxgkDdiGetStandardAllocationDriverData = GetStandardAllocationDriverData;
    data.DxgkDdiDescribeAllocation = DescribeAllocation;
    return DxgkInitialize(driver, registry, &data);
}

}  // namespace

int main() {
    WDDMSHIM_ADAPTER_DESC desc;
    std::memset(&desc, 0, sizeof(desc));
    desc.Version = WDDMSHIM_DESC_VERSION;
    desc.pfnDriverEntry = TestKmdDriverEntry;
    WDDMSHIM_ADAPTER *adapter = NULL;
    CHECK(WddmShimCreateAdapter(&desc, &adapter) == S_OK);

    HANDLE device = NULL;
    D3DDDI_DEVICECALLBACKS callbacks;
    CHECK(WddmShimCreateDevice(adapter, NULL, &device, &callbacks) == S_OK);

    UINT private_kib[2] = {4, 8};
    D3DDDI_ALLOCATIONINFO infos[2];
    std::memset(infos, 0, sizeof(infos));
    for (int i = 0; i < 2; ++i) {
        infos[i].pPrivateDriverData = &private_kib[i];
        infos[i].PrivateDriverDataSize = sizeof(UINT);
    }
    D3DDDICB_ALLOCATE allocate;
    std::memset(&allocate, 0, sizeof(allocate));
    allocate.hResource = (HANDLE)(uintptr_t)0x7E57;
    allocate.NumAllocations = 2;
    allocate.pAllocationInfo = infos;
    CHECK(callbacks.pfnAllocateCb(device, &allocate) == S_OK);
    CHECK(allocate.hKMResource != 0 && infos[0].hAllocation != 0 && infos[1].hAllocation != 0);
    CHECK(private_kib[0] == 5 && private_kib[1] == 9);  // the KMD's in/out private data came back

    // From another thread, outside any DDI: the callbacks still resolve every handle.
    std::thread other([&] {
        DXGKARGCB_GETHANDLEDATA query = {};
        query.hObject = infos[1].hAllocation;
        query.Type = DXGK_HANDLE_ALLOCATION;
        KmdAllocation *allocation = (KmdAllocation *)g_dxgk.DxgkCbGetHandleData(&query);
        CHECK(allocation != NULL && allocation->size == 8 * 1024);
        CHECK(g_dxgk.DxgkCbGetHandleParent(infos[1].hAllocation) == allocate.hKMResource);
        DXGKARGCB_ENUMHANDLECHILDREN children = {};
        children.hObject = allocate.hKMResource;
        children.Index = 1;
        CHECK(g_dxgk.DxgkCbEnumHandleChildren(&children) == infos[1].hAllocation);
        children.Index = 2;
        CHECK(g_dxgk.DxgkCbEnumHandleChildren(&children) == 0);
        // DeviceSpecific outside a DDI of the allocation's device: nothing plausible.
        query.Flags.DeviceSpecific = 1;
        CHECK(g_dxgk.DxgkCbGetHandleData(&query) == NULL);
        // A random handle resolves to nothing.
        query.Flags.DeviceSpecific = 0;
        query.hObject = 0x7FFFFFC0;
        CHECK(g_dxgk.DxgkCbGetHandleData(&query) == NULL);
    });
    other.join();

    D3DDDICB_DEALLOCATE deallocate;
    std::memset(&deallocate, 0, sizeof(deallocate));
    deallocate.hResource = allocate.hResource;
    CHECK(callbacks.pfnDeallocateCb(device, &deallocate) == S_OK);

    // A shared primary, created as dxgkrnl creates one for the OS.
    WDDMSHIM_STANDARD_ALLOCATION_DESC standard;
    std::memset(&standard, 0, sizeof(standard));
    standard.Version = WDDMSHIM_DESC_VERSION;
    standard.Type = D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE;
    standard.Width = 1280;
    standard.Height = 720;
    standard.Format = D3DDDIFMT_A8R8G8B8;
    standard.RefreshRateNumerator = 60000;
    standard.RefreshRateDenominator = 1001;
    D3DKMT_HANDLE primary = 0;
    CHECK(WddmShimCreateStandardAllocation(adapter, &standard, &primary) == S_OK && primary != 0);
    DXGKARGCB_GETHANDLEDATA query = {};
    query.hObject = primary;
    query.Type = DXGK_HANDLE_ALLOCATION;
    const KmdAllocation *scanout = (const KmdAllocation *)g_dxgk.DxgkCbGetHandleData(&query);
    CHECK(scanout != NULL && scanout->primary.Width == 1280 && scanout->size == 1280 * 4 * 720);
    CHECK(WddmShimDestroyStandardAllocation(adapter, primary) == S_OK);
    CHECK(g_dxgk.DxgkCbGetHandleData(&query) == NULL);
    CHECK(WddmShimDestroyStandardAllocation(adapter, primary) == E_INVALIDARG);

    CHECK(WddmShimDestroyDevice(device) == S_OK);
    WddmShimDestroyAdapter(adapter);

    const char *expected[] = {
        "DriverEntry",
        "AddDevice",
        "StartDevice",
        "QueryAdapterInfo(DRIVERCAPS)",
        "QueryAdapterInfo(QUERYSEGMENT4 count)",
        "QueryAdapterInfo(QUERYSEGMENT4)",
        "CreateDevice",
        "CreateAllocation(2)",
        "OpenAllocation(2)",
        "CloseAllocation(2)",
        "DestroyAllocation(2, DestroyResource)",
        "GetStandardAllocationDriverData(size)",
        "GetStandardAllocationDriverData(fill)",
        "CreateAllocation(1)",
        "DescribeAllocation",
        "DestroyAllocation(1)",
        "DestroyDevice",
        "StopDevice",
        "RemoveDevice",
    };
    const size_t count = sizeof(expected) / sizeof(expected[0]);
    bool same = g_calls.size() == count;
    for (size_t i = 0; same && i < count; ++i) {
        same = g_calls[i] == expected[i];
    }
    if (!same) {
        std::fprintf(stderr, "DDI sequence differs:\n");
        for (const std::string &call : g_calls) {
            std::fprintf(stderr, "  %s\n", call.c_str());
        }
        return 1;
    }
    std::printf("test KMD: %zu DDI calls in the documented order\n", g_calls.size());
    return 0;
}
