//! Entry points that let an integrator check the library's own guarantees from C.

use crate::abi::HRESULT;
use crate::ffi::boundary::boundary;

/// Panics inside the library on purpose and returns what any entry point returns for a contained
/// panic: `E_UNEXPECTED`, with a journal entry "panic contained: ...".
///
/// Call it once from a driver's test suite to prove the build contains panics (a build with
/// `panic = "abort"` would abort the process here instead).
#[unsafe(no_mangle)]
pub extern "C" fn WddmShimDiagnosticPanic() -> HRESULT {
    boundary("WddmShimDiagnosticPanic", || -> Result<HRESULT, _> {
        panic!("deliberate panic requested through WddmShimDiagnosticPanic")
    })
}
