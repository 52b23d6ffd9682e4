//! Releasing allocations and resources: the mirror image of allocation.
//!
//! For a set of allocations of one device (all of one resource, or device-owned): the KMD's
//! `DxgkDdiCloseAllocation` with their per-device handles, then `DxgkDdiDestroyAllocation` with
//! their KMD handles (and `DestroyResource` when the resource goes too), then their D3DKMT
//! handles are freed (into quarantine). Close and destroy cannot fail on Windows; a KMD that
//! returns an error anyway is journaled and the release goes on.

use std::sync::Arc;

use crate::abi::*;
use crate::core::PerCall;
use crate::core::handles::HandleKind;
use crate::core::model::{Allocation, Device, Leaks, PROCESS, Resource};
use crate::journal;
use crate::runtime::adapter::Adapter;

/// Closes and destroys `allocations` (all of `device`; all children of `resource` when given),
/// destroying the resource as well when `destroy_resource`, and frees their handles.
///
/// An allocation whose data the KMD still holds (`DxgkCbAcquireHandleData`) keeps its KMD
/// objects until the last `DxgkCbReleaseHandleData` ([`destroy_released`]); its resource is one
/// of those objects, so a resource deallocated while one of its allocations is held is
/// destroyed with the last held one. When the resource stays, the KMD may change
/// `DXGKARG_DESTROYALLOCATION::hResource`; the new value is what `DxgkCbGetHandleData` answers
/// and what later destructions pass.
pub fn release(
    adapter: &Adapter,
    device: &Device,
    allocations: &[Arc<Allocation>],
    resource: Option<&Arc<Resource>>,
    destroy_resource: bool,
) {
    let opened: PerCall<HANDLE> =
        allocations.iter().map(|a| a.device_allocation()).filter(|&h| h != 0).map(|h| h as HANDLE).collect();
    if !opened.is_empty() {
        let args = DXGKARG_CLOSEALLOCATION {
            NumAllocations: opened.len() as UINT,
            pOpenHandleList: opened.as_ptr(),
        };
        adapter.miniport.close_allocation(&adapter.faults, device.handle, device.kmd_device, &args);
    }
    let mut held = 0;
    let kmd_handles: PerCall<HANDLE> = allocations
        .iter()
        .filter(|a| {
            let mut holds = a.holds.lock();
            if holds.count == 0 {
                return true;
            }
            holds.destroy_when_released = true;
            holds.resource = resource.cloned();
            held += 1;
            false
        })
        .map(|a| a.kmd_allocation as HANDLE)
        .collect();
    let destroy_resource_now = match resource {
        Some(resource) if destroy_resource => {
            let mut state = resource.state.lock();
            state.held_destructions += held;
            state.destroy_with_last_held = state.held_destructions > 0;
            !state.destroy_with_last_held
        }
        Some(resource) => {
            resource.state.lock().held_destructions += held;
            false
        }
        None => false,
    };
    if !kmd_handles.is_empty() || destroy_resource_now {
        destroy_allocations(adapter, device.handle, &kmd_handles, resource, destroy_resource_now);
    }
    let handles: PerCall<D3DKMT_HANDLE> = allocations.iter().map(|a| a.handle).collect();
    for (handle, locks) in adapter.vidmm.destroy(&handles) {
        journal::record_note(
            adapter.id,
            "contract",
            journal::text!(
                "allocation {:#010x} was deallocated while locked ({} lock(s) outstanding); its memory is gone",
                handle,
                locks
            ),
        );
    }
    // Everything keyed by the handle values goes before the values themselves (into
    // quarantine), the reverse of allocation.
    {
        let mut state = device.state.lock();
        for allocation in allocations {
            state.allocations.remove(&allocation.handle);
        }
        if let (Some(resource), true) = (resource, destroy_resource) {
            state.resources.remove(&resource.runtime_handle);
        }
    }
    if let Some(resource) = resource {
        resource.state.lock().children.retain(|h| !allocations.iter().any(|a| a.handle == *h));
    }
    let freed_at = journal::next_sequence();
    for allocation in allocations {
        let _ = PROCESS.handles.remove(allocation.handle, HandleKind::Allocation, freed_at, adapter.id);
    }
    if let (Some(resource), true) = (resource, destroy_resource) {
        let _ = PROCESS.handles.remove(resource.handle, HandleKind::Resource, freed_at, adapter.id);
    }
}

/// One `DxgkDdiDestroyAllocation` for `kmd_handles` (of `resource`, when given), destroying the
/// resource too when `destroy_resource`; keeps the `hResource` the KMD may write back when the
/// resource stays.
fn destroy_allocations(
    adapter: &Adapter,
    device: D3DKMT_HANDLE,
    kmd_handles: &[HANDLE],
    resource: Option<&Arc<Resource>>,
    destroy_resource: bool,
) {
    let kmd_resource = resource.map_or(0, |r| r.state.lock().kmd_resource);
    let written = adapter.miniport.destroy_allocation(
        &adapter.faults,
        device,
        kmd_handles,
        kmd_resource,
        destroy_resource,
    );
    if let (Some(resource), false) = (resource, destroy_resource) {
        if written != kmd_resource {
            PROCESS.set_kmd_resource(resource, &mut resource.state.lock(), written, adapter.id);
            journal::record_note(
                adapter.id,
                "kmd",
                journal::text!(
                    "DxgkDdiDestroyAllocation changed resource {:#010x}'s hResource from {:#x} to {:#x}",
                    resource.handle,
                    kmd_resource,
                    written
                ),
            );
        }
    }
}

/// The live allocations of a resource, in order.
pub fn children(resource: &Resource) -> Vec<Arc<Allocation>> {
    let children = resource.state.lock().children.clone();
    children.into_iter().filter_map(|h| PROCESS.allocation(h).ok()).collect()
}

/// Releases everything a device owns (at DestroyDevice): every resource with its allocations,
/// then the device-owned allocations. Returns what was released.
///
/// The WDK documents no shape for this cascade. A resource goes as `pfnDeallocateCb` by resource
/// sends it (one `DxgkDdiDestroyAllocation` with all its allocations and `DestroyResource`);
/// each device-owned allocation goes in a call of its own (`DxgkDdiCloseAllocation` and
/// `DxgkDdiDestroyAllocation` with one allocation), the shape least likely to break a KMD that
/// reads only the first entry of the list, as KMDs written for one allocation per call do.
pub fn release_everything(device: &Arc<Device>, adapter: &Arc<Adapter>) -> Leaks {
    let mut leaks = Leaks::default();
    let resources: Vec<Arc<Resource>> = device.state.lock().resources.values().cloned().collect();
    for resource in resources {
        let _transaction = resource.transaction.lock();
        let allocations = children(&resource);
        leaks.resources.push(resource.handle);
        leaks.allocations.extend(allocations.iter().map(|a| a.handle));
        release(adapter, device, &allocations, Some(&resource), true);
    }
    let owned: Vec<Arc<Allocation>> = {
        let handles: Vec<D3DKMT_HANDLE> = device.state.lock().allocations.iter().copied().collect();
        handles
            .into_iter()
            .filter_map(|h| PROCESS.allocation(h).ok())
            .filter(|a| a.resource.is_none())
            .collect()
    };
    for allocation in owned {
        leaks.allocations.push(allocation.handle);
        release(adapter, device, std::slice::from_ref(&allocation), None, false);
    }
    leaks.resources.sort_unstable();
    leaks.allocations.sort_unstable();
    leaks
}

/// Destroys an allocation whose destruction waited for the KMD's last handle-data release,
/// with its resource when the resource was deallocated meanwhile and this was its last held
/// allocation.
pub fn destroy_released(allocation: &Allocation) {
    let Some(adapter) = crate::runtime::device::adapter_by_id(allocation.adapter_id) else { return };
    let resource = allocation.holds.lock().resource.take();
    let destroy_resource = resource.as_ref().is_some_and(|resource| {
        let mut state = resource.state.lock();
        state.held_destructions -= 1;
        state.held_destructions == 0 && state.destroy_with_last_held
    });
    let handle = allocation.kmd_allocation as HANDLE;
    destroy_allocations(&adapter, allocation.device, &[handle], resource.as_ref(), destroy_resource);
}
