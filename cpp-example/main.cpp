// wddm-shim C++ example: a user-mode driver and a kernel-mode driver, both written as for
// Windows, wired together by the library on Linux.
//
//   make -C cpp-example run
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "example_kmd.hpp"
#include "example_umd.hpp"
#include "wddm_shim.h"

namespace {

int g_failures = 0;

void step(const char *what, HRESULT hr, HRESULT expected = S_OK) {
    const bool ok = hr == expected;
    if (!ok) ++g_failures;
    std::printf("  %-58s %s (0x%08x)\n", what, ok ? "ok" : "UNEXPECTED", (unsigned)hr);
}

const char *segment_name(WDDMSHIM_ADAPTER *adapter, UINT id) {
    WDDMSHIM_SEGMENT_INFO segment;
    if (FAILED(WddmShimQuerySegment(adapter, id, &segment))) return "?";
    return segment.Aperture ? "aperture" : segment.CpuVisible ? "CPU-visible video memory" : "video memory";
}

void where(WDDMSHIM_ADAPTER *adapter, const char *what, const ExampleUmd::Resource &resource) {
    for (size_t i = 0; i < resource.allocations.size(); ++i) {
        WDDMSHIM_ALLOCATION_INFO info;
        if (FAILED(WddmShimQueryAllocation(adapter, resource.allocations[i], &info))) continue;
        if (info.Location == WDDMSHIM_LOCATION_SEGMENT) {
            std::printf("  %-14s 0x%08x  %6llu KiB  segment %u (%s), offset 0x%07llx\n", what, resource.allocations[i],
                        (unsigned long long)(info.Size / 1024), info.SegmentId, segment_name(adapter, info.SegmentId),
                        (unsigned long long)info.Offset);
        } else {
            std::printf("  %-14s 0x%08x  %6llu KiB  not resident (system memory)\n", what, resource.allocations[i],
                        (unsigned long long)(info.Size / 1024));
        }
    }
}

std::string journal(WDDMSHIM_ADAPTER *adapter) {
    size_t needed = 0;
    std::vector<char> text;
    HRESULT hr;
    do {
        text.resize(needed + 4096);
        hr = WddmShimGetJournal(adapter, 10000, text.data(), text.size(), &needed);
    } while (hr == S_FALSE);
    return SUCCEEDED(hr) ? std::string(text.data()) : std::string();
}

size_t count(const std::string &text, const char *needle) {
    size_t n = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

int main() {
    std::printf("wddm-shim C++ example: a UMD and a KMD, written for Windows, running on Linux\n\n");
    WDDMSHIM_ADAPTER_DESC desc;
    std::memset(&desc, 0, sizeof(desc));
    desc.Version = WDDMSHIM_DESC_VERSION;
    desc.pfnDriverEntry = ExampleKmdDriverEntry;
    WDDMSHIM_ADAPTER *adapter = NULL;
    step("start the adapter with the example KMD's DriverEntry", WddmShimCreateAdapter(&desc, &adapter));
    if (adapter == NULL) return 1;
    ExampleUmd umd;
    step("create a device (the runtime's CreateDevice)",
         WddmShimCreateDevice(adapter, NULL, &umd.m_hD3D, &umd.m_d3dCallbacks));

    std::printf("\nResources:\n");
    ExampleUmd::Resource buffer, texture, flip_chain;
    step("a 256 KiB vertex buffer", umd.CreateBuffer((HANDLE)(uintptr_t)0xB0F, 256 * 1024, &buffer));
    step("a 1024x1024 texture", umd.CreateTexture((HANDLE)(uintptr_t)0x7E7, 1024, 1024, &texture));
    step("a primary flip chain of 3 (the documentation's sample)", umd.CreateFlipChain((HANDLE)(uintptr_t)0xF11, 3, &flip_chain));

    std::printf("\nWhere VidMm placed them:\n");
    where(adapter, "buffer", buffer);
    where(adapter, "texture", texture);
    where(adapter, "back buffer", flip_chain);

    std::printf("\nUpload through pfnLockCb, survive an eviction, read back:\n");
    std::vector<unsigned char> vertices(256 * 1024), readback(256 * 1024);
    for (size_t i = 0; i < vertices.size(); ++i) vertices[i] = (unsigned char)(i * 7 + 3);
    step("upload 256 KiB into the buffer", umd.Upload(buffer.allocations[0], vertices.data(), vertices.size()));
    step("memory pressure evicts it (WddmShimForceEviction)", WddmShimForceEviction(adapter, buffer.allocations[0]));
    step("read it back", umd.Download(buffer.allocations[0], readback.data(), readback.size()));
    const bool same = vertices == readback;
    if (!same) ++g_failures;
    std::printf("  %-58s %s\n", "compare", same ? "all 262144 bytes survived" : "BYTES CHANGED");

    std::printf("\nSubmit a command that names the texture by its hKMResource:\n");
    step("pfnRenderCb", umd.Submit(texture));
    const ExampleRenderLog &log = ExampleKmdLastRender();
    std::printf("  the KMD's DxgkDdiRender resolved hKMResource 0x%08x (DxgkCbGetHandleData): %u allocation(s)\n",
                log.hKMResource, log.ResourceAllocations);
    for (UINT i = 0; i < log.Children; ++i) {
        std::printf("    child %u (DxgkCbEnumHandleChildren) 0x%08x, whose parent (DxgkCbGetHandleParent) is the resource\n",
                    i, log.Child[i]);
    }
    for (UINT i = 0; i < log.Patched; ++i) {
        std::printf("  its DxgkDdiPatch wrote GPU address 0x%09llx (segment %u) into the DMA buffer\n",
                    (unsigned long long)log.PatchedAddress[i], log.PatchedSegment[i]);
    }

    std::printf("\nOut of video memory, as a UMD meets it (flush deferred destructions, retry):\n");
    ExampleUmd::Resource big[3];
    step("a 64 MiB render target", umd.CreateTexture((HANDLE)(uintptr_t)0xB16A, 4096, 4096, &big[0]));
    umd.DestroyResource(big[0]);
    step("another, the first one's destruction deferred", umd.CreateTexture((HANDLE)(uintptr_t)0xB16B, 4096, 4096, &big[1]));
    umd.DestroyResource(big[1]);
    step("a third: D3DERR_OUTOFVIDEOMEMORY, flush, retry", umd.CreateTexture((HANDLE)(uintptr_t)0xB16C, 4096, 4096, &big[2]));
    std::printf("  %-58s %u\n", "out-of-video-memory retries", umd.m_outOfMemoryRetries);
    if (umd.m_outOfMemoryRetries != 1) ++g_failures;
    umd.DestroyResource(big[2]);

    std::printf("\nThe device is removed (a simulated TDR):\n");
    step("WddmShimRemoveDevice", WddmShimRemoveDevice(adapter, umd.m_hD3D, WDDMSHIM_REMOVAL_TDR));
    step("the next submission reports D3DDDIERR_DEVICEREMOVED", umd.Submit(texture), D3DDDIERR_DEVICEREMOVED);

    std::printf("\nTeardown:\n");
    umd.DestroyResource(buffer);
    umd.DestroyResource(texture);
    umd.DestroyResource(flip_chain);
    umd.Shutdown();
    step("destroy the device", WddmShimDestroyDevice(umd.m_hD3D));

    const std::string text = journal(adapter);
    std::printf("\nJournal: %zu entries. pfnAllocateCb %zu, pfnLockCb %zu, pfnRenderCb %zu; the KMD's DDIs %zu;\n"
                "         Dxgk handle callbacks %zu; VidMm placements %zu and evictions %zu; fences retired %zu.\n",
                count(text, "\n"), count(text, "pfnAllocateCb("), count(text, "pfnLockCb("),
                count(text, "pfnRenderCb("), count(text, "DxgkDdi"),
                count(text, "DxgkCbGetHandle") + count(text, "DxgkCbEnumHandleChildren"),
                count(text, "placed in segment"), count(text, "evicted from"), count(text, "retired"));

    WDDMSHIM_ADAPTER_STATS stats;
    WddmShimQueryAdapterStats(adapter, &stats);
    // What device destruction reclaimed is information (UMDs may rely on it); allocations still
    // alive, or freed while locked, are leaks.
    const bool leaks = stats.LiveAllocations || stats.FreedWhileLocked;
    std::printf("Leak report: %s (reclaimed at device destruction: %u)\n",
                leaks ? "allocations left behind (see the journal)" : "none", stats.ReclaimedAllocations);
    WddmShimDestroyAdapter(adapter);
    // The KMD's side: pool blocks it never freed, and what the kernel environment caught
    // (a wrong-tag free, PAGED_CODE() at DISPATCH_LEVEL, a failed NT_ASSERT ...).
    WDDMSHIM_PROCESS_STATS process;
    WddmShimQueryProcessStats(&process);
    std::printf("Kernel report: %u pool block(s) leaked, %u kernel error(s)\n", process.PoolBlocksLeakedAtAdapterDestroy,
                process.KernelErrors);
    const bool kernel = process.PoolBlocksLeakedAtAdapterDestroy != 0 || process.KernelErrors != 0;
    if (g_failures) std::printf("%d step(s) did not go as expected\n", g_failures);
    return leaks || kernel || g_failures ? 1 : 0;
}
