/*
 * ntstrsafe.h: the kernel's bounded string functions (RtlStringCb* take the destination size in
 * bytes, RtlStringCch* in characters), with the WDK's documented results:
 *
 * - STATUS_SUCCESS: the whole source fitted, and the destination is NUL-terminated.
 * - STATUS_BUFFER_OVERFLOW: it did not fit; the destination holds as much as fitted, truncated
 *   and NUL-terminated. It is a warning status (0x80000005): NT_SUCCESS() is false for it.
 * - STATUS_INVALID_PARAMETER: a size of 0 or above NTSTRSAFE_MAX_CCH characters, or (Cat,
 *   Length) a string with no terminator within the size; a writable destination gets an empty
 *   string where the size allows.
 *
 * A and W forms (char and WCHAR). The printf forms exist for char only (RtlStringCbPrintfA,
 * RtlStringCchPrintfA and their V forms): the C library has no 16-bit wide printf. Inline, as in
 * the WDK. Part of wddm-shim; not Microsoft's header.
 */
#ifndef WDDM_SHIM_NTSTRSAFE_H
#define WDDM_SHIM_NTSTRSAFE_H
#include "wddm_shim_km.h"

#define NTSTRSAFE_MAX_CCH 2147483647
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH 32767
typedef CHAR *NTSTRSAFE_PSTR;
typedef const CHAR *NTSTRSAFE_PCSTR;
typedef WCHAR *NTSTRSAFE_PWSTR;
typedef const WCHAR *NTSTRSAFE_PCWSTR;

/* One family of routines per character type: S is the suffix (A or W), T the character. */
#define WDDMSHIM_NTSTRSAFE_FAMILY(S, T) \
    WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrCopy##S(T *dest, size_t cch, const T *src, size_t max_src) { \
        if (cch == 0 || cch > NTSTRSAFE_MAX_CCH) return STATUS_INVALID_PARAMETER; \
        size_t i = 0; \
        while (i < max_src && src[i] != 0) { \
            if (i == cch - 1) { \
                dest[i] = 0; \
                return STATUS_BUFFER_OVERFLOW; \
            } \
            dest[i] = src[i]; \
            ++i; \
        } \
        dest[i] = 0; \
        return STATUS_SUCCESS; \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrLength##S(const T *psz, size_t cch_max, size_t *length) { \
        if (psz == NULL || cch_max > NTSTRSAFE_MAX_CCH) { \
            if (length != NULL) *length = 0; \
            return STATUS_INVALID_PARAMETER; \
        } \
        size_t i = 0; \
        while (i < cch_max && psz[i] != 0) ++i; \
        if (i == cch_max) { \
            if (length != NULL) *length = 0; \
            return STATUS_INVALID_PARAMETER; \
        } \
        if (length != NULL) *length = i; \
        return STATUS_SUCCESS; \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrCat##S(T *dest, size_t cch, const T *src, size_t max_src) { \
        size_t used = 0; \
        if (cch == 0 || cch > NTSTRSAFE_MAX_CCH) return STATUS_INVALID_PARAMETER; \
        if (!NT_SUCCESS(WddmShimStrLength##S(dest, cch, &used))) return STATUS_INVALID_PARAMETER; \
        return WddmShimStrCopy##S(dest + used, cch - used, src, max_src); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCopy##S(T *pszDest, size_t cchDest, const T *pszSrc) { \
        return WddmShimStrCopy##S(pszDest, cchDest, pszSrc, NTSTRSAFE_MAX_CCH); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCopy##S(T *pszDest, size_t cbDest, const T *pszSrc) { \
        return WddmShimStrCopy##S(pszDest, cbDest / sizeof(T), pszSrc, NTSTRSAFE_MAX_CCH); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCopyN##S(T *pszDest, size_t cchDest, const T *pszSrc, size_t cchToCopy) { \
        if (cchToCopy > NTSTRSAFE_MAX_CCH) { \
            if (cchDest > 0 && cchDest <= NTSTRSAFE_MAX_CCH) *pszDest = 0; \
            return STATUS_INVALID_PARAMETER; \
        } \
        return WddmShimStrCopy##S(pszDest, cchDest, pszSrc, cchToCopy); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCopyN##S(T *pszDest, size_t cbDest, const T *pszSrc, size_t cbToCopy) { \
        return RtlStringCchCopyN##S(pszDest, cbDest / sizeof(T), pszSrc, cbToCopy / sizeof(T)); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCat##S(T *pszDest, size_t cchDest, const T *pszSrc) { \
        return WddmShimStrCat##S(pszDest, cchDest, pszSrc, NTSTRSAFE_MAX_CCH); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCat##S(T *pszDest, size_t cbDest, const T *pszSrc) { \
        return WddmShimStrCat##S(pszDest, cbDest / sizeof(T), pszSrc, NTSTRSAFE_MAX_CCH); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCatN##S(T *pszDest, size_t cchDest, const T *pszSrc, size_t cchToAppend) { \
        return WddmShimStrCat##S(pszDest, cchDest, pszSrc, cchToAppend); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCatN##S(T *pszDest, size_t cbDest, const T *pszSrc, size_t cbToAppend) { \
        return WddmShimStrCat##S(pszDest, cbDest / sizeof(T), pszSrc, cbToAppend / sizeof(T)); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchLength##S(const T *psz, size_t cchMax, size_t *pcchLength) { \
        return WddmShimStrLength##S(psz, cchMax, pcchLength); \
    } \
    WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbLength##S(const T *psz, size_t cbMax, size_t *pcbLength) { \
        size_t cch = 0; \
        NTSTATUS status = WddmShimStrLength##S(psz, cbMax / sizeof(T), &cch); \
        if (pcbLength != NULL) *pcbLength = cch * sizeof(T); \
        return status; \
    }

WDDMSHIM_NTSTRSAFE_FAMILY(A, CHAR)
WDDMSHIM_NTSTRSAFE_FAMILY(W, WCHAR)

WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchVPrintfA(NTSTRSAFE_PSTR pszDest, size_t cchDest, NTSTRSAFE_PCSTR pszFormat,
                                                 va_list argList) {
    if (cchDest == 0 || cchDest > NTSTRSAFE_MAX_CCH) return STATUS_INVALID_PARAMETER;
    int needed = vsnprintf(pszDest, cchDest, pszFormat, argList);
    if (needed < 0) {
        *pszDest = 0;
        return STATUS_INVALID_PARAMETER;
    }
    return (size_t)needed >= cchDest ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbVPrintfA(NTSTRSAFE_PSTR pszDest, size_t cbDest, NTSTRSAFE_PCSTR pszFormat,
                                                va_list argList) {
    return RtlStringCchVPrintfA(pszDest, cbDest, pszFormat, argList);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchPrintfA(NTSTRSAFE_PSTR pszDest, size_t cchDest, NTSTRSAFE_PCSTR pszFormat, ...) {
    va_list args;
    va_start(args, pszFormat);
    NTSTATUS status = RtlStringCchVPrintfA(pszDest, cchDest, pszFormat, args);
    va_end(args);
    return status;
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbPrintfA(NTSTRSAFE_PSTR pszDest, size_t cbDest, NTSTRSAFE_PCSTR pszFormat, ...) {
    va_list args;
    va_start(args, pszFormat);
    NTSTATUS status = RtlStringCchVPrintfA(pszDest, cbDest, pszFormat, args);
    va_end(args);
    return status;
}
#endif
