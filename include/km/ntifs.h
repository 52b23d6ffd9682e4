/*
 * ntifs.h: the WDK's file-system header is a superset of ntddk.h; a display miniport includes it
 * for the same kernel routines, which is what this one gives. Part of wddm-shim; not
 * Microsoft's header.
 */
#ifndef _NTIFS_
#define _NTIFS_
#include "ntddk.h"
#endif
