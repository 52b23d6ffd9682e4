//! The video memory manager model: segments with real backing memory, placement, eviction,
//! residency, priorities, budgets, offer and reclaim, and CPU access (lock).
//!
//! One [`VidMm`] per adapter. It knows allocations by their D3DKMT handle; the runtime layer
//! resolves and checks handles (existence, owning device) before it calls in. Its state is one
//! mutex, the innermost lock of the crate (see `core::model`): nothing here calls out to a KMD,
//! the handle table or the journal while holding it (notes made under it are written after).
//!
//! One concern per file: `placement` (creation, candidate segments, paging in), `residency`
//! (residency references, priorities, GPU use, eviction), `cpu_access` (lock and unlock),
//! `offer` (offer and reclaim), `budget`, `inspect` (what a tester can ask); `allocator` is the
//! range allocator and `backing` the host memory behind segments, the only unsafe code here.
//!
//! # Policy (the choices `research/vidmm.md` a.11 says the documentation leaves open)
//!
//! - **Contiguity**: every placement is one contiguous range of 4 KiB pages, ordinary allocations
//!   included (Windows may use page lists for them). The range allocator
//!   ([`allocator::RangeAllocator`]) answers "does not fit" in constant time.
//! - **Candidate order**: the KMD's `PreferredSegment` entries in order (those outside the
//!   supported set are skipped; the allocation path already refused such KMD output), then the
//!   other supported segments: memory segments by ascending id, then aperture segments. In WDDM
//!   2.x only the write set is the supported set; for older KMDs it is the union of both sets.
//! - **Direction**: `FromEndOfSegment`, or a preference entry's `Direction` bit, takes the range
//!   from the top of the chosen free block; otherwise from its bottom. The block itself is chosen
//!   by size class (constant time), not by address, so "from the end" means the end of the
//!   segment only while the top of the segment is one free block.
//! - **When placement happens**: at creation (as VidMm's first paging of a new allocation), and
//!   again whenever an evicted allocation is made resident (`pfnMakeResidentCb`). Creation never
//!   fails for lack of room: an allocation that finds no place starts non-resident, with its
//!   content in system memory, and `pfnMakeResidentCb` pages it in later.
//! - **Out of video memory** (`D3DERR_OUTOFVIDEOMEMORY`) means the virtualisation failed: the
//!   allocation is larger than every segment it may live in, or the adapter's commit limit
//!   (the sum of the memory segments' sizes and the apertures' commit limits, as in "Calculating
//!   Graphics Memory") cannot cover it. Offered allocations do not count toward the commit.
//! - **Eviction at creation** follows the priority descriptions of `pfnSetPriorityCb`: an
//!   allocation of NORMAL priority or above may evict allocations of strictly lower priority from
//!   its candidate segments; a LOW (or lower) one does minimal work and falls back to the next
//!   segment. **Eviction for `pfnMakeResidentCb`** may evict any allocation that is not itself on a
//!   residency list. In both cases victims are, in order: offered allocations (their content is
//!   discarded, not copied), then lowest priority first, least recently used within a priority.
//!   Locked, busy and resident-listed allocations are never victims.
//! - **Evict or fail**: before evicting anything from a segment, the model checks in constant time
//!   per victim that the free space plus everything evictable could hold the request; if not,
//!   it evicts nothing there and tries the next segment.
//! - **Residency**: `pfnMakeResidentCb` is synchronous: the paging is done when it returns `S_OK`,
//!   and `PagingFenceValue` is the adapter's paging fence after the work (already signalled), so
//!   `E_PENDING` is never returned. `pfnEvictCb` drops the residency reference; the content moves
//!   out only under pressure (or through `WddmShimForceEviction`).
//! - **Budgets**: one per segment group (local: memory segments; non-local: apertures), by default
//!   the group's whole size; `WddmShimSetBudget` lowers it to simulate pressure. Placement never
//!   exceeds a budget; `pfnMakeResidentCb` over budget trims what it may, then fails with
//!   `E_OUTOFMEMORY` and the bytes to trim.
//! - **Offer**: an offered allocation keeps its place and content until pressure needs the room;
//!   then its content is discarded. Reclaim reports `OK`, `DISCARDED`, or `NOT_COMMITTED` when the
//!   commit limit cannot take it back.
//! - **Lock flags the model checks but does not act on**: `AcquireAperture` (refused for an
//!   allocation that can only live in an aperture, as documented; no swizzling range exists, so
//!   `DxgkDdiAcquireSwizzlingRange` is never called), `UseAlternateVA` (refused unless the KMD
//!   created the allocation with `UseAlternateVA`), `IgnoreReadSync` (GPU use is not split into
//!   reads and writes, so such a lock waits like a plain one), `ReadOnly` / `WriteOnly` (the
//!   memory is plain host memory either way).
//! - **Discard locks** do not rename: a Discard lock of a busy allocation gives it fresh, zeroed
//!   memory under the same handle without waiting (the busy content is dropped), which the
//!   documentation allows ("may rename").

pub mod allocator;
pub mod backing;
mod budget;
mod cpu_access;
mod inspect;
mod offer;
mod placement;
mod residency;

use parking_lot::{Condvar, Mutex, MutexGuard};
use thiserror::Error;

use crate::abi::*;
use crate::journal;
use allocator::{Range, RangeAllocator};
use backing::{HostBlock, PAGE_SIZE, SegmentMemory};

/// Why VidMm refused; the runtime maps each to its documented HRESULT.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum VidMmError {
    /// `E_INVALIDARG`.
    #[error("{0}")]
    InvalidArg(String),
    /// `D3DERR_OUTOFVIDEOMEMORY`.
    #[error("out of video memory: {0}")]
    OutOfVideoMemory(String),
    /// `E_OUTOFMEMORY`: the host refused memory.
    #[error("out of host memory: {0}")]
    OutOfHostMemory(String),
    /// `D3DERR_WASSTILLDRAWING`.
    #[error("{0}")]
    StillDrawing(String),
    /// `D3DERR_NOTAVAILABLE`.
    #[error("{0}")]
    NotAvailable(String),
    /// `E_OUTOFMEMORY` from `pfnMakeResidentCb`, with the bytes the device must trim.
    #[error("over budget: {bytes_to_trim} bytes must be trimmed")]
    OverBudget {
        /// Bytes to trim.
        bytes_to_trim: u64,
    },
}

impl VidMmError {
    /// The documented HRESULT.
    pub fn hresult(&self) -> HRESULT {
        match self {
            VidMmError::InvalidArg(_) => E_INVALIDARG,
            VidMmError::OutOfVideoMemory(_) => D3DERR_OUTOFVIDEOMEMORY,
            VidMmError::OutOfHostMemory(_) | VidMmError::OverBudget { .. } => E_OUTOFMEMORY,
            VidMmError::StillDrawing(_) => D3DERR_WASSTILLDRAWING,
            VidMmError::NotAvailable(_) => D3DERR_NOTAVAILABLE,
        }
    }
}

/// A segment group, as budgets count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// `DXGI_MEMORY_SEGMENT_GROUP_LOCAL` (0): the memory segments.
    Local = 0,
    /// `DXGI_MEMORY_SEGMENT_GROUP_NON_LOCAL` (1): the apertures.
    NonLocal = 1,
}

/// One segment as the KMD reported it.
#[derive(Clone, Debug)]
pub struct SegmentConfig {
    /// 1-based id.
    pub id: u32,
    /// Size in bytes.
    pub size: u64,
    /// An aperture (address space over system memory) rather than a memory segment.
    pub aperture: bool,
    /// The CPU can reach the memory directly.
    pub cpu_visible: bool,
    /// Commit limit in bytes (apertures; memory segments use their size).
    pub commit_limit: u64,
}

/// What VidMm needs to know of one new allocation.
#[derive(Clone, Debug)]
pub struct NewAllocation {
    /// Its D3DKMT handle.
    pub handle: D3DKMT_HANDLE,
    /// Size in bytes (page-rounded by the allocation path).
    pub size: u64,
    /// Alignment in bytes (0 or a power of two).
    pub alignment: u64,
    /// Preferred segments in order, with each entry's Direction bit: (id, from_end).
    pub preferred: crate::core::model::SegmentPreference,
    /// Supported segments (bit 0 = segment 1).
    pub supported: u32,
    /// `DXGK_ALLOCATIONINFOFLAGS` value.
    pub flags: u32,
    /// Starting priority.
    pub priority: u32,
    /// The runtime-provided system memory (`pSystemMem`), or 0.
    pub system_memory: usize,
}

/// Where an allocation's content is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// In a memory or aperture segment.
    Segment {
        /// Segment id.
        id: u32,
        /// Byte offset.
        offset: u64,
    },
    /// Not resident: the content is in system memory.
    System,
    /// Offered and discarded: there is no content.
    Discarded,
    /// The runtime's `pSystemMem`, mapped through the aperture for its whole life.
    UserMemory,
}

/// A snapshot of one allocation, for inspection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocationView {
    /// Where it is.
    pub location: Location,
    /// Size in bytes.
    pub size: u64,
    /// Outstanding locks.
    pub lock_count: u32,
    /// Outstanding `pfnMakeResidentCb` references.
    pub residency_references: u32,
    /// Current priority.
    pub priority: u32,
    /// `D3DDDI_OFFER_PRIORITY` while offered, else 0.
    pub offer_priority: u32,
    /// Marked busy (in use by the GPU).
    pub busy: bool,
    /// How many times its content was evicted.
    pub evictions: u32,
}

/// A snapshot of one segment, for inspection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentView {
    /// Segment id.
    pub id: u32,
    /// Size in bytes.
    pub size: u64,
    /// Bytes placed.
    pub used: u64,
    /// The largest free contiguous block, in bytes.
    pub largest_free: u64,
    /// Number of free blocks.
    pub free_blocks: u64,
    /// Allocations placed.
    pub allocations: u64,
    /// Aperture segment.
    pub aperture: bool,
    /// CPU-visible memory segment.
    pub cpu_visible: bool,
}

/// Why VidMm could not prepare a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// An allocation is locked in a memory segment.
    LockedInVideoMemory(D3DKMT_HANDLE),
    /// Any other refusal.
    VidMm(VidMmError),
}

/// A group's budget and usage, like `D3DKMTQueryVideoMemoryInfo`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemoryInfo {
    /// The budget.
    pub budget: u64,
    /// Bytes resident in the group.
    pub current_usage: u64,
    /// The reservation (the model keeps none).
    pub current_reservation: u64,
    /// What a reservation could take: the budget.
    pub available_for_reservation: u64,
}

/// Counters over the adapter's life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Evictions (content moved out of a segment).
    pub evictions: u64,
    /// Page-ins of evicted content.
    pub restores: u64,
    /// Offered allocations whose content was discarded.
    pub discards: u64,
    /// Allocations deallocated while still locked.
    pub freed_while_locked: u64,
}

/// How a lock wants the memory.
#[derive(Clone, Copy, Debug, Default)]
pub struct LockRequest {
    /// `D3DDDICB_LOCKFLAGS` value.
    pub flags: u32,
    /// With a page list: its first page (where the returned address points) and its highest
    /// page (checked against the allocation's size); `None` with `LockEntire`.
    pub pages: Option<(u32, u32)>,
}

struct Record {
    size: u64,
    alignment: u64,
    candidates: Candidates,
    flags: u32,
    priority: u32,
    location: Location,
    /// The system-memory content while not in a memory segment (None: all zeros).
    system: Option<HostBlock>,
    user_memory: usize,
    last_use: u64,
    locks: u32,
    residency: u32,
    offer: u32,
    /// Marked busy by `WddmShimSetAllocationBusy`.
    marked_busy: bool,
    /// Unfinished GPU submissions that reference it.
    gpu_uses: u32,
    evictions: u32,
}

impl Record {
    fn busy(&self) -> bool {
        self.marked_busy || self.gpu_uses > 0
    }
}

struct Segment {
    config: SegmentConfig,
    allocator: RangeAllocator,
    memory: SegmentMemory,
}

struct State {
    segments: Vec<Segment>,
    records: crate::core::IntegerMap<D3DKMT_HANDLE, Record>,
    clock: u64,
    committed: u64,
    budgets: [u64; 2],
    usage: [u64; 2],
    paging_fence: u64,
    counters: Counters,
    adapter_id: u64,
    /// Journal notes made under the lock, written once it is released ([`StateGuard`]).
    notes: crate::core::PerCall<journal::Text>,
}

/// The VidMm lock, held. Notes made under it reach the journal only after it is released: the
/// journal is never written inside the VidMm lock (the innermost of the crate, see
/// `core::model`).
struct StateGuard<'a> {
    guard: Option<MutexGuard<'a, State>>,
}

impl<'a> StateGuard<'a> {
    /// The mutex guard itself, for the condition variable.
    fn held(&mut self) -> &mut MutexGuard<'a, State> {
        self.guard.as_mut().expect("held until dropped")
    }
}

impl std::ops::Deref for StateGuard<'_> {
    type Target = State;
    fn deref(&self) -> &State {
        self.guard.as_ref().expect("held until dropped")
    }
}

impl std::ops::DerefMut for StateGuard<'_> {
    fn deref_mut(&mut self) -> &mut State {
        self.guard.as_mut().expect("held until dropped")
    }
}

impl Drop for StateGuard<'_> {
    fn drop(&mut self) {
        let Some(mut state) = self.guard.take() else { return };
        if state.notes.is_empty() {
            return;
        }
        let notes = std::mem::take(&mut state.notes);
        let adapter = state.adapter_id;
        drop(state);
        for note in notes {
            journal::record_note(adapter, "VidMm", note);
        }
    }
}

/// The segments an allocation may be placed in, in the order they are tried: (id, from_end).
type Candidates = smallvec::SmallVec<[(u32, bool); 8]>;

/// Who may be evicted to make room.
#[derive(Clone, Copy, PartialEq, Eq)]
enum VictimRule {
    /// Creation-time placement: only strictly lower priorities, and only for NORMAL and above.
    LowerPriorityThan(u32),
    /// `pfnMakeResidentCb`: anything not on a residency list.
    NotListed,
}

/// One adapter's video memory manager.
pub struct VidMm {
    state: Mutex<State>,
    idle: Condvar,
    commit_limit: u64,
}

fn units(bytes: u64) -> u64 {
    bytes.div_ceil(PAGE_SIZE)
}

fn group_of(segment: &SegmentConfig) -> Group {
    if segment.aperture { Group::NonLocal } else { Group::Local }
}

impl VidMm {
    /// A VidMm over the KMD's segments (ids 1..) of adapter `adapter_id` (its journal tag).
    pub fn new(adapter_id: u64, segments: Vec<SegmentConfig>) -> Self {
        let mut budgets = [0u64; 2];
        let mut commit_limit = 0;
        for segment in &segments {
            match group_of(segment) {
                Group::Local => {
                    budgets[0] += segment.size;
                    commit_limit += segment.size;
                }
                Group::NonLocal => {
                    budgets[1] += segment.commit_limit;
                    commit_limit += segment.commit_limit;
                }
            }
        }
        let segments = segments
            .into_iter()
            .map(|config| Segment {
                allocator: RangeAllocator::new(units(config.size)),
                memory: SegmentMemory::new(if config.aperture { 0 } else { config.size }),
                config,
            })
            .collect();
        VidMm {
            state: Mutex::new(State {
                segments,
                records: Default::default(),
                clock: 0,
                committed: 0,
                budgets,
                usage: [0; 2],
                paging_fence: 0,
                counters: Counters::default(),
                adapter_id,
                notes: crate::core::PerCall::new(),
            }),
            idle: Condvar::new(),
            commit_limit,
        }
    }

    /// Takes the VidMm lock.
    fn lock_state(&self) -> StateGuard<'_> {
        StateGuard { guard: Some(self.state.lock()) }
    }
}

impl State {
    fn record(&self, handle: D3DKMT_HANDLE) -> Result<&Record, VidMmError> {
        self.records
            .get(&handle)
            .ok_or_else(|| VidMmError::InvalidArg(format!("allocation {handle:#010x} is not known to VidMm")))
    }

    /// Drops an allocation's record and releases what it held.
    fn remove(&mut self, handle: D3DKMT_HANDLE) {
        let Some(record) = self.records.remove(&handle) else { return };
        if record.user_memory == 0 && record.offer == 0 {
            self.committed -= record.size;
        }
        if let Location::Segment { id, offset } = record.location {
            let segment = &mut self.segments[id as usize - 1];
            Self::release_range(segment, offset, record.size);
            self.usage[group_of(&segment.config) as usize] -= record.size;
        }
    }
}
