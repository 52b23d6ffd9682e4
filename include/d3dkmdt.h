/*
 * d3dkmdt.h (wddm-shim): the kernel-mode display driver types shared by d3dkmddi.h and
 * dispmprt.h, with the WDK's names and the Windows x64 layout: the standard allocation types
 * dxgkrnl asks a KMD to describe (DxgkDdiGetStandardAllocationDriverData) and their surface
 * descriptions, and the GDI surface kinds. VidPN identifiers (D3DDDI_VIDEO_PRESENT_SOURCE_ID,
 * D3DDDI_VIDEO_PRESENT_TARGET_ID) come from d3dukmdt.h. Layouts are checked by
 * tests/abi_layout.rs against the values measured from the WDK 10.0.22000 headers.
 */
#ifndef _D3DKMDT_H
#define _D3DKMDT_H

#include "d3dukmdt.h"

/* ---- Standard allocations --------------------------------------------------------------------- */

typedef enum _D3DKMDT_STANDARDALLOCATION_TYPE {
    D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE = 1,
    D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE = 2,
    D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE = 3,
    D3DKMDT_STANDARDALLOCATION_GDISURFACE = 4
#if (DXGKDDI_INTERFACE_VERSION >= DXGKDDI_INTERFACE_VERSION_WDDM2_1)
    ,
    D3DKMDT_STANDARDALLOCATION_VGPU = 5
#endif
} D3DKMDT_STANDARDALLOCATION_TYPE;

/* sizeof 24 */
typedef struct _D3DKMDT_SHAREDPRIMARYSURFACEDATA {
    UINT Width;
    UINT Height;
    D3DDDIFORMAT Format;
    D3DDDI_RATIONAL RefreshRate;
    D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId;
} D3DKMDT_SHAREDPRIMARYSURFACEDATA;

/* sizeof 16 */
typedef struct _D3DKMDT_SHADOWSURFACEDATA {
    UINT Width;
    UINT Height;
    D3DDDIFORMAT Format;
    UINT Pitch;
} D3DKMDT_SHADOWSURFACEDATA;

/* sizeof 12 */
typedef struct _D3DKMDT_STAGINGSURFACEDATA {
    UINT Width;
    UINT Height;
    UINT Pitch;
} D3DKMDT_STAGINGSURFACEDATA;

typedef struct _D3DKMDT_GDISURFACEFLAGS {
    union {
        struct {
            UINT Reserved : 32;
        };
        UINT Value;
    };
} D3DKMDT_GDISURFACEFLAGS;

typedef enum _D3DKMDT_GDISURFACETYPE {
    D3DKMDT_GDISURFACE_INVALID = 0,
    D3DKMDT_GDISURFACE_TEXTURE = 1,
    D3DKMDT_GDISURFACE_STAGING_CPUVISIBLE = 2,
    D3DKMDT_GDISURFACE_STAGING = 3,
    D3DKMDT_GDISURFACE_LOOKUPTABLE = 4,
    D3DKMDT_GDISURFACE_EXISTINGSYSMEM = 5,
    D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE = 6
#if (DXGKDDI_INTERFACE_VERSION >= DXGKDDI_INTERFACE_VERSION_WDDM1_3_M1)
    ,
    D3DKMDT_GDISURFACE_TEXTURE_CROSSADAPTER = 7,
    D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE_CROSSADAPTER = 8
#endif
} D3DKMDT_GDISURFACETYPE;

/* sizeof 24 */
typedef struct _D3DKMDT_GDISURFACEDATA {
    UINT Width;
    UINT Height;
    D3DDDIFORMAT Format;
    D3DKMDT_GDISURFACETYPE Type;
    D3DKMDT_GDISURFACEFLAGS Flags;
    UINT Pitch;
} D3DKMDT_GDISURFACEDATA;

#if (DXGKDDI_INTERFACE_VERSION >= DXGKDDI_INTERFACE_VERSION_WDDM2_1)
typedef struct _D3DKMDT_VIRTUALGPUSURFACEDATA {
    UINT64 Size;
    UINT Alignment;
    UINT DriverSegmentId;
    UINT PrivateDriverData;
} D3DKMDT_VIRTUALGPUSURFACEDATA;
#endif

#endif /* _D3DKMDT_H */
