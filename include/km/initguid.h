/*
 * initguid.h: included before a header that declares GUIDs with DEFINE_GUID, it makes that
 * translation unit define them (storage) instead of only declaring them, as on Windows: it
 * defines INITGUID and reads DEFINE_GUID's definition (wddm_shim_guid.h) again.
 * Part of wddm-shim; not Microsoft's header.
 */
#define INITGUID
#include "wddm_shim_wintypes.h"
#undef DEFINE_GUID
#include "wddm_shim_guid.h"
