//! wddm-shim: the Direct3D runtime and dxgkrnl/VidMm, played for a WDDM display driver's memory
//! management, so its allocation code runs and is tested off Windows.
//!
//! Layers (outer to inner): [`ffi`] holds every exported C entry point behind one boundary;
//! [`kernel`] is the kernel environment a KMD runs in (pool, IRQL, locks, events, DPCs, threads);
//! [`runtime`] does what the Direct3D runtime and dxgkrnl do for each call; [`kmd`] calls the
//! display miniport's DDIs (and holds the built-in reference KMD); [`core`] is the safe model of
//! handles and kernel objects; [`abi`] mirrors the WDK types; [`journal`] records every call.
#![deny(missing_docs)]
// A `Refusal` carries its reason as data (a template and its values, see `journal::Text`) so
// that refusing allocates nothing; that makes the error side of a `Result` larger than the
// lint's 128 bytes, a copy paid only when a call is refused.
#![allow(clippy::result_large_err)]

pub mod abi;
pub mod core;
pub mod ffi;
/// cbindgen:ignore
pub mod journal;
/// cbindgen:ignore
pub mod kernel;
pub mod kmd;
pub mod runtime;
pub mod vidmm;
