//! The allocation path through the C ABI: pfnAllocateCb / pfnDeallocateCb against the default
//! adapter and against a misbehaving KMD, every refusal rule with its exact code, fault
//! injection, device removal, leak reports, the Dxgk handle callbacks, and a threaded stress.

mod common;

use common::fixture::{Fixture, handle_data};

use std::cell::Cell;
use std::collections::HashSet;
use std::ptr::{null, null_mut};

use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;
use wddm_shim::ffi::dxgk::*;

fn child(resource: D3DKMT_HANDLE, index: u32) -> D3DKMT_HANDLE {
    let args = DXGKARGCB_ENUMHANDLECHILDREN { hObject: resource, Index: index };
    // SAFETY: valid argument structure.
    unsafe { DxgkCbEnumHandleChildren(&args) }
}

// ---- success paths ----------------------------------------------------------------------------

#[test]
fn device_owned_allocations_resolve_and_free() {
    let f = Fixture::new();
    let handles = f.allocate(0, 3);
    assert_eq!(f.stats().LiveAllocations, 3);
    for &h in &handles {
        assert!(!handle_data(h, DXGK_HANDLE_ALLOCATION).is_null());
        assert_eq!(DxgkCbGetHandleParent(h), 0);
    }
    assert_eq!(f.deallocate(0, &handles), S_OK);
    assert_eq!(f.stats().LiveAllocations, 0);
    for &h in &handles {
        assert!(handle_data(h, DXGK_HANDLE_ALLOCATION).is_null(), "freed handles resolve to nothing");
    }
    let needle = format!("{:#010x} is stale: its allocation was freed at #", handles[0]);
    assert!(f.journal().contains(&needle), "journal lacks {needle:?}");
}

#[test]
fn a_resource_gathers_allocations_in_order_and_keeps_its_kernel_handle() {
    let f = Fixture::new();
    let mut first = vec![D3DDDI_ALLOCATIONINFO::default(); 2];
    let (hr, km_resource) = f.allocate_on(f.device, 0x100, &mut first);
    assert_eq!(hr, S_OK);
    assert_ne!(km_resource, 0);
    let mut more = vec![D3DDDI_ALLOCATIONINFO::default(); 1];
    let (hr, again) = f.allocate_on(f.device, 0x100, &mut more);
    assert_eq!(hr, S_OK);
    assert_eq!(again, km_resource, "adding to a resource returns the same hKMResource");
    let expected = [first[0].hAllocation, first[1].hAllocation, more[0].hAllocation];
    for (index, &h) in expected.iter().enumerate() {
        assert_eq!(child(km_resource, index as u32), h);
        assert_eq!(DxgkCbGetHandleParent(h), km_resource);
    }
    assert_eq!(child(km_resource, 3), 0);
    assert!(!handle_data(km_resource, DXGK_HANDLE_RESOURCE).is_null());
    // Wrong type: a resource handle is not an allocation.
    assert!(handle_data(km_resource, DXGK_HANDLE_ALLOCATION).is_null());

    // Freeing every allocation one by one leaves the (empty) resource.
    assert_eq!(f.deallocate(0, &expected), S_OK);
    assert_eq!(f.stats().LiveResources, 1);
    assert_eq!(child(km_resource, 0), 0);
    // Deallocating the resource itself (the list is then ignored) releases it.
    assert_eq!(f.deallocate(0x100, &[0xDEAD_BEEF]), S_OK);
    assert_eq!(f.stats().LiveResources, 0);
    assert!(handle_data(km_resource, DXGK_HANDLE_RESOURCE).is_null());
}

#[test]
fn vidpn_source_id_on_a_non_primary_is_ignored() {
    let f = Fixture::new();
    let mut infos = [D3DDDI_ALLOCATIONINFO { VidPnSourceId: 7, ..Default::default() }];
    assert_eq!(f.allocate_on(f.device, 0, &mut infos).0, S_OK);
}

#[test]
fn an_empty_deallocation_succeeds() {
    let f = Fixture::new();
    assert_eq!(f.deallocate(0, &[]), S_OK);
}

// ---- refusals: exact codes, nothing changed -----------------------------------------------------

fn assert_refused(f: &Fixture, expected: HRESULT, what: &str, call: impl FnOnce() -> HRESULT) {
    let before = f.stats();
    let hr = call();
    assert_eq!(hr, expected, "{what}: got {hr:#x}");
    assert_eq!(f.stats(), before, "{what}: the refusal changed the adapter's objects");
}

#[test]
fn allocate_refuses_bad_input_with_e_invalidarg() {
    let f = Fixture::new();
    let cb = f.callbacks.pfnAllocateCb.unwrap();
    let _keep = f.allocate(0, 1); // something alive, so "unchanged" means something

    assert_refused(&f, E_INVALIDARG, "NULL pData", || unsafe { cb(f.device, null_mut()) });
    assert_refused(&f, E_INVALIDARG, "unknown device", || {
        let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
        f.allocate_on(0x4321_0040 as HANDLE, 0, &mut infos).0
    });
    assert_refused(&f, E_INVALIDARG, "NumAllocations 0", || f.allocate_on(f.device, 0, &mut []).0);
    assert_refused(&f, E_INVALIDARG, "NumAllocations 1025", || {
        let mut infos = vec![D3DDDI_ALLOCATIONINFO::default(); 1025];
        f.allocate_on(f.device, 0, &mut infos).0
    });
    assert_refused(&f, E_INVALIDARG, "NULL allocation array", || {
        let mut args = D3DDDICB_ALLOCATE { NumAllocations: 1, ..Default::default() };
        unsafe { cb(f.device, &mut args) }
    });
    assert_refused(&f, E_INVALIDARG, "private data size with NULL pointer", || {
        let mut infos = [D3DDDI_ALLOCATIONINFO { PrivateDriverDataSize: 16, ..Default::default() }];
        f.allocate_on(f.device, 0, &mut infos).0
    });
    assert_refused(&f, E_INVALIDARG, "resource private data size with NULL pointer", || {
        let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
        let mut args =
            D3DDDICB_ALLOCATE { NumAllocations: 1, PrivateDriverDataSize: 8, ..Default::default() };
        args.Anonymous.pAllocationInfo = infos.as_mut_ptr();
        unsafe { cb(f.device, &mut args) }
    });
    assert_refused(&f, E_INVALIDARG, "private data above the limit", || {
        let mut big = vec![0u8; WDDMSHIM_MAX_PRIVATE_DRIVER_DATA_SIZE as usize + 1];
        let mut infos = [D3DDDI_ALLOCATIONINFO {
            pPrivateDriverData: big.as_mut_ptr() as PVOID,
            PrivateDriverDataSize: big.len() as UINT,
            ..Default::default()
        }];
        f.allocate_on(f.device, 0, &mut infos).0
    });
    assert_refused(&f, E_INVALIDARG, "primary on a source that does not exist", || {
        let mut infos = [D3DDDI_ALLOCATIONINFO {
            VidPnSourceId: 1,
            Flags: D3DDDI_ALLOCATIONINFO_FLAGS { Value: D3DDDI_ALLOCATIONINFO_FLAGS::Primary },
            ..Default::default()
        }];
        f.allocate_on(f.device, 0, &mut infos).0
    });
    let journal = f.journal();
    for reason in
        ["pData is NULL", "NumAllocations is 0", "is NULL but", "above the limit", "VidPnSourceId 1"]
    {
        assert!(journal.contains(reason), "journal lacks {reason:?}:\n{journal}");
    }
}

#[test]
fn a_destroyed_device_is_refused_everywhere() {
    let mut f = Fixture::new();
    let second = f.new_device();
    let handles = f.allocate(0, 1);
    // SAFETY: a live device of this fixture.
    assert_eq!(unsafe { WddmShimDestroyDevice(second) }, S_OK);
    assert_eq!(unsafe { WddmShimDestroyDevice(second) }, E_INVALIDARG);
    let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
    assert_eq!(f.allocate_on(second, 0, &mut infos).0, E_INVALIDARG);
    assert_eq!(f.deallocate_on(second, 0, &handles), E_INVALIDARG);
    let needle = format!("{:#010x} is stale: its device was freed at #", second as usize as u32);
    assert!(f.journal().contains(&needle), "journal lacks {needle:?}");
}

#[test]
fn deallocate_refuses_unknown_stale_duplicated_and_foreign_handles_and_frees_nothing() {
    let mut f = Fixture::new();
    let mine = f.allocate(0, 2);
    let other_device = f.new_device();
    let mut theirs = [D3DDDI_ALLOCATIONINFO::default()];
    assert_eq!(f.allocate_on(other_device, 0, &mut theirs).0, S_OK);
    let stale = f.allocate(0, 1);
    assert_eq!(f.deallocate(0, &stale), S_OK);

    for (what, list) in [
        ("unknown", vec![mine[0], 0x7FFF_FFC0]),
        ("stale", vec![mine[0], stale[0]]),
        ("duplicated", vec![mine[0], mine[0]]),
        ("other device's", vec![mine[0], theirs[0].hAllocation]),
        ("zero", vec![0]),
    ] {
        assert_refused(&f, E_INVALIDARG, what, || f.deallocate(0, &list));
        assert!(!handle_data(mine[0], DXGK_HANDLE_ALLOCATION).is_null(), "{what}: freed something");
    }
    assert_refused(&f, E_INVALIDARG, "unknown hResource", || f.deallocate(0x999, &[]));
    assert_eq!(f.deallocate_on(other_device, 0, &[theirs[0].hAllocation]), S_OK);
    // SAFETY: live device.
    unsafe { WddmShimDestroyDevice(other_device) };
}

// ---- KMD statuses, faults, removal -------------------------------------------------------------

#[test]
fn kmd_statuses_map_to_documented_hresults_and_change_nothing() {
    let f = Fixture::new();
    for (status, expected) in [
        (STATUS_NO_MEMORY, E_OUTOFMEMORY),
        (STATUS_GRAPHICS_NO_VIDEO_MEMORY, D3DERR_OUTOFVIDEOMEMORY),
        (STATUS_INVALID_PARAMETER, E_INVALIDARG),
        (STATUS_GRAPHICS_DRIVER_MISMATCH, E_INVALIDARG),
    ] {
        f.inject("DxgkDdiCreateAllocation", null_mut(), 1, false, status);
        assert_refused(&f, expected, "injected CreateAllocation status", || {
            let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
            f.allocate_on(f.device, 0x55, &mut infos).0
        });
    }
    // A failing OpenAllocation is undone too (the KMD's DestroyAllocation runs).
    f.inject("DxgkDdiOpenAllocation", null_mut(), 1, false, STATUS_NO_MEMORY);
    assert_refused(&f, E_OUTOFMEMORY, "injected OpenAllocation status", || {
        let mut infos = [D3DDDI_ALLOCATIONINFO::default(); 2];
        f.allocate_on(f.device, 0x56, &mut infos).0
    });
    let journal = f.journal();
    let has_line = |name: &str, result: &str| journal.lines().any(|l| l.contains(name) && l.contains(result));
    assert!(has_line("DxgkDdiOpenAllocation(", "-> STATUS_NO_MEMORY: injected failure"), "{journal}");
    assert!(has_line("DxgkDdiDestroyAllocation(NumAllocations 2", "-> STATUS_SUCCESS"), "{journal}");
    // Afterwards the same requests succeed: nothing was left half-made.
    let mut infos = [D3DDDI_ALLOCATIONINFO::default(); 2];
    assert_eq!(f.allocate_on(f.device, 0x56, &mut infos).0, S_OK);
}

#[test]
fn the_nth_callback_fails_with_the_chosen_code() {
    let f = Fixture::new();
    f.inject("pfnAllocateCb", f.device, 2, false, D3DERR_OUTOFVIDEOMEMORY);
    let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
    assert_eq!(f.allocate_on(f.device, 0, &mut infos).0, S_OK);
    assert_refused(&f, D3DERR_OUTOFVIDEOMEMORY, "second call", || f.allocate_on(f.device, 0, &mut infos).0);
    assert_eq!(f.allocate_on(f.device, 0, &mut infos).0, S_OK);

    f.inject("pfnDeallocateCb", null_mut(), 1, true, E_OUTOFMEMORY);
    let handles = f.allocate(0, 1);
    assert_refused(&f, E_OUTOFMEMORY, "repeating fault", || f.deallocate(0, &handles));
    assert_refused(&f, E_OUTOFMEMORY, "repeating fault again", || f.deallocate(0, &handles));
    // SAFETY: live adapter.
    assert_eq!(unsafe { WddmShimClearFaults(f.adapter) }, S_OK);
    assert_eq!(f.deallocate(0, &handles), S_OK);
}

#[test]
fn a_removed_device_refuses_work_but_still_cleans_up() {
    let f = Fixture::new();
    let handles = f.allocate(0, 2);
    // SAFETY: live adapter and device.
    assert_eq!(unsafe { WddmShimRemoveDevice(f.adapter, f.device, WDDMSHIM_REMOVAL_TDR) }, S_OK);
    assert_refused(&f, D3DDDIERR_DEVICEREMOVED, "allocate after TDR", || {
        let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
        f.allocate_on(f.device, 0, &mut infos).0
    });
    assert_eq!(f.deallocate(0, &handles), S_OK);
    assert!(f.journal().contains("was removed (a simulated TDR)"));
    assert_eq!(unsafe { WddmShimRemoveDevice(f.adapter, f.device, 99) }, E_INVALIDARG);
}

#[test]
fn a_removed_adapter_refuses_new_devices() {
    let mut f = Fixture::new();
    // SAFETY: live adapter.
    assert_eq!(unsafe { WddmShimRemoveDevice(f.adapter, null_mut(), WDDMSHIM_REMOVAL_PNP_STOP) }, S_OK);
    let mut device = null_mut();
    let hr = unsafe { WddmShimCreateDevice(f.adapter, null(), &mut device, &mut f.callbacks) };
    assert_eq!(hr, D3DDDIERR_DEVICEREMOVED);
    let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
    assert_eq!(f.allocate_on(f.device, 0, &mut infos).0, D3DDDIERR_DEVICEREMOVED);
}

#[test]
fn device_destruction_reclaims_and_reports_what_the_umd_left() {
    let mut f = Fixture::new();
    let leaky = f.new_device();
    let mut infos = [D3DDDI_ALLOCATIONINFO::default(); 2];
    assert_eq!(f.allocate_on(leaky, 0x77, &mut infos).0, S_OK);
    let mut single = [D3DDDI_ALLOCATIONINFO::default()];
    assert_eq!(f.allocate_on(leaky, 0, &mut single).0, S_OK);
    // SAFETY: live device.
    assert_eq!(unsafe { WddmShimDestroyDevice(leaky) }, S_OK);
    let stats = f.stats();
    assert_eq!((stats.ReclaimedResources, stats.ReclaimedAllocations), (1, 3));
    assert_eq!(stats.LiveAllocations, 0);
    assert!(f.journal().contains("still allocated (reclaimed; information, not a leak"));
    for info in infos.iter().chain(&single) {
        assert!(handle_data(info.hAllocation, DXGK_HANDLE_ALLOCATION).is_null());
    }
}

#[test]
fn acquired_handle_data_outlives_deallocation_until_released() {
    let f = Fixture::new();
    let handles = f.allocate(0, 1);
    let query = DXGKARGCB_GETHANDLEDATA {
        hObject: handles[0],
        Type: DXGK_HANDLE_ALLOCATION,
        Flags: DXGKCB_GETHANDLEDATAFLAGS::default(),
    };
    let mut token: DXGKARG_RELEASE_HANDLE = null_mut();
    // SAFETY: valid argument and out-parameter.
    let held = unsafe { DxgkCbAcquireHandleData(&query, &mut token) };
    assert!(!held.is_null());
    assert_eq!(held, handle_data(handles[0], DXGK_HANDLE_ALLOCATION));
    let destroys = |f: &Fixture| f.journal().matches("DxgkDdiDestroyAllocation(").count();
    let before = destroys(&f);
    assert_eq!(f.deallocate(0, &handles), S_OK);
    assert_eq!(f.stats().LiveAllocations, 0);
    assert!(handle_data(handles[0], DXGK_HANDLE_ALLOCATION).is_null(), "the handle is gone at once");
    assert_eq!(destroys(&f), before, "the KMD's allocation was destroyed while its data was held");
    DxgkCbReleaseHandleData(DXGKARGCB_RELEASEHANDLEDATA {
        ReleaseHandle: token,
        Type: DXGK_HANDLE_ALLOCATION,
    });
    assert_eq!(destroys(&f), before + 1, "the last release destroys it");
    // A second release of the same token is refused (journaled, with no adapter to name) and
    // destroys nothing more.
    DxgkCbReleaseHandleData(DXGKARGCB_RELEASEHANDLEDATA {
        ReleaseHandle: token,
        Type: DXGK_HANDLE_ALLOCATION,
    });
    assert_eq!(destroys(&f), before + 1);
}

#[test]
fn wddm2_umds_allocate_through_allocation_info2() {
    let mut f = Fixture::new();
    let desc = WDDMSHIM_DEVICE_DESC {
        Version: WDDMSHIM_DESC_VERSION,
        UmdInterfaceVersion: D3D_UMD_INTERFACE_VERSION_WDDM2_0,
        CallbacksSize: 0,
        UseAllocationInfo2: 1,
    };
    let mut device = null_mut();
    // SAFETY: live adapter; the fixture's table is a full D3DDDI_DEVICECALLBACKS.
    assert_eq!(unsafe { WddmShimCreateDevice(f.adapter, &desc, &mut device, &mut f.callbacks) }, S_OK);
    let mut private = *b"per-allocation data";
    let mut infos = [D3DDDI_ALLOCATIONINFO2 {
        pPrivateDriverData: private.as_mut_ptr() as *mut _,
        PrivateDriverDataSize: private.len() as UINT,
        ..Default::default()
    }; 2];
    let mut args = D3DDDICB_ALLOCATE { NumAllocations: 2, ..Default::default() };
    args.Anonymous.pAllocationInfo2 = infos.as_mut_ptr();
    // SAFETY: the callback table came from WddmShimCreateDevice; args point to live data.
    assert_eq!(unsafe { f.callbacks.pfnAllocateCb.unwrap()(device, &mut args) }, S_OK);
    for info in &infos {
        assert!(!handle_data(info.hAllocation, DXGK_HANDLE_ALLOCATION).is_null());
    }
    assert_ne!(infos[0].hAllocation, infos[1].hAllocation);
    let handles = [infos[0].hAllocation, infos[1].hAllocation];
    assert_eq!(f.deallocate_on(device, 0, &handles), S_OK);
    // SAFETY: live device.
    assert_eq!(unsafe { WddmShimDestroyDevice(device) }, S_OK);
}

// ---- the callback table -------------------------------------------------------------------------

#[test]
fn the_callback_table_stops_where_the_umd_interface_ends() {
    let f = Fixture::new();
    // A Win7 UMD's table is 22 entries; the shim must not write the 23rd.
    let mut table = [0xA5u8; 600];
    let desc = WDDMSHIM_DEVICE_DESC {
        Version: WDDMSHIM_DESC_VERSION,
        UmdInterfaceVersion: D3D_UMD_INTERFACE_VERSION_WIN7,
        CallbacksSize: 0,
        UseAllocationInfo2: 0,
    };
    let mut device = null_mut();
    // SAFETY: `table` is larger than any callback table.
    let hr = unsafe {
        WddmShimCreateDevice(f.adapter, &desc, &mut device, table.as_mut_ptr() as *mut D3DDDI_DEVICECALLBACKS)
    };
    assert_eq!(hr, S_OK);
    assert!(table[..176].iter().any(|&b| b != 0xA5));
    assert!(table[176..].iter().all(|&b| b == 0xA5), "wrote past the Win7 table");
    // Every member that exists is non-NULL; unmodelled ones answer E_NOTIMPL.
    let words: Vec<usize> =
        table[..176].chunks(8).map(|c| usize::from_ne_bytes(c.try_into().unwrap())).collect();
    assert!(words.iter().all(|&w| w != 0));
    // SAFETY: bytes 32..40 are pfnSetDisplayModeCb, written by the shim as a whole function pointer.
    let set_display_mode =
        unsafe { (table.as_ptr().add(32) as *const PFND3DDDI_SETDISPLAYMODECB).read_unaligned() }.unwrap();
    assert_eq!(unsafe { set_display_mode(device, null_mut()) }, E_NOTIMPL);
    assert!(
        f.journal().contains("pfnSetDisplayModeCb -> E_NOTIMPL: pfnSetDisplayModeCb is not modelled yet")
    );
    // SAFETY: a live device of this test.
    unsafe { WddmShimDestroyDevice(device) };
}

// ---- KMD output validation (a KMD that misbehaves on request) ---------------------------------

thread_local! {
    static BREAK: Cell<u32> = const { Cell::new(0) };
}

static mut REFERENCE_CREATE: PDXGKDDI_CREATEALLOCATION = None;

unsafe extern "C" fn breaking_create_allocation(
    adapter: HANDLE,
    args: *mut DXGKARG_CREATEALLOCATION,
) -> NTSTATUS {
    // SAFETY: set before any adapter with this KMD exists; the reference DDI with our arguments.
    let status = unsafe { REFERENCE_CREATE.unwrap()(adapter, args) };
    let info = unsafe { &mut *(*args).pAllocationInfo };
    match BREAK.with(Cell::get) {
        1 => info.Alignment = 3,
        2 => info.Size = 0,
        4 => info.EvictionSegmentSet = 0x1, // a non-aperture segment
        5 => info.PreferredSegment = D3DDDI_SEGMENTPREFERENCE { Value: 2 }, // not in the set below
        6 => unsafe { info.Anonymous2.Flags.Value |= DXGK_ALLOCATIONINFOFLAGS::PermanentSysMem },
        7 => info.AllocationPriority = 0,
        _ => {}
    }
    if BREAK.with(Cell::get) == 5 {
        info.SupportedWriteSegmentSet = 0x1;
    }
    status
}

#[test]
fn invalid_kmd_output_is_refused_and_the_kmd_cleans_up() {
    let mut data = wddm_shim::kmd::reference::registration();
    // SAFETY: written once, before use, from this test only.
    unsafe { REFERENCE_CREATE = data.DxgkDdiCreateAllocation };
    data.DxgkDdiCreateAllocation = Some(breaking_create_allocation);
    let desc = WDDMSHIM_ADAPTER_DESC { pInitializationData: &data, ..Default::default() };
    let f = Fixture::with_desc(Some(&desc));
    for (mode, primary, needle) in [
        (1, false, "Alignment 3 is not a power of two"),
        (2, false, "Size is 0"),
        (4, false, "names non-aperture segments"),
        (5, false, "preferred segment 2 is not in the supported set"),
        (6, true, "a primary may not set"),
        (7, false, "AllocationPriority is 0"),
    ] {
        BREAK.with(|b| b.set(mode));
        let mut infos = [D3DDDI_ALLOCATIONINFO {
            Flags: D3DDDI_ALLOCATIONINFO_FLAGS {
                Value: if primary { D3DDDI_ALLOCATIONINFO_FLAGS::Primary } else { 0 },
            },
            ..Default::default()
        }];
        assert_refused(&f, E_INVALIDARG, needle, || f.allocate_on(f.device, 0, &mut infos).0);
        assert!(f.journal().contains(needle), "journal lacks {needle:?}");
        assert_eq!(infos[0].hAllocation, 0, "nothing written on failure");
    }
    BREAK.with(|b| b.set(0));
    assert_eq!(f.allocate(0, 1).len(), 1);
}

// ---- DxgkDdiDestroyAllocation as the KMD sees it (a recording KMD) -----------------------------

/// One `DxgkDdiDestroyAllocation` as the recording KMD received it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Destroyed {
    allocations: u32,
    resource: usize,
    destroy_resource: bool,
}

thread_local! {
    static DESTROYED: std::cell::RefCell<Vec<Destroyed>> = const { std::cell::RefCell::new(Vec::new()) };
    /// When set, the recording KMD renames the resource handle at every DestroyAllocation that
    /// keeps the resource, as the DDI's remarks allow: the new value is the old one plus this.
    static RENAME_BY: Cell<usize> = const { Cell::new(0) };
    /// Renamed value -> the reference KMD's own handle.
    static RENAMED: std::cell::RefCell<Vec<(usize, usize)>> = const { std::cell::RefCell::new(Vec::new()) };
}

static mut REFERENCE_DESTROY: PDXGKDDI_DESTROYALLOCATION = None;

unsafe extern "C" fn recording_destroy_allocation(
    adapter: HANDLE,
    args: *const DXGKARG_DESTROYALLOCATION,
) -> NTSTATUS {
    // SAFETY: the shim's argument, valid for the call.
    let seen = unsafe { *args };
    let destroy_resource = seen.Flags.Value & DXGK_DESTROYALLOCATIONFLAGS::DestroyResource != 0;
    DESTROYED.with(|d| {
        d.borrow_mut().push(Destroyed {
            allocations: seen.NumAllocations,
            resource: seen.hResource as usize,
            destroy_resource,
        })
    });
    let own = RENAMED.with(|r| {
        r.borrow().iter().find(|(renamed, _)| *renamed == seen.hResource as usize).map(|&(_, own)| own)
    });
    let mut forwarded = seen;
    if let Some(own) = own {
        forwarded.hResource = own as HANDLE;
    }
    // SAFETY: set before any adapter with this KMD exists; the reference DDI with its own handles.
    let status = unsafe { REFERENCE_DESTROY.unwrap()(adapter, &forwarded) };
    let by = RENAME_BY.with(Cell::get);
    if by != 0 && !destroy_resource && !seen.hResource.is_null() {
        let own = own.unwrap_or(seen.hResource as usize);
        let renamed = seen.hResource as usize + by;
        RENAMED.with(|r| r.borrow_mut().push((renamed, own)));
        // SAFETY: the DDI's remarks let the KMD change hResource when the resource stays; the
        // shim passes memory it owns and reads the field back.
        unsafe { (*(args as *mut DXGKARG_DESTROYALLOCATION)).hResource = renamed as HANDLE };
    }
    status
}

fn recording_fixture() -> Fixture {
    let mut data = wddm_shim::kmd::reference::registration();
    // SAFETY: every test writes the same value, before an adapter with this KMD exists.
    unsafe { REFERENCE_DESTROY = data.DxgkDdiDestroyAllocation };
    data.DxgkDdiDestroyAllocation = Some(recording_destroy_allocation);
    let desc = WDDMSHIM_ADAPTER_DESC { pInitializationData: &data, ..Default::default() };
    Fixture::with_desc(Some(&desc))
}

fn destroyed() -> Vec<Destroyed> {
    DESTROYED.with(|d| std::mem::take(&mut *d.borrow_mut()))
}

#[test]
fn a_resource_handle_the_kmd_changes_at_destroy_allocation_is_the_one_used_afterwards() {
    let f = recording_fixture();
    RENAME_BY.with(|r| r.set(0x10));
    let mut infos = [D3DDDI_ALLOCATIONINFO::default(); 3];
    let (hr, km_resource) = f.allocate_on(f.device, 0x88, &mut infos);
    assert_eq!(hr, S_OK);
    let original = handle_data(km_resource, DXGK_HANDLE_RESOURCE) as usize;
    assert_ne!(original, 0);
    destroyed();
    // Free one allocation: the resource stays, and the KMD renames it.
    assert_eq!(f.deallocate(0, &[infos[0].hAllocation]), S_OK);
    assert_eq!(destroyed(), [Destroyed { allocations: 1, resource: original, destroy_resource: false }]);
    let renamed = handle_data(km_resource, DXGK_HANDLE_RESOURCE) as usize;
    assert_eq!(renamed, original + 0x10, "DxgkCbGetHandleData answers the KMD's new value");
    // And again: the second DestroyAllocation passes the first new value.
    assert_eq!(f.deallocate(0, &[infos[1].hAllocation]), S_OK);
    assert_eq!(destroyed(), [Destroyed { allocations: 1, resource: renamed, destroy_resource: false }]);
    let renamed_twice = handle_data(km_resource, DXGK_HANDLE_RESOURCE) as usize;
    assert_eq!(renamed_twice, renamed + 0x10);
    // The final destruction of the resource passes the latest value.
    assert_eq!(f.deallocate(0x88, &[]), S_OK);
    assert_eq!(destroyed(), [Destroyed { allocations: 1, resource: renamed_twice, destroy_resource: true }]);
    RENAME_BY.with(|r| r.set(0));
    RENAMED.with(|r| r.borrow_mut().clear());
}

#[test]
fn a_resource_freed_while_the_kmd_holds_one_of_its_allocations_is_destroyed_with_the_last_hold() {
    let f = recording_fixture();
    let mut infos = [D3DDDI_ALLOCATIONINFO::default(); 3];
    let (hr, km_resource) = f.allocate_on(f.device, 0x89, &mut infos);
    assert_eq!(hr, S_OK);
    let kmd_resource = handle_data(km_resource, DXGK_HANDLE_RESOURCE) as usize;
    let acquire = |handle| {
        let query = DXGKARGCB_GETHANDLEDATA {
            hObject: handle,
            Type: DXGK_HANDLE_ALLOCATION,
            Flags: DXGKCB_GETHANDLEDATAFLAGS::default(),
        };
        let mut token: DXGKARG_RELEASE_HANDLE = null_mut();
        // SAFETY: valid argument and out-parameter.
        assert!(!unsafe { DxgkCbAcquireHandleData(&query, &mut token) }.is_null());
        token
    };
    let release = |token| {
        DxgkCbReleaseHandleData(DXGKARGCB_RELEASEHANDLEDATA {
            ReleaseHandle: token,
            Type: DXGK_HANDLE_ALLOCATION,
        })
    };
    let first = acquire(infos[1].hAllocation);
    let second = acquire(infos[2].hAllocation);
    let again = acquire(infos[2].hAllocation);
    destroyed();
    assert_eq!(f.deallocate(0x89, &[]), S_OK);
    assert_eq!(
        destroyed(),
        [Destroyed { allocations: 1, resource: kmd_resource, destroy_resource: false }],
        "only the unheld allocation goes; the resource waits for the held ones"
    );
    assert!(handle_data(km_resource, DXGK_HANDLE_RESOURCE).is_null(), "the UMD's handles are gone at once");
    release(second);
    assert_eq!(destroyed(), [], "one of two holds on the allocation released");
    release(first);
    assert_eq!(destroyed(), [Destroyed { allocations: 1, resource: kmd_resource, destroy_resource: false }]);
    release(again);
    assert_eq!(
        destroyed(),
        [Destroyed { allocations: 1, resource: kmd_resource, destroy_resource: true }],
        "the last held allocation takes its resource with it"
    );
    assert_eq!(f.stats().LiveAllocations, 0);
}

#[test]
fn device_destruction_destroys_a_resource_whole_and_device_owned_allocations_one_per_call() {
    let mut f = recording_fixture();
    let device = f.new_device();
    let mut owned = [D3DDDI_ALLOCATIONINFO::default(); 3];
    assert_eq!(f.allocate_on(device, 0, &mut owned).0, S_OK);
    let mut children = [D3DDDI_ALLOCATIONINFO::default(); 2];
    let (hr, km_resource) = f.allocate_on(device, 0x8a, &mut children);
    assert_eq!(hr, S_OK);
    let kmd_resource = handle_data(km_resource, DXGK_HANDLE_RESOURCE) as usize;
    destroyed();
    // SAFETY: a live device of this fixture.
    assert_eq!(unsafe { WddmShimDestroyDevice(device) }, S_OK);
    let one = Destroyed { allocations: 1, resource: 0, destroy_resource: false };
    assert_eq!(
        destroyed(),
        [Destroyed { allocations: 2, resource: kmd_resource, destroy_resource: true }, one, one, one]
    );
    assert_eq!((f.stats().ReclaimedResources, f.stats().ReclaimedAllocations), (1, 5));
}

// ---- DriverEntry ---------------------------------------------------------------------------------

/// A DriverEntry that, like some miniports, sets `DriverObject->DriverUnload` (offset 0x68 of the
/// WDK's 0x150-byte x64 `DRIVER_OBJECT`) before it calls `DxgkInitialize`, after checking that
/// the whole object it was given is there and zeroed.
unsafe extern "C" fn driver_entry_touching_the_driver_object(
    driver: PDRIVER_OBJECT,
    registry_path: PUNICODE_STRING,
) -> NTSTATUS {
    // SAFETY: a DriverEntry may read and write its whole DRIVER_OBJECT.
    unsafe {
        let bytes = std::slice::from_raw_parts(driver.cast::<u8>(), 0x150);
        if bytes.iter().any(|&b| b != 0) {
            return STATUS_UNSUCCESSFUL;
        }
        driver.cast::<u8>().add(0x68).cast::<usize>().write_unaligned(0x1234);
        let mut data = wddm_shim::kmd::reference::registration();
        wddm_shim::ffi::kmd::DxgkInitialize(driver, registry_path, &mut data)
    }
}

#[test]
fn a_driver_entry_may_use_its_whole_driver_object() {
    let desc = WDDMSHIM_ADAPTER_DESC {
        pfnDriverEntry: Some(driver_entry_touching_the_driver_object),
        ..Default::default()
    };
    let f = Fixture::with_desc(Some(&desc));
    assert_eq!(f.allocate(0, 1).len(), 1);
}

// ---- threads -------------------------------------------------------------------------------------

/// Random allocate / free / lookup on `device`; every live handle of every thread is in `all_live`,
/// so a handle given twice, or lost, fails the test.
fn churn(
    f: &Fixture,
    device: usize,
    iterations: usize,
    seed: u64,
    all_live: &std::sync::Mutex<HashSet<D3DKMT_HANDLE>>,
) {
    let device = device as HANDLE;
    let mut live: Vec<D3DKMT_HANDLE> = Vec::new();
    let mut state = seed;
    for _ in 0..iterations {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        match (state >> 33) % 3 {
            0 | 1 if live.len() < 64 => {
                let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
                assert_eq!(f.allocate_on(device, 0, &mut infos).0, S_OK);
                let h = infos[0].hAllocation;
                assert!(all_live.lock().unwrap().insert(h), "handle {h:#x} given twice while live");
                live.push(h);
            }
            2 if !live.is_empty() => {
                let h = live.swap_remove((state as usize) % live.len());
                assert!(!handle_data(h, DXGK_HANDLE_ALLOCATION).is_null(), "lost {h:#x}");
                assert!(all_live.lock().unwrap().remove(&h));
                assert_eq!(f.deallocate_on(device, 0, &[h]), S_OK);
            }
            _ => {
                if let Some(&h) = live.first() {
                    assert!(!handle_data(h, DXGK_HANDLE_ALLOCATION).is_null());
                }
            }
        }
    }
    assert_eq!(f.deallocate_on(device, 0, &live), S_OK);
    let mut all = all_live.lock().unwrap();
    for h in &live {
        assert!(all.remove(h));
    }
}

#[test]
fn threads_allocate_and_free_on_one_device_and_on_many() {
    // Miri interprets every step (and checks each for data races); a few dozen per thread
    // still interleave the three in many ways.
    let iterations = if cfg!(miri) { 40 } else { 100_000 };
    let mut f = Fixture::new();
    let second = f.new_device() as usize;
    let first = f.device as usize;
    let f = &f;
    let all_live = &std::sync::Mutex::new(HashSet::new());
    std::thread::scope(|scope| {
        let shared: Vec<_> =
            (0..2).map(|t| scope.spawn(move || churn(f, first, iterations, t + 1, all_live))).collect();
        let separate = scope.spawn(move || churn(f, second, iterations, 99, all_live));
        for handle in shared {
            handle.join().unwrap();
        }
        separate.join().unwrap();
    });
    assert_eq!(f.stats().LiveAllocations, 0);
    // SAFETY: live device.
    unsafe { WddmShimDestroyDevice(second as HANDLE) };
}
