// The example's user-mode driver: resource creation and destruction, uploads through
// pfnLockCb, and command submission through a context, written against the D3D runtime
// callbacks exactly as for Windows. Primaries are allocated by the pfnAllocateCb documentation
// sample itself (seed_sample.hpp, unchanged); buffers and textures pass the KMD a descriptor.
#pragma once

#include <cstring>
#include <vector>

#include "example_kmd.hpp"
#include "seed_sample.hpp"

class ExampleUmd : public SeedUmd {
public:
    struct Resource {
        HANDLE hRuntime = NULL;          // the runtime's resource handle
        D3DKMT_HANDLE hKMResource = 0;   // what the KMD knows it by
        std::vector<D3DKMT_HANDLE> allocations;
    };

    // A buffer of `bytes`, written by the CPU.
    HRESULT CreateBuffer(HANDLE hRuntime, UINT bytes, Resource *out) {
        ExampleAllocationDesc desc = {EXAMPLE_KIND_BUFFER, 0, 0, bytes};
        return CreateWithRetry(hRuntime, desc, 1, out);
    }

    // A width x height texture (4 bytes per pixel).
    HRESULT CreateTexture(HANDLE hRuntime, UINT width, UINT height, Resource *out) {
        ExampleAllocationDesc desc = {EXAMPLE_KIND_TEXTURE, width, height, 0};
        return CreateWithRetry(hRuntime, desc, 1, out);
    }

    // A flip chain of `buffers` primaries on m_VidPnSourceId, one allocation per back buffer under
    // one resource, each made by the documentation's sample.
    HRESULT CreateFlipChain(HANDLE hRuntime, UINT buffers, Resource *out) {
        out->hRuntime = hRuntime;
        m_hCurResRuntime = hRuntime;
        m_dwCurResCaps.Primary = TRUE;
        HRESULT hr = S_OK;
        for (UINT i = 0; i < buffers && SUCCEEDED(hr); ++i) {
            D3DKMT_HANDLE allocation = 0;
            hr = AllocateSeed(NULL, &allocation);
            if (SUCCEEDED(hr)) out->allocations.push_back(allocation);
        }
        m_dwCurResCaps.Primary = FALSE;
        m_hCurResRuntime = NULL;
        if (FAILED(hr) && !out->allocations.empty()) Deallocate(*out);
        return hr;
    }

    // Destruction is deferred until the next Flush, as D3D11 drivers do.
    void DestroyResource(const Resource &resource) { m_pendingDestroy.push_back(resource); }

    // Submits nothing new here; frees what DestroyResource deferred.
    HRESULT Flush() {
        HRESULT result = S_OK;
        for (const Resource &resource : m_pendingDestroy) {
            const HRESULT hr = Deallocate(resource);
            if (FAILED(hr)) result = hr;
        }
        m_pendingDestroy.clear();
        return result;
    }

    // Copies `bytes` into an allocation through pfnLockCb / pfnUnlockCb.
    HRESULT Upload(D3DKMT_HANDLE allocation, const void *data, size_t bytes) {
        void *memory = NULL;
        HRESULT hr = LockEntire(allocation, false, &memory);
        if (FAILED(hr)) return hr;
        std::memcpy(memory, data, bytes);
        return Unlock(allocation);
    }

    // Reads `bytes` back from an allocation.
    HRESULT Download(D3DKMT_HANDLE allocation, void *data, size_t bytes) {
        void *memory = NULL;
        HRESULT hr = LockEntire(allocation, true, &memory);
        if (FAILED(hr)) return hr;
        std::memcpy(data, memory, bytes);
        return Unlock(allocation);
    }

    // Submits one command naming `resource` by its hKMResource, with a patch location per
    // allocation so the KMD writes each one's GPU address into the DMA buffer.
    HRESULT Submit(const Resource &resource) {
        HRESULT hr = EnsureContext();
        if (FAILED(hr)) return hr;
        ExampleCommand command = {1, resource.hKMResource};
        const UINT count = (UINT)resource.allocations.size();
        const UINT length = (UINT)sizeof(command) + 8 * count;
        if (length > m_context.CommandBufferSize || count > m_context.AllocationListSize) return E_INVALIDARG;
        BYTE *commands = static_cast<BYTE *>(m_context.pCommandBuffer);
        std::memcpy(commands, &command, sizeof(command));
        for (UINT i = 0; i < count; ++i) {
            m_context.pAllocationList[i].hAllocation = resource.allocations[i];
            m_context.pAllocationList[i].Value = 0;
            std::memset(&m_context.pPatchLocationList[i], 0, sizeof(D3DDDI_PATCHLOCATIONLIST));
            m_context.pPatchLocationList[i].AllocationIndex = i;
            m_context.pPatchLocationList[i].PatchOffset = (UINT)sizeof(command) + 8 * i;
            std::memset(commands + sizeof(command) + 8 * i, 0, 8);
        }
        D3DDDICB_RENDER render;
        std::memset(&render, 0, sizeof(render));
        render.hContext = m_context.hContext;
        render.CommandLength = length;
        render.NumAllocations = count;
        render.NumPatchLocations = count;
        hr = m_d3dCallbacks.pfnRenderCb(m_hD3D, &render);
        if (SUCCEEDED(hr)) {  // the runtime hands back the buffers for the next batch
            m_context.pCommandBuffer = render.pNewCommandBuffer;
            m_context.CommandBufferSize = render.NewCommandBufferSize;
            m_context.pAllocationList = render.pNewAllocationList;
            m_context.AllocationListSize = render.NewAllocationListSize;
            m_context.pPatchLocationList = render.pNewPatchLocationList;
            m_context.PatchLocationListSize = render.NewPatchLocationListSize;
        }
        return hr;  // D3DDDIERR_DEVICEREMOVED propagates to the runtime as it is
    }

    // Releases the context (before the device goes).
    void Shutdown() {
        if (m_context.hContext != NULL) {
            D3DDDICB_DESTROYCONTEXT destroy = {m_context.hContext};
            m_d3dCallbacks.pfnDestroyContextCb(m_hD3D, &destroy);
            m_context.hContext = NULL;
        }
        Flush();
    }

    // How many times an allocation failed with D3DERR_OUTOFVIDEOMEMORY and was retried.
    UINT m_outOfMemoryRetries = 0;

private:
    std::vector<Resource> m_pendingDestroy;
    D3DDDICB_CREATECONTEXT m_context = {};

    // Out of video memory: flush (which frees deferred destructions) and try once more.
    HRESULT CreateWithRetry(HANDLE hRuntime, ExampleAllocationDesc desc, UINT count, Resource *out) {
        HRESULT hr = Allocate(hRuntime, desc, count, out);
        if (hr == D3DERR_OUTOFVIDEOMEMORY) {
            ++m_outOfMemoryRetries;
            Flush();
            hr = Allocate(hRuntime, desc, count, out);
        }
        return hr;
    }

    HRESULT Allocate(HANDLE hRuntime, ExampleAllocationDesc desc, UINT count, Resource *out) {
        std::vector<ExampleAllocationDesc> descs(count, desc);
        std::vector<D3DDDI_ALLOCATIONINFO> infos(count);
        for (UINT i = 0; i < count; ++i) {
            std::memset(&infos[i], 0, sizeof(infos[i]));
            infos[i].pPrivateDriverData = &descs[i];
            infos[i].PrivateDriverDataSize = sizeof(descs[i]);
        }
        D3DDDICB_ALLOCATE allocCB;
        std::memset(&allocCB, 0, sizeof(allocCB));
        allocCB.hResource = hRuntime;
        allocCB.NumAllocations = count;
        allocCB.pAllocationInfo = infos.data();
        const HRESULT hr = m_d3dCallbacks.pfnAllocateCb(m_hD3D, &allocCB);
        if (FAILED(hr)) return hr;
        out->hRuntime = hRuntime;
        out->hKMResource = allocCB.hKMResource;
        for (const D3DDDI_ALLOCATIONINFO &info : infos) out->allocations.push_back(info.hAllocation);
        return hr;
    }

    HRESULT Deallocate(const Resource &resource) {
        D3DDDICB_DEALLOCATE deallocCB;
        std::memset(&deallocCB, 0, sizeof(deallocCB));
        deallocCB.hResource = resource.hRuntime;
        return m_d3dCallbacks.pfnDeallocateCb(m_hD3D, &deallocCB);
    }

    // Locks a whole allocation for reading only or for writing only.
    HRESULT LockEntire(D3DKMT_HANDLE allocation, bool read_only, void **memory) {
        D3DDDICB_LOCK lock;
        std::memset(&lock, 0, sizeof(lock));
        lock.hAllocation = allocation;
        lock.Flags.ReadOnly = read_only ? TRUE : FALSE;
        lock.Flags.WriteOnly = read_only ? FALSE : TRUE;
        lock.Flags.LockEntire = TRUE;
        const HRESULT hr = m_d3dCallbacks.pfnLockCb(m_hD3D, &lock);
        if (SUCCEEDED(hr)) *memory = lock.pData;
        return hr;
    }

    HRESULT Unlock(D3DKMT_HANDLE allocation) {
        D3DDDICB_UNLOCK unlock;
        std::memset(&unlock, 0, sizeof(unlock));
        unlock.NumAllocations = 1;
        unlock.phAllocations = &allocation;
        return m_d3dCallbacks.pfnUnlockCb(m_hD3D, &unlock);
    }

    HRESULT EnsureContext() {
        if (m_context.hContext != NULL) return S_OK;
        return m_d3dCallbacks.pfnCreateContextCb(m_hD3D, &m_context);
    }
};
