/*
 * wdm.h: the WDK's Windows Driver Model header, as wddm-shim's kernel environment gives it
 * off Windows (types, IRQLs, pool, spin locks, events, DPCs, lists, Rtl helpers, DbgPrint);
 * everything is in wddm_shim_km.h. Part of wddm-shim; not Microsoft's header.
 */
#ifndef _WDMDDK_
#define _WDMDDK_
#include "wddm_shim_km.h"
#endif
