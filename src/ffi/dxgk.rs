//! The dxgkrnl callbacks a KMD calls: the handle-data bridge between the UMD's D3DKMT handles
//! and the KMD's own handles, exported by name and placed in the `DXGKRNL_INTERFACE` a KMD gets
//! at `DxgkDdiStartDevice`; the interrupt callbacks; the runtime power-management callbacks
//! ([`crate::runtime::power`]). Every other member of that interface is a stub that fails closed
//! and journals.
//!
//! The handle callbacks name no adapter, so they answer from the process-wide handle table, from
//! any thread, with several adapters alive. Anything they cannot resolve (zero, unknown, stale,
//! wrong type, a device-specific lookup outside a DDI of the allocation's device) gives NULL or
//! 0, never a plausible value; the journal says why.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::handles::HandleKind;
use crate::core::model::{Object, PROCESS};
use crate::ffi::boundary::{KmtHandle, NtBool, NtStatus, boundary};
use crate::journal;
use crate::kmd::current_device;
use crate::runtime::c_args::arg_ref;

/// Objects kept alive by `DxgkCbAcquireHandleData` until `DxgkCbReleaseHandleData`, by token.
static ACQUIRED: LazyLock<Mutex<HashMap<usize, Object>>> = LazyLock::new(Default::default);

fn handle_data(args: &DXGKARGCB_GETHANDLEDATA) -> Result<(*mut core::ffi::c_void, Object), Refusal> {
    let device_specific = args.Flags.Value & DXGKCB_GETHANDLEDATAFLAGS::DeviceSpecific != 0;
    match args.Type {
        DXGK_HANDLE_ALLOCATION => {
            let allocation = PROCESS.allocation(args.hObject).map_err(|e| Refusal::bad_handle("", e))?;
            journal::set_current_adapter(allocation.adapter_id);
            let data = if device_specific {
                let device = current_device();
                if device != allocation.device {
                    return Err(Refusal::invalid_arg(journal::text!(
                        "DeviceSpecific data of allocation {:#010x} asked outside a DDI of its device {:#010x}",
                        allocation.handle,
                        allocation.device
                    )));
                }
                let opened = allocation.device_allocation();
                if opened == 0 {
                    return Err(Refusal::invalid_arg(journal::text!(
                        "allocation {:#010x} has no device-specific handle yet (DxgkDdiOpenAllocation has not returned)",
                        allocation.handle
                    )));
                }
                opened
            } else {
                allocation.kmd_allocation
            };
            Ok((data as *mut _, Object::Allocation(allocation)))
        }
        DXGK_HANDLE_RESOURCE => {
            if device_specific {
                return Err(Refusal::invalid_arg("DeviceSpecific is valid only with DXGK_HANDLE_ALLOCATION"));
            }
            let resource = PROCESS.resource(args.hObject).map_err(|e| Refusal::bad_handle("", e))?;
            let data = resource.state.lock().kmd_resource;
            Ok((data as *mut _, Object::Resource(resource)))
        }
        other => Err(Refusal::invalid_arg(journal::text!("Type {} is not a DXGK_HANDLE_TYPE", other))),
    }
}

/// `DxgkCbGetHandleData`: the KMD's data for a D3DKMT handle. For `DXGK_HANDLE_ALLOCATION`, the
/// `hAllocation` its `DxgkDdiCreateAllocation` returned, or with `Flags.DeviceSpecific` the
/// handle its `DxgkDdiOpenAllocation` returned for the device of the DDI in progress; for
/// `DXGK_HANDLE_RESOURCE`, its resource handle. NULL when the handle does not resolve.
///
/// # Safety
///
/// `pData` is NULL (refused) or readable; as on Windows, call it from a DDI of the adapter that
/// owns the handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn DxgkCbGetHandleData(
    pData: *const DXGKARGCB_GETHANDLEDATA,
) -> *mut core::ffi::c_void {
    boundary("DxgkCbGetHandleData", || {
        // SAFETY: the KMD's argument, valid for the call when non-NULL.
        let args = unsafe { arg_ref(pData, "pData") }?;
        journal::inputs(journal::text!(
            "hObject {:#010x}, Type {}, DeviceSpecific {}",
            args.hObject,
            args.Type,
            args.Flags.Value & 1
        ));
        lookup(args)
    })
}

/// What `DxgkCbGetHandleData` answers. The KMD's handle of an allocation or a resource is read
/// from the handle table without a lock; `DeviceSpecific` data (which depends on the DDI in
/// progress) and the refusals go through [`handle_data`].
fn lookup(args: &DXGKARGCB_GETHANDLEDATA) -> Result<*mut core::ffi::c_void, Refusal> {
    let kind = match args.Type {
        _ if args.Flags.Value & DXGKCB_GETHANDLEDATAFLAGS::DeviceSpecific != 0 => None,
        DXGK_HANDLE_ALLOCATION => Some(HandleKind::Allocation),
        DXGK_HANDLE_RESOURCE => Some(HandleKind::Resource),
        _ => None,
    };
    let Some(kind) = kind else {
        return handle_data(args).map(|(data, _)| data);
    };
    let (data, adapter) = PROCESS.kmd_handle(args.hObject, kind).map_err(|e| Refusal::bad_handle("", e))?;
    journal::set_current_adapter(adapter);
    Ok(data as *mut _)
}

/// `DxgkCbAcquireHandleData` (WDDM 2.0): like `DxgkCbGetHandleData`, and keeps the object's
/// data valid past its deallocation until `DxgkCbReleaseHandleData` with the token written to
/// `pReleaseHandle`.
///
/// # Safety
///
/// `pData` is NULL (refused) or readable; `pReleaseHandle` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn DxgkCbAcquireHandleData(
    pData: *const DXGKARGCB_GETHANDLEDATA,
    pReleaseHandle: *mut DXGKARG_RELEASE_HANDLE,
) -> *mut core::ffi::c_void {
    boundary("DxgkCbAcquireHandleData", || {
        // SAFETY: the KMD's arguments, valid for the call when non-NULL.
        let (args, release) = unsafe { (arg_ref(pData, "pData")?, arg_mut_release(pReleaseHandle)?) };
        let (data, object) = handle_data(args)?;
        if let Object::Allocation(allocation) = &object {
            allocation.holds.lock().count += 1;
        }
        // The token is the address of a one-byte box: unique while held.
        let token = Box::into_raw(Box::new(0u8)) as usize;
        ACQUIRED.lock().insert(token, object);
        *release = token as DXGKARG_RELEASE_HANDLE;
        Ok(data)
    })
}

/// # Safety
/// `ptr` is NULL or writable.
unsafe fn arg_mut_release<'a>(
    ptr: *mut DXGKARG_RELEASE_HANDLE,
) -> Result<&'a mut DXGKARG_RELEASE_HANDLE, Refusal> {
    // SAFETY: forwarded contract.
    unsafe { crate::runtime::c_args::arg_mut(ptr, "pReleaseHandle") }
}

/// `DxgkCbReleaseHandleData` (WDDM 2.0): ends a `DxgkCbAcquireHandleData` reference. An unknown
/// or already released token is journaled and ignored.
#[unsafe(no_mangle)]
pub extern "C" fn DxgkCbReleaseHandleData(ReleaseHandle: DXGKARGCB_RELEASEHANDLEDATA) {
    boundary("DxgkCbReleaseHandleData", || {
        let token = ReleaseHandle.ReleaseHandle as usize;
        let Some(object) = ACQUIRED.lock().remove(&token) else {
            return Err(Refusal::invalid_arg(journal::text!("release handle {:#x} is not held", token)));
        };
        if let Object::Allocation(allocation) = &object {
            let destroy_now = {
                let mut holds = allocation.holds.lock();
                holds.count -= 1;
                holds.count == 0 && std::mem::take(&mut holds.destroy_when_released)
            };
            if destroy_now {
                crate::runtime::release::destroy_released(allocation);
            }
        }
        // SAFETY: the token is the address of the `Box<u8>` made by DxgkCbAcquireHandleData,
        // removed from ACQUIRED just now, so it is freed exactly once.
        drop(unsafe { Box::from_raw(token as *mut u8) });
        Ok(())
    })
}

/// `DxgkCbGetHandleParent`: the D3DKMT handle of an allocation's resource; 0 for a
/// device-owned allocation or a handle that does not resolve.
#[unsafe(no_mangle)]
pub extern "C" fn DxgkCbGetHandleParent(hAllocation: D3DKMT_HANDLE) -> D3DKMT_HANDLE {
    boundary("DxgkCbGetHandleParent", || {
        journal::inputs(journal::text!("{:#010x}", hAllocation));
        let allocation = PROCESS.allocation(hAllocation).map_err(|e| Refusal::bad_handle("", e))?;
        journal::set_current_adapter(allocation.adapter_id);
        Ok(KmtHandle(allocation.resource.unwrap_or(0)))
    })
    .0
}

/// `DxgkCbEnumHandleChildren`: the D3DKMT handle of the `Index`-th allocation of a resource, in
/// creation order; 0 past the end or for a handle that does not resolve.
///
/// # Safety
///
/// `pData` is NULL (refused) or readable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn DxgkCbEnumHandleChildren(
    pData: *const DXGKARGCB_ENUMHANDLECHILDREN,
) -> D3DKMT_HANDLE {
    boundary("DxgkCbEnumHandleChildren", || {
        // SAFETY: the KMD's argument, valid for the call when non-NULL.
        let args = unsafe { arg_ref(pData, "pData") }?;
        journal::inputs(journal::text!("hObject {:#010x}, Index {}", args.hObject, args.Index));
        let resource = PROCESS.resource(args.hObject).map_err(|e| Refusal::bad_handle("", e))?;
        let child = resource.state.lock().children.get(args.Index as usize).copied();
        Ok(KmtHandle(child.unwrap_or(0)))
    })
    .0
}

/// The adapter a KMD names by the `DeviceHandle` of its `DXGKRNL_INTERFACE` (the adapter id).
fn interface_adapter(device_handle: HANDLE) -> Result<Arc<crate::runtime::adapter::Adapter>, Refusal> {
    let id = device_handle as usize as u64;
    let adapter = crate::runtime::device::adapter_by_id(id).ok_or_else(|| {
        Refusal::invalid_arg(journal::text!(
            "hAdapter {:p} is not a live adapter's DeviceHandle",
            device_handle
        ))
    })?;
    journal::set_current_adapter(adapter.id);
    Ok(adapter)
}

/// `DxgkCbNotifyInterrupt` (in `DXGKRNL_INTERFACE`): the KMD's interrupt routine reports what the
/// GPU did. `DXGK_INTERRUPT_DMA_COMPLETED` completes submissions up to its fence (retired at the
/// next `DxgkCbNotifyDpc`); other interrupt types are journaled and ignored.
///
/// # Safety
/// `pData` is NULL (journaled) or readable.
pub(crate) unsafe extern "C" fn DxgkCbNotifyInterrupt(
    hAdapter: HANDLE,
    pData: *const DXGKARGCB_NOTIFY_INTERRUPT_DATA,
) {
    boundary("DxgkCbNotifyInterrupt", || {
        let adapter = interface_adapter(hAdapter)?;
        // SAFETY: the KMD's argument, valid for the call when non-NULL.
        let data = unsafe { arg_ref(pData, "pData") }?;
        if data.InterruptType != DXGK_INTERRUPT_DMA_COMPLETED {
            return Err(Refusal::invalid_arg(journal::text!(
                "InterruptType {} is not modelled (only DXGK_INTERRUPT_DMA_COMPLETED)",
                data.InterruptType
            )));
        }
        // SAFETY: the DmaCompleted arm is the one InterruptType names.
        let fence = unsafe { data.Anonymous.DmaCompleted.SubmissionFenceId };
        journal::inputs(journal::text!("DXGK_INTERRUPT_DMA_COMPLETED, SubmissionFenceId {}", fence));
        adapter.gpu.dma_completed(fence);
        Ok(())
    })
}

/// `DxgkCbQueueDpc` (in `DXGKRNL_INTERFACE`): the shim calls `DxgkDdiDpcRoutine` when the
/// interrupt routine returns. Returns TRUE.
pub(crate) extern "C" fn DxgkCbQueueDpc(DeviceHandle: HANDLE) -> BOOLEAN {
    boundary("DxgkCbQueueDpc", || {
        interface_adapter(DeviceHandle)?.gpu.queue_dpc();
        Ok(NtBool(1))
    })
    .0
}

/// `DxgkCbNotifyDpc` (in `DXGKRNL_INTERFACE`): retires the completed submissions.
pub(crate) extern "C" fn DxgkCbNotifyDpc(hAdapter: HANDLE) {
    boundary("DxgkCbNotifyDpc", || {
        let adapter = interface_adapter(hAdapter)?;
        adapter.gpu.notify_dpc(&adapter);
        Ok(())
    })
}

/// `DxgkCbSetPowerComponentActive` (in `DXGKRNL_INTERFACE`, WDDM 1.2): one more active reference
/// on power component `ComponentIndex` ([`crate::runtime::power`]). An index the KMD did not
/// report is a contract violation: journaled, nothing changes.
pub(crate) extern "C" fn DxgkCbSetPowerComponentActive(hAdapter: HANDLE, ComponentIndex: UINT) {
    boundary("DxgkCbSetPowerComponentActive", || {
        let adapter = interface_adapter(hAdapter)?;
        let active = adapter.power.set_active(ComponentIndex)?;
        journal::inputs(journal::text!("ComponentIndex {}: {} active references", ComponentIndex, active));
        Ok(())
    })
}

/// `DxgkCbSetPowerComponentIdle` (in `DXGKRNL_INTERFACE`, WDDM 1.2): one active reference fewer.
/// An unreported index, or an Idle with no Active to pair with, is a contract violation:
/// journaled, nothing changes.
pub(crate) extern "C" fn DxgkCbSetPowerComponentIdle(hAdapter: HANDLE, ComponentIndex: UINT) {
    boundary("DxgkCbSetPowerComponentIdle", || {
        let adapter = interface_adapter(hAdapter)?;
        let active = adapter.power.set_idle(ComponentIndex)?;
        journal::inputs(journal::text!("ComponentIndex {}: {} active references", ComponentIndex, active));
        Ok(())
    })
}

/// `DxgkCbSetPowerComponentLatency` (in `DXGKRNL_INTERFACE`, WDDM 1.2): records the latency
/// tolerance (100 ns units) of a `DXGK_POWER_COMPONENT_OTHER` component; for any other
/// component, or an unreported index, a contract violation (journaled, nothing recorded).
pub(crate) extern "C" fn DxgkCbSetPowerComponentLatency(
    hAdapter: HANDLE,
    ComponentIndex: UINT,
    Latency: ULONGLONG,
) {
    boundary("DxgkCbSetPowerComponentLatency", || {
        let adapter = interface_adapter(hAdapter)?;
        journal::inputs(journal::text!("ComponentIndex {}, Latency {}", ComponentIndex, Latency));
        adapter.power.set_latency(ComponentIndex, Latency)
    })
}

/// `DxgkCbSetPowerComponentResidency` (in `DXGKRNL_INTERFACE`, WDDM 1.2): records the expected
/// residency (100 ns units), as [`DxgkCbSetPowerComponentLatency`] does the latency.
pub(crate) extern "C" fn DxgkCbSetPowerComponentResidency(
    hAdapter: HANDLE,
    ComponentIndex: UINT,
    Residency: ULONGLONG,
) {
    boundary("DxgkCbSetPowerComponentResidency", || {
        let adapter = interface_adapter(hAdapter)?;
        journal::inputs(journal::text!("ComponentIndex {}, Residency {}", ComponentIndex, Residency));
        adapter.power.set_residency(ComponentIndex, Residency)
    })
}

/// `DxgkCbPowerRuntimeControlRequest` (in `DXGKRNL_INTERFACE`, WDDM 1.2): a request for the
/// platform's power engine plug-in. The simulated platform has none, so the answer is the power
/// framework's for a device no PEP claims: `STATUS_NOT_SUPPORTED`, with `*BytesReturned` 0 when
/// given. A NULL `PowerControlCode` is `STATUS_INVALID_PARAMETER`.
///
/// # Safety
///
/// `PowerControlCode` is NULL (refused) or readable; `BytesReturned` is NULL or writable.
pub(crate) unsafe extern "C" fn DxgkCbPowerRuntimeControlRequest(
    hAdapter: HANDLE,
    PowerControlCode: LPCGUID,
    _InBuffer: PVOID,
    InBufferSize: SIZE_T,
    _OutBuffer: PVOID,
    OutBufferSize: SIZE_T,
    BytesReturned: PSIZE_T,
) -> NTSTATUS {
    boundary("DxgkCbPowerRuntimeControlRequest", || {
        interface_adapter(hAdapter)?;
        // SAFETY: the KMD's argument, valid for the call when non-NULL.
        let code = unsafe { arg_ref(PowerControlCode, "PowerControlCode") }?;
        if !BytesReturned.is_null() {
            // SAFETY: non-NULL and writable per the callback's contract.
            unsafe { BytesReturned.write_unaligned(0) };
        }
        let name = crate::runtime::power::power_control_code_name(code).unwrap_or("a driver-defined code");
        journal::inputs(journal::text!(
            "{} (Data1 {:#010x}), InBufferSize {}, OutBufferSize {}: no power engine plug-in",
            name,
            code.Data1,
            InBufferSize,
            OutBufferSize
        ));
        Ok(NtStatus(STATUS_NOT_SUPPORTED))
    })
    .0
}
