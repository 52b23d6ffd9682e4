//! The C faces of the runtime callbacks a UMD calls through `D3DDDI_DEVICECALLBACKS`, and the
//! table itself.
//!
//! Each callback is declared once, by its member name, which is also its journal name and its
//! fault-plan id, with whether a removed device may call it and the runtime function that does
//! its work. It runs through the one boundary (panic containment, the journal), then
//! `runtime::callbacks::with_device` resolves and enters its device and checks the fault plan.
//! Callbacks not modelled yet are present in the table and return `E_NOTIMPL`, saying so in the
//! journal: never NULL, never a silent success.

use crate::abi::*;
use crate::core::Refusal;
use crate::ffi::boundary::boundary;
use crate::journal;
use crate::runtime::c_args::arg_ref;
use crate::runtime::callbacks::{self, Removed, with_device};
use crate::runtime::device::resolve;
use crate::runtime::{memory, render};

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
        Err(Refusal::new(E_NOTIMPL, journal::text!("{} is not modelled yet", name)))
    })
}

/// Declares one UMD callback, once: its `D3DDDI_DEVICECALLBACKS` member (the function's name,
/// its journal name and its fault-plan id), its argument type, whether a removed device may call
/// it, and the runtime function that does its work with the device resolved and entered.
macro_rules! umd_callback {
    ($member:ident($type:ty), $removed:ident => $module:ident::$work:ident) => {
        #[doc = concat!("`", stringify!($member), "`: [`", stringify!($module), "::", stringify!($work), "`] behind the boundary.")]
        unsafe extern "C" fn $member(h_device: HANDLE, data: $type) -> HRESULT {
            boundary(stringify!($member), || {
                with_device(h_device, stringify!($member), Removed::$removed, |device, adapter| {
                    // SAFETY: `data` is the UMD's argument, handed on as it came; the runtime
                    // function checks it before reading (the callback's contract).
                    unsafe { $module::$work(device, adapter, data) }
                })
            })
        }
    };
}

umd_callback! { pfnAllocateCb(*mut D3DDDICB_ALLOCATE), Refused => callbacks::allocate_cb }
umd_callback! { pfnDeallocateCb(*const D3DDDICB_DEALLOCATE), Allowed => callbacks::deallocate_cb }
umd_callback! { pfnDeallocate2Cb(*const D3DDDICB_DEALLOCATE2), Allowed => callbacks::deallocate2_cb }
umd_callback! { pfnLockCb(*mut D3DDDICB_LOCK), Refused => memory::lock_cb }
umd_callback! { pfnUnlockCb(*const D3DDDICB_UNLOCK), Allowed => memory::unlock_cb }
umd_callback! { pfnLock2Cb(*mut D3DDDICB_LOCK2), Refused => memory::lock2_cb }
umd_callback! { pfnUnlock2Cb(*const D3DDDICB_UNLOCK2), Allowed => memory::unlock2_cb }
umd_callback! { pfnQueryResidencyCb(*const D3DDDICB_QUERYRESIDENCY), Refused => memory::query_residency_cb }
umd_callback! { pfnMakeResidentCb(*mut D3DDDI_MAKERESIDENT), Refused => memory::make_resident_cb }
umd_callback! { pfnEvictCb(*mut D3DDDICB_EVICT), Refused => memory::evict_cb }
umd_callback! { pfnSetPriorityCb(*mut D3DDDICB_SETPRIORITY), Refused => memory::set_priority_cb }
umd_callback! { pfnReclaimAllocationsCb(*const D3DDDICB_RECLAIMALLOCATIONS), Refused => memory::reclaim_allocations_cb }
umd_callback! { pfnCreateContextCb(*mut D3DDDICB_CREATECONTEXT), Refused => render::create_context_cb }
umd_callback! { pfnDestroyContextCb(*const D3DDDICB_DESTROYCONTEXT), Allowed => render::destroy_context_cb }
umd_callback! { pfnRenderCb(*mut D3DDDICB_RENDER), Refused => render::render_cb }
umd_callback! { pfnReclaimAllocations2Cb(*mut D3DDDICB_RECLAIMALLOCATIONS2), Refused => memory::fenced_reclaim }
umd_callback! { pfnReclaimAllocations3Cb(*mut D3DDDICB_RECLAIMALLOCATIONS3), Refused => memory::fenced_reclaim }

/// `pfnOfferAllocationsCb`.
unsafe extern "C" fn pfnOfferAllocationsCb(
    h_device: HANDLE,
    data: *const D3DDDICB_OFFERALLOCATIONS,
) -> HRESULT {
    boundary("pfnOfferAllocationsCb", || {
        // SAFETY: the UMD's argument, valid for the call when non-NULL.
        let d = unsafe { arg_ref(data, "pData") }?;
        with_device(h_device, "pfnOfferAllocationsCb", Removed::Refused, |device, adapter| {
            // SAFETY: the arrays hold NumAllocations entries (the callback's contract).
            unsafe {
                memory::offer(device, adapter, d.pResources, d.HandleList, d.NumAllocations, d.Priority)
            }
        })
    })
}

/// `pfnOfferAllocations2Cb`.
unsafe extern "C" fn pfnOfferAllocations2Cb(
    h_device: HANDLE,
    data: *const D3DDDICB_OFFERALLOCATIONS2,
) -> HRESULT {
    boundary("pfnOfferAllocations2Cb", || {
        // SAFETY: the UMD's argument, valid for the call when non-NULL.
        let d = unsafe { arg_ref(data, "pData") }?;
        with_device(h_device, "pfnOfferAllocations2Cb", Removed::Refused, |device, adapter| {
            // SAFETY: the arrays hold NumAllocations entries (the callback's contract).
            unsafe {
                memory::offer(device, adapter, d.pResources, d.HandleList, d.NumAllocations, d.Priority)
            }
        })
    })
}

/// `pfnEscapeCb`: the device is `pData->hDevice`, or the callback's handle when that is NULL.
unsafe extern "C" fn pfnEscapeCb(h_adapter: HANDLE, data: *const D3DDDICB_ESCAPE) -> HRESULT {
    boundary("pfnEscapeCb", || {
        // SAFETY: the UMD's argument, valid for the call when non-NULL.
        let data = unsafe { arg_ref(data, "pData") }?;
        let h_device = if data.hDevice.is_null() { h_adapter } else { data.hDevice };
        with_device(h_device, "pfnEscapeCb", Removed::Refused, |device, adapter| {
            // SAFETY: the buffers `data` points to are the UMD's (the callback's contract).
            unsafe { render::escape_cb(device, adapter, data) }
        })
    })
}

/// The full table: the modelled callbacks, and a named `E_NOTIMPL` stub everywhere else.
pub fn full_table() -> D3DDDI_DEVICECALLBACKS {
    D3DDDI_DEVICECALLBACKS {
        pfnAllocateCb: Some(pfnAllocateCb),
        pfnDeallocateCb: Some(pfnDeallocateCb),
        pfnDeallocate2Cb: Some(pfnDeallocate2Cb),
        pfnLockCb: Some(pfnLockCb),
        pfnUnlockCb: Some(pfnUnlockCb),
        pfnLock2Cb: Some(pfnLock2Cb),
        pfnUnlock2Cb: Some(pfnUnlock2Cb),
        pfnQueryResidencyCb: Some(pfnQueryResidencyCb),
        pfnMakeResidentCb: Some(pfnMakeResidentCb),
        pfnEvictCb: Some(pfnEvictCb),
        pfnSetPriorityCb: Some(pfnSetPriorityCb),
        pfnReclaimAllocationsCb: Some(pfnReclaimAllocationsCb),
        pfnCreateContextCb: Some(pfnCreateContextCb),
        pfnDestroyContextCb: Some(pfnDestroyContextCb),
        pfnRenderCb: Some(pfnRenderCb),
        pfnReclaimAllocations2Cb: Some(pfnReclaimAllocations2Cb),
        pfnReclaimAllocations3Cb: Some(pfnReclaimAllocations3Cb),
        pfnOfferAllocationsCb: Some(pfnOfferAllocationsCb),
        pfnOfferAllocations2Cb: Some(pfnOfferAllocations2Cb),
        pfnEscapeCb: Some(pfnEscapeCb),
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
