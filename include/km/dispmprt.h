/*
 * dispmprt.h in the kernel environment: forwards to the next <dispmprt.h> on the include path,
 * a team's own WDK kit's when it follows include/km, wddm-shim's own (include/dispmprt.h)
 * otherwise.
 *
 * The kit's dispmprt.h declares `typedef unsigned long DWORD;` for the headers it includes
 * next. `unsigned long` is 32-bit on Windows and 64-bit on Linux, so that line would collide
 * with the kernel environment's 32-bit DWORD (and, were it kept, widen every DWORD member of
 * d3dkmddi.h). When the kit is there (its <ntddvdeo.h> follows us), the name is diverted for
 * that one line: the kit's dispmprt.h includes <windef.h> next, whose kernel-environment copy
 * (include/km/windef.h) ends the diversion before any DWORD is used.
 *
 * Part of wddm-shim; not Microsoft's header.
 */
#ifndef WDDM_SHIM_KM_DISPMPRT_H
#define WDDM_SHIM_KM_DISPMPRT_H

#if !defined(_WIN32) && defined(__has_include_next)
#if __has_include_next(<ntddvdeo.h>)
#define WDDMSHIM_KIT_DISPMPRT_DWORD_DIVERTED
#define DWORD wddm_shim_kit_dispmprt_dword
#endif
#endif

#include_next <dispmprt.h>

#ifdef WDDMSHIM_KIT_DISPMPRT_DWORD_DIVERTED
#undef DWORD
#undef WDDMSHIM_KIT_DISPMPRT_DWORD_DIVERTED
#endif

#endif /* WDDM_SHIM_KM_DISPMPRT_H */
