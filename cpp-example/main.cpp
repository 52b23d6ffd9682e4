// wddm-shim C++ example: a user-mode display driver's allocation code, written exactly as for
// Windows, running on Linux against the library and its built-in reference KMD.
//
//   make -C cpp-example run
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "d3dumddi.h"
#include "wddm_shim.h"

namespace {

// A UMD resource-creation path in the style of the pfnAllocateCb documentation sample.
class ExampleUmd {
public:
    D3DDDI_DEVICECALLBACKS m_d3dCallbacks;
    HANDLE m_hD3D = NULL;
    HANDLE m_hCurResRuntime = NULL;
    D3DDDI_VIDEO_PRESENT_SOURCE_ID m_VidPnSourceId = 0;

    // Allocates `count` allocations for the runtime resource `hResource` (NULL: device-owned),
    // optionally as primaries; returns the handles and the kernel-mode resource handle.
    HRESULT CreateResource(HANDLE hResource, UINT count, bool primary, UINT64 size, std::vector<D3DKMT_HANDLE> *handles,
                           D3DKMT_HANDLE *hKMResource) {
        std::vector<WDDMSHIM_REFERENCE_ALLOCATION> descs(count);
        std::vector<D3DDDI_ALLOCATIONINFO> infos(count);
        for (UINT i = 0; i < count; ++i) {
            std::memset(&descs[i], 0, sizeof(descs[i]));
            descs[i].Magic = WDDMSHIM_REFERENCE_ALLOCATION_MAGIC;
            descs[i].Size = size;
            descs[i].CpuVisible = TRUE;  // the UMD uploads through pfnLockCb
            std::memset(&infos[i], 0, sizeof(infos[i]));
            infos[i].pPrivateDriverData = &descs[i];
            infos[i].PrivateDriverDataSize = sizeof(descs[i]);
            if (primary) {
                infos[i].Flags.Primary = TRUE;
                infos[i].VidPnSourceId = m_VidPnSourceId;
            }
        }
        D3DDDICB_ALLOCATE allocCB;
        std::memset(&allocCB, 0, sizeof(allocCB));
        allocCB.hResource = hResource;
        allocCB.NumAllocations = count;
        allocCB.pAllocationInfo = infos.data();
        HRESULT hr = m_d3dCallbacks.pfnAllocateCb(m_hD3D, &allocCB);
        if (FAILED(hr)) {
            return hr;
        }
        for (const D3DDDI_ALLOCATIONINFO &info : infos) {
            handles->push_back(info.hAllocation);
        }
        *hKMResource = allocCB.hKMResource;
        return hr;
    }

    HRESULT DestroyResource(HANDLE hResource) {
        D3DDDICB_DEALLOCATE deallocCB;
        std::memset(&deallocCB, 0, sizeof(deallocCB));
        deallocCB.hResource = hResource;
        return m_d3dCallbacks.pfnDeallocateCb(m_hD3D, &deallocCB);
    }
};

bool report(const char *what, HRESULT hr) {
    std::printf("  %-50s %s (0x%08x)\n", what, SUCCEEDED(hr) ? "ok" : "FAILED", (unsigned)hr);
    return SUCCEEDED(hr);
}

std::string journal(WDDMSHIM_ADAPTER *adapter) {
    size_t needed = 0;
    std::vector<char> text;
    HRESULT hr;
    do {
        text.resize(needed + 4096);
        hr = WddmShimGetJournal(adapter, 1000, text.data(), text.size(), &needed);
    } while (hr == S_FALSE);
    return SUCCEEDED(hr) ? std::string(text.data()) : std::string();
}

}  // namespace

int main() {
    std::printf("wddm-shim C++ example: a UMD allocating through pfnAllocateCb on Linux\n\n");

    WDDMSHIM_ADAPTER *adapter = NULL;
    if (!report("create the default adapter (reference KMD)", WddmShimCreateAdapter(NULL, &adapter))) return 1;

    ExampleUmd umd;
    if (!report("create a device (runtime CreateDevice)", WddmShimCreateDevice(adapter, NULL, &umd.m_hD3D, &umd.m_d3dCallbacks)))
        return 1;

    std::vector<D3DKMT_HANDLE> buffer, flip_chain;
    D3DKMT_HANDLE buffer_km = 0, flip_km = 0;
    if (!report("allocate a 256 KiB buffer (device-owned)", umd.CreateResource(NULL, 1, false, 256 * 1024, &buffer, &buffer_km)))
        return 1;
    HANDLE flip_resource = (HANDLE)(uintptr_t)0xF11F;
    if (!report("allocate a 3-buffer primary flip chain", umd.CreateResource(flip_resource, 3, true, 0, &flip_chain, &flip_km)))
        return 1;

    std::printf("\nWhat the KMD sees for each handle (DxgkCbGetHandleData / GetHandleParent):\n");
    for (D3DKMT_HANDLE h : buffer) {
        DXGKARGCB_GETHANDLEDATA q = {};
        q.hObject = h;
        q.Type = DXGK_HANDLE_ALLOCATION;
        std::printf("  buffer      hAllocation 0x%08x -> KMD data %p, parent 0x%08x\n", h, DxgkCbGetHandleData(&q),
                    DxgkCbGetHandleParent(h));
    }
    for (UINT i = 0; i < flip_chain.size(); ++i) {
        DXGKARGCB_GETHANDLEDATA q = {};
        q.hObject = flip_chain[i];
        q.Type = DXGK_HANDLE_ALLOCATION;
        DXGKARGCB_ENUMHANDLECHILDREN e = {};
        e.hObject = flip_km;
        e.Index = i;
        std::printf("  back buffer hAllocation 0x%08x -> KMD data %p, parent 0x%08x (hKMResource), its child #%u\n",
                    flip_chain[i], DxgkCbGetHandleData(&q), DxgkCbGetHandleParent(flip_chain[i]), i);
        if (DxgkCbEnumHandleChildren(&e) != flip_chain[i]) {
            std::printf("  DxgkCbEnumHandleChildren disagrees!\n");
            return 1;
        }
    }

    std::printf("\nWhere VidMm placed them (WddmShimQueryAllocation):\n");
    std::vector<D3DKMT_HANDLE> all(buffer);
    all.insert(all.end(), flip_chain.begin(), flip_chain.end());
    for (D3DKMT_HANDLE h : all) {
        WDDMSHIM_ALLOCATION_INFO info;
        WDDMSHIM_SEGMENT_INFO segment;
        if (FAILED(WddmShimQueryAllocation(adapter, h, &info)) ||
            FAILED(WddmShimQuerySegment(adapter, info.SegmentId, &segment))) {
            std::printf("  0x%08x: not in a segment\n", h);
            continue;
        }
        std::printf("  0x%08x: segment %u (%s), offset 0x%08llx, %llu KiB\n", h, info.SegmentId,
                    segment.CpuVisible ? "CPU-visible video memory" : segment.Aperture ? "aperture" : "video memory",
                    (unsigned long long)info.Offset, (unsigned long long)(info.Size / 1024));
    }

    std::printf("\nUpload through pfnLockCb, evict, bring back, read back:\n");
    D3DDDICB_LOCK lock;
    std::memset(&lock, 0, sizeof(lock));
    lock.hAllocation = buffer[0];
    lock.Flags.WriteOnly = TRUE;
    lock.Flags.LockEntire = TRUE;
    if (!report("lock the buffer (WriteOnly, LockEntire)", umd.m_d3dCallbacks.pfnLockCb(umd.m_hD3D, &lock))) return 1;
    unsigned char *bytes = static_cast<unsigned char *>(lock.pData);
    for (UINT i = 0; i < 256 * 1024; ++i) bytes[i] = (unsigned char)(i * 7 + 3);
    D3DDDICB_UNLOCK unlock;
    std::memset(&unlock, 0, sizeof(unlock));
    unlock.NumAllocations = 1;
    unlock.phAllocations = &buffer[0];
    report("unlock it", umd.m_d3dCallbacks.pfnUnlockCb(umd.m_hD3D, &unlock));
    report("evict it to system memory (WddmShimForceEviction)", WddmShimForceEviction(adapter, buffer[0]));
    D3DDDI_MAKERESIDENT resident;
    std::memset(&resident, 0, sizeof(resident));
    resident.NumAllocations = 1;
    resident.AllocationList = &buffer[0];
    report("make it resident again (pfnMakeResidentCb)", umd.m_d3dCallbacks.pfnMakeResidentCb(umd.m_hD3D, &resident));
    lock.Flags.Value = 0;
    lock.Flags.ReadOnly = TRUE;
    lock.Flags.LockEntire = TRUE;
    if (!report("lock it again (ReadOnly)", umd.m_d3dCallbacks.pfnLockCb(umd.m_hD3D, &lock))) return 1;
    bytes = static_cast<unsigned char *>(lock.pData);
    UINT wrong = 0;
    for (UINT i = 0; i < 256 * 1024; ++i) wrong += bytes[i] != (unsigned char)(i * 7 + 3);
    std::printf("  %-50s %s\n", "compare the 256 KiB", wrong == 0 ? "all bytes survived" : "BYTES CHANGED");
    report("unlock it", umd.m_d3dCallbacks.pfnUnlockCb(umd.m_hD3D, &unlock));
    if (wrong != 0) return 1;

    std::printf("\nTeardown:\n");
    D3DDDICB_DEALLOCATE dealloc;
    std::memset(&dealloc, 0, sizeof(dealloc));
    dealloc.NumAllocations = (UINT)buffer.size();
    dealloc.HandleList = buffer.data();
    report("free the buffer", umd.m_d3dCallbacks.pfnDeallocateCb(umd.m_hD3D, &dealloc));
    report("free the flip chain (by resource)", umd.DestroyResource(flip_resource));
    report("destroy the device", WddmShimDestroyDevice(umd.m_hD3D));

    WDDMSHIM_ADAPTER_STATS stats;
    WddmShimQueryAdapterStats(adapter, &stats);
    std::string text = journal(adapter);
    size_t calls = 0, ddis = 0;
    for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) ++calls;
    for (size_t at = text.find("DxgkDdi"); at != std::string::npos; at = text.find("DxgkDdi", at + 1)) ++ddis;
    std::printf("\nJournal: %zu entries for this adapter, %zu of them KMD DDI calls. The last few:\n", calls, ddis);
    size_t start = text.size();
    for (int lines = 0; lines < 6 && start > 0; ) {
        start = text.rfind('\n', start - 2);
        if (start == std::string::npos) { start = 0; break; }
        ++lines;
    }
    std::printf("%s", text.substr(start == 0 ? 0 : start + 1).c_str());

    const bool leaks = stats.LiveAllocations || stats.ReclaimedAllocations || stats.ReclaimedResources;
    std::printf("\nLeak report: %s\n", leaks ? "allocations left behind (see the journal)" : "none");
    WddmShimDestroyAdapter(adapter);
    return leaks ? 1 : 0;
}
