//! The built-in reference KMD: a small, well-behaved display miniport that lets a UMD run against
//! the shim with no KMD of its own.
//!
//! It plugs in like any KMD (its [`DriverEntry`] calls `DxgkInitialize`) and implements the DDIs
//! the allocation path needs:
//! - segments: the adapter's segment layout (by default: 256 MiB of local video memory, 64 MiB of
//!   CPU-visible local video memory, and a 256 MiB aperture), reported through
//!   `DXGKQAITYPE_QUERYSEGMENT4` (WDDM 2.0+), `QUERYSEGMENT3` (WDDM 1.2/1.3) or the original
//!   `QUERYSEGMENT`, each with the count-then-fill protocol (it reports `DXGKDDI_WDDMv2`, so
//!   dxgkrnl asks it `QUERYSEGMENT4`; a test KMD wrapping it may report another model);
//! - `DxgkDdiCreateAllocation`: when an allocation's private data is a
//!   [`WDDMSHIM_REFERENCE_ALLOCATION`] (checked by size and magic), it takes size, alignment,
//!   preferred and fallback segments, the supported set, priority, extra flags and CPU
//!   visibility from it; a primary is sized from its VidPN source's display mode (pitch aligned
//!   to 256 bytes) and placed in the CPU-visible segment; anything else gets the adapter's
//!   default size in local video memory. CPU-visible allocations are supported only where the
//!   CPU reaches them (CPU-visible segments and the aperture) unless the descriptor says
//!   otherwise; everything else may live in every segment;
//! - `DxgkDdiOpenAllocation` resolves each allocation with `DxgkCbGetHandleData`, as the
//!   Microsoft documentation's sample KMD does, so every allocation exercises the callback.
//! - contexts and rendering: `DxgkDdiCreateContext` asks for a 64 KiB DMA buffer, 64
//!   allocation-list entries and 256 patch locations; its command format *is* its DMA format, so
//!   `DxgkDdiRender` copies the commands and patch locations as they are, `DxgkDdiPatch` writes
//!   each patched allocation's 64-bit GPU address (physical address plus `AllocationOffset`) at
//!   `PatchOffset`, and `DxgkDdiSubmitCommand` queues the fence on its "hardware";
//!   `DxgkDdiInterruptRoutine` reports the oldest queued fence with `DxgkCbNotifyInterrupt`
//!   and queues a DPC, whose routine calls `DxgkCbNotifyDpc`;
//! - standard allocations: `DxgkDdiGetStandardAllocationDriverData` asks for one private data
//!   block of its own format (the surface's type, size, format, refresh rate and pitch, rows
//!   aligned to 256 bytes) and fills it, writing the `Pitch` of shadow, staging and GDI
//!   surfaces; `DxgkDdiCreateAllocation` sizes such an allocation as pitch times height, in the
//!   CPU-visible segment for shared primaries, shadow and staging surfaces and the CPU-visible
//!   GDI types, and `DxgkDdiDescribeAllocation` answers its width, height, format and refresh
//!   rate (not multisampled, identity rotation);
//! - `DxgkDdiEscape` answers `WDDMSHIM_REFERENCE_ESCAPE_PING` with `..._PONG`.
//!
//! A real KMD learns that an allocation is a primary from its own UMD's private data; the
//! reference KMD has no UMD of its own, so the shim tells it the runtime's `Primary` flag and
//! `VidPnSourceId` for the call in progress ([`with_primary_hints`]).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use parking_lot::Mutex;

use crate::abi::*;
use crate::abi::{
    WDDMSHIM_DISPLAY_MODE, WDDMSHIM_REFERENCE_ALLOCATION, WDDMSHIM_REFERENCE_ALLOCATION_MAGIC,
    WDDMSHIM_REFERENCE_ESCAPE_PING, WDDMSHIM_REFERENCE_ESCAPE_PONG,
};
use crate::core::PerCall;

/// Page size VidMm rounds allocations to.
const PAGE: u64 = 4096;

/// One segment the reference KMD reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentSpec {
    /// Size in bytes (a multiple of the page size).
    pub size: u64,
    /// The CPU can map it.
    pub cpu_visible: bool,
    /// It is the aperture (system memory mapped for the GPU).
    pub aperture: bool,
}

/// How the reference KMD behaves on one adapter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceConfig {
    /// Size given to allocations that carry no descriptor.
    pub default_allocation_size: u64,
    /// Display mode of each VidPN source.
    pub sources: Vec<WDDMSHIM_DISPLAY_MODE>,
    /// The segments, id 1 first.
    pub segments: Vec<SegmentSpec>,
}

/// The default segment layout: local, CPU-visible local, aperture.
pub fn default_segments() -> Vec<SegmentSpec> {
    vec![
        SegmentSpec { size: 256 << 20, cpu_visible: false, aperture: false },
        SegmentSpec { size: 64 << 20, cpu_visible: true, aperture: false },
        SegmentSpec { size: 256 << 20, cpu_visible: false, aperture: true },
    ]
}

/// Configurations waiting for the `DxgkDdiAddDevice` of the physical device object they belong to.
static PENDING_CONFIGS: LazyLock<Mutex<HashMap<usize, ReferenceConfig>>> = LazyLock::new(Default::default);

/// Hands `config` to the reference KMD instance that will be added for `physical_device`.
pub fn prepare(physical_device: usize, config: ReferenceConfig) {
    PENDING_CONFIGS.lock().insert(physical_device, config);
}

/// Drops a configuration nobody claimed (the adapter's KMD was not the reference KMD).
pub fn forget(physical_device: usize) {
    PENDING_CONFIGS.lock().remove(&physical_device);
}

thread_local! {
    static PRIMARY_HINTS: RefCell<PerCall<Option<u32>>> = RefCell::new(PerCall::new());
}

/// Runs `f` (a `DxgkDdiCreateAllocation` call) with the runtime's primary flags visible to the
/// reference KMD: one entry per allocation, `Some(VidPnSourceId)` for a primary.
pub fn with_primary_hints<R>(hints: PerCall<Option<u32>>, f: impl FnOnce() -> R) -> R {
    let previous = PRIMARY_HINTS.with(|h| h.replace(hints));
    let result = f();
    PRIMARY_HINTS.with(|h| h.replace(previous));
    result
}

struct RefAdapter {
    config: ReferenceConfig,
    get_handle_data: DXGKCB_GETHANDLEDATA,
    /// What `DxgkDdiStartDevice` received: the callbacks the interrupt path needs.
    interrupts: Interrupts,
    /// The "hardware" queue: fences submitted and not yet completed, oldest first.
    submitted: parking_lot::Mutex<std::collections::VecDeque<u32>>,
    /// Freed allocation objects kept for reuse (a KMD's lookaside list).
    allocations: Lookaside<RefAllocation>,
}

/// A lookaside list, as a KMD keeps one of its per-allocation objects
/// (`ExAllocateFromNPagedLookasideList`): freed objects are kept, up to a bound, and reused, so
/// steady allocation traffic does not reach the heap.
struct Lookaside<T>(parking_lot::Mutex<Vec<Box<T>>>);

impl<T> Lookaside<T> {
    const DEPTH: usize = 64;

    fn new() -> Self {
        Lookaside(parking_lot::Mutex::new(Vec::with_capacity(Self::DEPTH)))
    }

    /// `value` in a kept object, or a new one.
    fn take(&self, value: T) -> Box<T> {
        match self.0.lock().pop() {
            Some(mut object) => {
                *object = value;
                object
            }
            None => Box::new(value),
        }
    }

    /// Keeps `object` for reuse, or frees it when the list is full.
    fn give(&self, object: Box<T>) {
        let mut kept = self.0.lock();
        if kept.len() < Self::DEPTH {
            kept.push(object);
        }
    }
}

#[derive(Default)]
struct Interrupts {
    device_handle: usize,
    notify_interrupt: DXGKCB_NOTIFY_INTERRUPT,
    queue_dpc: DXGKCB_QUEUE_DPC,
    notify_dpc: DXGKCB_NOTIFY_DPC,
}

struct RefContext {
    _node: u32,
}

struct RefDevice {
    get_handle_data: DXGKCB_GETHANDLEDATA,
    /// Closed per-device allocation objects kept for reuse.
    opens: Lookaside<RefOpenAllocation>,
}

struct RefAllocation {
    size: u64,
    /// What `DxgkDdiDescribeAllocation` answers: set for the standard allocations it described.
    surface: Option<RefSurface>,
}

/// A surface the reference KMD can describe.
#[derive(Clone, Copy, Debug)]
struct RefSurface {
    width: u32,
    height: u32,
    format: D3DDDIFORMAT,
    refresh: (u32, u32),
}

/// `RefStandardData::magic`: "WSSA".
const STANDARD_MAGIC: u32 = 0x4153_5357;

/// The reference KMD's own private data for a standard allocation: what its
/// `DxgkDdiGetStandardAllocationDriverData` writes and its `DxgkDdiCreateAllocation` reads.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
struct RefStandardData {
    magic: u32,
    kind: D3DKMDT_STANDARDALLOCATION_TYPE,
    width: u32,
    height: u32,
    format: D3DDDIFORMAT,
    pitch: u32,
    refresh_numerator: u32,
    refresh_denominator: u32,
    cpu_visible: u32,
}

/// Bytes per pixel of the formats a standard surface takes (4 for any other).
fn bytes_per_pixel(format: D3DDDIFORMAT) -> u32 {
    match format {
        D3DDDIFMT_P8 | D3DDDIFMT_L8 | D3DDDIFMT_A8 | D3DDDIFMT_R3G3B2 => 1,
        D3DDDIFMT_R5G6B5 | D3DDDIFMT_X1R5G5B5 | D3DDDIFMT_A1R5G5B5 | D3DDDIFMT_A4R4G4B4
        | D3DDDIFMT_X4R4G4B4 | D3DDDIFMT_A8R3G3B2 | D3DDDIFMT_A8L8 | D3DDDIFMT_A8P8 => 2,
        D3DDDIFMT_R8G8B8 => 3,
        D3DDDIFMT_A16B16G16R16 => 8,
        _ => 4,
    }
}

/// The reference KMD's pitch: rows aligned to 256 bytes.
fn pitch_of(width: u32, format: D3DDDIFORMAT) -> u32 {
    (width * bytes_per_pixel(format)).div_ceil(256) * 256
}

struct RefResource {
    _magic: u32,
}

struct RefOpenAllocation {
    allocation: *mut RefAllocation,
}

/// The library's export, reached the way any KMD reaches it: by its linked symbol (what
/// `wddm_shim_kmd.h` declares for a C KMD), not through the library's own modules. (Hidden from
/// cbindgen, which would declare it a second time.)
/// cbindgen:ignore
mod linked {
    use crate::abi::{NTSTATUS, PDRIVER_INITIALIZATION_DATA, PDRIVER_OBJECT, PUNICODE_STRING};

    unsafe extern "C" {
        pub fn DxgkInitialize(
            DriverObject: PDRIVER_OBJECT,
            RegistryPath: PUNICODE_STRING,
            DriverInitializationData: PDRIVER_INITIALIZATION_DATA,
        ) -> NTSTATUS;
    }
}
use linked::DxgkInitialize;

/// The reference KMD's DDI table, as its `DriverEntry` registers it.
pub fn registration() -> DRIVER_INITIALIZATION_DATA {
    DRIVER_INITIALIZATION_DATA {
        Version: DXGKDDI_INTERFACE_VERSION_WDDM2_0,
        DxgkDdiAddDevice: Some(add_device),
        DxgkDdiStartDevice: Some(start_device),
        DxgkDdiStopDevice: Some(stop_device),
        DxgkDdiRemoveDevice: Some(remove_device),
        DxgkDdiQueryAdapterInfo: Some(query_adapter_info),
        DxgkDdiCreateDevice: Some(create_device),
        DxgkDdiDestroyDevice: Some(destroy_device),
        DxgkDdiCreateAllocation: Some(create_allocation),
        DxgkDdiDestroyAllocation: Some(destroy_allocation),
        DxgkDdiOpenAllocation: Some(open_allocation),
        DxgkDdiCloseAllocation: Some(close_allocation),
        DxgkDdiCreateContext: Some(create_context),
        DxgkDdiDestroyContext: Some(destroy_context),
        DxgkDdiRender: Some(render),
        DxgkDdiPatch: Some(patch),
        DxgkDdiSubmitCommand: Some(submit_command),
        DxgkDdiInterruptRoutine: Some(interrupt_routine),
        DxgkDdiDpcRoutine: Some(dpc_routine),
        DxgkDdiEscape: Some(escape),
        DxgkDdiGetStandardAllocationDriverData: Some(get_standard_allocation_driver_data),
        DxgkDdiDescribeAllocation: Some(describe_allocation),
        ..Default::default()
    }
}

/// The reference KMD's `DriverEntry`: registers its DDIs through `DxgkInitialize`.
///
/// # Safety
///
/// Called only by the adapter start-up, with the driver object and registry path it made.
pub unsafe extern "C" fn DriverEntry(
    driver_object: PDRIVER_OBJECT,
    registry_path: PUNICODE_STRING,
) -> NTSTATUS {
    let data = registration();
    // SAFETY: `data` is a complete registration on this stack frame for the duration of the call.
    unsafe { DxgkInitialize(driver_object, registry_path, &data as *const _ as PDRIVER_INITIALIZATION_DATA) }
}

/// Borrows the adapter context, shared: DDIs run on many threads at once, and only
/// `start_device` (before any other DDI but `add_device`) writes to it.
///
/// # Safety
/// `context` is a `RefAdapter` pointer this KMD returned from `add_device` and has not freed.
unsafe fn adapter<'a>(context: *const core::ffi::c_void) -> &'a RefAdapter {
    // SAFETY: the caller's contract: the shim passes back exactly the context add_device returned.
    unsafe { &*(context as *const RefAdapter) }
}

unsafe extern "C" fn add_device(physical_device: PDEVICE_OBJECT, context: *mut PVOID) -> NTSTATUS {
    let Some(config) = PENDING_CONFIGS.lock().remove(&(physical_device as usize)) else {
        return STATUS_INVALID_PARAMETER;
    };
    let state = Box::new(RefAdapter {
        config,
        get_handle_data: None,
        interrupts: Interrupts::default(),
        submitted: Default::default(),
        allocations: Lookaside::new(),
    });
    // SAFETY: dxgkrnl (the shim) passes a writable PVOID for the miniport context.
    unsafe { *context = Box::into_raw(state) as PVOID };
    STATUS_SUCCESS
}

unsafe extern "C" fn start_device(
    context: PVOID,
    _start_info: *mut DXGK_START_INFO,
    interface: *mut DXGKRNL_INTERFACE,
    sources: *mut ULONG,
    children: *mut ULONG,
) -> NTSTATUS {
    // SAFETY: `context` came from add_device; the out-pointers are valid per the DDI contract.
    unsafe {
        // Start runs alone, before any DDI that reads the context.
        let state = &mut *(context as *mut RefAdapter);
        // As nearly every KMD does first: ask for the device information, and refuse to start
        // on a device that is not the one AddDevice was given.
        let Some(get_device_information) = (*interface).DxgkCbGetDeviceInformation else {
            return STATUS_UNSUCCESSFUL;
        };
        let mut info = std::mem::MaybeUninit::<DXGK_DEVICE_INFO>::zeroed();
        let status = get_device_information((*interface).DeviceHandle, info.as_mut_ptr());
        if status < 0 {
            return status;
        }
        if info.assume_init().MiniportDeviceContext != context {
            return STATUS_UNSUCCESSFUL;
        }
        state.get_handle_data = (*interface).DxgkCbGetHandleData;
        state.interrupts = Interrupts {
            device_handle: (*interface).DeviceHandle as usize,
            notify_interrupt: (*interface).DxgkCbNotifyInterrupt,
            queue_dpc: (*interface).DxgkCbQueueDpc,
            notify_dpc: (*interface).DxgkCbNotifyDpc,
        };
        *sources = state.config.sources.len() as ULONG;
        *children = state.config.sources.len() as ULONG;
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn stop_device(_context: PVOID) -> NTSTATUS {
    STATUS_SUCCESS
}

unsafe extern "C" fn remove_device(context: PVOID) -> NTSTATUS {
    // SAFETY: `context` came from add_device and is not used again after RemoveDevice.
    drop(unsafe { Box::from_raw(context as *mut RefAdapter) });
    STATUS_SUCCESS
}

fn segment_flags(spec: &SegmentSpec) -> DXGK_SEGMENTFLAGS {
    let mut value = 0;
    if spec.aperture {
        value |= DXGK_SEGMENTFLAGS::Aperture | DXGK_SEGMENTFLAGS::NonLocalBudgetGroup;
    } else {
        value |= DXGK_SEGMENTFLAGS::LocalBudgetGroup;
        if spec.cpu_visible {
            value |= DXGK_SEGMENTFLAGS::CpuVisible;
        }
    }
    DXGK_SEGMENTFLAGS { Value: value }
}

unsafe extern "C" fn query_adapter_info(context: HANDLE, args: *const DXGKARG_QUERYADAPTERINFO) -> NTSTATUS {
    // SAFETY: `context` came from add_device; `args` and its buffers are valid per the DDI
    // contract, with the sizes it states (checked before each write).
    unsafe {
        let state = adapter(context);
        let args = &*args;
        let segments = &state.config.segments;
        match args.Type {
            DXGKQAITYPE_DRIVERCAPS => {
                if (args.OutputDataSize as usize) < std::mem::size_of::<DXGK_DRIVERCAPS>() {
                    return STATUS_BUFFER_TOO_SMALL;
                }
                let caps = &mut *(args.pOutputData as *mut DXGK_DRIVERCAPS);
                *caps = DXGK_DRIVERCAPS::default();
                caps.HighestAcceptableAddress = LARGE_INTEGER::new(0x0000_FFFF_FFFF_FFFF);
                caps.MaxAllocationListSlotId = 256;
                caps.ApertureSegmentCommitLimit =
                    segments.iter().filter(|s| s.aperture).map(|s| s.size as usize).sum();
                caps.WDDMVersion = DXGKDDI_WDDMv2;
                STATUS_SUCCESS
            }
            DXGKQAITYPE_QUERYSEGMENT4 => {
                if (args.OutputDataSize as usize) < std::mem::size_of::<DXGK_QUERYSEGMENTOUT4>() {
                    return STATUS_BUFFER_TOO_SMALL;
                }
                let out = &mut *(args.pOutputData as *mut DXGK_QUERYSEGMENTOUT4);
                if out.NbSegment == 0 {
                    out.NbSegment = segments.len() as UINT;
                    return STATUS_SUCCESS;
                }
                if (out.NbSegment as usize) < segments.len()
                    || out.SegmentDescriptorStride < std::mem::size_of::<DXGK_SEGMENTDESCRIPTOR4>()
                {
                    return STATUS_BUFFER_TOO_SMALL;
                }
                let mut base = 0u64;
                for (i, spec) in segments.iter().enumerate() {
                    let slot = out.pSegmentDescriptor.add(i * out.SegmentDescriptorStride)
                        as *mut DXGK_SEGMENTDESCRIPTOR4;
                    let descriptor = DXGK_SEGMENTDESCRIPTOR4 {
                        Flags: segment_flags(spec),
                        BaseAddress: LARGE_INTEGER::new(base as i64),
                        Size: spec.size as SIZE_T,
                        CommitLimit: spec.size as SIZE_T,
                        ..Default::default()
                    };
                    slot.write_unaligned(descriptor);
                    base += spec.size;
                }
                out.NbSegment = segments.len() as UINT;
                out.PagingBufferSegmentId = 0;
                out.PagingBufferSize = 64 * 1024;
                STATUS_SUCCESS
            }
            DXGKQAITYPE_QUERYSEGMENT3 => {
                if (args.OutputDataSize as usize) < std::mem::size_of::<DXGK_QUERYSEGMENTOUT3>() {
                    return STATUS_BUFFER_TOO_SMALL;
                }
                let out = &mut *(args.pOutputData as *mut DXGK_QUERYSEGMENTOUT3);
                if out.pSegmentDescriptor.is_null() {
                    out.NbSegment = segments.len() as UINT;
                    return STATUS_SUCCESS;
                }
                if (out.NbSegment as usize) < segments.len() {
                    return STATUS_BUFFER_TOO_SMALL;
                }
                let mut base = 0u64;
                for (i, spec) in segments.iter().enumerate() {
                    let descriptor = DXGK_SEGMENTDESCRIPTOR3 {
                        Flags: segment_flags(spec),
                        BaseAddress: LARGE_INTEGER::new(base as i64),
                        Size: spec.size as SIZE_T,
                        CommitLimit: spec.size as SIZE_T,
                        ..Default::default()
                    };
                    out.pSegmentDescriptor.add(i).write(descriptor);
                    base += spec.size;
                }
                out.NbSegment = segments.len() as UINT;
                out.PagingBufferSize = 64 * 1024;
                STATUS_SUCCESS
            }
            DXGKQAITYPE_QUERYSEGMENT => {
                if (args.OutputDataSize as usize) < std::mem::size_of::<DXGK_QUERYSEGMENTOUT>() {
                    return STATUS_BUFFER_TOO_SMALL;
                }
                let out = &mut *(args.pOutputData as *mut DXGK_QUERYSEGMENTOUT);
                if out.pSegmentDescriptor.is_null() {
                    out.NbSegment = segments.len() as UINT;
                    return STATUS_SUCCESS;
                }
                if (out.NbSegment as usize) < segments.len() {
                    return STATUS_BUFFER_TOO_SMALL;
                }
                let mut base = 0u64;
                for (i, spec) in segments.iter().enumerate() {
                    let descriptor = DXGK_SEGMENTDESCRIPTOR {
                        BaseAddress: LARGE_INTEGER::new(base as i64),
                        CpuTranslatedAddress: LARGE_INTEGER::new(0),
                        Size: spec.size as SIZE_T,
                        NbOfBanks: 0,
                        pBankRangeTable: std::ptr::null_mut(),
                        CommitLimit: spec.size as SIZE_T,
                        Flags: segment_flags(spec),
                    };
                    out.pSegmentDescriptor.add(i).write(descriptor);
                    base += spec.size;
                }
                out.NbSegment = segments.len() as UINT;
                out.PagingBufferSize = 64 * 1024;
                STATUS_SUCCESS
            }
            _ => STATUS_NOT_SUPPORTED,
        }
    }
}

unsafe extern "C" fn create_device(context: HANDLE, args: *mut DXGKARG_CREATEDEVICE) -> NTSTATUS {
    // SAFETY: `context` came from add_device; `args` is valid per the DDI contract.
    unsafe {
        let device = RefDevice { get_handle_data: adapter(context).get_handle_data, opens: Lookaside::new() };
        (*args).hDevice = Box::into_raw(Box::new(device)) as HANDLE;
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn destroy_device(device: HANDLE) -> NTSTATUS {
    // SAFETY: `device` came from create_device and is not used after DestroyDevice.
    drop(unsafe { Box::from_raw(device as *mut RefDevice) });
    STATUS_SUCCESS
}

fn segment_id_where(segments: &[SegmentSpec], pick: impl Fn(&SegmentSpec) -> bool) -> Option<u32> {
    segments.iter().position(pick).map(|i| i as u32 + 1)
}

unsafe extern "C" fn create_allocation(context: HANDLE, args: *mut DXGKARG_CREATEALLOCATION) -> NTSTATUS {
    // SAFETY: `context` came from add_device; `args`, its allocation array (NumAllocations
    // entries) and each entry's private data (PrivateDriverDataSize bytes) are valid per the DDI
    // contract.
    unsafe {
        let state = adapter(context);
        let args = &mut *args;
        let segments = &state.config.segments;
        let all_segments = (1u32 << segments.len()) - 1;
        let local = segment_id_where(segments, |s| !s.aperture && !s.cpu_visible).unwrap_or(1);
        let visible = segment_id_where(segments, |s| s.cpu_visible && !s.aperture).unwrap_or(local);
        let aperture_set =
            segments.iter().enumerate().filter(|(_, s)| s.aperture).fold(0, |set, (i, _)| set | 1 << i);
        let infos = std::slice::from_raw_parts_mut(args.pAllocationInfo, args.NumAllocations as usize);
        for (index, info) in infos.iter_mut().enumerate() {
            let mut size = state.config.default_allocation_size;
            let mut alignment = 0;
            let mut preferred = local;
            let mut fallbacks = [0u32; 4];
            let mut supported = 0;
            let mut priority = D3DDDI_ALLOCATIONPRIORITY_NORMAL;
            let mut extra_flags = 0;
            let mut cpu_visible = false;
            let descriptor_size = std::mem::size_of::<WDDMSHIM_REFERENCE_ALLOCATION>();
            if info.PrivateDriverDataSize as usize >= descriptor_size && !info.pPrivateDriverData.is_null() {
                let desc = (info.pPrivateDriverData as *const WDDMSHIM_REFERENCE_ALLOCATION).read_unaligned();
                if desc.Magic == WDDMSHIM_REFERENCE_ALLOCATION_MAGIC {
                    if desc.Size != 0 {
                        size = desc.Size;
                    }
                    alignment = desc.Alignment;
                    cpu_visible = desc.CpuVisible != 0;
                    fallbacks = desc.FallbackSegments;
                    supported = desc.SupportedSegments;
                    if desc.Priority != 0 {
                        priority = desc.Priority;
                    }
                    extra_flags = desc.AllocationFlags;
                    preferred = if desc.PreferredSegment != 0 {
                        desc.PreferredSegment
                    } else if cpu_visible {
                        visible
                    } else {
                        local
                    };
                }
            }
            let mut surface = None;
            if info.PrivateDriverDataSize as usize == std::mem::size_of::<RefStandardData>()
                && !info.pPrivateDriverData.is_null()
            {
                let data = (info.pPrivateDriverData as *const RefStandardData).read_unaligned();
                if data.magic == STANDARD_MAGIC {
                    size = u64::from(data.pitch) * u64::from(data.height);
                    cpu_visible = data.cpu_visible != 0;
                    preferred = if cpu_visible { visible } else { local };
                    surface = Some(RefSurface {
                        width: data.width,
                        height: data.height,
                        format: data.format,
                        refresh: (data.refresh_numerator, data.refresh_denominator),
                    });
                }
            }
            if let Some(source) = PRIMARY_HINTS.with(|h| h.borrow().get(index).copied().flatten()) {
                let Some(mode) = state.config.sources.get(source as usize) else {
                    return STATUS_INVALID_PARAMETER;
                };
                let pitch = (u64::from(mode.Width) * 4).div_ceil(256) * 256;
                size = pitch * u64::from(mode.Height);
                preferred = visible;
                cpu_visible = true;
            }
            if preferred == 0 || preferred as usize > segments.len() {
                return STATUS_INVALID_PARAMETER;
            }
            if supported == 0 {
                // What a real KMD would say: CPU-visible allocations live where the CPU reaches
                // them (CPU-visible memory, or system memory through the aperture).
                supported = if cpu_visible {
                    segments
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.cpu_visible || s.aperture)
                        .fold(0, |set, (i, _)| set | 1 << i)
                        | 1 << (preferred - 1)
                } else {
                    all_segments
                };
            }
            let mut preference = preferred & 0x1F;
            for (slot, &id) in fallbacks.iter().enumerate() {
                if id == 0 {
                    break;
                }
                preference |= (id & 0x1F) << (6 * (slot + 1));
            }
            let allocation =
                state.allocations.take(RefAllocation { size: size.div_ceil(PAGE) * PAGE, surface });
            info.Size = size as SIZE_T;
            info.Alignment = alignment;
            info.PitchAlignedSize = 0;
            info.PreferredSegment = DXGK_SEGMENTPREFERENCE { Value: preference };
            info.SupportedReadSegmentSet = supported;
            info.SupportedWriteSegmentSet = supported;
            info.EvictionSegmentSet = aperture_set & supported;
            info.AllocationPriority = priority;
            info.Anonymous2.Flags = DXGK_ALLOCATIONINFOFLAGS {
                Value: extra_flags | if cpu_visible { DXGK_ALLOCATIONINFOFLAGS::CpuVisible } else { 0 },
            };
            info.hAllocation = Box::into_raw(allocation) as HANDLE;
        }
        if args.Flags.Value & DXGK_CREATEALLOCATIONFLAGS::Resource != 0 && args.hResource.is_null() {
            args.hResource = Box::into_raw(Box::new(RefResource { _magic: 0x5245_5346 })) as HANDLE;
        }
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn destroy_allocation(context: HANDLE, args: *const DXGKARG_DESTROYALLOCATION) -> NTSTATUS {
    // SAFETY: `context` came from add_device; `args` and its list are valid per the DDI
    // contract; every handle came from create_allocation (resource handles from the Resource
    // path) and is destroyed once.
    unsafe {
        let state = adapter(context);
        let args = &*args;
        for &handle in std::slice::from_raw_parts(args.pAllocationList, args.NumAllocations as usize) {
            state.allocations.give(Box::from_raw(handle as *mut RefAllocation));
        }
        if args.Flags.Value & DXGK_DESTROYALLOCATIONFLAGS::DestroyResource != 0 && !args.hResource.is_null() {
            drop(Box::from_raw(args.hResource as *mut RefResource));
        }
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn get_standard_allocation_driver_data(
    context: HANDLE,
    args: *mut DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA,
) -> NTSTATUS {
    // SAFETY: `context` came from add_device; `args`, the surface data its union names for its
    // type, and the private data buffers (of the sizes given) are valid per the DDI contract.
    unsafe {
        let state = adapter(context);
        let args = &mut *args;
        let mut data = RefStandardData {
            magic: STANDARD_MAGIC,
            kind: args.StandardAllocationType,
            ..Default::default()
        };
        let mut pitch_out: *mut UINT = std::ptr::null_mut();
        match args.StandardAllocationType {
            D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE => {
                let surface = &*args.Anonymous.pCreateSharedPrimarySurfaceData;
                if state.config.sources.get(surface.VidPnSourceId as usize).is_none() {
                    return STATUS_INVALID_PARAMETER;
                }
                (data.width, data.height, data.format) = (surface.Width, surface.Height, surface.Format);
                data.refresh_numerator = surface.RefreshRate.Numerator;
                data.refresh_denominator = surface.RefreshRate.Denominator;
                data.cpu_visible = 1; // scanned out from the CPU-visible segment, as its primaries
            }
            D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE => {
                let surface = &mut *args.Anonymous.pCreateShadowSurfaceData;
                (data.width, data.height, data.format) = (surface.Width, surface.Height, surface.Format);
                data.cpu_visible = 1; // the CPU renders into a shadow surface
                pitch_out = &mut surface.Pitch;
            }
            D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE => {
                let surface = &mut *args.Anonymous.pCreateStagingSurfaceData;
                (data.width, data.height, data.format) = (surface.Width, surface.Height, D3DDDIFMT_X8R8G8B8);
                data.cpu_visible = 1;
                pitch_out = &mut surface.Pitch;
            }
            D3DKMDT_STANDARDALLOCATION_GDISURFACE => {
                let surface = &mut *args.Anonymous.pCreateGdiSurfaceData;
                (data.width, data.height, data.format) = (surface.Width, surface.Height, surface.Format);
                data.cpu_visible = matches!(
                    surface.Type,
                    D3DKMDT_GDISURFACE_STAGING_CPUVISIBLE
                        | D3DKMDT_GDISURFACE_EXISTINGSYSMEM
                        | D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE
                        | D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE_CROSSADAPTER
                ) as u32;
                pitch_out = &mut surface.Pitch;
            }
            _ => return STATUS_NOT_SUPPORTED,
        }
        let needed = std::mem::size_of::<RefStandardData>() as UINT;
        if args.pAllocationPrivateDriverData.is_null() {
            // The size query: one descriptor per allocation, no resource data.
            args.AllocationPrivateDriverDataSize = needed;
            args.ResourcePrivateDriverDataSize = 0;
            return STATUS_SUCCESS;
        }
        if args.AllocationPrivateDriverDataSize < needed {
            return STATUS_INVALID_PARAMETER;
        }
        data.pitch = pitch_of(data.width, data.format);
        if !pitch_out.is_null() {
            *pitch_out = data.pitch;
        }
        (args.pAllocationPrivateDriverData as *mut RefStandardData).write_unaligned(data);
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn describe_allocation(
    _context: HANDLE,
    args: *mut DXGKARG_DESCRIBEALLOCATION,
) -> NTSTATUS {
    // SAFETY: `args` is valid per the DDI contract and its hAllocation came from
    // create_allocation and is not destroyed yet.
    unsafe {
        let args = &mut *args;
        let Some(surface) = (*(args.hAllocation as *const RefAllocation)).surface else {
            return STATUS_INVALID_PARAMETER;
        };
        args.Width = surface.width;
        args.Height = surface.height;
        args.Format = surface.format;
        args.MultisampleMethod = D3DDDI_MULTISAMPLINGMETHOD { NumSamples: 0, NumQualityLevels: 0 };
        args.RefreshRate = D3DDDI_RATIONAL { Numerator: surface.refresh.0, Denominator: surface.refresh.1 };
        args.PrivateDriverFormatAttribute = 0;
        args.Flags = DXGK_DESCRIBEALLOCATIONFLAGS { Value: 0 };
        args.Rotation = D3DDDI_ROTATION_IDENTITY;
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn open_allocation(device: HANDLE, args: *const DXGKARG_OPENALLOCATION) -> NTSTATUS {
    // SAFETY: `device` came from create_device; `args` and its array are valid per the DDI
    // contract; the callback pointer was handed over by DxgkDdiStartDevice.
    unsafe {
        let device = &*(device as *const RefDevice);
        let Some(get_handle_data) = device.get_handle_data else {
            return STATUS_INVALID_PARAMETER;
        };
        let args = &*args;
        let opens = std::slice::from_raw_parts_mut(args.pOpenAllocation, args.NumAllocations as usize);
        for open in opens.iter_mut() {
            let query = DXGKARGCB_GETHANDLEDATA {
                hObject: open.hAllocation,
                Type: DXGK_HANDLE_ALLOCATION,
                Flags: DXGKCB_GETHANDLEDATAFLAGS::default(),
            };
            let allocation = get_handle_data(&query) as *mut RefAllocation;
            if allocation.is_null() {
                return STATUS_INVALID_HANDLE;
            }
            debug_assert!((*allocation).size > 0);
            open.hDeviceSpecificAllocation =
                Box::into_raw(device.opens.take(RefOpenAllocation { allocation })) as HANDLE;
        }
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn close_allocation(device: HANDLE, args: *const DXGKARG_CLOSEALLOCATION) -> NTSTATUS {
    // SAFETY: `device` came from create_device; `args` and its list are valid per the DDI
    // contract; each handle came from open_allocation and is closed once.
    unsafe {
        let device = &*(device as *const RefDevice);
        let args = &*args;
        for &handle in std::slice::from_raw_parts(args.pOpenHandleList, args.NumAllocations as usize) {
            let open = Box::from_raw(handle as *mut RefOpenAllocation);
            debug_assert!(!open.allocation.is_null());
            device.opens.give(open);
        }
    }
    STATUS_SUCCESS
}

/// The reference KMD's context sizes (`DXGK_CONTEXTINFO`).
const CONTEXT_DMA_BUFFER_SIZE: u32 = 64 * 1024;
const CONTEXT_ALLOCATION_LIST_SIZE: u32 = 64;
const CONTEXT_PATCH_LIST_SIZE: u32 = 256;

unsafe extern "C" fn create_context(_device: HANDLE, args: *mut DXGKARG_CREATECONTEXT) -> NTSTATUS {
    // SAFETY: `args` is valid per the DDI contract.
    unsafe {
        let args = &mut *args;
        args.hContext = Box::into_raw(Box::new(RefContext { _node: args.NodeOrdinal })) as HANDLE;
        args.ContextInfo = DXGK_CONTEXTINFO {
            DmaBufferSize: CONTEXT_DMA_BUFFER_SIZE,
            AllocationListSize: CONTEXT_ALLOCATION_LIST_SIZE,
            PatchLocationListSize: CONTEXT_PATCH_LIST_SIZE,
            ..Default::default()
        };
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn destroy_context(context: HANDLE) -> NTSTATUS {
    // SAFETY: `context` came from create_context and is not used after DestroyContext.
    drop(unsafe { Box::from_raw(context as *mut RefContext) });
    STATUS_SUCCESS
}

/// The reference KMD's command format is the DMA format: `DxgkDdiRender` copies the UMD's
/// commands into the DMA buffer as they are, and the patch locations with them (their offsets
/// stay valid because the bytes do not move).
unsafe extern "C" fn render(_context: HANDLE, args: *mut DXGKARG_RENDER) -> NTSTATUS {
    // SAFETY: `args` and the buffers it points to are valid for their stated sizes per the DDI
    // contract; the copies stay inside them (checked first).
    unsafe {
        let args = &mut *args;
        if args.CommandLength > args.DmaSize || args.PatchLocationListInSize > args.PatchLocationListOutSize {
            return STATUS_INVALID_PARAMETER;
        }
        std::ptr::copy_nonoverlapping(
            args.pCommand as *const u8,
            args.pDmaBuffer as *mut u8,
            args.CommandLength as usize,
        );
        std::ptr::copy_nonoverlapping(
            args.pPatchLocationListIn,
            args.pPatchLocationListOut,
            args.PatchLocationListInSize as usize,
        );
        args.pDmaBuffer = (args.pDmaBuffer as *mut u8).add(args.CommandLength as usize).cast();
        args.pPatchLocationListOut = args.pPatchLocationListOut.add(args.PatchLocationListInSize as usize);
    }
    STATUS_SUCCESS
}

/// Writes each patched allocation's 64-bit GPU address (its physical address plus
/// `AllocationOffset`) into the DMA buffer at `PatchOffset`.
unsafe extern "C" fn patch(_adapter: HANDLE, args: *const DXGKARG_PATCH) -> NTSTATUS {
    // SAFETY: `args`, its lists and the DMA buffer are valid for their stated sizes per the DDI
    // contract; each write is checked to lie inside the DMA buffer.
    unsafe {
        let args = &*args;
        let start = args.PatchLocationListSubmissionStart as usize;
        let count = args.PatchLocationListSubmissionLength as usize;
        let patches = std::slice::from_raw_parts(args.pPatchLocationList.add(start), count);
        let allocations = std::slice::from_raw_parts(args.pAllocationList, args.AllocationListSize as usize);
        for patch in patches {
            let Some(allocation) = allocations.get(patch.AllocationIndex as usize) else {
                return STATUS_INVALID_PARAMETER;
            };
            if patch.PatchOffset as usize + 8 > args.DmaBufferSize as usize {
                return STATUS_INVALID_PARAMETER;
            }
            let address =
                allocation.Anonymous.PhysicalAddress.quad() as u64 + u64::from(patch.AllocationOffset);
            (args.pDmaBuffer as *mut u8)
                .add(patch.PatchOffset as usize)
                .cast::<u64>()
                .write_unaligned(address);
        }
    }
    STATUS_SUCCESS
}

unsafe extern "C" fn submit_command(context: HANDLE, args: *const DXGKARG_SUBMITCOMMAND) -> NTSTATUS {
    // SAFETY: `context` came from add_device; `args` is valid per the DDI contract.
    unsafe { adapter(context).submitted.lock().push_back((*args).SubmissionFenceId) };
    STATUS_SUCCESS
}

/// The GPU finished the oldest submission: report its fence and ask for a DPC.
unsafe extern "C" fn interrupt_routine(context: PVOID, _message: ULONG) -> BOOLEAN {
    // SAFETY: `context` came from add_device; the callbacks came from DxgkDdiStartDevice.
    unsafe {
        let state = adapter(context);
        let Some(fence) = state.submitted.lock().pop_front() else { return 0 };
        let handle = state.interrupts.device_handle as HANDLE;
        let mut data = DXGKARGCB_NOTIFY_INTERRUPT_DATA {
            InterruptType: DXGK_INTERRUPT_DMA_COMPLETED,
            ..Default::default()
        };
        data.Anonymous.DmaCompleted.SubmissionFenceId = fence;
        if let Some(notify) = state.interrupts.notify_interrupt {
            notify(handle, &data);
        }
        if let Some(queue) = state.interrupts.queue_dpc {
            queue(handle);
        }
    }
    1
}

unsafe extern "C" fn dpc_routine(context: PVOID) {
    // SAFETY: `context` came from add_device; the callback came from DxgkDdiStartDevice.
    unsafe {
        let state = adapter(context);
        if let Some(notify) = state.interrupts.notify_dpc {
            notify(state.interrupts.device_handle as HANDLE);
        }
    }
}

/// `WDDMSHIM_REFERENCE_ESCAPE_PING` in the first four bytes of an escape's private data is
/// answered with `WDDMSHIM_REFERENCE_ESCAPE_PONG`; other escapes succeed and change nothing.
unsafe extern "C" fn escape(_adapter: HANDLE, args: *const DXGKARG_ESCAPE) -> NTSTATUS {
    // SAFETY: `args` and its private data (PrivateDriverDataSize bytes) are valid per the DDI
    // contract.
    unsafe {
        let args = &*args;
        if args.PrivateDriverDataSize >= 4 && !args.pPrivateDriverData.is_null() {
            let word = args.pPrivateDriverData as *mut u32;
            if word.read_unaligned() == WDDMSHIM_REFERENCE_ESCAPE_PING {
                word.write_unaligned(WDDMSHIM_REFERENCE_ESCAPE_PONG);
            }
        }
    }
    STATUS_SUCCESS
}
