//! [`Fixture`]: an adapter with one device, driven through the C API from Rust.

use std::ffi::CString;
use std::ptr::{null, null_mut};

use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;
use wddm_shim::ffi::dxgk::*;

/// An adapter and one device on it, torn down on drop.
pub struct Fixture {
    pub adapter: *mut WDDMSHIM_ADAPTER,
    pub device: HANDLE,
    pub callbacks: D3DDDI_DEVICECALLBACKS,
}

// SAFETY: the shim's API is free-threaded; the fixture only holds handle values.
unsafe impl Sync for Fixture {}

impl Fixture {
    pub fn with_desc(desc: Option<&WDDMSHIM_ADAPTER_DESC>) -> Self {
        let mut adapter = null_mut();
        let desc_ptr = desc.map_or(null(), |d| d as *const _);
        // SAFETY: valid description (or NULL) and out-pointer.
        assert_eq!(unsafe { WddmShimCreateAdapter(desc_ptr, &mut adapter) }, S_OK);
        let mut fixture = Fixture { adapter, device: null_mut(), callbacks: Default::default() };
        fixture.device = fixture.new_device();
        fixture
    }

    pub fn new() -> Self {
        Self::with_desc(None)
    }

    pub fn new_device(&mut self) -> HANDLE {
        let mut device = null_mut();
        // SAFETY: live adapter, valid out-pointers.
        assert_eq!(
            unsafe { WddmShimCreateDevice(self.adapter, null(), &mut device, &mut self.callbacks) },
            S_OK
        );
        device
    }

    pub fn allocate_on(
        &self,
        device: HANDLE,
        resource: usize,
        infos: &mut [D3DDDI_ALLOCATIONINFO],
    ) -> (HRESULT, D3DKMT_HANDLE) {
        let mut args = D3DDDICB_ALLOCATE {
            hResource: resource as HANDLE,
            NumAllocations: infos.len() as UINT,
            ..Default::default()
        };
        args.Anonymous.pAllocationInfo = infos.as_mut_ptr();
        // SAFETY: the callback table came from WddmShimCreateDevice; args point to live data.
        let hr = unsafe { self.callbacks.pfnAllocateCb.unwrap()(device, &mut args) };
        (hr, args.hKMResource)
    }

    /// Allocates `count` plain allocations; returns their handles.
    pub fn allocate(&self, resource: usize, count: usize) -> Vec<D3DKMT_HANDLE> {
        let mut infos = vec![D3DDDI_ALLOCATIONINFO::default(); count];
        let (hr, _) = self.allocate_on(self.device, resource, &mut infos);
        assert_eq!(hr, S_OK);
        infos.iter().map(|i| i.hAllocation).collect()
    }

    pub fn deallocate_on(&self, device: HANDLE, resource: usize, handles: &[D3DKMT_HANDLE]) -> HRESULT {
        let args = D3DDDICB_DEALLOCATE {
            hResource: resource as HANDLE,
            NumAllocations: handles.len() as UINT,
            HandleList: if handles.is_empty() { null() } else { handles.as_ptr() },
        };
        // SAFETY: as above.
        unsafe { self.callbacks.pfnDeallocateCb.unwrap()(device, &args) }
    }

    pub fn deallocate(&self, resource: usize, handles: &[D3DKMT_HANDLE]) -> HRESULT {
        self.deallocate_on(self.device, resource, handles)
    }

    pub fn stats(&self) -> WDDMSHIM_ADAPTER_STATS {
        let mut stats = WDDMSHIM_ADAPTER_STATS::default();
        // SAFETY: live adapter, valid out-pointer.
        assert_eq!(unsafe { WddmShimQueryAdapterStats(self.adapter, &mut stats) }, S_OK);
        stats
    }

    /// This adapter's journal.
    pub fn journal(&self) -> String {
        super::journal_of(self.adapter, 2000)
    }

    pub fn inject(&self, entry: &str, device: HANDLE, nth: u32, repeat: bool, code: i32) {
        let name = CString::new(entry).unwrap();
        let fault = WDDMSHIM_FAULT {
            Version: WDDMSHIM_DESC_VERSION,
            pEntryPoint: name.as_ptr(),
            hDevice: device,
            Nth: nth,
            Repeat: repeat as BOOL,
            Code: code,
        };
        // SAFETY: live adapter, valid fault.
        assert_eq!(unsafe { WddmShimInjectFault(self.adapter, &fault) }, S_OK);
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        // SAFETY: handles made by this fixture; destroying twice is refused, not undefined.
        unsafe {
            WddmShimDestroyDevice(self.device);
            WddmShimDestroyAdapter(self.adapter);
        }
    }
}

pub fn handle_data(handle: D3DKMT_HANDLE, kind: DXGK_HANDLE_TYPE) -> PVOID {
    let query = DXGKARGCB_GETHANDLEDATA { hObject: handle, Type: kind, Flags: Default::default() };
    // SAFETY: valid argument structure.
    unsafe { DxgkCbGetHandleData(&query) }
}
