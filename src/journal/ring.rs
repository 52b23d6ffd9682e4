//! Where journal entries are kept: a ring of slots, each behind its own lock, indexed by
//! sequence number. A writer locks only its slot; a reader walks back from the newest sequence
//! number and skips slots still holding an older entry (a call that has not finished yet).

use std::sync::LazyLock;

use parking_lot::Mutex;

use super::{CAPACITY, Entry};

static SLOTS: LazyLock<Box<[Mutex<Option<Entry>>]>> =
    LazyLock::new(|| (0..CAPACITY).map(|_| Mutex::new(None)).collect());

fn slot(sequence: u64) -> &'static Mutex<Option<Entry>> {
    &SLOTS[(sequence % CAPACITY as u64) as usize]
}

/// Keeps `entry` in its slot, replacing (in place) the one `CAPACITY` sequence numbers older.
pub fn store(entry: Entry) {
    let slot = slot(entry.sequence);
    *slot.lock() = Some(entry);
}

/// The newest `count` entries up to sequence number `last` that `wanted` picks, oldest first.
pub fn newest(last: u64, count: usize, wanted: impl Fn(&Entry) -> bool) -> Vec<Entry> {
    let oldest = last.saturating_sub(CAPACITY as u64 - 1).max(1);
    let mut picked = Vec::new();
    for sequence in (oldest..=last).rev() {
        if picked.len() == count {
            break;
        }
        if let Some(entry) = slot(sequence).lock().as_ref() {
            if entry.sequence == sequence && wanted(entry) {
                picked.push(entry.clone());
            }
        }
    }
    picked.reverse();
    picked
}
