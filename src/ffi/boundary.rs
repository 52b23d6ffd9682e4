//! The one door every `extern "C"` function goes through.
//!
//! [`boundary`] runs an entry point's body with panics contained: a panic becomes the entry
//! point's documented failure value (E_UNEXPECTED for an HRESULT, NULL for a pointer, 0 for a
//! handle) and a journal entry, never an unwind into C. The body returns `Result<R, Refusal>`:
//! a [`Refusal`] is an argument or state the entry point rejects, with the code it returns and the
//! reason for the journal. The null checks are `runtime::c_args`.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::abi::{
    D3DKMT_HANDLE, E_INVALIDARG, E_UNEXPECTED, HRESULT, NTSTATUS, STATUS_INVALID_PARAMETER,
    STATUS_UNSUCCESSFUL,
};
use crate::core::Refusal;
use crate::journal::{self, Outcome, Text, Value};

/// How a C return type expresses success details, refusals and contained panics.
pub trait BoundaryValue: Copy {
    /// The value returned when the body panicked.
    const PANICKED: Self;
    /// The value returned for a refusal.
    fn refused(refusal: &Refusal) -> Self;
    /// The value as the journal keeps it.
    fn describe(self) -> Value;
}

impl BoundaryValue for HRESULT {
    const PANICKED: Self = E_UNEXPECTED;
    fn refused(refusal: &Refusal) -> Self {
        refusal.code
    }
    fn describe(self) -> Value {
        Value::HResult(self)
    }
}

/// NTSTATUS-returning entry points (the `DXGKRNL_INTERFACE` callbacks) share `i32` with
/// HRESULT, so they return through this wrapper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NtStatus(pub NTSTATUS);

impl BoundaryValue for NtStatus {
    const PANICKED: Self = NtStatus(STATUS_UNSUCCESSFUL);
    fn refused(refusal: &Refusal) -> Self {
        NtStatus(if refusal.code == E_INVALIDARG { STATUS_INVALID_PARAMETER } else { STATUS_UNSUCCESSFUL })
    }
    fn describe(self) -> Value {
        Value::NtStatus(self.0)
    }
}

impl<T> BoundaryValue for *mut T {
    const PANICKED: Self = std::ptr::null_mut();
    fn refused(_: &Refusal) -> Self {
        std::ptr::null_mut()
    }
    fn describe(self) -> Value {
        Value::Pointer(self as usize)
    }
}

/// Handle-returning callbacks answer 0 for anything they cannot resolve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KmtHandle(pub D3DKMT_HANDLE);

impl BoundaryValue for KmtHandle {
    const PANICKED: Self = KmtHandle(0);
    fn refused(_: &Refusal) -> Self {
        KmtHandle(0)
    }
    fn describe(self) -> Value {
        Value::Handle(self.0)
    }
}

/// `BOOLEAN`-returning callbacks answer FALSE when refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NtBool(pub crate::abi::BOOLEAN);

impl BoundaryValue for NtBool {
    const PANICKED: Self = NtBool(0);
    fn refused(_: &Refusal) -> Self {
        NtBool(0)
    }
    fn describe(self) -> Value {
        Value::Boolean(self.0 != 0)
    }
}

impl BoundaryValue for () {
    const PANICKED: Self = ();
    fn refused(_: &Refusal) -> Self {}
    fn describe(self) -> Value {
        Value::Nothing
    }
}

/// Runs the body of the exported function `entry` with panics contained, and journals the call.
///
/// Calls nest (a KMD calls DxgkCbGetHandleData from inside a DDI of pfnAllocateCb): the inner
/// call is journaled after the outer one, as its child, inherits the outer call's adapter tag,
/// and gives the outer call's tag and inputs back when it ends.
pub fn boundary<R: BoundaryValue>(entry: &'static str, body: impl FnOnce() -> Result<R, Refusal>) -> R {
    let call = journal::Call::begin(entry);
    let (value, outcome) = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(value)) => (value, Outcome::Returned(value.describe())),
        Ok(Err(refusal)) => {
            let value = R::refused(&refusal);
            (value, Outcome::Refused { result: value.describe(), reason: refusal.reason })
        }
        Err(payload) => (R::PANICKED, Outcome::Panicked(panic_message(payload))),
    };
    call.finish(outcome);
    value
}

/// The message of a contained panic.
pub fn panic_message(payload: Box<dyn std::any::Any + Send>) -> Text {
    match payload.downcast::<&'static str>() {
        Ok(message) => Text::Fixed(*message),
        Err(payload) => match payload.downcast::<String>() {
            Ok(message) => Text::from(*message),
            Err(_) => Text::Fixed("a panic with a non-string payload"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::c_args::{arg_mut, arg_ref};

    #[test]
    fn a_panic_becomes_the_failure_value() {
        let hr: HRESULT = boundary("test_panic", || panic!("boom"));
        assert_eq!(hr, E_UNEXPECTED);
        let ptr: *mut u8 = boundary("test_panic_ptr", || panic!("boom"));
        assert!(ptr.is_null());
        let handle: KmtHandle = boundary("test_panic_handle", || panic!("boom"));
        assert_eq!(handle, KmtHandle(0));
    }

    #[test]
    fn a_refusal_returns_its_code() {
        let hr: HRESULT = boundary("test_refusal", || Err(Refusal::invalid_arg("pData is NULL")));
        assert_eq!(hr, E_INVALIDARG);
        let status: NtStatus = boundary("test_refusal_nt", || Err(Refusal::invalid_arg("x")));
        assert_eq!(status, NtStatus(STATUS_INVALID_PARAMETER));
    }

    #[test]
    fn null_arguments_are_refused_by_name() {
        // SAFETY: NULL is an allowed input; nothing is dereferenced.
        let refusal = unsafe { arg_ref::<u32>(std::ptr::null(), "pDesc") }.unwrap_err();
        assert_eq!(refusal.code, E_INVALIDARG);
        assert_eq!(refusal.reason.to_string(), "pDesc is NULL");
        let mut value = 7u32;
        // SAFETY: `value` is a live local, borrowed only here.
        assert_eq!(*unsafe { arg_mut(&mut value as *mut u32, "p") }.unwrap(), 7);
    }
}
