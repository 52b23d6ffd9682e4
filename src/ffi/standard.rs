//! The control API's standard allocations: the allocations dxgkrnl creates for the OS itself
//! (CDD, DWM, GDI) rather than for a UMD: shared primaries, shadow, staging and GDI surfaces.

use crate::abi::*;
use crate::core::Refusal;
use crate::ffi::boundary::boundary;
use crate::ffi::control::{WDDMSHIM_ADAPTER, adapter_of};
use crate::journal;
use crate::runtime::c_args::{arg_mut, arg_ref};
use crate::runtime::standard::{self, StandardRequest};

/// Creates a standard allocation as dxgkrnl does for the OS (CDD, DWM, GDI):
/// `DxgkDdiGetStandardAllocationDriverData` first with NULL buffers (the KMD reports the
/// private data sizes it needs), then again to fill them; `DxgkDdiCreateAllocation` with one
/// allocation carrying that private data (the resource private data, when the KMD asked for
/// any, as the call's `pPrivateDriverData`; no device, no resource); placement through VidMm as
/// for any allocation; a D3DKMT handle that `DxgkCbGetHandleData` resolves. A shared primary is
/// then described by the KMD (`DxgkDdiDescribeAllocation`); a description that disagrees with
/// `pDesc` (Width, Height, Format, RefreshRate, a multisampled surface) is a KMD contract
/// error, journaled with the field names.
///
/// Returns `E_INVALIDARG` for a NULL `pDesc` or `phAllocation` (as this API answers every NULL
/// required pointer), a bad description or a KMD's invalid output; `E_NOTIMPL` when the KMD
/// registered no `DxgkDdiGetStandardAllocationDriverData` (or, for a shared primary, no
/// `DxgkDdiDescribeAllocation`); `D3DDDIERR_DEVICEREMOVED` on a removed adapter
/// (`WddmShimRemoveDevice` with no device); the mapped status of a failing DDI; or VidMm's
/// error. Any failure undoes every step before it; `*phAllocation` is written only on success.
///
/// # Safety
///
/// `pAdapter` is a value `WddmShimCreateAdapter` returned (or refused); `pDesc` is NULL or
/// readable; `phAllocation` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimCreateStandardAllocation(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    pDesc: *const WDDMSHIM_STANDARD_ALLOCATION_DESC,
    phAllocation: *mut D3DKMT_HANDLE,
) -> HRESULT {
    boundary("WddmShimCreateStandardAllocation", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        // SAFETY: the caller's description, readable when not NULL.
        let desc = unsafe { arg_ref(pDesc, "pDesc") }?;
        // SAFETY: the caller's out-parameter, writable when not NULL.
        let out = unsafe { arg_mut(phAllocation, "phAllocation") }?;
        journal::inputs(journal::text!(
            "Type {}, Width {}, Height {}, Format {}",
            desc.Type,
            desc.Width,
            desc.Height,
            desc.Format
        ));
        if desc.Version != WDDMSHIM_DESC_VERSION {
            return Err(Refusal::invalid_arg(journal::text!(
                "pDesc->Version {} is not WDDMSHIM_DESC_VERSION",
                desc.Version
            )));
        }
        let request = StandardRequest::from_desc(&adapter, desc)?;
        *out = standard::create(&adapter, &request)?;
        Ok(S_OK)
    })
}

/// Destroys a standard allocation `WddmShimCreateStandardAllocation` made:
/// `DxgkDdiDestroyAllocation`, the VidMm release, the handle's removal. `E_INVALIDARG` for a
/// handle that is not a live standard allocation of `pAdapter` (a UMD's allocation included).
/// Works on a removed adapter. While the KMD holds the allocation's data
/// (`DxgkCbAcquireHandleData`), `DxgkDdiDestroyAllocation` waits for its last
/// `DxgkCbReleaseHandleData`; the handle goes at once.
/// Standard allocations left at `WddmShimDestroyAdapter` are destroyed there and reported in the
/// journal's leak report.
///
/// # Safety
///
/// `pAdapter` is a value `WddmShimCreateAdapter` returned (or refused); `hAllocation` is looked
/// up, never dereferenced.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimDestroyStandardAllocation(
    pAdapter: *mut WDDMSHIM_ADAPTER,
    hAllocation: D3DKMT_HANDLE,
) -> HRESULT {
    boundary("WddmShimDestroyStandardAllocation", || {
        let adapter = adapter_of(pAdapter, "pAdapter")?;
        journal::inputs(journal::text!("hAllocation {:#010x}", hAllocation));
        standard::destroy(&adapter, hAllocation)?;
        Ok(S_OK)
    })
}
