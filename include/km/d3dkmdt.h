/*
 * d3dkmdt.h in the kernel environment: forwards to the next <d3dkmdt.h> on the include path,
 * a team's own WDK kit's when it follows include/km, wddm-shim's own (include/d3dkmdt.h)
 * otherwise.
 *
 * Two enumerations of the kit's d3dkmdt.h, D3DKMDT_VIDEO_OUTPUT_TECHNOLOGY and
 * DXGKMDT_OPM_CONNECTOR_TYPE, hold both negative values (-2, -1) and 0x80000000. MSVC makes
 * every enumeration an int (4 bytes); gcc and clang give one whose values need 33 bits a 64-bit
 * type, which would move every member after one (dispmprt.h's static_assert on
 * DXGK_CHILD_CAPABILITIES stops the build). When the kit is there (its <ntddvdeo.h> follows
 * us), the negative enumerators are moved out of the enumeration while it is declared, so the
 * type keeps 4 bytes (unsigned int, the same bits as on Windows), and are then defined as
 * constants of the type: D3DKMDT_VOT_OTHER still compares equal to, and assigns, the value
 * Windows stores.
 *
 * Part of wddm-shim; not Microsoft's header.
 */
#ifndef WDDM_SHIM_KM_D3DKMDT_H
#define WDDM_SHIM_KM_D3DKMDT_H

#if !defined(_WIN32) && defined(__has_include_next)
#if __has_include_next(<ntddvdeo.h>)
#define WDDMSHIM_KIT_D3DKMDT_ENUMS_NARROWED
#endif
#endif

#ifdef WDDMSHIM_KIT_D3DKMDT_ENUMS_NARROWED
/* Each first negative enumerator closes the kit's enumeration (kept under an unused name) and
 * opens one that collects the negatives; the first non-negative one opens the enumeration that
 * gets the kit's typedef name. */
#define D3DKMDT_VOT_UNINITIALIZED                                                                  \
    wddm_shim_vot_placeholder_ } wddm_shim_vot_unused_t;                                           \
    enum { wddm_shim_vot_minus_2_
#define D3DKMDT_VOT_OTHER wddm_shim_vot_minus_1_
#define D3DKMDT_VOT_HD15 wddm_shim_vot_negatives_end_ }; typedef enum { D3DKMDT_VOT_HD15
#define DXGKMDT_OPM_CONNECTOR_TYPE_OTHER                                                           \
    wddm_shim_opm_connector_placeholder_ } wddm_shim_opm_connector_unused_t;                       \
    enum { wddm_shim_opm_connector_minus_1_
#define DXGKMDT_OPM_CONNECTOR_TYPE_HD15                                                            \
    wddm_shim_opm_connector_negatives_end_ }; typedef enum { DXGKMDT_OPM_CONNECTOR_TYPE_HD15
#endif

#include_next <d3dkmdt.h>

#ifdef WDDMSHIM_KIT_D3DKMDT_ENUMS_NARROWED
#undef D3DKMDT_VOT_UNINITIALIZED
#undef D3DKMDT_VOT_OTHER
#undef D3DKMDT_VOT_HD15
#undef DXGKMDT_OPM_CONNECTOR_TYPE_OTHER
#undef DXGKMDT_OPM_CONNECTOR_TYPE_HD15
#define D3DKMDT_VOT_UNINITIALIZED ((D3DKMDT_VIDEO_OUTPUT_TECHNOLOGY)-2)
#define D3DKMDT_VOT_OTHER ((D3DKMDT_VIDEO_OUTPUT_TECHNOLOGY)-1)
#define DXGKMDT_OPM_CONNECTOR_TYPE_OTHER ((DXGKMDT_OPM_CONNECTOR_TYPE)-1)
#undef WDDMSHIM_KIT_D3DKMDT_ENUMS_NARROWED
#endif

#endif /* WDDM_SHIM_KM_D3DKMDT_H */
