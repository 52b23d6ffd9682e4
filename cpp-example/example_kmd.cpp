// The example's kernel-mode driver: a small WDDM miniport written as for Windows. Its
// DriverEntry registers its DDIs with DxgkInitialize; it reports three segments, reads an
// ExampleAllocationDesc from each allocation's private data, and in DxgkDdiRender resolves the
// resource handle the UMD wrote into its command stream with the Dxgk handle callbacks. It
// answers dxgkrnl's standard-allocation DDIs (DxgkDdiGetStandardAllocationDriverData,
// DxgkDdiDescribeAllocation) with private data of its own.
//
// Kernel-mode code as on Windows: <ntddk.h> first, objects from tagged pool, a spin lock around
// the submission state, NT_ASSERT, PAGED_CODE() in the DDIs that run at PASSIVE_LEVEL, and
// DbgPrintEx, and the WDK's parameter typedefs in the DDI signatures. The interrupt routine, which runs at the device's IRQL, takes no lock: the fence
// ring has one producer (DxgkDdiSubmitCommand, under the spin lock) and one consumer (the ISR).
#include <ntddk.h>

#include "example_kmd.hpp"

namespace {

#define EXAMPLE_POOL_TAG 'lpmX'  // "Xmpl" in pool dumps

// Segment 1: local video memory; 2: CPU-visible local video memory; 3: the aperture.
const UINT kLocal = 1, kVisible = 2, kAperture = 3;
const SIZE_T kSegmentSizes[3] = {64u << 20, 32u << 20, 64u << 20};
const ULONG kFenceRing = 1024;  // more submissions than the shim keeps in flight

struct Adapter {
    DXGKRNL_INTERFACE dxgk;
    KSPIN_LOCK lock;            // serializes submitters
    volatile LONG submitted;    // fences written to the ring
    volatile LONG completed;    // fences the ISR has taken
    UINT fences[kFenceRing];    // the "hardware" queue: fences not yet completed
};

struct Allocation {
    ExampleAllocationDesc desc;
    SIZE_T size;
    D3DDDIFORMAT format;          // standard allocations: what DxgkDdiDescribeAllocation reports
    D3DDDI_RATIONAL refresh_rate;
};

// The KMD's own private data for a standard allocation (dxgkrnl's shared primaries, shadow,
// staging and GDI surfaces): its UMD descriptor first, so DxgkDdiCreateAllocation sizes it as
// any primary, then what only the KMD keeps.
const UINT kStandardMagic = 0x53544E44;  // "STND"
struct StandardData {
    ExampleAllocationDesc desc;
    UINT magic;
    D3DDDIFORMAT format;
    D3DDDI_RATIONAL refresh_rate;
};

struct Resource {
    UINT allocations;
};

struct Device {
    Adapter *adapter;
};

struct Context {
    Device *device;
};

// Every object comes from nonpaged pool, zeroed, with the driver's tag.
template <typename T> T *AllocateObject() {
    return static_cast<T *>(ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(T), EXAMPLE_POOL_TAG));
}
template <typename T> void FreeObject(T *object) {
    if (object != NULL) ExFreePoolWithTag(object, EXAMPLE_POOL_TAG);
}

// Per thread: the shim runs DxgkDdiRender and DxgkDdiPatch on the thread that called pfnRenderCb.
thread_local ExampleRenderLog g_render_log;

NTSTATUS APIENTRY AddDevice(IN_CONST_PDEVICE_OBJECT, OUT_PPVOID context) {
    PAGED_CODE();
    Adapter *adapter = AllocateObject<Adapter>();
    if (adapter == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    KeInitializeSpinLock(&adapter->lock);
    *context = adapter;
    DbgPrintEx(DPFLTR_IHVVIDEO_ID, DPFLTR_INFO_LEVEL, "example_kmd: AddDevice -> adapter %p\n", (void *)adapter);
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY StartDevice(IN_CONST_PVOID context, IN_PDXGK_START_INFO, IN_PDXGKRNL_INTERFACE dxgk,
                              OUT_PULONG sources, OUT_PULONG children) {
    PAGED_CODE();
    NT_ASSERT(context != NULL && dxgk != NULL);
    static_cast<Adapter *>(context)->dxgk = *dxgk;
    *sources = 1;
    *children = 1;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY StopDevice(IN_CONST_PVOID) {
    PAGED_CODE();
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY RemoveDevice(IN_CONST_PVOID context) {
    PAGED_CODE();
    Adapter *adapter = static_cast<Adapter *>(context);
    NT_ASSERT(adapter->completed == adapter->submitted);  // nothing left on the "hardware"
    FreeObject(adapter);
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY QueryAdapterInfo(IN_CONST_HANDLE, IN_CONST_PDXGKARG_QUERYADAPTERINFO args) {
    PAGED_CODE();
    if (args->Type == DXGKQAITYPE_DRIVERCAPS) {
        if (args->OutputDataSize < sizeof(DXGK_DRIVERCAPS)) return STATUS_BUFFER_TOO_SMALL;
        RtlZeroMemory(args->pOutputData, sizeof(DXGK_DRIVERCAPS));
        return STATUS_SUCCESS;
    }
    if (args->Type != DXGKQAITYPE_QUERYSEGMENT4) return STATUS_NOT_SUPPORTED;
    DXGK_QUERYSEGMENTOUT4 *out = static_cast<DXGK_QUERYSEGMENTOUT4 *>(args->pOutputData);
    if (out->pSegmentDescriptor == NULL) {  // the first call asks for the count
        out->NbSegment = 3;
        return STATUS_SUCCESS;
    }
    SIZE_T base = 0;
    for (UINT i = 0; i < 3; ++i) {
        DXGK_SEGMENTDESCRIPTOR4 *d =
            reinterpret_cast<DXGK_SEGMENTDESCRIPTOR4 *>(out->pSegmentDescriptor + i * out->SegmentDescriptorStride);
        RtlZeroMemory(d, sizeof(*d));
        d->BaseAddress.QuadPart = (LONGLONG)base;
        d->Size = kSegmentSizes[i];
        d->CommitLimit = kSegmentSizes[i];
        d->Flags.CpuVisible = i + 1 == kVisible;
        d->Flags.Aperture = i + 1 == kAperture;
        base += kSegmentSizes[i];
    }
    out->NbSegment = 3;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY CreateDevice(IN_CONST_HANDLE adapter, INOUT_PDXGKARG_CREATEDEVICE args) {
    PAGED_CODE();
    Device *device = AllocateObject<Device>();
    if (device == NULL) return STATUS_NO_MEMORY;
    device->adapter = static_cast<Adapter *>(adapter);
    args->hDevice = device;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY DestroyDevice(IN_CONST_HANDLE device) {
    PAGED_CODE();
    FreeObject(static_cast<Device *>(device));
    return STATUS_SUCCESS;
}

// Placement by kind: textures prefer local memory, buffers and primaries the CPU-visible
// segment (the UMD writes them through pfnLockCb); everything may fall back to the aperture.
NTSTATUS APIENTRY CreateAllocation(IN_CONST_HANDLE, INOUT_PDXGKARG_CREATEALLOCATION args) {
    PAGED_CODE();
    for (UINT i = 0; i < args->NumAllocations; ++i) {
        DXGK_ALLOCATIONINFO *info = &args->pAllocationInfo[i];
        ExampleAllocationDesc desc;
        RtlZeroMemory(&desc, sizeof(desc));
        if (info->PrivateDriverDataSize >= sizeof(desc) && info->pPrivateDriverData != NULL) {
            RtlCopyMemory(&desc, info->pPrivateDriverData, sizeof(desc));
        } else {
            desc.Kind = EXAMPLE_KIND_PRIMARY;  // the seed's sample passes no private data
            desc.Width = 1920;
            desc.Height = 1080;
        }
        SIZE_T size = 0;
        switch (desc.Kind) {
        case EXAMPLE_KIND_BUFFER: size = desc.Bytes; break;
        case EXAMPLE_KIND_TEXTURE:
        case EXAMPLE_KIND_PRIMARY: size = (SIZE_T)((desc.Width * 4 + 255) / 256 * 256) * desc.Height; break;
        default: return STATUS_INVALID_PARAMETER;
        }
        if (size == 0) return STATUS_INVALID_PARAMETER;
        Allocation *allocation = AllocateObject<Allocation>();
        if (allocation == NULL) return STATUS_NO_MEMORY;
        allocation->desc = desc;
        allocation->size = ROUND_TO_PAGES(size);
        if (info->PrivateDriverDataSize == sizeof(StandardData)) {
            const StandardData *standard = static_cast<const StandardData *>(info->pPrivateDriverData);
            if (standard->magic == kStandardMagic) {
                allocation->format = standard->format;
                allocation->refresh_rate = standard->refresh_rate;
            }
        }
        info->hAllocation = allocation;
        info->Size = allocation->size;
        info->Alignment = desc.Kind == EXAMPLE_KIND_TEXTURE ? 64 * 1024 : 0;
        info->AllocationPriority = D3DDDI_ALLOCATIONPRIORITY_NORMAL;
        info->EvictionSegmentSet = 1u << (kAperture - 1);
        if (desc.Kind == EXAMPLE_KIND_TEXTURE) {
            info->PreferredSegment.SegmentId0 = kLocal;
            info->PreferredSegment.SegmentId1 = kAperture;
            info->SupportedWriteSegmentSet = 0x7;
        } else {
            info->PreferredSegment.SegmentId0 = kVisible;
            info->PreferredSegment.SegmentId1 = kAperture;
            info->SupportedWriteSegmentSet = (1u << (kVisible - 1)) | (1u << (kAperture - 1));
            info->Flags.CpuVisible = 1;
        }
        info->SupportedReadSegmentSet = info->SupportedWriteSegmentSet;
    }
    if (args->Flags.Resource) {
        if (args->hResource == NULL) args->hResource = AllocateObject<Resource>();
        if (args->hResource == NULL) return STATUS_NO_MEMORY;
        static_cast<Resource *>(args->hResource)->allocations += args->NumAllocations;
    }
    return STATUS_SUCCESS;
}

// Every standard type becomes a CPU-visible surface of 4-byte pixels, pitch aligned to 256 bytes.
NTSTATUS APIENTRY GetStandardAllocationDriverData(IN_CONST_HANDLE,
                                                  INOUT_PDXGKARG_GETSTANDARDALLOCATIONDRIVERDATA args) {
    PAGED_CODE();
    StandardData data;
    RtlZeroMemory(&data, sizeof(data));
    data.desc.Kind = EXAMPLE_KIND_PRIMARY;
    data.magic = kStandardMagic;
    UINT *pitch = NULL;
    switch (args->StandardAllocationType) {
    case D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE: {
        const D3DKMDT_SHAREDPRIMARYSURFACEDATA *primary = args->pCreateSharedPrimarySurfaceData;
        data.desc.Width = primary->Width;
        data.desc.Height = primary->Height;
        data.format = primary->Format;
        data.refresh_rate = primary->RefreshRate;
        break;
    }
    case D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE:
        data.desc.Width = args->pCreateShadowSurfaceData->Width;
        data.desc.Height = args->pCreateShadowSurfaceData->Height;
        data.format = args->pCreateShadowSurfaceData->Format;
        pitch = &args->pCreateShadowSurfaceData->Pitch;
        break;
    case D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE:
        data.desc.Width = args->pCreateStagingSurfaceData->Width;
        data.desc.Height = args->pCreateStagingSurfaceData->Height;
        data.format = D3DDDIFMT_X8R8G8B8;
        pitch = &args->pCreateStagingSurfaceData->Pitch;
        break;
    case D3DKMDT_STANDARDALLOCATION_GDISURFACE:
        data.desc.Width = args->pCreateGdiSurfaceData->Width;
        data.desc.Height = args->pCreateGdiSurfaceData->Height;
        data.format = args->pCreateGdiSurfaceData->Format;
        pitch = &args->pCreateGdiSurfaceData->Pitch;
        break;
    default: return STATUS_NOT_SUPPORTED;
    }
    if (args->pAllocationPrivateDriverData == NULL) {  // the first call asks for the sizes
        args->AllocationPrivateDriverDataSize = sizeof(StandardData);
        args->ResourcePrivateDriverDataSize = 0;
        return STATUS_SUCCESS;
    }
    if (args->AllocationPrivateDriverDataSize < sizeof(StandardData)) return STATUS_INVALID_PARAMETER;
    if (pitch != NULL) *pitch = (data.desc.Width * 4 + 255) / 256 * 256;
    RtlCopyMemory(args->pAllocationPrivateDriverData, &data, sizeof(data));
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY DescribeAllocation(IN_CONST_HANDLE, INOUT_PDXGKARG_DESCRIBEALLOCATION args) {
    PAGED_CODE();
    const Allocation *allocation = static_cast<const Allocation *>(args->hAllocation);
    if (allocation->format == 0) return STATUS_INVALID_PARAMETER;  // not a standard allocation
    args->Width = allocation->desc.Width;
    args->Height = allocation->desc.Height;
    args->Format = allocation->format;
    args->RefreshRate = allocation->refresh_rate;
    args->MultisampleMethod.NumSamples = 0;
    args->MultisampleMethod.NumQualityLevels = 0;
    args->PrivateDriverFormatAttribute = 0;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY DestroyAllocation(IN_CONST_HANDLE, IN_CONST_PDXGKARG_DESTROYALLOCATION args) {
    PAGED_CODE();
    for (UINT i = 0; i < args->NumAllocations; ++i) FreeObject(static_cast<Allocation *>(args->pAllocationList[i]));
    if (args->Flags.DestroyResource) FreeObject(static_cast<Resource *>(args->hResource));
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY OpenAllocation(IN_CONST_HANDLE device, IN_CONST_PDXGKARG_OPENALLOCATION args) {
    PAGED_CODE();
    Adapter *adapter = static_cast<Device *>(device)->adapter;
    for (UINT i = 0; i < args->NumAllocations; ++i) {
        DXGKARGCB_GETHANDLEDATA query;
        RtlZeroMemory(&query, sizeof(query));
        query.hObject = args->pOpenAllocation[i].hAllocation;
        query.Type = DXGK_HANDLE_ALLOCATION;
        Allocation *allocation = static_cast<Allocation *>(adapter->dxgk.DxgkCbGetHandleData(&query));
        if (allocation == NULL) return STATUS_INVALID_HANDLE;
        args->pOpenAllocation[i].hDeviceSpecificAllocation = allocation;  // one device per allocation here
    }
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY CloseAllocation(IN_CONST_HANDLE, IN_CONST_PDXGKARG_CLOSEALLOCATION) { return STATUS_SUCCESS; }

NTSTATUS APIENTRY CreateContext(IN_CONST_HANDLE device, INOUT_PDXGKARG_CREATECONTEXT args) {
    PAGED_CODE();
    Context *context = AllocateObject<Context>();
    if (context == NULL) return STATUS_NO_MEMORY;
    context->device = static_cast<Device *>(device);
    args->hContext = context;
    args->ContextInfo.DmaBufferSize = 64 * 1024;
    args->ContextInfo.AllocationListSize = 32;
    args->ContextInfo.PatchLocationListSize = 32;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY DestroyContext(IN_CONST_HANDLE context) {
    PAGED_CODE();
    FreeObject(static_cast<Context *>(context));
    return STATUS_SUCCESS;
}

// The UMD's command stream: an ExampleCommand naming a resource by its hKMResource. The KMD
// resolves the resource, walks its allocations and checks each one's parent, then copies the
// commands into the DMA buffer (its command format is its DMA format).
NTSTATUS APIENTRY Render(IN_CONST_HANDLE context, INOUT_PDXGKARG_RENDER args) {
    PAGED_CODE();
    Adapter *adapter = static_cast<Context *>(context)->device->adapter;
    if (args->CommandLength < sizeof(ExampleCommand) || args->CommandLength > args->DmaSize) {
        return STATUS_INVALID_PARAMETER;
    }
    ExampleCommand command;
    RtlCopyMemory(&command, args->pCommand, sizeof(command));
    DXGKARGCB_GETHANDLEDATA query;
    RtlZeroMemory(&query, sizeof(query));
    query.hObject = command.hKMResource;
    query.Type = DXGK_HANDLE_RESOURCE;
    Resource *resource = static_cast<Resource *>(adapter->dxgk.DxgkCbGetHandleData(&query));
    if (resource == NULL) return STATUS_INVALID_HANDLE;
    g_render_log = ExampleRenderLog();
    g_render_log.hKMResource = command.hKMResource;
    g_render_log.ResourceAllocations = resource->allocations;
    for (UINT index = 0;; ++index) {
        DXGKARGCB_ENUMHANDLECHILDREN children;
        children.hObject = command.hKMResource;
        children.Index = index;
        const D3DKMT_HANDLE child = adapter->dxgk.DxgkCbEnumHandleChildren(&children);
        if (child == 0) break;
        if (adapter->dxgk.DxgkCbGetHandleParent(child) != command.hKMResource) return STATUS_INVALID_HANDLE;
        if (g_render_log.Children < EXAMPLE_MAX_LOGGED) g_render_log.Child[g_render_log.Children++] = child;
    }
    RtlCopyMemory(args->pDmaBuffer, args->pCommand, args->CommandLength);
    RtlCopyMemory(args->pPatchLocationListOut, args->pPatchLocationListIn,
                args->PatchLocationListInSize * sizeof(D3DDDI_PATCHLOCATIONLIST));
    args->pDmaBuffer = static_cast<BYTE *>(args->pDmaBuffer) + args->CommandLength;
    args->pPatchLocationListOut += args->PatchLocationListInSize;
    return STATUS_SUCCESS;
}

// Writes each allocation's GPU address into the DMA buffer where the UMD asked for it.
NTSTATUS APIENTRY Patch(IN_CONST_HANDLE, IN_CONST_PDXGKARG_PATCH args) {
    for (UINT i = 0; i < args->PatchLocationListSubmissionLength; ++i) {
        const D3DDDI_PATCHLOCATIONLIST &patch = args->pPatchLocationList[args->PatchLocationListSubmissionStart + i];
        if (patch.AllocationIndex >= args->AllocationListSize || patch.PatchOffset + 8 > args->DmaBufferSize) {
            return STATUS_INVALID_PARAMETER;
        }
        const DXGK_ALLOCATIONLIST &allocation = args->pAllocationList[patch.AllocationIndex];
        const UINT64 address = (UINT64)allocation.PhysicalAddress.QuadPart + patch.AllocationOffset;
        RtlCopyMemory(static_cast<BYTE *>(args->pDmaBuffer) + patch.PatchOffset, &address, sizeof(address));
        if (i < EXAMPLE_MAX_LOGGED) {
            g_render_log.PatchedSegment[i] = allocation.SegmentId;
            g_render_log.PatchedAddress[i] = address;
            g_render_log.Patched = i + 1;
        }
    }
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY SubmitCommand(IN_CONST_HANDLE adapter, IN_CONST_PDXGKARG_SUBMITCOMMAND args) {
    Adapter *state = static_cast<Adapter *>(adapter);
    KIRQL old_irql;
    KeAcquireSpinLock(&state->lock, &old_irql);
    const LONG submitted = state->submitted;
    if (submitted - InterlockedCompareExchange(&state->completed, 0, 0) >= (LONG)kFenceRing) {
        KeReleaseSpinLock(&state->lock, old_irql);
        DbgPrintEx(DPFLTR_IHVVIDEO_ID, DPFLTR_ERROR_LEVEL, "example_kmd: fence ring full\n");
        return STATUS_GRAPHICS_INSUFFICIENT_DMA_BUFFER;
    }
    state->fences[(ULONG)submitted % kFenceRing] = args->SubmissionFenceId;
    InterlockedIncrement(&state->submitted);  // publishes the fence to the ISR
    KeReleaseSpinLock(&state->lock, old_irql);
    return STATUS_SUCCESS;
}

// The GPU finished the oldest DMA buffer: report its fence and ask for a DPC.
BOOLEAN APIENTRY InterruptRoutine(IN_CONST_PVOID context, IN_ULONG) {
    NT_ASSERT(KeGetCurrentIrql() > DISPATCH_LEVEL);  // an ISR runs at its device's IRQL
    Adapter *adapter = static_cast<Adapter *>(context);
    const LONG completed = adapter->completed;
    if (completed == InterlockedCompareExchange(&adapter->submitted, 0, 0)) return FALSE;  // not ours
    const UINT fence = adapter->fences[(ULONG)completed % kFenceRing];
    InterlockedIncrement(&adapter->completed);
    DXGKARGCB_NOTIFY_INTERRUPT_DATA data;
    RtlZeroMemory(&data, sizeof(data));
    data.InterruptType = DXGK_INTERRUPT_DMA_COMPLETED;
    data.DmaCompleted.SubmissionFenceId = fence;
    adapter->dxgk.DxgkCbNotifyInterrupt(adapter->dxgk.DeviceHandle, &data);
    adapter->dxgk.DxgkCbQueueDpc(adapter->dxgk.DeviceHandle);
    return TRUE;
}

VOID APIENTRY DpcRoutine(IN_CONST_PVOID context) {
    NT_ASSERT(KeGetCurrentIrql() == DISPATCH_LEVEL);
    Adapter *adapter = static_cast<Adapter *>(context);
    adapter->dxgk.DxgkCbNotifyDpc(adapter->dxgk.DeviceHandle);
}

}  // namespace

const ExampleRenderLog &ExampleKmdLastRender() { return g_render_log; }

extern "C" NTSTATUS ExampleKmdDriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING registry) {
    DRIVER_INITIALIZATION_DATA data;
    RtlZeroMemory(&data, sizeof(data));
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
    data.DxgkDdiCreateContext = CreateContext;
    data.DxgkDdiDestroyContext = DestroyContext;
    data.DxgkDdiRender = Render;
    data.DxgkDdiPatch = Patch;
    data.DxgkDdiSubmitCommand = SubmitCommand;
    data.DxgkDdiInterruptRoutine = InterruptRoutine;
    data.DxgkDdiDpcRoutine = DpcRoutine;
    return DxgkInitialize(driver, registry, &data);
}
