//! Rust mirrors of the WDK types this library exchanges with display drivers.
//!
//! Everything here is data: `#[repr(C)]` structures, unions and function-pointer types with the
//! WDK's own names and the Windows x64 layout (measured from the WDK 10.0.22000 headers; see
//! `tests/abi-data/` and [`layout`]), flag unions as `u32` newtypes with one named mask per
//! bit-field, and the status codes drivers compare against. There is no logic in this module.
//!
//! Conventions, so the rest of the crate can read these like the WDK:
//! - Field names are the WDK's. An anonymous union becomes a field named `Anonymous` (or
//!   `Anonymous1`, `Anonymous2`, ... when a structure has several) whose type is named
//!   `<STRUCT>_0`, `<STRUCT>_1`, ... in declaration order.
//! - A flag union (`union { struct { UINT A : 1; ... }; UINT Value; }`) is a newtype over its
//!   `Value`; each bit-field is an associated `u32` mask constant with the bit-field's name, and
//!   [`BitFields`] reads and writes multi-bit fields through those masks. An inline flag union
//!   with no type name of its own is named `<STRUCT>_<MEMBER>` (e.g. `D3DDDI_ALLOCATIONINFO_FLAGS`).
//! - Structures mirror the header default interface versions (`D3D_UMD_INTERFACE_VERSION` =
//!   WDDM 3.0, `DXGKDDI_INTERFACE_VERSION` = WDDM 3.0). Code that reads a structure a driver built
//!   against an older version reads only the prefix that version defines.
//! - Every item is wrapped in `wdk!`, which emits it unchanged but hides it from cbindgen: the
//!   generated `wddm_shim.h` refers to WDK types by name and never redefines them.
#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals, clippy::upper_case_acronyms)]

/// Emits WDK items unchanged; cbindgen does not look inside macro invocations, so these items
/// stay out of the generated header (the WDK-named headers in `include/` declare them for C).
macro_rules! wdk {
    ($($item:item)*) => { $($item)* };
}

/// Declares a flag union as a `u32` newtype with one mask constant per bit-field.
macro_rules! wdk_flags {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident = $mask:literal),* $(,)? }) => {
        $(#[$meta])*
        #[repr(transparent)]
        #[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
        pub struct $name {
            /// All bit-fields at once, as the WDK's `Value` member.
            pub Value: u32,
        }
        impl $name {
            $( $(#[$fmeta])* #[doc = concat!("Mask of the `", stringify!($field), "` bit-field.")] pub const $field: u32 = $mask; )*
            /// Every bit-field's name and mask, in declaration order.
            pub const FIELDS: &'static [(&'static str, u32)] = &[$((stringify!($field), $mask)),*];
        }
        impl $crate::abi::BitFields for $name {
            const FIELDS: &'static [(&'static str, u32)] = $name::FIELDS;
            fn bits(self) -> u32 { self.Value }
            fn from_bits(value: u32) -> Self { Self { Value: value } }
        }
        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::abi::fmt_bit_fields(stringify!($name), *self, f)
            }
        }
    };
}

/// Gives each listed type an all-zero `Default`, the state C code gets from `memset(0)`.
macro_rules! wdk_zeroed_default {
    ($($ty:ident),* $(,)?) => {
        $(
            impl Default for $ty {
                fn default() -> Self {
                    // SAFETY: every field of a WDK mirror is an integer, a raw pointer, an
                    // `Option` of a function pointer, or an array / union / struct of those,
                    // and all-zero is a valid value of each (0, NULL, None).
                    unsafe { ::core::mem::zeroed() }
                }
            }
        )*
    };
}

pub mod base;
pub mod d3dkmddi;
pub mod d3dukmdt;
pub mod d3dumddi;
pub mod dispmprt;
#[doc(hidden)]
pub mod layout;
pub mod shim;
pub mod status;
pub mod versions;

pub use base::*;
pub use d3dkmddi::*;
pub use d3dukmdt::*;
pub use d3dumddi::*;
pub use dispmprt::*;
pub use shim::*;
pub use status::*;
pub use versions::*;

/// Reads and writes the bit-fields of a flag union through their masks.
pub trait BitFields: Copy {
    /// Every bit-field's name and mask, in declaration order.
    const FIELDS: &'static [(&'static str, u32)];
    /// The whole 32-bit `Value`.
    fn bits(self) -> u32;
    /// A flag union holding `value`.
    fn from_bits(value: u32) -> Self;
    /// The bit-field selected by `mask`, shifted down to bit 0.
    fn get(self, mask: u32) -> u32 {
        (self.bits() & mask) >> mask.trailing_zeros()
    }
    /// True when any bit of the bit-field selected by `mask` is set.
    fn is_set(self, mask: u32) -> bool {
        self.bits() & mask != 0
    }
    /// A copy with the bit-field selected by `mask` set to `value` (excess bits dropped).
    fn with(self, mask: u32, value: u32) -> Self {
        let shifted = value.checked_shl(mask.trailing_zeros()).unwrap_or(0) & mask;
        Self::from_bits((self.bits() & !mask) | shifted)
    }
}

/// Formats a flag union as `NAME { Field: value, ... }`, listing only non-zero fields.
pub(crate) fn fmt_bit_fields<T: BitFields>(
    name: &str,
    flags: T,
    f: &mut core::fmt::Formatter<'_>,
) -> core::fmt::Result {
    let mut out = f.debug_struct(name);
    for &(field, mask) in T::FIELDS {
        let value = flags.get(mask);
        if value != 0 {
            out.field(field, &value);
        }
    }
    out.finish()
}
