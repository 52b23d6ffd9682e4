//! The `DXGKRNL_INTERFACE` callbacks a KMD's start-up code calls: `DxgkCbGetDeviceInformation`
//! answers the adapter's `DXGK_DEVICE_INFO` ([`crate::runtime::startup`]); the others answer
//! what dxgkrnl answers for a device without the hardware they reach (no PCI configuration
//! space, no ACPI node, no register ranges, no AGP, no POST display), with the status named
//! here, and journal the call.
//!
//! | Callback | Answer |
//! |---|---|
//! | `DxgkCbReadDeviceSpace`, `DxgkCbWriteDeviceSpace` | `STATUS_NOT_SUPPORTED`, 0 bytes transferred: no bus configuration space |
//! | `DxgkCbEvalAcpiMethod` | `STATUS_NOT_SUPPORTED`: the device has no ACPI namespace node |
//! | `DxgkCbMapMemory` | `STATUS_INVALID_PARAMETER`, `*VirtualAddress` NULL: no translated range is the device's |
//! | `DxgkCbUnmapMemory` | `STATUS_INVALID_PARAMETER`: nothing was mapped |
//! | `DxgkCbQueryServices` | `STATUS_NOT_SUPPORTED` for every `DXGK_SERVICES` (no AGP, no debug-report or timed-operation interface) |
//! | `DxgkCbGetCaptureAddress` | `STATUS_NOT_SUPPORTED`: no capture hardware |
//! | `DxgkCbAcquirePostDisplayOwnership` | `STATUS_NOT_SUPPORTED`: no firmware (POST) display to take over |
//! | `DxgkCbIsDevicePresent` | `STATUS_SUCCESS`, `*DevicePresent` FALSE: no PCI device is present |
//!
//! Each refuses a `DeviceHandle` that is not a live adapter's with `STATUS_INVALID_PARAMETER`.

#![allow(non_upper_case_globals)] // the WDK's enumerator names in patterns

use crate::abi::*;
use crate::core::Refusal;
use crate::ffi::boundary::{NtStatus, boundary};
use crate::journal;
use crate::runtime::startup;

/// The adapter id a `DeviceHandle` carries, if it names a live adapter.
fn adapter_of(handle: HANDLE) -> Result<std::sync::Arc<startup::DeviceFacts>, Refusal> {
    let id = handle as usize as u64;
    let facts = startup::facts(id).ok_or_else(|| {
        Refusal::invalid_arg(journal::text!("DeviceHandle {:p} is not a live adapter's", handle))
    })?;
    journal::set_current_adapter(id);
    Ok(facts)
}

/// Journals `why` with the call and returns `status`.
fn answer(why: impl Into<journal::Text>, status: NTSTATUS) -> Result<NtStatus, Refusal> {
    journal::inputs(why.into());
    Ok(NtStatus(status))
}

/// `DxgkCbGetDeviceInformation`: the adapter's physical device object, device registry path,
/// translated resources and memory sizes ([`crate::runtime::startup`]); `STATUS_SUCCESS`.
///
/// # Safety
///
/// `DeviceInfo` is NULL (refused) or writable for a `DXGK_DEVICE_INFO`.
pub unsafe extern "C" fn DxgkCbGetDeviceInformation(
    DeviceHandle: HANDLE,
    DeviceInfo: PDXGK_DEVICE_INFO,
) -> NTSTATUS {
    boundary("DxgkCbGetDeviceInformation", || {
        let facts = adapter_of(DeviceHandle)?;
        if DeviceInfo.is_null() {
            return Err(Refusal::invalid_arg("DeviceInfo is NULL"));
        }
        let info = facts.device_info();
        // SAFETY: non-NULL and writable per the callback's contract.
        unsafe { DeviceInfo.write_unaligned(info) };
        answer(
            format!(
                "PhysicalDeviceObject {:#x}, DeviceRegistryPath {}, SystemMemorySize {:#x}",
                facts.physical_device_object,
                facts.registry_path(),
                facts.system_memory
            ),
            STATUS_SUCCESS,
        )
    })
    .0
}

/// Writes `value` through `out` when it is not NULL.
///
/// # Safety
/// `out` is NULL or writable.
unsafe fn write_out<T>(out: *mut T, value: T) {
    if !out.is_null() {
        // SAFETY: the caller's contract.
        unsafe { out.write_unaligned(value) };
    }
}

/// `DxgkCbReadDeviceSpace`: `STATUS_NOT_SUPPORTED` with `*BytesRead` 0; the simulated device
/// has no configuration space.
///
/// # Safety
///
/// `BytesRead` is NULL or writable.
pub unsafe extern "C" fn DxgkCbReadDeviceSpace(
    DeviceHandle: HANDLE,
    DataType: ULONG,
    _Buffer: PVOID,
    Offset: ULONG,
    Length: ULONG,
    BytesRead: PULONG,
) -> NTSTATUS {
    boundary("DxgkCbReadDeviceSpace", || {
        adapter_of(DeviceHandle)?;
        // SAFETY: the callback's contract.
        unsafe { write_out(BytesRead, 0) };
        answer(
            format!("DataType {DataType} Offset {Offset:#x} Length {Length}: no bus configuration space, nothing read"),
            STATUS_NOT_SUPPORTED,
        )
    })
    .0
}

/// `DxgkCbWriteDeviceSpace`: `STATUS_NOT_SUPPORTED` with `*BytesWritten` 0.
///
/// # Safety
///
/// `BytesWritten` is NULL or writable.
pub unsafe extern "C" fn DxgkCbWriteDeviceSpace(
    DeviceHandle: HANDLE,
    DataType: ULONG,
    _Buffer: PVOID,
    Offset: ULONG,
    Length: ULONG,
    BytesWritten: PULONG,
) -> NTSTATUS {
    boundary("DxgkCbWriteDeviceSpace", || {
        adapter_of(DeviceHandle)?;
        // SAFETY: the callback's contract.
        unsafe { write_out(BytesWritten, 0) };
        answer(
            format!(
                "DataType {DataType} Offset {Offset:#x} Length {Length}: no bus configuration space, nothing written"
            ),
            STATUS_NOT_SUPPORTED,
        )
    })
    .0
}

/// `DxgkCbEvalAcpiMethod`: `STATUS_NOT_SUPPORTED`; the output buffer is not written.
///
/// # Safety
///
/// Reads nothing through its pointers.
pub unsafe extern "C" fn DxgkCbEvalAcpiMethod(
    DeviceHandle: HANDLE,
    DeviceUid: ULONG,
    _AcpiInputBuffer: PACPI_EVAL_INPUT_BUFFER_COMPLEX,
    AcpiInputSize: ULONG,
    _AcpiOutputBuffer: PACPI_EVAL_OUTPUT_BUFFER,
    AcpiOutputSize: ULONG,
) -> NTSTATUS {
    boundary("DxgkCbEvalAcpiMethod", || {
        adapter_of(DeviceHandle)?;
        answer(
            format!(
                "DeviceUid {DeviceUid:#x} ({AcpiInputSize} in, {AcpiOutputSize} out): the device has no ACPI namespace node"
            ),
            STATUS_NOT_SUPPORTED,
        )
    })
    .0
}

/// `DxgkCbMapMemory`: `STATUS_INVALID_PARAMETER` with `*VirtualAddress` NULL; the translated
/// resource list holds no range to map.
///
/// # Safety
///
/// `VirtualAddress` is NULL or writable.
pub unsafe extern "C" fn DxgkCbMapMemory(
    DeviceHandle: HANDLE,
    TranslatedAddress: PHYSICAL_ADDRESS,
    Length: ULONG,
    _InIoSpace: BOOLEAN,
    _MapToUserMode: BOOLEAN,
    _CacheType: MEMORY_CACHING_TYPE,
    VirtualAddress: *mut PVOID,
) -> NTSTATUS {
    boundary("DxgkCbMapMemory", || {
        adapter_of(DeviceHandle)?;
        // SAFETY: the callback's contract.
        unsafe { write_out(VirtualAddress, std::ptr::null_mut()) };
        answer(
            format!(
                "TranslatedAddress {:#x} Length {Length:#x}: not in the device's translated resources (it has none)",
                TranslatedAddress.quad()
            ),
            STATUS_INVALID_PARAMETER,
        )
    })
    .0
}

/// `DxgkCbUnmapMemory`: `STATUS_INVALID_PARAMETER`; `DxgkCbMapMemory` never maps anything.
///
/// # Safety
///
/// Reads nothing through its pointers.
pub unsafe extern "C" fn DxgkCbUnmapMemory(DeviceHandle: HANDLE, VirtualAddress: PVOID) -> NTSTATUS {
    boundary("DxgkCbUnmapMemory", || {
        adapter_of(DeviceHandle)?;
        answer(
            format!("VirtualAddress {VirtualAddress:p}: not mapped by DxgkCbMapMemory"),
            STATUS_INVALID_PARAMETER,
        )
    })
    .0
}

/// `DxgkCbQueryServices`: `STATUS_NOT_SUPPORTED`; the interface is not written.
///
/// # Safety
///
/// Reads nothing through its pointers.
pub unsafe extern "C" fn DxgkCbQueryServices(
    DeviceHandle: HANDLE,
    ServicesType: DXGK_SERVICES,
    _Interface: PINTERFACE,
) -> NTSTATUS {
    boundary("DxgkCbQueryServices", || {
        adapter_of(DeviceHandle)?;
        let name = match ServicesType {
            DxgkServicesAgp => "DxgkServicesAgp: no AGP bus",
            DxgkServicesDebugReport => "DxgkServicesDebugReport: not offered",
            DxgkServicesTimedOperation => "DxgkServicesTimedOperation: not offered",
            _ => "not a service this host offers",
        };
        answer(format!("ServicesType {ServicesType} ({name})"), STATUS_NOT_SUPPORTED)
    })
    .0
}

/// `DxgkCbGetCaptureAddress`: `STATUS_NOT_SUPPORTED`.
///
/// # Safety
///
/// Reads nothing through its pointer.
pub unsafe extern "C" fn DxgkCbGetCaptureAddress(
    _pGetCaptureAddress: *mut DXGKARGCB_GETCAPTUREADDRESS,
) -> NTSTATUS {
    boundary("DxgkCbGetCaptureAddress", || answer("no capture hardware", STATUS_NOT_SUPPORTED)).0
}

/// `DxgkCbAcquirePostDisplayOwnership`: `STATUS_NOT_SUPPORTED`; there is no firmware display.
///
/// # Safety
///
/// Reads nothing through its pointer.
pub unsafe extern "C" fn DxgkCbAcquirePostDisplayOwnership(
    DeviceHandle: HANDLE,
    _DisplayInfo: PDXGK_DISPLAY_INFORMATION,
) -> NTSTATUS {
    boundary("DxgkCbAcquirePostDisplayOwnership", || {
        adapter_of(DeviceHandle)?;
        answer("no POST (firmware) display to take over", STATUS_NOT_SUPPORTED)
    })
    .0
}

/// `DxgkCbIsDevicePresent`: `STATUS_SUCCESS` with `*DevicePresent` FALSE; no PCI device is.
///
/// # Safety
///
/// `DevicePresent` is NULL (refused) or writable.
pub unsafe extern "C" fn DxgkCbIsDevicePresent(
    DeviceHandle: HANDLE,
    _DevicePresenceParameters: PPCI_DEVICE_PRESENCE_PARAMETERS,
    DevicePresent: PBOOLEAN,
) -> NTSTATUS {
    boundary("DxgkCbIsDevicePresent", || {
        adapter_of(DeviceHandle)?;
        if DevicePresent.is_null() {
            return Err(Refusal::invalid_arg("DevicePresent is NULL"));
        }
        // SAFETY: non-NULL and writable per the callback's contract.
        unsafe { write_out(DevicePresent, 0) };
        answer("no PCI device is present: FALSE", STATUS_SUCCESS)
    })
    .0
}

/// Puts the start-up callbacks into a `DXGKRNL_INTERFACE`.
pub fn install(interface: &mut DXGKRNL_INTERFACE) {
    interface.DxgkCbGetDeviceInformation = Some(DxgkCbGetDeviceInformation);
    interface.DxgkCbReadDeviceSpace = Some(DxgkCbReadDeviceSpace);
    interface.DxgkCbWriteDeviceSpace = Some(DxgkCbWriteDeviceSpace);
    interface.DxgkCbEvalAcpiMethod = Some(DxgkCbEvalAcpiMethod);
    interface.DxgkCbMapMemory = Some(DxgkCbMapMemory);
    interface.DxgkCbUnmapMemory = Some(DxgkCbUnmapMemory);
    interface.DxgkCbQueryServices = Some(DxgkCbQueryServices);
    interface.DxgkCbGetCaptureAddress = Some(DxgkCbGetCaptureAddress);
    interface.DxgkCbAcquirePostDisplayOwnership = Some(DxgkCbAcquirePostDisplayOwnership);
    interface.DxgkCbIsDevicePresent = Some(DxgkCbIsDevicePresent);
}
