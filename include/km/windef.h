/*
 * windef.h in the kernel environment: the windef.h/minwindef.h types a display miniport's
 * headers name (RECT, POINT, SIZE, HWND, MAX_PATH, ...), with their Windows x64 widths. It takes
 * the place of the SDK's windef.h, whose minwindef.h declares `unsigned long` types (64-bit
 * off Windows). Part of wddm-shim; not Microsoft's header.
 */
#ifndef _WINDEF_
#define _WINDEF_

/* Ends the DWORD diversion the kernel environment's <dispmprt.h> begins (see there). */
#ifdef WDDMSHIM_KIT_DISPMPRT_DWORD_DIVERTED
#undef DWORD
#undef WDDMSHIM_KIT_DISPMPRT_DWORD_DIVERTED
#endif

#include "wddm_shim_wintypes.h"
#include "wddm_shim_windef.h"

#endif /* _WINDEF_ */
