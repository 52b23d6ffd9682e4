//! The hot paths allocate nothing in steady state: a `pfnAllocateCb` + `pfnDeallocateCb` round
//! trip of one device-owned allocation without private data, and `DxgkCbGetHandleData` on a live
//! and on a stale handle. A counting global allocator counts this thread's heap calls; the count
//! is a property of the code, not a timing. (Its own binary: the allocator is process-wide.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::{null, null_mut};

use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;
use wddm_shim::ffi::dxgk::DxgkCbGetHandleData;

struct CountingThisThread;

thread_local! {
    static HEAP_CALLS: Cell<u64> = const { Cell::new(0) };
}

fn count() {
    // `try_with`: the allocator also runs while thread-locals are torn down.
    let _ = HEAP_CALLS.try_with(|c| c.set(c.get() + 1));
}

// SAFETY: every call is forwarded unchanged to the system allocator.
unsafe impl GlobalAlloc for CountingThisThread {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: forwarded contract.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count();
        // SAFETY: forwarded contract.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: forwarded contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingThisThread = CountingThisThread;

/// Heap calls this thread made while running `f`.
fn heap_calls(f: impl FnOnce()) -> u64 {
    let before = HEAP_CALLS.with(|c| c.get());
    f();
    HEAP_CALLS.with(|c| c.get()) - before
}

struct Device {
    adapter: *mut WDDMSHIM_ADAPTER,
    handle: HANDLE,
    callbacks: D3DDDI_DEVICECALLBACKS,
}

impl Device {
    fn allocate(&self) -> D3DKMT_HANDLE {
        let mut info = D3DDDI_ALLOCATIONINFO::default();
        let mut args = D3DDDICB_ALLOCATE { NumAllocations: 1, ..Default::default() };
        args.Anonymous.pAllocationInfo = &mut info;
        // SAFETY: the device's own callback table; the arguments point to live locals.
        assert_eq!(unsafe { self.callbacks.pfnAllocateCb.unwrap()(self.handle, &mut args) }, S_OK);
        info.hAllocation
    }

    fn deallocate(&self, handle: D3DKMT_HANDLE) {
        let args = D3DDDICB_DEALLOCATE { hResource: null_mut(), NumAllocations: 1, HandleList: &handle };
        // SAFETY: as above.
        assert_eq!(unsafe { self.callbacks.pfnDeallocateCb.unwrap()(self.handle, &args) }, S_OK);
    }
}

fn lookup(handle: D3DKMT_HANDLE) -> *mut core::ffi::c_void {
    let query =
        DXGKARGCB_GETHANDLEDATA { hObject: handle, Type: DXGK_HANDLE_ALLOCATION, Flags: Default::default() };
    // SAFETY: a valid argument structure.
    unsafe { DxgkCbGetHandleData(&query) }
}

#[test]
fn the_round_trip_and_handle_lookups_make_no_heap_calls_in_steady_state() {
    let mut device = Device { adapter: null_mut(), handle: null_mut(), callbacks: Default::default() };
    // SAFETY: the default adapter and valid out-pointers.
    unsafe {
        assert_eq!(WddmShimCreateAdapter(null(), &mut device.adapter), S_OK);
        assert_eq!(
            WddmShimCreateDevice(device.adapter, null(), &mut device.handle, &mut device.callbacks),
            S_OK
        );
    }
    let live: Vec<D3DKMT_HANDLE> = (0..500).map(|_| device.allocate()).collect();
    let stale = device.allocate();
    device.deallocate(stale);
    let rounds = if cfg!(miri) { 20 } else { 2000 };
    // Warm-up: the journal's ring, the handle table and the spare lists reach their steady size.
    for _ in 0..rounds {
        let handle = device.allocate();
        device.deallocate(handle);
    }
    assert_eq!(
        heap_calls(|| {
            for _ in 0..rounds {
                let handle = device.allocate();
                device.deallocate(handle);
            }
        }),
        0,
        "pfnAllocateCb + pfnDeallocateCb"
    );
    assert_eq!(heap_calls(|| assert!(!lookup(live[250]).is_null())), 0, "DxgkCbGetHandleData, live");
    assert_eq!(heap_calls(|| assert!(lookup(stale).is_null())), 0, "DxgkCbGetHandleData, stale");
    for handle in live {
        device.deallocate(handle);
    }
    // SAFETY: made above.
    unsafe {
        assert_eq!(WddmShimDestroyDevice(device.handle), S_OK);
        WddmShimDestroyAdapter(device.adapter);
    }
}
