//! Kernel-environment errors and notes: journaled, and counted per adapter and per process.

use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

use parking_lot::Mutex;

use crate::journal;

/// Kernel-environment errors per adapter id (0: calls outside any adapter's work).
static ERRORS: LazyLock<Mutex<HashMap<u64, u32>>> = LazyLock::new(|| Mutex::new(HashMap::new()));
/// Every kernel-environment error of the process.
static TOTAL_ERRORS: AtomicU32 = AtomicU32::new(0);

/// Records a Driver Verifier-class error found in `routine`: journaled (as "error: ...") under
/// the adapter whose work is running on this thread, and counted.
pub fn error(routine: &'static str, text: String) {
    let adapter = journal::current_adapter();
    journal::record_note(adapter, routine, format!("error: {}", text));
    *ERRORS.lock().entry(adapter).or_default() += 1;
    TOTAL_ERRORS.fetch_add(1, Ordering::Relaxed);
}

/// Records an error found for `adapter` outside its own work (the teardown's leak reports):
/// journaled under that adapter and counted for it.
pub fn error_for(adapter: u64, routine: &'static str, text: String) {
    journal::record_note(adapter, routine, format!("error: {}", text));
    *ERRORS.lock().entry(adapter).or_default() += 1;
    TOTAL_ERRORS.fetch_add(1, Ordering::Relaxed);
}

/// Records an observation that is not an error (a routine answering for what it does not model).
pub fn note(routine: &'static str, text: String) {
    journal::record_note(journal::current_adapter(), routine, text);
}

/// Kernel-environment errors counted for `adapter`.
pub fn errors_of(adapter: u64) -> u32 {
    ERRORS.lock().get(&adapter).copied().unwrap_or(0)
}

/// Kernel-environment errors of the whole process.
pub fn total_errors() -> u32 {
    TOTAL_ERRORS.load(Ordering::Relaxed)
}

/// A pool tag as poolmon shows it: its four bytes in memory order, non-printable ones as `.`,
/// then its value.
pub fn tag_text(tag: u32) -> String {
    journal::Text::template("{}", &[journal::Arg::PoolTag(tag)]).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_read_in_memory_order() {
        // MSVC and gcc give 'lpmX' the value 0x6C706D58; in memory that is "Xmpl".
        assert_eq!(tag_text(0x6C70_6D58), "'Xmpl' (0x6c706d58)");
        assert_eq!(tag_text(0x0000_0041), "'A...' (0x00000041)");
    }
}
