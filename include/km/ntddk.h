/*
 * ntddk.h: what the WDK's ntddk.h gives a kernel-mode driver (it includes wdm.h), as
 * wddm-shim's kernel environment gives it off Windows. Part of wddm-shim; not Microsoft's header.
 */
#ifndef _NTDDK_
#define _NTDDK_
#include "wdm.h"
#endif
