/*
 * pshpack8.h: packs the structures that follow on 8-byte boundaries, until <poppack.h>.
 * Part of wddm-shim (the Windows SDK header of the same name does the same with MSVC's pragma,
 * which gcc and clang also understand).
 */
#if defined(__clang__)
/* Changing the packing inside an included file is the point of this header; clang's
 * -Wpragma-pack would report it at every include (switched off for the translation unit). */
#pragma clang diagnostic ignored "-Wpragma-pack"
#endif
#pragma pack(push, 8)
