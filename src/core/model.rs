//! The kernel objects a UMD's handles name: devices, resources, allocations.
//!
//! These hold what dxgkrnl remembers about each object: the D3DKMT handle, the KMD's own handles
//! (kept as integers: the core never dereferences them), the private data, and what the KMD's
//! `DXGK_ALLOCATIONINFO` said. Ownership follows Windows: a resource owns its allocations
//! (ordered, as `DxgkCbEnumHandleChildren` lists them), a device owns its resources and its
//! device-level allocations.
//!
//! Lock order (outer to inner; never take an outer lock while holding an inner one):
//! 0. a device's lifetime lock ([`Device::lifetime`]): shared by its callbacks, exclusive for its
//!    destruction;
//! 1. a device's release lock ([`Device::release_lock`]), held by a deallocation or a device
//!    destruction from its validation to its last free;
//! 2. a resource's transaction lock ([`Resource::transaction`]), held across the KMD calls of one
//!    `pfnAllocateCb` / `pfnDeallocateCb` on that resource;
//! 3. the adapter's device list;
//! 4. a device's state ([`Device::state`]);
//! 5. a resource's state ([`Resource::state`]);
//! 6. a shard of the process handle table (taken and released inside each of its calls, one
//!    shard at a time);
//! 7. an adapter's VidMm state (`vidmm::VidMm`): nothing is called out while it is held, the
//!    journal included (VidMm's notes are written after it is released); its
//!    condition variable releases it while a lock waits for the GPU;
//! 8. a journal slot (`journal::ring`), taken alone for one store or one read.
//!
//! A context's buffers ([`Context::buffers`]) are held across the KMD calls of one render, as
//! Windows lets one thread use a context at a time; the software GPU's queue (`runtime::gpu`) is
//! never held while a KMD routine runs. No other shim lock is held while a KMD DDI runs, so the
//! KMD may call the Dxgk callbacks (the handle callbacks take only the handle table's shared
//! lock; the interrupt callbacks only the GPU queue) from inside any DDI or from its own threads.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Preferred segment ids in order (1-based; at most five, as `DXGK_SEGMENTPREFERENCE` holds),
/// each with its `Direction` bit (true: allocate from the segment's end).
pub type SegmentPreference = smallvec::SmallVec<[(u32, bool); 5]>;

use parking_lot::{Mutex, RwLock, RwLockReadGuard};

use crate::abi::D3DKMT_HANDLE;
use crate::core::handles::{HandleError, HandleKind, HandleTable};

/// A handle the KMD gave us (its `hAllocation`, `hResource`, `hDevice`, ...), kept as an integer.
pub type KmdHandle = usize;

/// What a D3DKMT handle names.
#[derive(Clone)]
pub enum Object {
    /// A runtime device.
    Device(Arc<Device>),
    /// A resource.
    Resource(Arc<Resource>),
    /// An allocation.
    Allocation(Arc<Allocation>),
    /// A GPU context.
    Context(Arc<Context>),
}

/// The process: one handle table for every adapter, as on Windows.
pub struct Process {
    /// Every D3DKMT handle in the process.
    pub handles: HandleTable<Object>,
}

/// The process-wide state.
pub static PROCESS: std::sync::LazyLock<Process> =
    std::sync::LazyLock::new(|| Process { handles: HandleTable::new() });

impl Process {
    /// Makes a reserved handle name `object`; the KMD's lookups of it answer `kmd` (the handle the
    /// KMD gave for it) on `adapter`.
    pub fn publish(&self, handle: D3DKMT_HANDLE, object: Object, kmd: KmdHandle, adapter: u64) {
        self.handles.publish(handle, object, [kmd as u64, adapter]);
    }

    /// The KMD's handle for a live D3DKMT handle of `kind`, and its adapter, read without a lock
    /// (what `DxgkCbGetHandleData` answers).
    pub fn kmd_handle(
        &self,
        handle: D3DKMT_HANDLE,
        kind: HandleKind,
    ) -> Result<(KmdHandle, u64), HandleError> {
        let [kmd, adapter] = self.handles.peek(handle, kind)?;
        Ok((kmd as KmdHandle, adapter))
    }

    /// Sets the KMD's handle of `resource` (whose `state` the caller holds), for the runtime and
    /// for the KMD's lookups alike.
    pub fn set_kmd_resource(
        &self,
        resource: &Resource,
        state: &mut ResourceState,
        kmd: KmdHandle,
        adapter: u64,
    ) {
        state.kmd_resource = kmd;
        self.handles.set_words(resource.handle, [kmd as u64, adapter]);
    }

    /// The live device `handle` names.
    pub fn device(&self, handle: D3DKMT_HANDLE) -> Result<Arc<Device>, HandleError> {
        match self.handles.get(handle, HandleKind::Device)? {
            Object::Device(device) => Ok(device),
            _ => unreachable!("the table stores devices under HandleKind::Device"),
        }
    }

    /// The live resource `handle` names.
    pub fn resource(&self, handle: D3DKMT_HANDLE) -> Result<Arc<Resource>, HandleError> {
        match self.handles.get(handle, HandleKind::Resource)? {
            Object::Resource(resource) => Ok(resource),
            _ => unreachable!("the table stores resources under HandleKind::Resource"),
        }
    }

    /// The live allocation `handle` names.
    pub fn allocation(&self, handle: D3DKMT_HANDLE) -> Result<Arc<Allocation>, HandleError> {
        match self.handles.get(handle, HandleKind::Allocation)? {
            Object::Allocation(allocation) => Ok(allocation),
            _ => unreachable!("the table stores allocations under HandleKind::Allocation"),
        }
    }

    /// The live context `handle` names.
    pub fn context(&self, handle: D3DKMT_HANDLE) -> Result<Arc<Context>, HandleError> {
        match self.handles.get(handle, HandleKind::Context)? {
            Object::Context(context) => Ok(context),
            _ => unreachable!("the table stores contexts under HandleKind::Context"),
        }
    }
}

impl Device {
    /// Enters a callback on the device: `None` once it has been destroyed.
    pub fn enter(&self) -> Option<RwLockReadGuard<'_, bool>> {
        let guard = self.lifetime.read();
        if *guard { None } else { Some(guard) }
    }
}

/// Why a device no longer works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removal {
    /// A simulated timeout detection and recovery.
    Tdr,
    /// A simulated Plug and Play stop.
    PnpStop,
    /// A `pfnMakeResidentCb` with `MustSucceed` that could not be satisfied puts the device in
    /// error, as documented for `D3DDDI_MAKERESIDENT_FLAGS`.
    MustSucceedFailed,
}

/// A runtime device: what a UMD's `hDevice` (`m_hD3D`) names.
pub struct Device {
    /// Its D3DKMT handle, also the `HANDLE` value the UMD holds.
    pub handle: D3DKMT_HANDLE,
    /// The adapter it belongs to (an index into the adapter registry, for the journal).
    pub adapter_id: u64,
    /// The adapter itself (the runtime's type, which the core does not know): a callback goes
    /// from its device to its adapter without a process-wide lookup.
    pub adapter: Arc<dyn std::any::Any + Send + Sync>,
    /// How the runtime treats the device.
    pub settings: DeviceSettings,
    /// The KMD's device handle from `DxgkDdiCreateDevice`.
    pub kmd_device: KmdHandle,
    /// The UMD interface version the device was created for.
    pub umd_interface: u32,
    /// Shared by every callback running on the device, exclusive for its destruction; holds
    /// `true` once destroyed. A callback that resolved the device just before it was destroyed
    /// finds `true` here and fails instead of touching a dead device.
    pub lifetime: RwLock<bool>,
    /// Held by each deallocation from validation to the last handle freed, so two threads never
    /// release the same allocation.
    pub release_lock: Mutex<()>,
    /// Mutable state.
    pub state: Mutex<DeviceState>,
}

/// How the runtime treats one device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceSettings {
    /// `pfnAllocateCb` reads `pAllocationInfo2` instead of `pAllocationInfo`.
    pub allocation_info2: bool,
}

/// A device's mutable state.
#[derive(Default)]
pub struct DeviceState {
    /// Set once the device is removed; callbacks then fail with `D3DDDIERR_DEVICEREMOVED`.
    pub removed: Option<Removal>,
    /// Resources by the runtime's `hResource` value.
    pub resources: super::IntegerMap<usize, Arc<Resource>>,
    /// Every live allocation of the device (device-owned and resource children).
    pub allocations: BTreeSet<D3DKMT_HANDLE>,
    /// Its live contexts.
    pub contexts: BTreeSet<D3DKMT_HANDLE>,
}

/// A resource: the kernel object behind a runtime `hResource`.
pub struct Resource {
    /// Its D3DKMT handle (`hKMResource`).
    pub handle: D3DKMT_HANDLE,
    /// The device that created it.
    pub device: D3DKMT_HANDLE,
    /// The runtime's `hResource` value.
    pub runtime_handle: usize,
    /// Held by one allocate or deallocate transaction at a time, across its KMD calls.
    pub transaction: Mutex<()>,
    /// Mutable state.
    pub state: Mutex<ResourceState>,
}

/// A resource's mutable state.
#[derive(Default)]
pub struct ResourceState {
    /// The KMD's resource handle (`DXGKARG_CREATEALLOCATION::hResource` on output).
    pub kmd_resource: KmdHandle,
    /// The latest resource-level private data (replaced when allocations are added).
    pub private_data: Vec<u8>,
    /// Its allocations, in creation order.
    pub children: Vec<D3DKMT_HANDLE>,
    /// Deallocated allocations of it whose `DxgkDdiDestroyAllocation` waits for the KMD's last
    /// `DxgkCbReleaseHandleData`.
    pub held_destructions: u32,
    /// The resource was deallocated while some of its allocations were held: the KMD's resource
    /// (an object associated with them) is destroyed with the last of them.
    pub destroy_with_last_held: bool,
}

/// What VidMm keeps of the KMD's `DXGK_ALLOCATIONINFO` for one allocation (validated).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AllocationDesc {
    /// Size in bytes, rounded up to the page size.
    pub size: u64,
    /// Alignment in bytes (0: none).
    pub alignment: u32,
    /// Preferred segment ids in order (1-based; up to five), each with its `Direction` bit
    /// (true: allocate from the segment's end).
    pub preferred_segments: SegmentPreference,
    /// Segments the allocation may live in (bit 0 = segment 1).
    pub supported_segments: u32,
    /// Aperture segments eviction may use.
    pub eviction_segments: u32,
    /// The KMD's `DXGK_ALLOCATIONINFOFLAGS` value.
    pub flags: u32,
    /// The starting priority.
    pub priority: u32,
}

/// An allocation.
pub struct Allocation {
    /// Its D3DKMT handle.
    pub handle: D3DKMT_HANDLE,
    /// The device that created it.
    pub device: D3DKMT_HANDLE,
    /// Its resource, if it has one.
    pub resource: Option<D3DKMT_HANDLE>,
    /// The KMD's handle from `DxgkDdiCreateAllocation`.
    pub kmd_allocation: KmdHandle,
    /// The KMD's per-device handle from `DxgkDdiOpenAllocation` (0 until opened).
    pub kmd_device_allocation: AtomicUsize,
    /// The validated placement description.
    pub desc: AllocationDesc,
    /// The VidPN source of a primary.
    pub primary_source: Option<u32>,
    /// The runtime-provided system memory (`pSystemMem`), as an address; 0 if none.
    pub system_memory: usize,
    /// The private data after the KMD saw it.
    pub private_data: Vec<u8>,
    /// The adapter it lives on (its journal id).
    pub adapter_id: u64,
    /// `DxgkCbAcquireHandleData` references and a destruction waiting for them.
    pub holds: Mutex<Holds>,
}

/// The KMD's outstanding references to an allocation's data.
#[derive(Default)]
pub struct Holds {
    /// Outstanding `DxgkCbAcquireHandleData` references.
    pub count: u32,
    /// The allocation was deallocated while held: `DxgkDdiDestroyAllocation` runs at the last
    /// `DxgkCbReleaseHandleData`.
    pub destroy_when_released: bool,
    /// Its resource, kept for that destruction (the resource's handle may be gone by then).
    pub resource: Option<Arc<Resource>>,
}

impl Allocation {
    /// The per-device handle the KMD returned from `DxgkDdiOpenAllocation`.
    pub fn device_allocation(&self) -> KmdHandle {
        self.kmd_device_allocation.load(Ordering::Acquire)
    }
}

/// Counts of what a device still owned when it was destroyed, and their handles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Leaks {
    /// Resources reclaimed.
    pub resources: Vec<D3DKMT_HANDLE>,
    /// Allocations reclaimed.
    pub allocations: Vec<D3DKMT_HANDLE>,
}

impl Leaks {
    /// True when nothing was left.
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty() && self.allocations.is_empty()
    }
}

/// A GPU context: the KMD's context and the buffers the UMD and the KMD fill for each render.
pub struct Context {
    /// Its D3DKMT handle (the UMD's `hContext`).
    pub handle: D3DKMT_HANDLE,
    /// The device that created it.
    pub device: D3DKMT_HANDLE,
    /// The KMD's handle from `DxgkDdiCreateContext`.
    pub kmd_context: KmdHandle,
    /// The engine it submits to.
    pub node_ordinal: u32,
    /// The buffers, used by one render at a time (Windows allows one thread per context).
    pub buffers: Mutex<ContextBuffers>,
}

/// The memory behind a context: what the UMD writes (command buffer, allocation list, patch
/// list) and what the KMD builds from it (DMA buffer and its private data, the kernel allocation
/// and patch lists). Boxed slices: their addresses never change while the UMD holds them.
pub struct ContextBuffers {
    /// The UMD's command buffer.
    pub command: Box<[u8]>,
    /// The UMD's allocation list.
    pub allocation_list: Box<[crate::abi::D3DDDI_ALLOCATIONLIST]>,
    /// The UMD's patch-location list.
    pub patch_list: Box<[crate::abi::D3DDDI_PATCHLOCATIONLIST]>,
    /// The DMA buffer the KMD's `DxgkDdiRender` writes.
    pub dma: Box<[u8]>,
    /// The DMA buffer's private data.
    pub dma_private: Box<[u8]>,
    /// The kernel's patch-location list (`pPatchLocationListOut`).
    pub patch_out: Box<[crate::abi::D3DDDI_PATCHLOCATIONLIST]>,
}
