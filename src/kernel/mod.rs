//! The kernel environment a KMD runs in: pool with tags, spin locks and IRQL, events, mutexes,
//! semaphores, waits on one or several objects, timers, DPCs, system threads, time, debug
//! output, MDLs of the driver's own memory.
//!
//! Windows semantics, with Driver Verifier's checks as the model for what is an error: a
//! block freed with another tag than it was allocated with, a pool block still allocated when
//! its adapter is destroyed, `PAGED_CODE()` at DISPATCH_LEVEL or above, a spin lock released by
//! a thread that does not hold it, an IRQL lowered by raising. Where Windows would bug-check,
//! the library journals the error precisely (routine, address, tag, IRQL), counts it for the
//! adapter ([`report`](crate::kernel::report)) and goes on, so a test sees the report instead of a dead process.
//!
//! The C faces (`ExAllocatePool2`, `KeAcquireSpinLockRaiseToDpc`, ...) are in `ffi::kernel`;
//! the declarations a driver sees are in `include/km/wddm_shim_km.h`.

pub mod dpc;
pub mod irql;
pub mod mdl;
pub mod pool;
pub mod report;
pub mod sync;
pub mod thread;
pub mod time;
pub mod timer;
