/*
 * ntverp.h: the build's version numbers, as a driver's resource script and version checks read
 * them. wddm-shim's headers follow the Windows 11 (10.0.22000) WDK, so that is the version
 * reported. Part of wddm-shim; not Microsoft's header.
 */
#ifndef WDDM_SHIM_NTVERP_H
#define WDDM_SHIM_NTVERP_H
#define VER_PRODUCTMAJORVERSION 10
#define VER_PRODUCTMINORVERSION 0
#define VER_PRODUCTBUILD 22000
#define VER_PRODUCTBUILD_QFE 0
#define VER_PRODUCTVERSION_W (0x0A00)
#define VER_PRODUCTVERSION_DW (0x0A000000 | VER_PRODUCTBUILD)
#define VER_PRODUCTVERSION VER_PRODUCTMAJORVERSION, VER_PRODUCTMINORVERSION, VER_PRODUCTBUILD, VER_PRODUCTBUILD_QFE
#define VER_PRODUCTVERSION_STRING "10.0.22000.0"
#define VER_PRODUCTNAME_STR "Microsoft\256 Windows\256 Operating System"
#define VER_COMPANYNAME_STR "Microsoft Corporation"
#endif
