/*
 * poppack.h: ends the packing that the last <pshpackN.h> began.
 * Part of wddm-shim (the Windows SDK header of the same name does the same).
 */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wpragma-pack"
#endif
#pragma pack(pop)
