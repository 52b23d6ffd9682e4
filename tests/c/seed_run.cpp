// The pfnAllocateCb documentation sample, unchanged (cpp-example/seed_sample.hpp), run against the
// default adapter: a non-primary, a primary, one with runtime-provided system memory and one with
// hResource set, each S_OK with a live hAllocation; the resource's hKMResource resolves through
// DxgkCbGetHandleData and DxgkCbEnumHandleChildren; then everything is deallocated.
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "seed_sample.hpp"
#include "wddm_shim.h"
#include "wddm_shim_kmd.h"

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);         \
            std::exit(1);                                                                          \
        }                                                                                          \
    } while (0)

static unsigned live_handles() {
    WDDMSHIM_PROCESS_STATS stats;
    CHECK(WddmShimQueryProcessStats(&stats) == S_OK);
    return stats.LiveHandles;
}

int main() {
    WDDMSHIM_ADAPTER *adapter = NULL;
    CHECK(WddmShimCreateAdapter(NULL, &adapter) == S_OK);
    const unsigned baseline = live_handles();

    SeedUmd umd;
    CHECK(WddmShimCreateDevice(adapter, NULL, &umd.m_hD3D, &umd.m_d3dCallbacks) == S_OK);
    CHECK(umd.m_d3dCallbacks.pfnAllocateCb != NULL);
    CHECK(umd.m_d3dCallbacks.pfnDeallocateCb != NULL);

    std::vector<D3DKMT_HANDLE> device_owned;

    // 1. A plain, device-owned, non-primary allocation.
    D3DKMT_HANDLE plain = 0;
    CHECK(umd.AllocateSeed(NULL, &plain) == S_OK);
    CHECK(plain != 0 && (plain & 0x3F) == 0 && (plain & 0xC0000000) != 0);
    device_owned.push_back(plain);

    // 2. A primary on VidPN source 0.
    umd.m_dwCurResCaps.Primary = 1;
    umd.m_VidPnSourceId = 0;
    D3DKMT_HANDLE primary = 0;
    CHECK(umd.AllocateSeed(NULL, &primary) == S_OK);
    CHECK(primary != 0 && primary != plain);
    device_owned.push_back(primary);
    umd.m_dwCurResCaps.Primary = 0;

    // 3. With runtime-provided system memory.
    static unsigned char system_memory[64 * 1024];
    D3DKMT_HANDLE with_sysmem = 0;
    CHECK(umd.AllocateSeed(system_memory, &with_sysmem) == S_OK);
    device_owned.push_back(with_sysmem);

    // 4. With hResource set: the allocation belongs to a resource; hKMResource resolves.
    umd.m_hCurResRuntime = (HANDLE)(uintptr_t)0x5EED;
    D3DKMT_HANDLE child = 0;
    CHECK(umd.AllocateSeed(NULL, &child) == S_OK);
    CHECK(child != 0);
    CHECK(DxgkCbGetHandleParent(child) != 0);
    const D3DKMT_HANDLE km_resource = DxgkCbGetHandleParent(child);
    DXGKARGCB_GETHANDLEDATA query = {};
    query.hObject = km_resource;
    query.Type = DXGK_HANDLE_RESOURCE;
    CHECK(DxgkCbGetHandleData(&query) != NULL);
    DXGKARGCB_ENUMHANDLECHILDREN enumerate = {};
    enumerate.hObject = km_resource;
    enumerate.Index = 0;
    CHECK(DxgkCbEnumHandleChildren(&enumerate) == child);
    enumerate.Index = 1;
    CHECK(DxgkCbEnumHandleChildren(&enumerate) == 0);
    query.hObject = child;
    query.Type = DXGK_HANDLE_ALLOCATION;
    CHECK(DxgkCbGetHandleData(&query) != NULL);
    for (D3DKMT_HANDLE h : device_owned) {
        CHECK(DxgkCbGetHandleParent(h) == 0);
    }

    // Deallocate: the device-owned ones by list, the resource by its handle.
    D3DDDICB_DEALLOCATE by_list = {};
    by_list.NumAllocations = (UINT)device_owned.size();
    by_list.HandleList = device_owned.data();
    CHECK(umd.m_d3dCallbacks.pfnDeallocateCb(umd.m_hD3D, &by_list) == S_OK);
    D3DDDICB_DEALLOCATE by_resource = {};
    by_resource.hResource = umd.m_hCurResRuntime;
    CHECK(umd.m_d3dCallbacks.pfnDeallocateCb(umd.m_hD3D, &by_resource) == S_OK);
    query.hObject = child;
    CHECK(DxgkCbGetHandleData(&query) == NULL);  // freed: no plausible value

    CHECK(WddmShimDestroyDevice(umd.m_hD3D) == S_OK);
    CHECK(live_handles() == baseline);
    WDDMSHIM_ADAPTER_STATS stats;
    CHECK(WddmShimQueryAdapterStats(adapter, &stats) == S_OK);
    CHECK(stats.ReclaimedAllocations == 0 && stats.ReclaimedResources == 0);
    WddmShimDestroyAdapter(adapter);
    std::printf("seed sample ran: plain %#x, primary %#x, sysmem %#x, child %#x of resource %#x\n", plain,
                primary, with_sysmem, child, km_resource);
    return 0;
}
