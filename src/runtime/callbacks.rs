//! The runtime callbacks a UMD calls through `D3DDDI_DEVICECALLBACKS`, and the table itself.
//!
//! Each callback runs through the one boundary (panic containment, journal), resolves its
//! device (`E_INVALIDARG` for an unknown, stale or destroyed one; `D3DDDIERR_DEVICEREMOVED` for
//! a removed one, except for deallocation, which still cleans up), checks the adapter's fault
//! plan, then does its work. Callbacks not modelled yet are present in the table and return
//! `E_NOTIMPL`, saying so in the journal: never NULL, never a silent success.

use core::ffi::c_void;

use crate::abi::*;
use crate::ffi::boundary::{Refusal, arg_mut, arg_ref, boundary};
use crate::journal;
use crate::runtime::device::resolve;
use crate::runtime::{allocate, deallocate};

/// Every member of `D3DDDI_DEVICECALLBACKS`, in order (research/abi-layouts.md section 4).
pub const CALLBACK_NAMES: [&str; 65] = [
    "pfnAllocateCb",
    "pfnDeallocateCb",
    "pfnSetPriorityCb",
    "pfnQueryResidencyCb",
    "pfnSetDisplayModeCb",
    "pfnPresentCb",
    "pfnRenderCb",
    "pfnLockCb",
    "pfnUnlockCb",
    "pfnEscapeCb",
    "pfnCreateOverlayCb",
    "pfnUpdateOverlayCb",
    "pfnFlipOverlayCb",
    "pfnDestroyOverlayCb",
    "pfnCreateContextCb",
    "pfnDestroyContextCb",
    "pfnCreateSynchronizationObjectCb",
    "pfnDestroySynchronizationObjectCb",
    "pfnWaitForSynchronizationObjectCb",
    "pfnSignalSynchronizationObjectCb",
    "pfnSetAsyncCallbacksCb",
    "pfnSetDisplayPrivateDriverFormatCb",
    "pfnOfferAllocationsCb",
    "pfnReclaimAllocationsCb",
    "pfnCreateSynchronizationObject2Cb",
    "pfnWaitForSynchronizationObject2Cb",
    "pfnSignalSynchronizationObject2Cb",
    "pfnPresentMultiPlaneOverlayCb",
    "pfnLogUMDMarkerCb",
    "pfnMakeResidentCb",
    "pfnEvictCb",
    "pfnWaitForSynchronizationObjectFromCpuCb",
    "pfnSignalSynchronizationObjectFromCpuCb",
    "pfnWaitForSynchronizationObjectFromGpuCb",
    "pfnSignalSynchronizationObjectFromGpuCb",
    "pfnCreatePagingQueueCb",
    "pfnDestroyPagingQueueCb",
    "pfnLock2Cb",
    "pfnUnlock2Cb",
    "pfnInvalidateCacheCb",
    "pfnReserveGpuVirtualAddressCb",
    "pfnMapGpuVirtualAddressCb",
    "pfnFreeGpuVirtualAddressCb",
    "pfnUpdateGpuVirtualAddressCb",
    "pfnCreateContextVirtualCb",
    "pfnSubmitCommandCb",
    "pfnDeallocate2Cb",
    "pfnSignalSynchronizationObjectFromGpu2Cb",
    "pfnReclaimAllocations2Cb",
    "pfnGetResourcePresentPrivateDriverDataCb",
    "pfnUpdateAllocationPropertyCb",
    "pfnOfferAllocations2Cb",
    "pfnReclaimAllocations3Cb",
    "pfnAcquireResourceCb",
    "pfnReleaseResourceCb",
    "pfnCreateHwContextCb",
    "pfnDestroyHwContextCb",
    "pfnCreateHwQueueCb",
    "pfnDestroyHwQueueCb",
    "pfnSubmitCommandToHwQueueCb",
    "pfnSubmitWaitForSyncObjectsToHwQueueCb",
    "pfnSubmitSignalSyncObjectsToHwQueueCb",
    "pfnSubmitPresentBltToHwQueueCb",
    "pfnSubmitPresentToHwQueueCb",
    "pfnSubmitHistorySequenceCb",
];

/// Every table entry has this shape at the machine level (a handle and one pointer-sized
/// argument, returning an HRESULT); `pfnSetAsyncCallbacksCb`'s `BOOL` travels in the same
/// register.
type RawCallback = unsafe extern "C" fn(HANDLE, *mut c_void) -> HRESULT;

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

fn destroyed(device: D3DKMT_HANDLE) -> Refusal {
    Refusal::invalid_arg(format!("hDevice {device:#010x} was destroyed"))
}

unsafe extern "C" fn allocate_cb(h_device: HANDLE, data: *mut D3DDDICB_ALLOCATE) -> HRESULT {
    boundary("pfnAllocateCb", || {
        let (device, adapter) = resolve(h_device, false)?;
        let _alive = device.enter().ok_or_else(|| destroyed(device.handle))?;
        injected(&adapter, "pfnAllocateCb", device.handle)?;
        // SAFETY: `data` is the UMD's argument, valid for the call when non-NULL.
        let data = unsafe { arg_mut(data, "pData") }?;
        journal::inputs(format!(
            "hDevice {:#010x}, NumAllocations {}, hResource {:p}, PrivateDriverDataSize {}",
            device.handle, data.NumAllocations, data.hResource, data.PrivateDriverDataSize
        ));
        // SAFETY: the pointers inside `data` are the UMD's, valid as the callback documents.
        unsafe { allocate::allocate(&device, &adapter, data) }
    })
}

unsafe extern "C" fn deallocate_cb(h_device: HANDLE, data: *const D3DDDICB_DEALLOCATE) -> HRESULT {
    boundary("pfnDeallocateCb", || {
        let (device, adapter) = resolve(h_device, true)?;
        let _alive = device.enter().ok_or_else(|| destroyed(device.handle))?;
        injected(&adapter, "pfnDeallocateCb", device.handle)?;
        // SAFETY: `data` is the UMD's argument, valid for the call when non-NULL.
        let data = unsafe { arg_ref(data, "pData") }?;
        journal::inputs(format!(
            "hDevice {:#010x}, hResource {:p}, NumAllocations {}",
            device.handle, data.hResource, data.NumAllocations
        ));
        // SAFETY: HandleList holds NumAllocations handles when hResource is NULL.
        unsafe {
            deallocate::deallocate(&device, &adapter, data.hResource, data.NumAllocations, data.HandleList)
        }
    })
}

unsafe extern "C" fn deallocate2_cb(h_device: HANDLE, data: *const D3DDDICB_DEALLOCATE2) -> HRESULT {
    boundary("pfnDeallocate2Cb", || {
        let (device, adapter) = resolve(h_device, true)?;
        let _alive = device.enter().ok_or_else(|| destroyed(device.handle))?;
        injected(&adapter, "pfnDeallocate2Cb", device.handle)?;
        // SAFETY: `data` is the UMD's argument, valid for the call when non-NULL.
        let data = unsafe { arg_ref(data, "pData") }?;
        journal::inputs(format!(
            "hDevice {:#010x}, hResource {:p}, NumAllocations {}",
            device.handle, data.hResource, data.NumAllocations
        ));
        // SAFETY: HandleList holds NumAllocations handles when hResource is NULL.
        unsafe {
            deallocate::deallocate(&device, &adapter, data.hResource, data.NumAllocations, data.HandleList)
        }
    })
}

/// One stub per unmodelled callback, so the journal names the one that was called.
macro_rules! unmodelled {
    ($($index:literal),* $(,)?) => {
        [$({
            unsafe extern "C" fn stub(h_device: HANDLE, _args: *mut c_void) -> HRESULT {
                boundary(CALLBACK_NAMES[$index], || -> Result<HRESULT, Refusal> {
                    // Tag the journal entry with the device's adapter when the device is known.
                    let _ = resolve(h_device, true);
                    Err(Refusal::new(E_NOTIMPL, format!("{} is not modelled yet", CALLBACK_NAMES[$index])))
                })
            }
            stub as RawCallback
        }),*]
    };
}

/// The full 65-entry table: the modelled callbacks, and a named `E_NOTIMPL` stub everywhere else.
pub fn full_table() -> [RawCallback; 65] {
    let mut table: [RawCallback; 65] = unmodelled!(
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
        28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52,
        53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64
    );
    // SAFETY (each cast): the typed callbacks differ from RawCallback only in the pointee type
    // of the second parameter, which has the same machine representation.
    table[0] = unsafe {
        std::mem::transmute::<unsafe extern "C" fn(HANDLE, *mut D3DDDICB_ALLOCATE) -> HRESULT, RawCallback>(
            allocate_cb,
        )
    };
    table[1] = unsafe {
        std::mem::transmute::<unsafe extern "C" fn(HANDLE, *const D3DDDICB_DEALLOCATE) -> HRESULT, RawCallback>(
            deallocate_cb,
        )
    };
    table[46] = unsafe {
        std::mem::transmute::<unsafe extern "C" fn(HANDLE, *const D3DDDICB_DEALLOCATE2) -> HRESULT, RawCallback>(
            deallocate2_cb,
        )
    };
    table
}

/// Writes the first `bytes` bytes of the callback table to the UMD's `D3DDDI_DEVICECALLBACKS`.
///
/// # Safety
/// `out` is writable for `bytes` bytes; `bytes` is at most the full table's size.
pub unsafe fn write_table(out: *mut D3DDDI_DEVICECALLBACKS, bytes: usize) {
    let table = full_table();
    assert!(bytes <= std::mem::size_of_val(&table) && bytes % 8 == 0);
    // SAFETY: `table` is 65 function pointers laid out exactly as D3DDDI_DEVICECALLBACKS's 65
    // members; `out` is writable for `bytes` (caller contract).
    unsafe { std::ptr::copy_nonoverlapping(table.as_ptr() as *const u8, out as *mut u8, bytes) };
}
