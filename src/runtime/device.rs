//! Devices: the runtime's CreateDevice / DestroyDevice, and the callback table a UMD receives.

use std::sync::{Arc, LazyLock};

use parking_lot::{Mutex, RwLock};

use crate::abi::*;
use crate::core::Refusal;
use crate::core::handles::HandleKind;
use crate::core::model::{Allocation, Device, DeviceSettings, DeviceState, Object, PROCESS, Removal};
use crate::core::{IntegerMap, PerCall};
use crate::journal;
use crate::runtime::adapter::Adapter;
use crate::runtime::release;
use crate::runtime::status::status_to_hresult;

/// Every live adapter, by journal id (devices name their adapter by id).
static ADAPTERS: LazyLock<RwLock<IntegerMap<u64, Arc<Adapter>>>> = LazyLock::new(Default::default);

/// Makes an adapter findable by its devices.
pub fn register_adapter(adapter: Arc<Adapter>) {
    ADAPTERS.write().insert(adapter.id, adapter);
}

/// Forgets an adapter (at destroy).
pub fn unregister_adapter(id: u64) -> Option<Arc<Adapter>> {
    ADAPTERS.write().remove(&id)
}

/// The adapter with journal id `id`.
pub fn adapter_by_id(id: u64) -> Option<Arc<Adapter>> {
    ADAPTERS.read().get(&id).cloned()
}

/// How many adapters are alive.
pub fn adapter_count() -> usize {
    ADAPTERS.read().len()
}

/// The D3DKMT handle a runtime `HANDLE hDevice` carries (the UMD holds it as a pointer-sized value).
pub fn device_handle(h_device: HANDLE) -> Result<D3DKMT_HANDLE, Refusal> {
    u32::try_from(h_device as usize).map_err(|_| {
        Refusal::invalid_arg(journal::text!(
            "hDevice {:p} is not a device handle this runtime gave out",
            h_device
        ))
    })
}

/// A live device and its adapter, or the refusal a callback returns: `E_INVALIDARG` for an
/// unknown, stale or destroyed device, `D3DDDIERR_DEVICEREMOVED` for a removed one (unless
/// `allow_removed`, for the calls that still clean up after a removal).
pub fn resolve(h_device: HANDLE, allow_removed: bool) -> Result<(Arc<Device>, Arc<Adapter>), Refusal> {
    let handle = device_handle(h_device)?;
    let device = PROCESS.device(handle).map_err(|e| Refusal::bad_handle("hDevice", e))?;
    // A device leaves the handle table before its adapter is destroyed, so a device found there
    // has a live adapter (one destroyed meanwhile fails at `Device::enter`).
    let adapter: Arc<Adapter> =
        device.adapter.clone().downcast().expect("a device's adapter is the runtime's Adapter");
    journal::set_current_adapter(adapter.id);
    if !allow_removed {
        let removed = device.state.lock().removed.or(*adapter.removed.lock());
        if let Some(why) = removed {
            return Err(Refusal::new(
                D3DDDIERR_DEVICEREMOVED,
                format!("device {handle:#010x} was removed ({})", removal_words(why)),
            ));
        }
    }
    Ok((device, adapter))
}

/// Resolves the UMD's list `what` of allocation handles: each must be a live allocation of
/// `device`, listed once; otherwise `E_INVALIDARG` naming the entry (nothing has changed yet).
pub fn owned_allocations(
    device: &Device,
    handles: &[D3DKMT_HANDLE],
    what: &'static str,
) -> Result<PerCall<Arc<Allocation>>, Refusal> {
    let mut allocations = PerCall::with_capacity(handles.len());
    for (index, &handle) in handles.iter().enumerate() {
        if handles[..index].contains(&handle) {
            return Err(Refusal::invalid_arg(format!(
                "{}[{}] {:#010x} is listed twice",
                what, index, handle
            )));
        }
        let allocation = PROCESS.allocation(handle).map_err(|e| Refusal::bad_handle_in(what, index, e))?;
        if allocation.device != device.handle {
            return Err(Refusal::invalid_arg(format!(
                "{}[{}] {:#010x} belongs to device {:#010x}, not {:#010x}",
                what, index, handle, allocation.device, device.handle
            )));
        }
        allocations.push(allocation);
    }
    Ok(allocations)
}

/// "a simulated TDR" / "a simulated PnP stop".
pub fn removal_words(why: Removal) -> &'static str {
    match why {
        Removal::Tdr => "a simulated TDR",
        Removal::PnpStop => "a simulated PnP stop",
        Removal::MustSucceedFailed => "a MustSucceed pfnMakeResidentCb that could not be satisfied",
    }
}

/// The runtime's CreateDevice: `DxgkDdiCreateDevice`, then a live device handle.
pub fn create(
    adapter: &Arc<Adapter>,
    umd_interface: u32,
    settings: DeviceSettings,
) -> Result<D3DKMT_HANDLE, Refusal> {
    if let Some(why) = *adapter.removed.lock() {
        return Err(Refusal::new(
            D3DDDIERR_DEVICEREMOVED,
            format!("the adapter was removed ({})", removal_words(why)),
        ));
    }
    let handle = PROCESS
        .handles
        .reserve(adapter.id, HandleKind::Device, 1)
        .and_then(|mut h| h.pop())
        .ok_or_else(|| Refusal::new(E_OUTOFMEMORY, "the handle table is full"))?;
    let mut args = DXGKARG_CREATEDEVICE { hDevice: handle as usize as HANDLE, ..Default::default() };
    let status = adapter.miniport.create_device(&adapter.faults, handle, &mut args);
    if status < 0 {
        PROCESS.handles.unreserve(&[handle]);
        return Err(Refusal::new(status_to_hresult(status), "DxgkDdiCreateDevice failed"));
    }
    let device = Arc::new(Device {
        handle,
        adapter_id: adapter.id,
        adapter: adapter.clone(),
        settings,
        kmd_device: args.hDevice as usize,
        umd_interface,
        lifetime: RwLock::new(false),
        release_lock: Mutex::new(()),
        state: Mutex::new(DeviceState::default()),
    });
    let kmd_device = device.kmd_device;
    PROCESS.publish(handle, Object::Device(device), kmd_device, adapter.id);
    adapter.devices.lock().insert(handle);
    Ok(handle)
}

/// The runtime's DestroyDevice: releases everything the device still owns through the KMD
/// (reported as reclaimed), then `DxgkDdiDestroyDevice`, then frees the handle.
pub fn destroy(device: &Arc<Device>, adapter: &Arc<Adapter>) -> Result<(), Refusal> {
    let mut destroyed = device.lifetime.write();
    if *destroyed {
        return Err(Refusal::invalid_arg(journal::text!(
            "device {:#010x} was already destroyed",
            device.handle
        )));
    }
    *destroyed = true;
    // Work still on the GPU is abandoned (the device is going), then its contexts go.
    adapter.gpu.abandon(adapter, Some(device.handle));
    let contexts: Vec<D3DKMT_HANDLE> = device.state.lock().contexts.iter().copied().collect();
    for handle in contexts {
        if let Ok(context) = PROCESS.context(handle) {
            crate::runtime::render::destroy_context(adapter, device, &context);
        }
    }
    let reclaimed = release::release_everything(device, adapter);
    if !reclaimed.is_empty() {
        journal::record_note(
            adapter.id,
            "reclaimed",
            format!(
                "device {:#010x} was destroyed with {} resource(s) and {} allocation(s) still allocated (reclaimed; information, not a leak: UMDs may leave their allocations to device destruction): resources {:x?}, allocations {:x?}",
                device.handle,
                reclaimed.resources.len(),
                reclaimed.allocations.len(),
                reclaimed.resources,
                reclaimed.allocations
            ),
        );
        let mut log = adapter.leaks.lock();
        log.reclaimed_resources.extend(&reclaimed.resources);
        log.reclaimed_allocations.extend(&reclaimed.allocations);
    }
    adapter.miniport.destroy_device(&adapter.faults, device.handle, device.kmd_device);
    // What is keyed by the handle value goes before the value itself.
    adapter.devices.lock().remove(&device.handle);
    let _ = PROCESS.handles.remove(device.handle, HandleKind::Device, journal::next_sequence(), adapter.id);
    Ok(())
}
