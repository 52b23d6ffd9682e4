/*
 * wddm_shim_windef.h: the few windef.h/winnt.h types and macros the display headers use, with
 * their Windows x64 widths, for a build that has no <windows.h>: the prelude brings them before
 * a team's real WDK headers (wddm_shim_prelude.h), and the kernel environment's <windef.h>
 * (include/km/windef.h) brings them to a KMD.
 *
 * Part of wddm-shim. Written from the documented Windows types, not from Microsoft's headers.
 */
#ifndef WDDM_SHIM_WINDEF_H
#define WDDM_SHIM_WINDEF_H

#if !defined(_WIN32)

#include "wddm_shim_wintypes.h"

typedef uint16_t UINT16;
typedef int8_t INT8;
typedef int16_t INT16;
typedef int64_t INT64;
typedef float FLOAT;
typedef char CHAR;
typedef int16_t SHORT;
typedef CHAR *LPSTR;
typedef const CHAR *LPCSTR;
typedef WCHAR *LPWSTR;
typedef const WCHAR *LPCWSTR;
typedef void *LPVOID;
typedef const void *LPCVOID;
typedef DWORD *LPDWORD;
typedef uintptr_t DWORD_PTR;
typedef intptr_t LONG_PTR;
typedef const GUID *LPCGUID;
typedef GUID *LPGUID;
typedef DWORD ACCESS_MASK;
typedef ACCESS_MASK *PACCESS_MASK;

#ifndef MAX_PATH
#define MAX_PATH 260
#endif

typedef struct tagPOINT {
    LONG x;
    LONG y;
} POINT, *PPOINT, *LPPOINT;

typedef struct tagRECT {
    LONG left;
    LONG top;
    LONG right;
    LONG bottom;
} RECT, *PRECT, *LPRECT;
typedef const RECT *LPCRECT;

typedef struct tagSIZE {
    LONG cx;
    LONG cy;
} SIZE, *PSIZE, *LPSIZE;

typedef struct tagPALETTEENTRY {
    BYTE peRed;
    BYTE peGreen;
    BYTE peBlue;
    BYTE peFlags;
} PALETTEENTRY, *PPALETTEENTRY, *LPPALETTEENTRY;

typedef struct HWND__ *HWND;
typedef struct HDC__ *HDC;
typedef struct HMONITOR__ *HMONITOR;

#ifndef DECLARE_HANDLE
#define DECLARE_HANDLE(name)                                                                       \
    struct name##__ {                                                                              \
        int unused;                                                                                \
    };                                                                                             \
    typedef struct name##__ *name
#endif
#ifndef DECLSPEC_ALIGN
#define DECLSPEC_ALIGN(x) __attribute__((aligned(x)))
#endif
#ifndef C_ASSERT
#ifdef __cplusplus
#define C_ASSERT(e) static_assert(e, #e)
#else
#define C_ASSERT(e) _Static_assert(e, #e)
#endif
#endif

#endif /* !_WIN32 */

#endif /* WDDM_SHIM_WINDEF_H */
