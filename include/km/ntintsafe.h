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


/* Add, Sub and Mult of one unsigned type T (the WDK's names RtlNAMEAdd, RtlNAMESub, RtlNAMEMult). */
#define WDDMSHIM_NTINTSAFE_OPERATION(NAME, OP, BUILTIN, T, ERROR) \
    WDDMSHIM_KM_INLINE NTSTATUS Rtl##NAME##OP(T x, T y, T *pResult) { \
        T value; \
        if (BUILTIN(x, y, &value)) { \
            *pResult = (T)ERROR; \
            return STATUS_INTEGER_OVERFLOW; \
        } \
        *pResult = value; \
        return STATUS_SUCCESS; \
    }
#define WDDMSHIM_NTINTSAFE_ARITHMETIC(NAME, T, ERROR) \
    WDDMSHIM_NTINTSAFE_OPERATION(NAME, Add, __builtin_add_overflow, T, ERROR) \
    WDDMSHIM_NTINTSAFE_OPERATION(NAME, Sub, __builtin_sub_overflow, T, ERROR) \
    WDDMSHIM_NTINTSAFE_OPERATION(NAME, Mult, __builtin_mul_overflow, T, ERROR)

/* A conversion from FROM to TO that fails above MAX (RtlNAME). */
#define WDDMSHIM_NTINTSAFE_CONVERSION(NAME, FROM, TO, MAX, ERROR) \
    WDDMSHIM_KM_INLINE NTSTATUS Rtl##NAME(FROM Operand, TO *pResult) { \
        if ((ULONGLONG)Operand > MAX) { \
            *pResult = (TO)ERROR; \
            return STATUS_INTEGER_OVERFLOW; \
        } \
        *pResult = (TO)Operand; \
        return STATUS_SUCCESS; \
    }

#ifndef USHORT_ERROR
#define USHORT_ERROR 0xFFFF
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(UShort, USHORT, USHORT_ERROR)

#ifndef UINT_ERROR
#define UINT_ERROR 0xFFFFFFFFu
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(UInt, UINT, UINT_ERROR)

#ifndef ULONG_ERROR
#define ULONG_ERROR 0xFFFFFFFFu
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(ULong, ULONG, ULONG_ERROR)

#ifndef ULONGLONG_ERROR
#define ULONGLONG_ERROR 0xFFFFFFFFFFFFFFFFull
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(ULongLong, ULONGLONG, ULONGLONG_ERROR)

#ifndef SIZET_ERROR
#define SIZET_ERROR ((SIZE_T)-1)
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(SizeT, SIZE_T, SIZET_ERROR)

#ifndef ULONG_PTR_ERROR
#define ULONG_PTR_ERROR ((ULONG_PTR)-1)
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(ULongPtr, ULONG_PTR, ULONG_PTR_ERROR)

#ifndef UINT_PTR_ERROR
#define UINT_PTR_ERROR ((UINT_PTR)-1)
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(UIntPtr, UINT_PTR, UINT_PTR_ERROR)

#ifndef DWORD_ERROR
#define DWORD_ERROR 0xFFFFFFFFu
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(DWord, DWORD, DWORD_ERROR)

#ifndef UINT8_ERROR
#define UINT8_ERROR 0xFF
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(UInt8, UINT8, UINT8_ERROR)

#ifndef BYTE_ERROR
#define BYTE_ERROR 0xFF
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(Byte, BYTE, BYTE_ERROR)

#ifndef DWORD_PTR_ERROR
#define DWORD_PTR_ERROR ((ULONG_PTR)-1)
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(DWordPtr, ULONG_PTR, DWORD_PTR_ERROR)

#ifndef ULONG64_ERROR
#define ULONG64_ERROR 0xFFFFFFFFFFFFFFFFull
#endif

WDDMSHIM_NTINTSAFE_ARITHMETIC(ULong64, ULONG64, ULONG64_ERROR)

#ifndef UCHAR_ERROR
#define UCHAR_ERROR 0xFF
#endif

WDDMSHIM_NTINTSAFE_CONVERSION(ULongLongToULong, ULONGLONG, ULONG, 0xFFFFFFFFull, ULONG_ERROR)

WDDMSHIM_NTINTSAFE_CONVERSION(ULongLongToUInt, ULONGLONG, UINT, 0xFFFFFFFFull, UINT_ERROR)

WDDMSHIM_NTINTSAFE_CONVERSION(SizeTToULong, SIZE_T, ULONG, 0xFFFFFFFFull, ULONG_ERROR)

WDDMSHIM_NTINTSAFE_CONVERSION(ULongLongToSizeT, ULONGLONG, SIZE_T, 0xFFFFFFFFFFFFFFFFull, SIZET_ERROR)

WDDMSHIM_NTINTSAFE_CONVERSION(ULongToUShort, ULONG, USHORT, 0xFFFF, USHORT_ERROR)

WDDMSHIM_NTINTSAFE_CONVERSION(SizeTToUInt, SIZE_T, UINT, 0xFFFFFFFFull, UINT_ERROR)

WDDMSHIM_NTINTSAFE_CONVERSION(ULongPtrToULong, ULONG_PTR, ULONG, 0xFFFFFFFFull, ULONG_ERROR)

WDDMSHIM_NTINTSAFE_CONVERSION(ULongToUChar, ULONG, UCHAR, 0xFF, UCHAR_ERROR)

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
