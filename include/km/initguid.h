/*
 * initguid.h: included before a header that declares GUIDs with DEFINE_GUID, it makes that
 * translation unit define them (storage) instead of only declaring them, as on Windows.
 * Part of wddm-shim; not Microsoft's header.
 */
#define INITGUID
#include "wddm_shim_wintypes.h"
#undef DEFINE_GUID
#ifdef __cplusplus
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    extern "C" const GUID name = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    const GUID name = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#endif
