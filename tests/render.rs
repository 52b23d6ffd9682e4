//! Contexts and the render path through the C ABI: a UMD writes `hKMResource` and allocation
//! handles into its command buffer; a test KMD (the reference KMD with its own DxgkDdiRender and
//! DxgkDdiPatch wrapped around the reference ones) resolves them with the Dxgk handle callbacks
//! and sees the real segment and address of every allocation; the software GPU retires the fence
//! through the KMD's interrupt path. Busy / locked / evicted interplay with the GPU paused, each
//! documented error, escapes, and the journal's account of a render.

mod common;

use std::ffi::c_void;
use std::ptr::{null, null_mut};
use std::sync::{Mutex, OnceLock};

use wddm_shim::abi::*;
use wddm_shim::ffi::control::*;
use wddm_shim::ffi::dxgk::*;
use wddm_shim::ffi::video_memory::*;

const KIB: u64 = 1024;
const MIB: u64 = 1024 * 1024;

/// The test UMD's command: a resource and the allocations it expects the KMD to find there,
/// followed by one 64-bit address slot per allocation for the KMD to patch.
const COMMAND_MAGIC: u32 = 0x4352_5354; // "TSRC"

/// What the test KMD saw, per adapter run (tests run in parallel: keyed by hKMResource).
#[derive(Clone, Debug, Default)]
struct Seen {
    resource_data_non_null: bool,
    children: Vec<D3DKMT_HANDLE>,
    parents: Vec<D3DKMT_HANDLE>,
    patched: Vec<(u32, u64)>,
    dma_words: Vec<u64>,
}

static SEEN: Mutex<Vec<(D3DKMT_HANDLE, Seen)>> = Mutex::new(Vec::new());
/// The reference KMD's DDIs the test KMD wraps.
struct ReferenceDdis {
    render: PDXGKDDI_RENDER,
    patch: PDXGKDDI_PATCH,
    create_context: PDXGKDDI_CREATECONTEXT,
}

static REFERENCE: OnceLock<ReferenceDdis> = OnceLock::new();

fn reference() -> &'static ReferenceDdis {
    REFERENCE.get_or_init(|| {
        let registration = wddm_shim::kmd::reference::registration();
        ReferenceDdis {
            render: registration.DxgkDdiRender,
            patch: registration.DxgkDdiPatch,
            create_context: registration.DxgkDdiCreateContext,
        }
    })
}

fn record(resource: D3DKMT_HANDLE, update: impl FnOnce(&mut Seen)) {
    let mut seen = SEEN.lock().unwrap();
    if let Some((_, entry)) = seen.iter_mut().find(|(r, _)| *r == resource) {
        update(entry);
    } else {
        let mut entry = Seen::default();
        update(&mut entry);
        seen.push((resource, entry));
    }
}

fn seen(resource: D3DKMT_HANDLE) -> Seen {
    SEEN.lock().unwrap().iter().find(|(r, _)| *r == resource).map(|(_, s)| s.clone()).unwrap_or_default()
}

/// The test KMD's DxgkDdiRender: resolves the UMD's resource and walks its children, then lets
/// the reference KMD build the DMA buffer.
unsafe extern "C" fn test_render(context: HANDLE, args: *mut DXGKARG_RENDER) -> NTSTATUS {
    // SAFETY: the shim passes a valid DXGKARG_RENDER whose pCommand holds CommandLength bytes.
    unsafe {
        let render = &*args;
        if render.CommandLength >= 8 {
            let words = render.pCommand as *const u32;
            if words.read_unaligned() == COMMAND_MAGIC {
                let resource = words.add(1).read_unaligned();
                let query = DXGKARGCB_GETHANDLEDATA {
                    hObject: resource,
                    Type: DXGK_HANDLE_RESOURCE,
                    Flags: DXGKCB_GETHANDLEDATAFLAGS::default(),
                };
                let data = DxgkCbGetHandleData(&query);
                if data.is_null() {
                    return STATUS_INVALID_HANDLE;
                }
                let mut children = Vec::new();
                let mut parents = Vec::new();
                for index in 0.. {
                    let enumerate = DXGKARGCB_ENUMHANDLECHILDREN { hObject: resource, Index: index };
                    let child = DxgkCbEnumHandleChildren(&enumerate);
                    if child == 0 {
                        break;
                    }
                    children.push(child);
                    parents.push(DxgkCbGetHandleParent(child));
                }
                record(resource, |s| {
                    s.resource_data_non_null = true;
                    s.children = children;
                    s.parents = parents;
                });
            }
        }
        reference().render.unwrap()(context, args)
    }
}

/// The test KMD's DxgkDdiPatch: records the segment and address of each allocation, lets the
/// reference KMD patch, then reads the patched words back.
unsafe extern "C" fn test_patch(adapter: HANDLE, args: *const DXGKARG_PATCH) -> NTSTATUS {
    // SAFETY: the shim passes a valid DXGKARG_PATCH; its lists and DMA buffer hold the sizes
    // they state.
    unsafe {
        let patch = &*args;
        let status = reference().patch.unwrap()(adapter, args);
        let dma = patch.pDmaBuffer as *const u8;
        if patch.DmaBufferSubmissionEndOffset >= 8 && (dma as *const u32).read_unaligned() == COMMAND_MAGIC {
            let resource = (dma as *const u32).add(1).read_unaligned();
            let list = std::slice::from_raw_parts(patch.pAllocationList, patch.AllocationListSize as usize);
            let patched: Vec<(u32, u64)> = list
                .iter()
                .map(|a| {
                    (
                        a.Flags.get(DXGK_ALLOCATIONLIST_FLAGS::SegmentId),
                        a.Anonymous.PhysicalAddress.quad() as u64,
                    )
                })
                .collect();
            let patches = std::slice::from_raw_parts(
                patch.pPatchLocationList.add(patch.PatchLocationListSubmissionStart as usize),
                patch.PatchLocationListSubmissionLength as usize,
            );
            let words: Vec<u64> = patches
                .iter()
                .map(|p| (dma.add(p.PatchOffset as usize) as *const u64).read_unaligned())
                .collect();
            record(resource, |s| {
                s.patched = patched;
                s.dma_words = words;
            });
        }
        status
    }
}

/// A context-creation DDI that asks for nothing, so the shim's defaults apply.
unsafe extern "C" fn create_context_without_sizes(
    device: HANDLE,
    args: *mut DXGKARG_CREATECONTEXT,
) -> NTSTATUS {
    // SAFETY: forwarded to the reference KMD with the shim's valid arguments.
    unsafe {
        let status = reference().create_context.unwrap()(device, args);
        (*args).ContextInfo = DXGK_CONTEXTINFO::default();
        status
    }
}

struct Gpu {
    adapter: *mut WDDMSHIM_ADAPTER,
    device: HANDLE,
    cb: D3DDDI_DEVICECALLBACKS,
    _registration: Box<DRIVER_INITIALIZATION_DATA>,
}

// SAFETY: the shim's API is free-threaded; Gpu only holds handle values.
unsafe impl Sync for Gpu {}

impl Gpu {
    fn new(customise: impl FnOnce(&mut DRIVER_INITIALIZATION_DATA)) -> Gpu {
        let mut registration = Box::new(wddm_shim::kmd::reference::registration());
        registration.DxgkDdiRender = Some(test_render);
        registration.DxgkDdiPatch = Some(test_patch);
        customise(&mut registration);
        let segments = [
            WDDMSHIM_SEGMENT_DESC { Size: MIB, CpuVisible: 0, Aperture: 0 },
            WDDMSHIM_SEGMENT_DESC { Size: MIB, CpuVisible: 1, Aperture: 0 },
            WDDMSHIM_SEGMENT_DESC { Size: MIB, CpuVisible: 0, Aperture: 1 },
        ];
        let desc = WDDMSHIM_ADAPTER_DESC {
            pInitializationData: &*registration,
            NumReferenceSegments: 3,
            pReferenceSegments: segments.as_ptr(),
            ..Default::default()
        };
        let mut adapter = null_mut();
        // SAFETY: a valid description and out-pointer.
        assert_eq!(unsafe { WddmShimCreateAdapter(&desc, &mut adapter) }, S_OK);
        let mut gpu =
            Gpu { adapter, device: null_mut(), cb: Default::default(), _registration: registration };
        // SAFETY: a live adapter and valid out-pointers.
        assert_eq!(unsafe { WddmShimCreateDevice(adapter, null(), &mut gpu.device, &mut gpu.cb) }, S_OK);
        gpu
    }

    /// Allocates a resource of `count` CPU-visible allocations of `size` bytes.
    fn resource(
        &self,
        runtime_handle: usize,
        count: usize,
        size: u64,
    ) -> (D3DKMT_HANDLE, Vec<D3DKMT_HANDLE>) {
        let mut descs = vec![
            WDDMSHIM_REFERENCE_ALLOCATION {
                Magic: WDDMSHIM_REFERENCE_ALLOCATION_MAGIC,
                Size: size,
                CpuVisible: 1,
                ..Default::default()
            };
            count
        ];
        let mut infos: Vec<D3DDDI_ALLOCATIONINFO> = descs
            .iter_mut()
            .map(|d| D3DDDI_ALLOCATIONINFO {
                pPrivateDriverData: d as *mut _ as *mut c_void,
                PrivateDriverDataSize: size_of::<WDDMSHIM_REFERENCE_ALLOCATION>() as UINT,
                ..Default::default()
            })
            .collect();
        let mut args = D3DDDICB_ALLOCATE {
            hResource: runtime_handle as HANDLE,
            NumAllocations: count as UINT,
            ..Default::default()
        };
        args.Anonymous.pAllocationInfo = infos.as_mut_ptr();
        // SAFETY: the table came from WddmShimCreateDevice; args point to live data.
        assert_eq!(unsafe { self.cb.pfnAllocateCb.unwrap()(self.device, &mut args) }, S_OK);
        (args.hKMResource, infos.iter().map(|i| i.hAllocation).collect())
    }

    fn create_context(&self) -> D3DDDICB_CREATECONTEXT {
        let mut args = D3DDDICB_CREATECONTEXT::default();
        // SAFETY: as above.
        assert_eq!(unsafe { self.cb.pfnCreateContextCb.unwrap()(self.device, &mut args) }, S_OK);
        args
    }

    /// Writes the test command for `resource` and its allocations into the context's buffers
    /// and renders it.
    fn render(
        &self,
        context: &D3DDDICB_CREATECONTEXT,
        resource: D3DKMT_HANDLE,
        allocations: &[D3DKMT_HANDLE],
    ) -> (HRESULT, D3DDDICB_RENDER) {
        // SAFETY: the buffers the shim handed out for this context, large enough (checked).
        unsafe {
            let length = 12 + 4 * allocations.len() + 8 * allocations.len();
            assert!(length <= context.CommandBufferSize as usize);
            let words = context.pCommandBuffer as *mut u32;
            words.write_unaligned(COMMAND_MAGIC);
            words.add(1).write_unaligned(resource);
            words.add(2).write_unaligned(allocations.len() as u32);
            for (i, &h) in allocations.iter().enumerate() {
                words.add(3 + i).write_unaligned(h);
                context.pAllocationList.add(i).write(D3DDDI_ALLOCATIONLIST {
                    hAllocation: h,
                    Value: D3DDDI_ALLOCATIONLIST_FLAGS { Value: D3DDDI_ALLOCATIONLIST_FLAGS::WriteOperation },
                });
                let slot = 12 + 4 * allocations.len() + 8 * i;
                (context.pCommandBuffer as *mut u8).add(slot).cast::<u64>().write_unaligned(0);
                context.pPatchLocationList.add(i).write(D3DDDI_PATCHLOCATIONLIST {
                    AllocationIndex: i as UINT,
                    AllocationOffset: 0x10,
                    PatchOffset: slot as UINT,
                    ..Default::default()
                });
            }
            let mut args = D3DDDICB_RENDER {
                CommandLength: length as UINT,
                NumAllocations: allocations.len() as UINT,
                NumPatchLocations: allocations.len() as UINT,
                hContext: context.hContext,
                ..Default::default()
            };
            let hr = self.cb.pfnRenderCb.unwrap()(self.device, &mut args);
            (hr, args)
        }
    }

    fn info(&self, handle: D3DKMT_HANDLE) -> WDDMSHIM_ALLOCATION_INFO {
        let mut info = WDDMSHIM_ALLOCATION_INFO::default();
        // SAFETY: live adapter, valid out-pointer.
        assert_eq!(unsafe { WddmShimQueryAllocation(self.adapter, handle, &mut info) }, S_OK);
        info
    }

    fn pending(&self) -> UINT {
        let mut count = 0;
        // SAFETY: live adapter, valid out-pointer.
        assert_eq!(unsafe { WddmShimQueryPendingSubmissions(self.adapter, &mut count) }, S_OK);
        count
    }

    fn pause(&self, paused: bool) {
        // SAFETY: live adapter.
        assert_eq!(unsafe { WddmShimPauseGpu(self.adapter, paused as BOOL) }, S_OK);
    }

    fn lock(&self, handle: D3DKMT_HANDLE, flags: u32) -> HRESULT {
        let mut args = D3DDDICB_LOCK {
            hAllocation: handle,
            Flags: D3DDDICB_LOCKFLAGS { Value: flags | D3DDDICB_LOCKFLAGS::LockEntire },
            ..Default::default()
        };
        // SAFETY: as above.
        unsafe { self.cb.pfnLockCb.unwrap()(self.device, &mut args) }
    }

    fn unlock(&self, handle: D3DKMT_HANDLE) -> HRESULT {
        let args = D3DDDICB_UNLOCK { NumAllocations: 1, phAllocations: &handle };
        // SAFETY: as above.
        unsafe { self.cb.pfnUnlockCb.unwrap()(self.device, &args) }
    }

    fn journal(&self) -> String {
        common::journal_of(self.adapter, 4000)
    }
}

impl Drop for Gpu {
    fn drop(&mut self) {
        // SAFETY: handles made by this value; a second destroy is refused, not undefined.
        unsafe {
            WddmShimDestroyDevice(self.device);
            WddmShimDestroyAdapter(self.adapter);
        }
    }
}

/// The GPU address the reference KMD gives segment `id` (its segments are laid end to end).
fn segment_base(gpu: &Gpu, id: u32) -> u64 {
    (1..id)
        .map(|s| {
            let mut info = WDDMSHIM_SEGMENT_INFO::default();
            // SAFETY: live adapter, valid out-pointer.
            assert_eq!(unsafe { WddmShimQuerySegment(gpu.adapter, s, &mut info) }, S_OK);
            info.Size
        })
        .sum()
}

#[test]
fn the_kmd_resolves_the_umds_handles_in_render_and_patches_real_addresses() {
    let gpu = Gpu::new(|_| {});
    let (km_resource, allocations) = gpu.resource(0x5151, 3, 64 * KIB);
    let context = gpu.create_context();
    assert_eq!(context.CommandBufferSize, 64 * 1024, "the reference KMD's DmaBufferSize");
    assert_eq!((context.AllocationListSize, context.PatchLocationListSize), (64, 256));
    let (hr, out) = gpu.render(&context, km_resource, &allocations);
    assert_eq!(hr, S_OK);
    assert_eq!(out.pNewCommandBuffer, context.pCommandBuffer);
    assert_eq!(out.NewCommandBufferSize, context.CommandBufferSize);
    assert_eq!(out.pNewAllocationList, context.pAllocationList);
    assert_eq!(out.pNewPatchLocationList, context.pPatchLocationList);

    let seen = seen(km_resource);
    assert!(seen.resource_data_non_null, "DxgkCbGetHandleData resolved hKMResource");
    assert_eq!(seen.children, allocations, "DxgkCbEnumHandleChildren lists the allocations in order");
    assert_eq!(seen.parents, vec![km_resource; 3], "DxgkCbGetHandleParent names the resource");
    for (i, &h) in allocations.iter().enumerate() {
        let info = gpu.info(h);
        assert_eq!(info.Location, WDDMSHIM_LOCATION_SEGMENT);
        let expected = segment_base(&gpu, info.SegmentId) + info.Offset;
        assert_eq!(
            seen.patched[i],
            (info.SegmentId, expected),
            "DxgkDdiPatch sees where allocation {i} lives"
        );
        assert_eq!(seen.dma_words[i], expected + 0x10, "the DMA buffer carries the patched address");
    }
    assert_eq!(gpu.pending(), 0, "the software GPU retired the submission");

    let journal = gpu.journal();
    // A call's entry comes before the calls made inside it: the render reads as pfnRenderCb,
    // then inside it Render, its placement, Patch, Submit, the interrupt routine (with the
    // KMD's DxgkCbNotifyInterrupt inside it), and the DPC (with the retired fence inside it).
    let order = [
        "] pfnRenderCb(",
        "]   DxgkDdiRender(",
        "]   render -> DMA buffer of",
        "]   DxgkDdiPatch(",
        "]   DxgkDdiSubmitCommand(",
        "]   DxgkDdiInterruptRoutine(MessageNumber 0) -> TRUE",
        "]     DxgkCbNotifyInterrupt(DXGK_INTERRUPT_DMA_COMPLETED",
        "]   DxgkDdiDpcRoutine",
        "fence 1 retired",
    ];
    let mut at = journal.find("pfnCreateContextCb").unwrap();
    for needle in order {
        let found = journal[at..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing after #{at}:\n{journal}"));
        at += found;
    }
}

#[test]
fn contexts_get_the_shims_defaults_when_the_kmd_asks_for_nothing_and_go_away() {
    let gpu = Gpu::new(|r| r.DxgkDdiCreateContext = Some(create_context_without_sizes));
    let context = gpu.create_context();
    assert_eq!(
        (context.CommandBufferSize, context.AllocationListSize, context.PatchLocationListSize),
        (64 * 1024, 256, 1024)
    );
    let destroy = D3DDDICB_DESTROYCONTEXT { hContext: context.hContext };
    // SAFETY: callback table of a live device.
    assert_eq!(unsafe { gpu.cb.pfnDestroyContextCb.unwrap()(gpu.device, &destroy) }, S_OK);
    // SAFETY: as above.
    assert_eq!(unsafe { gpu.cb.pfnDestroyContextCb.unwrap()(gpu.device, &destroy) }, E_INVALIDARG);
    // The context's buffers are gone with it: render without touching them.
    let mut render = D3DDDICB_RENDER { hContext: context.hContext, ..Default::default() };
    // SAFETY: as above; the stale context is refused.
    assert_eq!(unsafe { gpu.cb.pfnRenderCb.unwrap()(gpu.device, &mut render) }, E_INVALIDARG);
    assert!(gpu.journal().contains("DxgkDdiDestroyContext("));
}

#[test]
fn a_paused_gpu_keeps_allocations_busy_until_it_resumes() {
    use D3DDDICB_LOCKFLAGS as F;
    let gpu = Gpu::new(|_| {});
    let (km_resource, allocations) = gpu.resource(0x5153, 1, 16 * KIB);
    let h = allocations[0];
    let context = gpu.create_context();
    gpu.pause(true);
    assert_eq!(gpu.render(&context, km_resource, &allocations).0, S_OK);
    assert_eq!(gpu.pending(), 1);
    assert_eq!(gpu.info(h).Busy, 1);
    assert_eq!(gpu.lock(h, F::DonotWait), D3DERR_WASSTILLDRAWING);
    // SAFETY: live adapter.
    assert_eq!(
        unsafe { WddmShimForceEviction(gpu.adapter, h) },
        E_INVALIDARG,
        "busy allocations are not victims"
    );
    std::thread::scope(|scope| {
        let gpu = &gpu;
        let waiter = scope.spawn(move || gpu.lock(h, 0));
        std::thread::sleep(std::time::Duration::from_millis(if cfg!(miri) { 1 } else { 50 }));
        assert!(
            !waiter.is_finished() || cfg!(miri),
            "a plain lock returned while the GPU held the allocation"
        );
        gpu.pause(false);
        assert_eq!(waiter.join().unwrap(), S_OK);
    });
    assert_eq!(gpu.pending(), 0);
    assert_eq!(gpu.info(h).Busy, 0);
    assert_eq!(gpu.unlock(h), S_OK);
}

#[test]
fn render_pages_in_an_evicted_allocation() {
    let gpu = Gpu::new(|_| {});
    let (km_resource, allocations) = gpu.resource(0x5154, 2, 32 * KIB);
    // SAFETY: live adapter.
    assert_eq!(unsafe { WddmShimForceEviction(gpu.adapter, allocations[1]) }, S_OK);
    assert_eq!(gpu.info(allocations[1]).Location, WDDMSHIM_LOCATION_SYSTEM);
    let context = gpu.create_context();
    assert_eq!(gpu.render(&context, km_resource, &allocations).0, S_OK);
    let info = gpu.info(allocations[1]);
    assert_eq!(info.Location, WDDMSHIM_LOCATION_SEGMENT);
    assert_eq!(
        seen(km_resource).patched[1],
        (info.SegmentId, segment_base(&gpu, info.SegmentId) + info.Offset)
    );
}

#[test]
fn render_errors_have_their_documented_codes_and_leave_nothing_in_flight() {
    let gpu = Gpu::new(|_| {});
    let (km_resource, allocations) = gpu.resource(0x5155, 1, 16 * KIB);
    let h = allocations[0];
    let context = gpu.create_context();

    assert_eq!(gpu.lock(h, 0), S_OK);
    assert_eq!(gpu.render(&context, km_resource, &allocations).0, D3DDDIERR_CANTRENDERLOCKEDALLOCATION);
    assert_eq!(gpu.unlock(h), S_OK);

    assert_eq!(gpu.render(&context, km_resource, &[0x4000_1fc0]).0, E_INVALIDARG, "an unknown handle");
    assert_eq!(gpu.render(&context, km_resource, &[h, h]).0, E_INVALIDARG, "a handle listed twice");
    let mut too_long = D3DDDICB_RENDER {
        CommandLength: context.CommandBufferSize + 1,
        hContext: context.hContext,
        ..Default::default()
    };
    // SAFETY: callback table of a live device.
    assert_eq!(unsafe { gpu.cb.pfnRenderCb.unwrap()(gpu.device, &mut too_long) }, E_INVALIDARG);

    let name = std::ffi::CString::new("DxgkDdiRender").unwrap();
    let fault = WDDMSHIM_FAULT {
        Version: WDDMSHIM_DESC_VERSION,
        pEntryPoint: name.as_ptr(),
        hDevice: null_mut(),
        Nth: 1,
        Repeat: 0,
        Code: STATUS_NO_MEMORY,
    };
    // SAFETY: live adapter, valid fault.
    assert_eq!(unsafe { WddmShimInjectFault(gpu.adapter, &fault) }, S_OK);
    assert_eq!(gpu.render(&context, km_resource, &allocations).0, E_OUTOFMEMORY, "a KMD render failure");
    assert_eq!(gpu.info(h).Busy, 0, "a failed render holds nothing");
    assert_eq!(gpu.pending(), 0);

    // Removed mid-flight: the pending submission is abandoned, its allocation idle again.
    gpu.pause(true);
    assert_eq!(gpu.render(&context, km_resource, &allocations).0, S_OK);
    assert_eq!(gpu.pending(), 1);
    // SAFETY: live adapter and device.
    assert_eq!(unsafe { WddmShimRemoveDevice(gpu.adapter, gpu.device, WDDMSHIM_REMOVAL_TDR) }, S_OK);
    assert_eq!(gpu.pending(), 0);
    assert_eq!(gpu.info(h).Busy, 0);
    assert_eq!(gpu.render(&context, km_resource, &allocations).0, D3DDDIERR_DEVICEREMOVED);
    assert!(gpu.journal().contains("abandoned by the device's removal"));
}

/// An interrupt routine of a GPU that never finishes anything.
unsafe extern "C" fn hung_interrupt(_context: PVOID, _message: ULONG) -> BOOLEAN {
    0
}

#[test]
fn a_hung_submission_stays_pending_until_a_tdr_abandons_it() {
    let gpu = Gpu::new(|r| r.DxgkDdiInterruptRoutine = Some(hung_interrupt));
    let (km_resource, allocations) = gpu.resource(0x5156, 1, 16 * KIB);
    let context = gpu.create_context();
    assert_eq!(gpu.render(&context, km_resource, &allocations).0, S_OK);
    assert_eq!(gpu.pending(), 1, "the KMD reported no DMA_COMPLETED");
    assert_eq!(gpu.info(allocations[0]).Busy, 1);
    assert!(gpu.journal().contains("did not complete"));
    assert_eq!(gpu.lock(allocations[0], D3DDDICB_LOCKFLAGS::DonotWait), D3DERR_WASSTILLDRAWING);
    // SAFETY: live adapter and device.
    assert_eq!(unsafe { WddmShimRemoveDevice(gpu.adapter, gpu.device, WDDMSHIM_REMOVAL_TDR) }, S_OK);
    assert_eq!(gpu.pending(), 0);
    assert_eq!(gpu.info(allocations[0]).Busy, 0);
}

#[test]
fn escapes_reach_the_kmd_with_private_data_both_ways() {
    let gpu = Gpu::new(|_| {});
    let mut data = [WDDMSHIM_REFERENCE_ESCAPE_PING, 7];
    let escape = D3DDDICB_ESCAPE {
        hDevice: gpu.device,
        pPrivateDriverData: data.as_mut_ptr().cast(),
        PrivateDriverDataSize: 8,
        ..Default::default()
    };
    // SAFETY: callback table of a live device; private data of the stated size.
    assert_eq!(unsafe { gpu.cb.pfnEscapeCb.unwrap()(null_mut(), &escape) }, S_OK);
    assert_eq!(data, [WDDMSHIM_REFERENCE_ESCAPE_PONG, 7]);
    let bad = D3DDDICB_ESCAPE {
        hDevice: gpu.device,
        pPrivateDriverData: null_mut(),
        PrivateDriverDataSize: 8,
        ..Default::default()
    };
    // SAFETY: as above; the NULL data is refused.
    assert_eq!(unsafe { gpu.cb.pfnEscapeCb.unwrap()(null_mut(), &bad) }, E_INVALIDARG);
    assert!(gpu.journal().contains("DxgkDdiEscape(PrivateDriverDataSize 8) -> STATUS_SUCCESS"));
}
