//! The dxgkrnl side a KMD built for Windows expects at start-up: the segment query of the driver
//! model it reports, and the `DXGKRNL_INTERFACE` start-up callbacks.

#![allow(non_snake_case)]

mod common;

use std::ptr::{null, null_mut};
use std::sync::Mutex;

use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;
use wddm_shim::ffi::video_memory::*;
use wddm_shim::runtime::adapter::SegmentQuery;

/// Test KMDs wrap the reference KMD and differ only in what they report; one test at a time
/// configures the wrapper.
static WRAPPER: Mutex<()> = Mutex::new(());
static mut REFERENCE_QUERY: PDXGKDDI_QUERYADAPTERINFO = None;
static mut REPORTED_WDDM: DXGK_WDDMVERSION = 0;
static QUERIED: Mutex<Vec<DXGK_QUERYADAPTERINFOTYPE>> = Mutex::new(Vec::new());

/// Reports `REPORTED_WDDM` in its caps and answers only the segment query of that model, as a
/// KMD built for it does: anything newer is `STATUS_NOT_SUPPORTED`.
unsafe extern "C" fn reporting_query_adapter_info(
    context: HANDLE,
    args: *const DXGKARG_QUERYADAPTERINFO,
) -> NTSTATUS {
    // SAFETY: the shim's arguments, valid for the call; the statics are written before the adapter exists.
    unsafe {
        let kind = (*args).Type;
        QUERIED.lock().unwrap().push(kind);
        let wddm = REPORTED_WDDM;
        let allowed = match kind {
            DXGKQAITYPE_QUERYSEGMENT4 => wddm >= DXGKDDI_WDDMv2,
            DXGKQAITYPE_QUERYSEGMENT3 => (DXGKDDI_WDDMv1_2..DXGKDDI_WDDMv2).contains(&wddm),
            DXGKQAITYPE_QUERYSEGMENT => wddm < DXGKDDI_WDDMv1_2,
            _ => true,
        };
        if !allowed {
            return STATUS_NOT_SUPPORTED;
        }
        let status = REFERENCE_QUERY.unwrap()(context, args);
        if kind == DXGKQAITYPE_DRIVERCAPS && status >= 0 {
            (*((*args).pOutputData as *mut DXGK_DRIVERCAPS)).WDDMVersion = wddm;
        }
        status
    }
}

/// Creates an adapter whose KMD registers with the current interface version and reports
/// `wddm`, allocates once, and returns the queries it was asked and the journal.
fn start_reporting(wddm: DXGK_WDDMVERSION) -> (HRESULT, Vec<DXGK_QUERYADAPTERINFOTYPE>, String) {
    let _one = WRAPPER.lock().unwrap_or_else(|e| e.into_inner());
    let mut data = wddm_shim::kmd::reference::registration();
    data.Version = DXGKDDI_INTERFACE_VERSION_WDDM3_0;
    // SAFETY: written under WRAPPER before the adapter that uses them exists.
    unsafe {
        REFERENCE_QUERY = data.DxgkDdiQueryAdapterInfo;
        REPORTED_WDDM = wddm;
    }
    QUERIED.lock().unwrap().clear();
    data.DxgkDdiQueryAdapterInfo = Some(reporting_query_adapter_info);
    let desc = WDDMSHIM_ADAPTER_DESC { pInitializationData: &data, ..Default::default() };
    let mut adapter = null_mut();
    // SAFETY: a valid description and out-pointer.
    let hr = unsafe { WddmShimCreateAdapter(&desc, &mut adapter) };
    let journal = common::journal_of(adapter, 10_000);
    if hr == S_OK {
        let mut device = null_mut();
        let mut callbacks = D3DDDI_DEVICECALLBACKS::default();
        // SAFETY: a live adapter and valid out-pointers.
        assert_eq!(unsafe { WddmShimCreateDevice(adapter, null(), &mut device, &mut callbacks) }, S_OK);
        let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
        let mut args = D3DDDICB_ALLOCATE { NumAllocations: 1, ..Default::default() };
        args.Anonymous.pAllocationInfo = infos.as_mut_ptr();
        // SAFETY: the callback table the shim filled, with a valid argument.
        let allocated = unsafe { callbacks.pfnAllocateCb.unwrap()(device, &mut args) };
        assert_eq!(allocated, S_OK, "an allocation on the adapter the KMD started");
        let mut stats = WDDMSHIM_SEGMENT_INFO::default();
        // SAFETY: a live adapter, segment 1, a writable out-structure.
        assert_eq!(unsafe { WddmShimQuerySegment(adapter, 1, &mut stats) }, S_OK);
        assert_eq!(stats.Size, 256 << 20, "segment 1 as the reference KMD described it");
        // SAFETY: live device and adapter, destroyed once.
        unsafe {
            assert_eq!(WddmShimDestroyDevice(device), S_OK);
            WddmShimDestroyAdapter(adapter);
        }
    }
    let queried = QUERIED.lock().unwrap().clone();
    (hr, queried, journal)
}

fn segment_queries(queried: &[DXGK_QUERYADAPTERINFOTYPE]) -> Vec<DXGK_QUERYADAPTERINFOTYPE> {
    queried.iter().copied().filter(|&t| t != DXGKQAITYPE_DRIVERCAPS).collect()
}

#[test]
fn a_current_wdk_kmd_reporting_wddm_1_3_is_asked_querysegment3_only() {
    let (hr, queried, journal) = start_reporting(DXGKDDI_WDDMv1_3);
    assert_eq!(hr, S_OK, "adapter creation: {journal}");
    assert_eq!(queried[0], DXGKQAITYPE_DRIVERCAPS, "caps first");
    assert_eq!(segment_queries(&queried), [DXGKQAITYPE_QUERYSEGMENT3; 2], "count, then fill");
    assert!(
        journal.contains("WDDMVersion 0x1300") && journal.contains("segments by QUERYSEGMENT3"),
        "{journal}"
    );
}

#[test]
fn a_kmd_reporting_wddm_2_is_asked_querysegment4_and_wddm_1_0_querysegment() {
    let (hr, queried, journal) = start_reporting(DXGKDDI_WDDMv2);
    assert_eq!(hr, S_OK, "{journal}");
    assert_eq!(segment_queries(&queried), [DXGKQAITYPE_QUERYSEGMENT4; 2]);
    let (hr, queried, journal) = start_reporting(DXGKDDI_WDDMv1);
    assert_eq!(hr, S_OK, "{journal}");
    assert_eq!(segment_queries(&queried), [DXGKQAITYPE_QUERYSEGMENT; 2]);
}

#[test]
fn the_reported_model_decides_and_an_unreported_one_falls_back_to_the_interface_version() {
    use SegmentQuery::*;
    for (reported, interface, expected) in [
        (DXGKDDI_WDDMv1_3, DXGKDDI_INTERFACE_VERSION_WDDM3_0, Query3),
        (DXGKDDI_WDDMv1_2, DXGKDDI_INTERFACE_VERSION_WDDM2_0, Query3),
        (DXGKDDI_WDDMv2, DXGKDDI_INTERFACE_VERSION_WIN8, Query4),
        (DXGKDDI_WDDMv3_0, DXGKDDI_INTERFACE_VERSION_WDDM3_0, Query4),
        (DXGKDDI_WDDMv1, DXGKDDI_INTERFACE_VERSION_WDDM3_0, Query1),
        (0, DXGKDDI_INTERFACE_VERSION_WDDM3_0, Query4),
        (0, DXGKDDI_INTERFACE_VERSION_WIN8, Query3),
        (0, DXGKDDI_INTERFACE_VERSION_VISTA, Query1),
    ] {
        assert_eq!(SegmentQuery::for_driver(reported, interface), expected, "{reported:#x} {interface:#x}");
    }
}

// ---- the start-up callbacks ----------------------------------------------------------------------

/// What a KMD's StartDevice saw through the start-up callbacks.
#[derive(Default)]
struct Observed {
    add_device_pdo: usize,
    add_device_context: usize,
    get_info_status: NTSTATUS,
    info_context: usize,
    info_pdo: usize,
    registry_path: String,
    registry_lengths: (u16, u16),
    registry_terminated: bool,
    resources: Vec<u32>,
    system_memory: i64,
    highest_address: i64,
    agp: (i64, usize),
    docking: DOCKING_STATE,
    second_info_same: bool,
    read: (NTSTATUS, ULONG),
    write: (NTSTATUS, ULONG),
    acpi: NTSTATUS,
    map: (NTSTATUS, usize),
    unmap: NTSTATUS,
    services: NTSTATUS,
    capture: NTSTATUS,
    post_display: NTSTATUS,
    present: (NTSTATUS, BOOLEAN),
    stale_handle: NTSTATUS,
    null_info: NTSTATUS,
    interface: Option<(HANDLE, DXGKCB_GET_DEVICE_INFORMATION)>,
}

// SAFETY: the raw handle is an opaque value, only passed back to the shim.
unsafe impl Send for Observed {}

static OBSERVED: Mutex<Option<Observed>> = Mutex::new(None);
static mut REFERENCE_ADD: PDXGKDDI_ADD_DEVICE = None;
static mut REFERENCE_START: PDXGKDDI_START_DEVICE = None;

unsafe extern "C" fn observing_add_device(pdo: PDEVICE_OBJECT, context: *mut PVOID) -> NTSTATUS {
    // SAFETY: the shim's arguments; REFERENCE_ADD is set before the adapter exists.
    unsafe {
        let status = REFERENCE_ADD.unwrap()(pdo, context);
        let mut observed = OBSERVED.lock().unwrap();
        let observed = observed.get_or_insert_with(Default::default);
        observed.add_device_pdo = pdo as usize;
        observed.add_device_context = *context as usize;
        status
    }
}

unsafe extern "C" fn observing_start_device(
    context: PVOID,
    start_info: PDXGK_START_INFO,
    interface: PDXGKRNL_INTERFACE,
    sources: PULONG,
    children: PULONG,
) -> NTSTATUS {
    // SAFETY: the shim's arguments, valid for the call; every out-pointer is a local.
    unsafe {
        let i = &*interface;
        let handle = i.DeviceHandle;
        let mut guard = OBSERVED.lock().unwrap();
        let o = guard.get_or_insert_with(Default::default);
        let mut info = std::mem::MaybeUninit::<DXGK_DEVICE_INFO>::zeroed();
        o.get_info_status = i.DxgkCbGetDeviceInformation.unwrap()(handle, info.as_mut_ptr());
        let info = info.assume_init();
        o.info_context = info.MiniportDeviceContext as usize;
        o.info_pdo = info.PhysicalDeviceObject as usize;
        let path = info.DeviceRegistryPath;
        let units = std::slice::from_raw_parts(path.Buffer, path.MaximumLength as usize / 2);
        o.registry_path = String::from_utf16_lossy(&units[..path.Length as usize / 2]);
        o.registry_lengths = (path.Length, path.MaximumLength);
        o.registry_terminated = units[path.Length as usize / 2] == 0;
        let list = info.TranslatedResourceList as *const u32;
        o.resources = (0..5).map(|k| list.add(k).read()).collect();
        o.system_memory = info.SystemMemorySize.quad();
        o.highest_address = info.HighestPhysicalAddress.quad();
        o.agp = (info.AgpApertureBase.quad(), info.AgpApertureSize);
        o.docking = info.DockingState;
        let mut again = std::mem::MaybeUninit::<DXGK_DEVICE_INFO>::zeroed();
        i.DxgkCbGetDeviceInformation.unwrap()(handle, again.as_mut_ptr());
        let again = again.assume_init();
        o.second_info_same = again.PhysicalDeviceObject == info.PhysicalDeviceObject
            && again.DeviceRegistryPath.Buffer == info.DeviceRegistryPath.Buffer
            && again.TranslatedResourceList == info.TranslatedResourceList;

        let mut buffer = [0u8; 64];
        let mut count: ULONG = 99;
        o.read = (
            i.DxgkCbReadDeviceSpace.unwrap()(handle, 0, buffer.as_mut_ptr() as PVOID, 0, 4, &mut count),
            count,
        );
        count = 99;
        o.write = (
            i.DxgkCbWriteDeviceSpace.unwrap()(handle, 0, buffer.as_mut_ptr() as PVOID, 0, 4, &mut count),
            count,
        );
        o.acpi = i.DxgkCbEvalAcpiMethod.unwrap()(handle, 0, null_mut(), 0, null_mut(), 0);
        let mut mapped: PVOID = 8 as PVOID;
        o.map = (
            i.DxgkCbMapMemory.unwrap()(
                handle,
                LARGE_INTEGER::new(0xF000_0000),
                4096,
                0,
                0,
                MmNonCached,
                &mut mapped,
            ),
            mapped as usize,
        );
        o.unmap = i.DxgkCbUnmapMemory.unwrap()(handle, 8 as PVOID);
        o.services = i.DxgkCbQueryServices.unwrap()(handle, DxgkServicesAgp, null_mut());
        o.capture = i.DxgkCbGetCaptureAddress.unwrap()(null_mut());
        o.post_display = i.DxgkCbAcquirePostDisplayOwnership.unwrap()(handle, null_mut());
        let mut present: BOOLEAN = 1;
        o.present = (i.DxgkCbIsDevicePresent.unwrap()(handle, null_mut(), &mut present), present);
        o.stale_handle = i.DxgkCbGetDeviceInformation.unwrap()(0xDEAD_0000usize as HANDLE, null_mut());
        o.null_info = i.DxgkCbGetDeviceInformation.unwrap()(handle, null_mut());
        o.interface = Some((handle, i.DxgkCbGetDeviceInformation));
        drop(guard);
        REFERENCE_START.unwrap()(context, start_info, interface, sources, children)
    }
}

fn observe_start() -> (*mut WDDMSHIM_ADAPTER, Observed) {
    let mut data = wddm_shim::kmd::reference::registration();
    // SAFETY: written under WRAPPER before the adapter that uses them exists.
    unsafe {
        REFERENCE_ADD = data.DxgkDdiAddDevice;
        REFERENCE_START = data.DxgkDdiStartDevice;
    }
    data.DxgkDdiAddDevice = Some(observing_add_device);
    data.DxgkDdiStartDevice = Some(observing_start_device);
    *OBSERVED.lock().unwrap() = None;
    let desc = WDDMSHIM_ADAPTER_DESC { pInitializationData: &data, ..Default::default() };
    let mut adapter = null_mut();
    // SAFETY: a valid description and out-pointer.
    assert_eq!(unsafe { WddmShimCreateAdapter(&desc, &mut adapter) }, S_OK);
    (adapter, OBSERVED.lock().unwrap().take().expect("the KMD started"))
}

#[test]
fn get_device_information_answers_a_complete_device_info() {
    let _one = WRAPPER.lock().unwrap_or_else(|e| e.into_inner());
    let (adapter, o) = observe_start();
    let (other, p) = observe_start();
    assert_eq!(o.get_info_status, STATUS_SUCCESS);
    assert_eq!(o.info_context, o.add_device_context, "the context AddDevice returned");
    assert_ne!(o.info_pdo, 0);
    assert_eq!(o.info_pdo, o.add_device_pdo, "the PDO AddDevice received");
    assert!(o.second_info_same, "stable across calls");
    assert_ne!(o.info_pdo, p.info_pdo, "one physical device object per adapter");
    assert!(
        o.registry_path.starts_with("\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Video\\{")
            && o.registry_path.ends_with("}\\0000"),
        "{}",
        o.registry_path
    );
    assert_ne!(o.registry_path, p.registry_path, "one registry key per adapter");
    assert_eq!(o.registry_lengths.0 as usize, o.registry_path.len() * 2, "Length in bytes");
    assert_eq!(o.registry_lengths.1, o.registry_lengths.0 + 2);
    assert!(o.registry_terminated);
    // CM_RESOURCE_LIST: Count 1; List[0]: InterfaceType PCIBus, BusNumber 0, Version/Revision 1, Count 0.
    assert_eq!(o.resources, [1, 5, 0, 0x0001_0001, 0]);
    // The aperture (256 MiB by default) is backed by system memory: there is at least that much.
    assert!(o.system_memory >= 256 << 20, "{:#x}", o.system_memory);
    assert_eq!(o.highest_address, o.system_memory - 1);
    assert_eq!(o.agp, (0, 0), "no AGP aperture");
    assert_eq!(o.docking, DockStateUnsupported);
    assert_eq!(o.null_info, STATUS_INVALID_PARAMETER);
    assert_eq!(o.stale_handle, STATUS_INVALID_PARAMETER);
    let journal = common::journal_of(adapter, 10_000);
    assert!(
        journal.contains("DxgkCbGetDeviceInformation") && journal.contains(&o.registry_path),
        "{journal}"
    );
    // SAFETY: live adapters, destroyed once.
    unsafe {
        WddmShimDestroyAdapter(adapter);
        WddmShimDestroyAdapter(other);
    }
    let (handle, get_info) = o.interface.unwrap();
    let mut info = std::mem::MaybeUninit::<DXGK_DEVICE_INFO>::zeroed();
    // SAFETY: the callback pointer stays valid (it is the library's); the handle is now stale.
    let status = unsafe { get_info.unwrap()(handle, info.as_mut_ptr()) };
    assert_eq!(status, STATUS_INVALID_PARAMETER, "a destroyed adapter's DeviceHandle does not resolve");
}

#[test]
fn start_up_callbacks_answer_as_for_a_device_without_that_hardware_and_journal_it() {
    let _one = WRAPPER.lock().unwrap_or_else(|e| e.into_inner());
    let (adapter, o) = observe_start();
    assert_eq!(o.read, (STATUS_NOT_SUPPORTED, 0), "no configuration space, 0 bytes read");
    assert_eq!(o.write, (STATUS_NOT_SUPPORTED, 0));
    assert_eq!(o.acpi, STATUS_NOT_SUPPORTED);
    assert_eq!(o.map, (STATUS_INVALID_PARAMETER, 0), "nothing to map; *VirtualAddress NULL");
    assert_eq!(o.unmap, STATUS_INVALID_PARAMETER);
    assert_eq!(o.services, STATUS_NOT_SUPPORTED);
    assert_eq!(o.capture, STATUS_NOT_SUPPORTED);
    assert_eq!(o.post_display, STATUS_NOT_SUPPORTED);
    assert_eq!(o.present, (STATUS_SUCCESS, 0), "no PCI device present");
    let journal = common::journal_of(adapter, 10_000);
    for needle in [
        "DxgkCbReadDeviceSpace",
        "no bus configuration space",
        "DxgkCbEvalAcpiMethod",
        "no ACPI namespace node",
        "DxgkCbMapMemory",
        "DxgkServicesAgp",
        "DxgkCbAcquirePostDisplayOwnership",
        "DxgkCbIsDevicePresent",
    ] {
        assert!(journal.contains(needle), "journal lacks {needle:?}:\n{journal}");
    }
    // SAFETY: a live adapter, destroyed once.
    unsafe { WddmShimDestroyAdapter(adapter) };
}

static DRIVER_ENTRY_PATH: Mutex<Option<String>> = Mutex::new(None);

unsafe extern "C" fn driver_entry(driver: PDRIVER_OBJECT, path: PUNICODE_STRING) -> NTSTATUS {
    // SAFETY: the shim's arguments; the registry path is readable for the call.
    unsafe {
        let path = &*path;
        let units = std::slice::from_raw_parts(path.Buffer, path.Length as usize / 2);
        *DRIVER_ENTRY_PATH.lock().unwrap() = Some(String::from_utf16_lossy(units));
        let mut data = wddm_shim::kmd::reference::registration();
        wddm_shim::ffi::kmd::DxgkInitialize(driver, path as *const _ as PUNICODE_STRING, &mut data)
    }
}

#[test]
fn driver_entry_receives_its_service_registry_path() {
    let desc = WDDMSHIM_ADAPTER_DESC { pfnDriverEntry: Some(driver_entry), ..Default::default() };
    let mut adapter = null_mut();
    // SAFETY: a valid description and out-pointer.
    assert_eq!(unsafe { WddmShimCreateAdapter(&desc, &mut adapter) }, S_OK);
    assert_eq!(
        DRIVER_ENTRY_PATH.lock().unwrap().as_deref(),
        Some("\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Services\\wddmshim")
    );
    // SAFETY: a live adapter, destroyed once.
    unsafe { WddmShimDestroyAdapter(adapter) };
}

/// What the runtime-power test KMD was asked: every query type in order, and the component
/// index each `DXGKQAITYPE_POWERCOMPONENTINFO` carried; and the interface it was given.
#[derive(Default)]
struct PowerObserved {
    queried: Vec<DXGK_QUERYADAPTERINFOTYPE>,
    indices: Vec<UINT>,
    input_sizes: Vec<UINT>,
    interface: Option<DXGKRNL_INTERFACE>,
}

// SAFETY: the interface holds function pointers and an opaque handle, only passed back to the shim.
unsafe impl Send for PowerObserved {}

static POWER: Mutex<Option<PowerObserved>> = Mutex::new(None);
static mut POWER_REFERENCE_QUERY: PDXGKDDI_QUERYADAPTERINFO = None;
static mut POWER_REFERENCE_START: PDXGKDDI_START_DEVICE = None;
/// How many components the test KMD reports.
static mut POWER_COMPONENTS: UINT = 2;

/// The reference KMD's answers, plus `SupportRuntimePowerManagement` and `POWER_COMPONENTS`
/// power components: index 0 a 3-F-state engine on node 0, index 1 a 2-F-state
/// `DXGK_POWER_COMPONENT_OTHER`, any further one a component without F-states (a broken report).
unsafe extern "C" fn power_query_adapter_info(
    context: HANDLE,
    args: *const DXGKARG_QUERYADAPTERINFO,
) -> NTSTATUS {
    // SAFETY: the shim's arguments, valid for the call; the statics are written before the adapter exists.
    unsafe {
        let args = &*args;
        let mut guard = POWER.lock().unwrap();
        let observed = guard.get_or_insert_with(Default::default);
        observed.queried.push(args.Type);
        match args.Type {
            DXGKQAITYPE_NUMPOWERCOMPONENTS => {
                assert_eq!(args.OutputDataSize as usize, std::mem::size_of::<UINT>());
                *(args.pOutputData as *mut UINT) = POWER_COMPONENTS;
                STATUS_SUCCESS
            }
            DXGKQAITYPE_POWERCOMPONENTINFO => {
                assert_eq!(args.OutputDataSize as usize, std::mem::size_of::<DXGK_POWER_RUNTIME_COMPONENT>());
                let index = *(args.pInputData as *const UINT);
                observed.indices.push(index);
                observed.input_sizes.push(args.InputDataSize);
                let out = &mut *(args.pOutputData as *mut DXGK_POWER_RUNTIME_COMPONENT);
                let (kind, states, name): (_, _, &[u8]) = match index {
                    0 => (DXGK_POWER_COMPONENT_ENGINE, 3, b"3D engine"),
                    1 => (DXGK_POWER_COMPONENT_OTHER, 2, b"Display PLL"),
                    _ => (DXGK_POWER_COMPONENT_OTHER, 0, b"no F-states"),
                };
                out.StateCount = states;
                out.ComponentMapping.ComponentType = kind;
                out.ComponentMapping.Anonymous.EngineDesc.NodeIndex = 0;
                out.Flags.Value = DXGK_POWER_COMPONENT_FLAGS::DriverCompletesFStateTransition;
                out.ComponentName[..name.len()].copy_from_slice(name);
                STATUS_SUCCESS
            }
            _ => {
                drop(guard);
                let status = POWER_REFERENCE_QUERY.unwrap()(context, args);
                if args.Type == DXGKQAITYPE_DRIVERCAPS && status >= 0 {
                    (*(args.pOutputData as *mut DXGK_DRIVERCAPS)).SupportRuntimePowerManagement = 1;
                }
                status
            }
        }
    }
}

unsafe extern "C" fn power_start_device(
    context: PVOID,
    start_info: PDXGK_START_INFO,
    interface: PDXGKRNL_INTERFACE,
    sources: PULONG,
    children: PULONG,
) -> NTSTATUS {
    // SAFETY: the shim's arguments, valid for the call.
    unsafe {
        POWER.lock().unwrap().get_or_insert_with(Default::default).interface = Some(*interface);
        POWER_REFERENCE_START.unwrap()(context, start_info, interface, sources, children)
    }
}

/// Starts an adapter whose KMD reports `components` power components.
fn start_power_kmd(components: UINT) -> (HRESULT, *mut WDDMSHIM_ADAPTER, PowerObserved) {
    let mut data = wddm_shim::kmd::reference::registration();
    // SAFETY: written under WRAPPER before the adapter that uses them exists.
    unsafe {
        POWER_REFERENCE_QUERY = data.DxgkDdiQueryAdapterInfo;
        POWER_REFERENCE_START = data.DxgkDdiStartDevice;
        POWER_COMPONENTS = components;
    }
    data.DxgkDdiQueryAdapterInfo = Some(power_query_adapter_info);
    data.DxgkDdiStartDevice = Some(power_start_device);
    *POWER.lock().unwrap() = None;
    let desc = WDDMSHIM_ADAPTER_DESC { pInitializationData: &data, ..Default::default() };
    let mut adapter = null_mut();
    // SAFETY: a valid description and out-pointer.
    let hr = unsafe { WddmShimCreateAdapter(&desc, &mut adapter) };
    (hr, adapter, POWER.lock().unwrap().take().expect("the KMD started"))
}

#[test]
fn a_kmd_with_runtime_power_management_is_asked_for_each_power_component_in_order() {
    let _one = WRAPPER.lock().unwrap_or_else(|e| e.into_inner());
    let (hr, adapter, o) = start_power_kmd(2);
    let journal = common::journal_of(adapter, 10_000);
    assert_eq!(hr, S_OK, "{journal}");
    let power_queries: Vec<_> = o
        .queried
        .iter()
        .copied()
        .filter(|&t| t == DXGKQAITYPE_NUMPOWERCOMPONENTS || t == DXGKQAITYPE_POWERCOMPONENTINFO)
        .collect();
    assert_eq!(
        power_queries,
        [DXGKQAITYPE_NUMPOWERCOMPONENTS, DXGKQAITYPE_POWERCOMPONENTINFO, DXGKQAITYPE_POWERCOMPONENTINFO],
        "the count, then one query per component"
    );
    assert_eq!(o.indices, [0, 1], "each index once, in order");
    assert_eq!(o.input_sizes, [4, 4], "the index is a UINT");
    let caps_at = o.queried.iter().position(|&t| t == DXGKQAITYPE_DRIVERCAPS).unwrap();
    let count_at = o.queried.iter().position(|&t| t == DXGKQAITYPE_NUMPOWERCOMPONENTS).unwrap();
    assert!(caps_at < count_at, "the caps decide whether the components are asked");
    for needle in [
        "the KMD supports runtime power management with 2 power components",
        "power component 0: DXGK_POWER_COMPONENT_ENGINE (EngineDesc.NodeIndex 0), 3 F-states, Flags 0x2, 0 providers, ComponentName \"3D engine\"",
        "power component 1: DXGK_POWER_COMPONENT_OTHER, 2 F-states, Flags 0x2, 0 providers, ComponentName \"Display PLL\"",
    ] {
        assert!(journal.contains(needle), "journal lacks {needle:?}:\n{journal}");
    }
    // SAFETY: a live adapter, destroyed once.
    unsafe { WddmShimDestroyAdapter(adapter) };
}

#[test]
fn a_kmd_without_the_cap_is_not_asked_for_power_components() {
    let (hr, queried, journal) = start_reporting(DXGKDDI_WDDMv2);
    assert_eq!(hr, S_OK, "{journal}");
    assert!(
        !queried.iter().any(|&t| t == DXGKQAITYPE_NUMPOWERCOMPONENTS || t == DXGKQAITYPE_POWERCOMPONENTINFO),
        "{queried:?}"
    );
}

#[test]
fn a_kmd_reporting_a_component_without_f_states_fails_the_start() {
    let _one = WRAPPER.lock().unwrap_or_else(|e| e.into_inner());
    let (hr, adapter, o) = start_power_kmd(3);
    assert_eq!(o.indices, [0, 1, 2], "asked up to the bad component");
    assert_eq!(hr, E_INVALIDARG);
    assert!(adapter.is_null());
}

#[test]
fn the_power_callbacks_count_references_record_tolerances_and_journal_contract_violations() {
    let _one = WRAPPER.lock().unwrap_or_else(|e| e.into_inner());
    let (hr, adapter, o) = start_power_kmd(2);
    assert_eq!(hr, S_OK, "{}", common::journal_of(adapter, 10_000));
    let i = o.interface.unwrap();
    let h = i.DeviceHandle;
    let state = |index| {
        wddm_shim::runtime::device::adapter_by_id(h as usize as u64).unwrap().power.state(index).unwrap()
    };
    // SAFETY: the interface the shim gave the KMD, its DeviceHandle, and valid arguments.
    unsafe {
        let active = i.DxgkCbSetPowerComponentActive.unwrap();
        let idle = i.DxgkCbSetPowerComponentIdle.unwrap();
        active(h, 0);
        active(h, 0);
        assert_eq!(state(0).active, 2, "Active adds a reference");
        idle(h, 0);
        assert_eq!(state(0).active, 1, "Idle takes one away");
        idle(h, 0);
        idle(h, 0);
        assert_eq!(state(0).active, 0, "an Idle below zero changes nothing");
        active(h, 2);
        assert_eq!(state(0).active + state(1).active, 0, "an unreported index changes nothing");
        i.DxgkCbSetPowerComponentLatency.unwrap()(h, 1, 500);
        i.DxgkCbSetPowerComponentResidency.unwrap()(h, 1, 70_000);
        i.DxgkCbSetPowerComponentLatency.unwrap()(h, 0, 9);
        assert_eq!((state(1).latency, state(1).residency), (Some(500), Some(70_000)));
        assert_eq!(state(0).latency, None, "an engine's tolerance is dxgkrnl's to set");

        let mut returned: SIZE_T = 77;
        let mut out = [0u8; 16];
        let status = i.DxgkCbPowerRuntimeControlRequest.unwrap()(
            h,
            &GUID_DXGKDDI_POWER_VOLTAGE_UP,
            null_mut(),
            0,
            out.as_mut_ptr() as PVOID,
            out.len(),
            &mut returned,
        );
        assert_eq!((status, returned), (STATUS_NOT_SUPPORTED, 0), "no power engine plug-in");
        let status =
            i.DxgkCbPowerRuntimeControlRequest.unwrap()(h, null(), null_mut(), 0, null_mut(), 0, null_mut());
        assert_eq!(status, STATUS_INVALID_PARAMETER, "a NULL PowerControlCode");
    }
    let journal = common::journal_of(adapter, 10_000);
    for needle in [
        "DxgkCbSetPowerComponentActive(ComponentIndex 0: 2 active references)",
        "DxgkCbSetPowerComponentIdle(ComponentIndex 0: 0 active references)",
        "contract violation: power component 0 is idle already",
        "contract violation: ComponentIndex 2 is not one of the 2 power components the KMD reported",
        "DxgkCbSetPowerComponentLatency(ComponentIndex 1, Latency 500)",
        "contract violation: DxgkCbSetPowerComponentLatency is for DXGK_POWER_COMPONENT_OTHER components; component 0 is DXGK_POWER_COMPONENT_ENGINE",
        "GUID_DXGKDDI_POWER_VOLTAGE_UP (Data1 0x6131c9ed), InBufferSize 0, OutBufferSize 16: no power engine plug-in",
        "STATUS_NOT_SUPPORTED",
    ] {
        assert!(journal.contains(needle), "journal lacks {needle:?}:\n{journal}");
    }
    // SAFETY: a live adapter, destroyed once.
    unsafe { WddmShimDestroyAdapter(adapter) };
}
