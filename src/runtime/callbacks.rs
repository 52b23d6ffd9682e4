//! What every runtime callback a UMD calls through `D3DDDI_DEVICECALLBACKS` does before its
//! work (the callbacks' C faces are `ffi::umd`): resolve its device (`E_INVALIDARG` for an
//! unknown, stale or destroyed one; `D3DDDIERR_DEVICEREMOVED` for a removed one, except for the
//! clean-up callbacks), enter it, and check the adapter's fault plan. The work of
//! `pfnAllocateCb` and the deallocation callbacks is here too; the others are in `memory` and
//! `render`.

use std::sync::Arc;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::model::Device;
use crate::journal;
use crate::runtime::adapter::Adapter;
use crate::runtime::c_args::{arg_mut, arg_ref};
use crate::runtime::device::resolve;
use crate::runtime::{allocate, deallocate};

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

/// The work of `pfnAllocateCb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn allocate_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut D3DDDICB_ALLOCATE,
) -> Result<HRESULT, Refusal> {
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

/// The work of `pfnDeallocateCb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn deallocate_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *const D3DDDICB_DEALLOCATE,
) -> Result<HRESULT, Refusal> {
    // SAFETY: `data` is the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_ref(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, hResource {:p}, NumAllocations {}",
        device.handle,
        data.hResource,
        data.NumAllocations
    ));
    // SAFETY: HandleList holds NumAllocations handles when hResource is NULL.
    unsafe { deallocate::deallocate(device, adapter, data.hResource, data.NumAllocations, data.HandleList) }
}

/// The work of `pfnDeallocate2Cb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn deallocate2_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *const D3DDDICB_DEALLOCATE2,
) -> Result<HRESULT, Refusal> {
    // SAFETY: `data` is the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_ref(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, hResource {:p}, NumAllocations {}",
        device.handle,
        data.hResource,
        data.NumAllocations
    ));
    // SAFETY: HandleList holds NumAllocations handles when hResource is NULL.
    unsafe { deallocate::deallocate(device, adapter, data.hResource, data.NumAllocations, data.HandleList) }
}
