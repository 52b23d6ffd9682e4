//! The process-wide D3DKMT handle table.
//!
//! Windows gives every kernel object a user-mode process sees (devices, resources, allocations)
//! a `D3DKMT_HANDLE` from one per-process table, and a display miniport resolves those handles
//! with `DxgkCbGetHandleData` without naming an adapter. This table plays that role for every
//! adapter in the process.
//!
//! Handle shape (as observed on Windows, research/peers.md): `uniqueness << 30 | index << 6`.
//! The low six bits are zero, the first use of a slot gives uniqueness 1 (so the first handle is
//! `0x40000000`), and each reuse of a slot advances the uniqueness 1 -> 2 -> 3 -> 1, so a handle
//! is never 0 and a stale handle to a reused slot does not match the new one.
//!
//! A freed slot is not reused at once: it waits in a FIFO quarantine until [`QUARANTINE`] other
//! slots have been freed after it. Until then (and afterwards, for as long as the slot's
//! uniqueness differs) a stale handle is reported as stale, with the journal sequence of its
//! free, rather than resolving to a new object.
//!
//! The table is split into [`SHARDS`] shards by the top bits of the index, each behind its own
//! lock, so adapters (which reserve from the shard of their id) do not wait for one another;
//! the shard of a handle is in its value, so a lookup (`DxgkCbGetHandleData`) needs no adapter.
//! The quarantine is per shard. Insertion and removal take the shard's write lock; lookups of
//! objects (`get`) its shared lock.
//!
//! The KMD's lookups (`DxgkCbGetHandleData`) take no lock at all: every slot also has a mirror
//! in memory that never moves (chunks made once, never freed while the table lives), holding a
//! stamp (state, kind, uniqueness and a version) and two words the publisher chose (the KMD's
//! handle and the adapter). Writers, who hold the shard's write lock, mark the stamp as being
//! written, store the words, and store the new stamp; [`HandleTable::peek`] reads the stamp, the
//! words and the stamp again, and takes the words only when the two stamps agree and no write
//! was under way (a sequence lock, made of atomics). Freed slots mirror when and by whom they
//! were freed, so stale handles are reported without a lock too.

use std::collections::VecDeque;
use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering, fence};

use parking_lot::RwLock;

use super::PerCall;
use crate::abi::D3DKMT_HANDLE;

/// How many other frees a freed slot waits for before it is reused.
pub const QUARANTINE: usize = 1024;
/// The largest slot index a handle can carry (24 bits between the uniqueness and the low bits).
pub const MAX_INDEX: u32 = (1 << 24) - 1;
/// How many independently locked parts the index space is split into (a power of two).
pub const SHARDS: usize = 4;
/// The index bits below the shard number.
const SHARD_SHIFT: u32 = 24 - SHARDS.trailing_zeros();
/// The largest index within one shard.
const MAX_LOCAL_INDEX: u32 = (1 << SHARD_SHIFT) - 1;

const INDEX_SHIFT: u32 = 6;
const UNIQUENESS_SHIFT: u32 = 30;

/// What kind of object a handle names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HandleKind {
    /// A runtime device (`hDevice` of the callbacks).
    Device,
    /// A kernel-mode resource (`hKMResource`).
    Resource,
    /// An allocation (`hAllocation`).
    Allocation,
    /// A GPU context (`hContext` of the render callbacks).
    Context,
}

impl HandleKind {
    /// The kind in words (`"allocation"`).
    pub fn name(self) -> &'static str {
        match self {
            HandleKind::Device => "device",
            HandleKind::Resource => "resource",
            HandleKind::Allocation => "allocation",
            HandleKind::Context => "context",
        }
    }
}

impl fmt::Display for HandleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a handle did not resolve.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HandleError {
    /// Zero, low bits set, or an index never handed out.
    #[error("{handle:#010x} is not a handle this process was given")]
    Unknown {
        /// The handle.
        handle: D3DKMT_HANDLE,
    },
    /// The handle named an object that has since been freed.
    #[error("{handle:#010x} is stale: its {kind} was freed at #{freed_at}")]
    Stale {
        /// The handle.
        handle: D3DKMT_HANDLE,
        /// What it named.
        kind: HandleKind,
        /// The journal sequence number of the free.
        freed_at: u64,
        /// The tag the freeing code left (the adapter the object belonged to; 0 if unknown).
        owner: u64,
    },
    /// The handle names a live object of another kind.
    #[error("{handle:#010x} names a {actual}, not a {expected}")]
    WrongKind {
        /// The handle.
        handle: D3DKMT_HANDLE,
        /// The kind the caller needed.
        expected: HandleKind,
        /// The kind it names.
        actual: HandleKind,
    },
}

enum Slot<T> {
    /// Never published.
    Vacant,
    /// Reserved by a transaction that has not published it yet; resolves to nothing. Remembers
    /// the slot's previous state so an undo can restore it.
    Reserved { kind: HandleKind, previous: Option<(HandleKind, u64, u64)> },
    /// Live; `words` is what [`HandleTable::peek`] answers.
    Live { kind: HandleKind, object: T, words: [u64; 2], previous: Option<(HandleKind, u64, u64)> },
    /// Freed, waiting in quarantine or in the free list.
    Freed { kind: HandleKind, freed_at: u64, owner: u64 },
}

struct Entry<T> {
    uniqueness: u32,
    slot: Slot<T>,
}

struct Table<T> {
    entries: Vec<Entry<T>>,
    /// Freed slot indexes, oldest first.
    freed: VecDeque<u32>,
    /// Slots that were reserved and given back unseen: reusable at once.
    spare: Vec<u32>,
    live: usize,
}

/// A handle table whose live slots hold `T` (cheaply clonable, e.g. an `Arc`).
pub struct HandleTable<T> {
    shards: [RwLock<Table<T>>; SHARDS],
    mirrors: [Mirrors; SHARDS],
}

/// How many slot mirrors one chunk holds.
const CHUNK: usize = 4096;
/// How many chunks one shard's index space needs.
const CHUNKS: usize = (MAX_LOCAL_INDEX as usize + 1) / CHUNK;

/// One shard's slot mirrors, in chunks made on first use and never moved.
struct Mirrors {
    chunks: Box<[OnceLock<Box<[Mirror]>>]>,
}

/// What a lock-free lookup reads of one slot.
#[derive(Default)]
struct Mirror {
    /// [`Stamp`] bits and a version that advances with every write.
    stamp: AtomicU64,
    words: [AtomicU64; 2],
}

/// The meaning of a mirror's stamp: bits 0-1 the state, 2-3 the kind, 4-5 the uniqueness, bit
/// 6 set while a write is under way, the bits above the version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stamp {
    /// Vacant or reserved: resolves to nothing.
    Nothing,
    Live {
        kind: HandleKind,
        uniqueness: u32,
    },
    Freed {
        kind: HandleKind,
        uniqueness: u32,
    },
}

const STAMP_WRITING: u64 = 1 << 6;
const STAMP_VERSION_SHIFT: u32 = 7;
const STAMP_FIELDS: u64 = (1 << 6) - 1;

impl Stamp {
    fn bits(self) -> u64 {
        let (state, kind, uniqueness) = match self {
            Stamp::Nothing => (0, HandleKind::Device, 0),
            Stamp::Live { kind, uniqueness } => (1, kind, uniqueness),
            Stamp::Freed { kind, uniqueness } => (2, kind, uniqueness),
        };
        state | (kind as u64) << 2 | u64::from(uniqueness & 3) << 4
    }

    fn of(bits: u64) -> Stamp {
        let kind = match (bits >> 2) & 3 {
            0 => HandleKind::Device,
            1 => HandleKind::Resource,
            2 => HandleKind::Allocation,
            _ => HandleKind::Context,
        };
        let uniqueness = ((bits >> 4) & 3) as u32;
        match bits & 3 {
            1 => Stamp::Live { kind, uniqueness },
            2 => Stamp::Freed { kind, uniqueness },
            _ => Stamp::Nothing,
        }
    }
}

impl Mirrors {
    fn new() -> Self {
        Mirrors { chunks: (0..CHUNKS).map(|_| OnceLock::new()).collect() }
    }

    /// The mirror of a slot, if its chunk exists.
    fn get(&self, index: u32) -> Option<&Mirror> {
        let chunk = self.chunks.get(index as usize / CHUNK)?.get()?;
        chunk.get(index as usize % CHUNK)
    }

    /// The mirror of a slot, its chunk made if needed (writers only).
    fn make(&self, index: u32) -> &Mirror {
        let chunk = self.chunks[index as usize / CHUNK]
            .get_or_init(|| (0..CHUNK).map(|_| Mirror::default()).collect());
        &chunk[index as usize % CHUNK]
    }
}

impl Mirror {
    /// Publishes `stamp` and `words` (the caller holds the shard's write lock: one writer).
    fn write(&self, stamp: Stamp, words: [u64; 2]) {
        let old = self.stamp.load(Ordering::Relaxed);
        let version = (old >> STAMP_VERSION_SHIFT).wrapping_add(1);
        self.stamp.store(old | STAMP_WRITING, Ordering::Relaxed);
        fence(Ordering::Release);
        self.words[0].store(words[0], Ordering::Relaxed);
        self.words[1].store(words[1], Ordering::Relaxed);
        self.stamp.store(version << STAMP_VERSION_SHIFT | stamp.bits(), Ordering::Release);
    }

    /// A consistent snapshot: the stamp and the words written with it.
    fn read(&self) -> (Stamp, [u64; 2]) {
        loop {
            let before = self.stamp.load(Ordering::Acquire);
            if before & STAMP_WRITING == 0 {
                let words = [self.words[0].load(Ordering::Relaxed), self.words[1].load(Ordering::Relaxed)];
                fence(Ordering::Acquire);
                if self.stamp.load(Ordering::Relaxed) == before {
                    return (Stamp::of(before & STAMP_FIELDS), words);
                }
            }
            std::hint::spin_loop();
        }
    }
}

fn compose(shard: usize, index: u32, uniqueness: u32) -> D3DKMT_HANDLE {
    (uniqueness << UNIQUENESS_SHIFT) | ((shard as u32) << SHARD_SHIFT | index) << INDEX_SHIFT
}

/// A handle's shard, its index within the shard, and its uniqueness.
fn decompose(handle: D3DKMT_HANDLE) -> Option<(usize, u32, u32)> {
    let uniqueness = handle >> UNIQUENESS_SHIFT;
    let low_bits = handle & ((1 << INDEX_SHIFT) - 1);
    if uniqueness == 0 || low_bits != 0 {
        return None;
    }
    let index = (handle >> INDEX_SHIFT) & MAX_INDEX;
    Some(((index >> SHARD_SHIFT) as usize, index & MAX_LOCAL_INDEX, uniqueness))
}

fn next_uniqueness(uniqueness: u32) -> u32 {
    if uniqueness >= 3 { 1 } else { uniqueness + 1 }
}

impl<T: Clone> Default for HandleTable<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Clone> HandleTable<T> {
    /// An empty table.
    pub fn new() -> Self {
        HandleTable {
            shards: std::array::from_fn(|_| {
                RwLock::new(Table { entries: Vec::new(), freed: VecDeque::new(), spare: Vec::new(), live: 0 })
            }),
            mirrors: std::array::from_fn(|_| Mirrors::new()),
        }
    }

    /// Brings a slot's mirror up to date with its entry (the caller holds the shard's write
    /// lock). Every change of an entry ends here, so the mirror cannot drift from the table.
    fn mirror(&self, shard: usize, index: u32, entry: &Entry<T>) {
        let uniqueness = entry.uniqueness;
        let (stamp, words) = match entry.slot {
            Slot::Vacant | Slot::Reserved { .. } => (Stamp::Nothing, [0; 2]),
            Slot::Live { kind, words, .. } => (Stamp::Live { kind, uniqueness }, words),
            Slot::Freed { kind, freed_at, owner } => (Stamp::Freed { kind, uniqueness }, [freed_at, owner]),
        };
        self.mirrors[shard].make(index).write(stamp, words);
    }

    /// Resolves a handle of `kind` to the words it was published with, without taking a lock:
    /// the same answers as [`get`](Self::get), errors included.
    pub fn peek(&self, handle: D3DKMT_HANDLE, kind: HandleKind) -> Result<[u64; 2], HandleError> {
        let unknown = HandleError::Unknown { handle };
        let (shard, index, uniqueness) = decompose(handle).ok_or(unknown.clone())?;
        let mirror = self.mirrors[shard].get(index).ok_or(unknown.clone())?;
        match mirror.read() {
            (Stamp::Live { kind: actual, uniqueness: current }, words) if current == uniqueness => {
                if actual == kind {
                    Ok(words)
                } else {
                    Err(HandleError::WrongKind { handle, expected: kind, actual })
                }
            }
            (Stamp::Freed { kind, uniqueness: current }, [freed_at, owner]) if current == uniqueness => {
                Err(HandleError::Stale { handle, kind, freed_at, owner })
            }
            (Stamp::Nothing, _) => Err(unknown),
            (Stamp::Live { .. } | Stamp::Freed { .. }, _) => {
                Err(HandleError::Stale { handle, kind, freed_at: 0, owner: 0 })
            }
        }
    }

    /// Replaces the words a live handle answers [`peek`](Self::peek) with (a KMD handle the KMD
    /// changed). Nothing happens for a handle that is not live.
    pub fn set_words(&self, handle: D3DKMT_HANDLE, words: [u64; 2]) {
        let Some((shard, index, uniqueness)) = decompose(handle) else { return };
        let mut table = self.shards[shard].write();
        let Some(entry) = table.entries.get_mut(index as usize) else { return };
        if entry.uniqueness != uniqueness {
            return;
        }
        if let Slot::Live { words: current, .. } = &mut entry.slot {
            *current = words;
            self.mirror(shard, index, entry);
        }
    }

    /// The shard a handle's slot is in (None for a value this table never composes).
    fn shard_of(&self, handle: D3DKMT_HANDLE) -> Option<(&RwLock<Table<T>>, u32, u32)> {
        let (shard, index, uniqueness) = decompose(handle)?;
        Some((&self.shards[shard], index, uniqueness))
    }

    /// Reserves `count` handles of `kind` in the shard picked by `owner` (an adapter's id, from
    /// 1; owners 0 and 1 share the first shard) that
    /// resolve to nothing until [`publish`](Self::publish)ed. Returns `None` when the shard is
    /// full (every index in use or quarantined).
    pub fn reserve(&self, owner: u64, kind: HandleKind, count: usize) -> Option<PerCall<D3DKMT_HANDLE>> {
        // Owners (adapter ids) count from 1: the first adapter's handles start at 0x40000000.
        let shard = (owner.saturating_sub(1) % SHARDS as u64) as usize;
        let mut table = self.shards[shard].write();
        let mut handles = PerCall::with_capacity(count);
        for _ in 0..count {
            let index = if let Some(index) = table.spare.pop() {
                Some(index)
            } else if table.freed.len() > QUARANTINE {
                table.freed.pop_front()
            } else if table.entries.len() <= MAX_LOCAL_INDEX as usize {
                table.entries.push(Entry { uniqueness: 0, slot: Slot::Vacant });
                Some((table.entries.len() - 1) as u32)
            } else {
                table.freed.pop_front()
            };
            let Some(index) = index else {
                // Give back what this call took, exactly as it was.
                for handle in handles.into_iter().rev() {
                    self.unreserve_locked(&mut table, handle);
                }
                return None;
            };
            let entry = &mut table.entries[index as usize];
            let previous = match entry.slot {
                Slot::Freed { kind, freed_at, owner } => Some((kind, freed_at, owner)),
                _ => None,
            };
            entry.uniqueness = next_uniqueness(entry.uniqueness);
            entry.slot = Slot::Reserved { kind, previous };
            self.mirror(shard, index, entry);
            handles.push(compose(shard, index, entry.uniqueness));
        }
        Some(handles)
    }

    /// Makes a reserved handle resolve to `object`, and [`peek`](Self::peek) to `words`.
    pub fn publish(&self, handle: D3DKMT_HANDLE, object: T, words: [u64; 2]) {
        let (shard, index, _) = decompose(handle).expect("publish of a handle this table did not reserve");
        let mut table = self.shards[shard].write();
        let entry = &mut table.entries[index as usize];
        let Slot::Reserved { kind, previous } = entry.slot else {
            panic!("publish of {handle:#x}, which is not reserved")
        };
        entry.slot = Slot::Live { kind, object, words, previous };
        self.mirror(shard, index, entry);
        table.live += 1;
    }

    /// Takes published handles back to reserved: they resolve to nothing again, but their slots
    /// stay taken, so no other transaction can be given them while the caller still undoes what
    /// names them. [`unreserve`](Self::unreserve) then returns the slots.
    pub fn unpublish(&self, handles: &[D3DKMT_HANDLE]) {
        for &handle in handles {
            let (shard, index, _) = decompose(handle).expect("unpublish of a foreign handle");
            let mut table = self.shards[shard].write();
            let entry = &mut table.entries[index as usize];
            let Slot::Live { kind, previous, .. } = std::mem::replace(&mut entry.slot, Slot::Vacant) else {
                panic!("unpublish of {handle:#x}, which is not published")
            };
            entry.slot = Slot::Reserved { kind, previous };
            self.mirror(shard, index, entry);
            table.live -= 1;
        }
    }

    /// Reserves and publishes one handle.
    pub fn insert(&self, owner: u64, kind: HandleKind, object: T, words: [u64; 2]) -> Option<D3DKMT_HANDLE> {
        let handle = self.reserve(owner, kind, 1)?.pop()?;
        self.publish(handle, object, words);
        Some(handle)
    }

    /// Returns handles that were reserved (and possibly published) by a transaction that failed
    /// before anyone outside it saw them: the slots go back exactly as they were, with no
    /// quarantine, so a failed call leaves no trace in the table.
    pub fn unreserve(&self, handles: &[D3DKMT_HANDLE]) {
        for &handle in handles.iter().rev() {
            let (shard, _, _) = decompose(handle).expect("unreserve of a foreign handle");
            self.unreserve_locked(&mut self.shards[shard].write(), handle);
        }
    }

    fn unreserve_locked(&self, table: &mut Table<T>, handle: D3DKMT_HANDLE) {
        let (shard, index, _) = decompose(handle).expect("unreserve of a foreign handle");
        let entry = &mut table.entries[index as usize];
        let previous = match std::mem::replace(&mut entry.slot, Slot::Vacant) {
            Slot::Reserved { previous, .. } => previous,
            Slot::Live { previous, .. } => {
                table.live -= 1;
                previous
            }
            Slot::Vacant | Slot::Freed { .. } => panic!("unreserve of {handle:#x}, which was not reserved"),
        };
        // Step the uniqueness back so the slot looks as it did before the reservation.
        entry.uniqueness = match entry.uniqueness {
            1 if previous.is_none() => 0,
            1 => 3,
            u => u - 1,
        };
        match previous {
            Some((kind, freed_at, owner)) => {
                // It came from the front of the quarantine queue; it goes back there.
                entry.slot = Slot::Freed { kind, freed_at, owner };
                self.mirror(shard, index, entry);
                table.freed.push_front(index);
            }
            None => {
                self.mirror(shard, index, entry);
                table.spare.push(index);
            }
        }
    }

    /// Frees a live handle; `freed_at` (the journal sequence of the free) and `owner` (a tag,
    /// such as the adapter) come back in later stale reports. Returns the object it named.
    pub fn remove(
        &self,
        handle: D3DKMT_HANDLE,
        kind: HandleKind,
        freed_at: u64,
        owner: u64,
    ) -> Result<T, HandleError> {
        let (shard, index, _) = decompose(handle).ok_or(HandleError::Unknown { handle })?;
        let mut table = self.shards[shard].write();
        Self::check(&table, handle, kind)?;
        let entry = &mut table.entries[index as usize];
        let Slot::Live { object, .. } =
            std::mem::replace(&mut entry.slot, Slot::Freed { kind, freed_at, owner })
        else {
            unreachable!("check() accepted only live slots")
        };
        self.mirror(shard, index, entry);
        table.freed.push_back(index);
        table.live -= 1;
        Ok(object)
    }

    /// Resolves a handle of `kind` to its object.
    pub fn get(&self, handle: D3DKMT_HANDLE, kind: HandleKind) -> Result<T, HandleError> {
        let (shard, _, _) = self.shard_of(handle).ok_or(HandleError::Unknown { handle })?;
        Self::check(&shard.read(), handle, kind)
    }

    /// The kind of a live handle.
    pub fn kind_of(&self, handle: D3DKMT_HANDLE) -> Option<HandleKind> {
        let (shard, index, uniqueness) = self.shard_of(handle)?;
        let table = shard.read();
        let entry = table.entries.get(index as usize)?;
        match entry.slot {
            Slot::Live { kind, .. } if entry.uniqueness == uniqueness => Some(kind),
            _ => None,
        }
    }

    /// How many handles resolve right now.
    pub fn live_count(&self) -> usize {
        self.shards.iter().map(|shard| shard.read().live).sum()
    }

    fn check(table: &Table<T>, handle: D3DKMT_HANDLE, kind: HandleKind) -> Result<T, HandleError> {
        let unknown = HandleError::Unknown { handle };
        let (_, index, uniqueness) = decompose(handle).ok_or(unknown.clone())?;
        let entry = table.entries.get(index as usize).ok_or(unknown.clone())?;
        match &entry.slot {
            Slot::Live { kind: actual, object, .. } if entry.uniqueness == uniqueness => {
                if *actual == kind {
                    Ok(object.clone())
                } else {
                    Err(HandleError::WrongKind { handle, expected: kind, actual: *actual })
                }
            }
            Slot::Freed { kind, freed_at, owner } if entry.uniqueness == uniqueness => {
                Err(HandleError::Stale { handle, kind: *kind, freed_at: *freed_at, owner: *owner })
            }
            Slot::Vacant | Slot::Reserved { .. } => Err(unknown),
            // The slot has been reused since this handle was current.
            Slot::Live { .. } | Slot::Freed { .. } => {
                Err(HandleError::Stale { handle, kind, freed_at: 0, owner: 0 })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// `get`, checked against the lock-free `peek` (published with the value as its first word).
    fn resolve(
        table: &HandleTable<u32>,
        handle: D3DKMT_HANDLE,
        kind: HandleKind,
    ) -> Result<u32, HandleError> {
        let locked = table.get(handle, kind);
        let lock_free = table.peek(handle, kind).map(|[value, _]| value as u32);
        assert_eq!(locked, lock_free, "get and peek disagree on {handle:#x}");
        locked
    }

    #[test]
    fn handles_have_the_windows_shape() {
        let table = HandleTable::new();
        let first = table.insert(0, HandleKind::Allocation, 1u32, [1, 0]).unwrap();
        let second = table.insert(0, HandleKind::Allocation, 2u32, [2, 0]).unwrap();
        assert_eq!(first, 0x4000_0000);
        assert_eq!(second, 0x4000_0040);
        assert_eq!(resolve(&table, second, HandleKind::Allocation), Ok(2));
    }

    #[test]
    fn each_owner_reserves_from_its_shard_and_handles_say_which() {
        let table = HandleTable::new();
        let first = table.insert(1, HandleKind::Allocation, 10u32, [10, 0]).unwrap();
        let second = table.insert(1, HandleKind::Allocation, 11u32, [11, 0]).unwrap();
        let other = table.insert(2, HandleKind::Allocation, 20u32, [20, 0]).unwrap();
        assert_eq!((first, second), (0x4000_0000, 0x4000_0040), "shard 0: consecutive indexes");
        assert_eq!(other, 0x5000_0000, "shard 1 starts its own indexes");
        assert_eq!(resolve(&table, first, HandleKind::Allocation), Ok(10));
        assert_eq!(resolve(&table, other, HandleKind::Allocation), Ok(20));
        assert_eq!(table.insert(1 + SHARDS as u64, HandleKind::Device, 30u32, [30, 0]), Some(0x4000_0080));
        table.remove(first, HandleKind::Allocation, 5, 1).unwrap();
        assert!(matches!(resolve(&table, first, HandleKind::Allocation), Err(HandleError::Stale { .. })));
        assert_eq!(resolve(&table, other, HandleKind::Allocation), Ok(20), "other shards are untouched");
        assert_eq!(table.live_count(), 3);
    }

    #[test]
    fn an_unpublished_handle_resolves_to_nothing_and_is_not_given_out_until_unreserved() {
        let table = HandleTable::new();
        let handle = table.reserve(0, HandleKind::Allocation, 1).unwrap()[0];
        table.publish(handle, 5u32, [5, 0]);
        table.unpublish(&[handle]);
        assert!(matches!(resolve(&table, handle, HandleKind::Allocation), Err(HandleError::Unknown { .. })));
        assert_eq!(table.live_count(), 0);
        let other = table.reserve(0, HandleKind::Allocation, 1).unwrap()[0];
        assert_ne!(other, handle, "a slot still being undone was given out");
        table.unreserve(&[handle]);
        assert_eq!(
            table.reserve(0, HandleKind::Allocation, 1).unwrap()[0],
            handle,
            "the slot came back as it was"
        );
    }

    #[test]
    fn wrong_kind_unknown_and_zero_are_refused() {
        let table = HandleTable::new();
        let handle = table.insert(0, HandleKind::Resource, 7u32, [7, 0]).unwrap();
        assert_eq!(
            resolve(&table, handle, HandleKind::Allocation),
            Err(HandleError::WrongKind {
                handle,
                expected: HandleKind::Allocation,
                actual: HandleKind::Resource
            })
        );
        for bogus in [0, handle | 1, 0x4000_0040, 0x1234_5678, u32::MAX] {
            assert!(
                matches!(resolve(&table, bogus, HandleKind::Resource), Err(HandleError::Unknown { .. })),
                "{bogus:#x}"
            );
        }
    }

    #[test]
    fn a_freed_handle_is_stale_and_its_slot_waits_in_quarantine() {
        let table = HandleTable::new();
        let victim = table.insert(0, HandleKind::Allocation, 0u32, [0, 0]).unwrap();
        table.remove(victim, HandleKind::Allocation, 812, 3).unwrap();
        assert_eq!(
            resolve(&table, victim, HandleKind::Allocation),
            Err(HandleError::Stale { handle: victim, kind: HandleKind::Allocation, freed_at: 812, owner: 3 })
        );
        assert_eq!(
            resolve(&table, victim, HandleKind::Allocation).unwrap_err().to_string(),
            "0x40000000 is stale: its allocation was freed at #812"
        );
        // Churn: 1024 more frees must happen before the victim's slot comes back.
        let mut seen = HashSet::new();
        for n in 0..QUARANTINE as u32 {
            let handle = table.insert(0, HandleKind::Allocation, n, [n.into(), 0]).unwrap();
            assert!(seen.insert(handle));
            assert_ne!(handle & !0xC000_0000, victim & !0xC000_0000, "slot reused after {n} frees");
            table.remove(handle, HandleKind::Allocation, u64::from(n), 0).unwrap();
        }
        let reused = table.insert(0, HandleKind::Allocation, 99u32, [99, 0]).unwrap();
        assert_eq!(reused, 0x8000_0000, "the victim's slot, with the next uniqueness");
        assert!(matches!(resolve(&table, victim, HandleKind::Allocation), Err(HandleError::Stale { .. })));
        assert_eq!(resolve(&table, reused, HandleKind::Allocation), Ok(99));
    }

    #[test]
    fn uniqueness_cycles_through_one_two_three_and_never_makes_zero() {
        let table = HandleTable::new();
        let mut uniqueness_seen = Vec::new();
        let first = table.insert(0, HandleKind::Device, 0u32, [0, 0]).unwrap();
        table.remove(first, HandleKind::Device, 1, 0).unwrap();
        for round in 0..7u32 {
            // Push enough other frees through to recycle slot 0.
            let others: Vec<_> = (0..=QUARANTINE)
                .map(|_| table.insert(0, HandleKind::Device, 0u32, [0, 0]).unwrap())
                .collect();
            for h in others {
                table.remove(h, HandleKind::Device, 2, 0).unwrap();
            }
            let handle = table.insert(0, HandleKind::Device, round, [round.into(), 0]).unwrap();
            if handle & 0x3FFF_FFFF == 0 {
                uniqueness_seen.push(handle >> 30);
            }
            assert_ne!(handle, 0);
            table.remove(handle, HandleKind::Device, 3, 0).unwrap();
        }
        assert!(
            uniqueness_seen.windows(2).all(|w| w[1] == if w[0] == 3 { 1 } else { w[0] + 1 }),
            "{uniqueness_seen:?}"
        );
        assert!(uniqueness_seen.iter().all(|u| (1..=3).contains(u)));
    }

    #[test]
    fn unreserve_restores_the_table_exactly() {
        let table = HandleTable::new();
        let kept = table.insert(0, HandleKind::Allocation, 1u32, [1, 0]).unwrap();
        let reserved = table.reserve(0, HandleKind::Allocation, 3).unwrap();
        table.publish(reserved[0], 5, [5, 0]);
        table.unreserve(&reserved);
        assert_eq!(table.live_count(), 1);
        for handle in &reserved {
            assert!(matches!(
                resolve(&table, *handle, HandleKind::Allocation),
                Err(HandleError::Unknown { .. })
            ));
        }
        // The next reservation hands out the very same handles again.
        assert_eq!(table.reserve(0, HandleKind::Allocation, 3).unwrap(), reserved);
        assert_eq!(resolve(&table, kept, HandleKind::Allocation), Ok(1));
    }

    #[test]
    fn set_words_changes_what_a_live_handle_answers_and_nothing_else() {
        let table = HandleTable::new();
        let handle = table.insert(0, HandleKind::Resource, 7u32, [7, 3]).unwrap();
        table.set_words(handle, [8, 3]);
        assert_eq!(table.peek(handle, HandleKind::Resource), Ok([8, 3]));
        assert_eq!(table.get(handle, HandleKind::Resource), Ok(7), "the object is not the words");
        table.remove(handle, HandleKind::Resource, 40, 3).unwrap();
        table.set_words(handle, [9, 9]);
        assert_eq!(
            table.peek(handle, HandleKind::Resource),
            Err(HandleError::Stale { handle, kind: HandleKind::Resource, freed_at: 40, owner: 3 }),
            "a freed handle keeps its free's record"
        );
    }

    #[test]
    fn slots_past_the_first_chunk_are_mirrored() {
        let table = HandleTable::new();
        let handles: Vec<_> = (0..CHUNK as u32 + 2)
            .map(|n| table.insert(0, HandleKind::Allocation, n, [n.into(), 0]).unwrap())
            .collect();
        for (n, &handle) in handles.iter().enumerate() {
            assert_eq!(resolve(&table, handle, HandleKind::Allocation), Ok(n as u32));
        }
        let beyond = compose(0, CHUNK as u32 * 3, 1);
        assert_eq!(table.peek(beyond, HandleKind::Allocation), Err(HandleError::Unknown { handle: beyond }));
    }

    #[test]
    fn a_lock_free_read_never_sees_words_of_two_writes() {
        // Each publish writes [v, !v]; a reader that saw half of one write and half of another
        // would find words that do not pair.
        let table = std::sync::Arc::new(HandleTable::new());
        let rounds: u32 = if cfg!(miri) { 30 } else { 20_000 };
        let handle = table.insert(0, HandleKind::Allocation, 0u32, [0, !0]).unwrap();
        let watched = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(handle));
        let reader = {
            let (table, watched) = (table.clone(), watched.clone());
            std::thread::spawn(move || {
                let mut seen = 0u32;
                while seen < rounds {
                    let handle = watched.load(Ordering::Acquire);
                    match table.peek(handle, HandleKind::Allocation) {
                        Ok([value, check]) => {
                            assert_eq!(check, !value, "torn read of {handle:#x}");
                            seen += 1;
                        }
                        Err(HandleError::Stale { freed_at, owner, .. }) => {
                            assert!(
                                owner == 0 || owner == u64::from(freed_at as u32) + 1,
                                "torn free record"
                            );
                            seen += 1;
                        }
                        Err(other) => panic!("{other}"),
                    }
                }
            })
        };
        let mut handle = handle;
        for n in 1..=rounds {
            let value = u64::from(n) << 32 | u64::from(n);
            let next = table.insert(0, HandleKind::Allocation, n, [value, !value]).unwrap();
            watched.store(next, Ordering::Release);
            table.remove(handle, HandleKind::Allocation, u64::from(n), u64::from(n) + 1).unwrap();
            handle = next;
        }
        reader.join().unwrap();
    }
}
