//! Standard allocations (`WddmShimCreateStandardAllocation`): the flow dxgkrnl runs for the OS's
//! own surfaces, `DxgkDdiGetStandardAllocationDriverData` (size query, then fill),
//! `DxgkDdiCreateAllocation`, VidMm placement, a handle, and `DxgkDdiDescribeAllocation` for a
//! shared primary; every failure on the way leaves nothing behind.
//!
//! The KMD is the reference KMD behind a recording wrapper: it sees what the shim passes, and a
//! test may make it fail or misdescribe.

#![allow(non_snake_case)]

mod common;

use std::ptr::{null, null_mut};
use std::sync::{Mutex, MutexGuard};

use common::fixture::{Fixture, handle_data};
use common::{entry_name, journal_entries_of, journal_of};
use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;
use wddm_shim::ffi::journal::WDDMSHIM_JOURNAL_ENTRY;
use wddm_shim::ffi::standard::*;
use wddm_shim::ffi::video_memory::*;

/// What the wrapper saw, and how it misbehaves.
#[derive(Default)]
struct Kmd {
    /// Each `DxgkDdiGetStandardAllocationDriverData`.
    gets: Vec<Get>,
    /// Each `DxgkDdiCreateAllocation`: (NumAllocations, Flags, the allocation's private data, the
    /// hAllocation returned).
    creates: Vec<(u32, u32, Vec<u8>, usize)>,
    /// Each `DxgkDdiDescribeAllocation`'s hAllocation.
    describes: Vec<usize>,
    /// Every handle `DxgkDdiDestroyAllocation` was given.
    destroyed: Vec<usize>,
    /// Fail the n-th (from 1) GetStandardAllocationDriverData call with STATUS_NO_MEMORY.
    fail_get: usize,
    /// Fail CreateAllocation with STATUS_INVALID_PARAMETER (without creating anything).
    fail_create: bool,
    /// After the reference KMD created the allocation, report its Size as 0 (invalid output).
    zero_size: bool,
    /// Report a different AllocationPrivateDriverDataSize from the fill than from the query.
    grow_on_fill: bool,
    /// Added to the width DescribeAllocation reports.
    describe_width_delta: u32,
    /// The IRQL of every GetStandardAllocationDriverData and DescribeAllocation call.
    irqls: Vec<u8>,
}

/// One `DxgkDdiGetStandardAllocationDriverData` as the KMD saw it.
struct Get {
    /// Type, width, height, format (0 for a staging surface).
    surface: (i32, u32, u32, i32),
    /// `pAllocationPrivateDriverData` was NULL.
    null_buffer: bool,
    /// `AllocationPrivateDriverDataSize` as given.
    size: u32,
    /// The bytes the reference KMD wrote.
    filled: Vec<u8>,
}

static KMD: Mutex<Option<Kmd>> = Mutex::new(None);
/// One test at a time: the wrapper's record is shared, and process-wide counts are compared.
static SERIAL: Mutex<()> = Mutex::new(());

fn kmd<R>(f: impl FnOnce(&mut Kmd) -> R) -> R {
    f(KMD.lock().unwrap().get_or_insert_with(Default::default))
}

fn reference() -> DRIVER_INITIALIZATION_DATA {
    wddm_shim::kmd::reference::registration()
}

unsafe extern "C" fn get_data(
    adapter: HANDLE,
    args: *mut DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA,
) -> NTSTATUS {
    // SAFETY: the shim's arguments, valid for the call; the union member matches the type.
    unsafe {
        let a = &*args;
        let (w, h, f) = match a.StandardAllocationType {
            1 => {
                let d = &*a.Anonymous.pCreateSharedPrimarySurfaceData;
                (d.Width, d.Height, d.Format)
            }
            2 => {
                let d = &*a.Anonymous.pCreateShadowSurfaceData;
                (d.Width, d.Height, d.Format)
            }
            3 => {
                let d = &*a.Anonymous.pCreateStagingSurfaceData;
                (d.Width, d.Height, 0)
            }
            _ => {
                let d = &*a.Anonymous.pCreateGdiSurfaceData;
                (d.Width, d.Height, d.Format)
            }
        };
        kmd(|k| k.irqls.push(wddm_shim::kernel::irql::current()));
        let call = kmd(|k| k.gets.len() + 1);
        let null_buffer = a.pAllocationPrivateDriverData.is_null();
        let size = a.AllocationPrivateDriverDataSize;
        let status = if kmd(|k| k.fail_get) == call {
            STATUS_NO_MEMORY
        } else {
            reference().DxgkDdiGetStandardAllocationDriverData.unwrap()(adapter, args)
        };
        if !null_buffer && kmd(|k| k.grow_on_fill) {
            (*args).AllocationPrivateDriverDataSize += 4;
        }
        let bytes = if null_buffer || status < 0 {
            Vec::new()
        } else {
            std::slice::from_raw_parts(a.pAllocationPrivateDriverData as *const u8, size as usize).to_vec()
        };
        let get = Get { surface: (a.StandardAllocationType, w, h, f), null_buffer, size, filled: bytes };
        kmd(|k| k.gets.push(get));
        status
    }
}

unsafe extern "C" fn create(adapter: HANDLE, args: *mut DXGKARG_CREATEALLOCATION) -> NTSTATUS {
    // SAFETY: the shim's arguments, valid for the call.
    unsafe {
        if kmd(|k| k.fail_create) {
            return STATUS_INVALID_PARAMETER;
        }
        let status = reference().DxgkDdiCreateAllocation.unwrap()(adapter, args);
        if kmd(|k| k.zero_size) {
            (*(*args).pAllocationInfo).Size = 0;
        }
        let a = &*args;
        let info = &*a.pAllocationInfo;
        let private = if info.pPrivateDriverData.is_null() {
            Vec::new()
        } else {
            std::slice::from_raw_parts(
                info.pPrivateDriverData as *const u8,
                info.PrivateDriverDataSize as usize,
            )
            .to_vec()
        };
        kmd(|k| k.creates.push((a.NumAllocations, a.Flags.Value, private, info.hAllocation as usize)));
        status
    }
}

unsafe extern "C" fn describe(adapter: HANDLE, args: *mut DXGKARG_DESCRIBEALLOCATION) -> NTSTATUS {
    // SAFETY: the shim's arguments, valid for the call.
    unsafe {
        kmd(|k| k.irqls.push(wddm_shim::kernel::irql::current()));
        kmd(|k| k.describes.push((*args).hAllocation as usize));
        let status = reference().DxgkDdiDescribeAllocation.unwrap()(adapter, args);
        (*args).Width += kmd(|k| k.describe_width_delta);
        status
    }
}

unsafe extern "C" fn destroy(adapter: HANDLE, args: *const DXGKARG_DESTROYALLOCATION) -> NTSTATUS {
    // SAFETY: the shim's arguments, valid for the call.
    unsafe {
        let a = &*args;
        let list = std::slice::from_raw_parts(a.pAllocationList, a.NumAllocations as usize);
        kmd(|k| k.destroyed.extend(list.iter().map(|&h| h as usize)));
        reference().DxgkDdiDestroyAllocation.unwrap()(adapter, args)
    }
}

/// The wrapper's registration, with `edit` applied.
fn wrapped(edit: impl FnOnce(&mut DRIVER_INITIALIZATION_DATA)) -> DRIVER_INITIALIZATION_DATA {
    let mut data = reference();
    data.DxgkDdiGetStandardAllocationDriverData = Some(get_data);
    data.DxgkDdiCreateAllocation = Some(create);
    data.DxgkDdiDescribeAllocation = Some(describe);
    data.DxgkDdiDestroyAllocation = Some(destroy);
    edit(&mut data);
    data
}

/// An adapter running `data`, the test serialised, the wrapper's record fresh.
fn adapter_with(data: &DRIVER_INITIALIZATION_DATA) -> (*mut WDDMSHIM_ADAPTER, MutexGuard<'static, ()>) {
    let guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    *KMD.lock().unwrap() = Some(Kmd::default());
    let desc = WDDMSHIM_ADAPTER_DESC { pInitializationData: data, ..Default::default() };
    let mut adapter = null_mut();
    // SAFETY: a valid description and out-pointer.
    assert_eq!(unsafe { WddmShimCreateAdapter(&desc, &mut adapter) }, S_OK);
    (adapter, guard)
}

fn desc(kind: i32, width: u32, height: u32, format: i32) -> WDDMSHIM_STANDARD_ALLOCATION_DESC {
    WDDMSHIM_STANDARD_ALLOCATION_DESC {
        Version: WDDMSHIM_DESC_VERSION,
        Type: kind as UINT,
        Width: width,
        Height: height,
        Format: format as UINT,
        RefreshRateNumerator: 60,
        RefreshRateDenominator: 1,
        VidPnSourceId: 0,
        GdiSurfaceType: D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE as UINT,
    }
}

fn primary() -> WDDMSHIM_STANDARD_ALLOCATION_DESC {
    desc(D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE, 1920, 1080, D3DDDIFMT_X8R8G8B8)
}

fn create_standard(
    adapter: *mut WDDMSHIM_ADAPTER,
    desc: &WDDMSHIM_STANDARD_ALLOCATION_DESC,
) -> (HRESULT, D3DKMT_HANDLE) {
    let mut handle = 0xdead;
    // SAFETY: a live (or refused) adapter, a readable description and a writable handle.
    let hr = unsafe { WddmShimCreateStandardAllocation(adapter, desc, &mut handle) };
    (hr, handle)
}

fn stats(adapter: *mut WDDMSHIM_ADAPTER) -> WDDMSHIM_ADAPTER_STATS {
    let mut stats = WDDMSHIM_ADAPTER_STATS::default();
    // SAFETY: a live adapter and a writable out-pointer.
    assert_eq!(unsafe { WddmShimQueryAdapterStats(adapter, &mut stats) }, S_OK);
    stats
}

fn process_stats() -> WDDMSHIM_PROCESS_STATS {
    let mut stats = WDDMSHIM_PROCESS_STATS::default();
    // SAFETY: valid out-pointer.
    assert_eq!(unsafe { WddmShimQueryProcessStats(&mut stats) }, S_OK);
    stats
}

/// Bytes VidMm has placed in each segment.
fn used(adapter: *mut WDDMSHIM_ADAPTER) -> Vec<u64> {
    (1..=stats(adapter).NumSegments)
        .map(|id| {
            let mut info = WDDMSHIM_SEGMENT_INFO::default();
            // SAFETY: a live adapter and a writable out-pointer.
            assert_eq!(unsafe { WddmShimQuerySegment(adapter, id, &mut info) }, S_OK);
            info.Used
        })
        .collect()
}

/// The DDI calls made inside the newest `WddmShimCreateStandardAllocation` of `adapter`.
fn ddis_of_last_create(adapter: *mut WDDMSHIM_ADAPTER) -> Vec<WDDMSHIM_JOURNAL_ENTRY> {
    let entries = journal_entries_of(adapter, 500);
    let call = entries
        .iter()
        .rev()
        .find(|e| entry_name(e) == "WddmShimCreateStandardAllocation")
        .expect("a WddmShimCreateStandardAllocation entry")
        .Sequence;
    entries.into_iter().filter(|e| e.Parent == call && entry_name(e).starts_with("DxgkDdi")).collect()
}

fn names(entries: &[WDDMSHIM_JOURNAL_ENTRY]) -> Vec<String> {
    entries.iter().map(entry_name).collect()
}

fn destroy_adapter(adapter: *mut WDDMSHIM_ADAPTER) {
    // SAFETY: a live adapter.
    unsafe { WddmShimDestroyAdapter(adapter) };
}

#[test]
fn each_standard_type_queries_sizes_fills_then_creates_with_the_kmds_private_data() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    let cases = [
        desc(D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE, 1920, 1080, D3DDDIFMT_X8R8G8B8),
        desc(D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE, 800, 600, D3DDDIFMT_R5G6B5),
        desc(D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE, 640, 480, 0),
        desc(D3DKMDT_STANDARDALLOCATION_GDISURFACE, 1024, 768, D3DDDIFMT_A8R8G8B8),
    ];
    let mut handles = Vec::new();
    for case in &cases {
        *KMD.lock().unwrap() = Some(Kmd::default());
        let (hr, handle) = create_standard(adapter, case);
        assert_eq!(hr, S_OK, "type {}", case.Type);
        handles.push(handle);
        let format = if case.Type == 3 { 0 } else { case.Format as i32 };
        kmd(|k| {
            assert_eq!(k.gets.len(), 2, "type {}: a size query, then the fill", case.Type);
            let asked = (case.Type as i32, case.Width, case.Height, format);
            let query = &k.gets[0];
            assert_eq!(query.surface, asked);
            assert!(query.null_buffer, "the size query has no buffer");
            assert_eq!(query.size, 0);
            let fill = &k.gets[1];
            assert_eq!(fill.surface, asked);
            assert!(!fill.null_buffer, "the fill has a buffer");
            assert!(fill.size > 0 && fill.filled.len() == fill.size as usize);
            let filled = &fill.filled;
            assert_eq!(k.creates.len(), 1);
            let (count, flags, private, _) = &k.creates[0];
            assert_eq!((*count, *flags), (1, 0), "one allocation, no resource");
            assert_eq!(private, filled, "CreateAllocation gets the private data the KMD produced");
            let described = usize::from(case.Type == 1);
            assert_eq!(k.irqls, vec![0; 2 + described], "called at PASSIVE_LEVEL");
            assert_eq!(k.describes.len(), described, "only a shared primary is described");
            if described == 1 {
                assert_eq!(k.describes[0], k.creates[0].3, "the KMD's own hAllocation is described");
            }
        });
        let expected: Vec<&str> = [
            "DxgkDdiGetStandardAllocationDriverData",
            "DxgkDdiGetStandardAllocationDriverData",
            "DxgkDdiCreateAllocation",
        ]
        .into_iter()
        .chain((case.Type == 1).then_some("DxgkDdiDescribeAllocation"))
        .collect();
        let ddis = ddis_of_last_create(adapter);
        assert_eq!(names(&ddis), expected);
        // The journal shows the surface asked for, and the NULL buffer of the size query.
        let (w, h) = (u64::from(case.Width), u64::from(case.Height));
        assert_eq!(ddis[0].Inputs[..5], [case.Type as u64, w, h, format as u64, 0]);
        assert_eq!(ddis[1].Inputs[..4], [case.Type as u64, w, h, format as u64]);
        assert_ne!(ddis[1].Inputs[4], 0);
        // Placed as a pitch-aligned surface in the CPU-visible segment (every case here is CPU-visible).
        let mut info = WDDMSHIM_ALLOCATION_INFO::default();
        // SAFETY: a live adapter and a writable out-pointer.
        assert_eq!(unsafe { WddmShimQueryAllocation(adapter, handle, &mut info) }, S_OK);
        let bpp = match case.Type {
            2 => 2,
            _ => 4,
        };
        let pitch = (u64::from(case.Width) * bpp).div_ceil(256) * 256;
        assert_eq!(info.Size, (pitch * u64::from(case.Height)).div_ceil(4096) * 4096);
        assert_eq!((info.Location, info.SegmentId), (WDDMSHIM_LOCATION_SEGMENT, 2));
    }
    assert_eq!(stats(adapter).LiveStandardAllocations, 4);
    assert_eq!(stats(adapter).LiveAllocations, 0, "no device owns them");
    for handle in handles {
        // SAFETY: a live adapter.
        assert_eq!(unsafe { WddmShimDestroyStandardAllocation(adapter, handle) }, S_OK);
    }
    assert_eq!(stats(adapter).LiveStandardAllocations, 0);
    assert_eq!(used(adapter), vec![0, 0, 0]);
    destroy_adapter(adapter);
}

#[test]
fn the_handle_resolves_through_get_handle_data_until_destroyed() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    let (hr, handle) = create_standard(adapter, &primary());
    assert_eq!(hr, S_OK);
    let kmd_handle = kmd(|k| k.creates[0].3);
    assert_ne!(kmd_handle, 0);
    assert_eq!(handle_data(handle, DXGK_HANDLE_ALLOCATION) as usize, kmd_handle);
    // SAFETY: a live adapter.
    assert_eq!(unsafe { WddmShimDestroyStandardAllocation(adapter, handle) }, S_OK);
    assert_eq!(kmd(|k| k.destroyed.clone()), vec![kmd_handle], "DxgkDdiDestroyAllocation with its handle");
    assert!(handle_data(handle, DXGK_HANDLE_ALLOCATION).is_null());
    // SAFETY: as above; a second destroy is refused.
    assert_eq!(unsafe { WddmShimDestroyStandardAllocation(adapter, handle) }, E_INVALIDARG);
    assert_eq!(kmd(|k| k.destroyed.len()), 1);
    destroy_adapter(adapter);
}

/// Creation failed: no handle, no placement, nothing for the KMD to destroy but what it created.
fn assert_nothing_left(adapter: *mut WDDMSHIM_ADAPTER, handles_before: u32) {
    assert_eq!(stats(adapter).LiveStandardAllocations, 0);
    assert_eq!(process_stats().LiveHandles, handles_before, "no handle left");
    assert_eq!(used(adapter), vec![0, 0, 0], "nothing placed");
    let created: Vec<usize> = kmd(|k| k.creates.iter().map(|c| c.3).collect());
    assert_eq!(kmd(|k| k.destroyed.clone()), created, "whatever the KMD created was destroyed");
}

#[test]
fn a_kmd_failing_either_get_standard_allocation_driver_data_call_leaves_nothing_behind() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    for failing in [1, 2] {
        *KMD.lock().unwrap() = Some(Kmd { fail_get: failing, ..Default::default() });
        let before = process_stats().LiveHandles;
        let (hr, handle) = create_standard(adapter, &primary());
        assert_eq!(hr, E_OUTOFMEMORY, "STATUS_NO_MEMORY maps to E_OUTOFMEMORY");
        assert_eq!(handle, 0xdead, "the out-parameter is written only on success");
        assert_eq!(kmd(|k| k.gets.len()), failing, "no call after the failing one");
        assert!(kmd(|k| k.creates.is_empty()));
        let ddis = ddis_of_last_create(adapter);
        assert_eq!(ddis.last().map(|e| e.Result), Some(i64::from(STATUS_NO_MEMORY)));
        assert_nothing_left(adapter, before);
    }
    destroy_adapter(adapter);
}

#[test]
fn a_kmd_failing_create_allocation_leaves_nothing_behind() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    kmd(|k| k.fail_create = true);
    let before = process_stats().LiveHandles;
    let (hr, _) = create_standard(adapter, &primary());
    assert_eq!(hr, E_INVALIDARG, "STATUS_INVALID_PARAMETER maps to E_INVALIDARG");
    assert!(kmd(|k| k.describes.is_empty()), "nothing to describe");
    assert_nothing_left(adapter, before);
    destroy_adapter(adapter);
}

#[test]
fn a_shared_primary_described_with_another_width_is_a_contract_error_and_is_undone() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    kmd(|k| k.describe_width_delta = 1);
    let before = process_stats().LiveHandles;
    let (hr, _) = create_standard(adapter, &primary());
    assert_eq!(hr, E_INVALIDARG);
    assert_eq!(kmd(|k| (k.creates.len(), k.describes.len())), (1, 1));
    assert_nothing_left(adapter, before);
    let journal = journal_of(adapter, 200);
    assert!(
        journal.contains("disagrees with its creation: Width 1921 (asked 1920)"),
        "the contract note names the field: {journal}"
    );
    // A correct description of the same request succeeds.
    kmd(|k| k.describe_width_delta = 0);
    let (hr, handle) = create_standard(adapter, &primary());
    assert_eq!(hr, S_OK);
    // SAFETY: a live adapter.
    assert_eq!(unsafe { WddmShimDestroyStandardAllocation(adapter, handle) }, S_OK);
    destroy_adapter(adapter);
}

#[test]
fn a_describe_allocation_failure_destroys_the_placed_primary() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    let name = std::ffi::CString::new("DxgkDdiDescribeAllocation").unwrap();
    let fault = WDDMSHIM_FAULT {
        Version: WDDMSHIM_DESC_VERSION,
        pEntryPoint: name.as_ptr(),
        hDevice: null_mut(),
        Nth: 1,
        Repeat: 0,
        Code: STATUS_NO_MEMORY,
    };
    // SAFETY: a live adapter and a valid fault.
    assert_eq!(unsafe { WddmShimInjectFault(adapter, &fault) }, S_OK);
    let before = process_stats().LiveHandles;
    let (hr, _) = create_standard(adapter, &primary());
    assert_eq!(hr, E_OUTOFMEMORY);
    assert_eq!(kmd(|k| k.creates.len()), 1);
    assert_nothing_left(adapter, before);
    destroy_adapter(adapter);
}

#[test]
fn a_kmd_without_the_ddis_gets_e_notimpl_and_nothing_is_left() {
    let data = wrapped(|d| d.DxgkDdiGetStandardAllocationDriverData = None);
    let (adapter, _serial) = adapter_with(&data);
    let before = process_stats().LiveHandles;
    let (hr, _) = create_standard(adapter, &primary());
    assert_eq!(hr, E_NOTIMPL);
    assert!(kmd(|k| k.creates.is_empty()));
    assert_nothing_left(adapter, before);
    destroy_adapter(adapter);
    drop(_serial);

    // A shared primary needs DxgkDdiDescribeAllocation too; the other types do not.
    let data = wrapped(|d| d.DxgkDdiDescribeAllocation = None);
    let (adapter, _serial) = adapter_with(&data);
    let before = process_stats().LiveHandles;
    let (hr, _) = create_standard(adapter, &primary());
    assert_eq!(hr, E_NOTIMPL);
    assert_nothing_left(adapter, before);
    let (hr, handle) =
        create_standard(adapter, &desc(D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE, 64, 64, D3DDDIFMT_X8R8G8B8));
    assert_eq!(hr, S_OK);
    // SAFETY: a live adapter.
    assert_eq!(unsafe { WddmShimDestroyStandardAllocation(adapter, handle) }, S_OK);
    destroy_adapter(adapter);
}

#[test]
fn bad_arguments_are_refused_before_the_kmd_is_called() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    let mut handle = 0;
    // SAFETY: NULL pointers are refused, never dereferenced.
    unsafe {
        assert_eq!(WddmShimCreateStandardAllocation(adapter, null(), &mut handle), E_INVALIDARG);
        assert_eq!(WddmShimCreateStandardAllocation(adapter, &primary(), null_mut()), E_INVALIDARG);
        assert_eq!(WddmShimCreateStandardAllocation(null_mut(), &primary(), &mut handle), E_INVALIDARG);
    }
    let bad = [
        WDDMSHIM_STANDARD_ALLOCATION_DESC { Version: 0, ..primary() },
        WDDMSHIM_STANDARD_ALLOCATION_DESC { Type: 0, ..primary() },
        WDDMSHIM_STANDARD_ALLOCATION_DESC { Type: D3DKMDT_STANDARDALLOCATION_VGPU as UINT, ..primary() },
        WDDMSHIM_STANDARD_ALLOCATION_DESC { Width: 0, ..primary() },
        WDDMSHIM_STANDARD_ALLOCATION_DESC { Height: 16385, ..primary() },
        WDDMSHIM_STANDARD_ALLOCATION_DESC { Format: 0, ..primary() },
        WDDMSHIM_STANDARD_ALLOCATION_DESC { VidPnSourceId: 1, ..primary() },
        WDDMSHIM_STANDARD_ALLOCATION_DESC { RefreshRateDenominator: 0, ..primary() },
        WDDMSHIM_STANDARD_ALLOCATION_DESC {
            GdiSurfaceType: 9,
            ..desc(D3DKMDT_STANDARDALLOCATION_GDISURFACE, 64, 64, D3DDDIFMT_A8R8G8B8)
        },
    ];
    for (index, desc) in bad.iter().enumerate() {
        assert_eq!(create_standard(adapter, desc).0, E_INVALIDARG, "case {index}");
    }
    assert!(kmd(|k| k.gets.is_empty()), "the KMD was never asked");
    // Destroying what is not a standard allocation of this adapter: unknown, or a UMD's.
    // SAFETY: handles are looked up, never dereferenced.
    assert_eq!(unsafe { WddmShimDestroyStandardAllocation(adapter, 0x4000_1234) }, E_INVALIDARG);
    destroy_adapter(adapter);
    drop(_serial);
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let f = Fixture::new();
    let umd = f.allocate(0, 1)[0];
    // SAFETY: as above.
    assert_eq!(unsafe { WddmShimDestroyStandardAllocation(f.adapter, umd) }, E_INVALIDARG);
    assert!(!handle_data(umd, DXGK_HANDLE_ALLOCATION).is_null(), "the UMD's allocation is untouched");
}

#[test]
fn standard_allocations_left_at_adapter_destruction_are_destroyed_and_reported() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    let (hr, handle) = create_standard(adapter, &primary());
    assert_eq!(hr, S_OK);
    let kmd_handle = kmd(|k| k.creates[0].3);
    let left_before = process_stats().StandardAllocationsLeftAtAdapterDestroy;
    destroy_adapter(adapter);
    assert_eq!(process_stats().StandardAllocationsLeftAtAdapterDestroy, left_before + 1);
    assert_eq!(kmd(|k| k.destroyed.clone()), vec![kmd_handle]);
    assert!(handle_data(handle, DXGK_HANDLE_ALLOCATION).is_null());
    let needle = format!("standard allocation {handle:#010x} was still alive when its adapter was destroyed");
    assert!(journal_of(null_mut(), 2000).contains(&needle), "the leak report names {handle:#010x}");
}

#[test]
fn destruction_while_the_kmd_holds_the_data_waits_for_its_last_release() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    let (hr, handle) = create_standard(adapter, &primary());
    assert_eq!(hr, S_OK);
    let kmd_handle = kmd(|k| k.creates[0].3);
    let query =
        DXGKARGCB_GETHANDLEDATA { hObject: handle, Type: DXGK_HANDLE_ALLOCATION, Flags: Default::default() };
    let mut token: DXGKARG_RELEASE_HANDLE = null_mut();
    // SAFETY: a valid argument and out-pointer.
    let held = unsafe { wddm_shim::ffi::dxgk::DxgkCbAcquireHandleData(&query, &mut token) };
    assert_eq!(held as usize, kmd_handle);
    // SAFETY: a live adapter.
    assert_eq!(unsafe { WddmShimDestroyStandardAllocation(adapter, handle) }, S_OK);
    assert!(handle_data(handle, DXGK_HANDLE_ALLOCATION).is_null(), "the handle goes at once");
    assert!(kmd(|k| k.destroyed.is_empty()), "the KMD's object stays while it holds the data");
    wddm_shim::ffi::dxgk::DxgkCbReleaseHandleData(DXGKARGCB_RELEASEHANDLEDATA {
        ReleaseHandle: token,
        Type: DXGK_HANDLE_ALLOCATION,
    });
    assert_eq!(kmd(|k| k.destroyed.clone()), vec![kmd_handle], "destroyed at the last release");
    destroy_adapter(adapter);
}

#[test]
fn a_removed_adapter_creates_none_but_still_destroys_what_it_has() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    let (hr, handle) = create_standard(adapter, &primary());
    assert_eq!(hr, S_OK);
    // SAFETY: a live adapter; no device: the whole adapter.
    assert_eq!(unsafe { WddmShimRemoveDevice(adapter, null_mut(), WDDMSHIM_REMOVAL_TDR) }, S_OK);
    let calls = kmd(|k| k.gets.len());
    assert_eq!(create_standard(adapter, &primary()).0, D3DDDIERR_DEVICEREMOVED);
    assert_eq!(kmd(|k| k.gets.len()), calls, "the KMD was not asked");
    // SAFETY: a live adapter.
    assert_eq!(unsafe { WddmShimDestroyStandardAllocation(adapter, handle) }, S_OK);
    assert_eq!(kmd(|k| k.destroyed.len()), 1);
    destroy_adapter(adapter);
}

#[test]
fn invalid_kmd_output_is_refused_and_what_the_kmd_created_is_destroyed() {
    let data = wrapped(|_| ());
    let (adapter, _serial) = adapter_with(&data);
    kmd(|k| k.zero_size = true);
    let before = process_stats().LiveHandles;
    let (hr, _) = create_standard(adapter, &primary());
    assert_eq!(hr, E_INVALIDARG, "Size 0 is invalid DxgkDdiCreateAllocation output");
    assert_eq!(kmd(|k| k.creates.len()), 1);
    assert_nothing_left(adapter, before);
    assert!(kmd(|k| k.describes.is_empty()));

    *KMD.lock().unwrap() = Some(Kmd { grow_on_fill: true, ..Default::default() });
    let (hr, _) = create_standard(adapter, &primary());
    assert_eq!(hr, E_INVALIDARG, "the sizes may not change between the query and the fill");
    assert!(kmd(|k| k.creates.is_empty()));
    assert_nothing_left(adapter, before);
    destroy_adapter(adapter);
}
