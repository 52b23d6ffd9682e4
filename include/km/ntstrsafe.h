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

WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrCopyA(CHAR *dest, size_t cch, const CHAR *src, size_t max_src) {
    if (cch == 0 || cch > NTSTRSAFE_MAX_CCH) return STATUS_INVALID_PARAMETER;
    size_t i = 0;
    while (i < max_src && src[i] != 0) {
        if (i == cch - 1) {
            dest[i] = 0;
            return STATUS_BUFFER_OVERFLOW;
        }
        dest[i] = src[i];
        ++i;
    }
    dest[i] = 0;
    return STATUS_SUCCESS;
}
WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrLengthA(const CHAR *psz, size_t cch_max, size_t *length) {
    if (psz == NULL || cch_max > NTSTRSAFE_MAX_CCH) {
        if (length != NULL) *length = 0;
        return STATUS_INVALID_PARAMETER;
    }
    size_t i = 0;
    while (i < cch_max && psz[i] != 0) ++i;
    if (i == cch_max) {
        if (length != NULL) *length = 0;
        return STATUS_INVALID_PARAMETER;
    }
    if (length != NULL) *length = i;
    return STATUS_SUCCESS;
}
WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrCatA(CHAR *dest, size_t cch, const CHAR *src, size_t max_src) {
    size_t used = 0;
    if (cch == 0 || cch > NTSTRSAFE_MAX_CCH) return STATUS_INVALID_PARAMETER;
    if (!NT_SUCCESS(WddmShimStrLengthA(dest, cch, &used))) return STATUS_INVALID_PARAMETER;
    return WddmShimStrCopyA(dest + used, cch - used, src, max_src);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCopyA(CHAR *pszDest, size_t cchDest, const CHAR *pszSrc) {
    return WddmShimStrCopyA(pszDest, cchDest, pszSrc, NTSTRSAFE_MAX_CCH);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCopyA(CHAR *pszDest, size_t cbDest, const CHAR *pszSrc) {
    return WddmShimStrCopyA(pszDest, cbDest / sizeof(CHAR), pszSrc, NTSTRSAFE_MAX_CCH);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCopyNA(CHAR *pszDest, size_t cchDest, const CHAR *pszSrc, size_t cchToCopy) {
    if (cchToCopy > NTSTRSAFE_MAX_CCH) {
        if (cchDest > 0 && cchDest <= NTSTRSAFE_MAX_CCH) *pszDest = 0;
        return STATUS_INVALID_PARAMETER;
    }
    return WddmShimStrCopyA(pszDest, cchDest, pszSrc, cchToCopy);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCopyNA(CHAR *pszDest, size_t cbDest, const CHAR *pszSrc, size_t cbToCopy) {
    return RtlStringCchCopyNA(pszDest, cbDest / sizeof(CHAR), pszSrc, cbToCopy / sizeof(CHAR));
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCatA(CHAR *pszDest, size_t cchDest, const CHAR *pszSrc) {
    return WddmShimStrCatA(pszDest, cchDest, pszSrc, NTSTRSAFE_MAX_CCH);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCatA(CHAR *pszDest, size_t cbDest, const CHAR *pszSrc) {
    return WddmShimStrCatA(pszDest, cbDest / sizeof(CHAR), pszSrc, NTSTRSAFE_MAX_CCH);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCatNA(CHAR *pszDest, size_t cchDest, const CHAR *pszSrc, size_t cchToAppend) {
    return WddmShimStrCatA(pszDest, cchDest, pszSrc, cchToAppend);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCatNA(CHAR *pszDest, size_t cbDest, const CHAR *pszSrc, size_t cbToAppend) {
    return WddmShimStrCatA(pszDest, cbDest / sizeof(CHAR), pszSrc, cbToAppend / sizeof(CHAR));
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchLengthA(const CHAR *psz, size_t cchMax, size_t *pcchLength) {
    return WddmShimStrLengthA(psz, cchMax, pcchLength);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbLengthA(const CHAR *psz, size_t cbMax, size_t *pcbLength) {
    size_t cch = 0;
    NTSTATUS status = WddmShimStrLengthA(psz, cbMax / sizeof(CHAR), &cch);
    if (pcbLength != NULL) *pcbLength = cch * sizeof(CHAR);
    return status;
}

WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrCopyW(WCHAR *dest, size_t cch, const WCHAR *src, size_t max_src) {
    if (cch == 0 || cch > NTSTRSAFE_MAX_CCH) return STATUS_INVALID_PARAMETER;
    size_t i = 0;
    while (i < max_src && src[i] != 0) {
        if (i == cch - 1) {
            dest[i] = 0;
            return STATUS_BUFFER_OVERFLOW;
        }
        dest[i] = src[i];
        ++i;
    }
    dest[i] = 0;
    return STATUS_SUCCESS;
}
WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrLengthW(const WCHAR *psz, size_t cch_max, size_t *length) {
    if (psz == NULL || cch_max > NTSTRSAFE_MAX_CCH) {
        if (length != NULL) *length = 0;
        return STATUS_INVALID_PARAMETER;
    }
    size_t i = 0;
    while (i < cch_max && psz[i] != 0) ++i;
    if (i == cch_max) {
        if (length != NULL) *length = 0;
        return STATUS_INVALID_PARAMETER;
    }
    if (length != NULL) *length = i;
    return STATUS_SUCCESS;
}
WDDMSHIM_KM_INLINE NTSTATUS WddmShimStrCatW(WCHAR *dest, size_t cch, const WCHAR *src, size_t max_src) {
    size_t used = 0;
    if (cch == 0 || cch > NTSTRSAFE_MAX_CCH) return STATUS_INVALID_PARAMETER;
    if (!NT_SUCCESS(WddmShimStrLengthW(dest, cch, &used))) return STATUS_INVALID_PARAMETER;
    return WddmShimStrCopyW(dest + used, cch - used, src, max_src);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCopyW(WCHAR *pszDest, size_t cchDest, const WCHAR *pszSrc) {
    return WddmShimStrCopyW(pszDest, cchDest, pszSrc, NTSTRSAFE_MAX_CCH);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCopyW(WCHAR *pszDest, size_t cbDest, const WCHAR *pszSrc) {
    return WddmShimStrCopyW(pszDest, cbDest / sizeof(WCHAR), pszSrc, NTSTRSAFE_MAX_CCH);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCopyNW(WCHAR *pszDest, size_t cchDest, const WCHAR *pszSrc, size_t cchToCopy) {
    if (cchToCopy > NTSTRSAFE_MAX_CCH) {
        if (cchDest > 0 && cchDest <= NTSTRSAFE_MAX_CCH) *pszDest = 0;
        return STATUS_INVALID_PARAMETER;
    }
    return WddmShimStrCopyW(pszDest, cchDest, pszSrc, cchToCopy);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCopyNW(WCHAR *pszDest, size_t cbDest, const WCHAR *pszSrc, size_t cbToCopy) {
    return RtlStringCchCopyNW(pszDest, cbDest / sizeof(WCHAR), pszSrc, cbToCopy / sizeof(WCHAR));
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCatW(WCHAR *pszDest, size_t cchDest, const WCHAR *pszSrc) {
    return WddmShimStrCatW(pszDest, cchDest, pszSrc, NTSTRSAFE_MAX_CCH);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCatW(WCHAR *pszDest, size_t cbDest, const WCHAR *pszSrc) {
    return WddmShimStrCatW(pszDest, cbDest / sizeof(WCHAR), pszSrc, NTSTRSAFE_MAX_CCH);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchCatNW(WCHAR *pszDest, size_t cchDest, const WCHAR *pszSrc, size_t cchToAppend) {
    return WddmShimStrCatW(pszDest, cchDest, pszSrc, cchToAppend);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbCatNW(WCHAR *pszDest, size_t cbDest, const WCHAR *pszSrc, size_t cbToAppend) {
    return WddmShimStrCatW(pszDest, cbDest / sizeof(WCHAR), pszSrc, cbToAppend / sizeof(WCHAR));
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCchLengthW(const WCHAR *psz, size_t cchMax, size_t *pcchLength) {
    return WddmShimStrLengthW(psz, cchMax, pcchLength);
}
WDDMSHIM_KM_INLINE NTSTATUS RtlStringCbLengthW(const WCHAR *psz, size_t cbMax, size_t *pcbLength) {
    size_t cch = 0;
    NTSTATUS status = WddmShimStrLengthW(psz, cbMax / sizeof(WCHAR), &cch);
    if (pcbLength != NULL) *pcbLength = cch * sizeof(WCHAR);
    return status;
}

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
