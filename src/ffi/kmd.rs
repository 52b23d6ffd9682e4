//! What a KMD links against: `DxgkInitialize`, and the `DXGKRNL_INTERFACE` it receives at
//! `DxgkDdiStartDevice`.

use crate::abi::*;
use crate::core::Refusal;
use crate::ffi::boundary::{NtStatus, boundary};
use crate::journal;
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
            return Err(Refusal::invalid_arg(journal::text!(
                "DriverInitializationData->Version {:#x} is unknown",
                version
            )));
        }
        // SAFETY: a KMD built for `version` passes a registration of at least that version's size.
        let data = unsafe { copy_registration(DriverInitializationData) };
        register(DriverObject, data);
        Ok(NtStatus(STATUS_SUCCESS))
    })
    .0
}

/// The value an unmodelled dxgkrnl callback returns, by its return type: `STATUS_NOT_IMPLEMENTED`
/// for an `NTSTATUS`, `FALSE` for a `BOOLEAN`, 0 for a handle or GPU address, NULL for a pointer.
trait FailedValue {
    const FAILED: Self;
}

impl FailedValue for () {
    const FAILED: Self = ();
}
impl FailedValue for NTSTATUS {
    const FAILED: Self = STATUS_NOT_IMPLEMENTED;
}
impl FailedValue for BOOLEAN {
    const FAILED: Self = 0;
}
impl FailedValue for D3DKMT_HANDLE {
    const FAILED: Self = 0;
}
impl FailedValue for D3DGPU_VIRTUAL_ADDRESS {
    const FAILED: Self = 0;
}
impl<T> FailedValue for *mut T {
    const FAILED: Self = std::ptr::null_mut();
}

/// Journals the call of unmodelled callback number `I` and returns its failure value.
fn fail_closed<const I: usize, R: FailedValue>() -> R {
    let name = INTERFACE_CALLBACKS[I];
    boundary(name, || -> Result<(), Refusal> {
        Err(Refusal::new(E_NOTIMPL, format!("{name} is not modelled; the KMD gets a failure")))
    });
    R::FAILED
}

/// A function pointer type of the `DXGKRNL_INTERFACE` that has a fail-closed stub of its own
/// exact signature (arguments ignored), so the KMD calls a function of the type it declared.
trait FailClosedStub: Sized {
    fn stub<const I: usize>() -> Self;
}

macro_rules! fail_closed_stubs {
    ($($arity:ident: $($arg:ident)*;)*) => {$(
        unsafe extern "C" fn $arity<const I: usize, $($arg,)* R: FailedValue>($(_: $arg),*) -> R {
            fail_closed::<I, R>()
        }
        impl<$($arg,)* R: FailedValue> FailClosedStub for unsafe extern "C" fn($($arg),*) -> R {
            fn stub<const I: usize>() -> Self {
                $arity::<I, $($arg,)* R>
            }
        }
    )*};
}

fail_closed_stubs! {
    stub0: ;
    stub1: A;
    stub2: A B;
    stub3: A B C;
    stub4: A B C D;
    stub5: A B C D E;
    stub6: A B C D E F;
    stub7: A B C D E F G;
}

/// Lists the members of `DXGKRNL_INTERFACE` after `DeviceHandle` (research/abi-layouts-2.md
/// section 6): their names, and a function filling each with its fail-closed stub.
macro_rules! interface_callbacks {
    ($($index:literal $member:ident,)*) => {
        /// The callback members, in order.
        const INTERFACE_CALLBACKS: [&str; 69] = [$(stringify!($member)),*];

        fn fill_with_stubs(interface: &mut DXGKRNL_INTERFACE) {
            $(interface.$member = Some(FailClosedStub::stub::<$index>());)*
        }
    };
}

interface_callbacks! {
    0 DxgkCbEvalAcpiMethod,
    1 DxgkCbGetDeviceInformation,
    2 DxgkCbIndicateChildStatus,
    3 DxgkCbMapMemory,
    4 DxgkCbQueueDpc,
    5 DxgkCbQueryServices,
    6 DxgkCbReadDeviceSpace,
    7 DxgkCbSynchronizeExecution,
    8 DxgkCbUnmapMemory,
    9 DxgkCbWriteDeviceSpace,
    10 DxgkCbIsDevicePresent,
    11 DxgkCbGetHandleData,
    12 DxgkCbGetHandleParent,
    13 DxgkCbEnumHandleChildren,
    14 DxgkCbNotifyInterrupt,
    15 DxgkCbNotifyDpc,
    16 DxgkCbQueryVidPnInterface,
    17 DxgkCbQueryMonitorInterface,
    18 DxgkCbGetCaptureAddress,
    19 DxgkCbLogEtwEvent,
    20 DxgkCbExcludeAdapterAccess,
    21 DxgkCbCreateContextAllocation,
    22 DxgkCbDestroyContextAllocation,
    23 DxgkCbSetPowerComponentActive,
    24 DxgkCbSetPowerComponentIdle,
    25 DxgkCbAcquirePostDisplayOwnership,
    26 DxgkCbPowerRuntimeControlRequest,
    27 DxgkCbSetPowerComponentLatency,
    28 DxgkCbSetPowerComponentResidency,
    29 DxgkCbCompleteFStateTransition,
    30 DxgkCbCompletePStateTransition,
    31 DxgkCbMapContextAllocation,
    32 DxgkCbUpdateContextAllocation,
    33 DxgkCbReserveGpuVirtualAddressRange,
    34 DxgkCbAcquireHandleData,
    35 DxgkCbReleaseHandleData,
    36 DxgkCbHardwareContentProtectionTeardown,
    37 DxgkCbMultiPlaneOverlayDisabled,
    38 DxgkCbMitigatedRangeUpdate,
    39 DxgkCbInvalidateHwContext,
    40 DxgkCbIndicateConnectorChange,
    41 DxgkCbUnblockUEFIFrameBufferRanges,
    42 DxgkCbAcquirePostDisplayOwnership2,
    43 DxgkCbSetProtectedSessionStatus,
    44 DxgkCbAllocateContiguousMemory,
    45 DxgkCbFreeContiguousMemory,
    46 DxgkCbAllocatePagesForMdl,
    47 DxgkCbFreePagesFromMdl,
    48 DxgkCbPinFrameBufferForSave,
    49 DxgkCbUnpinFrameBufferForSave,
    50 DxgkCbMapFrameBufferPointer,
    51 DxgkCbUnmapFrameBufferPointer,
    52 DxgkCbMapMdlToIoMmu,
    53 DxgkCbUnmapMdlFromIoMmu,
    54 DxgkCbReportDiagnostic,
    55 DxgkCbSignalEvent,
    56 DxgkCbIsFeatureEnabled,
    57 DxgkCbSaveMemoryForHotUpdate,
    58 DxgkCbNotifyCursorSupportChange,
    59 DxgkCbQueryFeatureSupport,
    60 DxgkCbCreatePhysicalMemoryObject,
    61 DxgkCbDestroyPhysicalMemoryObject,
    62 DxgkCbMapPhysicalMemory,
    63 DxgkCbUnmapPhysicalMemory,
    64 DxgkCbAllocateAdl,
    65 DxgkCbFreeAdl,
    66 DxgkCbOpenPhysicalMemoryObject,
    67 DxgkCbClosePhysicalMemoryObject,
    68 DxgkCbPinFrameBufferForSave2,
}

/// The `DXGKRNL_INTERFACE` handed to a KMD built for `version`: `Size` and `Version` for that
/// version, `DeviceHandle` carrying the adapter's id, the handle callbacks, the interrupt
/// callbacks (`DxgkCbNotifyInterrupt`, `DxgkCbQueueDpc`, `DxgkCbNotifyDpc`), the runtime
/// power-management callbacks (`DxgkCbSetPowerComponentActive` / `Idle` / `Latency` /
/// `Residency`, `DxgkCbPowerRuntimeControlRequest`) and the start-up callbacks
/// ([`crate::ffi::startup`]) live, every other callback a stub that journals its name and fails
/// closed.
pub fn kernel_interface(version: u32, adapter_id: u64) -> DXGKRNL_INTERFACE {
    let mut interface = DXGKRNL_INTERFACE {
        Size: dxgkrnl_interface_size_for_version(version) as ULONG,
        Version: version,
        DeviceHandle: std::ptr::without_provenance_mut(adapter_id as usize),
        ..Default::default()
    };
    fill_with_stubs(&mut interface);
    interface.DxgkCbGetHandleData = Some(crate::ffi::dxgk::DxgkCbGetHandleData);
    interface.DxgkCbGetHandleParent = Some(crate::ffi::dxgk::DxgkCbGetHandleParent);
    interface.DxgkCbEnumHandleChildren = Some(crate::ffi::dxgk::DxgkCbEnumHandleChildren);
    interface.DxgkCbAcquireHandleData = Some(crate::ffi::dxgk::DxgkCbAcquireHandleData);
    interface.DxgkCbReleaseHandleData = Some(crate::ffi::dxgk::DxgkCbReleaseHandleData);
    interface.DxgkCbNotifyInterrupt = Some(crate::ffi::dxgk::DxgkCbNotifyInterrupt);
    interface.DxgkCbNotifyDpc = Some(crate::ffi::dxgk::DxgkCbNotifyDpc);
    interface.DxgkCbQueueDpc = Some(crate::ffi::dxgk::DxgkCbQueueDpc);
    interface.DxgkCbSetPowerComponentActive = Some(crate::ffi::dxgk::DxgkCbSetPowerComponentActive);
    interface.DxgkCbSetPowerComponentIdle = Some(crate::ffi::dxgk::DxgkCbSetPowerComponentIdle);
    interface.DxgkCbSetPowerComponentLatency = Some(crate::ffi::dxgk::DxgkCbSetPowerComponentLatency);
    interface.DxgkCbSetPowerComponentResidency = Some(crate::ffi::dxgk::DxgkCbSetPowerComponentResidency);
    interface.DxgkCbPowerRuntimeControlRequest = Some(crate::ffi::dxgk::DxgkCbPowerRuntimeControlRequest);
    crate::ffi::startup::install(&mut interface);
    interface
}
