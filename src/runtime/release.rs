//! Releasing allocations and resources: the mirror image of allocation.
//!
//! For a set of allocations of one device (all of one resource, or device-owned): the KMD's
//! `DxgkDdiCloseAllocation` with their per-device handles, then `DxgkDdiDestroyAllocation` with
//! their KMD handles (and `DestroyResource` when the resource goes too), then their D3DKMT
//! handles are freed (into quarantine). Close and destroy cannot fail on Windows; a KMD that
//! returns an error anyway is journaled and the release goes on.

use std::sync::Arc;

use crate::abi::*;
use crate::core::handles::HandleKind;
use crate::core::model::{Allocation, Device, Leaks, PROCESS, Resource};
use crate::journal;
use crate::runtime::adapter::Adapter;

/// Closes and destroys `allocations` (all of `device`; all children of `resource` when given),
/// destroying the resource as well when `destroy_resource`, and frees their handles.
pub fn release(
    adapter: &Adapter,
    device: &Device,
    allocations: &[Arc<Allocation>],
    resource: Option<&Arc<Resource>>,
    destroy_resource: bool,
) {
    let opened: Vec<HANDLE> =
        allocations.iter().map(|a| a.device_allocation()).filter(|&h| h != 0).map(|h| h as HANDLE).collect();
    if !opened.is_empty() {
        let args = DXGKARG_CLOSEALLOCATION {
            NumAllocations: opened.len() as UINT,
            pOpenHandleList: opened.as_ptr(),
        };
        adapter.miniport.close_allocation(&adapter.faults, device.handle, device.kmd_device, &args);
    }
    // An allocation whose data the KMD still holds (DxgkCbAcquireHandleData) is destroyed at its
    // last DxgkCbReleaseHandleData instead (see ffi/dxgk.rs).
    let kmd_handles: Vec<HANDLE> = allocations
        .iter()
        .filter(|a| {
            let mut holds = a.holds.lock();
            holds.destroy_when_released = holds.count > 0;
            holds.count == 0
        })
        .map(|a| a.kmd_allocation as HANDLE)
        .collect();
    let kmd_resource = resource.map_or(0, |r| r.state.lock().kmd_resource);
    if !kmd_handles.is_empty() || destroy_resource {
        let args = DXGKARG_DESTROYALLOCATION {
            NumAllocations: kmd_handles.len() as UINT,
            pAllocationList: kmd_handles.as_ptr(),
            hResource: kmd_resource as HANDLE,
            Flags: DXGK_DESTROYALLOCATIONFLAGS {
                Value: if destroy_resource { DXGK_DESTROYALLOCATIONFLAGS::DestroyResource } else { 0 },
            },
        };
        adapter.miniport.destroy_allocation(&adapter.faults, device.handle, &args);
    }
    let handles: Vec<D3DKMT_HANDLE> = allocations.iter().map(|a| a.handle).collect();
    for (handle, locks) in adapter.vidmm.destroy(&handles) {
        journal::record_note(
            adapter.id,
            "contract",
            format!(
                "allocation {handle:#010x} was deallocated while locked ({locks} lock(s) outstanding); its memory is gone"
            ),
        );
    }
    let freed_at = journal::next_sequence();
    for allocation in allocations {
        let _ = PROCESS.handles.remove(allocation.handle, HandleKind::Allocation, freed_at, adapter.id);
    }
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
        let mut state = resource.state.lock();
        state.children.retain(|h| !allocations.iter().any(|a| a.handle == *h));
        drop(state);
        if destroy_resource {
            let _ = PROCESS.handles.remove(resource.handle, HandleKind::Resource, freed_at, adapter.id);
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
    if !owned.is_empty() {
        leaks.allocations.extend(owned.iter().map(|a| a.handle));
        release(adapter, device, &owned, None, false);
    }
    leaks.resources.sort_unstable();
    leaks.allocations.sort_unstable();
    leaks
}

/// Destroys an allocation whose destruction waited for the KMD's last handle-data release.
pub fn destroy_released(allocation: &Allocation) {
    let Some(adapter) = crate::runtime::device::adapter_by_id(allocation.adapter_id) else { return };
    let handle = allocation.kmd_allocation as HANDLE;
    let args = DXGKARG_DESTROYALLOCATION {
        NumAllocations: 1,
        pAllocationList: &handle,
        hResource: std::ptr::null_mut(),
        Flags: DXGK_DESTROYALLOCATIONFLAGS::default(),
    };
    adapter.miniport.destroy_allocation(&adapter.faults, allocation.device, &args);
}
