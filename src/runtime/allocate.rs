//! `pfnAllocateCb` as one transaction.
//!
//! 1. Validate the UMD's input and capture (copy) everything it points to.
//! 2. Find or start the resource; reserve the D3DKMT handles.
//! 3. Call `DxgkDdiCreateAllocation` once for all allocations.
//! 4. Validate what the KMD returned as VidMm would.
//! 5. Commit to VidMm: check the commit limit, place each allocation (see `vidmm` for the
//!    policy; an allocation that finds no room starts non-resident).
//! 6. Publish the handles, then `DxgkDdiOpenAllocation` with `Flags.Create` for the device.
//! 7. Copy the KMD's in/out private data back, write the `hAllocation`s and `hKMResource`.
//!
//! What has been done is recorded in a `Transaction`; any failure drops it, which undoes every
//! earlier step (the KMD's `DxgkDdiDestroyAllocation` and `DxgkDdiCloseAllocation` included)
//! and gives the handles back unseen, so the process is exactly as it was. No shim lock is held
//! while the KMD runs.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use parking_lot::Mutex;

use crate::abi::*;
use crate::core::PerCall;
use crate::core::Refusal;
use crate::core::handles::HandleKind;
use crate::core::model::{
    Allocation, AllocationDesc, Device, Holds, Object, PROCESS, Resource, ResourceState, SegmentPreference,
};
use crate::journal;
use crate::kmd::reference;
use crate::runtime::adapter::Adapter;
use crate::runtime::c_args::capture;
use crate::runtime::status::status_to_hresult;
use crate::vidmm::NewAllocation;

const PAGE: u64 = 4096;

/// One allocation request, captured from the UMD.
struct Request {
    system_memory: usize,
    private_data: Vec<u8>,
    primary_source: Option<u32>,
}

/// Where the UMD's allocation array is and which shape it has.
enum UmdArray {
    V1(*mut D3DDDI_ALLOCATIONINFO),
    V2(*mut D3DDDI_ALLOCATIONINFO2),
}

/// Runs `pfnAllocateCb(hDevice, pData)` for a resolved device.
///
/// # Safety
/// `data` is a valid `D3DDDICB_ALLOCATE` whose pointers are valid as the callback documents.
pub unsafe fn allocate(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: &mut D3DDDICB_ALLOCATE,
) -> Result<HRESULT, Refusal> {
    // ---- 1. validate and capture -------------------------------------------------------------
    let count = data.NumAllocations;
    if count == 0 || count > WDDMSHIM_MAX_ALLOCATIONS_PER_CALL {
        return Err(Refusal::invalid_arg(journal::text!(
            "NumAllocations is {}; 1 to {} are allowed",
            count,
            WDDMSHIM_MAX_ALLOCATIONS_PER_CALL
        )));
    }
    let settings = device.settings;
    // SAFETY: both union members are pointers at the same offset; reading either is a plain
    // pointer read.
    let array = unsafe {
        if settings.allocation_info2 {
            UmdArray::V2(data.Anonymous.pAllocationInfo2)
        } else {
            UmdArray::V1(data.Anonymous.pAllocationInfo)
        }
    };
    let array_is_null = match array {
        UmdArray::V1(p) => p.is_null(),
        UmdArray::V2(p) => p.is_null(),
    };
    if array_is_null {
        let name = if settings.allocation_info2 { "pAllocationInfo2" } else { "pAllocationInfo" };
        return Err(Refusal::invalid_arg(journal::text!("{} is NULL", name)));
    }
    // SAFETY: the UMD's resource-level private data, per the callback's contract.
    let resource_data = unsafe {
        capture(data.pPrivateDriverData, data.PrivateDriverDataSize, || "pPrivateDriverData".into())
    }?;
    let mut requests: PerCall<Request> = PerCall::with_capacity(count as usize);
    for index in 0..count as usize {
        // SAFETY: the array holds NumAllocations elements of the selected shape.
        let (system_memory, private, private_size, source, flags) = unsafe {
            match array {
                UmdArray::V1(p) => {
                    let info = &*p.add(index);
                    (
                        info.pSystemMem as usize,
                        info.pPrivateDriverData,
                        info.PrivateDriverDataSize,
                        info.VidPnSourceId,
                        info.Flags.Value,
                    )
                }
                UmdArray::V2(p) => {
                    let info = &*p.add(index);
                    (
                        info.Anonymous1.pSystemMem as usize,
                        info.pPrivateDriverData,
                        info.PrivateDriverDataSize,
                        info.VidPnSourceId,
                        info.Flags.Value,
                    )
                }
            }
        };
        // SAFETY: per-allocation private data, per the callback's contract.
        let private_data = unsafe {
            capture(private, private_size, || format!("pAllocationInfo[{index}].pPrivateDriverData"))
        }?;
        let primary = flags & D3DDDI_ALLOCATIONINFO_FLAGS::Primary != 0;
        let primary_source = if primary {
            if source as usize >= adapter.sources.len() {
                return Err(Refusal::invalid_arg(journal::text!(
                    "pAllocationInfo[{}] is a primary for VidPnSourceId {}, but the adapter has {} source(s)",
                    index,
                    source,
                    adapter.sources.len()
                )));
            }
            Some(source)
        } else {
            None // VidPnSourceId means nothing on a non-primary (the docs' D3DDDI_ID_NOTAPPLICABLE).
        };
        requests.push(Request { system_memory, private_data, primary_source });
    }

    // ---- 2. resource, handles ---------------------------------------------------------------
    let runtime_resource = data.hResource as usize;
    let (resource, new_resource) = if runtime_resource == 0 {
        (None, false)
    } else {
        let mut state = device.state.lock();
        match state.resources.get(&runtime_resource) {
            Some(existing) => (Some(existing.clone()), false),
            None => {
                let handle = PROCESS
                    .handles
                    .reserve(adapter.id, HandleKind::Resource, 1)
                    .and_then(|mut h| h.pop())
                    .ok_or_else(|| Refusal::new(E_OUTOFMEMORY, "the handle table is full"))?;
                let resource = Arc::new(Resource {
                    handle,
                    device: device.handle,
                    runtime_handle: runtime_resource,
                    transaction: Mutex::new(()),
                    state: Mutex::new(ResourceState::default()),
                });
                state.resources.insert(runtime_resource, resource.clone());
                (Some(resource), true)
            }
        }
    };
    let _resource_transaction = resource.as_ref().map(|r| r.transaction.lock());
    let existing_kmd_resource = resource.as_ref().map_or(0, |r| r.state.lock().kmd_resource);
    let mut transaction = Transaction {
        adapter,
        device,
        resource: resource.clone(),
        new_resource,
        existing_kmd_resource,
        handles: PerCall::new(),
        created: None,
        placed: false,
        published: false,
        committed: false,
    };
    transaction.handles = PROCESS
        .handles
        .reserve(adapter.id, HandleKind::Allocation, count as usize)
        .ok_or_else(|| Refusal::new(E_OUTOFMEMORY, "the handle table is full"))?;
    let handles = transaction.handles.clone();

    // ---- 3. DxgkDdiCreateAllocation ------------------------------------------------------------
    let mut private_copies: PerCall<Vec<u8>> = requests.iter().map(|r| r.private_data.clone()).collect();
    let mut infos: PerCall<DXGK_ALLOCATIONINFO> = private_copies
        .iter_mut()
        .map(|copy| DXGK_ALLOCATIONINFO {
            pPrivateDriverData: if copy.is_empty() {
                std::ptr::null_mut()
            } else {
                copy.as_mut_ptr() as PVOID
            },
            PrivateDriverDataSize: copy.len() as UINT,
            ..Default::default()
        })
        .collect();
    let mut args = DXGKARG_CREATEALLOCATION {
        pPrivateDriverData: if resource_data.is_empty() {
            std::ptr::null()
        } else {
            resource_data.as_ptr() as *const _
        },
        PrivateDriverDataSize: resource_data.len() as UINT,
        NumAllocations: count,
        pAllocationInfo: infos.as_mut_ptr(),
        hResource: existing_kmd_resource as HANDLE,
        Flags: DXGK_CREATEALLOCATIONFLAGS {
            Value: if resource.is_some() { DXGK_CREATEALLOCATIONFLAGS::Resource } else { 0 },
        },
    };
    let hints = requests.iter().map(|r| r.primary_source).collect();
    let status = reference::with_primary_hints(hints, || {
        adapter.miniport.create_allocation(&adapter.faults, device.handle, &mut args)
    });
    if status < 0 {
        return Err(Refusal::new(status_to_hresult(status), "DxgkDdiCreateAllocation failed"));
    }
    let kmd_resource = args.hResource as usize;
    transaction.created = Some(Created {
        kmd_allocations: infos.iter().map(|i| i.hAllocation).filter(|h| !h.is_null()).collect(),
        kmd_resource,
    });

    // ---- 4. validate the KMD's output -----------------------------------------------------------
    let mut descs: PerCall<AllocationDesc> = PerCall::with_capacity(infos.len());
    for (index, info) in infos.iter().enumerate() {
        match validate_kmd_output(adapter, index, info, requests[index].primary_source.is_some()) {
            Ok(desc) => descs.push(desc),
            Err(reason) => {
                return Err(Refusal::invalid_arg(format!(
                    "the KMD's DxgkDdiCreateAllocation output is invalid: {}",
                    reason
                )));
            }
        }
    }
    if resource.is_some() && kmd_resource == 0 {
        return Err(Refusal::invalid_arg(
            "the KMD returned a NULL hResource for a resource (Flags.Resource was set)",
        ));
    }

    // ---- 5. commit to VidMm: place each allocation (or leave it non-resident) -----------------
    let placements: PerCall<NewAllocation> = handles
        .iter()
        .zip(&descs)
        .zip(&requests)
        .map(|((&handle, desc), request)| new_placement(handle, desc, request.system_memory))
        .collect();
    if let Err(error) = adapter.vidmm.create(&placements) {
        return Err(Refusal::new(error.hresult(), error.to_string()));
    }
    transaction.placed = true;

    // ---- 6. publish, DxgkDdiOpenAllocation ------------------------------------------------------
    let allocations: PerCall<Arc<Allocation>> = handles
        .iter()
        .zip(descs)
        .zip(requests.iter().zip(&private_copies))
        .zip(&infos)
        .map(|(((&handle, desc), (request, private)), info)| {
            adapter.new_allocation(Allocation {
                handle,
                device: device.handle,
                resource: resource.as_ref().map(|r| r.handle),
                kmd_allocation: info.hAllocation as usize,
                kmd_device_allocation: AtomicUsize::new(0),
                desc,
                primary_source: request.primary_source,
                system_memory: request.system_memory,
                private_data: private.clone(),
                adapter_id: adapter.id,
                holds: Mutex::new(Holds::default()),
            })
        })
        .collect();
    if let Some(resource) = &resource {
        let mut state = resource.state.lock();
        PROCESS.set_kmd_resource(resource, &mut state, kmd_resource, adapter.id);
        state.children.extend(&handles);
        if new_resource {
            PROCESS.publish(resource.handle, Object::Resource(resource.clone()), kmd_resource, adapter.id);
        }
    }
    for allocation in &allocations {
        PROCESS.publish(
            allocation.handle,
            Object::Allocation(allocation.clone()),
            allocation.kmd_allocation,
            adapter.id,
        );
    }
    transaction.published = true;
    let mut opens: PerCall<DXGK_OPENALLOCATIONINFO> = allocations
        .iter()
        .zip(private_copies.iter_mut())
        .map(|(allocation, private)| DXGK_OPENALLOCATIONINFO {
            hAllocation: allocation.handle,
            pPrivateDriverData: if private.is_empty() {
                std::ptr::null_mut()
            } else {
                private.as_mut_ptr() as PVOID
            },
            PrivateDriverDataSize: private.len() as UINT,
            hDeviceSpecificAllocation: std::ptr::null_mut(),
        })
        .collect();
    let open_args = DXGKARG_OPENALLOCATION {
        NumAllocations: count,
        pOpenAllocation: opens.as_mut_ptr(),
        pPrivateDriverData: if resource_data.is_empty() {
            std::ptr::null_mut()
        } else {
            resource_data.as_ptr() as PVOID
        },
        PrivateDriverSize: resource_data.len() as UINT,
        Flags: DXGK_OPENALLOCATIONFLAGS { Value: DXGK_OPENALLOCATIONFLAGS::Create },
        ..Default::default()
    };
    let status =
        adapter.miniport.open_allocation(&adapter.faults, device.handle, device.kmd_device, &open_args);
    let unopened = opens.iter().position(|o| o.hDeviceSpecificAllocation.is_null());
    if status < 0 || unopened.is_some() {
        // The KMD claimed success but left a handle NULL: close what it did open. The
        // transaction undoes the rest as it is dropped.
        if status >= 0 {
            let opened: Vec<HANDLE> =
                opens.iter().map(|o| o.hDeviceSpecificAllocation).filter(|h| !h.is_null()).collect();
            if !opened.is_empty() {
                let close = DXGKARG_CLOSEALLOCATION {
                    NumAllocations: opened.len() as UINT,
                    pOpenHandleList: opened.as_ptr(),
                };
                adapter.miniport.close_allocation(&adapter.faults, device.handle, device.kmd_device, &close);
            }
        }
        return Err(match unopened {
            Some(index) if status >= 0 => Refusal::invalid_arg(journal::text!(
                "the KMD's DxgkDdiOpenAllocation returned a NULL hDeviceSpecificAllocation for allocation {}",
                index
            )),
            _ => Refusal::new(status_to_hresult(status), "DxgkDdiOpenAllocation failed"),
        });
    }
    for (allocation, open) in allocations.iter().zip(&opens) {
        allocation.kmd_device_allocation.store(open.hDeviceSpecificAllocation as usize, Ordering::Release);
    }
    {
        let mut state = device.state.lock();
        state.allocations.extend(&handles);
    }
    transaction.commit();
    if let Some(resource) = &resource {
        resource.state.lock().private_data = resource_data.clone();
    }

    // ---- 7. write back ---------------------------------------------------------------------------
    for (index, (allocation, private)) in allocations.iter().zip(&private_copies).enumerate() {
        // SAFETY: same array and element as read in step 1; the private data buffers are the
        // UMD's own, of the size it stated, and `private` has exactly that size.
        unsafe {
            let (slot, buffer) = match array {
                UmdArray::V1(p) => {
                    let info = &mut *p.add(index);
                    (&mut info.hAllocation, info.pPrivateDriverData)
                }
                UmdArray::V2(p) => {
                    let info = &mut *p.add(index);
                    (&mut info.hAllocation, info.pPrivateDriverData)
                }
            };
            *slot = allocation.handle;
            if !private.is_empty() {
                std::ptr::copy_nonoverlapping(private.as_ptr(), buffer as *mut u8, private.len());
            }
        }
    }
    data.hKMResource = resource.as_ref().map_or(0, |r| r.handle);
    Ok(S_OK)
}

/// What VidMm needs to place the allocation `handle` the KMD described as `desc`.
pub(crate) fn new_placement(
    handle: D3DKMT_HANDLE,
    desc: &AllocationDesc,
    system_memory: usize,
) -> NewAllocation {
    NewAllocation {
        handle,
        size: desc.size,
        alignment: u64::from(desc.alignment),
        preferred: desc.preferred_segments.clone(),
        supported: desc.supported_segments,
        flags: desc.flags,
        priority: desc.priority,
        system_memory,
    }
}

/// What the KMD created for this call: its allocation handles and its resource handle.
struct Created {
    kmd_allocations: PerCall<HANDLE>,
    kmd_resource: usize,
}

/// What a `pfnAllocateCb` has done so far. Dropped before `Transaction::commit` (any `?` or
/// `return Err` after it exists), it undoes every step in the reverse order of doing:
/// unpublish (and give a resource its children and KMD handle back), forget the VidMm records,
/// `DxgkDdiDestroyAllocation`, and only then give the handle values back, allocations before
/// the resource, so no other thread's `pfnAllocateCb` is handed a value while the VidMm record
/// keyed by it is still being removed here. A resource this call started leaves the device.
struct Transaction<'a> {
    adapter: &'a Adapter,
    device: &'a Device,
    resource: Option<Arc<Resource>>,
    /// Whether this call started the resource (and so owns its handle and its device entry).
    new_resource: bool,
    /// The resource's KMD handle before this call.
    existing_kmd_resource: usize,
    /// The allocation handles reserved for this call.
    handles: PerCall<D3DKMT_HANDLE>,
    created: Option<Created>,
    placed: bool,
    published: bool,
    committed: bool,
}

impl Transaction<'_> {
    /// Keeps everything: the call succeeded.
    fn commit(&mut self) {
        self.committed = true;
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        if self.published {
            if let Some(resource) = &self.resource {
                let mut state = resource.state.lock();
                state.children.retain(|h| !self.handles.contains(h));
                PROCESS.set_kmd_resource(resource, &mut state, self.existing_kmd_resource, self.adapter.id);
            }
            PROCESS.handles.unpublish(&self.handles);
            if let (Some(resource), true) = (&self.resource, self.new_resource) {
                PROCESS.handles.unpublish(&[resource.handle]);
            }
        }
        if self.placed {
            self.adapter.vidmm.destroy(&self.handles);
        }
        if let Some(created) = self.created.take() {
            let destroy_resource = self.new_resource && created.kmd_resource != 0;
            let written = self.adapter.miniport.destroy_allocation(
                &self.adapter.faults,
                self.device.handle,
                &created.kmd_allocations,
                created.kmd_resource,
                destroy_resource,
            );
            // A resource that existed before keeps the `hResource` the KMD may write back.
            if let (Some(resource), false, true) = (&self.resource, self.new_resource, written != 0) {
                PROCESS.set_kmd_resource(resource, &mut resource.state.lock(), written, self.adapter.id);
            }
        }
        PROCESS.handles.unreserve(&self.handles);
        if let (Some(resource), true) = (&self.resource, self.new_resource) {
            self.device.state.lock().resources.remove(&resource.runtime_handle);
            PROCESS.handles.unreserve(&[resource.handle]);
        }
    }
}

/// The flags a primary must not carry (docs of D3DDDI_ALLOCATIONINFO / DXGK_ALLOCATIONINFOFLAGS).
const PRIMARY_FORBIDDEN: u32 = DXGK_ALLOCATIONINFOFLAGS::PermanentSysMem
    | DXGK_ALLOCATIONINFOFLAGS::Cached
    | DXGK_ALLOCATIONINFOFLAGS::Protected
    | DXGK_ALLOCATIONINFOFLAGS::ExistingSysMem
    | DXGK_ALLOCATIONINFOFLAGS::ExistingKernelSysMem;

/// Checks one `DXGK_ALLOCATIONINFO` the way VidMm does and keeps what placement needs.
pub(crate) fn validate_kmd_output(
    adapter: &Adapter,
    index: usize,
    info: &DXGK_ALLOCATIONINFO,
    primary: bool,
) -> Result<AllocationDesc, String> {
    if info.hAllocation.is_null() {
        return Err(format!("allocation {index}: hAllocation is NULL"));
    }
    let size = info.Size as u64;
    if size == 0 {
        return Err(format!("allocation {index}: Size is 0"));
    }
    let alignment = info.Alignment;
    if alignment != 0 && !alignment.is_power_of_two() {
        return Err(format!("allocation {index}: Alignment {alignment} is not a power of two"));
    }
    if info.PitchAlignedSize != 0 && (info.PitchAlignedSize as u64) < size {
        return Err(format!(
            "allocation {index}: PitchAlignedSize {} is below Size {size}",
            info.PitchAlignedSize
        ));
    }
    let all = adapter.all_segments();
    // WDDM 2.0 and later use only the write set; earlier KMDs' read set must fit too.
    let supported = if adapter.miniport.ddis.version >= DXGKDDI_INTERFACE_VERSION_WDDM2_0 {
        info.SupportedWriteSegmentSet
    } else {
        info.SupportedWriteSegmentSet | info.SupportedReadSegmentSet
    };
    if supported & !all != 0 {
        return Err(format!(
            "allocation {index}: supported segment set {supported:#x} names segments the adapter lacks ({all:#x})"
        ));
    }
    if supported == 0 {
        return Err(format!("allocation {index}: the supported segment set is empty"));
    }
    let mut preferred = SegmentPreference::new();
    let preference = info.PreferredSegment;
    for (mask, direction) in [
        (D3DDDI_SEGMENTPREFERENCE::SegmentId0, D3DDDI_SEGMENTPREFERENCE::Direction0),
        (D3DDDI_SEGMENTPREFERENCE::SegmentId1, D3DDDI_SEGMENTPREFERENCE::Direction1),
        (D3DDDI_SEGMENTPREFERENCE::SegmentId2, D3DDDI_SEGMENTPREFERENCE::Direction2),
        (D3DDDI_SEGMENTPREFERENCE::SegmentId3, D3DDDI_SEGMENTPREFERENCE::Direction3),
        (D3DDDI_SEGMENTPREFERENCE::SegmentId4, D3DDDI_SEGMENTPREFERENCE::Direction4),
    ] {
        let id = preference.get(mask);
        if id == 0 {
            break;
        }
        if id > 31 || supported & (1 << (id - 1)) == 0 {
            return Err(format!(
                "allocation {index}: preferred segment {id} is not in the supported set {supported:#x}"
            ));
        }
        preferred.push((id, preference.Value & direction != 0));
    }
    let eviction = info.EvictionSegmentSet;
    if eviction & !adapter.aperture_segments() != 0 {
        return Err(format!(
            "allocation {index}: eviction segment set {eviction:#x} names non-aperture segments"
        ));
    }
    // SAFETY: both views of the flags union are one u32.
    let flags = unsafe { info.Anonymous2.Flags.Value };
    if primary && flags & PRIMARY_FORBIDDEN != 0 {
        return Err(format!(
            "allocation {index}: a primary may not set PermanentSysMem, Cached, Protected, ExistingSysMem or ExistingKernelSysMem (flags {flags:#x})"
        ));
    }
    // The DDI's documentation calls 0 "an invalid initial allocation priority".
    let priority = info.AllocationPriority;
    if priority == 0 {
        return Err(format!("allocation {index}: AllocationPriority is 0, an invalid initial priority"));
    }
    Ok(AllocationDesc {
        size: size.div_ceil(PAGE) * PAGE,
        alignment,
        preferred_segments: preferred,
        supported_segments: supported,
        eviction_segments: eviction,
        flags,
        priority,
    })
}
