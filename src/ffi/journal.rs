//! Reading the journal: as text (`WddmShimGetJournal`) and as fields
//! (`WddmShimGetJournalEntries`), so a test asserts on a call's name, result and inputs rather
//! than on words.

use crate::abi::*;
use crate::core::Refusal;
use crate::ffi::boundary::boundary;
use crate::ffi::control::WDDMSHIM_ADAPTER;
use crate::ffi::control::adapter_of;
use crate::journal::{self, Arg, Entry, Outcome, Text, Value};
use crate::runtime::c_args::arg_mut;

/// `WDDMSHIM_JOURNAL_ENTRY::Kind`: the call returned `Result`.
pub const WDDMSHIM_JOURNAL_RETURNED: UINT = 0;
/// `WDDMSHIM_JOURNAL_ENTRY::Kind`: the call was refused; it returned `Result`.
pub const WDDMSHIM_JOURNAL_REFUSED: UINT = 1;
/// `WDDMSHIM_JOURNAL_ENTRY::Kind`: a panic inside the library was contained.
pub const WDDMSHIM_JOURNAL_PANICKED: UINT = 2;
/// `WDDMSHIM_JOURNAL_ENTRY::Kind`: a note of the shim's own (a leak report line, a contract
/// warning, the GPU's progress); no result.
pub const WDDMSHIM_JOURNAL_NOTE: UINT = 3;

/// `WDDMSHIM_JOURNAL_ENTRY::ResultType`: the call returns nothing (or the entry is a note).
pub const WDDMSHIM_JOURNAL_RESULT_NONE: UINT = 0;
/// `WDDMSHIM_JOURNAL_ENTRY::ResultType`: `Result` is an HRESULT.
pub const WDDMSHIM_JOURNAL_RESULT_HRESULT: UINT = 1;
/// `WDDMSHIM_JOURNAL_ENTRY::ResultType`: `Result` is an NTSTATUS.
pub const WDDMSHIM_JOURNAL_RESULT_NTSTATUS: UINT = 2;
/// `WDDMSHIM_JOURNAL_ENTRY::ResultType`: `Result` is a pointer.
pub const WDDMSHIM_JOURNAL_RESULT_POINTER: UINT = 3;
/// `WDDMSHIM_JOURNAL_ENTRY::ResultType`: `Result` is a `D3DKMT_HANDLE`.
pub const WDDMSHIM_JOURNAL_RESULT_HANDLE: UINT = 4;
/// `WDDMSHIM_JOURNAL_ENTRY::ResultType`: `Result` is a `BOOLEAN`.
pub const WDDMSHIM_JOURNAL_RESULT_BOOLEAN: UINT = 5;

/// The most input values one `WDDMSHIM_JOURNAL_ENTRY` carries.
pub const WDDMSHIM_JOURNAL_MAX_INPUTS: UINT = 6;
/// The size of `WDDMSHIM_JOURNAL_ENTRY::Name`, its NUL included.
pub const WDDMSHIM_JOURNAL_NAME_SIZE: UINT = 64;

const _: () = assert!(journal::MAX_ARGS == WDDMSHIM_JOURNAL_MAX_INPUTS as usize);

/// One journal entry as fields, from `WddmShimGetJournalEntries`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WDDMSHIM_JOURNAL_ENTRY {
    /// Position in the process-wide sequence, from 1; a call takes it when it begins.
    pub Sequence: UINT64,
    /// The `Sequence` of the call this one ran inside (a DDI inside `pfnAllocateCb`, a
    /// `DxgkCbGetHandleData` inside that DDI); 0 for none.
    pub Parent: UINT64,
    /// A small number for the calling thread, stable for the thread's life.
    pub Thread: UINT64,
    /// The adapter the call concerns, as the value of its `WDDMSHIM_ADAPTER` pointer; 0 for
    /// none.
    pub Adapter: UINT64,
    /// How many calls this one ran inside.
    pub Depth: UINT,
    /// `WDDMSHIM_JOURNAL_RETURNED`, `_REFUSED`, `_PANICKED` or `_NOTE`.
    pub Kind: UINT,
    /// What `Result` holds: `WDDMSHIM_JOURNAL_RESULT_*`.
    pub ResultType: UINT,
    /// How many of `Inputs` are used.
    pub NumInputs: UINT,
    /// The value returned (an HRESULT or NTSTATUS sign-extended, a pointer, a handle, 0 or 1).
    pub Result: LONGLONG,
    /// The integer inputs the entry shows, in the order of its text (`hDevice`,
    /// `NumAllocations`, ...); signed values sign-extended, words 0.
    pub Inputs: [UINT64; 6],
    /// The entry point's name, NUL-terminated.
    pub Name: [core::ffi::c_char; 64],
}

impl WDDMSHIM_JOURNAL_ENTRY {
    fn of(entry: &Entry) -> Self {
        let (kind, value) = match &entry.outcome {
            Outcome::Returned(value) => (WDDMSHIM_JOURNAL_RETURNED, *value),
            Outcome::Refused { result, .. } => (WDDMSHIM_JOURNAL_REFUSED, *result),
            Outcome::Panicked(_) => (WDDMSHIM_JOURNAL_PANICKED, Value::Nothing),
            Outcome::Note(_) => (WDDMSHIM_JOURNAL_NOTE, Value::Nothing),
        };
        let (result_type, result) = match value {
            Value::Nothing => (WDDMSHIM_JOURNAL_RESULT_NONE, 0),
            Value::HResult(code) => (WDDMSHIM_JOURNAL_RESULT_HRESULT, code as LONGLONG),
            Value::NtStatus(status) => (WDDMSHIM_JOURNAL_RESULT_NTSTATUS, status as LONGLONG),
            Value::Pointer(address) => (WDDMSHIM_JOURNAL_RESULT_POINTER, address as LONGLONG),
            Value::Handle(handle) => (WDDMSHIM_JOURNAL_RESULT_HANDLE, handle as LONGLONG),
            Value::Boolean(value) => (WDDMSHIM_JOURNAL_RESULT_BOOLEAN, value as LONGLONG),
        };
        let mut inputs = [0; 6];
        let mut count = 0;
        for (slot, arg) in inputs.iter_mut().zip(entry.inputs.iter().flat_map(Text::args)) {
            count += 1;
            *slot = match arg {
                Arg::Unsigned(v) => v,
                Arg::Signed(v) => v as u64,
                Arg::Signed32(v) | Arg::HResult(v) | Arg::NtStatus(v) => v as i64 as u64,
                Arg::Pointer(v) => v as u64,
                Arg::PoolTag(tag) => tag as u64,
                Arg::Word(_) => 0,
            };
        }
        let mut name = [0; 64];
        for (slot, byte) in name.iter_mut().zip(entry.name.bytes().take(63)) {
            *slot = byte as core::ffi::c_char;
        }
        WDDMSHIM_JOURNAL_ENTRY {
            Sequence: entry.sequence,
            Parent: entry.parent,
            Thread: entry.thread,
            Adapter: entry.adapter,
            Depth: entry.depth,
            Kind: kind,
            ResultType: result_type,
            NumInputs: count,
            Result: result,
            Inputs: inputs,
            Name: name,
        }
    }
}

fn adapter_id(pAdapter: *mut WDDMSHIM_ADAPTER) -> Result<u64, Refusal> {
    Ok(if pAdapter.is_null() { 0 } else { adapter_of(pAdapter, "pAdapter")?.id })
}

/// Copies the newest `MaxEntries` journal lines (of one adapter, or of the whole process when
/// `pAdapter` is NULL) into `pBuffer` as NUL-terminated text, one entry per line. The size
/// needed, terminator included, goes to `*pRequiredSize`; with a buffer too small (or NULL)
/// nothing is copied and the call returns `S_FALSE`, so a caller can size its buffer first.
///
/// # Safety
///
/// `pBuffer` is NULL (size query) or writable for `BufferSize` bytes; `pRequiredSize` is
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimGetJournal(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    MaxEntries: UINT,
    pBuffer: *mut core::ffi::c_char,
    BufferSize: SIZE_T,
    pRequiredSize: *mut SIZE_T,
) -> HRESULT {
    boundary("WddmShimGetJournal", || {
        let id = adapter_id(pAdapter)?;
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let required = unsafe { arg_mut(pRequiredSize, "pRequiredSize") }?;
        let mut text = String::new();
        for entry in journal::recent(id, MaxEntries as usize) {
            text.push_str(&entry.to_string());
            text.push('\n');
        }
        *required = text.len() + 1;
        if pBuffer.is_null() || BufferSize < text.len() + 1 {
            return Ok(S_FALSE);
        }
        // SAFETY: pBuffer is writable for BufferSize bytes, which covers the text and its NUL.
        unsafe {
            std::ptr::copy_nonoverlapping(text.as_ptr(), pBuffer as *mut u8, text.len());
            *pBuffer.add(text.len()) = 0;
        }
        Ok(S_OK)
    })
}

/// Copies the newest `MaxEntries` finished journal entries (of one adapter, or of the whole
/// process when `pAdapter` is NULL), oldest first, into `pEntries` as fields, and their number
/// to `*pNumEntries`. A call's entry comes before the entries of the calls made inside it, which
/// name it as their `Parent`. The reading call itself is not among them (it has not finished).
///
/// # Safety
///
/// `pEntries` is writable for `MaxEntries` entries (it may be NULL when `MaxEntries` is 0);
/// `pNumEntries` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimGetJournalEntries(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    MaxEntries: UINT,
    pEntries: *mut WDDMSHIM_JOURNAL_ENTRY,
    pNumEntries: *mut UINT,
) -> HRESULT {
    boundary("WddmShimGetJournalEntries", || {
        let id = adapter_id(pAdapter)?;
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let count = unsafe { arg_mut(pNumEntries, "pNumEntries") }?;
        if pEntries.is_null() && MaxEntries != 0 {
            return Err(Refusal::invalid_arg(journal::text!(
                "pEntries is NULL but MaxEntries is {}",
                MaxEntries
            )));
        }
        let entries = journal::recent(id, MaxEntries as usize);
        for (index, entry) in entries.iter().enumerate() {
            // SAFETY: pEntries is writable for MaxEntries entries, and index < MaxEntries.
            unsafe { pEntries.add(index).write(WDDMSHIM_JOURNAL_ENTRY::of(entry)) };
        }
        *count = entries.len() as UINT;
        Ok(S_OK)
    })
}
