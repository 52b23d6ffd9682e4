//! The runtime callbacks a UMD calls through `D3DDDI_DEVICECALLBACKS`, and the table itself.
//!
//! Each callback is declared once with `umd_callback!` (its member name is its journal name
//! and its fault-plan id) and runs through the one boundary (panic containment, journal), resolves its
//! device (`E_INVALIDARG` for an unknown, stale or destroyed one; `D3DDDIERR_DEVICEREMOVED` for
//! a removed one, except for deallocation, which still cleans up), checks the adapter's fault
//! plan, then does its work. Callbacks not modelled yet are present in the table and return
//! `E_NOTIMPL`, saying so in the journal: never NULL, never a silent success.

use std::sync::Arc;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::model::Device;
use crate::ffi::boundary::boundary;
use crate::journal;
use crate::runtime::adapter::Adapter;
use crate::runtime::c_args::{arg_mut, arg_ref};
use crate::runtime::device::resolve;
use crate::runtime::{allocate, deallocate, memory, render};

/// Lists every member of `D3DDDI_DEVICECALLBACKS`, in order (research/abi-layouts.md section 4):
/// their names, and a function filling each with an `E_NOTIMPL` stub of its own exact type.
macro_rules! device_callbacks {
    ($($index:literal $member:ident,)*) => {
        /// The callback members, in order.
        pub const CALLBACK_NAMES: [&str; 65] = [$(stringify!($member)),*];

        fn unmodelled_table() -> D3DDDI_DEVICECALLBACKS {
            D3DDDI_DEVICECALLBACKS { $($member: Some(UnmodelledStub::stub::<$index>()),)* }
        }
    };
}

device_callbacks! {
    0 pfnAllocateCb,
    1 pfnDeallocateCb,
    2 pfnSetPriorityCb,
    3 pfnQueryResidencyCb,
    4 pfnSetDisplayModeCb,
    5 pfnPresentCb,
    6 pfnRenderCb,
    7 pfnLockCb,
    8 pfnUnlockCb,
    9 pfnEscapeCb,
    10 pfnCreateOverlayCb,
    11 pfnUpdateOverlayCb,
    12 pfnFlipOverlayCb,
    13 pfnDestroyOverlayCb,
    14 pfnCreateContextCb,
    15 pfnDestroyContextCb,
    16 pfnCreateSynchronizationObjectCb,
    17 pfnDestroySynchronizationObjectCb,
    18 pfnWaitForSynchronizationObjectCb,
    19 pfnSignalSynchronizationObjectCb,
    20 pfnSetAsyncCallbacksCb,
    21 pfnSetDisplayPrivateDriverFormatCb,
    22 pfnOfferAllocationsCb,
    23 pfnReclaimAllocationsCb,
    24 pfnCreateSynchronizationObject2Cb,
    25 pfnWaitForSynchronizationObject2Cb,
    26 pfnSignalSynchronizationObject2Cb,
    27 pfnPresentMultiPlaneOverlayCb,
    28 pfnLogUMDMarkerCb,
    29 pfnMakeResidentCb,
    30 pfnEvictCb,
    31 pfnWaitForSynchronizationObjectFromCpuCb,
    32 pfnSignalSynchronizationObjectFromCpuCb,
    33 pfnWaitForSynchronizationObjectFromGpuCb,
    34 pfnSignalSynchronizationObjectFromGpuCb,
    35 pfnCreatePagingQueueCb,
    36 pfnDestroyPagingQueueCb,
    37 pfnLock2Cb,
    38 pfnUnlock2Cb,
    39 pfnInvalidateCacheCb,
    40 pfnReserveGpuVirtualAddressCb,
    41 pfnMapGpuVirtualAddressCb,
    42 pfnFreeGpuVirtualAddressCb,
    43 pfnUpdateGpuVirtualAddressCb,
    44 pfnCreateContextVirtualCb,
    45 pfnSubmitCommandCb,
    46 pfnDeallocate2Cb,
    47 pfnSignalSynchronizationObjectFromGpu2Cb,
    48 pfnReclaimAllocations2Cb,
    49 pfnGetResourcePresentPrivateDriverDataCb,
    50 pfnUpdateAllocationPropertyCb,
    51 pfnOfferAllocations2Cb,
    52 pfnReclaimAllocations3Cb,
    53 pfnAcquireResourceCb,
    54 pfnReleaseResourceCb,
    55 pfnCreateHwContextCb,
    56 pfnDestroyHwContextCb,
    57 pfnCreateHwQueueCb,
    58 pfnDestroyHwQueueCb,
    59 pfnSubmitCommandToHwQueueCb,
    60 pfnSubmitWaitForSyncObjectsToHwQueueCb,
    61 pfnSubmitSignalSyncObjectsToHwQueueCb,
    62 pfnSubmitPresentBltToHwQueueCb,
    63 pfnSubmitPresentToHwQueueCb,
    64 pfnSubmitHistorySequenceCb,
}

/// A callback type with an `E_NOTIMPL` stub of its own signature, so a UMD calls a function of
/// the type it declared (every callback takes the device handle and one argument).
trait UnmodelledStub: Sized {
    fn stub<const I: usize>() -> Self;
}

impl<A> UnmodelledStub for unsafe extern "C" fn(HANDLE, A) -> HRESULT {
    fn stub<const I: usize>() -> Self {
        unmodelled::<I, A>
    }
}

/// Callback number `I`, not modelled yet: journals its name and returns `E_NOTIMPL`.
unsafe extern "C" fn unmodelled<const I: usize, A>(h_device: HANDLE, _args: A) -> HRESULT {
    let name = CALLBACK_NAMES[I];
    boundary(name, || -> Result<HRESULT, Refusal> {
        // Tag the journal entry with the device's adapter when the device is known.
        let _ = resolve(h_device, true);
        Err(Refusal::new(E_NOTIMPL, format!("{name} is not modelled yet")))
    })
}

/// The fault plan's check for a callback, before it changes anything.
fn injected(
    adapter: &crate::runtime::adapter::Adapter,
    name: &'static str,
    device: D3DKMT_HANDLE,
) -> Result<(), Refusal> {
    match adapter.faults.check(name, device) {
        Some(code) => Err(Refusal::new(code, "injected failure")),
        None => Ok(()),
    }
}

/// Whether a removed device (after a TDR or `WddmShimRemoveDevice`) may still call a callback:
/// the clean-up callbacks (deallocation, unlock, context destruction) work on, the others
/// answer `D3DDDIERR_DEVICEREMOVED`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Removed {
    /// `D3DDDIERR_DEVICEREMOVED` for a removed device.
    Refused,
    /// A removed device may still call it.
    Allowed,
}

/// Declares one UMD callback, once: its `D3DDDI_DEVICECALLBACKS` member (`as pfnLockCb`),
/// which is also its journal name and its fault-plan id, whether a removed device may call it,
/// and its body. The body runs inside the boundary (panic containment, the journal) with the
/// device resolved and entered and the fault plan checked.
macro_rules! umd_callback {
    ($(#[$attr:meta])* $vis:vis fn $function:ident($data:ident: $type:ty) as $member:ident, $removed:ident,
        |$device:ident, $adapter:ident| $body:block) => {
        $(#[$attr])*
        $vis unsafe extern "C" fn $function(h_device: HANDLE, $data: $type) -> HRESULT {
            $crate::ffi::boundary::boundary(stringify!($member), || {
                $crate::runtime::callbacks::with_device(
                    h_device,
                    stringify!($member),
                    $crate::runtime::callbacks::Removed::$removed,
                    |$device, $adapter| $body,
                )
            })
        }
    };
}
pub(crate) use umd_callback;

/// Resolves the device (a removed one is refused with `D3DDDIERR_DEVICEREMOVED` unless
/// `removed` allows it), enters it, checks the fault plan for `name`, then runs `body`.
pub(crate) fn with_device(
    h_device: HANDLE,
    name: &'static str,
    removed: Removed,
    body: impl FnOnce(&Arc<Device>, &Arc<Adapter>) -> Result<HRESULT, Refusal>,
) -> Result<HRESULT, Refusal> {
    let (device, adapter) = resolve(h_device, removed == Removed::Allowed)?;
    let _alive = device.enter().ok_or_else(|| destroyed(device.handle))?;
    injected(&adapter, name, device.handle)?;
    body(&device, &adapter)
}

/// The refusal for a device destroyed while the callback waited to enter it.
fn destroyed(device: D3DKMT_HANDLE) -> Refusal {
    Refusal::invalid_arg(journal::text!("hDevice {:#010x} was destroyed", device))
}

umd_callback! {
    fn allocate_cb(data: *mut D3DDDICB_ALLOCATE) as pfnAllocateCb, Refused, |device, adapter| {
        // SAFETY: `data` is the UMD's argument, valid for the call when non-NULL.
        let data = unsafe { arg_mut(data, "pData") }?;
        journal::inputs(journal::text!(
            "hDevice {:#010x}, NumAllocations {}, hResource {:p}, PrivateDriverDataSize {}",
            device.handle,
            data.NumAllocations,
            data.hResource,
            data.PrivateDriverDataSize
        ));
        // SAFETY: the pointers inside `data` are the UMD's, valid as the callback documents.
        unsafe { allocate::allocate(device, adapter, data) }
    }
}

umd_callback! {
    fn deallocate_cb(data: *const D3DDDICB_DEALLOCATE) as pfnDeallocateCb,
        Allowed, |device, adapter| {
        // SAFETY: `data` is the UMD's argument, valid for the call when non-NULL.
        let data = unsafe { arg_ref(data, "pData") }?;
        journal::inputs(journal::text!(
            "hDevice {:#010x}, hResource {:p}, NumAllocations {}",
            device.handle,
            data.hResource,
            data.NumAllocations
        ));
        // SAFETY: HandleList holds NumAllocations handles when hResource is NULL.
        unsafe {
            deallocate::deallocate(device, adapter, data.hResource, data.NumAllocations, data.HandleList)
        }
    }
}

umd_callback! {
    fn deallocate2_cb(data: *const D3DDDICB_DEALLOCATE2) as pfnDeallocate2Cb,
        Allowed, |device, adapter| {
        // SAFETY: `data` is the UMD's argument, valid for the call when non-NULL.
        let data = unsafe { arg_ref(data, "pData") }?;
        journal::inputs(journal::text!(
            "hDevice {:#010x}, hResource {:p}, NumAllocations {}",
            device.handle,
            data.hResource,
            data.NumAllocations
        ));
        // SAFETY: HandleList holds NumAllocations handles when hResource is NULL.
        unsafe {
            deallocate::deallocate(device, adapter, data.hResource, data.NumAllocations, data.HandleList)
        }
    }
}

/// The full table: the modelled callbacks, and a named `E_NOTIMPL` stub everywhere else.
pub fn full_table() -> D3DDDI_DEVICECALLBACKS {
    D3DDDI_DEVICECALLBACKS {
        pfnAllocateCb: Some(allocate_cb),
        pfnDeallocateCb: Some(deallocate_cb),
        pfnDeallocate2Cb: Some(deallocate2_cb),
        pfnLockCb: Some(memory::lock_cb),
        pfnUnlockCb: Some(memory::unlock_cb),
        pfnLock2Cb: Some(memory::lock2_cb),
        pfnUnlock2Cb: Some(memory::unlock2_cb),
        pfnQueryResidencyCb: Some(memory::query_residency_cb),
        pfnMakeResidentCb: Some(memory::make_resident_cb),
        pfnEvictCb: Some(memory::evict_cb),
        pfnSetPriorityCb: Some(memory::set_priority_cb),
        pfnOfferAllocationsCb: Some(memory::offer_allocations_cb),
        pfnOfferAllocations2Cb: Some(memory::offer_allocations2_cb),
        pfnReclaimAllocationsCb: Some(memory::reclaim_allocations_cb),
        pfnReclaimAllocations2Cb: Some(memory::reclaim_allocations2_cb),
        pfnReclaimAllocations3Cb: Some(memory::reclaim_allocations3_cb),
        pfnCreateContextCb: Some(render::create_context_cb),
        pfnDestroyContextCb: Some(render::destroy_context_cb),
        pfnRenderCb: Some(render::render_cb),
        pfnEscapeCb: Some(render::escape_cb),
        ..unmodelled_table()
    }
}

/// Writes the first `bytes` bytes of the callback table to the UMD's `D3DDDI_DEVICECALLBACKS`.
///
/// # Safety
/// `out` is writable for `bytes` bytes; `bytes` is at most the full table's size.
pub unsafe fn write_table(out: *mut D3DDDI_DEVICECALLBACKS, bytes: usize) {
    let table = full_table();
    assert!(bytes <= std::mem::size_of_val(&table) && bytes % 8 == 0);
    // SAFETY: `table` is a whole D3DDDI_DEVICECALLBACKS of function pointers; its first `bytes`
    // bytes are whole members, and `out` is writable for `bytes` (caller contract).
    unsafe { std::ptr::copy_nonoverlapping(&raw const table as *const u8, out as *mut u8, bytes) };
}
