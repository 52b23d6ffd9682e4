//! The control API's view of video memory and the GPU, and their pressure knobs: where an
//! allocation lives, how full each segment is, budgets, forced eviction, a "busy" mark for
//! allocations, and pausing the software GPU to hold submissions in flight.

use std::sync::Arc;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::model::PROCESS;
use crate::ffi::boundary::boundary;
use crate::ffi::control::{WDDMSHIM_ADAPTER, adapter_of};
use crate::journal;
use crate::runtime::adapter::Adapter;
use crate::runtime::c_args::arg_mut;
use crate::vidmm::{Group, Location, VidMmError};

/// The page size of video memory in bytes (4 KiB, as on x86 Windows): segment sizes, offsets
/// and allocation sizes are multiples of it.
pub const WDDMSHIM_PAGE_SIZE: u64 = 4096;
const _: () = assert!(WDDMSHIM_PAGE_SIZE == crate::vidmm::backing::PAGE_SIZE);

/// `WDDMSHIM_ALLOCATION_INFO::Location`: in a memory or aperture segment.
pub const WDDMSHIM_LOCATION_SEGMENT: u32 = 1;
/// `WDDMSHIM_ALLOCATION_INFO::Location`: not resident; the content is in system memory.
pub const WDDMSHIM_LOCATION_SYSTEM: u32 = 2;
/// `WDDMSHIM_ALLOCATION_INFO::Location`: offered, and its content was discarded.
pub const WDDMSHIM_LOCATION_DISCARDED: u32 = 3;
/// `WDDMSHIM_ALLOCATION_INFO::Location`: the runtime's `pSystemMem`.
pub const WDDMSHIM_LOCATION_USER_MEMORY: u32 = 4;

/// Where an allocation lives and what holds it, from `WddmShimQueryAllocation`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_ALLOCATION_INFO {
    /// A `WDDMSHIM_LOCATION_*` value.
    pub Location: UINT,
    /// The segment id (1-based) with `WDDMSHIM_LOCATION_SEGMENT`, else 0.
    pub SegmentId: UINT,
    /// The byte offset in that segment.
    pub Offset: UINT64,
    /// The size VidMm holds, in bytes (page-rounded).
    pub Size: UINT64,
    /// Outstanding `pfnLockCb` / `pfnLock2Cb` locks.
    pub LockCount: UINT,
    /// Outstanding `pfnMakeResidentCb` references.
    pub ResidencyReferences: UINT,
    /// The current priority.
    pub Priority: UINT,
    /// The `D3DDDI_OFFER_PRIORITY` while offered, else 0.
    pub OfferPriority: UINT,
    /// Non-zero while marked busy (`WddmShimSetAllocationBusy`).
    pub Busy: BOOL,
    /// How many times its content was evicted.
    pub Evictions: UINT,
}

/// How full one segment is, from `WddmShimQuerySegment`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_SEGMENT_INFO {
    /// The segment id (1-based).
    pub SegmentId: UINT,
    /// Non-zero for an aperture segment.
    pub Aperture: BOOL,
    /// Non-zero for a CPU-visible memory segment.
    pub CpuVisible: BOOL,
    /// Allocations placed in it.
    pub Allocations: UINT,
    /// Its size in bytes.
    pub Size: UINT64,
    /// Bytes placed.
    pub Used: UINT64,
    /// The largest contiguous free block, in bytes.
    pub LargestFreeBlock: UINT64,
    /// The number of free blocks.
    pub FreeBlocks: UINT64,
    /// External fragmentation in percent: how much of the free space lies outside the largest
    /// free block (0 when the free space is one block).
    pub FragmentationPercent: UINT,
}

/// A segment group's budget and usage, from `WddmShimQueryVideoMemoryInfo` (the members of
/// `D3DKMT_QUERYVIDEOMEMORYINFO` / `DXGI_QUERY_VIDEO_MEMORY_INFO`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_VIDEO_MEMORY_INFO {
    /// The budget in bytes.
    pub Budget: UINT64,
    /// Bytes resident in the group.
    pub CurrentUsage: UINT64,
    /// The reservation in bytes (the model keeps none: 0).
    pub CurrentReservation: UINT64,
    /// What could be reserved: the budget.
    pub AvailableForReservation: UINT64,
}

/// `SegmentGroup` of the budget calls: the memory segments (`DXGI_MEMORY_SEGMENT_GROUP_LOCAL`).
pub const WDDMSHIM_SEGMENT_GROUP_LOCAL: u32 = 0;
/// `SegmentGroup` of the budget calls: the apertures (`DXGI_MEMORY_SEGMENT_GROUP_NON_LOCAL`).
pub const WDDMSHIM_SEGMENT_GROUP_NON_LOCAL: u32 = 1;

fn group(value: UINT) -> Result<Group, Refusal> {
    match value {
        WDDMSHIM_SEGMENT_GROUP_LOCAL => Ok(Group::Local),
        WDDMSHIM_SEGMENT_GROUP_NON_LOCAL => Ok(Group::NonLocal),
        other => Err(Refusal::invalid_arg(journal::text!(
            "SegmentGroup {} is not a WDDMSHIM_SEGMENT_GROUP_* value",
            other
        ))),
    }
}

/// Checks that `handle` is a live allocation of `adapter`.
fn allocation_of(adapter: &Arc<Adapter>, handle: D3DKMT_HANDLE) -> Result<(), Refusal> {
    let allocation = PROCESS.allocation(handle).map_err(|e| Refusal::bad_handle("hAllocation", e))?;
    if allocation.adapter_id != adapter.id {
        return Err(Refusal::invalid_arg(journal::text!(
            "hAllocation {:#010x} belongs to another adapter",
            handle
        )));
    }
    Ok(())
}

fn refusal(error: VidMmError) -> Refusal {
    Refusal::new(error.hresult(), error.to_string())
}

/// Reports where allocation `hAllocation` of `pAdapter` lives and what holds it.
/// `E_INVALIDARG` for an unknown, stale or foreign handle; `*pInfo` is written only on success.
///
/// # Safety
///
/// `pAdapter` is a value `WddmShimCreateAdapter` returned (or refused); `pInfo` is NULL
/// (refused) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimQueryAllocation(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    hAllocation: D3DKMT_HANDLE,
    pInfo: *mut WDDMSHIM_ALLOCATION_INFO,
) -> HRESULT {
    boundary("WddmShimQueryAllocation", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let out = unsafe { arg_mut(pInfo, "pInfo") }?;
        allocation_of(&adapter, hAllocation)?;
        let view = adapter.vidmm.allocation(hAllocation).ok_or_else(|| {
            Refusal::invalid_arg(journal::text!("hAllocation {:#010x} is not placed yet", hAllocation))
        })?;
        let (location, segment, offset) = match view.location {
            Location::Segment { id, offset } => (WDDMSHIM_LOCATION_SEGMENT, id, offset),
            Location::System => (WDDMSHIM_LOCATION_SYSTEM, 0, 0),
            Location::Discarded => (WDDMSHIM_LOCATION_DISCARDED, 0, 0),
            Location::UserMemory => (WDDMSHIM_LOCATION_USER_MEMORY, 0, 0),
        };
        *out = WDDMSHIM_ALLOCATION_INFO {
            Location: location,
            SegmentId: segment,
            Offset: offset,
            Size: view.size,
            LockCount: view.lock_count,
            ResidencyReferences: view.residency_references,
            Priority: view.priority,
            OfferPriority: view.offer_priority,
            Busy: BOOL::from(view.busy),
            Evictions: view.evictions,
        };
        Ok(S_OK)
    })
}

/// Reports how full segment `SegmentId` (1-based) of `pAdapter` is. `E_INVALIDARG` for a
/// segment the adapter lacks.
///
/// # Safety
///
/// `pAdapter` as for `WddmShimQueryAllocation`; `pInfo` is NULL (refused) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimQuerySegment(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    SegmentId: UINT,
    pInfo: *mut WDDMSHIM_SEGMENT_INFO,
) -> HRESULT {
    boundary("WddmShimQuerySegment", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let out = unsafe { arg_mut(pInfo, "pInfo") }?;
        let view =
            (SegmentId as usize).checked_sub(1).and_then(|index| adapter.vidmm.segment(index)).ok_or_else(
                || Refusal::invalid_arg(journal::text!("SegmentId {} names no segment", SegmentId)),
            )?;
        let free = view.size - view.used;
        *out = WDDMSHIM_SEGMENT_INFO {
            SegmentId: view.id,
            Aperture: BOOL::from(view.aperture),
            CpuVisible: BOOL::from(view.cpu_visible),
            Allocations: view.allocations as UINT,
            Size: view.size,
            Used: view.used,
            LargestFreeBlock: view.largest_free,
            FreeBlocks: view.free_blocks,
            FragmentationPercent: (100 * free.saturating_sub(view.largest_free))
                .checked_div(free)
                .unwrap_or(0) as UINT,
        };
        journal::inputs(journal::text!(
            "segment {}: {} of {} bytes used by {} allocations, largest free block {}, {} free blocks",
            view.id,
            view.used,
            view.size,
            view.allocations,
            view.largest_free,
            view.free_blocks
        ));
        Ok(S_OK)
    })
}

/// Reports a segment group's budget and usage, like `D3DKMTQueryVideoMemoryInfo`.
///
/// # Safety
///
/// `pAdapter` as for `WddmShimQueryAllocation`; `pInfo` is NULL (refused) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimQueryVideoMemoryInfo(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    SegmentGroup: UINT,
    pInfo: *mut WDDMSHIM_VIDEO_MEMORY_INFO,
) -> HRESULT {
    boundary("WddmShimQueryVideoMemoryInfo", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let out = unsafe { arg_mut(pInfo, "pInfo") }?;
        let info = adapter.vidmm.memory_info(group(SegmentGroup)?);
        *out = WDDMSHIM_VIDEO_MEMORY_INFO {
            Budget: info.budget,
            CurrentUsage: info.current_usage,
            CurrentReservation: info.current_reservation,
            AvailableForReservation: info.available_for_reservation,
        };
        Ok(S_OK)
    })
}

/// Sets a segment group's budget in bytes (by default the group's whole size), to simulate the
/// memory pressure under which Windows imposes budgets. Placement stays within it from then on;
/// what is already resident stays until evicted.
///
/// # Safety
///
/// `pAdapter` as for `WddmShimQueryAllocation`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimSetBudget(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    SegmentGroup: UINT,
    Budget: UINT64,
) -> HRESULT {
    boundary("WddmShimSetBudget", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        adapter.vidmm.set_budget(group(SegmentGroup)?, Budget);
        journal::inputs(journal::text!("SegmentGroup {}, Budget {}", SegmentGroup, Budget));
        Ok(S_OK)
    })
}

/// Evicts an allocation's content to system memory now, as memory pressure would.
/// `E_INVALIDARG` for a locked, busy or resident-listed allocation (those are never victims) or
/// a bad handle; an allocation already out of its segments is left as it is (`S_OK`).
///
/// # Safety
///
/// `pAdapter` as for `WddmShimQueryAllocation`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimForceEviction(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    hAllocation: D3DKMT_HANDLE,
) -> HRESULT {
    boundary("WddmShimForceEviction", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        allocation_of(&adapter, hAllocation)?;
        adapter.vidmm.force_eviction(hAllocation).map_err(refusal)?;
        Ok(S_OK)
    })
}

/// Marks an allocation in use by the GPU (`Busy` non-zero) or idle. While busy, `pfnLockCb`
/// waits (or, with `DonotWait`, returns `D3DERR_WASSTILLDRAWING`) and eviction passes it by;
/// marking it idle wakes the waiting locks.
///
/// # Safety
///
/// `pAdapter` as for `WddmShimQueryAllocation`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimSetAllocationBusy(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    hAllocation: D3DKMT_HANDLE,
    Busy: BOOL,
) -> HRESULT {
    boundary("WddmShimSetAllocationBusy", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        allocation_of(&adapter, hAllocation)?;
        adapter.vidmm.set_busy(hAllocation, Busy != 0).map_err(refusal)?;
        Ok(S_OK)
    })
}

/// Pauses (`Paused` non-zero) or resumes the adapter's software GPU. While paused, submissions
/// stay pending and their allocations busy (locks wait or return `D3DERR_WASSTILLDRAWING`,
/// eviction passes them by); resuming completes them in order through the KMD's interrupt path.
///
/// # Safety
///
/// `pAdapter` as for `WddmShimQueryAllocation`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimPauseGpu(pAdapter: *mut WDDMSHIM_ADAPTER, Paused: BOOL) -> HRESULT {
    boundary("WddmShimPauseGpu", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        adapter.gpu.set_paused(&adapter, Paused != 0);
        Ok(S_OK)
    })
}

/// The number of submissions the adapter's GPU has not retired yet.
///
/// # Safety
///
/// `pAdapter` as for `WddmShimQueryAllocation`; `pCount` is NULL (refused) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimQueryPendingSubmissions(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    pCount: *mut UINT,
) -> HRESULT {
    boundary("WddmShimQueryPendingSubmissions", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let out = unsafe { arg_mut(pCount, "pCount") }?;
        *out = adapter.gpu.pending() as UINT;
        Ok(S_OK)
    })
}
