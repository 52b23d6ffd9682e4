/*
 * wddm_shim_guid.h: DEFINE_GUID as guiddef.h gives it off Windows: a definition with storage in
 * a translation unit that defined INITGUID first (weak, as MSVC's __declspec(selectany): several
 * units may define the same GUID), a declaration everywhere else. wddm_shim_wintypes.h brings
 * it; <initguid.h> defines INITGUID and reads it again, so this part has no include guard.
 *
 * Part of wddm-shim. Written from the documented Windows behaviour, not from Microsoft's headers.
 */
#if !defined(_WIN32)

#include "wddm_shim_wintypes.h" /* GUID (a no-op when wddm_shim_wintypes.h includes us) */

#ifndef EXTERN_C
#ifdef __cplusplus
#define EXTERN_C extern "C"
#else
#define EXTERN_C extern
#endif
#endif

#ifndef DEFINE_GUID
#if defined(INITGUID) && defined(__cplusplus)
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                               \
    extern "C" const GUID __attribute__((weak)) name = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#elif defined(INITGUID) /* C: a file-scope const has external linkage by itself */
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                               \
    const GUID __attribute__((weak)) name = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) EXTERN_C const GUID name
#endif
#endif

#endif /* !_WIN32 */
