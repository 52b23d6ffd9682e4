//! The runtime and dxgkrnl layer: what the Direct3D runtime and dxgkrnl do for a UMD's calls,
//! between the C boundary (`ffi`) and the safe core (`core`) and the KMD (`kmd`).

pub mod adapter;
pub mod allocate;
pub mod c_args;
pub mod callbacks;
pub mod deallocate;
pub mod device;
pub mod gpu;
pub mod leaks;
pub mod memory;
pub mod power;
pub mod release;
pub mod render;
pub mod standard;
pub mod startup;
pub mod status;
