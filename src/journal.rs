//! The call journal: every entry point's call and outcome, in order, for the person debugging.
//!
//! Entries go to a bounded process-wide ring (the newest [`CAPACITY`] are kept) and, when the
//! environment variable `WDDMSHIM_LOG` is set to anything, to stderr as one line each:
//! `wddm-shim #12 [thread 3] WddmShimCreateDevice -> E_INVALIDARG: pDesc->Version 0x1 is unknown`.

use std::collections::VecDeque;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::Mutex;

use crate::abi::{HRESULT, NTSTATUS};

/// How many entries the journal keeps before dropping the oldest.
pub const CAPACITY: usize = 65_536;

/// How a call ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It returned this value (as text).
    Returned(String),
    /// It refused the call: the value returned and the reason in words.
    Refused {
        /// The value returned, as text.
        result: String,
        /// Why.
        reason: String,
    },
    /// A panic inside the library was contained; the message.
    Panicked(String),
}

thread_local! {
    /// Key inputs of the call in progress on this thread, set by its body.
    static INPUTS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Records the key inputs of the entry point running on this thread (`hDevice 0x40000000,
/// NumAllocations 2`); they appear in its journal entry.
pub fn inputs(text: String) {
    INPUTS.with(|i| *i.borrow_mut() = Some(text));
}

/// Takes the inputs recorded for the call in progress, leaving none (for nested calls).
pub fn take_inputs() -> Option<String> {
    INPUTS.with(|i| i.borrow_mut().take())
}

/// Puts back the inputs of an outer call after a nested one.
pub fn restore_inputs(saved: Option<String>) {
    INPUTS.with(|i| *i.borrow_mut() = saved);
}

/// One journal entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Position in the process-wide sequence, from 1.
    pub sequence: u64,
    /// A small number identifying the calling thread, stable for the thread's life.
    pub thread: u64,
    /// The adapter the call concerns (0: none or unknown).
    pub adapter: u64,
    /// The entry point's name.
    pub name: &'static str,
    /// Its key inputs, in words.
    pub inputs: Option<String>,
    /// How it ended.
    pub outcome: Outcome,
}

impl std::fmt::Display for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{} [thread {}]", self.sequence, self.thread)?;
        if self.adapter != 0 {
            write!(f, " [adapter {}]", self.adapter)?;
        }
        match &self.inputs {
            Some(inputs) => write!(f, " {}({}) -> ", self.name, inputs)?,
            None => write!(f, " {} -> ", self.name)?,
        }
        match &self.outcome {
            Outcome::Returned(value) => write!(f, "{value}"),
            Outcome::Refused { result, reason } => write!(f, "{result}: {reason}"),
            Outcome::Panicked(message) => write!(f, "panic contained: {message}"),
        }
    }
}

struct Journal {
    entries: VecDeque<Entry>,
}

static JOURNAL: LazyLock<Mutex<Journal>> = LazyLock::new(|| Mutex::new(Journal { entries: VecDeque::new() }));
static SEQUENCE: AtomicU64 = AtomicU64::new(0);
static NEXT_THREAD: AtomicU64 = AtomicU64::new(1);
static LOG_TO_STDERR: LazyLock<bool> = LazyLock::new(|| std::env::var_os("WDDMSHIM_LOG").is_some());

thread_local! {
    static THREAD: u64 = NEXT_THREAD.fetch_add(1, Ordering::Relaxed);
}

thread_local! {
    /// The adapter the entry point running on this thread works on, once it knows.
    static CURRENT_ADAPTER: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Tags the journal entries of the entry point running on this thread with `adapter`.
pub fn set_current_adapter(adapter: u64) {
    CURRENT_ADAPTER.with(|c| c.set(adapter));
}

/// The journal sequence number the next entry will get (for "freed at #N" reports).
pub fn next_sequence() -> u64 {
    SEQUENCE.load(Ordering::Relaxed) + 1
}

/// The adapter tag of the entry point running on this thread (0: none yet).
pub fn current_adapter() -> u64 {
    CURRENT_ADAPTER.with(|c| c.get())
}

/// Records the end of a call to the entry point `name`.
pub fn record_boundary(name: &'static str, outcome: Outcome) {
    let inputs = take_inputs();
    record(current_adapter(), name, inputs, outcome);
}

/// Records the end of a KMD DDI call: its status and a note ("" when there is nothing to add).
pub fn record_ddi(adapter: u64, name: &'static str, inputs: Option<String>, status: NTSTATUS, note: &str) {
    let result = ntstatus_name(status);
    let outcome = if note.is_empty() {
        Outcome::Returned(result)
    } else {
        Outcome::Refused { result, reason: note.to_owned() }
    };
    record(adapter, name, inputs, outcome);
}

/// Records a note of the shim's own (a leak report line, a contract warning).
pub fn record_note(adapter: u64, name: &'static str, text: String) {
    record(adapter, name, None, Outcome::Returned(text));
}

fn record(adapter: u64, name: &'static str, inputs: Option<String>, outcome: Outcome) {
    let entry = Entry {
        sequence: SEQUENCE.fetch_add(1, Ordering::Relaxed) + 1,
        thread: THREAD.with(|t| *t),
        adapter,
        name,
        inputs,
        outcome,
    };
    if *LOG_TO_STDERR {
        eprintln!("wddm-shim {entry}");
    }
    let mut journal = JOURNAL.lock();
    if journal.entries.len() == CAPACITY {
        journal.entries.pop_front();
    }
    journal.entries.push_back(entry);
}

/// The newest `count` entries concerning `adapter` (0: all), oldest first.
pub fn recent(adapter: u64, count: usize) -> Vec<Entry> {
    let journal = JOURNAL.lock();
    let mut picked: Vec<Entry> = journal
        .entries
        .iter()
        .rev()
        .filter(|e| adapter == 0 || e.adapter == adapter)
        .take(count)
        .cloned()
        .collect();
    picked.reverse();
    picked
}

/// The name of a known HRESULT (`E_INVALIDARG`), or its hex value.
pub fn hresult_name(code: HRESULT) -> String {
    use crate::abi::*;
    let name = match code {
        S_OK => "S_OK",
        S_FALSE => "S_FALSE",
        E_INVALIDARG => "E_INVALIDARG",
        E_OUTOFMEMORY => "E_OUTOFMEMORY",
        E_NOTIMPL => "E_NOTIMPL",
        E_UNEXPECTED => "E_UNEXPECTED",
        E_FAIL => "E_FAIL",
        E_PENDING => "E_PENDING",
        D3DERR_OUTOFVIDEOMEMORY => "D3DERR_OUTOFVIDEOMEMORY",
        D3DERR_WASSTILLDRAWING => "D3DERR_WASSTILLDRAWING",
        D3DERR_NOTAVAILABLE => "D3DERR_NOTAVAILABLE",
        D3DERR_INVALIDCALL => "D3DERR_INVALIDCALL",
        D3DDDIERR_DEVICEREMOVED => "D3DDDIERR_DEVICEREMOVED",
        D3DDDIERR_CANTEVICTPINNEDALLOCATION => "D3DDDIERR_CANTEVICTPINNEDALLOCATION",
        D3DDDIERR_CANTRENDERLOCKEDALLOCATION => "D3DDDIERR_CANTRENDERLOCKEDALLOCATION",
        _ => return format!("HRESULT {:#010x}", code as u32),
    };
    name.to_owned()
}

/// The name of a known NTSTATUS (`STATUS_NO_MEMORY`), or its hex value.
pub fn ntstatus_name(status: NTSTATUS) -> String {
    use crate::abi::*;
    let name = match status {
        STATUS_SUCCESS => "STATUS_SUCCESS",
        STATUS_UNSUCCESSFUL => "STATUS_UNSUCCESSFUL",
        STATUS_NOT_IMPLEMENTED => "STATUS_NOT_IMPLEMENTED",
        STATUS_NOT_SUPPORTED => "STATUS_NOT_SUPPORTED",
        STATUS_INVALID_PARAMETER => "STATUS_INVALID_PARAMETER",
        STATUS_INVALID_HANDLE => "STATUS_INVALID_HANDLE",
        STATUS_NO_MEMORY => "STATUS_NO_MEMORY",
        STATUS_INSUFFICIENT_RESOURCES => "STATUS_INSUFFICIENT_RESOURCES",
        STATUS_BUFFER_TOO_SMALL => "STATUS_BUFFER_TOO_SMALL",
        STATUS_DEVICE_REMOVED => "STATUS_DEVICE_REMOVED",
        STATUS_GRAPHICS_NO_VIDEO_MEMORY => "STATUS_GRAPHICS_NO_VIDEO_MEMORY",
        STATUS_GRAPHICS_DRIVER_MISMATCH => "STATUS_GRAPHICS_DRIVER_MISMATCH",
        _ => return format!("NTSTATUS {:#010x}", status as u32),
    };
    name.to_owned()
}
