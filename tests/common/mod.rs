//! Helpers for the tests that drive the C API from Rust.
#![allow(dead_code)] // each integration test uses the part it needs

pub mod fixture;

use wddm_shim::abi::{S_FALSE, S_OK};
use wddm_shim::ffi::control::WDDMSHIM_ADAPTER;
use wddm_shim::ffi::journal::{WDDMSHIM_JOURNAL_ENTRY, WddmShimGetJournal, WddmShimGetJournalEntries};

/// The newest `max_entries` journal entries of `adapter` (of the whole process when it is NULL),
/// one per line.
pub fn journal_of(adapter: *mut WDDMSHIM_ADAPTER, max_entries: u32) -> String {
    let mut needed = 0usize;
    loop {
        let mut buffer = vec![0u8; needed + 4096];
        // SAFETY: a buffer of the stated size; the journal may grow between calls, so retry.
        let hr = unsafe {
            WddmShimGetJournal(adapter, max_entries, buffer.as_mut_ptr() as *mut _, buffer.len(), &mut needed)
        };
        if hr == S_OK {
            return String::from_utf8_lossy(&buffer[..needed - 1]).into_owned();
        }
        assert_eq!(hr, S_FALSE);
    }
}

/// The newest `max_entries` journal entries of `adapter` (of the whole process when it is NULL),
/// as fields.
pub fn journal_entries_of(adapter: *mut WDDMSHIM_ADAPTER, max_entries: u32) -> Vec<WDDMSHIM_JOURNAL_ENTRY> {
    let mut entries = Vec::with_capacity(max_entries as usize);
    let mut count = 0u32;
    // SAFETY: room for max_entries entries; the count is written before the length is set.
    unsafe {
        let hr = WddmShimGetJournalEntries(adapter, max_entries, entries.as_mut_ptr(), &mut count);
        assert_eq!(hr, S_OK);
        assert!(count <= max_entries);
        entries.set_len(count as usize);
    }
    entries
}

/// The name of a journal entry.
pub fn entry_name(entry: &WDDMSHIM_JOURNAL_ENTRY) -> String {
    // SAFETY: Name is NUL-terminated by the library.
    unsafe { std::ffi::CStr::from_ptr(entry.Name.as_ptr()) }.to_string_lossy().into_owned()
}
