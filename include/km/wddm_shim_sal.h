/*
 * wddm_shim_sal.h: the source-annotation language (SAL 2 and SAL 1) and the MSVC dialect a WDK
 * driver source is written in, made to compile with gcc and clang off Windows. Part of
 * wddm-shim's kernel environment (include/km); included by <wdm.h> and friends.
 *
 * Every SAL annotation expands to nothing (the annotations only feed Microsoft's static
 * analysis). SAL 2 names (`_In_`, `_Out_writes_bytes_(n)`, `_IRQL_requires_max_(x)`,
 * `_Function_class_DXGK_(x)`, `_Use_decl_annotations_`, `_When_(c, a)` ...) live in the
 * implementation's reserved space and clash with nothing. The SAL 1 names (`__in`, `__out`,
 * `__inout` ...) are reserved identifiers that the C library and the C++ library use too:
 *
 * - `__in` and `__out` are parameter names inside libstdc++ (<string>, <istream>, <ostream>,
 *   <tuple>, <algorithm>, <memory>, <thread>, <regex> ...). Defined as macros before such a header
 *   is read, they would delete its parameter names. So in C++ this header first includes the
 *   standard library headers that use them and only then defines the two macros; a later
 *   #include of any of those is a no-op. The nonstandard trees (tr1/, tr2/, ext/, parallel/,
 *   experimental/) are not pre-included: include them before the kernel headers, or define
 *   WDDMSHIM_NO_SAL1_IN_OUT to leave `__in`/`__out` undefined. In C nothing in glibc uses them.
 * - `__success`, `__range`, `__valid`, `__callback`, `__override`, `__pre`, `__post`,
 *   `__reserved` and `__null` are used by libstdc++, glibc or the Linux UAPI headers glibc
 *   includes (`__null` is g++'s NULL); `__success(x)` and `__range(l, u)` are defined
 *   function-like (a use without parentheses, as in the libraries, does not expand); the others
 *   are never defined.
 * - glibc's own double-underscore macros (`__THROW`, `__nonnull`, `__wur`, `__inline` ...) are
 *   left alone: nothing here defines them.
 *
 * MSVC keywords: `__stdcall`, `__cdecl`, `__fastcall` are empty (one calling convention on
 * x86_64 Linux); `__forceinline` is `inline` with always_inline; `__inline` is the compilers'
 * own keyword; `__pragma(x)` is empty (MSVC's pragmas mean nothing to gcc and clang; a source's own
 * `#pragma warning` / `#pragma alloc_text` lines need -Wno-unknown-pragmas under -Werror, as g++
 * reports them before any pragma of ours applies); `__debugbreak()` is int3 (SIGTRAP: a debugger stops there, as on Windows); `__declspec(x)` understands `noinline`, `noreturn`, `align(n)`, `selectany`,
 * `deprecated`, `restrict`, `noalias`, `thread`, `dllimport`/`dllexport` (empty) and
 * `allocate(...)`/`code_seg(...)` (empty: no sections here); `UNALIGNED` is empty (x86_64 loads
 * anything). Multi-character constants ('Tag1', the WDK's pool tags) have the value MSVC gives
 * them with gcc and clang too; clang and C-mode gcc are told not to warn about them here, but
 * g++ lexes the whole file before any pragma applies, so a C++ KMD build passes -Wno-multichar.
 */
#ifndef WDDM_SHIM_SAL_H
#define WDDM_SHIM_SAL_H

#if defined(_WIN32)
#include <sal.h>
#else

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wmultichar"
#pragma GCC diagnostic ignored "-Wunknown-pragmas"
#endif
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wmultichar"
#pragma clang diagnostic ignored "-Wfour-char-constants"
#pragma clang diagnostic ignored "-Wunknown-pragmas"
#pragma clang diagnostic ignored "-Wignored-pragmas"
#endif

/* ---- MSVC dialect ---------------------------------------------------------------------------- */

#ifndef __stdcall
#define __stdcall
#endif
#ifndef __cdecl
#define __cdecl
#endif
#ifndef __fastcall
#define __fastcall
#endif
#ifndef __forceinline
#define __forceinline inline __attribute__((__always_inline__))
#endif
#ifndef __int64
#define __int64 long long
#endif
#ifndef __int32
#define __int32 int
#endif
#ifndef __int16
#define __int16 short
#endif
#ifndef __int8
#define __int8 char
#endif
#ifndef __pragma
#define __pragma(x)
#endif
#ifndef __debugbreak
#define __debugbreak() __asm__ volatile("int3")
#endif
#ifndef _ReturnAddress
#define _ReturnAddress() __builtin_return_address(0)
#endif
#ifndef UNALIGNED
#define UNALIGNED
#endif
#ifndef UNALIGNED64
#define UNALIGNED64
#endif
#ifndef __unaligned
#define __unaligned
#endif
#ifndef __ptr64
#define __ptr64
#endif
#ifndef __ptr32
#define __ptr32
#endif
#ifndef __declspec
#define __declspec(x) __wddm_shim_declspec_##x
#define __wddm_shim_declspec_noinline __attribute__((__noinline__))
#define __wddm_shim_declspec_noreturn __attribute__((__noreturn__))
#define __wddm_shim_declspec_align(n) __attribute__((__aligned__(n)))
#define __wddm_shim_declspec_selectany __attribute__((__weak__))
#define __wddm_shim_declspec_deprecated
#define __wddm_shim_declspec_restrict
#define __wddm_shim_declspec_noalias
#define __wddm_shim_declspec_novtable
#define __wddm_shim_declspec_thread __thread
#define __wddm_shim_declspec_dllimport
#define __wddm_shim_declspec_dllexport
#define __wddm_shim_declspec_allocate(...)
#define __wddm_shim_declspec_code_seg(...)
#define __wddm_shim_declspec_nothrow
#define __wddm_shim_declspec_naked
#endif
#ifndef DECLSPEC_NOINLINE
#define DECLSPEC_NOINLINE __attribute__((__noinline__))
#endif
#ifndef DECLSPEC_NORETURN
#define DECLSPEC_NORETURN __attribute__((__noreturn__))
#endif
#ifndef DECLSPEC_ALIGN
#define DECLSPEC_ALIGN(x) __attribute__((__aligned__(x)))
#endif
#ifndef DECLSPEC_CACHEALIGN
#define DECLSPEC_CACHEALIGN __attribute__((__aligned__(64)))
#endif
#ifndef DECLSPEC_SELECTANY
#define DECLSPEC_SELECTANY __attribute__((__weak__))
#endif
#ifndef DECLSPEC_IMPORT
#define DECLSPEC_IMPORT
#endif
#ifndef DECLSPEC_NOTHROW
#define DECLSPEC_NOTHROW
#endif
#ifndef DECLSPEC_DEPRECATED_DDK
#define DECLSPEC_DEPRECATED_DDK
#endif
#ifndef FORCEINLINE
#define FORCEINLINE __forceinline
#endif
#ifndef NTAPI_INLINE
#define NTAPI_INLINE
#endif
#ifndef ALLOC_PRAGMA
/* `#pragma alloc_text(PAGE, Routine)` places code in a pageable section on Windows; here it is
 * an unknown pragma, ignored (the warning is silenced above). PAGED_CODE() still checks IRQL. */
#endif

/* ---- SAL 2 ----------------------------------------------------------------------------------- */

#ifndef _In_
#define _In_
#endif
#ifndef _In_opt_
#define _In_opt_
#endif
#ifndef _Out_
#define _Out_
#endif
#ifndef _Out_opt_
#define _Out_opt_
#endif
#ifndef _Inout_
#define _Inout_
#endif
#ifndef _Inout_opt_
#define _Inout_opt_
#endif
#ifndef _In_z_
#define _In_z_
#endif
#ifndef _In_opt_z_
#define _In_opt_z_
#endif
#ifndef _Inout_z_
#define _Inout_z_
#endif
#ifndef _Outptr_
#define _Outptr_
#endif
#ifndef _Outptr_opt_
#define _Outptr_opt_
#endif
#ifndef _Outptr_result_maybenull_
#define _Outptr_result_maybenull_
#endif
#ifndef _Outptr_opt_result_maybenull_
#define _Outptr_opt_result_maybenull_
#endif
#ifndef _Outptr_result_nullonfailure_
#define _Outptr_result_nullonfailure_
#endif
#ifndef _COM_Outptr_
#define _COM_Outptr_
#endif
#ifndef _COM_Outptr_opt_
#define _COM_Outptr_opt_
#endif
#ifndef _Deref_out_
#define _Deref_out_
#endif
#ifndef _Deref_out_opt_
#define _Deref_out_opt_
#endif
#ifndef _Ret_maybenull_
#define _Ret_maybenull_
#endif
#ifndef _Ret_notnull_
#define _Ret_notnull_
#endif
#ifndef _Ret_z_
#define _Ret_z_
#endif
#ifndef _Ret_
#define _Ret_
#endif
#ifndef _Check_return_
#define _Check_return_
#endif
#ifndef _Must_inspect_result_
#define _Must_inspect_result_
#endif
#ifndef _Use_decl_annotations_
#define _Use_decl_annotations_
#endif
#ifndef _Null_terminated_
#define _Null_terminated_
#endif
#ifndef _NullNull_terminated_
#define _NullNull_terminated_
#endif
#ifndef _Notnull_
#define _Notnull_
#endif
#ifndef _Maybenull_
#define _Maybenull_
#endif
#ifndef _Reserved_
#define _Reserved_
#endif
#ifndef _Const_
#define _Const_
#endif
#ifndef _Pre_notnull_
#define _Pre_notnull_
#endif
#ifndef _Pre_maybenull_
#define _Pre_maybenull_
#endif
#ifndef _Post_notnull_
#define _Post_notnull_
#endif
#ifndef _Post_maybenull_
#define _Post_maybenull_
#endif
#ifndef _Post_invalid_
#define _Post_invalid_
#endif
#ifndef _Post_ptr_invalid_
#define _Post_ptr_invalid_
#endif
#ifndef _Pre_valid_
#define _Pre_valid_
#endif
#ifndef _Post_valid_
#define _Post_valid_
#endif
#ifndef _Valid_
#define _Valid_
#endif
#ifndef _Frees_ptr_
#define _Frees_ptr_
#endif
#ifndef _Frees_ptr_opt_
#define _Frees_ptr_opt_
#endif
#ifndef _Analysis_noreturn_
#define _Analysis_noreturn_
#endif
#ifndef _Kernel_float_saved_
#define _Kernel_float_saved_
#endif
#ifndef _Kernel_float_restored_
#define _Kernel_float_restored_
#endif
#ifndef _Kernel_float_used_
#define _Kernel_float_used_
#endif
#ifndef _IRQL_saves_
#define _IRQL_saves_
#endif
#ifndef _IRQL_restores_
#define _IRQL_restores_
#endif
#ifndef _IRQL_saves_global_
#define _IRQL_saves_global_
#endif
#ifndef _IRQL_restores_global_
#define _IRQL_restores_global_
#endif
#ifndef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_
#endif
#ifndef _IRQL_is_cancel_
#define _IRQL_is_cancel_
#endif
#ifndef _IRQL_requires_same_
#define _IRQL_requires_same_
#endif
#ifndef _Kernel_clear_do_init_
#define _Kernel_clear_do_init_
#endif
#ifndef _Kernel_IoGetDmaAdapter_
#define _Kernel_IoGetDmaAdapter_(...)
#endif
#ifndef _Kernel_requires_resource_held_
#define _Kernel_requires_resource_held_(...)
#endif
#ifndef _Kernel_acquires_resource_
#define _Kernel_acquires_resource_(...)
#endif
#ifndef _Kernel_releases_resource_
#define _Kernel_releases_resource_(...)
#endif
#ifndef _Printf_format_string_
#define _Printf_format_string_
#endif
#ifndef _Scanf_format_string_
#define _Scanf_format_string_
#endif
#ifndef _Field_z_
#define _Field_z_
#endif
#ifndef _Struct_size_bytes_
#define _Struct_size_bytes_(...)
#endif
#ifndef _Interlocked_operand_
#define _Interlocked_operand_
#endif
#ifndef _Pre_satisfies_
#define _Pre_satisfies_(...)
#endif
#ifndef _Post_satisfies_
#define _Post_satisfies_(...)
#endif
#ifndef _Out_writes_z_
#define _Out_writes_z_(...)
#endif
#ifndef _In_NLS_string_
#define _In_NLS_string_
#endif
#ifndef _Success_ok_
#define _Success_ok_
#endif
#ifndef _Enum_is_bitflag_
#define _Enum_is_bitflag_
#endif
#ifndef _Strict_type_match_
#define _Strict_type_match_(...)
#endif
#ifndef _Points_to_data_
#define _Points_to_data_
#endif
#ifndef _Literal_
#define _Literal_
#endif
#ifndef _Notliteral_
#define _Notliteral_
#endif
#ifndef _Dispatch_type_
#define _Dispatch_type_(...)
#endif
#ifndef _Function_class_
#define _Function_class_(...)
#endif
#ifndef _Kernel_entry_
#define _Kernel_entry_
#endif
#ifndef _Kernel_entry_always_
#define _Kernel_entry_always_
#endif
#ifndef _Outptr_result_bytebuffer_
#define _Outptr_result_bytebuffer_(...)
#endif
#ifndef _When_
#define _When_(...)
#endif
#ifndef _At_
#define _At_(...)
#endif
#ifndef _At_buffer_
#define _At_buffer_(...)
#endif
#ifndef _On_failure_
#define _On_failure_(...)
#endif
#ifndef _Always_
#define _Always_(...)
#endif
#ifndef _Group_
#define _Group_(...)
#endif
#ifndef _Post_equal_to_
#define _Post_equal_to_(...)
#endif
#ifndef _Pre_equal_to_
#define _Pre_equal_to_(...)
#endif
#ifndef _Unchanged_
#define _Unchanged_(...)
#endif
#ifndef _Field_range_
#define _Field_range_(...)
#endif
#ifndef _In_range_
#define _In_range_(...)
#endif
#ifndef _Out_range_
#define _Out_range_(...)
#endif
#ifndef _Ret_range_
#define _Ret_range_(...)
#endif
#ifndef _Deref_in_range_
#define _Deref_in_range_(...)
#endif
#ifndef _Deref_out_range_
#define _Deref_out_range_(...)
#endif
#ifndef _Pre_
#define _Pre_
#endif
#ifndef _Post_
#define _Post_
#endif
#ifndef _Deref_
#define _Deref_
#endif
#ifndef _Analysis_assume_
#define _Analysis_assume_(...)
#endif
#ifndef _Success_
#define _Success_(...)
#endif
#ifndef _Return_type_success_
#define _Return_type_success_(...)
#endif
#ifndef _Acquires_lock_
#define _Acquires_lock_(...)
#endif
#ifndef _Releases_lock_
#define _Releases_lock_(...)
#endif
#ifndef _Requires_lock_held_
#define _Requires_lock_held_(...)
#endif
#ifndef _Requires_lock_not_held_
#define _Requires_lock_not_held_(...)
#endif
#ifndef _Acquires_exclusive_lock_
#define _Acquires_exclusive_lock_(...)
#endif
#ifndef _Releases_exclusive_lock_
#define _Releases_exclusive_lock_(...)
#endif
#ifndef _Acquires_shared_lock_
#define _Acquires_shared_lock_(...)
#endif
#ifndef _Releases_shared_lock_
#define _Releases_shared_lock_(...)
#endif
#ifndef _Requires_exclusive_lock_held_
#define _Requires_exclusive_lock_held_(...)
#endif
#ifndef _Requires_shared_lock_held_
#define _Requires_shared_lock_held_(...)
#endif
#ifndef _Requires_no_locks_held_
#define _Requires_no_locks_held_
#endif
#ifndef _Guarded_by_
#define _Guarded_by_(...)
#endif
#ifndef _Write_guarded_by_
#define _Write_guarded_by_(...)
#endif
#ifndef _Interlocked_
#define _Interlocked_
#endif
#ifndef _Has_lock_kind_
#define _Has_lock_kind_(...)
#endif
#ifndef _Has_lock_level_
#define _Has_lock_level_(...)
#endif
#ifndef _Lock_level_order_
#define _Lock_level_order_(...)
#endif
#ifndef _No_competing_thread_
#define _No_competing_thread_
#endif
#ifndef _Benign_race_begin_
#define _Benign_race_begin_
#endif
#ifndef _Benign_race_end_
#define _Benign_race_end_
#endif
#ifndef _No_competing_thread_begin_
#define _No_competing_thread_begin_
#endif
#ifndef _No_competing_thread_end_
#define _No_competing_thread_end_
#endif
#ifndef _Create_lock_level_
#define _Create_lock_level_(...)
#endif
#ifndef _In_reads_
#define _In_reads_(...)
#endif
#ifndef _In_reads_opt_
#define _In_reads_opt_(...)
#endif
#ifndef _In_reads_bytes_
#define _In_reads_bytes_(...)
#endif
#ifndef _In_reads_bytes_opt_
#define _In_reads_bytes_opt_(...)
#endif
#ifndef _In_reads_z_
#define _In_reads_z_(...)
#endif
#ifndef _In_reads_or_z_
#define _In_reads_or_z_(...)
#endif
#ifndef _In_reads_to_ptr_
#define _In_reads_to_ptr_(...)
#endif
#ifndef _Out_writes_
#define _Out_writes_(...)
#endif
#ifndef _Out_writes_opt_
#define _Out_writes_opt_(...)
#endif
#ifndef _Out_writes_bytes_
#define _Out_writes_bytes_(...)
#endif
#ifndef _Out_writes_bytes_opt_
#define _Out_writes_bytes_opt_(...)
#endif
#ifndef _Out_writes_to_
#define _Out_writes_to_(...)
#endif
#ifndef _Out_writes_bytes_to_
#define _Out_writes_bytes_to_(...)
#endif
#ifndef _Out_writes_all_
#define _Out_writes_all_(...)
#endif
#ifndef _Out_writes_bytes_all_
#define _Out_writes_bytes_all_(...)
#endif
#ifndef _Out_writes_to_opt_
#define _Out_writes_to_opt_(...)
#endif
#ifndef _Out_writes_bytes_to_opt_
#define _Out_writes_bytes_to_opt_(...)
#endif
#ifndef _Out_writes_opt_z_
#define _Out_writes_opt_z_(...)
#endif
#ifndef _Out_writes_bytes_all_opt_
#define _Out_writes_bytes_all_opt_(...)
#endif
#ifndef _Out_writes_all_opt_
#define _Out_writes_all_opt_(...)
#endif
#ifndef _Inout_updates_
#define _Inout_updates_(...)
#endif
#ifndef _Inout_updates_opt_
#define _Inout_updates_opt_(...)
#endif
#ifndef _Inout_updates_bytes_
#define _Inout_updates_bytes_(...)
#endif
#ifndef _Inout_updates_bytes_opt_
#define _Inout_updates_bytes_opt_(...)
#endif
#ifndef _Inout_updates_z_
#define _Inout_updates_z_(...)
#endif
#ifndef _Inout_updates_to_
#define _Inout_updates_to_(...)
#endif
#ifndef _Inout_updates_bytes_to_
#define _Inout_updates_bytes_to_(...)
#endif
#ifndef _Inout_updates_all_
#define _Inout_updates_all_(...)
#endif
#ifndef _Inout_updates_bytes_all_
#define _Inout_updates_bytes_all_(...)
#endif
#ifndef _Outptr_result_buffer_
#define _Outptr_result_buffer_(...)
#endif
#ifndef _Outptr_result_bytebuffer_maybenull_
#define _Outptr_result_bytebuffer_maybenull_(...)
#endif
#ifndef _Outptr_result_buffer_maybenull_
#define _Outptr_result_buffer_maybenull_(...)
#endif
#ifndef _Ret_writes_
#define _Ret_writes_(...)
#endif
#ifndef _Ret_writes_bytes_
#define _Ret_writes_bytes_(...)
#endif
#ifndef _Ret_writes_maybenull_
#define _Ret_writes_maybenull_(...)
#endif
#ifndef _Ret_writes_bytes_maybenull_
#define _Ret_writes_bytes_maybenull_(...)
#endif
#ifndef _Ret_writes_z_
#define _Ret_writes_z_(...)
#endif
#ifndef _Field_size_
#define _Field_size_(...)
#endif
#ifndef _Field_size_opt_
#define _Field_size_opt_(...)
#endif
#ifndef _Field_size_bytes_
#define _Field_size_bytes_(...)
#endif
#ifndef _Field_size_bytes_opt_
#define _Field_size_bytes_opt_(...)
#endif
#ifndef _Field_size_part_
#define _Field_size_part_(...)
#endif
#ifndef _Field_size_bytes_part_
#define _Field_size_bytes_part_(...)
#endif
#ifndef _Field_size_full_
#define _Field_size_full_(...)
#endif
#ifndef _Field_size_bytes_full_
#define _Field_size_bytes_full_(...)
#endif
#ifndef _Readable_bytes_
#define _Readable_bytes_(...)
#endif
#ifndef _Writable_bytes_
#define _Writable_bytes_(...)
#endif
#ifndef _Readable_elements_
#define _Readable_elements_(...)
#endif
#ifndef _Writable_elements_
#define _Writable_elements_(...)
#endif
#ifndef _Pre_readable_size_
#define _Pre_readable_size_(...)
#endif
#ifndef _Pre_writable_size_
#define _Pre_writable_size_(...)
#endif
#ifndef _Pre_readable_byte_size_
#define _Pre_readable_byte_size_(...)
#endif
#ifndef _Pre_writable_byte_size_
#define _Pre_writable_byte_size_(...)
#endif
#ifndef _Post_readable_size_
#define _Post_readable_size_(...)
#endif
#ifndef _Post_writable_size_
#define _Post_writable_size_(...)
#endif
#ifndef _Post_readable_byte_size_
#define _Post_readable_byte_size_(...)
#endif
#ifndef _Post_writable_byte_size_
#define _Post_writable_byte_size_(...)
#endif
#ifndef _Deref_pre_readonly_
#define _Deref_pre_readonly_
#endif
#ifndef _Deref_post_z_
#define _Deref_post_z_
#endif
#ifndef _Post_z_
#define _Post_z_
#endif
#ifndef _Pre_z_
#define _Pre_z_
#endif
#ifndef _Post_null_
#define _Post_null_
#endif
#ifndef _Pre_null_
#define _Pre_null_
#endif
#ifndef _Ret_null_
#define _Ret_null_
#endif
#ifndef _Result_nullonfailure_
#define _Result_nullonfailure_
#endif
#ifndef _Result_zeroonfailure_
#define _Result_zeroonfailure_
#endif
#ifndef _Outptr_result_z_
#define _Outptr_result_z_
#endif
#ifndef _Outptr_opt_result_z_
#define _Outptr_opt_result_z_
#endif
#ifndef _Inexpressible_
#define _Inexpressible_(...)
#endif
#ifndef _Satisfies_
#define _Satisfies_(...)
#endif
#ifndef _Must_inspect_impl_
#define _Must_inspect_impl_
#endif
#ifndef _Check_return_impl_
#define _Check_return_impl_
#endif
#ifndef _IRQL_requires_
#define _IRQL_requires_(...)
#endif
#ifndef _IRQL_requires_max_
#define _IRQL_requires_max_(...)
#endif
#ifndef _IRQL_requires_min_
#define _IRQL_requires_min_(...)
#endif
#ifndef _IRQL_raises_
#define _IRQL_raises_(...)
#endif
#ifndef _IRQL_always_function_max_
#define _IRQL_always_function_max_(...)
#endif
#ifndef _IRQL_always_function_min_
#define _IRQL_always_function_min_(...)
#endif
#ifndef _IRQL_lowers_
#define _IRQL_lowers_(...)
#endif
#ifndef _Function_class_DXGK_
#define _Function_class_DXGK_(...)
#endif
#ifndef _Kernel_requires_resource_not_held_
#define _Kernel_requires_resource_not_held_(...)
#endif
#ifndef _Kernel_acquires_spin_lock_
#define _Kernel_acquires_spin_lock_(...)
#endif
#ifndef _Kernel_releases_spin_lock_
#define _Kernel_releases_spin_lock_(...)
#endif
#ifndef _Deref_post_maybenull_
#define _Deref_post_maybenull_
#endif
#ifndef _Deref_out_z_
#define _Deref_out_z_
#endif
#ifndef _Deref_opt_out_
#define _Deref_opt_out_
#endif
#ifndef _Deref2_pre_readonly_
#define _Deref2_pre_readonly_
#endif
#ifndef _Writes_and_advances_ptr_
#define _Writes_and_advances_ptr_(...)
#endif
#ifndef _Writes_bytes_and_advances_ptr_
#define _Writes_bytes_and_advances_ptr_(...)
#endif
#ifndef _In_defensive_
#define _In_defensive_(...)
#endif
#ifndef _Out_defensive_
#define _Out_defensive_(...)
#endif
#ifndef _Inout_defensive_
#define _Inout_defensive_(...)
#endif
#ifndef _Translates_Win32_to_HRESULT_
#define _Translates_Win32_to_HRESULT_
#endif
#ifndef _Translates_NTSTATUS_to_HRESULT_
#define _Translates_NTSTATUS_to_HRESULT_
#endif
#ifndef _Translates_last_error_to_HRESULT_
#define _Translates_last_error_to_HRESULT_
#endif
#ifndef _Null_
#define _Null_
#endif
#ifndef _Ret_opt_
#define _Ret_opt_
#endif
#ifndef _Ret_bytecap_
#define _Ret_bytecap_(...)
#endif
#ifndef _Ret_cap_
#define _Ret_cap_(...)
#endif
#ifndef _Ret_bytecount_
#define _Ret_bytecount_(...)
#endif
#ifndef _Ret_count_
#define _Ret_count_(...)
#endif
#ifndef _Out_cap_
#define _Out_cap_(...)
#endif
#ifndef _Out_bytecap_
#define _Out_bytecap_(...)
#endif
#ifndef _In_count_
#define _In_count_(...)
#endif
#ifndef _In_bytecount_
#define _In_bytecount_(...)
#endif
#ifndef _Inout_cap_
#define _Inout_cap_(...)
#endif
#ifndef _Inout_bytecap_
#define _Inout_bytecap_(...)
#endif
#ifndef _Out_z_cap_
#define _Out_z_cap_(...)
#endif
#ifndef _Inout_z_cap_
#define _Inout_z_cap_(...)
#endif
#ifndef _In_z_count_
#define _In_z_count_(...)
#endif
#ifndef _Deref_out_z_cap_
#define _Deref_out_z_cap_(...)
#endif
#ifndef _Post_bytecount_
#define _Post_bytecount_(...)
#endif
#ifndef _Post_count_
#define _Post_count_(...)
#endif
#ifndef _Pre_bytecap_
#define _Pre_bytecap_(...)
#endif
#ifndef _Pre_opt_bytecap_
#define _Pre_opt_bytecap_(...)
#endif
#ifndef _Pre_opt_cap_
#define _Pre_opt_cap_(...)
#endif
#ifndef _Pre_cap_
#define _Pre_cap_(...)
#endif
#ifndef _Outptr_result_buffer_all_
#define _Outptr_result_buffer_all_(...)
#endif
#ifndef _Outptr_result_bytebuffer_all_
#define _Outptr_result_bytebuffer_all_(...)
#endif
#ifndef _Out_z_bytecap_
#define _Out_z_bytecap_(...)
#endif
#ifndef _In_opt_count_
#define _In_opt_count_(...)
#endif
#ifndef _In_opt_bytecount_
#define _In_opt_bytecount_(...)
#endif
#ifndef _Out_opt_cap_
#define _Out_opt_cap_(...)
#endif
#ifndef _Out_opt_bytecap_
#define _Out_opt_bytecap_(...)
#endif

/* ---- SAL 1 ----------------------------------------------------------------------------------- */

#ifndef __inout
#define __inout
#endif
#ifndef __in_opt
#define __in_opt
#endif
#ifndef __out_opt
#define __out_opt
#endif
#ifndef __inout_opt
#define __inout_opt
#endif
#ifndef __in_z
#define __in_z
#endif
#ifndef __out_z
#define __out_z
#endif
#ifndef __inout_z
#define __inout_z
#endif
#ifndef __in_z_opt
#define __in_z_opt
#endif
#ifndef __out_z_opt
#define __out_z_opt
#endif
#ifndef __inout_z_opt
#define __inout_z_opt
#endif
#ifndef __deref_out
#define __deref_out
#endif
#ifndef __deref_out_opt
#define __deref_out_opt
#endif
#ifndef __deref_inout
#define __deref_inout
#endif
#ifndef __deref_inout_opt
#define __deref_inout_opt
#endif
#ifndef __deref_opt_out
#define __deref_opt_out
#endif
#ifndef __deref_opt_out_opt
#define __deref_opt_out_opt
#endif
#ifndef __checkReturn
#define __checkReturn
#endif
#ifndef __nullterminated
#define __nullterminated
#endif
#ifndef __nullnullterminated
#define __nullnullterminated
#endif
#ifndef __notnull
#define __notnull
#endif
#ifndef __maybenull
#define __maybenull
#endif
#ifndef __readonly
#define __readonly
#endif
#ifndef __drv_aliasesMem
#define __drv_aliasesMem(...)
#endif
#ifndef __drv_freesMem
#define __drv_freesMem(...)
#endif
#ifndef __drv_allocatesMem
#define __drv_allocatesMem(...)
#endif
#ifndef __drv_when
#define __drv_when(...)
#endif
#ifndef __drv_requiresIRQL
#define __drv_requiresIRQL(...)
#endif
#ifndef __drv_maxIRQL
#define __drv_maxIRQL(...)
#endif
#ifndef __drv_minIRQL
#define __drv_minIRQL(...)
#endif
#ifndef __drv_savesIRQL
#define __drv_savesIRQL
#endif
#ifndef __drv_restoresIRQL
#define __drv_restoresIRQL
#endif
#ifndef __drv_setsIRQL
#define __drv_setsIRQL(...)
#endif
#ifndef __drv_raisesIRQL
#define __drv_raisesIRQL(...)
#endif
#ifndef __drv_sameIRQL
#define __drv_sameIRQL
#endif
#ifndef __drv_savesIRQLGlobal
#define __drv_savesIRQLGlobal(...)
#endif
#ifndef __drv_restoresIRQLGlobal
#define __drv_restoresIRQLGlobal(...)
#endif
#ifndef __drv_inTry
#define __drv_inTry
#endif
#ifndef __drv_dispatchType
#define __drv_dispatchType(...)
#endif
#ifndef __drv_functionClass
#define __drv_functionClass(...)
#endif
#ifndef __drv_arg
#define __drv_arg(...)
#endif
#ifndef __drv_in
#define __drv_in(...)
#endif
#ifndef __drv_out
#define __drv_out(...)
#endif
#ifndef __drv_mustHold
#define __drv_mustHold(...)
#endif
#ifndef __drv_acquiresResource
#define __drv_acquiresResource(...)
#endif
#ifndef __drv_releasesResource
#define __drv_releasesResource(...)
#endif
#ifndef __drv_neverHold
#define __drv_neverHold(...)
#endif
#ifndef __drv_clearDoInit
#define __drv_clearDoInit
#endif
#ifndef __drv_valueIs
#define __drv_valueIs(...)
#endif
#ifndef __drv_strictType
#define __drv_strictType(...)
#endif
#ifndef __drv_strictTypeMatch
#define __drv_strictTypeMatch(...)
#endif
#ifndef __drv_isObjectPointer
#define __drv_isObjectPointer
#endif
#ifndef __drv_preferredFunction
#define __drv_preferredFunction(...)
#endif
#ifndef __drv_reportError
#define __drv_reportError(...)
#endif
#ifndef __drv_floatSaved
#define __drv_floatSaved
#endif
#ifndef __drv_floatRestored
#define __drv_floatRestored
#endif
#ifndef __drv_floatUsed
#define __drv_floatUsed
#endif
#ifndef __drv_useCancelIRQL
#define __drv_useCancelIRQL
#endif
#ifndef __drv_isCancelIRQL
#define __drv_isCancelIRQL
#endif
#ifndef __drv_interlocked
#define __drv_interlocked(...)
#endif
#ifndef __drv_at
#define __drv_at(...)
#endif
#ifndef __drv_formatString
#define __drv_formatString(...)
#endif
#ifndef __drv_constant
#define __drv_constant
#endif
#ifndef __drv_nonConstant
#define __drv_nonConstant
#endif
#ifndef __drv_innerMustHold
#define __drv_innerMustHold(...)
#endif
#ifndef __drv_innerNeverHold
#define __drv_innerNeverHold(...)
#endif
#ifndef __drv_acquiresCancelSpinLock
#define __drv_acquiresCancelSpinLock
#endif
#ifndef __drv_releasesCancelSpinLock
#define __drv_releasesCancelSpinLock
#endif
#ifndef __drv_mustHoldCancelSpinLock
#define __drv_mustHoldCancelSpinLock
#endif
#ifndef __drv_neverHoldCancelSpinLock
#define __drv_neverHoldCancelSpinLock
#endif
#ifndef __drv_acquiresExclusiveResource
#define __drv_acquiresExclusiveResource(...)
#endif
#ifndef __drv_releasesExclusiveResource
#define __drv_releasesExclusiveResource(...)
#endif
#ifndef __in_bcount
#define __in_bcount(...)
#endif
#ifndef __in_ecount
#define __in_ecount(...)
#endif
#ifndef __out_bcount
#define __out_bcount(...)
#endif
#ifndef __out_ecount
#define __out_ecount(...)
#endif
#ifndef __inout_bcount
#define __inout_bcount(...)
#endif
#ifndef __inout_ecount
#define __inout_ecount(...)
#endif
#ifndef __in_bcount_opt
#define __in_bcount_opt(...)
#endif
#ifndef __in_ecount_opt
#define __in_ecount_opt(...)
#endif
#ifndef __out_bcount_opt
#define __out_bcount_opt(...)
#endif
#ifndef __out_ecount_opt
#define __out_ecount_opt(...)
#endif
#ifndef __inout_bcount_opt
#define __inout_bcount_opt(...)
#endif
#ifndef __inout_ecount_opt
#define __inout_ecount_opt(...)
#endif
#ifndef __out_bcount_part
#define __out_bcount_part(...)
#endif
#ifndef __out_ecount_part
#define __out_ecount_part(...)
#endif
#ifndef __out_bcount_full
#define __out_bcount_full(...)
#endif
#ifndef __out_ecount_full
#define __out_ecount_full(...)
#endif
#ifndef __inout_bcount_part
#define __inout_bcount_part(...)
#endif
#ifndef __inout_ecount_part
#define __inout_ecount_part(...)
#endif
#ifndef __inout_bcount_full
#define __inout_bcount_full(...)
#endif
#ifndef __inout_ecount_full
#define __inout_ecount_full(...)
#endif
#ifndef __out_bcount_part_opt
#define __out_bcount_part_opt(...)
#endif
#ifndef __out_ecount_part_opt
#define __out_ecount_part_opt(...)
#endif
#ifndef __field_bcount
#define __field_bcount(...)
#endif
#ifndef __field_ecount
#define __field_ecount(...)
#endif
#ifndef __field_bcount_opt
#define __field_bcount_opt(...)
#endif
#ifndef __field_ecount_opt
#define __field_ecount_opt(...)
#endif
#ifndef __field_bcount_part
#define __field_bcount_part(...)
#endif
#ifndef __field_ecount_part
#define __field_ecount_part(...)
#endif
#ifndef __deref_out_bcount
#define __deref_out_bcount(...)
#endif
#ifndef __deref_out_ecount
#define __deref_out_ecount(...)
#endif
#ifndef __deref_out_ecount_opt
#define __deref_out_ecount_opt(...)
#endif
#ifndef __deref_out_bcount_opt
#define __deref_out_bcount_opt(...)
#endif
#ifndef __in_range
#define __in_range(...)
#endif
#ifndef __out_range
#define __out_range(...)
#endif
#ifndef __deref_out_range
#define __deref_out_range(...)
#endif
#ifndef __bcount
#define __bcount(...)
#endif
#ifndef __ecount
#define __ecount(...)
#endif
#ifndef __in_xcount
#define __in_xcount(...)
#endif
#ifndef __out_xcount
#define __out_xcount(...)
#endif
#ifndef __deref_in
#define __deref_in
#endif
#ifndef __deref_opt_in
#define __deref_opt_in
#endif
#ifndef __typefix
#define __typefix(...)
#endif
#ifndef __format_string
#define __format_string
#endif
#ifndef __kernel_entry
#define __kernel_entry(...)
#endif
#ifndef __analysis_assume
#define __analysis_assume(...)
#endif
#ifndef __control_entrypoint
#define __control_entrypoint(...)
#endif
#ifndef __rpc_entry
#define __rpc_entry
#endif
#ifndef __field_range
#define __field_range(...)
#endif
#ifndef __out_has_type_adt_props
#define __out_has_type_adt_props(...)
#endif
#ifndef __drv_deref
#define __drv_deref(...)
#endif
#ifndef __success
#define __success(expr)
#endif
#ifndef __range
#define __range(lb, ub)
#endif

#if !defined(WDDMSHIM_NO_SAL1_IN_OUT)
#if defined(__cplusplus)
/* The libstdc++ headers that name parameters `__in` / `__out`, read before the macros exist
 * (as C++ even when a C++ KMD includes the kernel headers inside extern "C", as it does on
 * Windows). */
extern "C++" {
#include <algorithm>
#include <istream>
#include <locale>
#include <memory>
#include <ostream>
#include <regex>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
}
#endif
#ifndef __in
#define __in
#endif
#ifndef __out
#define __out
#endif
#endif

#endif /* !_WIN32 */
#endif /* WDDM_SHIM_SAL_H */
