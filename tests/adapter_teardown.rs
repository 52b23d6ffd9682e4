//! Devices still alive when their adapter is destroyed: reclaimed, and reported as errors in the
//! process journal (the adapter's own journal is gone with it). In its own process, since other
//! tests that write the process journal quickly would push the report out of the part read here.

mod common;

use std::ptr::{null, null_mut};

use common::fixture::handle_data;
use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;

#[test]
fn devices_alive_at_adapter_destruction_are_reclaimed_and_reported_as_errors() {
    let mut adapter = null_mut();
    // SAFETY: default description, valid out-pointer.
    assert_eq!(unsafe { WddmShimCreateAdapter(null(), &mut adapter) }, S_OK);
    let mut device = null_mut();
    let mut callbacks = D3DDDI_DEVICECALLBACKS::default();
    // SAFETY: live adapter, valid out-pointers.
    assert_eq!(unsafe { WddmShimCreateDevice(adapter, null(), &mut device, &mut callbacks) }, S_OK);
    let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
    let mut args = D3DDDICB_ALLOCATE { NumAllocations: 1, ..Default::default() };
    args.Anonymous.pAllocationInfo = infos.as_mut_ptr();
    // SAFETY: as above.
    assert_eq!(unsafe { callbacks.pfnAllocateCb.unwrap()(device, &mut args) }, S_OK);
    let left_before = process_stats().DevicesLeftAtAdapterDestroy;
    let journal = common::journal_of(adapter, 2000);
    // SAFETY: live adapter.
    unsafe { WddmShimDestroyAdapter(adapter) };
    assert!(process_stats().DevicesLeftAtAdapterDestroy > left_before);
    assert!(handle_data(infos[0].hAllocation, DXGK_HANDLE_ALLOCATION).is_null());
    // SAFETY: the device died with its adapter; its handle is refused, not dereferenced.
    assert_eq!(unsafe { WddmShimDestroyDevice(device) }, E_INVALIDARG);
    let needle =
        format!("device {:#010x} was still alive when its adapter was destroyed (error)", device as usize);
    let after = common::journal_of(null_mut(), 2000);
    assert!(!journal.contains(&needle) && after.contains(&needle), "journal lacks {needle:?}");
}

fn process_stats() -> WDDMSHIM_PROCESS_STATS {
    let mut stats = WDDMSHIM_PROCESS_STATS::default();
    // SAFETY: valid out-pointer.
    assert_eq!(unsafe { WddmShimQueryProcessStats(&mut stats) }, S_OK);
    stats
}
