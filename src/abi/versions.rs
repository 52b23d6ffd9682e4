//! How much of each append-only WDK table a driver built at a given interface version defines.
//!
//! `DRIVER_INITIALIZATION_DATA` and `DXGKRNL_INTERFACE` (dispmprt.h) grow with
//! `DXGKDDI_INTERFACE_VERSION`, and `D3DDDI_DEVICECALLBACKS` (d3dumddi.h) with
//! `D3D_UMD_INTERFACE_VERSION`: every new member is appended behind a `#if VERSION >= X` guard, so
//! a driver built against an older WDK knows only a prefix of the mirror (which follows the
//! WDDM 3.0 header defaults). Each size here is the offset of the first member the next version
//! added, so it follows the mirror's own layout; the version boundaries are the guards measured
//! in research/abi-layouts.md section 4 and abi-layouts-2.md section 6.

use super::*;
use core::mem::{offset_of, size_of};

/// Bytes of `DRIVER_INITIALIZATION_DATA` a KMD built at `DXGKDDI_INTERFACE_VERSION_WDDM2_0` defines.
pub const DRIVER_INITIALIZATION_DATA_SIZE_WDDM2_0: usize =
    offset_of!(DRIVER_INITIALIZATION_DATA, DxgkDdiCheckMultiPlaneOverlaySupport3);

/// Bytes of `DXGKRNL_INTERFACE` a KMD built at `DXGKDDI_INTERFACE_VERSION_WDDM2_0` defines.
pub const DXGKRNL_INTERFACE_SIZE_WDDM2_0: usize =
    offset_of!(DXGKRNL_INTERFACE, DxgkCbMultiPlaneOverlayDisabled);

/// Bytes of `DRIVER_INITIALIZATION_DATA` defined at `DXGKDDI_INTERFACE_VERSION` = `version`:
/// the prefix a KMD built for that version fills. 0 for a version older than WDDM 1.0 (Vista);
/// the whole mirror (WDDM 3.0) for WDDM 3.0 and later.
pub const fn driver_initialization_data_size_for_version(version: u32) -> usize {
    type D = DRIVER_INITIALIZATION_DATA;
    if version < DXGKDDI_INTERFACE_VERSION_VISTA {
        0
    } else if version < DXGKDDI_INTERFACE_VERSION_WIN7 {
        offset_of!(D, DxgkDdiDescribePageTable)
    } else if version < DXGKDDI_INTERFACE_VERSION_WIN8 {
        offset_of!(D, DxgkDdiSetPowerComponentFState)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM1_3 {
        offset_of!(D, DxgkDdiGetNodeMetadata)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_0 {
        offset_of!(D, DxgkDdiRenderGdi)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_1 {
        offset_of!(D, DxgkDdiCheckMultiPlaneOverlaySupport3)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_2 {
        offset_of!(D, DxgkDdiCreateHwContext)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_3 {
        offset_of!(D, DxgkDdiUpdateHwContextState)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_4 {
        offset_of!(D, DxgkDdiSetSchedulingLogBuffer)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_5 {
        offset_of!(D, DxgkDdiSignalMonitoredFence)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_6 {
        offset_of!(D, DxgkDdiSaveMemoryForHotUpdate)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_7 {
        offset_of!(D, DxgkDdiControlInterrupt3)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_9 {
        // WDDM 2.8 added no DDI slot.
        offset_of!(D, DxgkDdiSetFlipQueueLogBuffer)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM3_0 {
        offset_of!(D, DxgkDdiSetAllocationBackingStore)
    } else {
        size_of::<D>()
    }
}

/// Bytes of `DXGKRNL_INTERFACE` defined at `DXGKDDI_INTERFACE_VERSION` = `version`: the prefix a
/// KMD built for that version may read (and the `Size` dxgkrnl reports to it). 0 for a version
/// older than WDDM 1.0 (Vista); the whole mirror (WDDM 3.0) for WDDM 2.9 and later.
pub const fn dxgkrnl_interface_size_for_version(version: u32) -> usize {
    type I = DXGKRNL_INTERFACE;
    if version < DXGKDDI_INTERFACE_VERSION_VISTA {
        0
    } else if version < DXGKDDI_INTERFACE_VERSION_WIN8 {
        // Windows 7 added no callback.
        offset_of!(I, DxgkCbCreateContextAllocation)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM1_3 {
        offset_of!(I, DxgkCbCompletePStateTransition)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_0 {
        offset_of!(I, DxgkCbMapContextAllocation)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_1 {
        offset_of!(I, DxgkCbMultiPlaneOverlayDisabled)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_2 {
        offset_of!(I, DxgkCbInvalidateHwContext)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_3 {
        offset_of!(I, DxgkCbSetProtectedSessionStatus)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_4 {
        offset_of!(I, DxgkCbAllocateContiguousMemory)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_5 {
        offset_of!(I, DxgkCbSignalEvent)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_6 {
        offset_of!(I, DxgkCbIsFeatureEnabled)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_8 {
        // WDDM 2.7 added no callback.
        offset_of!(I, DxgkCbNotifyCursorSupportChange)
    } else if version < DXGKDDI_INTERFACE_VERSION_WDDM2_9 {
        offset_of!(I, DxgkCbQueryFeatureSupport)
    } else {
        // WDDM 3.0 added no callback.
        size_of::<I>()
    }
}

/// Bytes of `D3DDDI_DEVICECALLBACKS` defined at `D3D_UMD_INTERFACE_VERSION` = `version`: the
/// prefix a UMD built for that version reads. 0 for a version older than Vista's; the whole
/// 65-entry table for WDDM 2.6.4 and later.
pub const fn d3dddi_devicecallbacks_size_for_version(version: u32) -> usize {
    type C = D3DDDI_DEVICECALLBACKS;
    if version < D3D_UMD_INTERFACE_VERSION_VISTA {
        0
    } else if version < D3D_UMD_INTERFACE_VERSION_WIN8 {
        offset_of!(C, pfnOfferAllocationsCb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM1_3 {
        offset_of!(C, pfnLogUMDMarkerCb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM2_0 {
        offset_of!(C, pfnMakeResidentCb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM2_1_1 {
        offset_of!(C, pfnUpdateAllocationPropertyCb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM2_1_2 {
        offset_of!(C, pfnReclaimAllocations3Cb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM2_1_3 {
        offset_of!(C, pfnReleaseResourceCb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM2_2_1 {
        offset_of!(C, pfnCreateHwContextCb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM2_4_2 {
        offset_of!(C, pfnSubmitPresentBltToHwQueueCb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM2_5_2 {
        offset_of!(C, pfnSubmitPresentToHwQueueCb)
    } else if version < D3D_UMD_INTERFACE_VERSION_WDDM2_6_4 {
        offset_of!(C, pfnSubmitHistorySequenceCb)
    } else {
        size_of::<C>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_callbacks_prefix_sizes_match_the_measured_header_sizes() {
        // research/abi-layouts.md section 4, measured per D3D_UMD_INTERFACE_VERSION.
        let expected = [
            (0, 0),
            (D3D_UMD_INTERFACE_VERSION_VISTA, 176),
            (D3D_UMD_INTERFACE_VERSION_WIN7, 176),
            (D3D_UMD_INTERFACE_VERSION_WIN8_M3, 176),
            (D3D_UMD_INTERFACE_VERSION_WIN8, 224),
            (D3D_UMD_INTERFACE_VERSION_WDDM1_3, 232),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_0, 400),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_1_1, 416),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_1_2, 432),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_1_3, 440),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_1, 440),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_2_1, 496),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_2, 496),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_4_1, 496),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_4_2, 504),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_5_2, 512),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_6_3, 512),
            (D3D_UMD_INTERFACE_VERSION_WDDM2_6_4, 520),
            (D3D_UMD_INTERFACE_VERSION_WDDM3_0, 520),
            (u32::MAX, 520),
        ];
        for (version, size) in expected {
            assert_eq!(d3dddi_devicecallbacks_size_for_version(version), size, "UMD interface {version:#x}");
        }
        assert_eq!(size_of::<D3DDDI_DEVICECALLBACKS>(), 520);
    }

    #[test]
    fn dispatch_table_prefixes_match_the_measured_wddm2_0_and_default_sizes() {
        // research/abi-layouts-2.md section 2: WDDM 2.0 build and header default (WDDM 3.0).
        assert_eq!(DRIVER_INITIALIZATION_DATA_SIZE_WDDM2_0, 832);
        assert_eq!(DXGKRNL_INTERFACE_SIZE_WDDM2_0, 312);
        assert_eq!(driver_initialization_data_size_for_version(DXGKDDI_INTERFACE_VERSION_WDDM2_0), 832);
        assert_eq!(dxgkrnl_interface_size_for_version(DXGKDDI_INTERFACE_VERSION_WDDM2_0), 312);
        assert_eq!(driver_initialization_data_size_for_version(DXGKDDI_INTERFACE_VERSION_WDDM3_0), 1296);
        assert_eq!(dxgkrnl_interface_size_for_version(DXGKDDI_INTERFACE_VERSION_WDDM3_0), 568);
        assert_eq!(driver_initialization_data_size_for_version(DXGKDDI_INTERFACE_VERSION_VISTA - 1), 0);
        assert_eq!(dxgkrnl_interface_size_for_version(0), 0);
    }

    #[test]
    fn dispatch_table_prefixes_end_where_each_version_s_members_end() {
        // One row per version: the offset of the first member that version's successor added
        // (research/abi-layouts-2.md section 6, "Present since" column).
        let init = [
            (DXGKDDI_INTERFACE_VERSION_VISTA, 496),
            (DXGKDDI_INTERFACE_VERSION_VISTA_SP1, 496),
            (DXGKDDI_INTERFACE_VERSION_WIN7, 568),
            (DXGKDDI_INTERFACE_VERSION_WIN8, 664),
            (DXGKDDI_INTERFACE_VERSION_WDDM1_3, 712),
            (DXGKDDI_INTERFACE_VERSION_WDDM1_3_PATH_INDEPENDENT_ROTATION, 712),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_1, 880),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_1_6, 880),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_2, 1032),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_3, 1056),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_4, 1152),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_5, 1192),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_6, 1224),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_7, 1232),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_8, 1232),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_9, 1264),
            (u32::MAX, 1296),
        ];
        for (version, size) in init {
            assert_eq!(driver_initialization_data_size_for_version(version), size, "DXGKDDI {version:#x}");
        }
        let interface = [
            (DXGKDDI_INTERFACE_VERSION_VISTA, 184),
            (DXGKDDI_INTERFACE_VERSION_WIN7, 184),
            (DXGKDDI_INTERFACE_VERSION_WIN8, 256),
            (DXGKDDI_INTERFACE_VERSION_WDDM1_3, 264),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_1, 328),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_2, 360),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_3, 368),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_4, 456),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_5, 464),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_6, 480),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_7, 480),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_8, 488),
            (DXGKDDI_INTERFACE_VERSION_WDDM2_9, 568),
            (u32::MAX, 568),
        ];
        for (version, size) in interface {
            assert_eq!(dxgkrnl_interface_size_for_version(version), size, "DXGKDDI {version:#x}");
        }
    }

    #[test]
    fn prefix_sizes_never_shrink_as_the_version_grows() {
        let mut previous = (0, 0, 0);
        for version in 0..=0x1_0000u32 {
            let now = (
                driver_initialization_data_size_for_version(version),
                dxgkrnl_interface_size_for_version(version),
                d3dddi_devicecallbacks_size_for_version(version),
            );
            assert!(now.0 >= previous.0 && now.1 >= previous.1 && now.2 >= previous.2, "{version:#x}");
            assert!((now.0 | now.1 | now.2) & 7 == 0, "{version:#x}: not whole pointer slots");
            previous = now;
        }
    }
}
