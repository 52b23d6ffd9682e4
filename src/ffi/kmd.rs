//! What a KMD links against: `DxgkInitialize`, and the `DXGKRNL_INTERFACE` it receives at
//! `DxgkDdiStartDevice`.

use crate::abi::*;
use crate::ffi::boundary::{NtStatus, Refusal, boundary};
use crate::kmd::registration::{copy_registration, register, registration_size};

/// `DxgkInitialize`: a KMD's `DriverEntry` registers its DDIs here, as on Windows. The
/// registration is read up to the size its `Version` defines and filed under `DriverObject`, for
/// the adapter being created (`WddmShimCreateAdapter` with the KMD's `pfnDriverEntry`).
///
/// Returns `STATUS_INVALID_PARAMETER` for a NULL `DriverObject` or `DriverInitializationData`,
/// or a `Version` older than WDDM 1.0 (`DXGKDDI_INTERFACE_VERSION_VISTA`).
///
/// # Safety
///
/// `DriverInitializationData` is NULL (refused) or readable for the size its `Version` implies;
/// `DriverObject` is the one the shim passed to `DriverEntry`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn DxgkInitialize(
    DriverObject: PDRIVER_OBJECT,
    RegistryPath: PUNICODE_STRING,
    DriverInitializationData: PDRIVER_INITIALIZATION_DATA,
) -> NTSTATUS {
    let _ = RegistryPath;
    boundary("DxgkInitialize", || {
        if DriverObject.is_null() || DriverInitializationData.is_null() {
            return Err(Refusal::invalid_arg("DriverObject or DriverInitializationData is NULL"));
        }
        // SAFETY: non-NULL; its first member is the 32-bit Version.
        let version = unsafe { (DriverInitializationData as *const u32).read_unaligned() };
        if version < DXGKDDI_INTERFACE_VERSION_VISTA || registration_size(version) == 0 {
            return Err(Refusal::invalid_arg(format!(
                "DriverInitializationData->Version {version:#x} is unknown"
            )));
        }
        // SAFETY: a KMD built for `version` passes a registration of at least that version's size.
        let data = unsafe { copy_registration(DriverInitializationData) };
        register(DriverObject, data);
        Ok(NtStatus(STATUS_SUCCESS))
    })
    .0
}

/// How an unmodelled dxgkrnl callback reports failure, by its return type.
enum StubReturn {
    /// `NTSTATUS`: `STATUS_NOT_IMPLEMENTED`.
    Status,
    /// `VOID`.
    Nothing,
    /// `BOOLEAN`: `FALSE`.
    False,
    /// An address or handle: 0.
    Zero,
}

/// The members of `DXGKRNL_INTERFACE` after `DeviceHandle`, in order, with the kind of value
/// each returns (research/abi-layouts-2.md section 6; the d3dkmddi.h / dispmprt.h typedefs).
const INTERFACE_CALLBACKS: [(&str, StubReturn); 69] = {
    use StubReturn::*;
    [
        ("DxgkCbEvalAcpiMethod", Status),
        ("DxgkCbGetDeviceInformation", Status),
        ("DxgkCbIndicateChildStatus", Status),
        ("DxgkCbMapMemory", Status),
        ("DxgkCbQueueDpc", False),
        ("DxgkCbQueryServices", Status),
        ("DxgkCbReadDeviceSpace", Status),
        ("DxgkCbSynchronizeExecution", Status),
        ("DxgkCbUnmapMemory", Status),
        ("DxgkCbWriteDeviceSpace", Status),
        ("DxgkCbIsDevicePresent", Status),
        ("DxgkCbGetHandleData", Zero),
        ("DxgkCbGetHandleParent", Zero),
        ("DxgkCbEnumHandleChildren", Zero),
        ("DxgkCbNotifyInterrupt", Nothing),
        ("DxgkCbNotifyDpc", Nothing),
        ("DxgkCbQueryVidPnInterface", Status),
        ("DxgkCbQueryMonitorInterface", Status),
        ("DxgkCbGetCaptureAddress", Status),
        ("DxgkCbLogEtwEvent", Nothing),
        ("DxgkCbExcludeAdapterAccess", Status),
        ("DxgkCbCreateContextAllocation", Status),
        ("DxgkCbDestroyContextAllocation", Status),
        ("DxgkCbSetPowerComponentActive", Status),
        ("DxgkCbSetPowerComponentIdle", Status),
        ("DxgkCbAcquirePostDisplayOwnership", Status),
        ("DxgkCbPowerRuntimeControlRequest", Status),
        ("DxgkCbSetPowerComponentLatency", Nothing),
        ("DxgkCbSetPowerComponentResidency", Nothing),
        ("DxgkCbCompleteFStateTransition", Nothing),
        ("DxgkCbCompletePStateTransition", Nothing),
        ("DxgkCbMapContextAllocation", Zero),
        ("DxgkCbUpdateContextAllocation", Status),
        ("DxgkCbReserveGpuVirtualAddressRange", Status),
        ("DxgkCbAcquireHandleData", Zero),
        ("DxgkCbReleaseHandleData", Nothing),
        ("DxgkCbHardwareContentProtectionTeardown", Nothing),
        ("DxgkCbMultiPlaneOverlayDisabled", Nothing),
        ("DxgkCbMitigatedRangeUpdate", Status),
        ("DxgkCbInvalidateHwContext", Nothing),
        ("DxgkCbIndicateConnectorChange", Status),
        ("DxgkCbUnblockUEFIFrameBufferRanges", Nothing),
        ("DxgkCbAcquirePostDisplayOwnership2", Status),
        ("DxgkCbSetProtectedSessionStatus", Nothing),
        ("DxgkCbAllocateContiguousMemory", Status),
        ("DxgkCbFreeContiguousMemory", Status),
        ("DxgkCbAllocatePagesForMdl", Status),
        ("DxgkCbFreePagesFromMdl", Status),
        ("DxgkCbPinFrameBufferForSave", Status),
        ("DxgkCbUnpinFrameBufferForSave", Status),
        ("DxgkCbMapFrameBufferPointer", Status),
        ("DxgkCbUnmapFrameBufferPointer", Status),
        ("DxgkCbMapMdlToIoMmu", Status),
        ("DxgkCbUnmapMdlFromIoMmu", Nothing),
        ("DxgkCbReportDiagnostic", Nothing),
        ("DxgkCbSignalEvent", Nothing),
        ("DxgkCbIsFeatureEnabled", Status),
        ("DxgkCbSaveMemoryForHotUpdate", Status),
        ("DxgkCbNotifyCursorSupportChange", Nothing),
        ("DxgkCbQueryFeatureSupport", Status),
        ("DxgkCbCreatePhysicalMemoryObject", Status),
        ("DxgkCbDestroyPhysicalMemoryObject", Status),
        ("DxgkCbMapPhysicalMemory", Status),
        ("DxgkCbUnmapPhysicalMemory", Status),
        ("DxgkCbAllocateAdl", Status),
        ("DxgkCbFreeAdl", Nothing),
        ("DxgkCbOpenPhysicalMemoryObject", Status),
        ("DxgkCbClosePhysicalMemoryObject", Status),
        ("DxgkCbPinFrameBufferForSave2", Status),
    ]
};

/// All stubs share one machine signature: up to six integer arguments, ignored, and a 64-bit
/// return value that carries the NTSTATUS (in its low 32 bits), FALSE or 0.
type RawStub = unsafe extern "C" fn(usize, usize, usize, usize, usize, usize) -> u64;

macro_rules! interface_stubs {
    ($($index:literal),* $(,)?) => {
        [$({
            unsafe extern "C" fn stub(_: usize, _: usize, _: usize, _: usize, _: usize, _: usize) -> u64 {
                let (name, kind) = &INTERFACE_CALLBACKS[$index];
                boundary(*name, || -> Result<(), Refusal> {
                    Err(Refusal::new(E_NOTIMPL, format!("{name} is not modelled; the KMD gets a failure")))
                });
                match kind {
                    StubReturn::Status => STATUS_NOT_IMPLEMENTED as u32 as u64,
                    StubReturn::Nothing | StubReturn::False | StubReturn::Zero => 0,
                }
            }
            stub as RawStub as *const () as usize
        }),*]
    };
}

/// The `DXGKRNL_INTERFACE` handed to a KMD built for `version`: `Size` and `Version` for that
/// version, `DeviceHandle` carrying the adapter's id, the handle callbacks live, every other
/// callback a stub that journals its name and fails closed.
pub fn kernel_interface(version: u32, adapter_id: u64) -> DXGKRNL_INTERFACE {
    let mut words: [usize; 71] = [0; 71];
    let stubs: [usize; 69] = interface_stubs!(
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
        28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52,
        53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68
    );
    words[2..].copy_from_slice(&stubs);
    let live: [(&str, usize); 5] = [
        ("DxgkCbGetHandleData", crate::ffi::dxgk::DxgkCbGetHandleData as *const () as usize),
        ("DxgkCbGetHandleParent", crate::ffi::dxgk::DxgkCbGetHandleParent as *const () as usize),
        ("DxgkCbEnumHandleChildren", crate::ffi::dxgk::DxgkCbEnumHandleChildren as *const () as usize),
        ("DxgkCbAcquireHandleData", crate::ffi::dxgk::DxgkCbAcquireHandleData as *const () as usize),
        ("DxgkCbReleaseHandleData", crate::ffi::dxgk::DxgkCbReleaseHandleData as *const () as usize),
    ];
    for (name, function) in live {
        let index = INTERFACE_CALLBACKS.iter().position(|(n, _)| *n == name).expect("listed callback");
        words[2 + index] = function;
    }
    let size = dxgkrnl_interface_size_for_version(version) as u32;
    words[0] = (size as usize) | ((version as usize) << 32);
    words[1] = adapter_id as usize;
    // SAFETY: DXGKRNL_INTERFACE is two ULONGs, a HANDLE and 69 function pointers: 71 eight-byte
    // words on x86_64 (asserted by the layout facts); every word here is a valid value for its
    // member (a size/version pair, an opaque handle, a function of the member's arity).
    unsafe { std::mem::transmute::<[usize; 71], DXGKRNL_INTERFACE>(words) }
}
