/*
 * wddm_shim_prelude.h: what <windows.h> would have supplied before the real WDK's display
 * headers, so that Microsoft's own d3dukmdt.h, d3dumddi.h, d3dkmdt.h and d3dkmddi.h
 * (10.0.22000 and later) compile on Linux with gcc and clang, C11 and C++17.
 *
 * Use it when a team builds against its real WDK/SDK headers instead of wddm-shim's copies:
 *
 *   cc -include wddm_shim_prelude.h \
 *      -isystem $WDK/Include/$VER/um -isystem $WDK/Include/$VER/shared -isystem $WDK/Include/$VER/km \
 *      -I$WDDMSHIM/include ...
 *
 * The real directories come first, so <d3dumddi.h> and <d3dkmddi.h> find Microsoft's files, and
 * wddm_shim.h / wddm_shim_kmd.h (which include them by angle brackets) are found in our
 * include/ afterwards. The prelude must come before any WDK header: force-include it as above,
 * or include it first in every translation unit. Our own WDK-named headers do not need it (they
 * bring wddm_shim_wintypes.h themselves); it is harmless next to them.
 *
 * What it supplies (off Windows; on Windows it is empty):
 *  - The Windows base types with their Windows x64 (LLP64) widths, from wddm_shim_wintypes.h
 *    (UINT/ULONG/DWORD 32-bit, HRESULT/NTSTATUS 32-bit signed, HANDLE and pointers 64-bit,
 *    WCHAR 16-bit), without its status codes, which the real <winerror.h> defines. It defines
 *    _HRESULT_DEFINED and GUID_DEFINED, so <winerror.h> and <guiddef.h> keep those types (the
 *    real winerror.h would make HRESULT a `long`, 64-bit on Linux).
 *  - The few windef.h/winnt.h types and macros the display headers use: UINT16, INT8, INT16,
 *    INT64, FLOAT, CHAR, SHORT, the LP string and pointer types, POINT, RECT, SIZE,
 *    PALETTEENTRY, LPCGUID, ACCESS_MASK, HWND/HDC/HMONITOR, MAX_PATH,
 *    DECLARE_HANDLE, DECLSPEC_ALIGN, C_ASSERT, EXTERN_C and DEFINE_GUID (a definition with
 *    INITGUID, a declaration without, as guiddef.h does).
 *  - <sdkddkver.h> and <specstrings.h> (which brings <sal.h>) from the team's SDK when they are
 *    on the include path: SAL 2 annotations expand to nothing outside the MSVC analyzer.
 *  - The SAL 1 / glibc / libstdc++ clash: <sal.h> defines the SAL 1 forms __in, __out,
 *    __callback, __success, __null, ... as macros, while libstdc++ uses __in and __out as
 *    parameter names, g++ spells NULL as the keyword __null, and glibc uses __success-like
 *    names. Those colliding names are #undef'd right after <specstrings.h>, so <string>,
 *    <vector>, <mutex>, <stdio.h> and <string.h> work in any order with the WDK headers. The
 *    other SAL 1 forms (__in_opt, __out_ecount, ...) stay. The four display headers use no
 *    SAL 1 at all.
 *  - <d3d9types.h> and <d3d9caps.h> from the SDK when present: d3dumddi.h uses the Direct3D 9
 *    types (D3DPRIMITIVETYPE, D3DMATRIX, ...) and does not include them itself.
 *  - MSVC pragmas (#pragma warning, #pragma region) are unknown to gcc/clang: the prelude turns
 *    -Wunknown-pragmas off for the translation unit (define
 *    WDDMSHIM_PRELUDE_KEEP_PRAGMA_WARNINGS to keep it). gcc before 13 cannot turn a
 *    preprocessor warning off from a pragma; put the WDK directories on the path with -isystem
 *    (as above), or pass -Wno-unknown-pragmas.
 *
 * Not for a KMD: <dispmprt.h> also includes the kernel headers' world (wdm.h types such as
 * DEVICE_OBJECT, CM_RESOURCE_LIST, INTERFACE, ACPI structures, video.h). A KMD build puts the
 * kernel environment (include/km) ahead of the kit instead; see README.md.
 *
 * Part of wddm-shim. Written from the documented Windows types, not from Microsoft's headers.
 */
#ifndef WDDM_SHIM_PRELUDE_H
#define WDDM_SHIM_PRELUDE_H

#if !defined(_WIN32)

#if !defined(WDDMSHIM_PRELUDE_KEEP_PRAGMA_WARNINGS)
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wunknown-pragmas"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunknown-pragmas"
#endif
#endif

/* ---- Base types (wddm_shim_wintypes.h without its status codes) ------------------------------ */

#ifndef _HRESULT_DEFINED
#define _HRESULT_DEFINED
#endif
#ifndef GUID_DEFINED
#define GUID_DEFINED
#endif
#define WDDMSHIM_WINTYPES_BASE_ONLY 1
#include "wddm_shim_wintypes.h"
#undef WDDMSHIM_WINTYPES_BASE_ONLY

#include "wddm_shim_windef.h"

/* ---- SDK version macros and SAL, from the team's SDK ----------------------------------------- */

#if defined(__has_include)
#if __has_include(<sdkddkver.h>)
#include <sdkddkver.h>
#endif
#if __has_include(<specstrings.h>)
#include <specstrings.h>
#endif
#endif

/* SAL 1 names that are identifiers (or keywords) in glibc, libstdc++ or g++ (see above). */
#undef __bound
#undef __callback
#undef __failure
#undef __in
#undef __inner_range
#undef __null
#undef __out
#undef __override
#undef __pre
#undef __range
#undef __reserved
#undef __success
#undef __valid
#undef __volatile

/* ---- Direct3D 9 types d3dumddi.h uses, from the team's SDK ----------------------------------- */

#if defined(__has_include)
#if __has_include(<d3d9types.h>) && __has_include(<d3d9caps.h>)
#include <d3d9types.h>
#include <d3d9caps.h>
#endif
#endif

#endif /* !_WIN32 */

#endif /* WDDM_SHIM_PRELUDE_H */
