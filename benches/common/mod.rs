//! What the benchmarks share: a device on the default adapter, driven through its callback table.

use std::ptr::{null, null_mut};

use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;

/// The default adapter with one device, torn down on drop.
pub struct Device {
    adapter: *mut WDDMSHIM_ADAPTER,
    handle: HANDLE,
    callbacks: D3DDDI_DEVICECALLBACKS,
}

// SAFETY: `Device` holds only the adapter's and the device's handles, and every function of the
// C API may be called from any thread (README: "Every function may be called from any thread").
unsafe impl Send for Device {}
// SAFETY: as above; the callbacks take the device handle by value.
unsafe impl Sync for Device {}

impl Device {
    pub fn new() -> Device {
        let mut device = Device { adapter: null_mut(), handle: null_mut(), callbacks: Default::default() };
        // SAFETY: the default adapter and valid out-pointers.
        unsafe {
            assert_eq!(WddmShimCreateAdapter(null(), &mut device.adapter), S_OK);
            assert_eq!(
                WddmShimCreateDevice(device.adapter, null(), &mut device.handle, &mut device.callbacks),
                S_OK
            );
        }
        device
    }

    pub fn allocate(&self) -> D3DKMT_HANDLE {
        let mut info = D3DDDI_ALLOCATIONINFO::default();
        let mut args = D3DDDICB_ALLOCATE { NumAllocations: 1, ..Default::default() };
        args.Anonymous.pAllocationInfo = &mut info;
        // SAFETY: the device's own callback table; args point to live data.
        assert_eq!(unsafe { self.callbacks.pfnAllocateCb.unwrap()(self.handle, &mut args) }, S_OK);
        info.hAllocation
    }

    pub fn deallocate(&self, handle: D3DKMT_HANDLE) {
        let args = D3DDDICB_DEALLOCATE { hResource: null_mut(), NumAllocations: 1, HandleList: &handle };
        // SAFETY: as above.
        assert_eq!(unsafe { self.callbacks.pfnDeallocateCb.unwrap()(self.handle, &args) }, S_OK);
    }
}

impl Drop for Device {
    fn drop(&mut self) {
        // SAFETY: made by Device::new.
        unsafe {
            WddmShimDestroyDevice(self.handle);
            WddmShimDestroyAdapter(self.adapter);
        }
    }
}
