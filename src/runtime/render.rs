//! Contexts and the WDDM 1.x render path: `pfnCreateContextCb` / `pfnDestroyContextCb`,
//! `pfnRenderCb` (DxgkDdiRender, paging, DxgkDdiPatch, DxgkDdiSubmitCommand, the software GPU),
//! and `pfnEscapeCb`.
//!
//! Buffer sizes: a context's command buffer, allocation list and patch-location list have the
//! sizes the KMD's `DXGK_CONTEXTINFO` asked for; a member it leaves 0 gets the shim's default
//! (the documentation gives none): a 64 KiB command and DMA buffer, 256 allocation-list entries
//! (`DXGK_ALLOCATION_LIST_SIZE_GDICONTEXT`, the size the documentation fixes for GDI contexts),
//! and 1024 patch locations. The UMD gets the same buffers back after every render (Windows may
//! hand out new ones; a UMD must use what `pfnRenderCb` returns, which works either way). The
//! `Resize*` render flags are accepted and change nothing.
//!
//! `pfnEscapeCb`'s first parameter is the runtime's adapter handle on Windows; the shim has no
//! separate adapter handle for a UMD, so it takes the device from `D3DDDICB_ESCAPE::hDevice`, or,
//! when that is NULL, from the first parameter.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::handles::HandleKind;
use crate::core::model::{Context, ContextBuffers, Device, Object, PROCESS};
use crate::journal;
use crate::runtime::adapter::Adapter;
use crate::runtime::c_args::{arg_mut, arg_ref, capture};
use crate::runtime::device::owned_allocations;
use crate::runtime::gpu::Submission;
use crate::runtime::status::status_to_hresult;
use crate::vidmm::{Location, RenderError};

/// The default DMA and command buffer size, when the KMD asks for none.
const DEFAULT_BUFFER_SIZE: u32 = 64 * 1024;
/// The default allocation-list size.
const DEFAULT_ALLOCATION_LIST_SIZE: u32 = DXGK_ALLOCATION_LIST_SIZE_GDICONTEXT;
/// The default patch-location-list size.
const DEFAULT_PATCH_LIST_SIZE: u32 = 1024;
/// The most any of those may be (a KMD asking for more gets `E_INVALIDARG`).
const MAX_BUFFER_SIZE: u32 = 64 << 20;

/// Copies the KMD's in/out private data back to the UMD's buffer.
///
/// # Safety
/// `to` is writable for `private.len()` bytes when `private` is not empty.
unsafe fn give_back(private: &[u8], to: *mut core::ffi::c_void) {
    if !private.is_empty() {
        // SAFETY: the caller's contract.
        unsafe { std::ptr::copy_nonoverlapping(private.as_ptr(), to.cast(), private.len()) };
    }
}

fn or_default(value: u32, default: u32) -> u32 {
    if value == 0 { default } else { value }
}

/// The live context `h_context` of `device`.
fn context_of(device: &Device, h_context: HANDLE) -> Result<Arc<Context>, Refusal> {
    let handle = u32::try_from(h_context as usize).map_err(|_| {
        Refusal::invalid_arg(journal::text!("hContext {:p} is not a context handle", h_context))
    })?;
    let context = PROCESS.context(handle).map_err(|e| Refusal::bad_handle("hContext", e))?;
    if context.device != device.handle {
        return Err(Refusal::invalid_arg(journal::text!(
            "hContext {:#010x} belongs to device {:#010x}, not {:#010x}",
            handle,
            context.device,
            device.handle
        )));
    }
    Ok(context)
}

/// The work of `pfnCreateContextCb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn create_context_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut D3DDDICB_CREATECONTEXT,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_mut(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, NodeOrdinal {}, PrivateDriverDataSize {}",
        device.handle,
        data.NodeOrdinal,
        data.PrivateDriverDataSize
    ));
    // SAFETY: the private data is readable for its size (the callback's contract).
    let mut private = unsafe {
        capture(data.pPrivateDriverData, data.PrivateDriverDataSize, || "pPrivateDriverData".into())
    }?;
    let Some(handle) = PROCESS.handles.reserve(adapter.id, HandleKind::Context, 1).map(|h| h[0]) else {
        return Err(Refusal::new(E_OUTOFMEMORY, "the handle table is full"));
    };
    let mut args = DXGKARG_CREATECONTEXT {
        NodeOrdinal: data.NodeOrdinal,
        EngineAffinity: data.EngineAffinity,
        pPrivateDriverData: if private.is_empty() {
            std::ptr::null_mut()
        } else {
            private.as_mut_ptr().cast()
        },
        PrivateDriverDataSize: private.len() as UINT,
        ..Default::default()
    };
    let status =
        adapter.miniport.create_context(&adapter.faults, device.handle, device.kmd_device, &mut args);
    if status < 0 || args.hContext.is_null() {
        // Undone in the reverse order of doing: the handle value goes back last.
        if status >= 0 {
            adapter.miniport.destroy_context(&adapter.faults, device.handle, args.hContext as usize);
        }
        PROCESS.handles.unreserve(&[handle]);
        return Err(if status >= 0 {
            Refusal::invalid_arg("the KMD's DxgkDdiCreateContext returned a NULL hContext")
        } else {
            Refusal::new(status_to_hresult(status), "DxgkDdiCreateContext failed")
        });
    }
    let info = args.ContextInfo;
    let sizes = [
        or_default(info.DmaBufferSize, DEFAULT_BUFFER_SIZE),
        or_default(info.AllocationListSize, DEFAULT_ALLOCATION_LIST_SIZE),
        or_default(info.PatchLocationListSize, DEFAULT_PATCH_LIST_SIZE),
    ];
    if sizes.iter().any(|&s| s > MAX_BUFFER_SIZE) {
        adapter.miniport.destroy_context(&adapter.faults, device.handle, args.hContext as usize);
        PROCESS.handles.unreserve(&[handle]);
        return Err(Refusal::invalid_arg(format!(
            "the KMD's DXGK_CONTEXTINFO asks for too much: {:?}",
            sizes
        )));
    }
    let [dma, allocations, patches] = sizes.map(|s| s as usize);
    let context = Arc::new(Context {
        handle,
        device: device.handle,
        kmd_context: args.hContext as usize,
        node_ordinal: data.NodeOrdinal,
        buffers: Mutex::new(ContextBuffers {
            command: vec![0u8; dma].into_boxed_slice(),
            allocation_list: vec![D3DDDI_ALLOCATIONLIST::default(); allocations].into_boxed_slice(),
            patch_list: vec![D3DDDI_PATCHLOCATIONLIST::default(); patches].into_boxed_slice(),
            dma: vec![0u8; dma].into_boxed_slice(),
            dma_private: vec![0u8; info.DmaBufferPrivateDataSize as usize].into_boxed_slice(),
            patch_out: vec![D3DDDI_PATCHLOCATIONLIST::default(); patches].into_boxed_slice(),
        }),
    });
    {
        let mut buffers = context.buffers.lock();
        data.hContext = handle as usize as HANDLE;
        data.pCommandBuffer = buffers.command.as_mut_ptr().cast();
        data.CommandBufferSize = dma as UINT;
        data.pAllocationList = buffers.allocation_list.as_mut_ptr();
        data.AllocationListSize = allocations as UINT;
        data.pPatchLocationList = buffers.patch_list.as_mut_ptr();
        data.PatchLocationListSize = patches as UINT;
    }
    // SAFETY: the UMD's buffer holds PrivateDriverDataSize bytes (checked by capture).
    unsafe { give_back(&private, data.pPrivateDriverData) };
    device.state.lock().contexts.insert(handle);
    let kmd_context = context.kmd_context;
    PROCESS.publish(handle, Object::Context(context), kmd_context, adapter.id);
    Ok(S_OK)
}

/// Destroys a context: `DxgkDdiDestroyContext`, then its handle.
pub(crate) fn destroy_context(adapter: &Adapter, device: &Device, context: &Context) {
    adapter.miniport.destroy_context(&adapter.faults, device.handle, context.kmd_context);
    device.state.lock().contexts.remove(&context.handle);
    let _ = PROCESS.handles.remove(context.handle, HandleKind::Context, journal::next_sequence(), adapter.id);
}

/// The work of `pfnDestroyContextCb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn destroy_context_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *const D3DDDICB_DESTROYCONTEXT,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_ref(data, "pData") }?;
    journal::inputs(journal::text!("hDevice {:#010x}, hContext {:p}", device.handle, data.hContext));
    let context = context_of(device, data.hContext)?;
    let _busy = context.buffers.lock();
    destroy_context(adapter, device, &context);
    Ok(S_OK)
}

/// The work of `pfnRenderCb`, for a resolved device (see `ffi::umd`).
///
/// # Safety
/// `data` is the UMD's argument: NULL (refused) or valid as the callback documents.
pub(crate) unsafe fn render_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: *mut D3DDDICB_RENDER,
) -> Result<HRESULT, Refusal> {
    // SAFETY: the UMD's argument, valid for the call when non-NULL.
    let data = unsafe { arg_mut(data, "pData") }?;
    journal::inputs(journal::text!(
        "hDevice {:#010x}, hContext {:p}, CommandLength {}, NumAllocations {}, NumPatchLocations {}",
        device.handle,
        data.hContext,
        data.CommandLength,
        data.NumAllocations,
        data.NumPatchLocations
    ));
    let context = context_of(device, data.hContext)?;
    let mut buffers = context.buffers.lock();
    render(adapter, device, &context, &mut buffers, data)?;
    data.pNewCommandBuffer = buffers.command.as_mut_ptr().cast();
    data.NewCommandBufferSize = buffers.command.len() as UINT;
    data.pNewAllocationList = buffers.allocation_list.as_mut_ptr();
    data.NewAllocationListSize = buffers.allocation_list.len() as UINT;
    data.pNewPatchLocationList = buffers.patch_list.as_mut_ptr();
    data.NewPatchLocationListSize = buffers.patch_list.len() as UINT;
    Ok(S_OK)
}

fn render(
    adapter: &Adapter,
    device: &Device,
    context: &Context,
    buffers: &mut ContextBuffers,
    data: &D3DDDICB_RENDER,
) -> Result<(), Refusal> {
    let end = data.CommandOffset as u64 + data.CommandLength as u64;
    if end > buffers.command.len() as u64 {
        return Err(Refusal::invalid_arg(journal::text!(
            "CommandOffset {} + CommandLength {} passes the command buffer's {} bytes",
            data.CommandOffset,
            data.CommandLength,
            buffers.command.len()
        )));
    }
    if data.NumAllocations as usize > buffers.allocation_list.len() {
        return Err(Refusal::invalid_arg(journal::text!(
            "NumAllocations {} is above the allocation list's {} entries",
            data.NumAllocations,
            buffers.allocation_list.len()
        )));
    }
    if data.NumPatchLocations as usize > buffers.patch_list.len() {
        return Err(Refusal::invalid_arg(journal::text!(
            "NumPatchLocations {} is above the patch-location list's {} entries",
            data.NumPatchLocations,
            buffers.patch_list.len()
        )));
    }
    let umd_list: Vec<D3DDDI_ALLOCATIONLIST> =
        buffers.allocation_list[..data.NumAllocations as usize].to_vec();
    let handles: Vec<D3DKMT_HANDLE> = umd_list.iter().map(|entry| entry.hAllocation).collect();
    let device_handles: Vec<usize> = owned_allocations(device, &handles, "pAllocationList")?
        .iter()
        .map(|allocation| allocation.device_allocation())
        .collect();
    for (index, patch) in buffers.patch_list[..data.NumPatchLocations as usize].iter().enumerate() {
        if patch.AllocationIndex >= data.NumAllocations {
            return Err(Refusal::invalid_arg(journal::text!(
                "patch location {} names allocation-list entry {} of {}",
                index,
                patch.AllocationIndex,
                data.NumAllocations
            )));
        }
    }
    // Page in what the commands reference and hold it for the GPU until the fence retires.
    let locations = adapter.vidmm.gpu_use(&handles).map_err(|error| match error {
        RenderError::LockedInVideoMemory(handle) => Refusal::new(
            D3DDDIERR_CANTRENDERLOCKEDALLOCATION,
            format!("allocation {handle:#010x} is locked in video memory"),
        ),
        RenderError::VidMm(error) => Refusal::new(
            if error.hresult() == D3DERR_NOTAVAILABLE { E_OUTOFMEMORY } else { error.hresult() },
            error.to_string(),
        ),
    })?;
    let release = |why: Refusal| {
        adapter.vidmm.gpu_done(&handles);
        why
    };
    let mut kernel_list: Vec<DXGK_ALLOCATIONLIST> = umd_list
        .iter()
        .zip(&device_handles)
        .zip(&locations)
        .map(|((entry, &device_handle), location)| {
            let (segment, address) = physical(adapter, *location);
            let write = entry.Value.Value & D3DDDI_ALLOCATIONLIST_FLAGS::WriteOperation;
            DXGK_ALLOCATIONLIST {
                hDeviceSpecificAllocation: device_handle as HANDLE,
                Flags: DXGK_ALLOCATIONLIST_FLAGS { Value: write | (segment << 1) },
                Anonymous: DXGK_ALLOCATIONLIST_0 { PhysicalAddress: LARGE_INTEGER::new(address as i64) },
            }
        })
        .collect();
    // DxgkDdiRender: the KMD turns the UMD's commands into a DMA buffer.
    let command = buffers.command[data.CommandOffset as usize..].as_ptr();
    let dma_start = buffers.dma.as_mut_ptr();
    let patch_out_start = buffers.patch_out.as_mut_ptr();
    let mut args = DXGKARG_RENDER {
        pCommand: command.cast(),
        CommandLength: data.CommandLength,
        pDmaBuffer: dma_start.cast(),
        DmaSize: buffers.dma.len() as UINT,
        pDmaBufferPrivateData: buffers.dma_private.as_mut_ptr().cast(),
        DmaBufferPrivateDataSize: buffers.dma_private.len() as UINT,
        pAllocationList: kernel_list.as_mut_ptr(),
        AllocationListSize: kernel_list.len() as UINT,
        pPatchLocationListIn: buffers.patch_list.as_mut_ptr(),
        PatchLocationListInSize: data.NumPatchLocations,
        pPatchLocationListOut: patch_out_start,
        PatchLocationListOutSize: buffers.patch_out.len() as UINT,
        ..Default::default()
    };
    let status = adapter.miniport.render(&adapter.faults, device.handle, context.kmd_context, &mut args);
    if status < 0 {
        return Err(release(Refusal::new(status_to_hresult(status), "DxgkDdiRender failed")));
    }
    let dma_used = (args.pDmaBuffer as usize).wrapping_sub(dma_start as usize);
    let patches_out = (args.pPatchLocationListOut as usize).wrapping_sub(patch_out_start as usize)
        / size_of::<D3DDDI_PATCHLOCATIONLIST>();
    if dma_used > buffers.dma.len() || patches_out > buffers.patch_out.len() {
        return Err(release(Refusal::invalid_arg(journal::text!(
            "the KMD's DxgkDdiRender moved pDmaBuffer by {} bytes (of {}) and pPatchLocationListOut by {} entries (of {})",
            dma_used,
            buffers.dma.len(),
            patches_out,
            buffers.patch_out.len()
        ))));
    }
    journal::record_note(
        adapter.id,
        "render",
        format!(
            "DMA buffer of {} bytes with {} patch location(s) for {} allocation(s), placed at {}",
            dma_used,
            patches_out,
            handles.len(),
            describe_locations(&handles, &locations)
        ),
    );
    // DxgkDdiPatch: real segment ids and addresses, now that everything is resident.
    let fence = adapter.gpu.next_fence();
    let patch = DXGKARG_PATCH {
        Anonymous: DXGKARG_PATCH_0 { hContext: context.kmd_context as HANDLE },
        pDmaBuffer: dma_start.cast(),
        DmaBufferSize: buffers.dma.len() as UINT,
        DmaBufferSubmissionStartOffset: 0,
        DmaBufferSubmissionEndOffset: dma_used as UINT,
        pDmaBufferPrivateData: buffers.dma_private.as_mut_ptr().cast(),
        DmaBufferPrivateDataSize: buffers.dma_private.len() as UINT,
        DmaBufferPrivateDataSubmissionStartOffset: 0,
        DmaBufferPrivateDataSubmissionEndOffset: buffers.dma_private.len() as UINT,
        pAllocationList: kernel_list.as_ptr(),
        AllocationListSize: kernel_list.len() as UINT,
        pPatchLocationList: patch_out_start,
        PatchLocationListSize: patches_out as UINT,
        PatchLocationListSubmissionStart: 0,
        PatchLocationListSubmissionLength: patches_out as UINT,
        SubmissionFenceId: fence,
        ..Default::default()
    };
    let status = adapter.miniport.patch(&adapter.faults, device.handle, &patch);
    if status < 0 {
        return Err(release(Refusal::new(status_to_hresult(status), "DxgkDdiPatch failed")));
    }
    let submit = DXGKARG_SUBMITCOMMAND {
        Anonymous: DXGKARG_SUBMITCOMMAND_0 { hContext: context.kmd_context as HANDLE },
        DmaBufferSize: buffers.dma.len() as UINT,
        DmaBufferSubmissionStartOffset: 0,
        DmaBufferSubmissionEndOffset: dma_used as UINT,
        pDmaBufferPrivateData: buffers.dma_private.as_mut_ptr().cast(),
        DmaBufferPrivateDataSize: buffers.dma_private.len() as UINT,
        DmaBufferPrivateDataSubmissionEndOffset: buffers.dma_private.len() as UINT,
        SubmissionFenceId: fence,
        NodeOrdinal: context.node_ordinal,
        ..Default::default()
    };
    let status = adapter.miniport.submit_command(&adapter.faults, device.handle, &submit);
    if status < 0 {
        return Err(release(Refusal::new(status_to_hresult(status), "DxgkDdiSubmitCommand failed")));
    }
    // Keep the list alive for the KMD's pointers until here; the GPU holds the allocations.
    drop(kernel_list);
    adapter.gpu.submit(adapter, Submission { fence, device: device.handle, allocations: handles });
    Ok(())
}

/// The segment id and GPU physical address of a location (0 and 0 outside the segments).
fn physical(adapter: &Adapter, location: Location) -> (u32, u64) {
    match location {
        Location::Segment { id, offset } => (id, adapter.segments[id as usize - 1].base_address + offset),
        _ => (0, 0),
    }
}

fn describe_locations(handles: &[D3DKMT_HANDLE], locations: &[Location]) -> String {
    let parts: Vec<String> = handles
        .iter()
        .zip(locations)
        .map(|(h, l)| match l {
            Location::Segment { id, offset } => format!("{h:#010x} segment {id} offset {offset:#x}"),
            other => format!("{h:#010x} {other:?}"),
        })
        .collect();
    parts.join(", ")
}

/// The work of `pfnEscapeCb`, for the device it names (see `ffi::umd`).
///
/// # Safety
/// The buffers `data` points to are valid as the callback documents.
pub(crate) unsafe fn escape_cb(
    device: &Arc<Device>,
    adapter: &Arc<Adapter>,
    data: &D3DDDICB_ESCAPE,
) -> Result<HRESULT, Refusal> {
    journal::inputs(journal::text!(
        "hDevice {:#010x}, PrivateDriverDataSize {}, hContext {:p}",
        device.handle,
        data.PrivateDriverDataSize,
        data.hContext
    ));
    // SAFETY: the private data is readable for its size (the callback's contract).
    let mut private = unsafe {
        capture(data.pPrivateDriverData, data.PrivateDriverDataSize, || "pPrivateDriverData".into())
    }?;
    let kmd_context =
        if data.hContext.is_null() { 0 } else { context_of(device, data.hContext)?.kmd_context };
    let args = DXGKARG_ESCAPE {
        hDevice: device.kmd_device as HANDLE,
        Flags: data.Flags,
        pPrivateDriverData: if private.is_empty() {
            std::ptr::null_mut()
        } else {
            private.as_mut_ptr().cast()
        },
        PrivateDriverDataSize: private.len() as UINT,
        hContext: kmd_context as HANDLE,
        hKmdProcessHandle: std::ptr::null_mut(),
    };
    let status = adapter.miniport.escape(&adapter.faults, device.handle, &args);
    if status < 0 {
        return Err(Refusal::new(status_to_hresult(status), "DxgkDdiEscape failed"));
    }
    // SAFETY: the UMD's buffer holds PrivateDriverDataSize bytes (checked by capture).
    unsafe { give_back(&private, data.pPrivateDriverData) };
    Ok(S_OK)
}
