// The sample code of the pfnAllocateCb documentation page (shared/seed/pfnAllocateCb.md), held
// unchanged in a UMD-like class with the members it names. The C++ example's UMD allocates its
// primaries with it; the test suite compiles it warning-free and runs it (tests/c/seed_run.cpp).
#pragma once

#include <cstring>

#include "d3dumddi.h"

struct SeedResourceCaps {
    UINT Primary;
};

class SeedUmd {
public:
    D3DDDI_DEVICECALLBACKS m_d3dCallbacks;
    HANDLE m_hD3D;
    HANDLE m_hCurResRuntime;
    D3DDDI_VIDEO_PRESENT_SOURCE_ID m_VidPnSourceId;
    SeedResourceCaps m_dwCurResCaps;

    SeedUmd() : m_d3dCallbacks(), m_hD3D(NULL), m_hCurResRuntime(NULL), m_VidPnSourceId(0), m_dwCurResCaps() {}

    // The documentation's sample, verbatim from its first declaration to its return.
    HRESULT AllocateSeed(const VOID *pSysMem, D3DKMT_HANDLE *phAllocation) {
    D3DDDICB_ALLOCATE           allocCB;
    D3DDDI_ALLOCATIONINFO       allocInfo;
    HRESULT                     hr;
    memset(&allocInfo,   0, sizeof(allocInfo));
    memset(&allocCB,     0, sizeof(allocCB));
    // Set the VidPN source ID for the primary and fullscreen back buffer
    if (m_dwCurResCaps.Primary) {
        allocInfo.Flags.Primary = TRUE;
        allocInfo.VidPnSourceId = m_VidPnSourceId;
    }
    // Check if the allocation is in system memory
    if (pSysMem) {
        allocInfo.pSystemMem = pSysMem;
    }
    // Use the runtime handle of the resource being created
    // NOTE: This is critical for supporting a shared resource
    allocCB.hResource = m_hCurResRuntime;

    allocCB.NumAllocations = 1;
    allocCB.pAllocationInfo = &allocInfo;

    hr = m_d3dCallbacks.pfnAllocateCb(m_hD3D, &allocCB);

    if (FAILED(hr)) {
        allocInfo.hAllocation = NULL;
    }
    else {
        *phAllocation = allocInfo.hAllocation;
    }

    return (hr);
    }
};
