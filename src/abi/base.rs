//! Windows base types at their Windows x64 (LLP64) widths, as the WDK headers use them.
//!
//! `UINT`, `ULONG` and `DWORD` are 32-bit even though `unsigned long` is 64-bit on Linux; every
//! enum is a 32-bit integer (MSVC's rule), never a Rust enum, so any value a driver passes is
//! representable. Source: research/abi-layouts.md section 2 and DirectX-Headers' WSL stubs.

use core::ffi::c_void;

wdk! {
    /// 32-bit unsigned integer (`unsigned int` on Windows).
    pub type UINT = u32;
    /// 32-bit unsigned integer (`unsigned long` on Windows, which is 32-bit there).
    pub type ULONG = u32;
    /// 32-bit unsigned integer.
    pub type DWORD = u32;
    /// 32-bit unsigned integer.
    pub type UINT32 = u32;
    /// 64-bit unsigned integer.
    pub type UINT64 = u64;
    /// 64-bit unsigned integer.
    pub type ULONGLONG = u64;
    /// 64-bit signed integer.
    pub type LONGLONG = i64;
    /// 32-bit signed integer.
    pub type INT = i32;
    /// 32-bit signed integer (`long` on Windows).
    pub type LONG = i32;
    /// 32-bit boolean (`int`).
    pub type BOOL = i32;
    /// 8-bit boolean.
    pub type BOOLEAN = u8;
    /// 8-bit unsigned integer.
    pub type BYTE = u8;
    /// 16-bit UTF-16 code unit.
    pub type WCHAR = u16;
    /// Pointer-sized unsigned integer.
    pub type SIZE_T = usize;
    /// Pointer-sized unsigned integer.
    pub type ULONG_PTR = usize;
    /// Pointer-sized unsigned integer.
    pub type UINT_PTR = usize;
    /// Untyped pointer.
    pub type PVOID = *mut c_void;
    /// Opaque handle: a pointer-sized value owned by whoever issued it.
    pub type HANDLE = *mut c_void;
    /// COM-style 32-bit result code of the user-mode callbacks (`SUCCEEDED` when >= 0).
    pub type HRESULT = i32;
    /// Kernel-mode 32-bit status code of the DDIs (`NT_SUCCESS` when >= 0).
    pub type NTSTATUS = i32;

    /// The kernel-mode handle the runtime gives the user-mode driver for allocations,
    /// resources and other kernel objects (`0x40000000 | index << 6` on Windows).
    pub type D3DKMT_HANDLE = UINT;
    /// Identifies a VidPN source (a display output's scan-out source).
    pub type D3DDDI_VIDEO_PRESENT_SOURCE_ID = UINT;
    /// Identifies a VidPN target.
    pub type D3DDDI_VIDEO_PRESENT_TARGET_ID = UINT;
    /// A GPU virtual address.
    pub type D3DGPU_VIRTUAL_ADDRESS = ULONGLONG;
    /// A size in the GPU virtual address space.
    pub type D3DGPU_SIZE_T = ULONGLONG;

    /// The two 32-bit halves of a [`LARGE_INTEGER`].
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct LARGE_INTEGER_PARTS {
        /// Bits 0..31.
        pub LowPart: DWORD,
        /// Bits 32..63.
        pub HighPart: LONG,
    }

    /// A signed 64-bit value, addressable as two halves (8 bytes, 8-aligned).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union LARGE_INTEGER {
        /// The two halves (the WDK's anonymous struct and its `u` alias).
        pub u: LARGE_INTEGER_PARTS,
        /// The whole value.
        pub QuadPart: LONGLONG,
    }

    /// A physical (bus) address.
    pub type PHYSICAL_ADDRESS = LARGE_INTEGER;

    /// A locally unique identifier (adapter LUIDs).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub struct LUID {
        /// Low 32 bits.
        pub LowPart: DWORD,
        /// High 32 bits.
        pub HighPart: LONG,
    }
}

impl Default for LARGE_INTEGER {
    fn default() -> Self {
        LARGE_INTEGER { QuadPart: 0 }
    }
}

impl LARGE_INTEGER {
    /// A value holding `quad`.
    pub const fn new(quad: i64) -> Self {
        LARGE_INTEGER { QuadPart: quad }
    }
    /// The whole 64-bit value.
    pub fn quad(self) -> i64 {
        // SAFETY: both union members are plain integers covering all 8 bytes; any bit pattern
        // is a valid i64.
        unsafe { self.QuadPart }
    }
}

impl core::fmt::Debug for LARGE_INTEGER {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:#x}", self.quad())
    }
}

wdk! {
    /// A GUID.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub struct GUID {
        /// First 32 bits.
        pub Data1: u32,
        /// Next 16 bits.
        pub Data2: u16,
        /// Next 16 bits.
        pub Data3: u16,
        /// Last 64 bits.
        pub Data4: [u8; 8],
    }

    /// Opaque kernel object (a miniport only passes it on).
    #[repr(C)]
    pub struct DEVICE_OBJECT {
        _private: [u8; 0],
    }
    /// Pointer to a [`DEVICE_OBJECT`].
    pub type PDEVICE_OBJECT = *mut DEVICE_OBJECT;
    /// Opaque kernel object: the driver object `DriverEntry` receives.
    #[repr(C)]
    pub struct DRIVER_OBJECT {
        _private: [u8; 0],
    }
    /// Pointer to a [`DRIVER_OBJECT`].
    pub type PDRIVER_OBJECT = *mut DRIVER_OBJECT;
    /// A counted UTF-16 string (ntdef.h): `Length` and `MaximumLength` in bytes, `Buffer` not
    /// necessarily NUL-terminated.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct UNICODE_STRING {
        /// `Length`: bytes in use, without a terminating NUL.
        pub Length: USHORT,
        /// `MaximumLength`: bytes `Buffer` holds.
        pub MaximumLength: USHORT,
        /// `Buffer`.
        pub Buffer: *mut WCHAR,
    }
    /// Opaque resource list (wdm.h's `CM_RESOURCE_LIST`; a miniport reads it by pointer).
    #[repr(C)]
    pub struct CM_RESOURCE_LIST {
        _private: [u8; 0],
    }
    /// Pointer to a [`CM_RESOURCE_LIST`].
    pub type PCM_RESOURCE_LIST = *mut CM_RESOURCE_LIST;
    /// Pointer to a [`UNICODE_STRING`].
    pub type PUNICODE_STRING = *mut UNICODE_STRING;
    /// Opaque memory descriptor list.
    #[repr(C)]
    pub struct MDL {
        _private: [u8; 0],
    }
    /// Pointer to an [`MDL`].
    pub type PMDL = *mut MDL;
    /// Opaque kernel interface record (`DxgkCbQueryServices`).
    #[repr(C)]
    pub struct INTERFACE {
        _private: [u8; 0],
    }
    /// Pointer to an [`INTERFACE`].
    pub type PINTERFACE = *mut INTERFACE;
    /// Opaque video request packet (`DxgkDdiDispatchIoRequest`).
    #[repr(C)]
    pub struct VIDEO_REQUEST_PACKET {
        _private: [u8; 0],
    }
    /// Pointer to a [`VIDEO_REQUEST_PACKET`].
    pub type PVIDEO_REQUEST_PACKET = *mut VIDEO_REQUEST_PACKET;
    /// Opaque ACPI method input.
    #[repr(C)]
    pub struct ACPI_EVAL_INPUT_BUFFER_COMPLEX {
        _private: [u8; 0],
    }
    /// Pointer to an [`ACPI_EVAL_INPUT_BUFFER_COMPLEX`].
    pub type PACPI_EVAL_INPUT_BUFFER_COMPLEX = *mut ACPI_EVAL_INPUT_BUFFER_COMPLEX;
    /// Device power state (a 32-bit enum).
    pub type DEVICE_POWER_STATE = i32;
    /// System power action (a 32-bit enum).
    pub type POWER_ACTION = i32;
    /// Pointer to a `ULONG`.
    pub type PULONG = *mut ULONG;
    /// Pointer to a `BOOLEAN`.
    pub type PBOOLEAN = *mut BOOLEAN;
    /// Pointer to a `SIZE_T`.
    pub type PSIZE_T = *mut SIZE_T;
    /// Pointer to a `GUID`.
    pub type LPCGUID = *const GUID;
    /// A 16-bit unsigned integer.
    pub type USHORT = u16;
    /// An 8-bit unsigned integer.
    pub type UCHAR = u8;
}
