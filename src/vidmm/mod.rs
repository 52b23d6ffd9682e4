//! The video memory manager model: segments with real backing memory, placement, eviction,
//! residency, priorities, budgets, offer and reclaim, and CPU access (lock).
//!
//! One [`VidMm`] per adapter. It knows allocations by their D3DKMT handle; the runtime layer
//! resolves and checks handles (existence, owning device) before it calls in. Its state is one
//! mutex, the innermost lock of the crate (see `core::model`): nothing here calls out to a KMD or
//! the handle table while holding it.
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

use std::collections::HashMap;

use parking_lot::{Condvar, Mutex};
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
    pub preferred: Vec<(u32, bool)>,
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
    candidates: Vec<(u32, bool)>,
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
    records: HashMap<D3DKMT_HANDLE, Record>,
    clock: u64,
    committed: u64,
    budgets: [u64; 2],
    usage: [u64; 2],
    paging_fence: u64,
    counters: Counters,
    adapter_id: u64,
}

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
                records: HashMap::new(),
                clock: 0,
                committed: 0,
                budgets,
                usage: [0; 2],
                paging_fence: 0,
                counters: Counters::default(),
                adapter_id,
            }),
            idle: Condvar::new(),
            commit_limit,
        }
    }

    /// Places new allocations, all or none (at creation). On error nothing is left behind.
    pub fn create(&self, allocations: &[NewAllocation]) -> Result<(), VidMmError> {
        let mut state = self.state.lock();
        let total: u64 = allocations.iter().filter(|a| a.system_memory == 0).map(|a| a.size).sum();
        if state.committed + total > self.commit_limit {
            return Err(VidMmError::OutOfVideoMemory(format!(
                "committing {total} more bytes would pass the adapter's commit limit of {} ({} committed)",
                self.commit_limit, state.committed
            )));
        }
        for new in allocations {
            if new.system_memory != 0 {
                continue;
            }
            let fits_somewhere = state.segments.iter().any(|s| {
                new.supported & (1 << (s.config.id - 1)) != 0
                    && new.size <= if s.config.aperture { s.config.commit_limit } else { s.config.size }
            });
            if !fits_somewhere {
                return Err(VidMmError::OutOfVideoMemory(format!(
                    "allocation {:#010x} of {} bytes is larger than every segment it may live in",
                    new.handle, new.size
                )));
            }
        }
        let mut placed = Vec::with_capacity(allocations.len());
        for new in allocations {
            state.clock += 1;
            let record = Record {
                size: new.size,
                alignment: new.alignment.max(1),
                candidates: candidates(&state.segments, new),
                flags: new.flags,
                priority: new.priority,
                location: if new.system_memory != 0 { Location::UserMemory } else { Location::System },
                system: None,
                user_memory: new.system_memory,
                last_use: state.clock,
                locks: 0,
                residency: 0,
                offer: 0,
                marked_busy: false,
                gpu_uses: 0,
                evictions: 0,
            };
            if new.system_memory == 0 {
                state.committed += new.size;
            }
            state.records.insert(new.handle, record);
            placed.push(new.handle);
            if new.system_memory == 0 {
                let rule = VictimRule::LowerPriorityThan(new.priority);
                if let Err(error) = state.page_in(new.handle, rule, true) {
                    for handle in placed {
                        state.remove(handle);
                    }
                    return Err(error);
                }
            }
        }
        Ok(())
    }

    /// Forgets allocations (at deallocation), releasing their memory. Returns, for each one that
    /// was still locked, its handle and lock count.
    pub fn destroy(&self, handles: &[D3DKMT_HANDLE]) -> Vec<(D3DKMT_HANDLE, u32)> {
        let mut state = self.state.lock();
        let mut locked = Vec::new();
        for &handle in handles {
            if let Some(record) = state.records.get(&handle) {
                if record.locks > 0 {
                    locked.push((handle, record.locks));
                    state.counters.freed_while_locked += 1;
                }
                state.remove(handle);
            }
        }
        drop(state);
        self.idle.notify_all();
        locked
    }

    /// `pfnLockCb` / `pfnLock2Cb`: returns the CPU address of the allocation (of its first listed
    /// page with a page list).
    pub fn lock(&self, handle: D3DKMT_HANDLE, request: LockRequest) -> Result<*mut u8, VidMmError> {
        use D3DDDICB_LOCKFLAGS as F;
        let flags = request.flags;
        if flags & F::ReadOnly != 0 && flags & F::WriteOnly != 0 {
            return Err(VidMmError::InvalidArg("Flags.ReadOnly and Flags.WriteOnly are both set".into()));
        }
        if flags & F::ReadOnly != 0 && flags & F::Discard != 0 {
            return Err(VidMmError::InvalidArg(
                "Flags.Discard cannot be combined with Flags.ReadOnly".into(),
            ));
        }
        if flags & F::NoExistingReference != 0 && flags & F::Discard == 0 {
            return Err(VidMmError::InvalidArg("Flags.NoExistingReference requires Flags.Discard".into()));
        }
        let mut state = self.state.lock();
        let record = state.record(handle)?;
        if record.flags & DXGK_ALLOCATIONINFOFLAGS::CpuVisible == 0 && record.user_memory == 0 {
            return Err(VidMmError::InvalidArg(format!(
                "allocation {handle:#010x} is not CpuVisible (the KMD did not set DXGK_ALLOCATIONINFOFLAGS.CpuVisible)"
            )));
        }
        if record.offer != 0 || record.location == Location::Discarded {
            return Err(VidMmError::InvalidArg(format!(
                "allocation {handle:#010x} is offered; reclaim it before locking"
            )));
        }
        if flags & F::UseAlternateVA != 0 && record.flags & DXGK_ALLOCATIONINFOFLAGS::UseAlternateVA == 0 {
            return Err(VidMmError::InvalidArg(format!(
                "Flags.UseAlternateVA on allocation {handle:#010x}, which the KMD did not create with UseAlternateVA"
            )));
        }
        if flags & F::AcquireAperture != 0 {
            let aperture_only = !record.candidates.is_empty()
                && record.candidates.iter().all(|&(id, _)| state.segments[id as usize - 1].config.aperture);
            if aperture_only {
                return Err(VidMmError::InvalidArg(format!(
                    "Flags.AcquireAperture on allocation {handle:#010x}, which can only live in an aperture segment"
                )));
            }
        }
        if let Some((_, last)) = request.pages {
            let pages = units(record.size);
            if u64::from(last) >= pages {
                return Err(VidMmError::InvalidArg(format!(
                    "the page list names page {last} of an allocation of {pages} pages"
                )));
            }
        }
        // Wait for the GPU, unless told not to.
        if flags & F::IgnoreSync == 0 {
            loop {
                let record = state.record(handle)?;
                if !record.busy() {
                    break;
                }
                if flags & F::Discard != 0 {
                    state.discard_content(handle);
                    break;
                }
                if flags & F::DonotWait != 0 {
                    return Err(VidMmError::StillDrawing(format!(
                        "allocation {handle:#010x} is in use by the GPU and Flags.DonotWait is set"
                    )));
                }
                self.idle.wait(&mut state);
            }
        }
        let address = state.cpu_address(handle, flags & F::DonotEvict != 0)?;
        state.clock += 1;
        let clock = state.clock;
        let record = state.records.get_mut(&handle).expect("checked above");
        record.locks += 1;
        record.last_use = clock;
        let offset = u64::from(request.pages.map_or(0, |(first, _)| first)) * PAGE_SIZE;
        // The page was checked to lie inside the allocation, so this stays inside its memory.
        Ok(address.wrapping_add(offset as usize))
    }

    /// `pfnUnlockCb`: one lock less on each; refused (nothing changed) if any is not locked.
    pub fn unlock(&self, handles: &[D3DKMT_HANDLE]) -> Result<(), VidMmError> {
        let mut state = self.state.lock();
        for &handle in handles {
            if state.record(handle)?.locks == 0 {
                return Err(VidMmError::InvalidArg(format!("allocation {handle:#010x} is not locked")));
            }
        }
        for &handle in handles {
            let record = state.records.get_mut(&handle).expect("checked");
            record.locks -= 1;
            // Made resident while locked in system memory (see make_resident): paged in now,
            // if there is room; otherwise it stays where it is until the GPU next needs it.
            if record.locks == 0 && record.residency > 0 && record.location == Location::System {
                let _ = state.page_in(handle, VictimRule::NotListed, true);
            }
        }
        Ok(())
    }

    /// `pfnQueryResidencyCb`: a `D3DDDI_RESIDENCYSTATUS` for each.
    pub fn residency(&self, handles: &[D3DKMT_HANDLE]) -> Result<Vec<D3DDDI_RESIDENCYSTATUS>, VidMmError> {
        let state = self.state.lock();
        handles
            .iter()
            .map(|&handle| {
                let record = state.record(handle)?;
                Ok(match record.location {
                    Location::Segment { id, .. } if !state.segments[id as usize - 1].config.aperture => {
                        D3DDDI_RESIDENCYSTATUS_RESIDENTINGPUMEMORY
                    }
                    Location::Segment { .. } | Location::UserMemory => {
                        D3DDDI_RESIDENCYSTATUS_RESIDENTINSHAREDMEMORY
                    }
                    // Locked in system memory, the GPU uses it where it is (see gpu_use).
                    Location::System if record.locks > 0 => D3DDDI_RESIDENCYSTATUS_RESIDENTINSHAREDMEMORY,
                    Location::System | Location::Discarded => D3DDDI_RESIDENCYSTATUS_NOTRESIDENT,
                })
            })
            .collect()
    }

    /// `pfnMakeResidentCb`: one residency reference more on each and everything paged in, or
    /// nothing changed. Returns the paging fence value of the (completed) work.
    pub fn make_resident(&self, handles: &[D3DKMT_HANDLE]) -> Result<u64, VidMmError> {
        let mut state = self.state.lock();
        for &handle in handles {
            let record = state.record(handle)?;
            if record.offer != 0 || record.location == Location::Discarded {
                return Err(VidMmError::InvalidArg(format!(
                    "allocation {handle:#010x} is offered; reclaim it before making it resident"
                )));
            }
        }
        // Take the references first so that paging one does not evict another of the list.
        for &handle in handles {
            state.records.get_mut(&handle).expect("checked").residency += 1;
        }
        for &handle in handles {
            // A locked allocation is never moved: one the CPU holds in system memory stays
            // there, where the GPU reaches it as shared memory, and is paged in at its unlock.
            if state.records[&handle].locks > 0 {
                continue;
            }
            if let Err(error) = state.page_in(handle, VictimRule::NotListed, false) {
                for &undo in handles {
                    state.records.get_mut(&undo).expect("checked").residency -= 1;
                }
                return Err(match error {
                    VidMmError::OverBudget { .. } | VidMmError::NotAvailable(_) => {
                        let size = state.records[&handle].size;
                        VidMmError::OverBudget { bytes_to_trim: size }
                    }
                    other => other,
                });
            }
        }
        state.paging_fence += 1;
        Ok(state.paging_fence)
    }

    /// `pfnEvictCb`: one residency reference less on each (refused, nothing changed, if any has
    /// none). Returns the bytes by which the local group is over its budget.
    pub fn evict(&self, handles: &[D3DKMT_HANDLE]) -> Result<u64, VidMmError> {
        let mut state = self.state.lock();
        for (index, &handle) in handles.iter().enumerate() {
            // An allocation listed n times drops n references.
            let listed = handles[..=index].iter().filter(|&&h| h == handle).count() as u32;
            if state.record(handle)?.residency < listed {
                return Err(VidMmError::InvalidArg(format!(
                    "allocation {handle:#010x} has fewer residency references than pfnEvictCb drops (pfnEvictCb without pfnMakeResidentCb)"
                )));
            }
        }
        for &handle in handles {
            state.records.get_mut(&handle).expect("checked").residency -= 1;
        }
        Ok(state.usage[0].saturating_sub(state.budgets[0]))
    }

    /// `pfnSetPriorityCb`.
    pub fn set_priority(&self, handles: &[D3DKMT_HANDLE], priorities: &[u32]) -> Result<(), VidMmError> {
        let mut state = self.state.lock();
        for &handle in handles {
            state.record(handle)?;
        }
        for (&handle, &priority) in handles.iter().zip(priorities) {
            state.records.get_mut(&handle).expect("checked").priority = priority;
        }
        Ok(())
    }

    /// `pfnOfferAllocationsCb`: marks each offered at `priority` (1..=4).
    pub fn offer(
        &self,
        handles: &[D3DKMT_HANDLE],
        priority: D3DDDI_OFFER_PRIORITY,
    ) -> Result<(), VidMmError> {
        if !(D3DDDI_OFFER_PRIORITY_LOW..=D3DDDI_OFFER_PRIORITY_AUTO).contains(&priority) {
            return Err(VidMmError::InvalidArg(format!(
                "Priority {priority} is not an offer priority (LOW 1 .. AUTO 4; NONE is not allowed)"
            )));
        }
        let mut state = self.state.lock();
        for &handle in handles {
            let record = state.record(handle)?;
            if record.locks > 0 {
                return Err(VidMmError::InvalidArg(format!("allocation {handle:#010x} is locked")));
            }
            if record.offer != 0 {
                return Err(VidMmError::InvalidArg(format!("allocation {handle:#010x} is already offered")));
            }
            if record.user_memory != 0 {
                return Err(VidMmError::InvalidArg(format!(
                    "allocation {handle:#010x} lives in the runtime's system memory and cannot be offered"
                )));
            }
        }
        for &handle in handles {
            let size = state.records[&handle].size;
            state.records.get_mut(&handle).expect("checked").offer = priority as u32;
            state.committed -= size;
        }
        Ok(())
    }

    /// `pfnReclaimAllocationsCb` (all forms): a `D3DDDI_RECLAIM_RESULT` for each. Allocations
    /// that were not offered are refused (nothing changed).
    pub fn reclaim(&self, handles: &[D3DKMT_HANDLE]) -> Result<Vec<D3DDDI_RECLAIM_RESULT>, VidMmError> {
        let mut state = self.state.lock();
        for &handle in handles {
            if state.record(handle)?.offer == 0 {
                return Err(VidMmError::InvalidArg(format!("allocation {handle:#010x} is not offered")));
            }
        }
        let mut results = Vec::with_capacity(handles.len());
        for &handle in handles {
            let size = state.records[&handle].size;
            if state.committed + size > self.commit_limit {
                results.push(D3DDDI_RECLAIM_RESULT_NOT_COMMITTED);
                continue;
            }
            state.committed += size;
            let record = state.records.get_mut(&handle).expect("checked");
            record.offer = 0;
            if record.location == Location::Discarded {
                record.location = Location::System;
                results.push(D3DDDI_RECLAIM_RESULT_DISCARDED);
            } else {
                results.push(D3DDDI_RECLAIM_RESULT_OK);
            }
        }
        Ok(results)
    }

    /// Moves an allocation's content out of its segment now (a tester's pressure). Refused for
    /// locked, busy, resident-listed or runtime-memory allocations.
    pub fn force_eviction(&self, handle: D3DKMT_HANDLE) -> Result<(), VidMmError> {
        let mut state = self.state.lock();
        let record = state.record(handle)?;
        if !state.evictable(record, VictimRule::NotListed) {
            return Err(VidMmError::InvalidArg(format!(
                "allocation {handle:#010x} cannot be evicted now (locked, busy, on a residency list or in runtime memory)"
            )));
        }
        if matches!(record.location, Location::Segment { .. }) {
            state.evict_one(handle)?;
        }
        Ok(())
    }

    /// Marks an allocation in use by the GPU or idle (the stand-in for submissions until the
    /// render path retires them); idling wakes waiting locks.
    pub fn set_busy(&self, handle: D3DKMT_HANDLE, busy: bool) -> Result<(), VidMmError> {
        let mut state = self.state.lock();
        state.record(handle)?;
        state.records.get_mut(&handle).expect("checked").marked_busy = busy;
        drop(state);
        if !busy {
            self.idle.notify_all();
        }
        Ok(())
    }

    /// Pages in everything a GPU submission references and marks it in use until
    /// [`VidMm::gpu_done`]; returns where each one is. Refuses (nothing changed) offered
    /// allocations and allocations locked in a memory segment
    /// (`D3DDDIERR_CANTRENDERLOCKEDALLOCATION`, one of the two documented answers; the other is
    /// eviction, which a lock forbids here).
    pub fn gpu_use(&self, handles: &[D3DKMT_HANDLE]) -> Result<Vec<Location>, RenderError> {
        let mut state = self.state.lock();
        for &handle in handles {
            let record = state.record(handle).map_err(RenderError::VidMm)?;
            if record.offer != 0 || record.location == Location::Discarded {
                return Err(RenderError::VidMm(VidMmError::InvalidArg(format!(
                    "allocation {handle:#010x} is offered; reclaim it before rendering with it"
                ))));
            }
            if record.locks > 0 {
                if let Location::Segment { id, .. } = record.location {
                    if !state.segments[id as usize - 1].config.aperture {
                        return Err(RenderError::LockedInVideoMemory(handle));
                    }
                }
            }
        }
        for &handle in handles {
            state.records.get_mut(&handle).expect("checked").gpu_uses += 1;
        }
        let mut locations = Vec::with_capacity(handles.len());
        for &handle in handles {
            let record = &state.records[&handle];
            let movable = record.locks == 0;
            if movable {
                if let Err(error) = state.page_in(handle, VictimRule::NotListed, false) {
                    drop(state);
                    self.gpu_done(handles);
                    return Err(RenderError::VidMm(error));
                }
            }
            locations.push(state.records[&handle].location);
        }
        Ok(locations)
    }

    /// Ends one GPU use of each (a retired or abandoned submission); handles freed meanwhile
    /// are skipped. Wakes locks waiting for the GPU.
    pub fn gpu_done(&self, handles: &[D3DKMT_HANDLE]) {
        let mut state = self.state.lock();
        for handle in handles {
            if let Some(record) = state.records.get_mut(handle) {
                record.gpu_uses = record.gpu_uses.saturating_sub(1);
            }
        }
        drop(state);
        self.idle.notify_all();
    }

    /// Sets a group's budget (bytes).
    pub fn set_budget(&self, group: Group, bytes: u64) {
        self.state.lock().budgets[group as usize] = bytes;
    }

    /// A group's budget and usage.
    pub fn memory_info(&self, group: Group) -> MemoryInfo {
        let state = self.state.lock();
        let budget = state.budgets[group as usize];
        MemoryInfo {
            budget,
            current_usage: state.usage[group as usize],
            current_reservation: 0,
            available_for_reservation: budget,
        }
    }

    /// One allocation's state.
    pub fn allocation(&self, handle: D3DKMT_HANDLE) -> Option<AllocationView> {
        let state = self.state.lock();
        let record = state.records.get(&handle)?;
        Some(AllocationView {
            location: record.location,
            size: record.size,
            lock_count: record.locks,
            residency_references: record.residency,
            priority: record.priority,
            offer_priority: record.offer,
            busy: record.busy(),
            evictions: record.evictions,
        })
    }

    /// One segment's state (`index` 0 is segment id 1).
    pub fn segment(&self, index: usize) -> Option<SegmentView> {
        let state = self.state.lock();
        let segment = state.segments.get(index)?;
        Some(SegmentView {
            id: segment.config.id,
            size: segment.config.size,
            used: segment.allocator.used() * PAGE_SIZE,
            largest_free: segment.allocator.largest_free() * PAGE_SIZE,
            free_blocks: segment.allocator.free_blocks() as u64,
            allocations: segment.allocator.live_ranges() as u64,
            aperture: segment.config.aperture,
            cpu_visible: segment.config.cpu_visible,
        })
    }

    /// The number of segments.
    pub fn segment_count(&self) -> usize {
        self.state.lock().segments.len()
    }

    /// Lifetime counters.
    pub fn counters(&self) -> Counters {
        self.state.lock().counters
    }
}

/// The segments to try for `new`, in order (see the module's policy).
fn candidates(segments: &[Segment], new: &NewAllocation) -> Vec<(u32, bool)> {
    let supported =
        |id: u32| id >= 1 && id as usize <= segments.len() && new.supported & (1 << (id - 1)) != 0;
    let from_end = new.flags & DXGK_ALLOCATIONINFOFLAGS::FromEndOfSegment != 0;
    let mut order: Vec<(u32, bool)> = Vec::new();
    for &(id, direction) in &new.preferred {
        if supported(id) && !order.iter().any(|&(o, _)| o == id) {
            order.push((id, direction || from_end));
        }
    }
    for aperture in [false, true] {
        for segment in segments {
            let id = segment.config.id;
            if segment.config.aperture == aperture && supported(id) && !order.iter().any(|&(o, _)| o == id) {
                order.push((id, from_end));
            }
        }
    }
    order
}

impl State {
    fn record(&self, handle: D3DKMT_HANDLE) -> Result<&Record, VidMmError> {
        self.records
            .get(&handle)
            .ok_or_else(|| VidMmError::InvalidArg(format!("allocation {handle:#010x} is not known to VidMm")))
    }

    fn evictable(&self, record: &Record, rule: VictimRule) -> bool {
        let free = record.locks == 0 && !record.busy() && record.residency == 0 && record.user_memory == 0;
        free && match rule {
            VictimRule::NotListed => true,
            VictimRule::LowerPriorityThan(priority) => record.offer != 0 || record.priority < priority,
        }
    }

    /// Puts `handle` into a segment if it is not in one. With `fallback`, an allocation that
    /// finds no place stays non-resident (creation); without, that is an error (MakeResident).
    fn page_in(&mut self, handle: D3DKMT_HANDLE, rule: VictimRule, fallback: bool) -> Result<(), VidMmError> {
        let record = &self.records[&handle];
        if matches!(record.location, Location::Segment { .. } | Location::UserMemory) {
            self.clock += 1;
            let clock = self.clock;
            self.records.get_mut(&handle).expect("present").last_use = clock;
            return Ok(());
        }
        let (size, alignment) = (record.size, record.alignment);
        let candidates = record.candidates.clone();
        let may_evict = match rule {
            VictimRule::LowerPriorityThan(priority) => priority >= D3DDDI_ALLOCATIONPRIORITY_NORMAL,
            VictimRule::NotListed => true,
        };
        let mut placed = None;
        for &(id, from_end) in &candidates {
            if let Some(range) = self.try_place(id, size, alignment, from_end) {
                placed = Some((id, range));
                break;
            }
        }
        if placed.is_none() && may_evict {
            for &(id, from_end) in &candidates {
                if let Some(range) = self.evict_for(handle, id, size, alignment, from_end, rule) {
                    placed = Some((id, range));
                    break;
                }
            }
        }
        let Some((id, range)) = placed else {
            return if fallback {
                Ok(())
            } else {
                Err(VidMmError::NotAvailable(format!(
                    "no segment allowed for allocation {handle:#010x} has {size} bytes free, even after eviction"
                )))
            };
        };
        self.settle(handle, id, range)
    }

    /// Reserves a range in segment `id` if it fits now and within the group's budget.
    fn try_place(&mut self, id: u32, size: u64, alignment: u64, from_end: bool) -> Option<Range> {
        let segment = &mut self.segments[id as usize - 1];
        let group = group_of(&segment.config) as usize;
        if self.usage[group] + size > self.budgets[group] {
            return None;
        }
        if segment.config.aperture {
            let mapped = segment.allocator.used() * PAGE_SIZE;
            if mapped + size > segment.config.commit_limit {
                return None;
            }
        }
        let (size, alignment) = (units(size), units(alignment).max(1));
        if segment.allocator.certainly_fails(size, alignment) {
            return None;
        }
        segment.allocator.allocate(size, alignment, from_end)
    }

    /// Evicts victims from segment `id` until `size` fits there, if the evictable content could
    /// make room at all; returns the range placed.
    fn evict_for(
        &mut self,
        requester: D3DKMT_HANDLE,
        id: u32,
        size: u64,
        alignment: u64,
        from_end: bool,
        rule: VictimRule,
    ) -> Option<Range> {
        let mut victims: Vec<(bool, u32, u64, D3DKMT_HANDLE, u64)> = self
            .records
            .iter()
            .filter(|&(&h, r)| {
                h != requester
                    && matches!(r.location, Location::Segment { id: s, .. } if s == id)
                    && self.evictable(r, rule)
            })
            .map(|(&h, r)| (r.offer == 0, r.priority, r.last_use, h, r.size))
            .collect();
        let segment = &self.segments[id as usize - 1];
        let free = segment.allocator.free_units() * PAGE_SIZE;
        let reclaimable: u64 = victims.iter().map(|v| v.4).sum();
        let group = group_of(&segment.config) as usize;
        let budget_room = self.budgets[group].saturating_sub(self.usage[group]) + reclaimable;
        if free + reclaimable < size || budget_room < size {
            return None;
        }
        victims.sort_unstable();
        for (_, _, _, victim, _) in victims {
            if self.evict_one(victim).is_err() {
                return None;
            }
            if let Some(range) = self.try_place(id, size, alignment, from_end) {
                return Some(range);
            }
        }
        None
    }

    /// Records `handle` at `range` of segment `id` and copies its content in.
    fn settle(&mut self, handle: D3DKMT_HANDLE, id: u32, range: Range) -> Result<(), VidMmError> {
        let offset = range.offset * PAGE_SIZE;
        let record = self.records.get_mut(&handle).expect("present");
        let segment = &mut self.segments[id as usize - 1];
        if !segment.config.aperture {
            if let Some(content) = record.system.as_ref() {
                let Some(block) = segment.memory.block() else {
                    segment.allocator.free(range.offset);
                    return Err(VidMmError::OutOfHostMemory(format!("segment {id}'s backing memory")));
                };
                block.copy_from(offset, content, 0, record.size);
            }
            record.system = None;
        }
        if record.evictions > 0 {
            self.counters.restores += 1;
        }
        journal::record_note(
            self.adapter_id,
            "VidMm",
            format!(
                "allocation {handle:#010x} ({} bytes) placed in segment {id} at offset {offset:#x}",
                record.size
            ),
        );
        record.location = Location::Segment { id, offset };
        self.clock += 1;
        record.last_use = self.clock;
        self.usage[group_of(&segment.config) as usize] += record.size;
        Ok(())
    }

    /// Moves one allocation's content out of its segment (discarding it if offered).
    fn evict_one(&mut self, handle: D3DKMT_HANDLE) -> Result<(), VidMmError> {
        let record = self.records.get_mut(&handle).expect("present");
        let Location::Segment { id, offset } = record.location else { return Ok(()) };
        let segment = &mut self.segments[id as usize - 1];
        journal::record_note(
            self.adapter_id,
            "VidMm",
            format!(
                "allocation {handle:#010x} ({} bytes, priority {:#x}) {} segment {id}",
                record.size,
                record.priority,
                if record.offer != 0 { "offered: content discarded from" } else { "evicted from" }
            ),
        );
        if record.offer != 0 {
            record.system = None;
            record.location = Location::Discarded;
            self.counters.discards += 1;
        } else {
            if !segment.config.aperture {
                if let Some(block) = segment.memory.touched() {
                    if !block.is_zero(offset, record.size) {
                        let copy = HostBlock::reserve(units(record.size) * PAGE_SIZE).ok_or_else(|| {
                            VidMmError::OutOfHostMemory(format!("a system copy of {} bytes", record.size))
                        })?;
                        copy.copy_from(0, block, offset, record.size);
                        record.system = Some(copy);
                    }
                }
            }
            record.location = Location::System;
            record.evictions += 1;
            self.counters.evictions += 1;
        }
        Self::release_range(segment, offset, record.size);
        self.usage[group_of(&segment.config) as usize] -= record.size;
        Ok(())
    }

    fn release_range(segment: &mut Segment, offset: u64, size: u64) {
        let freed = segment.allocator.free(offset / PAGE_SIZE);
        debug_assert!(freed, "VidMm freed a range its allocator did not know");
        if let Some(block) = segment.memory.touched() {
            block.clear(offset, units(size) * PAGE_SIZE);
        }
    }

    /// Gives a busy allocation fresh zeroed memory in place (a Discard lock).
    fn discard_content(&mut self, handle: D3DKMT_HANDLE) {
        let record = self.records.get_mut(&handle).expect("present");
        record.system = None;
        if let Location::Segment { id, offset } = record.location {
            let segment = &self.segments[id as usize - 1];
            if let Some(block) = segment.memory.touched() {
                block.clear(offset, units(record.size) * PAGE_SIZE);
            }
        }
    }

    /// The CPU address of an allocation's content, moving it to system memory if its segment is
    /// not CPU-visible.
    fn cpu_address(&mut self, handle: D3DKMT_HANDLE, do_not_evict: bool) -> Result<*mut u8, VidMmError> {
        let record = &self.records[&handle];
        match record.location {
            Location::UserMemory => return Ok(record.user_memory as *mut u8),
            Location::Segment { id, offset } => {
                let segment = &self.segments[id as usize - 1];
                if !segment.config.aperture {
                    if segment.config.cpu_visible {
                        let block = segment.memory.block().ok_or_else(|| {
                            VidMmError::OutOfHostMemory(format!("segment {id}'s backing memory"))
                        })?;
                        return Ok(block.address(offset));
                    }
                    if do_not_evict {
                        return Err(VidMmError::NotAvailable(format!(
                            "allocation {handle:#010x} is in segment {id}, which the CPU cannot reach, and Flags.DonotEvict is set"
                        )));
                    }
                    self.evict_one(handle)?;
                }
            }
            Location::System | Location::Discarded => {}
        }
        let record = self.records.get_mut(&handle).expect("present");
        if record.system.is_none() {
            record.system = Some(HostBlock::reserve(units(record.size) * PAGE_SIZE).ok_or_else(|| {
                VidMmError::OutOfHostMemory(format!("{} bytes of system memory", record.size))
            })?);
        }
        Ok(record.system.as_ref().expect("just made").address(0))
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
