//! The UMD callbacks that reach video memory: lock and unlock (both forms), residency
//! (`pfnQueryResidencyCb`, `pfnMakeResidentCb`, `pfnEvictCb`), priorities, offer and reclaim.
//!
//! Each resolves its device (a removed device gives `D3DDDIERR_DEVICEREMOVED`), checks the
//! adapter's fault plan, validates every handle it is given (unknown, stale, foreign or listed
//! twice: `E_INVALIDARG`, and nothing changes), then asks the adapter's VidMm (`crate::vidmm`,
//! where the policy is written down).
//!
//! Choices made here: `hPagingQueue` / `PagingQueue` are accepted and not checked (paging is
//! synchronous, see `vidmm`); `pfnLock2Cb` maps the whole allocation without waiting for the GPU
//! (WDDM 2.x leaves that synchronisation to the UMD); `pfnReclaimAllocationsCb` and
//! `pfnReclaimAllocations2Cb`, which can only say "discarded or not", return `E_OUTOFMEMORY` when
//! some allocation could not be committed again (it stays offered; the others are reclaimed).

use std::sync::Arc;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::model::{Device, Removal};
use crate::journal;
use crate::runtime::adapter::Adapter;
use crate::runtime::c_args::{arg_mut, arg_ref};
use crate::runtime::device::owned_allocations;
use crate::runtime::release::children;
use crate::vidmm::{LockRequest, VidMmError};

fn refusal(error: VidMmError) -> Refusal {
    Refusal::new(error.hresult(), error.to_string())
}

/// Copies the UMD's list of `count` handles at `list` (NULL is refused unless `count` is 0).
///
/// # Safety
/// `list` is NULL or readable for `count` handles.
unsafe fn read_handles(
    list: *const D3DKMT_HANDLE,
    count: UINT,
    what: &str,
) -> Result<Vec<D3DKMT_HANDLE>, Refusal> {
    if count == 0 {
        return Ok(Vec::new());
    }
    if list.is_null() {
        return Err(Refusal::invalid_arg(format!("{} is NULL with {} entries", what, count)));
    }
    // SAFETY: readable for `count` handles (caller contract).
    Ok(unsafe { std::slice::from_raw_parts(list, count as usize) }.to_vec())
}

/// Reads `count` handles at `list` and checks each names a live allocation of `device`, once.
///
/// # Safety
/// `list` is NULL or readable for `count` handles.
unsafe fn device_allocations(
    device: &Device,
    list: *const D3DKMT_HANDLE,
    count: UINT,
    what: &'static str,
) -> Result<Vec<D3DKMT_HANDLE>, Refusal> {
    // SAFETY: forwarded contract.
    let handles = unsafe { read_handles(list, count, what) }?;
    check_owned(device, &handles, what)?;
    Ok(handles)
}

/// Like [`device_allocations`], but an allocation may be listed more than once: residency is
/// reference-counted, so each entry of `pfnMakeResidentCb` / `pfnEvictCb` is one reference.
fn residency_references(
    device: &Device,
    handles: Vec<D3DKMT_HANDLE>,
    what: &'static str,
) -> Result<Vec<D3DKMT_HANDLE>, Refusal> {
    let mut distinct = handles.clone();
    distinct.sort_unstable();
    distinct.dedup();
    check_owned(device, &distinct, what)?;
    Ok(handles)
}

fn check_owned(device: &Device, handles: &[D3DKMT_HANDLE], what: &'static str) -> Result<(), Refusal> {
    owned_allocations(device, handles, what).map(drop)
}

/// The allocations of the runtime resource handle `resource` of `device`, in order.
fn resource_allocations(
    device: &Device,
    resource: HANDLE,
    what: &str,
) -> Result<Vec<D3DKMT_HANDLE>, Refusal> {
    let found = device.state.lock().resources.get(&(resource as usize)).cloned();
    let resource = found.ok_or_else(|| {
        Refusal::invalid_arg(format!("{} {:p} is not a resource of this device", what, resource))
    })?;
    Ok(children(&resource).iter().map(|a| a.handle).collect())
}

/// The allocations named by `pResources` (when not NULL: `count` runtime resource handles, each
/// standing for all its allocations) or by `HandleList` (`count` allocation handles): one group
/// per entry, as the per-entry outputs (`pDiscarded`, `pResults`) count them.
///
/// # Safety
/// Each non-NULL pointer is readable for `count` entries.
unsafe fn resources_or_handles(
    device: &Device,
    resources: *const HANDLE,
    handles: *const D3DKMT_HANDLE,
    count: UINT,
) -> Result<Vec<Vec<D3DKMT_HANDLE>>, Refusal> {
    if resources.is_null() {
        // SAFETY: forwarded contract.
        let handles = unsafe { device_allocations(device, handles, count, "HandleList") }?;
        return Ok(handles.into_iter().map(|h| vec![h]).collect());
    }
    if !handles.is_null() {
        return Err(Refusal::invalid_arg("pResources and HandleList are both set"));
    }
    // SAFETY: readable for `count` resource handles (caller contract).
    let resources = unsafe { std::slice::from_raw_parts(resources, count as usize) };
    let mut groups = Vec::with_capacity(resources.len());
    for (index, &resource) in resources.iter().enumerate() {
        if resources[..index].contains(&resource) {
            return Err(Refusal::invalid_arg(journal::text!(
                "pResources[{}] {:p} is listed twice",
                index,
                resource
            )));
        }
        groups.push(resource_allocations(device, resource, &format!("pResources[{index}]"))?);
    }
    Ok(groups)
}

/// The work of `pfnLockCb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn lock_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut D3DDDICB_LOCK,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_mut(data, "pData") }?;
    let flags = data.Flags.Value;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, hAllocation {:#010x}, Flags {:#x}, NumPages {}",
        device.handle,
        data.hAllocation,
        flags,
        data.NumPages
    ));
    check_owned(device, &[data.hAllocation], "hAllocation")?;
    let mut request = LockRequest { flags, ..Default::default() };
    if flags & D3DDDICB_LOCKFLAGS::LockEntire != 0 {
        if data.NumPages != 0 || !data.pPages.is_null() {
            return Err(Refusal::invalid_arg("Flags.LockEntire requires NumPages 0 and pPages NULL"));
        }
    } else if data.NumPages != 0 {
        if data.pPages.is_null() {
            return Err(Refusal::invalid_arg(journal::text!(
                "pPages is NULL with NumPages {}",
                data.NumPages
            )));
        }
        // SAFETY: readable for NumPages entries (the callback's contract).
        let pages = unsafe { std::slice::from_raw_parts(data.pPages, data.NumPages as usize) };
        request.pages = Some((pages[0], pages.iter().copied().max().unwrap_or(0)));
    }
    let address = adapter.vidmm.lock(data.hAllocation, request).map_err(refusal)?;
    data.pData = address as *mut core::ffi::c_void;
    Ok(S_OK)
}

/// The work of `pfnUnlockCb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn unlock_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *const D3DDDICB_UNLOCK,
) -> Result<HRESULT, Refusal> {
    // Unlocking is clean-up: it still works on a removed device (after a TDR), so the UMD's
    // teardown releases its locks before it deallocates.
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_ref(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, NumAllocations {}",
        device.handle,
        data.NumAllocations
    ));
    // SAFETY: phAllocations holds NumAllocations handles (the callback's contract).
    let handles =
        unsafe { device_allocations(device, data.phAllocations, data.NumAllocations, "phAllocations") }?;
    adapter.vidmm.unlock(&handles).map_err(refusal)?;
    Ok(S_OK)
}

/// The work of `pfnLock2Cb`, for a resolved device (see `ffi::umd`): the whole allocation, without
/// waiting for the GPU.
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn lock2_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut D3DDDICB_LOCK2,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_mut(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, hAllocation {:#010x}",
        device.handle,
        data.hAllocation
    ));
    if data.Flags.Value != 0 {
        return Err(Refusal::invalid_arg(journal::text!(
            "Flags {:#x}: every bit is reserved",
            data.Flags.Value
        )));
    }
    check_owned(device, &[data.hAllocation], "hAllocation")?;
    let request = LockRequest {
        flags: D3DDDICB_LOCKFLAGS::LockEntire | D3DDDICB_LOCKFLAGS::IgnoreSync,
        ..Default::default()
    };
    let address = adapter.vidmm.lock(data.hAllocation, request).map_err(refusal)?;
    data.pData = address as *mut core::ffi::c_void;
    Ok(S_OK)
}

/// The work of `pfnUnlock2Cb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn unlock2_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *const D3DDDICB_UNLOCK2,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_ref(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, hAllocation {:#010x}",
        device.handle,
        data.hAllocation
    ));
    check_owned(device, &[data.hAllocation], "hAllocation")?;
    adapter.vidmm.unlock(&[data.hAllocation]).map_err(refusal)?;
    Ok(S_OK)
}

/// The work of `pfnQueryResidencyCb`, for a resolved device (see `ffi::umd`): with `hResource`, one
/// status for the whole resource (the lowest residency of its allocations) in
/// `pResidencyStatus[0]`, and `NumAllocations` must be 0 and `HandleList` NULL; else one status per
/// `HandleList` entry.
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn query_residency_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *const D3DDDICB_QUERYRESIDENCY,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_ref(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, hResource {:p}, NumAllocations {}",
        device.handle,
        data.hResource,
        data.NumAllocations
    ));
    if data.hResource.is_null() {
        // SAFETY: HandleList holds NumAllocations handles (the callback's contract).
        let handles =
            unsafe { device_allocations(device, data.HandleList, data.NumAllocations, "HandleList") }?;
        if !handles.is_empty() && data.pResidencyStatus.is_null() {
            return Err(Refusal::invalid_arg("pResidencyStatus is NULL"));
        }
        let statuses = adapter.vidmm.residency(&handles).map_err(refusal)?;
        for (index, status) in statuses.into_iter().enumerate() {
            // SAFETY: the status array holds NumAllocations entries (the contract).
            unsafe { data.pResidencyStatus.add(index).write(status) };
        }
        return Ok(S_OK);
    }
    if data.NumAllocations != 0 || !data.HandleList.is_null() {
        return Err(Refusal::invalid_arg(journal::text!(
            "with hResource set, NumAllocations must be 0 and HandleList NULL (they are {} and {:p})",
            data.NumAllocations,
            data.HandleList
        )));
    }
    let handles = resource_allocations(device, data.hResource, "hResource")?;
    if data.pResidencyStatus.is_null() {
        return Err(Refusal::invalid_arg("pResidencyStatus is NULL"));
    }
    // The statuses count up from the most resident (RESIDENTINGPUMEMORY 1) to the least
    // (NOTRESIDENT 3); a resource with no allocation left has nothing resident.
    let lowest = adapter
        .vidmm
        .residency(&handles)
        .map_err(refusal)?
        .into_iter()
        .max()
        .unwrap_or(D3DDDI_RESIDENCYSTATUS_NOTRESIDENT);
    // SAFETY: the status array holds at least the one entry a resource query writes.
    unsafe { data.pResidencyStatus.write(lowest) };
    Ok(S_OK)
}

/// The work of `pfnMakeResidentCb`, for a resolved device (see `ffi::umd`): synchronous; `S_OK`
/// with `PagingFenceValue` set, or `E_OUTOFMEMORY` with `NumBytesToTrim`. `MustSucceed` (which
/// requires `CantTrimFurther`) that cannot be met puts the device in error:
/// `D3DDDIERR_DEVICEREMOVED`. `NumAllocations` comes back as the number of allocations made
/// resident: all of them, or none (the call is atomic). Each entry is one residency reference, so
/// an allocation listed twice takes two. `PriorityList` is ignored, as documented, and never read.
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn make_resident_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut D3DDDI_MAKERESIDENT,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_mut(data, "pData") }?;
    let flags = data.Flags.Value;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, NumAllocations {}, Flags {:#x}",
        device.handle,
        data.NumAllocations,
        flags
    ));
    let must_succeed = flags & D3DDDI_MAKERESIDENT_FLAGS::MustSucceed != 0;
    if must_succeed && flags & D3DDDI_MAKERESIDENT_FLAGS::CantTrimFurther == 0 {
        return Err(Refusal::invalid_arg("Flags.MustSucceed requires Flags.CantTrimFurther"));
    }
    // SAFETY: AllocationList holds NumAllocations handles (the callback's contract).
    let listed = unsafe { read_handles(data.AllocationList, data.NumAllocations, "AllocationList") }?;
    let handles = residency_references(device, listed, "AllocationList")?;
    match adapter.vidmm.make_resident(&handles) {
        Ok(fence) => {
            data.PagingFenceValue = fence;
            data.NumBytesToTrim = 0;
            Ok(S_OK)
        }
        Err(VidMmError::OverBudget { bytes_to_trim }) => {
            data.NumAllocations = 0;
            if must_succeed {
                device.state.lock().removed = Some(Removal::MustSucceedFailed);
                return Err(Refusal::new(
                    D3DDDIERR_DEVICEREMOVED,
                    format!(
                        "MustSucceed could not be met ({bytes_to_trim} bytes short): the device is in error"
                    ),
                ));
            }
            data.NumBytesToTrim = bytes_to_trim;
            Err(Refusal::new(E_OUTOFMEMORY, format!("{bytes_to_trim} bytes must be trimmed first")))
        }
        Err(other) => {
            data.NumAllocations = 0;
            Err(refusal(other))
        }
    }
}

/// The work of `pfnEvictCb`, for a resolved device (see `ffi::umd`): drops one residency reference
/// of each; `NumBytesToTrim` is how far the device's local usage is over budget.
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn evict_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut D3DDDICB_EVICT,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_mut(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, NumAllocations {}",
        device.handle,
        data.NumAllocations
    ));
    // SAFETY: AllocationList holds NumAllocations handles (the callback's contract).
    let listed = unsafe { read_handles(data.AllocationList, data.NumAllocations, "AllocationList") }?;
    let handles = residency_references(device, listed, "AllocationList")?;
    data.NumBytesToTrim = adapter.vidmm.evict(&handles).map_err(refusal)?;
    Ok(S_OK)
}

/// The work of `pfnSetPriorityCb`, for a resolved device (see `ffi::umd`): with `hResource`,
/// `pPriorities[0]` for every allocation of the resource; else one priority per `HandleList` entry.
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn set_priority_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut D3DDDICB_SETPRIORITY,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_ref(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, hResource {:p}, NumAllocations {}",
        device.handle,
        data.hResource,
        data.NumAllocations
    ));
    if data.pPriorities.is_null() {
        return Err(Refusal::invalid_arg("pPriorities is NULL"));
    }
    let (handles, priorities) = if data.hResource.is_null() {
        // SAFETY: HandleList holds NumAllocations handles (the callback's contract).
        let handles =
            unsafe { device_allocations(device, data.HandleList, data.NumAllocations, "HandleList") }?;
        // SAFETY: one priority per listed allocation.
        let priorities = unsafe { std::slice::from_raw_parts(data.pPriorities, handles.len()) }.to_vec();
        (handles, priorities)
    } else {
        let handles = resource_allocations(device, data.hResource, "hResource")?;
        // SAFETY: at least one priority (checked non-NULL).
        let priority = unsafe { *data.pPriorities };
        let count = handles.len();
        (handles, vec![priority; count])
    };
    adapter.vidmm.set_priority(&handles, &priorities).map_err(refusal)?;
    Ok(S_OK)
}

/// The work of `pfnOfferAllocationsCb` and `pfnOfferAllocations2Cb` (whose `Flags.AllowDecommit`
/// changes nothing here: offered content is always given up whole).
///
/// # Safety
/// `resources` (when non-NULL) or `list` hold `count` entries (the callbacks' contract).
pub(crate) unsafe fn offer(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    resources: *const HANDLE,
    list: *const D3DKMT_HANDLE,
    count: UINT,
    priority: D3DDDI_OFFER_PRIORITY,
) -> Result<HRESULT, Refusal> {
    journal::inputs(journal::text!(
        "hDevice {:#010x}, NumAllocations {}, Priority {}",
        device.handle,
        count,
        priority
    ));
    // SAFETY: the arrays hold NumAllocations entries (the callback's contract).
    let groups = unsafe { resources_or_handles(device, resources, list, count) }?;
    adapter.vidmm.offer(&groups.concat(), priority).map_err(refusal)?;
    Ok(S_OK)
}

/// What a reclaim form reports per allocation.
pub(crate) enum ReclaimOut {
    /// `pDiscarded` (may be NULL).
    Discarded(*mut BOOL),
    /// `pResults`.
    Results(*mut D3DDDI_RECLAIM_RESULT),
}

/// The three reclaim forms. Returns the paging fence for the forms that report one.
///
/// # Safety
/// Each non-NULL array holds `count` entries.
unsafe fn reclaim(
    device: &Device,
    adapter: &Adapter,
    resources: *const HANDLE,
    list: *const D3DKMT_HANDLE,
    count: UINT,
    out: ReclaimOut,
) -> Result<HRESULT, Refusal> {
    journal::inputs(journal::text!("hDevice {:#010x}, NumAllocations {}", device.handle, count));
    // SAFETY: forwarded contract.
    let groups = unsafe { resources_or_handles(device, resources, list, count) }?;
    if let ReclaimOut::Results(results) = out {
        if results.is_null() && !groups.is_empty() {
            return Err(Refusal::invalid_arg("pResults is NULL"));
        }
    }
    let results = adapter.vidmm.reclaim(&groups.concat()).map_err(refusal)?;
    // One answer per entry: a resource is NOT_COMMITTED if any of its allocations is, else
    // DISCARDED if any lost its content, else OK.
    let mut answers = results.into_iter();
    let mut all_committed = true;
    for (index, group) in groups.iter().enumerate() {
        let group_results: Vec<D3DDDI_RECLAIM_RESULT> = answers.by_ref().take(group.len()).collect();
        let result = if group_results.contains(&D3DDDI_RECLAIM_RESULT_NOT_COMMITTED) {
            D3DDDI_RECLAIM_RESULT_NOT_COMMITTED
        } else if group_results.contains(&D3DDDI_RECLAIM_RESULT_DISCARDED) {
            D3DDDI_RECLAIM_RESULT_DISCARDED
        } else {
            D3DDDI_RECLAIM_RESULT_OK
        };
        all_committed &= result != D3DDDI_RECLAIM_RESULT_NOT_COMMITTED;
        match out {
            ReclaimOut::Results(array) => {
                // SAFETY: one entry per pResources / HandleList entry (the callback's contract).
                unsafe { array.add(index).write(result) }
            }
            ReclaimOut::Discarded(array) if !array.is_null() => {
                let discarded = BOOL::from(result == D3DDDI_RECLAIM_RESULT_DISCARDED);
                // SAFETY: as above.
                unsafe { array.add(index).write(discarded) }
            }
            ReclaimOut::Discarded(_) => {}
        }
    }
    if !all_committed && matches!(out, ReclaimOut::Discarded(_)) {
        return Err(Refusal::new(
            E_OUTOFMEMORY,
            "some allocations could not be committed again; they stay offered",
        ));
    }
    Ok(S_OK)
}

/// The work of `pfnReclaimAllocationsCb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn reclaim_allocations_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *const D3DDDICB_RECLAIMALLOCATIONS,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let d = unsafe { arg_ref(data, "pData") }?;
    // SAFETY: the arrays hold NumAllocations entries (the callback's contract).
    unsafe {
        reclaim(
            device,
            adapter,
            d.pResources,
            d.HandleList,
            d.NumAllocations,
            ReclaimOut::Discarded(d.pDiscarded),
        )
    }
}

/// The reclaim forms that report a paging fence.
pub(crate) trait FencedReclaim {
    /// `pResources`, `HandleList`, `NumAllocations`, what to report into, and the fence.
    fn parts(&mut self) -> (*const HANDLE, *const D3DKMT_HANDLE, UINT, ReclaimOut, &mut UINT64);
}

impl FencedReclaim for D3DDDICB_RECLAIMALLOCATIONS2 {
    fn parts(&mut self) -> (*const HANDLE, *const D3DKMT_HANDLE, UINT, ReclaimOut, &mut UINT64) {
        let out = ReclaimOut::Discarded(self.pDiscarded);
        (self.pResources, self.HandleList, self.NumAllocations, out, &mut self.PagingFenceValue)
    }
}

impl FencedReclaim for D3DDDICB_RECLAIMALLOCATIONS3 {
    fn parts(&mut self) -> (*const HANDLE, *const D3DKMT_HANDLE, UINT, ReclaimOut, &mut UINT64) {
        let out = ReclaimOut::Results(self.pResults);
        (self.pResources, self.HandleList, self.NumAllocations, out, &mut self.PagingFenceValue)
    }
}

/// The work of `pfnReclaimAllocations2Cb` and `pfnReclaimAllocations3Cb`: paging is synchronous, so
/// the returned `PagingFenceValue` is 0 (already reached).
///
/// # Safety
/// `data` is NULL (refused) or a valid argument of the callback.
pub(crate) unsafe fn fenced_reclaim<T: FencedReclaim>(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut T,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let (resources, list, count, out, fence) = unsafe { arg_mut(data, "pData") }?.parts();
    // SAFETY: the arrays hold NumAllocations entries (the callback's contract).
    let hr = unsafe { reclaim(device, adapter, resources, list, count, out) }?;
    *fence = 0;
    Ok(hr)
}
