//! The dxgkrnl side a KMD built for Windows expects at start-up: the segment query of the driver
//! model it reports, and the `DXGKRNL_INTERFACE` start-up callbacks.

#![allow(non_snake_case)]

mod common;

use std::ptr::{null, null_mut};
use std::sync::Mutex;

use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;
use wddm_shim::ffi::types::*;
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
