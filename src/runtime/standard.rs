//! Standard allocations: what dxgkrnl creates for the OS itself (CDD, DWM, GDI), with no UMD.
//!
//! 1. `DxgkDdiGetStandardAllocationDriverData` with `pAllocationPrivateDriverData` and
//!    `pResourcePrivateDriverData` NULL: the KMD reports the sizes it needs.
//! 2. The same call with buffers of those sizes: the KMD fills them (and the `Pitch` of a
//!    shadow, staging or GDI surface).
//! 3. A D3DKMT handle is reserved; `DxgkDdiCreateAllocation` with one allocation whose private
//!    data is what the KMD produced (its resource private data, if any, as the call's
//!    `pPrivateDriverData`; `Flags.Resource` clear: no resource, no device; the DDI takes only
//!    `hAdapter`).
//! 4. The KMD's `DXGK_ALLOCATIONINFO` is validated and placed through VidMm exactly as for a
//!    UMD's allocation (the helpers of [`allocate`](crate::runtime::allocate)); the handle is
//!    published, so `DxgkCbGetHandleData` resolves it (there is no device, so no
//!    `DxgkDdiOpenAllocation` and no device-specific data).
//! 5. A shared primary is described by the KMD (`DxgkDdiDescribeAllocation`), as dxgkrnl does
//!    for primaries; a description that disagrees with what was asked is a contract error.
//!
//! A removed adapter creates none (`D3DDDIERR_DEVICEREMOVED`), as it creates no device; its
//! standard allocations can still be destroyed. Any failure undoes what was done, in reverse (DestroyAllocation, VidMm, the handle), and
//! returns the mapped status. Destruction is `DxgkDdiDestroyAllocation`, the VidMm release and
//! the handle's removal; adapter destruction destroys the ones left and reports them.

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use parking_lot::Mutex;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::handles::HandleKind;
use crate::core::model::{Allocation, Holds, Object, PROCESS};
use crate::journal;
use crate::runtime::adapter::Adapter;
use crate::runtime::allocate::{new_placement, validate_kmd_output};
use crate::runtime::status::status_to_hresult;

/// One validated standard-allocation request, as the `D3DKMDT_*SURFACEDATA` it becomes.
#[derive(Clone, Copy, Debug)]
pub enum StandardRequest {
    /// `D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE`.
    SharedPrimary(D3DKMDT_SHAREDPRIMARYSURFACEDATA),
    /// `D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE`.
    Shadow(D3DKMDT_SHADOWSURFACEDATA),
    /// `D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE`.
    Staging(D3DKMDT_STAGINGSURFACEDATA),
    /// `D3DKMDT_STANDARDALLOCATION_GDISURFACE`.
    Gdi(D3DKMDT_GDISURFACEDATA),
}

impl StandardRequest {
    /// Validates a control-API description against `adapter`.
    pub fn from_desc(adapter: &Adapter, desc: &WDDMSHIM_STANDARD_ALLOCATION_DESC) -> Result<Self, Refusal> {
        let (width, height) = (desc.Width, desc.Height);
        if width == 0 || height == 0 || width > 16384 || height > 16384 {
            return Err(Refusal::invalid_arg(journal::text!(
                "pDesc is {}x{}; sizes run from 1 to 16384",
                width,
                height
            )));
        }
        let kind = desc.Type as D3DKMDT_STANDARDALLOCATION_TYPE;
        let format = desc.Format as D3DDDIFORMAT;
        if format == D3DDDIFMT_UNKNOWN && kind != D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE {
            return Err(Refusal::invalid_arg("pDesc->Format is 0 (D3DDDIFMT_UNKNOWN)"));
        }
        match kind {
            D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE => {
                if desc.VidPnSourceId as usize >= adapter.sources.len() {
                    return Err(Refusal::invalid_arg(journal::text!(
                        "pDesc->VidPnSourceId {} is not below the adapter's {} source(s)",
                        desc.VidPnSourceId,
                        adapter.sources.len()
                    )));
                }
                if desc.RefreshRateDenominator == 0 {
                    return Err(Refusal::invalid_arg("pDesc->RefreshRateDenominator is 0"));
                }
                Ok(StandardRequest::SharedPrimary(D3DKMDT_SHAREDPRIMARYSURFACEDATA {
                    Width: width,
                    Height: height,
                    Format: format,
                    RefreshRate: D3DDDI_RATIONAL {
                        Numerator: desc.RefreshRateNumerator,
                        Denominator: desc.RefreshRateDenominator,
                    },
                    VidPnSourceId: desc.VidPnSourceId,
                }))
            }
            D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE => {
                Ok(StandardRequest::Shadow(D3DKMDT_SHADOWSURFACEDATA {
                    Width: width,
                    Height: height,
                    Format: format,
                    Pitch: 0,
                }))
            }
            D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE => {
                Ok(StandardRequest::Staging(D3DKMDT_STAGINGSURFACEDATA {
                    Width: width,
                    Height: height,
                    Pitch: 0,
                }))
            }
            D3DKMDT_STANDARDALLOCATION_GDISURFACE => {
                let gdi = desc.GdiSurfaceType as D3DKMDT_GDISURFACETYPE;
                if !(D3DKMDT_GDISURFACE_TEXTURE..=D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE_CROSSADAPTER)
                    .contains(&gdi)
                {
                    return Err(Refusal::invalid_arg(journal::text!(
                        "pDesc->GdiSurfaceType {} is not a D3DKMDT_GDISURFACETYPE (1 to 8)",
                        desc.GdiSurfaceType
                    )));
                }
                Ok(StandardRequest::Gdi(D3DKMDT_GDISURFACEDATA {
                    Width: width,
                    Height: height,
                    Format: format,
                    Type: gdi,
                    Flags: D3DKMDT_GDISURFACEFLAGS { Value: 0 },
                    Pitch: 0,
                }))
            }
            _ => Err(Refusal::invalid_arg(journal::text!(
                "pDesc->Type {} is not a D3DKMDT_STANDARDALLOCATION_TYPE the library creates (1 to 4)",
                desc.Type
            ))),
        }
    }

    fn kind(&self) -> D3DKMDT_STANDARDALLOCATION_TYPE {
        match self {
            StandardRequest::SharedPrimary(_) => D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE,
            StandardRequest::Shadow(_) => D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE,
            StandardRequest::Staging(_) => D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE,
            StandardRequest::Gdi(_) => D3DKMDT_STANDARDALLOCATION_GDISURFACE,
        }
    }

    /// Width, height and format, for the journal.
    fn surface(&self) -> (UINT, UINT, D3DDDIFORMAT) {
        match self {
            StandardRequest::SharedPrimary(d) => (d.Width, d.Height, d.Format),
            StandardRequest::Shadow(d) => (d.Width, d.Height, d.Format),
            StandardRequest::Staging(d) => (d.Width, d.Height, D3DDDIFMT_UNKNOWN),
            StandardRequest::Gdi(d) => (d.Width, d.Height, d.Format),
        }
    }

    /// The KMD's output `Pitch`, once it has run (0 for a shared primary, which has none).
    fn pitch(&self) -> UINT {
        match self {
            StandardRequest::SharedPrimary(_) => 0,
            StandardRequest::Shadow(d) => d.Pitch,
            StandardRequest::Staging(d) => d.Pitch,
            StandardRequest::Gdi(d) => d.Pitch,
        }
    }
}

/// `DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA` for `request` (whose surface data it points to).
fn driver_data_args(request: &mut StandardRequest) -> DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA {
    let kind = request.kind();
    let anonymous = match request {
        StandardRequest::SharedPrimary(d) => {
            DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA_0 { pCreateSharedPrimarySurfaceData: d }
        }
        StandardRequest::Shadow(d) => {
            DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA_0 { pCreateShadowSurfaceData: d }
        }
        StandardRequest::Staging(d) => {
            DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA_0 { pCreateStagingSurfaceData: d }
        }
        StandardRequest::Gdi(d) => DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA_0 { pCreateGdiSurfaceData: d },
    };
    DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA {
        StandardAllocationType: kind,
        Anonymous: anonymous,
        pAllocationPrivateDriverData: std::ptr::null_mut(),
        AllocationPrivateDriverDataSize: 0,
        pResourcePrivateDriverData: std::ptr::null_mut(),
        ResourcePrivateDriverDataSize: 0,
        PhysicalAdapterIndex: 0,
    }
}

fn buffer_ptr(buffer: &mut [u8]) -> PVOID {
    if buffer.is_empty() { std::ptr::null_mut() } else { buffer.as_mut_ptr() as PVOID }
}

/// Creates the standard allocation `request` describes; returns its D3DKMT handle.
pub fn create(adapter: &Arc<Adapter>, request: &StandardRequest) -> Result<D3DKMT_HANDLE, Refusal> {
    if let Some(why) = *adapter.removed.lock() {
        return Err(Refusal::new(
            D3DDDIERR_DEVICEREMOVED,
            format!("the adapter was removed ({})", crate::runtime::device::removal_words(why)),
        ));
    }
    let mut request = *request;
    let surface = request.surface();

    // ---- 1. the sizes ------------------------------------------------------------------------
    let mut args = driver_data_args(&mut request);
    let status = adapter.miniport.get_standard_allocation_driver_data(&adapter.faults, &mut args, surface);
    if status < 0 {
        return Err(Refusal::new(
            status_to_hresult(status),
            "DxgkDdiGetStandardAllocationDriverData (size query) failed",
        ));
    }
    let (allocation_size, resource_size) =
        (args.AllocationPrivateDriverDataSize, args.ResourcePrivateDriverDataSize);
    for (name, size) in [
        ("AllocationPrivateDriverDataSize", allocation_size),
        ("ResourcePrivateDriverDataSize", resource_size),
    ] {
        if size > WDDMSHIM_MAX_PRIVATE_DRIVER_DATA_SIZE {
            return Err(Refusal::invalid_arg(journal::text!(
                "the KMD's DxgkDdiGetStandardAllocationDriverData asked {} {:#x}, above WDDMSHIM_MAX_PRIVATE_DRIVER_DATA_SIZE",
                name,
                size
            )));
        }
    }

    // ---- 2. the private data -----------------------------------------------------------------
    let mut allocation_data = vec![0u8; allocation_size as usize];
    let mut resource_data = vec![0u8; resource_size as usize];
    let mut args = driver_data_args(&mut request);
    args.pAllocationPrivateDriverData = buffer_ptr(&mut allocation_data);
    args.AllocationPrivateDriverDataSize = allocation_size;
    args.pResourcePrivateDriverData = buffer_ptr(&mut resource_data);
    args.ResourcePrivateDriverDataSize = resource_size;
    let status = adapter.miniport.get_standard_allocation_driver_data(&adapter.faults, &mut args, surface);
    if status < 0 {
        return Err(Refusal::new(status_to_hresult(status), "DxgkDdiGetStandardAllocationDriverData failed"));
    }
    if args.AllocationPrivateDriverDataSize != allocation_size
        || args.ResourcePrivateDriverDataSize != resource_size
    {
        return Err(Refusal::invalid_arg(journal::text!(
            "the KMD's DxgkDdiGetStandardAllocationDriverData changed its sizes between the query ({:#x}, {:#x}) and the fill ({:#x}, {:#x})",
            allocation_size,
            resource_size,
            args.AllocationPrivateDriverDataSize,
            args.ResourcePrivateDriverDataSize
        )));
    }

    // ---- 3. the handle, DxgkDdiCreateAllocation -----------------------------------------------
    let handle = PROCESS
        .handles
        .reserve(adapter.id, HandleKind::Allocation, 1)
        .and_then(|mut h| h.pop())
        .ok_or_else(|| Refusal::new(E_OUTOFMEMORY, "the handle table is full"))?;
    let mut info = DXGK_ALLOCATIONINFO {
        pPrivateDriverData: buffer_ptr(&mut allocation_data),
        PrivateDriverDataSize: allocation_size,
        ..Default::default()
    };
    let mut create_args = DXGKARG_CREATEALLOCATION {
        pPrivateDriverData: buffer_ptr(&mut resource_data).cast_const(),
        PrivateDriverDataSize: resource_size,
        NumAllocations: 1,
        pAllocationInfo: &mut info,
        hResource: std::ptr::null_mut(),
        Flags: DXGK_CREATEALLOCATIONFLAGS { Value: 0 },
    };
    let status = adapter.miniport.create_allocation(&adapter.faults, 0, &mut create_args);
    if status < 0 {
        PROCESS.handles.unreserve(&[handle]);
        return Err(Refusal::new(status_to_hresult(status), "DxgkDdiCreateAllocation failed"));
    }
    let destroy_created = || {
        let created: Vec<HANDLE> = [info.hAllocation].into_iter().filter(|h| !h.is_null()).collect();
        adapter.miniport.destroy_allocation(&adapter.faults, 0, &created, 0, false);
    };

    // ---- 4. validate, place, publish ------------------------------------------------------------
    let primary = matches!(request, StandardRequest::SharedPrimary(_));
    let desc = match validate_kmd_output(adapter, 0, &info, primary) {
        Ok(desc) => desc,
        Err(reason) => {
            destroy_created();
            PROCESS.handles.unreserve(&[handle]);
            return Err(Refusal::invalid_arg(format!(
                "the KMD's DxgkDdiCreateAllocation output is invalid: {reason}"
            )));
        }
    };
    if let Err(error) = adapter.vidmm.create(&[new_placement(handle, &desc, 0)]) {
        destroy_created();
        PROCESS.handles.unreserve(&[handle]);
        return Err(Refusal::new(error.hresult(), error.to_string()));
    }
    let primary_source = match request {
        StandardRequest::SharedPrimary(d) => Some(d.VidPnSourceId),
        _ => None,
    };
    let allocation = adapter.new_allocation(Allocation {
        handle,
        device: 0,
        resource: None,
        kmd_allocation: info.hAllocation as usize,
        kmd_device_allocation: AtomicUsize::new(0),
        desc,
        primary_source,
        system_memory: 0,
        private_data: allocation_data,
        adapter_id: adapter.id,
        holds: Mutex::new(Holds::default()),
    });
    PROCESS.publish(handle, Object::Allocation(allocation.clone()), allocation.kmd_allocation, adapter.id);

    // ---- 5. a shared primary: DxgkDdiDescribeAllocation -------------------------------------------
    if let StandardRequest::SharedPrimary(asked) = request {
        if let Err(refusal) = describe_primary(adapter, handle, info.hAllocation, &asked) {
            PROCESS.handles.unpublish(&[handle]);
            adapter.vidmm.destroy(&[handle]);
            destroy_created();
            PROCESS.handles.unreserve(&[handle]);
            return Err(refusal);
        }
    }
    if request.pitch() != 0 {
        journal::record_note(
            adapter.id,
            "standard allocation",
            journal::text!("allocation {:#010x}: the KMD's Pitch is {}", handle, request.pitch()),
        );
    }
    adapter.standard.lock().insert(handle, allocation);
    Ok(handle)
}

/// `DxgkDdiDescribeAllocation` for a new shared primary, checked against what was asked.
fn describe_primary(
    adapter: &Adapter,
    handle: D3DKMT_HANDLE,
    kmd_allocation: HANDLE,
    asked: &D3DKMDT_SHAREDPRIMARYSURFACEDATA,
) -> Result<(), Refusal> {
    let mut args = DXGKARG_DESCRIBEALLOCATION {
        hAllocation: kmd_allocation,
        Width: 0,
        Height: 0,
        Format: D3DDDIFMT_UNKNOWN,
        MultisampleMethod: D3DDDI_MULTISAMPLINGMETHOD { NumSamples: 0, NumQualityLevels: 0 },
        RefreshRate: D3DDDI_RATIONAL { Numerator: 0, Denominator: 0 },
        PrivateDriverFormatAttribute: 0,
        Flags: DXGK_DESCRIBEALLOCATIONFLAGS { Value: 0 },
        Rotation: 0,
    };
    let status = adapter.miniport.describe_allocation(&adapter.faults, &mut args);
    if status < 0 {
        return Err(Refusal::new(status_to_hresult(status), "DxgkDdiDescribeAllocation failed"));
    }
    let mismatches = describe_mismatches(&args, asked);
    if mismatches.is_empty() {
        return Ok(());
    }
    let fields = mismatches.join(", ");
    journal::record_note(
        adapter.id,
        "contract",
        format!(
            "the KMD's DxgkDdiDescribeAllocation of shared primary {handle:#010x} disagrees with its creation: {fields}"
        ),
    );
    Err(Refusal::invalid_arg(format!(
        "the KMD's DxgkDdiDescribeAllocation disagrees with the shared primary it created: {fields}"
    )))
}

/// The fields of the KMD's description that disagree with the shared primary asked for, each
/// with both values. Refresh rates compare as ratios (60/1 is 120/2); a primary is not
/// multisampled (`NumSamples` 0 or 1, `NumQualityLevels` 0).
fn describe_mismatches(
    described: &DXGKARG_DESCRIBEALLOCATION,
    asked: &D3DKMDT_SHAREDPRIMARYSURFACEDATA,
) -> Vec<String> {
    let mut mismatches = Vec::new();
    if described.Width != asked.Width {
        mismatches.push(format!("Width {} (asked {})", described.Width, asked.Width));
    }
    if described.Height != asked.Height {
        mismatches.push(format!("Height {} (asked {})", described.Height, asked.Height));
    }
    if described.Format != asked.Format {
        mismatches.push(format!("Format {} (asked {})", described.Format, asked.Format));
    }
    let sampling = described.MultisampleMethod;
    if sampling.NumSamples > 1 || sampling.NumQualityLevels != 0 {
        mismatches.push(format!(
            "MultisampleMethod {{NumSamples {}, NumQualityLevels {}}} (a primary is not multisampled)",
            sampling.NumSamples, sampling.NumQualityLevels
        ));
    }
    let (got, want) = (described.RefreshRate, asked.RefreshRate);
    let same_rate = got.Denominator != 0
        && u64::from(got.Numerator) * u64::from(want.Denominator)
            == u64::from(want.Numerator) * u64::from(got.Denominator);
    if !same_rate {
        mismatches.push(format!(
            "RefreshRate {}/{} (asked {}/{})",
            got.Numerator, got.Denominator, want.Numerator, want.Denominator
        ));
    }
    mismatches
}

/// Destroys the standard allocation `handle` of `adapter`.
pub fn destroy(adapter: &Adapter, handle: D3DKMT_HANDLE) -> Result<(), Refusal> {
    let allocation = adapter.standard.lock().remove(&handle).ok_or_else(|| {
        Refusal::invalid_arg(journal::text!(
            "hAllocation {:#010x} is not a live standard allocation of this adapter",
            handle
        ))
    })?;
    release(adapter, allocation);
    Ok(())
}

/// DestroyAllocation (or, while the KMD holds the data through `DxgkCbAcquireHandleData`, at its
/// last `DxgkCbReleaseHandleData`, as for a UMD's allocation), VidMm, handle.
fn release(adapter: &Adapter, allocation: Arc<Allocation>) {
    let destroy_now = {
        let mut holds = allocation.holds.lock();
        if holds.count == 0 {
            true
        } else {
            holds.destroy_when_released = true;
            false
        }
    };
    if destroy_now {
        let kmd = [allocation.kmd_allocation as HANDLE];
        adapter.miniport.destroy_allocation(&adapter.faults, 0, &kmd, 0, false);
    }
    adapter.vidmm.destroy(&[allocation.handle]);
    let freed_at = journal::next_sequence();
    let _ = PROCESS.handles.remove(allocation.handle, HandleKind::Allocation, freed_at, adapter.id);
    adapter.keep_spare_allocations([allocation]);
}

/// Destroys every standard allocation still alive (at adapter destruction); returns their
/// handles, each reported in the journal's leak report.
pub fn destroy_all(adapter: &Adapter) -> Vec<D3DKMT_HANDLE> {
    let left: Vec<(D3DKMT_HANDLE, Arc<Allocation>)> =
        std::mem::take(&mut *adapter.standard.lock()).into_iter().collect();
    let mut handles = Vec::with_capacity(left.len());
    for (handle, allocation) in left {
        journal::record_note(
            adapter.id,
            "leak report",
            journal::text!(
                "standard allocation {:#010x} was still alive when its adapter was destroyed (destroyed now; error)",
                handle
            ),
        );
        release(adapter, allocation);
        handles.push(handle);
    }
    handles
}
