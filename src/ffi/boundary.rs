//! The one door every `extern "C"` function goes through.
//!
//! [`boundary`] runs an entry point's body with panics contained: a panic becomes the entry
//! point's documented failure value (E_UNEXPECTED for an HRESULT, NULL for a pointer, 0 for a
//! handle) and a journal entry, never an unwind into C. The body returns `Result<R, Refusal>`:
//! a [`Refusal`] is an argument or state the entry point rejects, with the code it returns and the
//! reason in words for the journal. [`arg_ref`] and friends are the null checks.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::abi::{
    D3DKMT_HANDLE, E_INVALIDARG, E_UNEXPECTED, HRESULT, NTSTATUS, STATUS_INVALID_PARAMETER,
    STATUS_UNSUCCESSFUL, UINT,
};
use crate::core::handles::HandleError;
use crate::journal::{self, Outcome, Text, Value};

/// A rejected call: the value the entry point returns and why, for the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The HRESULT an HRESULT-returning entry point gives back.
    pub code: HRESULT,
    /// Why (`"pData is NULL"`), made into words only when the journal is read.
    pub reason: Text,
}

impl Refusal {
    /// A refusal with `code` and `reason`.
    pub fn new(code: HRESULT, reason: impl Into<Text>) -> Self {
        Refusal { code, reason: reason.into() }
    }
    /// An `E_INVALIDARG` refusal.
    pub fn invalid_arg(reason: impl Into<Text>) -> Self {
        Refusal::new(E_INVALIDARG, reason)
    }

    /// An `E_INVALIDARG` refusal for a handle that did not resolve (`context` names the argument;
    /// "" for none); a stale handle's refusal is journaled under the adapter its object
    /// belonged to.
    pub fn bad_handle(context: &'static str, error: HandleError) -> Self {
        Refusal::invalid_arg(handle_error_text(HandleContext::Named(context), &error, true))
    }

    /// [`Refusal::bad_handle`] for entry `index` of the list argument `list`.
    pub fn bad_handle_in(list: &'static str, index: usize, error: HandleError) -> Self {
        Refusal::invalid_arg(handle_error_text(HandleContext::Entry(list, index), &error, true))
    }
}

/// What a handle refusal names.
#[derive(Clone, Copy)]
enum HandleContext {
    /// An argument ("" for none).
    Named(&'static str),
    /// An entry of a list argument.
    Entry(&'static str, usize),
}

/// The words of a handle refusal, as a template (no allocation: a stale handle is refused on the
/// KMD's hot path); tags the call with the stale object's adapter when `tag_adapter`.
fn handle_error_text(context: HandleContext, error: &HandleError, tag_adapter: bool) -> Text {
    macro_rules! worded {
        ($tail:literal $(, $arg:expr)*) => {
            match context {
                HandleContext::Named("") => journal::text!($tail $(, $arg)*),
                HandleContext::Named(name) => journal::text!(concat!("{}: ", $tail), name $(, $arg)*),
                HandleContext::Entry(list, index) => {
                    journal::text!(concat!("{}[{}]: ", $tail), list, index $(, $arg)*)
                }
            }
        };
    }
    match *error {
        HandleError::Unknown { handle } => worded!("{:#010x} is not a handle this process was given", handle),
        HandleError::Stale { handle, kind, freed_at, owner } => {
            if tag_adapter && owner != 0 {
                journal::set_current_adapter(owner);
            }
            worded!("{:#010x} is stale: its {} was freed at #{}", handle, kind.name(), freed_at)
        }
        HandleError::WrongKind { handle, expected, actual } => {
            worded!("{:#010x} names a {}, not a {}", handle, actual.name(), expected.name())
        }
    }
}

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

/// Borrows a required input structure from C.
///
/// # Safety
/// `ptr` is NULL or points to a valid, initialized `T` that stays alive and unaliased by writers
/// for `'a` (the duration of the call).
pub unsafe fn arg_ref<'a, T>(ptr: *const T, name: &'static str) -> Result<&'a T, Refusal> {
    // SAFETY: non-NULL was checked; validity and lifetime are the caller's contract above.
    unsafe { ptr.as_ref() }.ok_or_else(|| Refusal::invalid_arg(journal::text!("{} is NULL", name)))
}

/// Borrows a required in/out structure from C.
///
/// # Safety
/// `ptr` is NULL or points to a valid `T` that nothing else accesses for `'a`.
pub unsafe fn arg_mut<'a, T>(ptr: *mut T, name: &'static str) -> Result<&'a mut T, Refusal> {
    // SAFETY: non-NULL was checked; exclusivity and lifetime are the caller's contract above.
    unsafe { ptr.as_mut() }.ok_or_else(|| Refusal::invalid_arg(journal::text!("{} is NULL", name)))
}

/// Copies the UMD's buffer of `size` bytes at `data` (its private driver data): empty for size 0;
/// `E_INVALIDARG` for NULL with a size, or a size above
/// `WDDMSHIM_MAX_PRIVATE_DRIVER_DATA_SIZE`. `what` names the buffer, asked only for a refusal.
///
/// # Safety
/// `data` is NULL or readable for `size` bytes.
pub unsafe fn capture(
    data: *const core::ffi::c_void,
    size: UINT,
    what: impl Fn() -> String,
) -> Result<Vec<u8>, Refusal> {
    use crate::ffi::types::WDDMSHIM_MAX_PRIVATE_DRIVER_DATA_SIZE as LIMIT;
    if size == 0 {
        return Ok(Vec::new());
    }
    if size > LIMIT {
        return Err(Refusal::invalid_arg(format!(
            "{}Size {size} is above the limit of {LIMIT} bytes",
            what()
        )));
    }
    if data.is_null() {
        let what = what();
        return Err(Refusal::invalid_arg(format!("{what} is NULL but {what}Size is {size}")));
    }
    // SAFETY: non-NULL and readable for `size` bytes (the caller's contract).
    Ok(unsafe { std::slice::from_raw_parts(data as *const u8, size as usize) }.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

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
