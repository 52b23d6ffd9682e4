//! A rollback on one device racing allocations on another: run alone in its own process, since
//! it floods the process journal that other tests read.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};

use common::fixture::Fixture;
use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;
use wddm_shim::ffi::video_memory::*;

#[test]
fn a_failed_allocation_undone_on_one_device_never_touches_another_threads_allocation() {
    // Thread one allocates on a device whose DxgkDdiOpenAllocation always fails, so every call
    // is rolled back; thread two allocates on another device of the same adapter and checks
    // that VidMm knows each allocation it was given; thread three keeps the VidMm lock busy.
    // A rollback that gave its handle values back before removing their VidMm records let
    // thread two be given one of them, and then removed thread two's record.
    let rounds = if cfg!(miri) { 20 } else { 20_000 };
    let mut f = Fixture::new();
    let failing = f.new_device() as usize;
    f.inject("DxgkDdiOpenAllocation", failing as HANDLE, 1, true, STATUS_NO_MEMORY);
    let f = &f;
    let done = &AtomicBool::new(false);
    std::thread::scope(|scope| {
        let roll_back = scope.spawn(move || {
            while !done.load(Ordering::Relaxed) {
                let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
                assert_eq!(f.allocate_on(failing as HANDLE, 0, &mut infos).0, E_OUTOFMEMORY);
            }
        });
        let busy = scope.spawn(move || {
            while !done.load(Ordering::Relaxed) {
                let mut info = WDDMSHIM_SEGMENT_INFO::default();
                // SAFETY: live adapter, valid out-pointer.
                assert_eq!(unsafe { WddmShimQuerySegment(f.adapter, 1, &mut info) }, S_OK);
            }
        });
        // Stops the other two threads however this one ends, a failed assertion included.
        struct StopOnDrop<'a>(&'a AtomicBool);
        impl Drop for StopOnDrop<'_> {
            fn drop(&mut self) {
                self.0.store(true, Ordering::Relaxed);
            }
        }
        let _stop = StopOnDrop(done);
        let mut live = Vec::new();
        for round in 0..rounds {
            let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
            assert_eq!(f.allocate_on(f.device, 0, &mut infos).0, S_OK);
            live.push(infos[0].hAllocation);
            for &h in &live {
                let mut info = WDDMSHIM_ALLOCATION_INFO::default();
                // SAFETY: live adapter, valid out-pointer.
                let hr = unsafe { WddmShimQueryAllocation(f.adapter, h, &mut info) };
                assert_eq!(hr, S_OK, "round {round}: VidMm lost live allocation {h:#x}");
            }
            if live.len() == 4 {
                assert_eq!(f.deallocate(0, &live), S_OK);
                live.clear();
            }
        }
        assert_eq!(f.deallocate(0, &live), S_OK);
        drop(_stop);
        roll_back.join().unwrap();
        busy.join().unwrap();
    });
    assert_eq!(f.stats().LiveAllocations, 0);
    for id in 1.. {
        let mut info = WDDMSHIM_SEGMENT_INFO::default();
        // SAFETY: live adapter, valid out-pointer.
        if unsafe { WddmShimQuerySegment(f.adapter, id, &mut info) } != S_OK {
            assert!(id > 1, "the adapter has segments");
            break;
        }
        assert_eq!((info.Used, info.Allocations), (0, 0), "segment {id}'s accounting drifted");
    }
    // SAFETY: live device.
    unsafe { WddmShimDestroyDevice(failing as HANDLE) };
}
