//! `pfnDeallocateCb` / `pfnDeallocate2Cb`.
//!
//! With `hResource` set, the whole resource goes (its allocations, then the resource; the
//! handle list is ignored, as documented). Otherwise each listed allocation goes; a resource
//! whose allocations are all freed this way stays, empty, until it is deallocated itself.
//! Every handle is validated before anything is freed: an unknown, stale, duplicated or
//! other-device handle refuses the whole call with `E_INVALIDARG`. An empty list succeeds.
//! Deallocation after the UMD's DestroyResource is legal (D3D11 defers destruction); it is
//! also what still works on a removed device.

use std::sync::Arc;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::model::{Device, PROCESS};
use crate::journal;
use crate::runtime::adapter::Adapter;
use crate::runtime::device::owned_allocations;
use crate::runtime::release::{children, release};

/// Frees a resource or a list of allocations of `device`.
///
/// # Safety
/// `handle_list` is NULL or readable for `count` handles.
pub unsafe fn deallocate(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    runtime_resource: HANDLE,
    count: UINT,
    handle_list: *const D3DKMT_HANDLE,
) -> Result<HRESULT, Refusal> {
    let _release = device.release_lock.lock();
    if !runtime_resource.is_null() {
        let resource =
            device.state.lock().resources.get(&(runtime_resource as usize)).cloned().ok_or_else(|| {
                Refusal::invalid_arg(journal::text!(
                    "hResource {:p} names no resource of this device",
                    runtime_resource
                ))
            })?;
        let _transaction = resource.transaction.lock();
        // Another thread may have destroyed it while this one waited.
        if !device.state.lock().resources.contains_key(&(runtime_resource as usize)) {
            return Err(Refusal::invalid_arg(journal::text!(
                "hResource {:p} was deallocated concurrently",
                runtime_resource
            )));
        }
        let allocations = children(&resource);
        release(adapter, device, &allocations, Some(&resource), true);
        return Ok(S_OK);
    }
    if count == 0 {
        return Ok(S_OK);
    }
    if handle_list.is_null() {
        return Err(Refusal::invalid_arg(journal::text!("HandleList is NULL with NumAllocations {}", count)));
    }
    // SAFETY: readable for `count` handles (caller contract).
    let handles = unsafe { std::slice::from_raw_parts(handle_list, count as usize) };
    // One release per resource (device-owned allocations first, then by resource handle), each
    // keeping the UMD's order within it.
    let mut allocations = owned_allocations(device, handles, "HandleList")?;
    allocations.sort_by_key(|allocation| allocation.resource);
    for group in allocations.chunk_by(|a, b| a.resource == b.resource) {
        let resource = group[0].resource.and_then(|h| PROCESS.resource(h).ok());
        let _transaction = resource.as_ref().map(|r| r.transaction.lock());
        release(adapter, device, group, resource.as_ref(), false);
    }
    adapter.keep_spare_allocations(allocations);
    Ok(S_OK)
}
