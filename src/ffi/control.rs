//! The control API a test (or the C++ harness) drives: adapters, devices, device removal, fault
//! injection, the journal and the leak counters.

use std::ffi::CStr;
use std::sync::Arc;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::faults::Fault;
use crate::core::model::DeviceSettings;
use crate::core::model::{PROCESS, Removal};
use crate::ffi::boundary::boundary;
use crate::journal;
use crate::runtime::adapter::{Adapter, read_desc};
use crate::runtime::c_args::{arg_mut, arg_ref};
use crate::runtime::device::{self, adapter_by_id};

/// An adapter: one simulated GPU with its KMD. Opaque; made by `WddmShimCreateAdapter`.
pub struct WDDMSHIM_ADAPTER {
    _private: [u8; 0],
}

/// `WDDMSHIM_REMOVAL_TDR`: remove as after a timeout detection and recovery.
pub const WDDMSHIM_REMOVAL_TDR: u32 = 1;
/// `WDDMSHIM_REMOVAL_PNP_STOP`: remove as after a Plug and Play stop.
pub const WDDMSHIM_REMOVAL_PNP_STOP: u32 = 2;

/// A planned failure for `WddmShimInjectFault`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct WDDMSHIM_FAULT {
    /// `WDDMSHIM_DESC_VERSION`.
    pub Version: UINT,
    /// The entry point, as the journal names it: a runtime callback (`"pfnAllocateCb"`) or a KMD
    /// DDI (`"DxgkDdiCreateAllocation"`). NUL-terminated.
    pub pEntryPoint: *const core::ffi::c_char,
    /// Only calls on this device; NULL for any device of the adapter.
    pub hDevice: HANDLE,
    /// The first matching call that fails, counting from 1.
    pub Nth: UINT,
    /// Non-zero: every matching call from the `Nth` on fails; zero: only the `Nth`.
    pub Repeat: BOOL,
    /// What the failing call reports: an HRESULT for a callback, an NTSTATUS for a DDI (the
    /// KMD is then not called).
    pub Code: INT,
}

/// Counters of one adapter, from `WddmShimQueryAdapterStats`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_ADAPTER_STATS {
    /// Devices alive now.
    pub LiveDevices: UINT,
    /// Resources alive now.
    pub LiveResources: UINT,
    /// Allocations alive now.
    pub LiveAllocations: UINT,
    /// Resources a device destruction had to reclaim (the UMD never deallocated them).
    pub ReclaimedResources: UINT,
    /// Allocations a device destruction had to reclaim.
    pub ReclaimedAllocations: UINT,
    /// Segments the KMD reported.
    pub NumSegments: UINT,
    /// Times VidMm moved an allocation's content out of a segment.
    pub Evictions: UINT64,
    /// Times VidMm brought evicted content back into a segment.
    pub Restores: UINT64,
    /// Offered allocations whose content VidMm discarded under pressure.
    pub Discards: UINT64,
    /// Allocations deallocated while still locked (each is journaled).
    pub FreedWhileLocked: UINT64,
    /// Pool blocks (`ExAllocatePool2` and friends) allocated during this adapter's work and not
    /// freed yet.
    pub LivePoolBlocks: UINT,
    /// Kernel-environment errors found during this adapter's work, each journaled as
    /// `error: ...` (Driver Verifier's checks: a pool block freed with the wrong tag or twice,
    /// `PAGED_CODE()` at DISPATCH_LEVEL or above, a failed `NT_ASSERT`, a spin lock released by
    /// a thread that does not hold it, an IRQL lowered by raising ...).
    pub KernelErrors: UINT,
    /// Standard allocations alive now (`WddmShimCreateStandardAllocation`; not counted in
    /// `LiveAllocations`, which counts the devices' allocations).
    pub LiveStandardAllocations: UINT,
}

/// Process-wide counters, from `WddmShimQueryProcessStats`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_PROCESS_STATS {
    /// Adapters alive now.
    pub LiveAdapters: UINT,
    /// D3DKMT handles that resolve now (devices, resources, allocations of every adapter).
    pub LiveHandles: UINT,
    /// Devices that were still alive when their adapter was destroyed (an error in the UMD or
    /// the test: each is journaled as a leak).
    pub DevicesLeftAtAdapterDestroy: UINT,
    /// Pool blocks still allocated when the adapter whose work allocated them was destroyed
    /// (the pool leak report: each is journaled with its address, size, tag and allocator).
    pub PoolBlocksLeakedAtAdapterDestroy: UINT,
    /// Kernel-environment errors of the whole process (see `WDDMSHIM_ADAPTER_STATS`).
    pub KernelErrors: UINT,
    /// Standard allocations that were still alive when their adapter was destroyed (destroyed
    /// then; each is journaled as a leak).
    pub StandardAllocationsLeftAtAdapterDestroy: UINT,
}

static DEVICES_LEFT_AT_ADAPTER_DESTROY: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
static STANDARD_ALLOCATIONS_LEFT_AT_ADAPTER_DESTROY: std::sync::atomic::AtomicU32 =
    std::sync::atomic::AtomicU32::new(0);

/// The live adapter `pointer` names (the value `WddmShimCreateAdapter` returned).
pub(crate) fn adapter_of(pointer: *mut WDDMSHIM_ADAPTER, name: &str) -> Result<Arc<Adapter>, Refusal> {
    let adapter = adapter_by_id(pointer as usize as u64)
        .ok_or_else(|| Refusal::invalid_arg(format!("{} {:p} is not a live adapter", name, pointer)))?;
    journal::set_current_adapter(adapter.id);
    Ok(adapter)
}

/// Creates an adapter: starts its KMD (`DriverEntry` / `DxgkInitialize`, `DxgkDdiAddDevice`,
/// `DxgkDdiStartDevice`, `DxgkDdiQueryAdapterInfo` for caps and segments). `pDesc` NULL gives
/// the default adapter: the built-in reference KMD, its default segments, one VidPN source at
/// 1920x1080. Returns `E_INVALIDARG` for a bad description, or the mapped status of a failing
/// start DDI; `*ppAdapter` is written only on success.
///
/// # Safety
///
/// `pDesc` is NULL or points to a readable `WDDMSHIM_ADAPTER_DESC` whose pointers are valid for
/// the sizes it gives; `ppAdapter` is NULL (refused) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimCreateAdapter(
    pDesc: *const WDDMSHIM_ADAPTER_DESC,
    ppAdapter: *mut *mut WDDMSHIM_ADAPTER,
) -> HRESULT {
    boundary("WddmShimCreateAdapter", || {
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let out = unsafe { arg_mut(ppAdapter, "ppAdapter") }?;
        // SAFETY: the caller's description, valid as documented when non-NULL.
        let settings = unsafe { read_desc(pDesc) }?;
        // SAFETY: read_desc accepted pDesc, so it is NULL or readable.
        let driver_entry = unsafe { pDesc.as_ref() }.and_then(|d| d.pfnDriverEntry);
        let adapter = Adapter::start(settings, driver_entry, crate::ffi::kmd::kernel_interface)?;
        let id = adapter.id;
        device::register_adapter(adapter);
        *out = id as usize as *mut WDDMSHIM_ADAPTER;
        Ok(S_OK)
    })
}

/// Destroys an adapter: destroys the devices still alive (each is reported in the journal as
/// a leak, with what it still owned), then the standard allocations still alive (each reported
/// likewise), then runs `DxgkDdiStopDevice` and `DxgkDdiRemoveDevice`,
/// then reports every pool block its work allocated and the KMD never freed (journaled, counted
/// in `WDDMSHIM_PROCESS_STATS::PoolBlocksLeakedAtAdapterDestroy`).
/// NULL or an unknown adapter is journaled and ignored.
///
/// # Safety
///
/// `pAdapter` is NULL, or a value `WddmShimCreateAdapter` returned; any other pointer is
/// refused without being dereferenced.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimDestroyAdapter(pAdapter: *mut WDDMSHIM_ADAPTER) {
    boundary("WddmShimDestroyAdapter", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        let left: Vec<D3DKMT_HANDLE> = adapter.devices.lock().iter().copied().collect();
        for handle in &left {
            if let Ok(device) = PROCESS.device(*handle) {
                journal::record_note(
                    adapter.id,
                    "leak report",
                    journal::text!(
                        "device {:#010x} was still alive when its adapter was destroyed (error)",
                        handle
                    ),
                );
                let _ = device::destroy(&device, &adapter);
            }
        }
        DEVICES_LEFT_AT_ADAPTER_DESTROY.fetch_add(left.len() as u32, std::sync::atomic::Ordering::Relaxed);
        adapter.leaks.lock().devices_left.extend(&left);
        let standard = crate::runtime::standard::destroy_all(&adapter);
        STANDARD_ALLOCATIONS_LEFT_AT_ADAPTER_DESTROY
            .fetch_add(standard.len() as u32, std::sync::atomic::Ordering::Relaxed);
        adapter.leaks.lock().standard_allocations_left.extend(&standard);
        adapter.miniport.stop_device(&adapter.faults);
        adapter.miniport.remove_device(&adapter.faults);
        crate::kernel::pool::report_leaks(adapter.id);
        crate::kernel::timer::report_set_at_teardown(adapter.id);
        device::unregister_adapter(adapter.id);
        Ok(())
    })
}

/// Plays the runtime's CreateDevice: `DxgkDdiCreateDevice`, then returns the runtime device
/// handle (what a UMD keeps as `m_hD3D`) in `*phDevice` and fills `*pCallbacks` with the
/// members that exist at the UMD interface version of `pDesc` (NULL: the header default),
/// never writing past `pDesc->CallbacksSize` when it is given.
///
/// # Safety
///
/// `pAdapter` as for `WddmShimDestroyAdapter`; `pDesc` NULL or readable; `phDevice` writable;
/// `pCallbacks` writable for the size of `D3DDDI_DEVICECALLBACKS` at the UMD interface version
/// the description names (the header default when `pDesc` is NULL).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimCreateDevice(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    pDesc: *const WDDMSHIM_DEVICE_DESC,
    phDevice: *mut HANDLE,
    pCallbacks: *mut D3DDDI_DEVICECALLBACKS,
) -> HRESULT {
    boundary("WddmShimCreateDevice", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        // SAFETY: the caller's out-parameters, valid when non-NULL.
        let out = unsafe { arg_mut(phDevice, "phDevice") }?;
        if pCallbacks.is_null() {
            return Err(Refusal::invalid_arg("pCallbacks is NULL"));
        }
        // SAFETY: the caller's description, readable when non-NULL.
        let desc = unsafe { pDesc.as_ref() };
        let (umd_interface, callbacks_size, allocation_info2) = match desc {
            None => (D3D_UMD_INTERFACE_VERSION_WDDM3_0, 0, false),
            Some(desc) => {
                if desc.Version != WDDMSHIM_DESC_VERSION {
                    return Err(Refusal::invalid_arg(journal::text!(
                        "pDesc->Version {} is not WDDMSHIM_DESC_VERSION",
                        desc.Version
                    )));
                }
                let umd = if desc.UmdInterfaceVersion == 0 {
                    D3D_UMD_INTERFACE_VERSION_WDDM3_0
                } else {
                    desc.UmdInterfaceVersion
                };
                if desc.UseAllocationInfo2 != 0 && umd < D3D_UMD_INTERFACE_VERSION_WDDM2_0 {
                    return Err(Refusal::invalid_arg(journal::text!(
                        "pDesc->UseAllocationInfo2 needs a UMD interface of WDDM 2.0 or later, not {:#x}",
                        umd
                    )));
                }
                (umd, desc.CallbacksSize as usize, desc.UseAllocationInfo2 != 0)
            }
        };
        let version_size = d3dddi_devicecallbacks_size_for_version(umd_interface);
        if version_size == 0 {
            return Err(Refusal::invalid_arg(journal::text!(
                "UMD interface version {:#x} is unknown",
                umd_interface
            )));
        }
        let bytes = if callbacks_size == 0 { version_size } else { version_size.min(callbacks_size & !7) };
        let handle = device::create(&adapter, umd_interface, DeviceSettings { allocation_info2 })?;
        // SAFETY: pCallbacks is writable for the UMD's table: `bytes` is at most the size its
        // interface version defines and at most the size it told us.
        unsafe { crate::ffi::umd::write_table(pCallbacks, bytes) };
        *out = handle as usize as HANDLE;
        Ok(S_OK)
    })
}

/// Plays the runtime's DestroyDevice: releases what the device still owns through the KMD
/// (journaled as reclaimed: allowed, but reported), then `DxgkDdiDestroyDevice`. Works on a
/// removed device. `E_INVALIDARG` for an unknown, stale or already destroyed device.
///
/// # Safety
///
/// `hDevice` is any value; it is looked up in the handle table, never dereferenced.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimDestroyDevice(hDevice: HANDLE) -> HRESULT {
    boundary("WddmShimDestroyDevice", || {
        let (device, adapter) = device::resolve(hDevice, true)?;
        device::destroy(&device, &adapter)?;
        Ok(S_OK)
    })
}

/// Simulates a device removal (`WDDMSHIM_REMOVAL_TDR` or `WDDMSHIM_REMOVAL_PNP_STOP`) of one
/// device (`hDevice`) or, with `hDevice` NULL, of the whole adapter: from then on its callbacks
/// return `D3DDDIERR_DEVICEREMOVED`, while deallocation and destruction still clean up. Its
/// submissions still on the GPU are abandoned (a TDR resets the engine), so their allocations
/// become idle.
///
/// # Safety
///
/// `pAdapter` is a value `WddmShimCreateAdapter` returned (or refused); `hDevice` is looked up,
/// never dereferenced.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimRemoveDevice(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    hDevice: HANDLE,
    Reason: UINT,
) -> HRESULT {
    boundary("WddmShimRemoveDevice", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        let why = match Reason {
            WDDMSHIM_REMOVAL_TDR => Removal::Tdr,
            WDDMSHIM_REMOVAL_PNP_STOP => Removal::PnpStop,
            other => {
                return Err(Refusal::invalid_arg(journal::text!(
                    "Reason {} is not a WDDMSHIM_REMOVAL_* value",
                    other
                )));
            }
        };
        if hDevice.is_null() {
            *adapter.removed.lock() = Some(why);
            adapter.gpu.abandon(&adapter, None);
            return Ok(S_OK);
        }
        let (device, owner) = device::resolve(hDevice, true)?;
        if owner.id != adapter.id {
            return Err(Refusal::invalid_arg("hDevice belongs to another adapter"));
        }
        device.state.lock().removed = Some(why);
        adapter.gpu.abandon(&adapter, Some(device.handle));
        Ok(S_OK)
    })
}

/// Arms a fault on an adapter (see `WDDMSHIM_FAULT`). An injected failure happens before the
/// entry point changes anything.
///
/// # Safety
///
/// `pFault` is NULL (refused) or readable, and its `pEntryPoint` a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimInjectFault(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    pFault: *const WDDMSHIM_FAULT,
) -> HRESULT {
    boundary("WddmShimInjectFault", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        // SAFETY: the caller's description, readable when non-NULL.
        let fault = unsafe { arg_ref(pFault, "pFault") }?;
        if fault.Version != WDDMSHIM_DESC_VERSION {
            return Err(Refusal::invalid_arg(journal::text!(
                "pFault->Version {} is not WDDMSHIM_DESC_VERSION",
                fault.Version
            )));
        }
        if fault.pEntryPoint.is_null() {
            return Err(Refusal::invalid_arg("pFault->pEntryPoint is NULL"));
        }
        // SAFETY: a NUL-terminated string, per the structure's documentation.
        let entry = unsafe { CStr::from_ptr(fault.pEntryPoint) }
            .to_str()
            .map_err(|_| Refusal::invalid_arg("pFault->pEntryPoint is not UTF-8"))?
            .to_owned();
        if fault.Nth == 0 {
            return Err(Refusal::invalid_arg("pFault->Nth is 0; calls count from 1"));
        }
        let device = if fault.hDevice.is_null() { 0 } else { device::device_handle(fault.hDevice)? };
        adapter.faults.arm(Fault {
            entry,
            device,
            nth: fault.Nth,
            repeat: fault.Repeat != 0,
            code: fault.Code,
        });
        Ok(S_OK)
    })
}

/// Disarms every fault of an adapter.
///
/// # Safety
///
/// `pAdapter` is a value `WddmShimCreateAdapter` returned (or refused).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimClearFaults(pAdapter: *mut WDDMSHIM_ADAPTER) -> HRESULT {
    boundary("WddmShimClearFaults", || {
        adapter_of(pAdapter, "pAdapter")?.faults.clear();
        Ok(S_OK)
    })
}

/// Fills the counters of an adapter.
///
/// # Safety
///
/// `pStats` is NULL (refused) or writable for one `WDDMSHIM_ADAPTER_STATS`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimQueryAdapterStats(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    pStats: *mut WDDMSHIM_ADAPTER_STATS,
) -> HRESULT {
    boundary("WddmShimQueryAdapterStats", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let out = unsafe { arg_mut(pStats, "pStats") }?;
        let mut stats =
            WDDMSHIM_ADAPTER_STATS { NumSegments: adapter.segments.len() as UINT, ..Default::default() };
        let devices: Vec<D3DKMT_HANDLE> = adapter.devices.lock().iter().copied().collect();
        for handle in devices {
            if let Ok(device) = PROCESS.device(handle) {
                let state = device.state.lock();
                stats.LiveDevices += 1;
                stats.LiveResources += state.resources.len() as UINT;
                stats.LiveAllocations += state.allocations.len() as UINT;
            }
        }
        let leaks = adapter.leaks.lock();
        stats.ReclaimedResources = leaks.reclaimed_resources.len() as UINT;
        stats.ReclaimedAllocations = leaks.reclaimed_allocations.len() as UINT;
        let counters = adapter.vidmm.counters();
        stats.Evictions = counters.evictions;
        stats.Restores = counters.restores;
        stats.Discards = counters.discards;
        stats.FreedWhileLocked = counters.freed_while_locked;
        stats.LivePoolBlocks = crate::kernel::pool::live_blocks(adapter.id) as UINT;
        stats.KernelErrors = crate::kernel::report::errors_of(adapter.id);
        stats.LiveStandardAllocations = adapter.standard.lock().len() as UINT;
        *out = stats;
        Ok(S_OK)
    })
}

/// Fills the process-wide counters.
///
/// # Safety
///
/// `pStats` is NULL (refused) or writable for one `WDDMSHIM_PROCESS_STATS`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimQueryProcessStats(pStats: *mut WDDMSHIM_PROCESS_STATS) -> HRESULT {
    boundary("WddmShimQueryProcessStats", || {
        // SAFETY: the caller's out-parameter, valid when non-NULL.
        let out = unsafe { arg_mut(pStats, "pStats") }?;
        *out = WDDMSHIM_PROCESS_STATS {
            LiveAdapters: device::adapter_count() as UINT,
            LiveHandles: PROCESS.handles.live_count() as UINT,
            DevicesLeftAtAdapterDestroy: DEVICES_LEFT_AT_ADAPTER_DESTROY
                .load(std::sync::atomic::Ordering::Relaxed),
            PoolBlocksLeakedAtAdapterDestroy: crate::kernel::pool::leaked_at_adapter_destroy(),
            KernelErrors: crate::kernel::report::total_errors(),
            StandardAllocationsLeftAtAdapterDestroy: STANDARD_ALLOCATIONS_LEFT_AT_ADAPTER_DESTROY
                .load(std::sync::atomic::Ordering::Relaxed),
        };
        Ok(S_OK)
    })
}
