//! Every `extern "C"` entry point of the library, each running its body through
//! [`boundary::boundary`]: panic containment, null checks and the journal in one place.
#![allow(non_snake_case, non_camel_case_types)] // C and WDK names

pub mod boundary;
pub mod control;
pub mod diagnostics;
pub mod dxgk;
pub mod journal;
/// cbindgen:ignore
pub mod kernel;
pub mod kmd;
pub mod standard;
pub mod startup;
pub mod umd;
pub mod video_memory;
