/*
 * ntintsafe.h: the kernel's overflow-checked integer arithmetic (RtlULongAdd and siblings), as
 * the WDK documents it: on overflow the result is set to the type's *_ERROR value (all ones)
 * and STATUS_INTEGER_OVERFLOW is returned; otherwise STATUS_SUCCESS. Conversions
 * (RtlULongLongToULong ...) answer the same way when the value does not fit. Inline, as in the
 * WDK. Part of wddm-shim; not Microsoft's header.
 */
#ifndef WDDM_SHIM_NTINTSAFE_H
#define WDDM_SHIM_NTINTSAFE_H
#include "wddm_shim_km.h"


#ifndef USHORT_ERROR
#define USHORT_ERROR 0xFFFF
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlUShortAdd(USHORT ux, USHORT uy, USHORT *pResult) {
    USHORT value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (USHORT)USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlUShortSub(USHORT ux, USHORT uy, USHORT *pResult) {
    USHORT value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (USHORT)USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlUShortMult(USHORT uMultiplicand, USHORT uMultiplier, USHORT *pResult) {
    USHORT value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (USHORT)USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef UINT_ERROR
#define UINT_ERROR 0xFFFFFFFFu
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlUIntAdd(UINT ux, UINT uy, UINT *pResult) {
    UINT value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (UINT)UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlUIntSub(UINT ux, UINT uy, UINT *pResult) {
    UINT value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (UINT)UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlUIntMult(UINT uMultiplicand, UINT uMultiplier, UINT *pResult) {
    UINT value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (UINT)UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef ULONG_ERROR
#define ULONG_ERROR 0xFFFFFFFFu
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlULongAdd(ULONG ux, ULONG uy, ULONG *pResult) {
    ULONG value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (ULONG)ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongSub(ULONG ux, ULONG uy, ULONG *pResult) {
    ULONG value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (ULONG)ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongMult(ULONG uMultiplicand, ULONG uMultiplier, ULONG *pResult) {
    ULONG value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (ULONG)ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef ULONGLONG_ERROR
#define ULONGLONG_ERROR 0xFFFFFFFFFFFFFFFFull
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlULongLongAdd(ULONGLONG ux, ULONGLONG uy, ULONGLONG *pResult) {
    ULONGLONG value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (ULONGLONG)ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongLongSub(ULONGLONG ux, ULONGLONG uy, ULONGLONG *pResult) {
    ULONGLONG value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (ULONGLONG)ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongLongMult(ULONGLONG uMultiplicand, ULONGLONG uMultiplier, ULONGLONG *pResult) {
    ULONGLONG value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (ULONGLONG)ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef SIZET_ERROR
#define SIZET_ERROR ((SIZE_T)-1)
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlSizeTAdd(SIZE_T ux, SIZE_T uy, SIZE_T *pResult) {
    SIZE_T value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (SIZE_T)SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlSizeTSub(SIZE_T ux, SIZE_T uy, SIZE_T *pResult) {
    SIZE_T value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (SIZE_T)SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlSizeTMult(SIZE_T uMultiplicand, SIZE_T uMultiplier, SIZE_T *pResult) {
    SIZE_T value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (SIZE_T)SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef ULONG_PTR_ERROR
#define ULONG_PTR_ERROR ((ULONG_PTR)-1)
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlULongPtrAdd(ULONG_PTR ux, ULONG_PTR uy, ULONG_PTR *pResult) {
    ULONG_PTR value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (ULONG_PTR)ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongPtrSub(ULONG_PTR ux, ULONG_PTR uy, ULONG_PTR *pResult) {
    ULONG_PTR value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (ULONG_PTR)ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongPtrMult(ULONG_PTR uMultiplicand, ULONG_PTR uMultiplier, ULONG_PTR *pResult) {
    ULONG_PTR value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (ULONG_PTR)ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef UINT_PTR_ERROR
#define UINT_PTR_ERROR ((UINT_PTR)-1)
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlUIntPtrAdd(UINT_PTR ux, UINT_PTR uy, UINT_PTR *pResult) {
    UINT_PTR value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (UINT_PTR)UINT_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlUIntPtrSub(UINT_PTR ux, UINT_PTR uy, UINT_PTR *pResult) {
    UINT_PTR value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (UINT_PTR)UINT_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlUIntPtrMult(UINT_PTR uMultiplicand, UINT_PTR uMultiplier, UINT_PTR *pResult) {
    UINT_PTR value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (UINT_PTR)UINT_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef DWORD_ERROR
#define DWORD_ERROR 0xFFFFFFFFu
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlDWordAdd(DWORD ux, DWORD uy, DWORD *pResult) {
    DWORD value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (DWORD)DWORD_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlDWordSub(DWORD ux, DWORD uy, DWORD *pResult) {
    DWORD value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (DWORD)DWORD_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlDWordMult(DWORD uMultiplicand, DWORD uMultiplier, DWORD *pResult) {
    DWORD value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (DWORD)DWORD_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef UINT8_ERROR
#define UINT8_ERROR 0xFF
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlUInt8Add(UINT8 ux, UINT8 uy, UINT8 *pResult) {
    UINT8 value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (UINT8)UINT8_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlUInt8Sub(UINT8 ux, UINT8 uy, UINT8 *pResult) {
    UINT8 value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (UINT8)UINT8_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlUInt8Mult(UINT8 uMultiplicand, UINT8 uMultiplier, UINT8 *pResult) {
    UINT8 value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (UINT8)UINT8_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef BYTE_ERROR
#define BYTE_ERROR 0xFF
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlByteAdd(BYTE ux, BYTE uy, BYTE *pResult) {
    BYTE value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (BYTE)BYTE_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlByteSub(BYTE ux, BYTE uy, BYTE *pResult) {
    BYTE value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (BYTE)BYTE_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlByteMult(BYTE uMultiplicand, BYTE uMultiplier, BYTE *pResult) {
    BYTE value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (BYTE)BYTE_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef DWORD_PTR_ERROR
#define DWORD_PTR_ERROR ((ULONG_PTR)-1)
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlDWordPtrAdd(ULONG_PTR ux, ULONG_PTR uy, ULONG_PTR *pResult) {
    ULONG_PTR value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (ULONG_PTR)DWORD_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlDWordPtrSub(ULONG_PTR ux, ULONG_PTR uy, ULONG_PTR *pResult) {
    ULONG_PTR value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (ULONG_PTR)DWORD_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlDWordPtrMult(ULONG_PTR uMultiplicand, ULONG_PTR uMultiplier, ULONG_PTR *pResult) {
    ULONG_PTR value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (ULONG_PTR)DWORD_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef ULONG64_ERROR
#define ULONG64_ERROR 0xFFFFFFFFFFFFFFFFull
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlULong64Add(ULONG64 ux, ULONG64 uy, ULONG64 *pResult) {
    ULONG64 value;
    if (__builtin_add_overflow(ux, uy, &value)) {
        *pResult = (ULONG64)ULONG64_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULong64Sub(ULONG64 ux, ULONG64 uy, ULONG64 *pResult) {
    ULONG64 value;
    if (__builtin_sub_overflow(ux, uy, &value)) {
        *pResult = (ULONG64)ULONG64_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULong64Mult(ULONG64 uMultiplicand, ULONG64 uMultiplier, ULONG64 *pResult) {
    ULONG64 value;
    if (__builtin_mul_overflow(uMultiplicand, uMultiplier, &value)) {
        *pResult = (ULONG64)ULONG64_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = value;
    return STATUS_SUCCESS;
}

#ifndef UCHAR_ERROR
#define UCHAR_ERROR 0xFF
#endif

WDDMSHIM_KM_INLINE NTSTATUS RtlULongLongToULong(ULONGLONG Operand, ULONG *pResult) {
    if ((ULONGLONG)Operand > 0xFFFFFFFFull) {
        *pResult = (ULONG)ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = (ULONG)Operand;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongLongToUInt(ULONGLONG Operand, UINT *pResult) {
    if ((ULONGLONG)Operand > 0xFFFFFFFFull) {
        *pResult = (UINT)UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = (UINT)Operand;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlSizeTToULong(SIZE_T Operand, ULONG *pResult) {
    if ((ULONGLONG)Operand > 0xFFFFFFFFull) {
        *pResult = (ULONG)ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = (ULONG)Operand;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongLongToSizeT(ULONGLONG Operand, SIZE_T *pResult) {
    if ((ULONGLONG)Operand > 0xFFFFFFFFFFFFFFFFull) {
        *pResult = (SIZE_T)SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = (SIZE_T)Operand;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongToUShort(ULONG Operand, USHORT *pResult) {
    if ((ULONGLONG)Operand > 0xFFFF) {
        *pResult = (USHORT)USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = (USHORT)Operand;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlSizeTToUInt(SIZE_T Operand, UINT *pResult) {
    if ((ULONGLONG)Operand > 0xFFFFFFFFull) {
        *pResult = (UINT)UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = (UINT)Operand;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongPtrToULong(ULONG_PTR Operand, ULONG *pResult) {
    if ((ULONGLONG)Operand > 0xFFFFFFFFull) {
        *pResult = (ULONG)ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = (ULONG)Operand;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlULongToUChar(ULONG Operand, UCHAR *pResult) {
    if ((ULONGLONG)Operand > 0xFF) {
        *pResult = (UCHAR)UCHAR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = (UCHAR)Operand;
    return STATUS_SUCCESS;
}

WDDMSHIM_KM_INLINE NTSTATUS RtlLongAdd(LONG lAugend, LONG lAddend, LONG *plResult) {
    LONG value;
    if (__builtin_add_overflow(lAugend, lAddend, &value)) {
        *plResult = (LONG)0xFFFFFFFF; /* LONG_ERROR (-1) */
        return STATUS_INTEGER_OVERFLOW;
    }
    *plResult = value;
    return STATUS_SUCCESS;
}
WDDMSHIM_KM_INLINE NTSTATUS RtlLongToULong(LONG lOperand, ULONG *pulResult) {
    if (lOperand < 0) {
        *pulResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pulResult = (ULONG)lOperand;
    return STATUS_SUCCESS;
}
#endif
