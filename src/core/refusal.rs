//! [`Refusal`]: a call the library rejects, with the code it answers and the reason, kept as
//! a template until the journal is read.

use crate::abi::{E_INVALIDARG, HRESULT};
use crate::core::handles::HandleError;
use crate::journal::{self, Text};

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
