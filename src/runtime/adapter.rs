//! Adapters: one simulated GPU with its started KMD, its segments and its devices.
//!
//! Creating an adapter runs the KMD's start sequence as dxgkrnl does: `DriverEntry` (which calls
//! `DxgkInitialize`), `DxgkDdiAddDevice`, `DxgkDdiStartDevice` with a `DXGKRNL_INTERFACE` whose
//! handle callbacks are live (every other callback is a stub that fails closed and journals),
//! then `DxgkDdiQueryAdapterInfo` for the driver caps, the segments and (when the caps set
//! `SupportRuntimePowerManagement`) the power components. Destroying it destroys
//! what devices remain (reporting them as leaks), then runs `DxgkDdiStopDevice` and
//! `DxgkDdiRemoveDevice`.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::Mutex;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::faults::FaultPlan;
use crate::core::model::{Allocation, Removal};
use crate::journal;
use crate::kmd::registration::{DriverObject, copy_registration};
use crate::kmd::{Ddis, Miniport, reference};
use crate::runtime::gpu::Gpu;
use crate::runtime::power::RuntimePower;
use crate::runtime::status::status_to_hresult;
use crate::vidmm::{SegmentConfig, VidMm};

static NEXT_ADAPTER_ID: AtomicU64 = AtomicU64::new(1);

/// How many released allocation records an adapter keeps for reuse.
const SPARE_ALLOCATIONS: usize = 64;

/// One segment as the KMD described it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// 1-based id.
    pub id: u32,
    /// Size in bytes.
    pub size: u64,
    /// `DXGK_SEGMENTFLAGS` value.
    pub flags: u32,
    /// Commit limit in bytes (aperture segments).
    pub commit_limit: u64,
    /// The GPU physical address of its first byte (`BaseAddress`).
    pub base_address: u64,
}

impl Segment {
    /// True for the aperture segment.
    pub fn is_aperture(&self) -> bool {
        self.flags & DXGK_SEGMENTFLAGS::Aperture != 0
    }
}

/// The `DXGKRNL_INTERFACE` given to a KMD: immutable after start, and holding only function
/// pointers, sizes and an opaque device handle.
struct KernelInterface(Box<DXGKRNL_INTERFACE>);

// SAFETY: the interface is written once before the KMD sees it and never changed; its members
// are function pointers and plain values that are valid from any thread.
unsafe impl Send for KernelInterface {}
// SAFETY: as above; shared access only reads.
unsafe impl Sync for KernelInterface {}

/// A started adapter.
pub struct Adapter {
    /// The journal tag of this adapter.
    pub id: u64,
    /// The started KMD.
    pub miniport: Miniport,
    /// The VidPN sources' display modes.
    pub sources: Vec<WDDMSHIM_DISPLAY_MODE>,
    /// The segments the KMD reported, id 1 first.
    pub segments: Vec<Segment>,
    /// The video memory manager over those segments.
    pub vidmm: VidMm,
    /// The software GPU that runs submissions.
    pub gpu: Gpu,
    /// The power components the KMD reported and their reference counts.
    pub power: RuntimePower,
    /// Planned failures.
    pub faults: FaultPlan,
    /// Live devices (D3DKMT handles).
    pub devices: Mutex<BTreeSet<D3DKMT_HANDLE>>,
    /// Set once the whole adapter is removed.
    pub removed: Mutex<Option<Removal>>,
    /// What device destruction reclaimed and what adapter destruction found left.
    pub leaks: Mutex<crate::runtime::leaks::LeakLog>,
    /// Live standard allocations (`WddmShimCreateStandardAllocation`), by D3DKMT handle.
    pub standard: Mutex<std::collections::BTreeMap<D3DKMT_HANDLE, Arc<Allocation>>>,
    /// Allocation records whose handles are gone, kept for reuse so a steady stream of
    /// allocate/deallocate pairs does not allocate (at most `SPARE_ALLOCATIONS`).
    spare_allocations: Mutex<Vec<Arc<Allocation>>>,
    /// Keeps the `DXGKRNL_INTERFACE` the KMD was given alive.
    _interface: KernelInterface,
    /// Keeps the driver and physical device objects, and the start-up facts the KMD's
    /// `DxgkCbGetDeviceInformation` reads, alive.
    _objects: (DriverObject, Box<[u64; 8]>, crate::runtime::startup::DeviceRecord),
}

fn default_mode() -> WDDMSHIM_DISPLAY_MODE {
    WDDMSHIM_DISPLAY_MODE { Width: 1920, Height: 1080, Format: D3DDDIFMT_X8R8G8B8 as UINT, RefreshRate: 60 }
}

/// What an adapter description asks for, validated.
pub struct AdapterSettings {
    /// The VidPN sources' display modes.
    pub sources: Vec<WDDMSHIM_DISPLAY_MODE>,
    /// The KMD's registration, unless a `DriverEntry` is to make it.
    pub registration: Option<DRIVER_INITIALIZATION_DATA>,
    /// The reference KMD's default allocation size.
    pub reference_default_size: u64,
    /// The reference KMD's segments.
    pub reference_segments: Vec<reference::SegmentSpec>,
}

/// Reads and validates an adapter description (NULL: all defaults).
///
/// # Safety
/// `desc` is NULL or a readable `WDDMSHIM_ADAPTER_DESC` whose `pDisplayModes` holds
/// `NumVidPnSources` entries when not NULL.
pub unsafe fn read_desc(desc: *const WDDMSHIM_ADAPTER_DESC) -> Result<AdapterSettings, Refusal> {
    // SAFETY: the caller's contract.
    let Some(desc) = (unsafe { desc.as_ref() }) else {
        return Ok(AdapterSettings {
            sources: vec![default_mode()],
            registration: Some(reference::registration()),
            reference_default_size: WDDMSHIM_DEFAULT_ALLOCATION_SIZE,
            reference_segments: reference::default_segments(),
        });
    };
    if desc.Version != WDDMSHIM_DESC_VERSION {
        return Err(Refusal::invalid_arg(journal::text!(
            "pDesc->Version {} is not WDDMSHIM_DESC_VERSION",
            desc.Version
        )));
    }
    let count = if desc.NumVidPnSources == 0 { 1 } else { desc.NumVidPnSources };
    if count > 16 {
        return Err(Refusal::invalid_arg(journal::text!("pDesc->NumVidPnSources {} is above 16", count)));
    }
    let mut sources = Vec::with_capacity(count as usize);
    for index in 0..count as usize {
        let mut mode = if desc.pDisplayModes.is_null() {
            default_mode()
        } else {
            // SAFETY: the caller's contract: NumVidPnSources readable entries.
            unsafe { desc.pDisplayModes.add(index).read() }
        };
        if mode.Width == 0 || mode.Height == 0 || mode.Width > 16384 || mode.Height > 16384 {
            return Err(Refusal::invalid_arg(journal::text!(
                "pDesc->pDisplayModes[{}] is {}x{}; sizes run from 1 to 16384",
                index,
                mode.Width,
                mode.Height
            )));
        }
        if mode.Format == 0 {
            mode.Format = D3DDDIFMT_X8R8G8B8 as UINT;
        }
        if mode.RefreshRate == 0 {
            mode.RefreshRate = 60;
        }
        sources.push(mode);
    }
    let default_size = if desc.ReferenceDefaultAllocationSize == 0 {
        WDDMSHIM_DEFAULT_ALLOCATION_SIZE
    } else {
        desc.ReferenceDefaultAllocationSize
    };
    let registration = match (desc.pfnDriverEntry, desc.pInitializationData.is_null()) {
        (Some(_), false) => {
            return Err(Refusal::invalid_arg("pDesc names both pfnDriverEntry and pInitializationData"));
        }
        (Some(_), true) => None,
        // SAFETY: the caller's contract covers pInitializationData: a registration of the size
        // its Version defines.
        (None, false) => Some(unsafe { copy_registration(desc.pInitializationData) }),
        (None, true) => Some(reference::registration()),
    };
    // SAFETY: the caller's contract covers pReferenceSegments.
    let reference_segments = unsafe { read_segments(desc) }?;
    Ok(AdapterSettings { sources, registration, reference_default_size: default_size, reference_segments })
}

/// The reference KMD's segment layout from a description.
///
/// # Safety
/// `pReferenceSegments` is readable for `NumReferenceSegments` entries when not NULL.
unsafe fn read_segments(desc: &WDDMSHIM_ADAPTER_DESC) -> Result<Vec<reference::SegmentSpec>, Refusal> {
    if desc.NumReferenceSegments == 0 {
        return Ok(reference::default_segments());
    }
    if desc.NumReferenceSegments > WDDMSHIM_MAX_SEGMENTS {
        return Err(Refusal::invalid_arg(journal::text!(
            "pDesc->NumReferenceSegments {} is above WDDMSHIM_MAX_SEGMENTS",
            desc.NumReferenceSegments
        )));
    }
    if desc.pReferenceSegments.is_null() {
        return Err(Refusal::invalid_arg("pDesc->pReferenceSegments is NULL with NumReferenceSegments > 0"));
    }
    (0..desc.NumReferenceSegments as usize)
        .map(|index| {
            // SAFETY: the caller's contract: NumReferenceSegments readable entries.
            let segment = unsafe { desc.pReferenceSegments.add(index).read() };
            if segment.Size == 0 || segment.Size % 4096 != 0 {
                return Err(Refusal::invalid_arg(journal::text!(
                    "pDesc->pReferenceSegments[{}].Size {:#x} is not a non-zero multiple of 4096",
                    index,
                    segment.Size
                )));
            }
            if segment.Aperture != 0 && segment.CpuVisible != 0 {
                return Err(Refusal::invalid_arg(journal::text!(
                    "pDesc->pReferenceSegments[{}]: CpuVisible has no meaning on an aperture",
                    index
                )));
            }
            Ok(reference::SegmentSpec {
                size: segment.Size,
                cpu_visible: segment.CpuVisible != 0,
                aperture: segment.Aperture != 0,
            })
        })
        .collect()
}

/// Builds the `DXGKRNL_INTERFACE` for a KMD of interface `version` on adapter `adapter_id`.
pub type KernelInterfaceFor = fn(version: ULONG, adapter_id: u64) -> DXGKRNL_INTERFACE;

impl Adapter {
    /// Starts an adapter for a KMD (its registration, or its `DriverEntry` to call), handing its
    /// `DxgkDdiStartDevice` the `DXGKRNL_INTERFACE` that `kernel_interface` builds (the C faces of
    /// the dxgkrnl callbacks are the C layer's).
    pub fn start(
        settings: AdapterSettings,
        driver_entry: Option<unsafe extern "C" fn(PDRIVER_OBJECT, PUNICODE_STRING) -> NTSTATUS>,
        kernel_interface: KernelInterfaceFor,
    ) -> Result<Arc<Adapter>, Refusal> {
        let AdapterSettings { sources, registration, reference_default_size, reference_segments } = settings;
        let id = NEXT_ADAPTER_ID.fetch_add(1, Ordering::Relaxed);
        journal::set_current_adapter(id);
        let driver_object = DriverObject::new();
        let registration = match (registration, driver_entry) {
            (Some(registration), _) => registration,
            (None, Some(entry)) => {
                // The service key, valid for the call as on Windows (a driver copies what it keeps).
                let path = crate::runtime::startup::utf16z(crate::runtime::startup::SERVICE_REGISTRY_PATH);
                let mut registry_path = crate::runtime::startup::unicode_string(&path);
                // SAFETY: a KMD's DriverEntry takes a driver object (opaque to it beyond passing
                // it to DxgkInitialize) and a registry path that lives for the call.
                let status = unsafe { entry(driver_object.as_ptr(), &mut registry_path) };
                journal::record_ddi(id, "DriverEntry", status);
                if status < 0 {
                    return Err(Refusal::new(status_to_hresult(status), "the KMD's DriverEntry failed"));
                }
                driver_object.take_registration().ok_or_else(|| {
                    Refusal::invalid_arg("the KMD's DriverEntry returned without calling DxgkInitialize")
                })?
            }
            (None, None) => unreachable!("read_desc always yields a registration or a DriverEntry"),
        };
        let ddis = Ddis::from_registration(&registration);
        let physical_device: Box<[u64; 8]> = Box::new([0; 8]);
        let pdo = physical_device.as_ptr() as usize;
        let record = crate::runtime::startup::DeviceRecord::register(id, pdo);
        // The reference KMD (alone or wrapped by a test KMD) finds its configuration by the
        // physical device object in its DxgkDdiAddDevice; other KMDs never look.
        reference::prepare(
            pdo,
            reference::ReferenceConfig {
                default_allocation_size: reference_default_size,
                sources: sources.clone(),
                segments: reference_segments,
            },
        );

        let Some(add_device) = ddis.add_device else {
            return Err(Refusal::invalid_arg("the KMD registered no DxgkDdiAddDevice"));
        };
        let mut context: PVOID = std::ptr::null_mut();
        // SAFETY: AddDevice takes the physical device object (opaque to the KMD) and a PVOID to
        // write its context to.
        let status = unsafe { add_device(pdo as PDEVICE_OBJECT, &mut context) };
        reference::forget(pdo);
        journal::record_ddi(id, "DxgkDdiAddDevice", status);
        if status < 0 {
            return Err(Refusal::new(status_to_hresult(status), "DxgkDdiAddDevice failed"));
        }
        let miniport = Miniport { ddis, context: context as usize, adapter_id: id };
        *record.facts.miniport_context.lock() = context as usize;

        let mut interface = KernelInterface(Box::new(kernel_interface(ddis.version, id)));
        let mut start_info = DXGK_START_INFO { RequiredDmaQueueEntry: 64, ..Default::default() };
        start_info.AdapterLuid = LUID { LowPart: id as u32, HighPart: 0 };
        start_info.AdapterGuid = crate::runtime::startup::adapter_guid(id);
        let (mut source_count, mut child_count): (ULONG, ULONG) = (0, 0);
        let Some(start_device) = ddis.start_device else {
            return Err(Refusal::invalid_arg("the KMD registered no DxgkDdiStartDevice"));
        };
        // SAFETY: the context came from AddDevice; every pointer is to a live local or box.
        let status = unsafe {
            start_device(context, &mut start_info, &mut *interface.0, &mut source_count, &mut child_count)
        };
        journal::record_ddi(id, "DxgkDdiStartDevice", status);
        if status < 0 {
            miniport.remove_device(&FaultPlan::default());
            return Err(Refusal::new(status_to_hresult(status), "DxgkDdiStartDevice failed"));
        }

        let faults = FaultPlan::default();
        let started = query_segments(&miniport, &faults)
            .and_then(|(caps, segments)| Ok((RuntimePower::query(&miniport, &faults, &caps)?, segments)));
        let (power, segments) = match started {
            Ok(started) => started,
            Err(refusal) => {
                miniport.stop_device(&faults);
                miniport.remove_device(&faults);
                return Err(refusal);
            }
        };
        let vidmm = VidMm::new(
            id,
            segments
                .iter()
                .map(|s| SegmentConfig {
                    id: s.id,
                    size: s.size,
                    aperture: s.is_aperture(),
                    cpu_visible: s.flags & DXGK_SEGMENTFLAGS::CpuVisible != 0,
                    commit_limit: s.commit_limit,
                })
                .collect(),
        );
        Ok(Arc::new(Adapter {
            id,
            miniport,
            sources,
            segments,
            vidmm,
            gpu: Gpu::default(),
            power,
            faults,
            devices: Mutex::new(BTreeSet::new()),
            removed: Mutex::new(None),
            leaks: Mutex::new(Default::default()),
            standard: Mutex::new(Default::default()),
            spare_allocations: Mutex::new(Vec::with_capacity(SPARE_ALLOCATIONS)),
            _interface: interface,
            _objects: (driver_object, physical_device, record),
        }))
    }

    /// A shared allocation record holding `allocation`, reusing a spare one when there is one.
    pub fn new_allocation(&self, allocation: Allocation) -> Arc<Allocation> {
        let spare = self.spare_allocations.lock().pop();
        match spare {
            Some(mut record) => match Arc::get_mut(&mut record) {
                Some(slot) => {
                    *slot = allocation;
                    record
                }
                None => Arc::new(allocation),
            },
            None => Arc::new(allocation),
        }
    }

    /// Keeps the records of released allocations that nothing else holds for reuse.
    pub fn keep_spare_allocations(&self, allocations: impl IntoIterator<Item = Arc<Allocation>>) {
        let mut spares = self.spare_allocations.lock();
        for mut record in allocations {
            if spares.len() == SPARE_ALLOCATIONS {
                break;
            }
            if let Some(slot) = Arc::get_mut(&mut record) {
                // What it still owns goes now, not when it is reused.
                slot.private_data = Vec::new();
                *slot.holds.get_mut() = Default::default();
                spares.push(record);
            }
        }
    }

    /// The set of all segments (bit 0 = segment 1).
    pub fn all_segments(&self) -> u32 {
        if self.segments.len() >= 32 { u32::MAX } else { (1u32 << self.segments.len()) - 1 }
    }

    /// The set of aperture segments.
    pub fn aperture_segments(&self) -> u32 {
        self.segments.iter().filter(|s| s.is_aperture()).fold(0, |set, s| set | 1 << (s.id - 1))
    }
}

/// The segment query of a driver model: `DXGKQAITYPE_QUERYSEGMENT4` from WDDM 2.0,
/// `QUERYSEGMENT3` for WDDM 1.2 and 1.3, the original `QUERYSEGMENT` before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentQuery {
    /// `DXGKQAITYPE_QUERYSEGMENT` (`DXGK_QUERYSEGMENTIN` / `DXGK_QUERYSEGMENTOUT`).
    Query1,
    /// `DXGKQAITYPE_QUERYSEGMENT3` (`DXGK_QUERYSEGMENTOUT3`).
    Query3,
    /// `DXGKQAITYPE_QUERYSEGMENT4` (`DXGK_QUERYSEGMENTIN4` / `DXGK_QUERYSEGMENTOUT4`).
    Query4,
}

impl SegmentQuery {
    /// The query dxgkrnl sends a KMD that reported `wddm_version` in
    /// `DXGK_DRIVERCAPS::WDDMVersion` and registered with interface `interface_version`.
    ///
    /// The reported driver model decides, as on Windows: a KMD built with the current WDK
    /// (interface WDDM 3.x) that reports `DXGKDDI_WDDMv1_3` is asked `QUERYSEGMENT3`. A KMD that
    /// reports 0 (the member came with WDDM 1.2, so a WDDM 1.0/1.1 KMD leaves it zero, and so do
    /// test KMDs that zero the caps) is asked by the interface version it registered with.
    pub fn for_driver(wddm_version: DXGK_WDDMVERSION, interface_version: u32) -> SegmentQuery {
        if wddm_version >= DXGKDDI_WDDMv2 {
            SegmentQuery::Query4
        } else if wddm_version >= DXGKDDI_WDDMv1_2 {
            SegmentQuery::Query3
        } else if wddm_version != 0 {
            SegmentQuery::Query1
        } else if interface_version >= DXGKDDI_INTERFACE_VERSION_WDDM2_0 {
            SegmentQuery::Query4
        } else if interface_version >= DXGKDDI_INTERFACE_VERSION_WIN8 {
            SegmentQuery::Query3
        } else {
            SegmentQuery::Query1
        }
    }

    fn name(self) -> &'static str {
        match self {
            SegmentQuery::Query1 => "QUERYSEGMENT",
            SegmentQuery::Query3 => "QUERYSEGMENT3",
            SegmentQuery::Query4 => "QUERYSEGMENT4",
        }
    }
}

/// Asks the KMD for its driver caps, then for its segments with the query of the driver model
/// it reports (see [`SegmentQuery::for_driver`]), count first; returns both.
fn query_segments(
    miniport: &Miniport,
    faults: &FaultPlan,
) -> Result<(DXGK_DRIVERCAPS, Vec<Segment>), Refusal> {
    let mut caps = DXGK_DRIVERCAPS::default();
    let args = DXGKARG_QUERYADAPTERINFO {
        Type: DXGKQAITYPE_DRIVERCAPS,
        pOutputData: &mut caps as *mut _ as PVOID,
        OutputDataSize: std::mem::size_of::<DXGK_DRIVERCAPS>() as UINT,
        ..Default::default()
    };
    let status = miniport.query_adapter_info(faults, &args);
    if status < 0 {
        return Err(Refusal::new(status_to_hresult(status), "DxgkDdiQueryAdapterInfo(DRIVERCAPS) failed"));
    }
    let query = SegmentQuery::for_driver(caps.WDDMVersion, miniport.ddis.version);
    journal::record_note(
        miniport.adapter_id,
        "DxgkDdiQueryAdapterInfo",
        journal::text!(
            "the KMD reports WDDMVersion {:#x} (interface {:#x}): segments by {}",
            caps.WDDMVersion as u32,
            miniport.ddis.version,
            query.name()
        ),
    );
    let segments = match query {
        SegmentQuery::Query4 => query_segments_with::<DXGK_QUERYSEGMENTOUT4>(miniport, faults, query)?,
        SegmentQuery::Query3 => query_segments_with::<DXGK_QUERYSEGMENTOUT3>(miniport, faults, query)?,
        SegmentQuery::Query1 => query_segments_with::<DXGK_QUERYSEGMENTOUT>(miniport, faults, query)?,
    };
    if segments.is_empty() || segments.len() > 31 {
        return Err(Refusal::invalid_arg(journal::text!(
            "the KMD reported {} segments; 1 to 31 are allowed",
            segments.len()
        )));
    }
    Ok((caps, segments))
}

/// One generation of the segment query: its output structure and descriptor type.
trait SegmentQueryOut: Default {
    type Descriptor: Copy + Default;
    const TYPE: DXGK_QUERYADAPTERINFOTYPE;
    fn count(&self) -> usize;
    /// Points the output at `descriptors` for the second call.
    fn set_descriptors(&mut self, descriptors: &mut [Self::Descriptor]);
    fn segment(id: u32, descriptor: &Self::Descriptor) -> Segment;
}

/// A [`Segment`] from any of the three descriptor shapes (they name these members alike).
macro_rules! segment_from_descriptor {
    ($id:expr, $d:expr) => {
        Segment {
            id: $id,
            size: $d.Size as u64,
            flags: $d.Flags.Value,
            commit_limit: $d.CommitLimit as u64,
            base_address: $d.BaseAddress.quad() as u64,
        }
    };
}

impl SegmentQueryOut for DXGK_QUERYSEGMENTOUT4 {
    type Descriptor = DXGK_SEGMENTDESCRIPTOR4;
    const TYPE: DXGK_QUERYADAPTERINFOTYPE = DXGKQAITYPE_QUERYSEGMENT4;
    fn count(&self) -> usize {
        self.NbSegment as usize
    }
    fn set_descriptors(&mut self, descriptors: &mut [Self::Descriptor]) {
        self.NbSegment = descriptors.len() as UINT;
        self.pSegmentDescriptor = descriptors.as_mut_ptr() as *mut BYTE;
        self.SegmentDescriptorStride = std::mem::size_of::<DXGK_SEGMENTDESCRIPTOR4>();
    }
    fn segment(id: u32, d: &Self::Descriptor) -> Segment {
        segment_from_descriptor!(id, d)
    }
}

impl SegmentQueryOut for DXGK_QUERYSEGMENTOUT3 {
    type Descriptor = DXGK_SEGMENTDESCRIPTOR3;
    const TYPE: DXGK_QUERYADAPTERINFOTYPE = DXGKQAITYPE_QUERYSEGMENT3;
    fn count(&self) -> usize {
        self.NbSegment as usize
    }
    fn set_descriptors(&mut self, descriptors: &mut [Self::Descriptor]) {
        self.NbSegment = descriptors.len() as UINT;
        self.pSegmentDescriptor = descriptors.as_mut_ptr();
    }
    fn segment(id: u32, d: &Self::Descriptor) -> Segment {
        segment_from_descriptor!(id, d)
    }
}

impl SegmentQueryOut for DXGK_QUERYSEGMENTOUT {
    type Descriptor = DXGK_SEGMENTDESCRIPTOR;
    const TYPE: DXGK_QUERYADAPTERINFOTYPE = DXGKQAITYPE_QUERYSEGMENT;
    fn count(&self) -> usize {
        self.NbSegment as usize
    }
    fn set_descriptors(&mut self, descriptors: &mut [Self::Descriptor]) {
        self.NbSegment = descriptors.len() as UINT;
        self.pSegmentDescriptor = descriptors.as_mut_ptr();
    }
    fn segment(id: u32, d: &Self::Descriptor) -> Segment {
        segment_from_descriptor!(id, d)
    }
}

/// The count-then-fill protocol every segment query shares: the first call (no descriptor
/// array) returns `NbSegment`, the second fills that many descriptors. `QUERYSEGMENT4` takes
/// `DXGK_QUERYSEGMENTIN4` (physical adapter 0), `QUERYSEGMENT` a `DXGK_QUERYSEGMENTIN` with no
/// AGP aperture; `QUERYSEGMENT3` has no input.
fn query_segments_with<Out: SegmentQueryOut>(
    miniport: &Miniport,
    faults: &FaultPlan,
    query: SegmentQuery,
) -> Result<Vec<Segment>, Refusal> {
    let mut input4 = DXGK_QUERYSEGMENTIN4 { PhysicalAdapterIndex: 0 };
    let mut input1 = DXGK_QUERYSEGMENTIN {
        AgpApertureBase: LARGE_INTEGER::new(0),
        AgpApertureSize: LARGE_INTEGER::new(0),
        AgpFlags: DXGK_SEGMENTFLAGS { Value: 0 },
    };
    let (input, input_size) = match query {
        SegmentQuery::Query4 => (&mut input4 as *mut _ as PVOID, std::mem::size_of::<DXGK_QUERYSEGMENTIN4>()),
        SegmentQuery::Query1 => (&mut input1 as *mut _ as PVOID, std::mem::size_of::<DXGK_QUERYSEGMENTIN>()),
        SegmentQuery::Query3 => (std::ptr::null_mut(), 0),
    };
    let mut out = Out::default();
    let mut args = DXGKARG_QUERYADAPTERINFO {
        Type: Out::TYPE,
        pInputData: input,
        InputDataSize: input_size as UINT,
        pOutputData: &mut out as *mut Out as PVOID,
        OutputDataSize: std::mem::size_of::<Out>() as UINT,
        ..Default::default()
    };
    let status = miniport.query_adapter_info(faults, &args);
    if status < 0 {
        return Err(Refusal::new(
            status_to_hresult(status),
            format!("DxgkDdiQueryAdapterInfo({}) count failed", query.name()),
        ));
    }
    let count = out.count();
    if count == 0 || count > 31 {
        return Err(Refusal::invalid_arg(journal::text!(
            "the KMD reported {} segments; 1 to 31 are allowed",
            count
        )));
    }
    let mut descriptors = vec![Out::Descriptor::default(); count];
    out.set_descriptors(&mut descriptors);
    args.pOutputData = &mut out as *mut Out as PVOID;
    let status = miniport.query_adapter_info(faults, &args);
    if status < 0 {
        return Err(Refusal::new(
            status_to_hresult(status),
            format!("DxgkDdiQueryAdapterInfo({}) failed", query.name()),
        ));
    }
    Ok(descriptors.iter().enumerate().map(|(i, d)| Out::segment(i as u32 + 1, d)).collect())
}
