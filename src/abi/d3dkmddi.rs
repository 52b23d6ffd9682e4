//! Types of the WDK's `d3dkmddi.h`: the display miniport's allocation, device, context,
//! render, patch, submit, paging and escape DDIs, the handle-data callbacks, adapter queries,
//! segments, driver caps and interrupts.
use super::*;
#[allow(unused_imports)]
use core::ffi::c_void;

wdk_flags! {
    /// `DXGK_ENGINESTATUS` flag bits.
    DXGK_ENGINESTATUS {
        Responsive = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `D3DKMDT_GDISURFACEFLAGS` flag bits (d3dkmdt.h).
    D3DKMDT_GDISURFACEFLAGS {
        Reserved = 0xffffffff,
    }
}

wdk! {
    /// `D3DKMDT_STANDARDALLOCATION_TYPE` (d3dkmdt.h; a 32-bit enum).
    pub type D3DKMDT_STANDARDALLOCATION_TYPE = i32;
    /// `D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE`.
    pub const D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE: D3DKMDT_STANDARDALLOCATION_TYPE = 1;
    /// `D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE`.
    pub const D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE: D3DKMDT_STANDARDALLOCATION_TYPE = 2;
    /// `D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE`.
    pub const D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE: D3DKMDT_STANDARDALLOCATION_TYPE = 3;
    /// `D3DKMDT_STANDARDALLOCATION_GDISURFACE`.
    pub const D3DKMDT_STANDARDALLOCATION_GDISURFACE: D3DKMDT_STANDARDALLOCATION_TYPE = 4;
    /// `D3DKMDT_STANDARDALLOCATION_VGPU` (WDDM 2.1).
    pub const D3DKMDT_STANDARDALLOCATION_VGPU: D3DKMDT_STANDARDALLOCATION_TYPE = 5;

    /// `D3DKMDT_GDISURFACETYPE` (d3dkmdt.h; a 32-bit enum).
    pub type D3DKMDT_GDISURFACETYPE = i32;
    /// `D3DKMDT_GDISURFACE_INVALID`.
    pub const D3DKMDT_GDISURFACE_INVALID: D3DKMDT_GDISURFACETYPE = 0;
    /// `D3DKMDT_GDISURFACE_TEXTURE`.
    pub const D3DKMDT_GDISURFACE_TEXTURE: D3DKMDT_GDISURFACETYPE = 1;
    /// `D3DKMDT_GDISURFACE_STAGING_CPUVISIBLE`.
    pub const D3DKMDT_GDISURFACE_STAGING_CPUVISIBLE: D3DKMDT_GDISURFACETYPE = 2;
    /// `D3DKMDT_GDISURFACE_STAGING`.
    pub const D3DKMDT_GDISURFACE_STAGING: D3DKMDT_GDISURFACETYPE = 3;
    /// `D3DKMDT_GDISURFACE_LOOKUPTABLE`.
    pub const D3DKMDT_GDISURFACE_LOOKUPTABLE: D3DKMDT_GDISURFACETYPE = 4;
    /// `D3DKMDT_GDISURFACE_EXISTINGSYSMEM`.
    pub const D3DKMDT_GDISURFACE_EXISTINGSYSMEM: D3DKMDT_GDISURFACETYPE = 5;
    /// `D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE`.
    pub const D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE: D3DKMDT_GDISURFACETYPE = 6;
    /// `D3DKMDT_GDISURFACE_TEXTURE_CROSSADAPTER`.
    pub const D3DKMDT_GDISURFACE_TEXTURE_CROSSADAPTER: D3DKMDT_GDISURFACETYPE = 7;
    /// `D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE_CROSSADAPTER`.
    pub const D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE_CROSSADAPTER: D3DKMDT_GDISURFACETYPE = 8;

    /// `D3DKMDT_SHAREDPRIMARYSURFACEDATA` (d3dkmdt.h).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct D3DKMDT_SHAREDPRIMARYSURFACEDATA {
        /// `Width`.
        pub Width: UINT,
        /// `Height`.
        pub Height: UINT,
        /// `Format`.
        pub Format: D3DDDIFORMAT,
        /// `RefreshRate`.
        pub RefreshRate: D3DDDI_RATIONAL,
        /// `VidPnSourceId`.
        pub VidPnSourceId: D3DDDI_VIDEO_PRESENT_SOURCE_ID,
    }

    /// `D3DKMDT_SHADOWSURFACEDATA` (d3dkmdt.h).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct D3DKMDT_SHADOWSURFACEDATA {
        /// `Width`.
        pub Width: UINT,
        /// `Height`.
        pub Height: UINT,
        /// `Format`.
        pub Format: D3DDDIFORMAT,
        /// `Pitch`.
        pub Pitch: UINT,
    }

    /// `D3DKMDT_STAGINGSURFACEDATA` (d3dkmdt.h).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct D3DKMDT_STAGINGSURFACEDATA {
        /// `Width`.
        pub Width: UINT,
        /// `Height`.
        pub Height: UINT,
        /// `Pitch`.
        pub Pitch: UINT,
    }

    /// `D3DKMDT_GDISURFACEDATA` (d3dkmdt.h).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct D3DKMDT_GDISURFACEDATA {
        /// `Width`.
        pub Width: UINT,
        /// `Height`.
        pub Height: UINT,
        /// `Format`.
        pub Format: D3DDDIFORMAT,
        /// `Type`.
        pub Type: D3DKMDT_GDISURFACETYPE,
        /// `Flags`.
        pub Flags: D3DKMDT_GDISURFACEFLAGS,
        /// `Pitch`.
        pub Pitch: UINT,
    }
}

wdk_flags! {
    /// `DXGK_SEGMENTBANKPREFERENCE` flag bits.
    DXGK_SEGMENTBANKPREFERENCE {
        Bank0 = 0x7f,
        Direction0 = 0x80,
        Bank1 = 0x7f00,
        Direction1 = 0x8000,
        Bank2 = 0x7f0000,
        Direction2 = 0x800000,
        Bank3 = 0x7f000000,
        Direction3 = 0x80000000,
    }
}

wdk_flags! {
    /// `DXGK_SEGMENTFLAGS` flag bits.
    DXGK_SEGMENTFLAGS {
        Aperture = 0x1,
        Agp = 0x2,
        CpuVisible = 0x4,
        UseBanking = 0x8,
        CacheCoherent = 0x10,
        PitchAlignment = 0x20,
        PopulatedFromSystemMemory = 0x40,
        PreservedDuringStandby = 0x80,
        PreservedDuringHibernate = 0x100,
        PartiallyPreservedDuringHibernate = 0x200,
        DirectFlip = 0x400,
        Use64KBPages = 0x800,
        ReservedSysMem = 0x1000,
        SupportsCpuHostAperture = 0x2000,
        SupportsCachedCpuHostAperture = 0x4000,
        ApplicationTarget = 0x8000,
        VprSupported = 0x10000,
        VprPreservedDuringStandby = 0x20000,
        EncryptedPagingSupported = 0x40000,
        LocalBudgetGroup = 0x80000,
        NonLocalBudgetGroup = 0x100000,
        PopulatedByReservedDDRByFirmware = 0x200000,
        Reserved = 0xffc00000,
    }
}

wdk_flags! {
    /// `DXGK_ALLOCATIONINFOFLAGS` flag bits.
    DXGK_ALLOCATIONINFOFLAGS {
        CpuVisible = 0x1,
        PermanentSysMem = 0x2,
        Cached = 0x4,
        Protected = 0x8,
        ExistingSysMem = 0x10,
        ExistingKernelSysMem = 0x20,
        FromEndOfSegment = 0x40,
        Swizzled = 0x80,
        Overlay = 0x100,
        Capture = 0x200,
        UseAlternateVA = 0x400,
        SynchronousPaging = 0x800,
        LinkMirrored = 0x1000,
        LinkInstanced = 0x2000,
        HistoryBuffer = 0x4000,
        AccessedPhysically = 0x8000,
        ExplicitResidencyNotification = 0x10000,
        HardwareProtected = 0x20000,
        CpuVisibleOnDemand = 0x40000,
        DXGK_ALLOC_RESERVED16 = 0x80000,
        DXGK_ALLOC_RESERVED15 = 0x100000,
        DXGK_ALLOC_RESERVED14 = 0x200000,
        DXGK_ALLOC_RESERVED13 = 0x400000,
        DXGK_ALLOC_RESERVED12 = 0x800000,
        DXGK_ALLOC_RESERVED11 = 0x1000000,
        DXGK_ALLOC_RESERVED10 = 0x2000000,
        DXGK_ALLOC_RESERVED9 = 0x4000000,
        DXGK_ALLOC_RESERVED4 = 0x8000000,
        DXGK_ALLOC_RESERVED3 = 0x10000000,
        DXGK_ALLOC_RESERVED2 = 0x20000000,
        DXGK_ALLOC_RESERVED1 = 0x40000000,
        DXGK_ALLOC_RESERVED0 = 0x80000000,
    }
}

wdk_flags! {
    /// `DXGK_ALLOCATIONINFOFLAGS_WDDM2_0` flag bits.
    DXGK_ALLOCATIONINFOFLAGS_WDDM2_0 {
        CpuVisible = 0x1,
        PermanentSysMem = 0x2,
        Cached = 0x4,
        Protected = 0x8,
        ExistingSysMem = 0x10,
        ExistingKernelSysMem = 0x20,
        FromEndOfSegment = 0x40,
        DisableLargePageMapping = 0x80,
        Overlay = 0x100,
        Capture = 0x200,
        CreateInVpr = 0x400,
        DXGK_ALLOC_RESERVED17 = 0x800,
        Reserved02 = 0x1000,
        MapApertureCpuVisible = 0x2000,
        HistoryBuffer = 0x4000,
        AccessedPhysically = 0x8000,
        ExplicitResidencyNotification = 0x10000,
        HardwareProtected = 0x20000,
        CpuVisibleOnDemand = 0x40000,
        DXGK_ALLOC_RESERVED16 = 0x80000,
        DXGK_ALLOC_RESERVED15 = 0x100000,
        DXGK_ALLOC_RESERVED14 = 0x200000,
        DXGK_ALLOC_RESERVED13 = 0x400000,
        DXGK_ALLOC_RESERVED12 = 0x800000,
        DXGK_ALLOC_RESERVED11 = 0x1000000,
        DXGK_ALLOC_RESERVED10 = 0x2000000,
        DXGK_ALLOC_RESERVED9 = 0x4000000,
        DXGK_ALLOC_RESERVED4 = 0x8000000,
        DXGK_ALLOC_RESERVED3 = 0x10000000,
        DXGK_ALLOC_RESERVED2 = 0x20000000,
        DXGK_ALLOC_RESERVED1 = 0x40000000,
        DXGK_ALLOC_RESERVED0 = 0x80000000,
    }
}

wdk_flags! {
    /// `DXGK_ALLOCATIONINFOFLAGS2` flag bits.
    DXGK_ALLOCATIONINFOFLAGS2 {
        ShareBackingStoreWithKmd = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGK_ALLOCATIONUSAGEINFO1::Flags` flag bits.
    DXGK_ALLOCATIONUSAGEINFO1_FLAGS {
        PrivateFormat = 0x1,
        Swizzled = 0x2,
        MipMap = 0x4,
        Cube = 0x8,
        Volume = 0x10,
        Vertex = 0x20,
        Index = 0x40,
        Reserved = 0xffffff80,
    }
}

wdk_flags! {
    /// `DXGK_CREATEALLOCATIONFLAGS` flag bits.
    DXGK_CREATEALLOCATIONFLAGS {
        Resource = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGK_DESTROYALLOCATIONFLAGS` flag bits.
    DXGK_DESTROYALLOCATIONFLAGS {
        DestroyResource = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGK_OPENALLOCATIONFLAGS` flag bits.
    DXGK_OPENALLOCATIONFLAGS {
        Create = 0x1,
        ReadOnly = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk_flags! {
    /// `DXGK_DESCRIBEALLOCATIONFLAGS` flag bits.
    DXGK_DESCRIBEALLOCATIONFLAGS {
        CheckDisplayMode = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGKCB_GETHANDLEDATAFLAGS` flag bits.
    DXGKCB_GETHANDLEDATAFLAGS {
        DeviceSpecific = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGK_QUERYADAPTERINFOFLAGS` flag bits.
    DXGK_QUERYADAPTERINFOFLAGS {
        VirtualMachineData = 0x1,
        SecureVirtualMachine = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk_flags! {
    /// `DXGK_POINTERFLAGS` flag bits.
    DXGK_POINTERFLAGS {
        Monochrome = 0x1,
        Color = 0x2,
        MaskedColor = 0x4,
        Reserved = 0xfffffff8,
    }
}

wdk_flags! {
    /// `DXGK_GAMMARAMPCAPS` flag bits.
    DXGK_GAMMARAMPCAPS {
        Gamma_Rgb256x3x16 = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGK_COLORTRANSFORMCAPS` flag bits.
    DXGK_COLORTRANSFORMCAPS {
        Gamma_Rgb256x3x16 = 0x1,
        Gamma_Dxgi1 = 0x2,
        Transform_3x4Matrix = 0x4,
        Transform_3x4Matrix_WideColor = 0x8,
        Transform_3x4Matrix_HighColor = 0x10,
        Transform_Matrix_V2 = 0x20,
        Reserved = 0xffffffc0,
    }
}

wdk_flags! {
    /// `DXGK_PRESENTATIONCAPS` flag bits.
    DXGK_PRESENTATIONCAPS {
        NoScreenToScreenBlt = 0x1,
        NoOverlapScreenBlt = 0x2,
        SupportKernelModeCommandBuffer = 0x4,
        NoSameBitmapAlphaBlend = 0x8,
        NoSameBitmapStretchBlt = 0x10,
        NoSameBitmapTransparentBlt = 0x20,
        NoSameBitmapOverlappedAlphaBlend = 0x40,
        NoSameBitmapOverlappedStretchBlt = 0x80,
        DriverSupportsCddDwmInterop = 0x100,
        Reserved0 = 0x200,
        AlignmentShift = 0x3c00,
        MaxTextureWidthShift = 0x1c000,
        MaxTextureHeightShift = 0xe0000,
        SupportAllBltRops = 0x100000,
        SupportMirrorStretchBlt = 0x200000,
        SupportMonoStretchBltModes = 0x400000,
        StagingRectStartPitchAligned = 0x800000,
        NoSameBitmapBitBlt = 0x1000000,
        NoSameBitmapOverlappedBitBlt = 0x2000000,
        Reserved1 = 0x4000000,
        NoTempSurfaceForClearTypeBlend = 0x8000000,
        SupportSoftwareDeviceBitmaps = 0x10000000,
        NoCacheCoherentApertureMemory = 0x20000000,
        SupportLinearHeap = 0x40000000,
        Reserved = 0x80000000,
    }
}

wdk_flags! {
    /// `DXGK_FLIPCAPS` flag bits.
    DXGK_FLIPCAPS {
        FlipOnVSyncWithNoWait = 0x1,
        FlipOnVSyncMmIo = 0x2,
        FlipInterval = 0x4,
        FlipImmediateMmIo = 0x8,
        FlipIndependent = 0x10,
        DdiPresentForIFlip = 0x20,
        FlipImmediateOnHSync = 0x40,
        Reserved = 0xffffff80,
    }
}

wdk_flags! {
    /// `DXGK_VIDSCHCAPS` flag bits.
    DXGK_VIDSCHCAPS {
        MultiEngineAware = 0x1,
        VSyncPowerSaveAware = 0x2,
        PreemptionAware = 0x4,
        NoDmaPatching = 0x8,
        CancelCommandAware = 0x10,
        No64BitAtomics = 0x20,
        LowIrqlPreemptCommand = 0x40,
        HwQueuePacketCap = 0x780,
        Reserved = 0xfffff800,
    }
}

wdk_flags! {
    /// `DXGK_VIDMMCAPS::Value` flag bits.
    DXGK_VIDMMCAPS_FLAGS {
        OutOfOrderLock = 0x1,
        DedicatedPagingEngine = 0x2,
        PagingEngineCanSwizzle = 0x4,
        SectionBackedPrimary = 0x8,
        CrossAdapterResource = 0x10,
        VirtualAddressingSupported = 0x20,
        GpuMmuSupported = 0x40,
        IoMmuSupported = 0x80,
        ReplicateGdiContent = 0x100,
        NonCpuVisiblePrimary = 0x200,
        ParavirtualizationSupported = 0x400,
        IoMmuSecureModeSupported = 0x800,
        DisableSelfRefreshVRAMInS3 = 0x1000,
        IoMmuSecureModeRequired = 0x2000,
        MapAperture2Supported = 0x4000,
        CrossAdapterResourceTexture = 0x8000,
        CrossAdapterResourceScanout = 0x10000,
        Reserved = 0xfffe0000,
    }
}

wdk_flags! {
    /// `DXGK_VIRTUALADDRESSCAPS_DEPRECATED::Value` flag bits.
    DXGK_VIRTUALADDRESSCAPS_DEPRECATED_FLAGS {
        PrivilegedMemorySupported = 0x1,
        ReadOnlyMemorySupported = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk_flags! {
    /// `DXGK_HWQUEUEDFLIP_CAPS` flag bits.
    DXGK_HWQUEUEDFLIP_CAPS {
        Reserved = 0xffffffff,
    }
}

wdk_flags! {
    /// `DXGK_DRIVERCAPS::MiscCaps` flag bits.
    DXGK_DRIVERCAPS_MISCCAPS {
        SupportContextlessPresent = 0x1,
        Detachable = 0x2,
        VirtualGpuOnly = 0x4,
        ComputeOnly = 0x8,
        IndependentVidPnVSyncControl = 0x10,
        NoHybridDiscreteDListDllSupport = 0x20,
        DisplayableSupport = 0x40,
        Reserved = 0xffffff80,
    }
}

wdk_flags! {
    /// `DXGK_ADL_FLAGS` (WDDM 2.9): how a `DXGK_ADL` describes its pages.
    DXGK_ADL_FLAGS {
        /// The pages are one contiguous run starting at `BasePageNumber`.
        Contiguous = 0x0000_0001,
        /// Reserved; zero.
        Reserved = 0xFFFF_FFFE,
    }
}

wdk_flags! {
    /// `DXGK_CREATEDEVICEFLAGS` flag bits.
    DXGK_CREATEDEVICEFLAGS {
        SystemDevice = 0x1,
        GdiDevice = 0x2,
        Reserved = 0x7ffffffc,
        Reserved0 = 0x80000000,
    }
}

wdk_flags! {
    /// `DXGK_DEVICEINFOFLAGS` flag bits.
    DXGK_DEVICEINFOFLAGS {
        GuaranteedDmaBufferContract = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGK_CREATECONTEXTFLAGS` flag bits.
    DXGK_CREATECONTEXTFLAGS {
        SystemContext = 0x1,
        GdiContext = 0x2,
        VirtualAddressing = 0x4,
        SystemProtectedContext = 0x8,
        HwQueueSupported = 0x10,
        Reserved = 0xffffffe0,
    }
}

wdk_flags! {
    /// `DXGK_CONTEXTINFO_CAPS` flag bits.
    DXGK_CONTEXTINFO_CAPS {
        NoPatchingRequired = 0x1,
        DriverManagesResidency = 0x2,
        UseIoMmu = 0x4,
        Reserved = 0xfffffff8,
    }
}

wdk_flags! {
    /// `DXGK_ALLOCATIONLIST` flag bits (an anonymous bit-field struct).
    DXGK_ALLOCATIONLIST_FLAGS {
        WriteOperation = 0x1,
        SegmentId = 0x3e,
        Reserved = 0xffffffc0,
    }
}

wdk_flags! {
    /// `DXGK_PATCHFLAGS` flag bits.
    DXGK_PATCHFLAGS {
        Paging = 0x1,
        Present = 0x2,
        RedirectedPresent = 0x4,
        NullRendering = 0x8,
        Reserved = 0xfffffff0,
    }
}

wdk_flags! {
    /// `DXGK_SUBMITCOMMANDFLAGS` flag bits.
    DXGK_SUBMITCOMMANDFLAGS {
        Paging = 0x1,
        Present = 0x2,
        RedirectedPresent = 0x4,
        NullRendering = 0x8,
        Flip = 0x10,
        FlipWithNoWait = 0x20,
        ContextSwitch = 0x40,
        Resubmission = 0x80,
        VirtualMachineData = 0x100,
        Reserved = 0xfffffe00,
    }
}

wdk_flags! {
    /// `DXGK_TRANSFERFLAGS` flag bits.
    DXGK_TRANSFERFLAGS {
        Swizzle = 0x1,
        Unswizzle = 0x2,
        AllocationIsIdle = 0x4,
        TransferStart = 0x8,
        TransferEnd = 0x10,
        Reserved = 0xffffffe0,
    }
}

wdk_flags! {
    /// `DXGK_DISCARDCONTENTFLAGS` flag bits.
    DXGK_DISCARDCONTENTFLAGS {
        AllocationIsIdle = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGK_MAPAPERTUREFLAGS` flag bits.
    DXGK_MAPAPERTUREFLAGS {
        CacheCoherent = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `DXGK_UPDATEPAGETABLEFLAGS` flag bits.
    DXGK_UPDATEPAGETABLEFLAGS {
        Repeat = 0x1,
        InitialUpdate = 0x2,
        NotifyEviction = 0x4,
        Use64KBPages = 0x8,
        Reserved = 0xfffffff0,
    }
}

wdk_flags! {
    /// `DXGK_TRANSFERVIRTUALFLAGS` flag bits.
    DXGK_TRANSFERVIRTUALFLAGS {
        Src64KBPages = 0x1,
        Dst64KBPages = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk_flags! {
    /// `DXGK_BUILDPAGINGBUFFER_NOTIFYRESIDENCY` flag bits (an anonymous union of bit-fields).
    DXGK_BUILDPAGINGBUFFER_NOTIFYRESIDENCY_FLAGS {
        Resident = 0x1,
        Reserved = 0x7fffffff,
    }
}

wdk_flags! {
    /// `DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS` flag bits.
    DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS {
        ValidPhysicalAdapterMask = 0x1,
        HsyncFlipCompletion = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk! {
    /// The bit-fields of `DXGK_MIRACAST_CHUNK_ID`: `FrameNumber` in bits 0..39, `PartNumber` in 40..63.
    #[repr(transparent)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct DXGK_MIRACAST_CHUNK_ID_FLAGS {
        /// All 64 bits.
        pub Value: u64,
    }
}

wdk! {
    impl DXGK_MIRACAST_CHUNK_ID_FLAGS {
        /// Mask of `FrameNumber`.
        pub const FrameNumber: u64 = 0xFF_FFFF_FFFF;
        /// Mask of `PartNumber`.
        pub const PartNumber: u64 = 0xFFFF_FF00_0000_0000;
    }
}

wdk_flags! {
    /// `DXGK_FAULT_ERROR_CODE` flag bits.
    DXGK_FAULT_ERROR_CODE {
        IsDeviceSpecificCode = 0x1,
        GeneralErrorCode = 0xfffffffe,
        IsDeviceSpecificCodeReservedBit = 0x1,
        DeviceSpecificCode = 0xfffffffe,
    }
}

wdk! {
    /// `DXGK_SEGMENTPREFERENCE`.
    pub type DXGK_SEGMENTPREFERENCE = D3DDDI_SEGMENTPREFERENCE;

    /// `DXGK_SEGMENTDESCRIPTOR` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_SEGMENTDESCRIPTOR {
        /// `BaseAddress`.
        pub BaseAddress: PHYSICAL_ADDRESS,
        /// `CpuTranslatedAddress`.
        pub CpuTranslatedAddress: PHYSICAL_ADDRESS,
        /// `Size`.
        pub Size: SIZE_T,
        /// `NbOfBanks`.
        pub NbOfBanks: UINT,
        /// `pBankRangeTable`.
        pub pBankRangeTable: *mut SIZE_T,
        /// `CommitLimit`.
        pub CommitLimit: SIZE_T,
        /// `Flags`.
        pub Flags: DXGK_SEGMENTFLAGS,
    }

    /// `DXGK_QUERYSEGMENTIN` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_QUERYSEGMENTIN {
        /// `AgpApertureBase`.
        pub AgpApertureBase: PHYSICAL_ADDRESS,
        /// `AgpApertureSize`.
        pub AgpApertureSize: LARGE_INTEGER,
        /// `AgpFlags`.
        pub AgpFlags: DXGK_SEGMENTFLAGS,
    }

    /// `DXGK_QUERYSEGMENTOUT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_QUERYSEGMENTOUT {
        /// `NbSegment`.
        pub NbSegment: UINT,
        /// `pSegmentDescriptor`.
        pub pSegmentDescriptor: *mut DXGK_SEGMENTDESCRIPTOR,
        /// `PagingBufferSegmentId`.
        pub PagingBufferSegmentId: UINT,
        /// `PagingBufferSize`.
        pub PagingBufferSize: UINT,
        /// `PagingBufferPrivateDataSize`.
        pub PagingBufferPrivateDataSize: UINT,
    }

    /// `DXGK_SEGMENTDESCRIPTOR3` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_SEGMENTDESCRIPTOR3 {
        /// `Flags`.
        pub Flags: DXGK_SEGMENTFLAGS,
        /// `BaseAddress`.
        pub BaseAddress: PHYSICAL_ADDRESS,
        /// `CpuTranslatedAddress`.
        pub CpuTranslatedAddress: PHYSICAL_ADDRESS,
        /// `Size`.
        pub Size: SIZE_T,
        /// `NbOfBanks`.
        pub NbOfBanks: UINT,
        /// `pBankRangeTable`.
        pub pBankRangeTable: *mut SIZE_T,
        /// `CommitLimit`.
        pub CommitLimit: SIZE_T,
        /// `SystemMemoryEndAddress`.
        pub SystemMemoryEndAddress: SIZE_T,
        /// `Reserved`.
        pub Reserved: SIZE_T,
    }

    /// `DXGK_QUERYSEGMENTOUT3` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_QUERYSEGMENTOUT3 {
        /// `NbSegment`.
        pub NbSegment: UINT,
        /// `pSegmentDescriptor`.
        pub pSegmentDescriptor: *mut DXGK_SEGMENTDESCRIPTOR3,
        /// `PagingBufferSegmentId`.
        pub PagingBufferSegmentId: UINT,
        /// `PagingBufferSize`.
        pub PagingBufferSize: UINT,
        /// `PagingBufferPrivateDataSize`.
        pub PagingBufferPrivateDataSize: UINT,
    }

    /// `DXGK_QUERYSEGMENTIN4` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_QUERYSEGMENTIN4 {
        /// `PhysicalAdapterIndex`.
        pub PhysicalAdapterIndex: UINT,
    }

    /// `DXGK_CPUHOSTAPERTURE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_CPUHOSTAPERTURE {
        /// `PhysicalAddress`.
        pub PhysicalAddress: UINT64,
        /// `SizeInPages`.
        pub SizeInPages: UINT32,
    }

    /// Anonymous union of `DXGK_SEGMENTDESCRIPTOR4`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_SEGMENTDESCRIPTOR4_0 {
        /// `CpuTranslatedAddress`.
        pub CpuTranslatedAddress: PHYSICAL_ADDRESS,
        /// `CpuHostAperture`.
        pub CpuHostAperture: DXGK_CPUHOSTAPERTURE,
    }

    /// `DXGK_SEGMENTDESCRIPTOR4` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_SEGMENTDESCRIPTOR4 {
        /// `Flags`.
        pub Flags: DXGK_SEGMENTFLAGS,
        /// `BaseAddress`.
        pub BaseAddress: PHYSICAL_ADDRESS,
        /// `Size`.
        pub Size: SIZE_T,
        /// `CommitLimit`.
        pub CommitLimit: SIZE_T,
        /// `SystemMemoryEndAddress`.
        pub SystemMemoryEndAddress: SIZE_T,
        /// `Anonymous`.
        pub Anonymous: DXGK_SEGMENTDESCRIPTOR4_0,
        /// `NumInvalidMemoryRanges`.
        pub NumInvalidMemoryRanges: UINT,
        /// `VprRangeStartOffset`.
        pub VprRangeStartOffset: SIZE_T,
        /// `VprRangeSize`.
        pub VprRangeSize: SIZE_T,
        /// `VprAlignment`.
        pub VprAlignment: UINT,
        /// `NumVprSupported`.
        pub NumVprSupported: UINT,
        /// `VprReserveSize`.
        pub VprReserveSize: UINT,
        /// `NumUEFIFrameBufferRanges`.
        pub NumUEFIFrameBufferRanges: UINT,
    }

    /// `DXGK_QUERYSEGMENTOUT4` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_QUERYSEGMENTOUT4 {
        /// `NbSegment`.
        pub NbSegment: UINT,
        /// `pSegmentDescriptor`.
        pub pSegmentDescriptor: *mut BYTE,
        /// `PagingBufferSegmentId`.
        pub PagingBufferSegmentId: UINT,
        /// `PagingBufferSize`.
        pub PagingBufferSize: UINT,
        /// `PagingBufferPrivateDataSize`.
        pub PagingBufferPrivateDataSize: UINT,
        /// `SegmentDescriptorStride`.
        pub SegmentDescriptorStride: SIZE_T,
    }

    /// Anonymous union of `DXGK_ALLOCATIONUSAGEINFO1`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_ALLOCATIONUSAGEINFO1_0 {
        /// `Format`.
        pub Format: D3DDDIFORMAT,
        /// `PrivateFormat`.
        pub PrivateFormat: UINT,
    }

    /// `DXGK_ALLOCATIONUSAGEINFO1` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_ALLOCATIONUSAGEINFO1 {
        /// `Flags`.
        pub Flags: DXGK_ALLOCATIONUSAGEINFO1_FLAGS,
        /// `Anonymous`.
        pub Anonymous: DXGK_ALLOCATIONUSAGEINFO1_0,
        /// `SwizzledFormat`.
        pub SwizzledFormat: UINT,
        /// `ByteOffset`.
        pub ByteOffset: UINT,
        /// `Width`.
        pub Width: UINT,
        /// `Height`.
        pub Height: UINT,
        /// `Pitch`.
        pub Pitch: UINT,
        /// `Depth`.
        pub Depth: UINT,
        /// `SlicePitch`.
        pub SlicePitch: UINT,
    }

    /// `DXGK_ALLOCATIONUSAGEHINT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_ALLOCATIONUSAGEHINT {
        /// `Version`.
        pub Version: UINT,
        /// `v1`.
        pub v1: DXGK_ALLOCATIONUSAGEINFO1,
    }

    /// Anonymous union of `DXGK_ALLOCATIONINFO`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_ALLOCATIONINFO_0 {
        /// `MaximumRenamingListLength`.
        pub MaximumRenamingListLength: UINT,
        /// `PhysicalAdapterIndex`.
        pub PhysicalAdapterIndex: UINT,
    }

    /// Anonymous union of `DXGK_ALLOCATIONINFO`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_ALLOCATIONINFO_1 {
        /// `Flags`.
        pub Flags: DXGK_ALLOCATIONINFOFLAGS,
        /// `FlagsWddm2`.
        pub FlagsWddm2: DXGK_ALLOCATIONINFOFLAGS_WDDM2_0,
    }

    /// `DXGK_ALLOCATIONINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_ALLOCATIONINFO {
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `Alignment`.
        pub Alignment: UINT,
        /// `Size`.
        pub Size: SIZE_T,
        /// `PitchAlignedSize`.
        pub PitchAlignedSize: SIZE_T,
        /// `HintedBank`.
        pub HintedBank: DXGK_SEGMENTBANKPREFERENCE,
        /// `PreferredSegment`.
        pub PreferredSegment: DXGK_SEGMENTPREFERENCE,
        /// `SupportedReadSegmentSet`.
        pub SupportedReadSegmentSet: UINT,
        /// `SupportedWriteSegmentSet`.
        pub SupportedWriteSegmentSet: UINT,
        /// `EvictionSegmentSet`.
        pub EvictionSegmentSet: UINT,
        /// `Anonymous1`.
        pub Anonymous1: DXGK_ALLOCATIONINFO_0,
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `Anonymous2`.
        pub Anonymous2: DXGK_ALLOCATIONINFO_1,
        /// `pAllocationUsageHint`.
        pub pAllocationUsageHint: *mut DXGK_ALLOCATIONUSAGEHINT,
        /// `AllocationPriority`.
        pub AllocationPriority: UINT,
        /// `Flags2`.
        pub Flags2: DXGK_ALLOCATIONINFOFLAGS2,
    }

    /// `DXGKARG_CREATEALLOCATION` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_CREATEALLOCATION {
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *const c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `pAllocationInfo`.
        pub pAllocationInfo: *mut DXGK_ALLOCATIONINFO,
        /// `hResource`.
        pub hResource: HANDLE,
        /// `Flags`.
        pub Flags: DXGK_CREATEALLOCATIONFLAGS,
    }

    /// `DXGKARG_DESTROYALLOCATION` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_DESTROYALLOCATION {
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `pAllocationList`.
        pub pAllocationList: *const HANDLE,
        /// `hResource`.
        pub hResource: HANDLE,
        /// `Flags`.
        pub Flags: DXGK_DESTROYALLOCATIONFLAGS,
    }

    /// `DXGK_OPENALLOCATIONINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_OPENALLOCATIONINFO {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `hDeviceSpecificAllocation`.
        pub hDeviceSpecificAllocation: HANDLE,
    }

    /// `DXGKARG_OPENALLOCATION` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_OPENALLOCATION {
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `pOpenAllocation`.
        pub pOpenAllocation: *mut DXGK_OPENALLOCATIONINFO,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverSize`.
        pub PrivateDriverSize: UINT,
        /// `Flags`.
        pub Flags: DXGK_OPENALLOCATIONFLAGS,
        /// `SubresourceIndex`.
        pub SubresourceIndex: UINT,
        /// `SubresourceOffset`.
        pub SubresourceOffset: SIZE_T,
        /// `Pitch`.
        pub Pitch: UINT,
    }

    /// `DXGKARG_CLOSEALLOCATION` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_CLOSEALLOCATION {
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `pOpenHandleList`.
        pub pOpenHandleList: *const HANDLE,
    }

    /// `DXGKARG_DESCRIBEALLOCATION` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_DESCRIBEALLOCATION {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `Width`.
        pub Width: UINT,
        /// `Height`.
        pub Height: UINT,
        /// `Format`.
        pub Format: D3DDDIFORMAT,
        /// `MultisampleMethod`.
        pub MultisampleMethod: D3DDDI_MULTISAMPLINGMETHOD,
        /// `RefreshRate`.
        pub RefreshRate: D3DDDI_RATIONAL,
        /// `PrivateDriverFormatAttribute`.
        pub PrivateDriverFormatAttribute: UINT,
        /// `Flags`.
        pub Flags: DXGK_DESCRIBEALLOCATIONFLAGS,
        /// `Rotation`.
        pub Rotation: D3DDDI_ROTATION,
    }

    /// `DXGK_HANDLE_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_HANDLE_TYPE = i32;

    /// `DXGK_HANDLE_ALLOCATION`.
    pub const DXGK_HANDLE_ALLOCATION: DXGK_HANDLE_TYPE = 1;

    /// `DXGK_HANDLE_RESOURCE`.
    pub const DXGK_HANDLE_RESOURCE: DXGK_HANDLE_TYPE = 2;

    /// `DXGKARGCB_GETHANDLEDATA` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_GETHANDLEDATA {
        /// `hObject`.
        pub hObject: D3DKMT_HANDLE,
        /// `Type`.
        pub Type: DXGK_HANDLE_TYPE,
        /// `Flags`.
        pub Flags: DXGKCB_GETHANDLEDATAFLAGS,
    }

    /// `DXGKARGCB_ENUMHANDLECHILDREN` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_ENUMHANDLECHILDREN {
        /// `hObject`.
        pub hObject: D3DKMT_HANDLE,
        /// `Index`.
        pub Index: UINT,
    }

    /// `DXGKARG_RELEASE_HANDLE`.
    pub type DXGKARG_RELEASE_HANDLE = *mut c_void;

    /// `DXGKARGCB_RELEASEHANDLEDATA` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_RELEASEHANDLEDATA {
        /// `ReleaseHandle`.
        pub ReleaseHandle: DXGKARG_RELEASE_HANDLE,
        /// `Type`.
        pub Type: DXGK_HANDLE_TYPE,
    }

    /// `DXGKCB_GETHANDLEDATA`.
    pub type DXGKCB_GETHANDLEDATA = Option<unsafe extern "C" fn(*const DXGKARGCB_GETHANDLEDATA) -> *mut c_void>;

    /// `DXGKCB_GETHANDLEPARENT`.
    pub type DXGKCB_GETHANDLEPARENT = Option<unsafe extern "C" fn(hAllocation: D3DKMT_HANDLE) -> D3DKMT_HANDLE>;

    /// `DXGKCB_ENUMHANDLECHILDREN`.
    pub type DXGKCB_ENUMHANDLECHILDREN = Option<unsafe extern "C" fn(*const DXGKARGCB_ENUMHANDLECHILDREN) -> D3DKMT_HANDLE>;

    /// `DXGKCB_ACQUIREHANDLEDATA`.
    pub type DXGKCB_ACQUIREHANDLEDATA = Option<unsafe extern "C" fn(*const DXGKARGCB_GETHANDLEDATA, *mut DXGKARG_RELEASE_HANDLE) -> *mut c_void>;

    /// `DXGKCB_RELEASEHANDLEDATA`.
    pub type DXGKCB_RELEASEHANDLEDATA = Option<unsafe extern "C" fn(DXGKARGCB_RELEASEHANDLEDATA)>;

    /// `DXGK_QUERYADAPTERINFOTYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_QUERYADAPTERINFOTYPE = i32;

    /// `DXGKQAITYPE_UMDRIVERPRIVATE`.
    pub const DXGKQAITYPE_UMDRIVERPRIVATE: DXGK_QUERYADAPTERINFOTYPE = 0;

    /// `DXGKQAITYPE_DRIVERCAPS`.
    pub const DXGKQAITYPE_DRIVERCAPS: DXGK_QUERYADAPTERINFOTYPE = 1;

    /// `DXGKQAITYPE_QUERYSEGMENT`.
    pub const DXGKQAITYPE_QUERYSEGMENT: DXGK_QUERYADAPTERINFOTYPE = 2;

    /// `DXGKQAITYPE_RESERVED`.
    pub const DXGKQAITYPE_RESERVED: DXGK_QUERYADAPTERINFOTYPE = 3;

    /// `DXGKQAITYPE_QUERYSEGMENT2`.
    pub const DXGKQAITYPE_QUERYSEGMENT2: DXGK_QUERYADAPTERINFOTYPE = 4;

    /// `DXGKQAITYPE_QUERYSEGMENT3`.
    pub const DXGKQAITYPE_QUERYSEGMENT3: DXGK_QUERYADAPTERINFOTYPE = 5;

    /// `DXGKQAITYPE_NUMPOWERCOMPONENTS`.
    pub const DXGKQAITYPE_NUMPOWERCOMPONENTS: DXGK_QUERYADAPTERINFOTYPE = 6;

    /// `DXGKQAITYPE_POWERCOMPONENTINFO`.
    pub const DXGKQAITYPE_POWERCOMPONENTINFO: DXGK_QUERYADAPTERINFOTYPE = 7;

    /// `DXGKQAITYPE_PREFERREDGPUNODE`.
    pub const DXGKQAITYPE_PREFERREDGPUNODE: DXGK_QUERYADAPTERINFOTYPE = 8;

    /// `DXGKQAITYPE_POWERCOMPONENTPSTATEINFO`.
    pub const DXGKQAITYPE_POWERCOMPONENTPSTATEINFO: DXGK_QUERYADAPTERINFOTYPE = 9;

    /// `DXGKQAITYPE_HISTORYBUFFERPRECISION`.
    pub const DXGKQAITYPE_HISTORYBUFFERPRECISION: DXGK_QUERYADAPTERINFOTYPE = 10;

    /// `DXGKQAITYPE_QUERYSEGMENT4`.
    pub const DXGKQAITYPE_QUERYSEGMENT4: DXGK_QUERYADAPTERINFOTYPE = 11;

    /// `DXGKQAITYPE_SEGMENTMEMORYSTATE`.
    pub const DXGKQAITYPE_SEGMENTMEMORYSTATE: DXGK_QUERYADAPTERINFOTYPE = 12;

    /// `DXGKQAITYPE_GPUMMUCAPS`.
    pub const DXGKQAITYPE_GPUMMUCAPS: DXGK_QUERYADAPTERINFOTYPE = 13;

    /// `DXGKQAITYPE_PAGETABLELEVELDESC`.
    pub const DXGKQAITYPE_PAGETABLELEVELDESC: DXGK_QUERYADAPTERINFOTYPE = 14;

    /// `DXGKQAITYPE_PHYSICALADAPTERCAPS`.
    pub const DXGKQAITYPE_PHYSICALADAPTERCAPS: DXGK_QUERYADAPTERINFOTYPE = 15;

    /// `DXGKQAITYPE_DISPLAY_DRIVERCAPS_EXTENSION`.
    pub const DXGKQAITYPE_DISPLAY_DRIVERCAPS_EXTENSION: DXGK_QUERYADAPTERINFOTYPE = 16;

    /// `DXGKQAITYPE_INTEGRATED_DISPLAY_DESCRIPTOR`.
    pub const DXGKQAITYPE_INTEGRATED_DISPLAY_DESCRIPTOR: DXGK_QUERYADAPTERINFOTYPE = 17;

    /// `DXGKQAITYPE_UEFIFRAMEBUFFERRANGES`.
    pub const DXGKQAITYPE_UEFIFRAMEBUFFERRANGES: DXGK_QUERYADAPTERINFOTYPE = 18;

    /// `DXGKQAITYPE_QUERYCOLORIMETRYOVERRIDES`.
    pub const DXGKQAITYPE_QUERYCOLORIMETRYOVERRIDES: DXGK_QUERYADAPTERINFOTYPE = 19;

    /// `DXGKQAITYPE_DISPLAYID_DESCRIPTOR`.
    pub const DXGKQAITYPE_DISPLAYID_DESCRIPTOR: DXGK_QUERYADAPTERINFOTYPE = 20;

    /// `DXGKQAITYPE_FRAMEBUFFERSAVESIZE`.
    pub const DXGKQAITYPE_FRAMEBUFFERSAVESIZE: DXGK_QUERYADAPTERINFOTYPE = 21;

    /// `DXGKQAITYPE_HARDWARERESERVEDRANGES`.
    pub const DXGKQAITYPE_HARDWARERESERVEDRANGES: DXGK_QUERYADAPTERINFOTYPE = 22;

    /// `DXGKQAITYPE_INTEGRATED_DISPLAY_DESCRIPTOR2`.
    pub const DXGKQAITYPE_INTEGRATED_DISPLAY_DESCRIPTOR2: DXGK_QUERYADAPTERINFOTYPE = 23;

    /// `DXGKQAITYPE_NODEPERFDATA`.
    pub const DXGKQAITYPE_NODEPERFDATA: DXGK_QUERYADAPTERINFOTYPE = 24;

    /// `DXGKQAITYPE_ADAPTERPERFDATA`.
    pub const DXGKQAITYPE_ADAPTERPERFDATA: DXGK_QUERYADAPTERINFOTYPE = 25;

    /// `DXGKQAITYPE_ADAPTERPERFDATA_CAPS`.
    pub const DXGKQAITYPE_ADAPTERPERFDATA_CAPS: DXGK_QUERYADAPTERINFOTYPE = 26;

    /// `DXGKQAITYPE_GPUVERSION`.
    pub const DXGKQAITYPE_GPUVERSION: DXGK_QUERYADAPTERINFOTYPE = 27;

    /// `DXGKQAITYPE_DEVICE_TYPE_CAPS`.
    pub const DXGKQAITYPE_DEVICE_TYPE_CAPS: DXGK_QUERYADAPTERINFOTYPE = 28;

    /// `DXGKQAITYPE_WDDMDEVICECAPS`.
    pub const DXGKQAITYPE_WDDMDEVICECAPS: DXGK_QUERYADAPTERINFOTYPE = 29;

    /// `DXGKQAITYPE_GPUPCAPS`.
    pub const DXGKQAITYPE_GPUPCAPS: DXGK_QUERYADAPTERINFOTYPE = 30;

    /// `DXGKQAITYPE_QUERYTARGETGAMMACAPS`.
    pub const DXGKQAITYPE_QUERYTARGETGAMMACAPS: DXGK_QUERYADAPTERINFOTYPE = 31;

    /// `DXGKQAITYPE_SCANOUT_CAPS`.
    pub const DXGKQAITYPE_SCANOUT_CAPS: DXGK_QUERYADAPTERINFOTYPE = 33;

    /// `DXGKQAITYPE_PHYSICAL_MEMORY_CAPS`.
    pub const DXGKQAITYPE_PHYSICAL_MEMORY_CAPS: DXGK_QUERYADAPTERINFOTYPE = 34;

    /// `DXGKQAITYPE_IOMMU_CAPS`.
    pub const DXGKQAITYPE_IOMMU_CAPS: DXGK_QUERYADAPTERINFOTYPE = 35;

    /// `DXGKARG_QUERYADAPTERINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_QUERYADAPTERINFO {
        /// `Type`.
        pub Type: DXGK_QUERYADAPTERINFOTYPE,
        /// `pInputData`.
        pub pInputData: *mut c_void,
        /// `InputDataSize`.
        pub InputDataSize: UINT,
        /// `pOutputData`.
        pub pOutputData: *mut c_void,
        /// `OutputDataSize`.
        pub OutputDataSize: UINT,
        /// `Flags`.
        pub Flags: DXGK_QUERYADAPTERINFOFLAGS,
        /// `hKmdProcessHandle`.
        pub hKmdProcessHandle: HANDLE,
    }

    /// `DXGK_VIDMMCAPS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_VIDMMCAPS {
        /// `Value`.
        pub Value: DXGK_VIDMMCAPS_FLAGS,
        /// `PagingNode`.
        pub PagingNode: UINT,
    }

    /// `DXGK_GPUENGINETOPOLOGY` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_GPUENGINETOPOLOGY {
        /// `NbAsymetricProcessingNodes`.
        pub NbAsymetricProcessingNodes: UINT,
        /// `Reserved`.
        pub Reserved: [UINT; 64],
    }

    /// `DXGK_VIRTUALADDRESSCAPS_DEPRECATED` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_VIRTUALADDRESSCAPS_DEPRECATED {
        /// `Value`.
        pub Value: DXGK_VIRTUALADDRESSCAPS_DEPRECATED_FLAGS,
        /// `VirtualAddressBitCount`.
        pub VirtualAddressBitCount: UINT,
        /// `PageTableCoverageBitCount`.
        pub PageTableCoverageBitCount: UINT,
        /// `PageDirectoryEntrySize`.
        pub PageDirectoryEntrySize: UINT,
        /// `PageDirectorySegment`.
        pub PageDirectorySegment: UINT,
        /// `PageTableSegment`.
        pub PageTableSegment: UINT,
        /// `IdealGPUPageSize`.
        pub IdealGPUPageSize: UINT,
    }

    /// `DXGK_DMABUFFERCAPS_DEPRECATED::PresentDmaBuffer`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_DMABUFFERCAPS_DEPRECATED_PRESENTDMABUFFER {
        /// `Size`.
        pub Size: UINT,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `Reserved1`.
        pub Reserved1: UINT,
        /// `Reserved`.
        pub Reserved: [UINT; 16],
    }

    /// `DXGK_DMABUFFERCAPS_DEPRECATED::PagingDmaBuffer`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_DMABUFFERCAPS_DEPRECATED_PAGINGDMABUFFER {
        /// `Size`.
        pub Size: UINT,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `Reserved1`.
        pub Reserved1: UINT,
        /// `Reserved`.
        pub Reserved: [UINT; 16],
    }

    /// `DXGK_DMABUFFERCAPS_DEPRECATED` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_DMABUFFERCAPS_DEPRECATED {
        /// `PresentDmaBuffer`.
        pub PresentDmaBuffer: DXGK_DMABUFFERCAPS_DEPRECATED_PRESENTDMABUFFER,
        /// `PagingDmaBuffer`.
        pub PagingDmaBuffer: DXGK_DMABUFFERCAPS_DEPRECATED_PAGINGDMABUFFER,
    }

    /// `DXGK_WDDMVERSION` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_WDDMVERSION = i32;

    /// `DXGKDDI_WDDMv1`.
    pub const DXGKDDI_WDDMv1: DXGK_WDDMVERSION = 4096;

    /// `DXGKDDI_WDDMv1_2`.
    pub const DXGKDDI_WDDMv1_2: DXGK_WDDMVERSION = 4608;

    /// `DXGKDDI_WDDMv1_3`.
    pub const DXGKDDI_WDDMv1_3: DXGK_WDDMVERSION = 4864;

    /// `DXGKDDI_WDDMv2`.
    pub const DXGKDDI_WDDMv2: DXGK_WDDMVERSION = 8192;

    /// `DXGKDDI_WDDMv2_1`.
    pub const DXGKDDI_WDDMv2_1: DXGK_WDDMVERSION = 8448;

    /// `DXGKDDI_WDDMv2_1_5`.
    pub const DXGKDDI_WDDMv2_1_5: DXGK_WDDMVERSION = 8453;

    /// `DXGKDDI_WDDMv2_1_6`.
    pub const DXGKDDI_WDDMv2_1_6: DXGK_WDDMVERSION = 8454;

    /// `DXGKDDI_WDDMv2_2`.
    pub const DXGKDDI_WDDMv2_2: DXGK_WDDMVERSION = 8704;

    /// `DXGKDDI_WDDMv2_3`.
    pub const DXGKDDI_WDDMv2_3: DXGK_WDDMVERSION = 8960;

    /// `DXGKDDI_WDDMv2_4`.
    pub const DXGKDDI_WDDMv2_4: DXGK_WDDMVERSION = 9216;

    /// `DXGKDDI_WDDMv2_5`.
    pub const DXGKDDI_WDDMv2_5: DXGK_WDDMVERSION = 9472;

    /// `DXGKDDI_WDDMv2_6`.
    pub const DXGKDDI_WDDMv2_6: DXGK_WDDMVERSION = 9728;

    /// `DXGKDDI_WDDMv2_7`.
    pub const DXGKDDI_WDDMv2_7: DXGK_WDDMVERSION = 9984;

    /// `DXGKDDI_WDDMv2_8`.
    pub const DXGKDDI_WDDMv2_8: DXGK_WDDMVERSION = 10240;

    /// `DXGKDDI_WDDMv2_9`.
    pub const DXGKDDI_WDDMv2_9: DXGK_WDDMVERSION = 10496;

    /// `DXGKDDI_WDDMv3_0`.
    pub const DXGKDDI_WDDMv3_0: DXGK_WDDMVERSION = 12288;

    /// `DXGKDDI_WDDM_LATEST`.
    pub const DXGKDDI_WDDM_LATEST: DXGK_WDDMVERSION = 12288;

    /// `D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY = i32;

    /// `D3DKMDT_GRAPHICS_PREEMPTION_NONE`.
    pub const D3DKMDT_GRAPHICS_PREEMPTION_NONE: D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY = 0;

    /// `D3DKMDT_GRAPHICS_PREEMPTION_DMA_BUFFER_BOUNDARY`.
    pub const D3DKMDT_GRAPHICS_PREEMPTION_DMA_BUFFER_BOUNDARY: D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY = 100;

    /// `D3DKMDT_GRAPHICS_PREEMPTION_PRIMITIVE_BOUNDARY`.
    pub const D3DKMDT_GRAPHICS_PREEMPTION_PRIMITIVE_BOUNDARY: D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY = 200;

    /// `D3DKMDT_GRAPHICS_PREEMPTION_TRIANGLE_BOUNDARY`.
    pub const D3DKMDT_GRAPHICS_PREEMPTION_TRIANGLE_BOUNDARY: D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY = 300;

    /// `D3DKMDT_GRAPHICS_PREEMPTION_PIXEL_BOUNDARY`.
    pub const D3DKMDT_GRAPHICS_PREEMPTION_PIXEL_BOUNDARY: D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY = 400;

    /// `D3DKMDT_GRAPHICS_PREEMPTION_SHADER_BOUNDARY`.
    pub const D3DKMDT_GRAPHICS_PREEMPTION_SHADER_BOUNDARY: D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY = 500;

    /// `D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY = i32;

    /// `D3DKMDT_COMPUTE_PREEMPTION_NONE`.
    pub const D3DKMDT_COMPUTE_PREEMPTION_NONE: D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY = 0;

    /// `D3DKMDT_COMPUTE_PREEMPTION_DMA_BUFFER_BOUNDARY`.
    pub const D3DKMDT_COMPUTE_PREEMPTION_DMA_BUFFER_BOUNDARY: D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY = 100;

    /// `D3DKMDT_COMPUTE_PREEMPTION_DISPATCH_BOUNDARY`.
    pub const D3DKMDT_COMPUTE_PREEMPTION_DISPATCH_BOUNDARY: D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY = 200;

    /// `D3DKMDT_COMPUTE_PREEMPTION_THREAD_GROUP_BOUNDARY`.
    pub const D3DKMDT_COMPUTE_PREEMPTION_THREAD_GROUP_BOUNDARY: D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY = 300;

    /// `D3DKMDT_COMPUTE_PREEMPTION_THREAD_BOUNDARY`.
    pub const D3DKMDT_COMPUTE_PREEMPTION_THREAD_BOUNDARY: D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY = 400;

    /// `D3DKMDT_COMPUTE_PREEMPTION_SHADER_BOUNDARY`.
    pub const D3DKMDT_COMPUTE_PREEMPTION_SHADER_BOUNDARY: D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY = 500;

    /// `D3DKMDT_PREEMPTION_CAPS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DKMDT_PREEMPTION_CAPS {
        /// `GraphicsPreemptionGranularity`.
        pub GraphicsPreemptionGranularity: D3DKMDT_GRAPHICS_PREEMPTION_GRANULARITY,
        /// `ComputePreemptionGranularity`.
        pub ComputePreemptionGranularity: D3DKMDT_COMPUTE_PREEMPTION_GRANULARITY,
    }

    /// Anonymous union of `DXGK_DRIVERCAPS`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_DRIVERCAPS_0 {
        /// `GammaRampCaps`.
        pub GammaRampCaps: DXGK_GAMMARAMPCAPS,
        /// `ColorTransformCaps`.
        pub ColorTransformCaps: DXGK_COLORTRANSFORMCAPS,
    }

    /// `DXGK_DRIVERCAPS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_DRIVERCAPS {
        /// `HighestAcceptableAddress`.
        pub HighestAcceptableAddress: PHYSICAL_ADDRESS,
        /// `MaxAllocationListSlotId`.
        pub MaxAllocationListSlotId: UINT,
        /// `ApertureSegmentCommitLimit`.
        pub ApertureSegmentCommitLimit: SIZE_T,
        /// `MaxPointerWidth`.
        pub MaxPointerWidth: UINT,
        /// `MaxPointerHeight`.
        pub MaxPointerHeight: UINT,
        /// `PointerCaps`.
        pub PointerCaps: DXGK_POINTERFLAGS,
        /// `InterruptMessageNumber`.
        pub InterruptMessageNumber: UINT,
        /// `NumberOfSwizzlingRanges`.
        pub NumberOfSwizzlingRanges: UINT,
        /// `MaxOverlays`.
        pub MaxOverlays: UINT,
        /// `Anonymous`.
        pub Anonymous: DXGK_DRIVERCAPS_0,
        /// `PresentationCaps`.
        pub PresentationCaps: DXGK_PRESENTATIONCAPS,
        /// `MaxQueuedFlipOnVSync`.
        pub MaxQueuedFlipOnVSync: UINT,
        /// `FlipCaps`.
        pub FlipCaps: DXGK_FLIPCAPS,
        /// `SchedulingCaps`.
        pub SchedulingCaps: DXGK_VIDSCHCAPS,
        /// `MemoryManagementCaps`.
        pub MemoryManagementCaps: DXGK_VIDMMCAPS,
        /// `GpuEngineTopology`.
        pub GpuEngineTopology: DXGK_GPUENGINETOPOLOGY,
        /// `WDDMVersion`.
        pub WDDMVersion: DXGK_WDDMVERSION,
        /// `Reserved`.
        pub Reserved: DXGK_VIRTUALADDRESSCAPS_DEPRECATED,
        /// `Reserved1`.
        pub Reserved1: DXGK_DMABUFFERCAPS_DEPRECATED,
        /// `PreemptionCaps`.
        pub PreemptionCaps: D3DKMDT_PREEMPTION_CAPS,
        /// `SupportNonVGA`.
        pub SupportNonVGA: BOOLEAN,
        /// `SupportSmoothRotation`.
        pub SupportSmoothRotation: BOOLEAN,
        /// `SupportPerEngineTDR`.
        pub SupportPerEngineTDR: BOOLEAN,
        /// `SupportDirectFlip`.
        pub SupportDirectFlip: BOOLEAN,
        /// `SupportMultiPlaneOverlay`.
        pub SupportMultiPlaneOverlay: BOOLEAN,
        /// `SupportRuntimePowerManagement`.
        pub SupportRuntimePowerManagement: BOOLEAN,
        /// `SupportSurpriseRemovalInHibernation`.
        pub SupportSurpriseRemovalInHibernation: BOOLEAN,
        /// `HybridDiscrete`.
        pub HybridDiscrete: BOOLEAN,
        /// `MaxOverlayPlanes`.
        pub MaxOverlayPlanes: UINT,
        /// `HybridIntegrated`.
        pub HybridIntegrated: BOOLEAN,
        /// `InternalGpuVirtualAddressRangeStart`.
        pub InternalGpuVirtualAddressRangeStart: D3DGPU_VIRTUAL_ADDRESS,
        /// `InternalGpuVirtualAddressRangeEnd`.
        pub InternalGpuVirtualAddressRangeEnd: D3DGPU_VIRTUAL_ADDRESS,
        /// `SupportSurpriseRemoval`.
        pub SupportSurpriseRemoval: BOOLEAN,
        /// `SupportMultiPlaneOverlayImmediateFlip`.
        pub SupportMultiPlaneOverlayImmediateFlip: BOOLEAN,
        /// `CursorScaledWithMultiPlaneOverlayPlane0`.
        pub CursorScaledWithMultiPlaneOverlayPlane0: BOOLEAN,
        /// `HybridAcpiChainingRequired`.
        pub HybridAcpiChainingRequired: BOOLEAN,
        /// `MaxQueuedMultiPlaneOverlayFlipVSync`.
        pub MaxQueuedMultiPlaneOverlayFlipVSync: UINT,
        /// `MiscCaps`.
        pub MiscCaps: DXGK_DRIVERCAPS_MISCCAPS,
        /// `MaxHwQueuedFlips`.
        pub MaxHwQueuedFlips: UINT,
        /// `HwQueuedFlipCaps`.
        pub HwQueuedFlipCaps: DXGK_HWQUEUEDFLIP_CAPS,
    }

    /// `DXGK_DEVICEINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_DEVICEINFO {
        /// `DmaBufferSize`.
        pub DmaBufferSize: UINT,
        /// `DmaBufferSegmentSet`.
        pub DmaBufferSegmentSet: UINT,
        /// `DmaBufferPrivateDataSize`.
        pub DmaBufferPrivateDataSize: UINT,
        /// `AllocationListSize`.
        pub AllocationListSize: UINT,
        /// `PatchLocationListSize`.
        pub PatchLocationListSize: UINT,
        /// `Flags`.
        pub Flags: DXGK_DEVICEINFOFLAGS,
    }

    /// Anonymous union of `DXGKARG_CREATEDEVICE`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_CREATEDEVICE_0 {
        /// `Flags`.
        pub Flags: DXGK_CREATEDEVICEFLAGS,
        /// `pInfo`.
        pub pInfo: *mut DXGK_DEVICEINFO,
    }

    /// `DXGKARG_CREATEDEVICE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_CREATEDEVICE {
        /// `hDevice`.
        pub hDevice: HANDLE,
        /// `Anonymous`.
        pub Anonymous: DXGKARG_CREATEDEVICE_0,
        /// `Pasid`.
        pub Pasid: ULONG,
        /// `hKmdProcess`.
        pub hKmdProcess: HANDLE,
    }

    /// `DXGK_CONTEXTINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_CONTEXTINFO {
        /// `DmaBufferSize`.
        pub DmaBufferSize: UINT,
        /// `DmaBufferSegmentSet`.
        pub DmaBufferSegmentSet: UINT,
        /// `DmaBufferPrivateDataSize`.
        pub DmaBufferPrivateDataSize: UINT,
        /// `AllocationListSize`.
        pub AllocationListSize: UINT,
        /// `PatchLocationListSize`.
        pub PatchLocationListSize: UINT,
        /// `Reserved`.
        pub Reserved: UINT,
        /// `Caps`.
        pub Caps: DXGK_CONTEXTINFO_CAPS,
        /// `PagingCompanionNodeId`.
        pub PagingCompanionNodeId: ULONG,
    }

    /// `DXGKARG_CREATECONTEXT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_CREATECONTEXT {
        /// `hContext`.
        pub hContext: HANDLE,
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineAffinity`.
        pub EngineAffinity: UINT,
        /// `Flags`.
        pub Flags: DXGK_CREATECONTEXTFLAGS,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `ContextInfo`.
        pub ContextInfo: DXGK_CONTEXTINFO,
    }

    /// Anonymous union of `DXGK_ALLOCATIONLIST`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_ALLOCATIONLIST_0 {
        /// `PhysicalAddress`.
        pub PhysicalAddress: PHYSICAL_ADDRESS,
        /// `VirtualAddress`.
        pub VirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `DXGK_ALLOCATIONLIST` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_ALLOCATIONLIST {
        /// `hDeviceSpecificAllocation`.
        pub hDeviceSpecificAllocation: HANDLE,
        /// `Flags`.
        pub Flags: DXGK_ALLOCATIONLIST_FLAGS,
        /// `Anonymous`.
        pub Anonymous: DXGK_ALLOCATIONLIST_0,
    }

    /// `DXGKARG_RENDER` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_RENDER {
        /// `pCommand`.
        pub pCommand: *const c_void,
        /// `CommandLength`.
        pub CommandLength: UINT,
        /// `pDmaBuffer`.
        pub pDmaBuffer: *mut c_void,
        /// `DmaSize`.
        pub DmaSize: UINT,
        /// `pDmaBufferPrivateData`.
        pub pDmaBufferPrivateData: *mut c_void,
        /// `DmaBufferPrivateDataSize`.
        pub DmaBufferPrivateDataSize: UINT,
        /// `pAllocationList`.
        pub pAllocationList: *mut DXGK_ALLOCATIONLIST,
        /// `AllocationListSize`.
        pub AllocationListSize: UINT,
        /// `pPatchLocationListIn`.
        pub pPatchLocationListIn: *mut D3DDDI_PATCHLOCATIONLIST,
        /// `PatchLocationListInSize`.
        pub PatchLocationListInSize: UINT,
        /// `pPatchLocationListOut`.
        pub pPatchLocationListOut: *mut D3DDDI_PATCHLOCATIONLIST,
        /// `PatchLocationListOutSize`.
        pub PatchLocationListOutSize: UINT,
        /// `MultipassOffset`.
        pub MultipassOffset: UINT,
        /// `DmaBufferSegmentId`.
        pub DmaBufferSegmentId: UINT,
        /// `DmaBufferPhysicalAddress`.
        pub DmaBufferPhysicalAddress: PHYSICAL_ADDRESS,
    }

    /// Anonymous union of `DXGKARG_PATCH`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_PATCH_0 {
        /// `hDevice`.
        pub hDevice: HANDLE,
        /// `hContext`.
        pub hContext: HANDLE,
    }

    /// `DXGKARG_PATCH` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_PATCH {
        /// `Anonymous`.
        pub Anonymous: DXGKARG_PATCH_0,
        /// `DmaBufferSegmentId`.
        pub DmaBufferSegmentId: UINT,
        /// `DmaBufferPhysicalAddress`.
        pub DmaBufferPhysicalAddress: PHYSICAL_ADDRESS,
        /// `pDmaBuffer`.
        pub pDmaBuffer: *mut c_void,
        /// `DmaBufferSize`.
        pub DmaBufferSize: UINT,
        /// `DmaBufferSubmissionStartOffset`.
        pub DmaBufferSubmissionStartOffset: UINT,
        /// `DmaBufferSubmissionEndOffset`.
        pub DmaBufferSubmissionEndOffset: UINT,
        /// `pDmaBufferPrivateData`.
        pub pDmaBufferPrivateData: *mut c_void,
        /// `DmaBufferPrivateDataSize`.
        pub DmaBufferPrivateDataSize: UINT,
        /// `DmaBufferPrivateDataSubmissionStartOffset`.
        pub DmaBufferPrivateDataSubmissionStartOffset: UINT,
        /// `DmaBufferPrivateDataSubmissionEndOffset`.
        pub DmaBufferPrivateDataSubmissionEndOffset: UINT,
        /// `pAllocationList`.
        pub pAllocationList: *const DXGK_ALLOCATIONLIST,
        /// `AllocationListSize`.
        pub AllocationListSize: UINT,
        /// `pPatchLocationList`.
        pub pPatchLocationList: *const D3DDDI_PATCHLOCATIONLIST,
        /// `PatchLocationListSize`.
        pub PatchLocationListSize: UINT,
        /// `PatchLocationListSubmissionStart`.
        pub PatchLocationListSubmissionStart: UINT,
        /// `PatchLocationListSubmissionLength`.
        pub PatchLocationListSubmissionLength: UINT,
        /// `SubmissionFenceId`.
        pub SubmissionFenceId: UINT,
        /// `Flags`.
        pub Flags: DXGK_PATCHFLAGS,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
    }

    /// Anonymous union of `DXGKARG_SUBMITCOMMAND`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_SUBMITCOMMAND_0 {
        /// `hDevice`.
        pub hDevice: HANDLE,
        /// `hContext`.
        pub hContext: HANDLE,
    }

    /// `DXGKARG_SUBMITCOMMAND` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_SUBMITCOMMAND {
        /// `Anonymous`.
        pub Anonymous: DXGKARG_SUBMITCOMMAND_0,
        /// `DmaBufferSegmentId`.
        pub DmaBufferSegmentId: UINT,
        /// `DmaBufferPhysicalAddress`.
        pub DmaBufferPhysicalAddress: PHYSICAL_ADDRESS,
        /// `DmaBufferSize`.
        pub DmaBufferSize: UINT,
        /// `DmaBufferSubmissionStartOffset`.
        pub DmaBufferSubmissionStartOffset: UINT,
        /// `DmaBufferSubmissionEndOffset`.
        pub DmaBufferSubmissionEndOffset: UINT,
        /// `pDmaBufferPrivateData`.
        pub pDmaBufferPrivateData: *mut c_void,
        /// `DmaBufferPrivateDataSize`.
        pub DmaBufferPrivateDataSize: UINT,
        /// `DmaBufferPrivateDataSubmissionStartOffset`.
        pub DmaBufferPrivateDataSubmissionStartOffset: UINT,
        /// `DmaBufferPrivateDataSubmissionEndOffset`.
        pub DmaBufferPrivateDataSubmissionEndOffset: UINT,
        /// `SubmissionFenceId`.
        pub SubmissionFenceId: UINT,
        /// `VidPnSourceId`.
        pub VidPnSourceId: D3DDDI_VIDEO_PRESENT_SOURCE_ID,
        /// `FlipInterval`.
        pub FlipInterval: D3DDDI_FLIPINTERVAL_TYPE,
        /// `Flags`.
        pub Flags: DXGK_SUBMITCOMMANDFLAGS,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
        /// `DmaBufferVirtualAddress`.
        pub DmaBufferVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
    }

    /// `DXGKARG_ESCAPE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_ESCAPE {
        /// `hDevice`.
        pub hDevice: HANDLE,
        /// `Flags`.
        pub Flags: D3DDDI_ESCAPEFLAGS,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `hContext`.
        pub hContext: HANDLE,
        /// `hKmdProcessHandle`.
        pub hKmdProcessHandle: HANDLE,
    }

    /// `D3DGPU_PHYSICAL_ADDRESS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DGPU_PHYSICAL_ADDRESS {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `Padding`.
        pub Padding: UINT,
        /// `SegmentOffset`.
        pub SegmentOffset: UINT64,
    }

    /// `DXGK_BUILDPAGINGBUFFER_OPERATION` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_BUILDPAGINGBUFFER_OPERATION = i32;

    /// `DXGK_OPERATION_TRANSFER`.
    pub const DXGK_OPERATION_TRANSFER: DXGK_BUILDPAGINGBUFFER_OPERATION = 0;

    /// `DXGK_OPERATION_FILL`.
    pub const DXGK_OPERATION_FILL: DXGK_BUILDPAGINGBUFFER_OPERATION = 1;

    /// `DXGK_OPERATION_DISCARD_CONTENT`.
    pub const DXGK_OPERATION_DISCARD_CONTENT: DXGK_BUILDPAGINGBUFFER_OPERATION = 2;

    /// `DXGK_OPERATION_READ_PHYSICAL`.
    pub const DXGK_OPERATION_READ_PHYSICAL: DXGK_BUILDPAGINGBUFFER_OPERATION = 3;

    /// `DXGK_OPERATION_WRITE_PHYSICAL`.
    pub const DXGK_OPERATION_WRITE_PHYSICAL: DXGK_BUILDPAGINGBUFFER_OPERATION = 4;

    /// `DXGK_OPERATION_MAP_APERTURE_SEGMENT`.
    pub const DXGK_OPERATION_MAP_APERTURE_SEGMENT: DXGK_BUILDPAGINGBUFFER_OPERATION = 5;

    /// `DXGK_OPERATION_UNMAP_APERTURE_SEGMENT`.
    pub const DXGK_OPERATION_UNMAP_APERTURE_SEGMENT: DXGK_BUILDPAGINGBUFFER_OPERATION = 6;

    /// `DXGK_OPERATION_SPECIAL_LOCK_TRANSFER`.
    pub const DXGK_OPERATION_SPECIAL_LOCK_TRANSFER: DXGK_BUILDPAGINGBUFFER_OPERATION = 7;

    /// `DXGK_OPERATION_VIRTUAL_TRANSFER`.
    pub const DXGK_OPERATION_VIRTUAL_TRANSFER: DXGK_BUILDPAGINGBUFFER_OPERATION = 8;

    /// `DXGK_OPERATION_VIRTUAL_FILL`.
    pub const DXGK_OPERATION_VIRTUAL_FILL: DXGK_BUILDPAGINGBUFFER_OPERATION = 9;

    /// `DXGK_OPERATION_INIT_CONTEXT_RESOURCE`.
    pub const DXGK_OPERATION_INIT_CONTEXT_RESOURCE: DXGK_BUILDPAGINGBUFFER_OPERATION = 10;

    /// `DXGK_OPERATION_UPDATE_PAGE_TABLE`.
    pub const DXGK_OPERATION_UPDATE_PAGE_TABLE: DXGK_BUILDPAGINGBUFFER_OPERATION = 11;

    /// `DXGK_OPERATION_FLUSH_TLB`.
    pub const DXGK_OPERATION_FLUSH_TLB: DXGK_BUILDPAGINGBUFFER_OPERATION = 12;

    /// `DXGK_OPERATION_UPDATE_CONTEXT_ALLOCATION`.
    pub const DXGK_OPERATION_UPDATE_CONTEXT_ALLOCATION: DXGK_BUILDPAGINGBUFFER_OPERATION = 13;

    /// `DXGK_OPERATION_COPY_PAGE_TABLE_ENTRIES`.
    pub const DXGK_OPERATION_COPY_PAGE_TABLE_ENTRIES: DXGK_BUILDPAGINGBUFFER_OPERATION = 14;

    /// `DXGK_OPERATION_NOTIFY_RESIDENCY`.
    pub const DXGK_OPERATION_NOTIFY_RESIDENCY: DXGK_BUILDPAGINGBUFFER_OPERATION = 15;

    /// `DXGK_OPERATION_SIGNAL_MONITORED_FENCE`.
    pub const DXGK_OPERATION_SIGNAL_MONITORED_FENCE: DXGK_BUILDPAGINGBUFFER_OPERATION = 16;

    /// `DXGK_OPERATION_MAP_APERTURE_SEGMENT2`.
    pub const DXGK_OPERATION_MAP_APERTURE_SEGMENT2: DXGK_BUILDPAGINGBUFFER_OPERATION = 17;

    /// `DXGK_PAGETABLEUPDATEMODE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_PAGETABLEUPDATEMODE = i32;

    /// `DXGK_PAGETABLEUPDATE_CPU_VIRTUAL`.
    pub const DXGK_PAGETABLEUPDATE_CPU_VIRTUAL: DXGK_PAGETABLEUPDATEMODE = 0;

    /// `DXGK_PAGETABLEUPDATE_GPU_VIRTUAL`.
    pub const DXGK_PAGETABLEUPDATE_GPU_VIRTUAL: DXGK_PAGETABLEUPDATEMODE = 1;

    /// `DXGK_PAGETABLEUPDATE_GPU_PHYSICAL`.
    pub const DXGK_PAGETABLEUPDATE_GPU_PHYSICAL: DXGK_PAGETABLEUPDATEMODE = 2;

    /// Anonymous union of `DXGK_PAGETABLEUPDATEADDRESS`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_PAGETABLEUPDATEADDRESS_0 {
        /// `CpuVirtual`.
        pub CpuVirtual: PVOID,
        /// `GpuPhysical`.
        pub GpuPhysical: D3DGPU_PHYSICAL_ADDRESS,
        /// `GpuVirtual`.
        pub GpuVirtual: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `DXGK_PAGETABLEUPDATEADDRESS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_PAGETABLEUPDATEADDRESS {
        /// `Anonymous`.
        pub Anonymous: DXGK_PAGETABLEUPDATEADDRESS_0,
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_PTE {
        _private: [u8; 0],
    }

    /// `DXGK_BUILDPAGINGBUFFER_COPY_RANGE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_BUILDPAGINGBUFFER_COPY_RANGE {
        /// `NumPageTableEntries`.
        pub NumPageTableEntries: UINT,
        /// `SrcPageTableAddress`.
        pub SrcPageTableAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `DstPageTableAddress`.
        pub DstPageTableAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `SrcStartPteIndex`.
        pub SrcStartPteIndex: UINT,
        /// `DstStartPteIndex`.
        pub DstStartPteIndex: UINT,
    }

    /// `DXGK_BUILDPAGINGBUFFER_FLUSHTLB` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_BUILDPAGINGBUFFER_FLUSHTLB {
        /// `RootPageTableAddress`.
        pub RootPageTableAddress: D3DGPU_PHYSICAL_ADDRESS,
        /// `hProcess`.
        pub hProcess: HANDLE,
        /// `StartVirtualAddress`.
        pub StartVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `EndVirtualAddress`.
        pub EndVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `DXGK_BUILDPAGINGBUFFER_UPDATEPAGETABLE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_BUILDPAGINGBUFFER_UPDATEPAGETABLE {
        /// `PageTableLevel`.
        pub PageTableLevel: UINT,
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `PageTableAddress`.
        pub PageTableAddress: DXGK_PAGETABLEUPDATEADDRESS,
        /// `pPageTableEntries`.
        pub pPageTableEntries: *mut DXGK_PTE,
        /// `StartIndex`.
        pub StartIndex: UINT,
        /// `NumPageTableEntries`.
        pub NumPageTableEntries: UINT,
        /// `Reserved0`.
        pub Reserved0: UINT,
        /// `Flags`.
        pub Flags: DXGK_UPDATEPAGETABLEFLAGS,
        /// `DriverProtection`.
        pub DriverProtection: UINT64,
        /// `AllocationOffsetInBytes`.
        pub AllocationOffsetInBytes: UINT64,
        /// `hProcess`.
        pub hProcess: HANDLE,
        /// `UpdateMode`.
        pub UpdateMode: DXGK_PAGETABLEUPDATEMODE,
        /// `pPageTableEntries64KB`.
        pub pPageTableEntries64KB: *mut DXGK_PTE,
        /// `FirstPteVirtualAddress`.
        pub FirstPteVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `DXGK_BUILDPAGINGBUFFER_FILLVIRTUAL` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_BUILDPAGINGBUFFER_FILLVIRTUAL {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `AllocationOffsetInBytes`.
        pub AllocationOffsetInBytes: UINT64,
        /// `FillSizeInBytes`.
        pub FillSizeInBytes: UINT64,
        /// `FillPattern`.
        pub FillPattern: UINT,
        /// `DestinationVirtualAddress`.
        pub DestinationVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `DXGK_MEMORY_TRANSFER_DIRECTION` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_MEMORY_TRANSFER_DIRECTION = i32;

    /// `DXGK_MEMORY_TRANSFER_LOCAL_TO_SYSTEM`.
    pub const DXGK_MEMORY_TRANSFER_LOCAL_TO_SYSTEM: DXGK_MEMORY_TRANSFER_DIRECTION = 0;

    /// `DXGK_MEMORY_TRANSFER_SYSTEM_TO_LOCAL`.
    pub const DXGK_MEMORY_TRANSFER_SYSTEM_TO_LOCAL: DXGK_MEMORY_TRANSFER_DIRECTION = 1;

    /// `DXGK_MEMORY_TRANSFER_LOCAL_TO_LOCAL`.
    pub const DXGK_MEMORY_TRANSFER_LOCAL_TO_LOCAL: DXGK_MEMORY_TRANSFER_DIRECTION = 2;

    /// `DXGK_BUILDPAGINGBUFFER_TRANSFERVIRTUAL` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_BUILDPAGINGBUFFER_TRANSFERVIRTUAL {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `AllocationOffsetInBytes`.
        pub AllocationOffsetInBytes: UINT64,
        /// `TransferSizeInBytes`.
        pub TransferSizeInBytes: UINT64,
        /// `SourceVirtualAddress`.
        pub SourceVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `DestinationVirtualAddress`.
        pub DestinationVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `SourcePageTable`.
        pub SourcePageTable: D3DGPU_VIRTUAL_ADDRESS,
        /// `TransferDirection`.
        pub TransferDirection: DXGK_MEMORY_TRANSFER_DIRECTION,
        /// `Flags`.
        pub Flags: DXGK_TRANSFERVIRTUALFLAGS,
        /// `DestinationPageTable`.
        pub DestinationPageTable: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `DXGK_BUILDPAGINGBUFFER_NOTIFYRESIDENCY` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_BUILDPAGINGBUFFER_NOTIFYRESIDENCY {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `PhysicalAddress`.
        pub PhysicalAddress: D3DGPU_PHYSICAL_ADDRESS,
        /// `Flags`.
        pub Flags: DXGK_BUILDPAGINGBUFFER_NOTIFYRESIDENCY_FLAGS,
    }

    /// `DXGK_BUILDPAGINGBUFFER_COPYPAGETABLEENTRIES` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_BUILDPAGINGBUFFER_COPYPAGETABLEENTRIES {
        /// `NumRanges`.
        pub NumRanges: UINT,
        /// `pRanges`.
        pub pRanges: *mut DXGK_BUILDPAGINGBUFFER_COPY_RANGE,
    }

    /// `DXGK_BUILDPAGINGBUFFER_UPDATECONTEXTALLOCATION` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_BUILDPAGINGBUFFER_UPDATECONTEXTALLOCATION {
        /// `ContextAllocation`.
        pub ContextAllocation: D3DGPU_VIRTUAL_ADDRESS,
        /// `ContextAllocationSize`.
        pub ContextAllocationSize: UINT64,
        /// `pDriverPrivateData`.
        pub pDriverPrivateData: PVOID,
        /// `DriverPrivateDataSize`.
        pub DriverPrivateDataSize: UINT,
    }

    /// `DXGK_BUILDPAGINGBUFFER_SIGNALMONITOREDFENCE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_BUILDPAGINGBUFFER_SIGNALMONITOREDFENCE {
        /// `MonitoredFenceGpuVa`.
        pub MonitoredFenceGpuVa: D3DGPU_VIRTUAL_ADDRESS,
        /// `MonitoredFenceValue`.
        pub MonitoredFenceValue: UINT64,
    }

    /// A physical page number in an address descriptor list (`UINT_PTR`; WDDM 2.9).
    pub type DXGK_PAGE_NUMBER = UINT_PTR;

    /// The pages of a `DXGK_ADL`: a contiguous run's first page, or an array of pages.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_ADL_0 {
        /// First page of a contiguous run (`Flags.Contiguous` set).
        pub BasePageNumber: DXGK_PAGE_NUMBER,
        /// `PageCount` page numbers (`Flags.Contiguous` clear).
        pub Pages: *const DXGK_PAGE_NUMBER,
    }

    /// `DXGK_ADL` (WDDM 2.9): an address descriptor list, the logical pages backing an
    /// allocation, as a contiguous run or a page array (16 bytes).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_ADL {
        /// Number of pages described.
        pub PageCount: UINT32,
        /// Whether the pages are one contiguous run.
        pub Flags: DXGK_ADL_FLAGS,
        /// The run's first page or the page array.
        pub Anonymous: DXGK_ADL_0,
    }

    /// Anonymous union of `DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_SOURCE`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_SOURCE_0 {
        /// `SegmentAddress`.
        pub SegmentAddress: LARGE_INTEGER,
        /// `pMdl`.
        pub pMdl: *mut MDL,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER::Source`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_SOURCE {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `Anonymous`.
        pub Anonymous: DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_SOURCE_0,
    }

    /// Anonymous union of `DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_DESTINATION`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_DESTINATION_0 {
        /// `SegmentAddress`.
        pub SegmentAddress: LARGE_INTEGER,
        /// `pMdl`.
        pub pMdl: *mut MDL,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER::Destination`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_DESTINATION {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `Anonymous`.
        pub Anonymous: DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_DESTINATION_0,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::Transfer`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `TransferOffset`.
        pub TransferOffset: UINT,
        /// `TransferSize`.
        pub TransferSize: SIZE_T,
        /// `Source`.
        pub Source: DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_SOURCE,
        /// `Destination`.
        pub Destination: DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_DESTINATION,
        /// `Flags`.
        pub Flags: DXGK_TRANSFERFLAGS,
        /// `MdlOffset`.
        pub MdlOffset: UINT,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0_FILL::Destination`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_FILL_DESTINATION {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `SegmentAddress`.
        pub SegmentAddress: LARGE_INTEGER,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::Fill`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_FILL {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `FillSize`.
        pub FillSize: SIZE_T,
        /// `FillPattern`.
        pub FillPattern: UINT,
        /// `Destination`.
        pub Destination: DXGKARG_BUILDPAGINGBUFFER_0_FILL_DESTINATION,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::DiscardContent`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_DISCARDCONTENT {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `Flags`.
        pub Flags: DXGK_DISCARDCONTENTFLAGS,
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `SegmentAddress`.
        pub SegmentAddress: PHYSICAL_ADDRESS,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::ReadPhysical`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_READPHYSICAL {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `PhysicalAddress`.
        pub PhysicalAddress: PHYSICAL_ADDRESS,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::WritePhysical`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_WRITEPHYSICAL {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `PhysicalAddress`.
        pub PhysicalAddress: PHYSICAL_ADDRESS,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::MapApertureSegment`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_MAPAPERTURESEGMENT {
        /// `hDevice`.
        pub hDevice: HANDLE,
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `OffsetInPages`.
        pub OffsetInPages: SIZE_T,
        /// `NumberOfPages`.
        pub NumberOfPages: SIZE_T,
        /// `pMdl`.
        pub pMdl: PMDL,
        /// `Flags`.
        pub Flags: DXGK_MAPAPERTUREFLAGS,
        /// `MdlOffset`.
        pub MdlOffset: ULONG,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::UnmapApertureSegment`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_UNMAPAPERTURESEGMENT {
        /// `hDevice`.
        pub hDevice: HANDLE,
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `OffsetInPages`.
        pub OffsetInPages: SIZE_T,
        /// `NumberOfPages`.
        pub NumberOfPages: SIZE_T,
        /// `DummyPage`.
        pub DummyPage: PHYSICAL_ADDRESS,
    }

    /// Anonymous union of `DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_SOURCE`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_SOURCE_0 {
        /// `SegmentAddress`.
        pub SegmentAddress: LARGE_INTEGER,
        /// `pMdl`.
        pub pMdl: *mut MDL,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER::Source`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_SOURCE {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `Anonymous`.
        pub Anonymous: DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_SOURCE_0,
    }

    /// Anonymous union of `DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_DESTINATION`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_DESTINATION_0 {
        /// `SegmentAddress`.
        pub SegmentAddress: LARGE_INTEGER,
        /// `pMdl`.
        pub pMdl: *mut MDL,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER::Destination`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_DESTINATION {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `Anonymous`.
        pub Anonymous: DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_DESTINATION_0,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::SpecialLockTransfer`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `TransferOffset`.
        pub TransferOffset: UINT,
        /// `TransferSize`.
        pub TransferSize: SIZE_T,
        /// `Source`.
        pub Source: DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_SOURCE,
        /// `Destination`.
        pub Destination: DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_DESTINATION,
        /// `Flags`.
        pub Flags: DXGK_TRANSFERFLAGS,
        /// `SwizzlingRangeId`.
        pub SwizzlingRangeId: UINT,
        /// `SwizzlingRangeData`.
        pub SwizzlingRangeData: UINT,
    }

    /// Anonymous union of `DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE_DESTINATION`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE_DESTINATION_0 {
        /// `SegmentAddress`.
        pub SegmentAddress: LARGE_INTEGER,
        /// `pMdl`.
        pub pMdl: *mut MDL,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE::Destination`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE_DESTINATION {
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `Anonymous`.
        pub Anonymous: DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE_DESTINATION_0,
        /// `VirtualAddress`.
        pub VirtualAddress: PVOID,
        /// `GpuVirtualAddress`.
        pub GpuVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::InitContextResource`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE {
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `Destination`.
        pub Destination: DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE_DESTINATION,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::MapApertureSegment2` (WDDM 2.9; 72 bytes).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_MAPAPERTURESEGMENT2 {
        /// `hDevice`.
        pub hDevice: HANDLE,
        /// `hAllocation`.
        pub hAllocation: HANDLE,
        /// `SegmentId`.
        pub SegmentId: UINT,
        /// `OffsetInPages`.
        pub OffsetInPages: SIZE_T,
        /// `NumberOfPages`.
        pub NumberOfPages: SIZE_T,
        /// In: the pages to map, as an address descriptor list held by value.
        pub Adl: DXGK_ADL,
        /// `Flags`.
        pub Flags: DXGK_MAPAPERTUREFLAGS,
        /// `AdlOffset`.
        pub AdlOffset: ULONG,
        /// In: kernel CPU mapping of a `MapApertureCpuVisible` allocation, else NULL.
        pub CpuVisibleAddress: PVOID,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER_0::Reserved`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARG_BUILDPAGINGBUFFER_0_RESERVED {
        /// `Reserved`.
        pub Reserved: [UINT; 64],
    }

    /// Anonymous union of `DXGKARG_BUILDPAGINGBUFFER`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_BUILDPAGINGBUFFER_0 {
        /// `Transfer`.
        pub Transfer: DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER,
        /// `Fill`.
        pub Fill: DXGKARG_BUILDPAGINGBUFFER_0_FILL,
        /// `DiscardContent`.
        pub DiscardContent: DXGKARG_BUILDPAGINGBUFFER_0_DISCARDCONTENT,
        /// `ReadPhysical`.
        pub ReadPhysical: DXGKARG_BUILDPAGINGBUFFER_0_READPHYSICAL,
        /// `WritePhysical`.
        pub WritePhysical: DXGKARG_BUILDPAGINGBUFFER_0_WRITEPHYSICAL,
        /// `MapApertureSegment`.
        pub MapApertureSegment: DXGKARG_BUILDPAGINGBUFFER_0_MAPAPERTURESEGMENT,
        /// `UnmapApertureSegment`.
        pub UnmapApertureSegment: DXGKARG_BUILDPAGINGBUFFER_0_UNMAPAPERTURESEGMENT,
        /// `SpecialLockTransfer`.
        pub SpecialLockTransfer: DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER,
        /// `InitContextResource`.
        pub InitContextResource: DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE,
        /// `TransferVirtual`.
        pub TransferVirtual: DXGK_BUILDPAGINGBUFFER_TRANSFERVIRTUAL,
        /// `FillVirtual`.
        pub FillVirtual: DXGK_BUILDPAGINGBUFFER_FILLVIRTUAL,
        /// `UpdatePageTable`.
        pub UpdatePageTable: DXGK_BUILDPAGINGBUFFER_UPDATEPAGETABLE,
        /// `FlushTlb`.
        pub FlushTlb: DXGK_BUILDPAGINGBUFFER_FLUSHTLB,
        /// `CopyPageTableEntries`.
        pub CopyPageTableEntries: DXGK_BUILDPAGINGBUFFER_COPYPAGETABLEENTRIES,
        /// `UpdateContextAllocation`.
        pub UpdateContextAllocation: DXGK_BUILDPAGINGBUFFER_UPDATECONTEXTALLOCATION,
        /// `NotifyResidency`.
        pub NotifyResidency: DXGK_BUILDPAGINGBUFFER_NOTIFYRESIDENCY,
        /// `SignalMonitoredFence`.
        pub SignalMonitoredFence: DXGK_BUILDPAGINGBUFFER_SIGNALMONITOREDFENCE,
        /// `MapApertureSegment2`.
        pub MapApertureSegment2: DXGKARG_BUILDPAGINGBUFFER_0_MAPAPERTURESEGMENT2,
        /// `Reserved`.
        pub Reserved: DXGKARG_BUILDPAGINGBUFFER_0_RESERVED,
    }

    /// `DXGKARG_BUILDPAGINGBUFFER` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_BUILDPAGINGBUFFER {
        /// `pDmaBuffer`.
        pub pDmaBuffer: *mut c_void,
        /// `DmaSize`.
        pub DmaSize: UINT,
        /// `pDmaBufferPrivateData`.
        pub pDmaBufferPrivateData: *mut c_void,
        /// `DmaBufferPrivateDataSize`.
        pub DmaBufferPrivateDataSize: UINT,
        /// `Operation`.
        pub Operation: DXGK_BUILDPAGINGBUFFER_OPERATION,
        /// `MultipassOffset`.
        pub MultipassOffset: UINT,
        /// `Anonymous`.
        pub Anonymous: DXGKARG_BUILDPAGINGBUFFER_0,
        /// `hSystemContext`.
        pub hSystemContext: HANDLE,
        /// `DmaBufferGpuVirtualAddress`.
        pub DmaBufferGpuVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `DmaBufferWriteOffset`.
        pub DmaBufferWriteOffset: UINT,
    }

    /// `DXGK_INTERRUPT_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_INTERRUPT_TYPE = i32;

    /// `DXGK_INTERRUPT_DMA_COMPLETED`.
    pub const DXGK_INTERRUPT_DMA_COMPLETED: DXGK_INTERRUPT_TYPE = 1;

    /// `DXGK_INTERRUPT_DMA_PREEMPTED`.
    pub const DXGK_INTERRUPT_DMA_PREEMPTED: DXGK_INTERRUPT_TYPE = 2;

    /// `DXGK_INTERRUPT_CRTC_VSYNC`.
    pub const DXGK_INTERRUPT_CRTC_VSYNC: DXGK_INTERRUPT_TYPE = 3;

    /// `DXGK_INTERRUPT_DMA_FAULTED`.
    pub const DXGK_INTERRUPT_DMA_FAULTED: DXGK_INTERRUPT_TYPE = 4;

    /// `DXGK_INTERRUPT_DISPLAYONLY_VSYNC`.
    pub const DXGK_INTERRUPT_DISPLAYONLY_VSYNC: DXGK_INTERRUPT_TYPE = 5;

    /// `DXGK_INTERRUPT_DISPLAYONLY_PRESENT_PROGRESS`.
    pub const DXGK_INTERRUPT_DISPLAYONLY_PRESENT_PROGRESS: DXGK_INTERRUPT_TYPE = 6;

    /// `DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY`.
    pub const DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY: DXGK_INTERRUPT_TYPE = 7;

    /// `DXGK_INTERRUPT_MICACAST_CHUNK_PROCESSING_COMPLETE`.
    pub const DXGK_INTERRUPT_MICACAST_CHUNK_PROCESSING_COMPLETE: DXGK_INTERRUPT_TYPE = 8;

    /// `DXGK_INTERRUPT_DMA_PAGE_FAULTED`.
    pub const DXGK_INTERRUPT_DMA_PAGE_FAULTED: DXGK_INTERRUPT_TYPE = 9;

    /// `DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY2`.
    pub const DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY2: DXGK_INTERRUPT_TYPE = 10;

    /// `DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED`.
    pub const DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED: DXGK_INTERRUPT_TYPE = 11;

    /// `DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED`.
    pub const DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED: DXGK_INTERRUPT_TYPE = 12;

    /// `DXGK_INTERRUPT_HWCONTEXTLIST_SWITCH_COMPLETED`.
    pub const DXGK_INTERRUPT_HWCONTEXTLIST_SWITCH_COMPLETED: DXGK_INTERRUPT_TYPE = 13;

    /// `DXGK_INTERRUPT_PERIODIC_MONITORED_FENCE_SIGNALED`.
    pub const DXGK_INTERRUPT_PERIODIC_MONITORED_FENCE_SIGNALED: DXGK_INTERRUPT_TYPE = 14;

    /// `DXGK_INTERRUPT_SCHEDULING_LOG_INTERRUPT`.
    pub const DXGK_INTERRUPT_SCHEDULING_LOG_INTERRUPT: DXGK_INTERRUPT_TYPE = 15;

    /// `DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT`.
    pub const DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT: DXGK_INTERRUPT_TYPE = 16;

    /// `DXGK_INTERRUPT_SUSPEND_CONTEXT_COMPLETED`.
    pub const DXGK_INTERRUPT_SUSPEND_CONTEXT_COMPLETED: DXGK_INTERRUPT_TYPE = 17;

    /// `DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY3`.
    pub const DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY3: DXGK_INTERRUPT_TYPE = 18;

    /// `DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID = i32;

    /// `DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_COMPLETE`.
    pub const DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_COMPLETE: DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID = 0;

    /// `DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_FAILED`.
    pub const DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_FAILED: DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID = 1;

    /// `DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS {
        /// `VidPnSourceId`.
        pub VidPnSourceId: D3DDDI_VIDEO_PRESENT_SOURCE_ID,
        /// `ProgressId`.
        pub ProgressId: DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID,
    }

    /// `DXGK_MIRACAST_CHUNK_ID` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_MIRACAST_CHUNK_ID {
        /// `Flags`.
        pub Flags: DXGK_MIRACAST_CHUNK_ID_FLAGS,
        /// `Value`.
        pub Value: UINT64,
    }

    /// `DXGK_MIRACAST_CHUNK_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_MIRACAST_CHUNK_TYPE = i32;

    /// `DXGK_MIRACAST_CHUNK_TYPE_UNKNOWN`.
    pub const DXGK_MIRACAST_CHUNK_TYPE_UNKNOWN: DXGK_MIRACAST_CHUNK_TYPE = 0;

    /// `DXGK_MIRACAST_CHUNK_TYPE_COLOR_CONVERT_COMPLETE`.
    pub const DXGK_MIRACAST_CHUNK_TYPE_COLOR_CONVERT_COMPLETE: DXGK_MIRACAST_CHUNK_TYPE = 1;

    /// `DXGK_MIRACAST_CHUNK_TYPE_ENCODE_COMPLETE`.
    pub const DXGK_MIRACAST_CHUNK_TYPE_ENCODE_COMPLETE: DXGK_MIRACAST_CHUNK_TYPE = 2;

    /// `DXGK_MIRACAST_CHUNK_TYPE_FRAME_START`.
    pub const DXGK_MIRACAST_CHUNK_TYPE_FRAME_START: DXGK_MIRACAST_CHUNK_TYPE = 3;

    /// `DXGK_MIRACAST_CHUNK_TYPE_FRAME_DROPPED`.
    pub const DXGK_MIRACAST_CHUNK_TYPE_FRAME_DROPPED: DXGK_MIRACAST_CHUNK_TYPE = 4;

    /// `DXGK_MIRACAST_CHUNK_TYPE_ENCODE_DRIVER_DEFINED_1`.
    pub const DXGK_MIRACAST_CHUNK_TYPE_ENCODE_DRIVER_DEFINED_1: DXGK_MIRACAST_CHUNK_TYPE = 0x8000_0000_u32 as i32;

    /// `DXGK_MIRACAST_CHUNK_TYPE_ENCODE_DRIVER_DEFINED_2`.
    pub const DXGK_MIRACAST_CHUNK_TYPE_ENCODE_DRIVER_DEFINED_2: DXGK_MIRACAST_CHUNK_TYPE = 0x8000_0001_u32 as i32;

    /// `DXGK_MIRACAST_CHUNK_INFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_MIRACAST_CHUNK_INFO {
        /// `ChunkType`.
        pub ChunkType: DXGK_MIRACAST_CHUNK_TYPE,
        /// `ChunkId`.
        pub ChunkId: DXGK_MIRACAST_CHUNK_ID,
        /// `ProcessingTime`.
        pub ProcessingTime: UINT,
        /// `EncodeRate`.
        pub EncodeRate: UINT,
    }

    /// `DXGK_RENDER_PIPELINE_STAGE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_RENDER_PIPELINE_STAGE = i32;

    /// `DXGK_RENDER_PIPELINE_STAGE_UNKNOWN`.
    pub const DXGK_RENDER_PIPELINE_STAGE_UNKNOWN: DXGK_RENDER_PIPELINE_STAGE = 0;

    /// `DXGK_RENDER_PIPELINE_STAGE_INPUT_ASSEMBLER`.
    pub const DXGK_RENDER_PIPELINE_STAGE_INPUT_ASSEMBLER: DXGK_RENDER_PIPELINE_STAGE = 1;

    /// `DXGK_RENDER_PIPELINE_STAGE_VERTEX_SHADER`.
    pub const DXGK_RENDER_PIPELINE_STAGE_VERTEX_SHADER: DXGK_RENDER_PIPELINE_STAGE = 2;

    /// `DXGK_RENDER_PIPELINE_STAGE_PIXEL_SHADER`.
    pub const DXGK_RENDER_PIPELINE_STAGE_PIXEL_SHADER: DXGK_RENDER_PIPELINE_STAGE = 3;

    /// `DXGK_RENDER_PIPELINE_STAGE_HULL_SHADER`.
    pub const DXGK_RENDER_PIPELINE_STAGE_HULL_SHADER: DXGK_RENDER_PIPELINE_STAGE = 4;

    /// `DXGK_RENDER_PIPELINE_STAGE_DOMAIN_SHADER`.
    pub const DXGK_RENDER_PIPELINE_STAGE_DOMAIN_SHADER: DXGK_RENDER_PIPELINE_STAGE = 5;

    /// `DXGK_RENDER_PIPELINE_STAGE_GEOMETRY_SHADER`.
    pub const DXGK_RENDER_PIPELINE_STAGE_GEOMETRY_SHADER: DXGK_RENDER_PIPELINE_STAGE = 6;

    /// `DXGK_RENDER_PIPELINE_STAGE_STREAM_OUTPUT`.
    pub const DXGK_RENDER_PIPELINE_STAGE_STREAM_OUTPUT: DXGK_RENDER_PIPELINE_STAGE = 7;

    /// `DXGK_RENDER_PIPELINE_STAGE_RASTERIZATION`.
    pub const DXGK_RENDER_PIPELINE_STAGE_RASTERIZATION: DXGK_RENDER_PIPELINE_STAGE = 8;

    /// `DXGK_RENDER_PIPELINE_STAGE_OUTPUT_MERGER`.
    pub const DXGK_RENDER_PIPELINE_STAGE_OUTPUT_MERGER: DXGK_RENDER_PIPELINE_STAGE = 9;

    /// `DXGK_RENDER_PIPELINE_STAGE_COMPUTE_SHADER`.
    pub const DXGK_RENDER_PIPELINE_STAGE_COMPUTE_SHADER: DXGK_RENDER_PIPELINE_STAGE = 10;

    /// `DXGK_RENDER_PIPELINE_STAGE_COMMAND_PROCESSOR`.
    pub const DXGK_RENDER_PIPELINE_STAGE_COMMAND_PROCESSOR: DXGK_RENDER_PIPELINE_STAGE = 11;

    /// `DXGK_PAGE_FAULT_FLAGS` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_PAGE_FAULT_FLAGS = i32;

    /// `DXGK_PAGE_FAULT_WRITE`.
    pub const DXGK_PAGE_FAULT_WRITE: DXGK_PAGE_FAULT_FLAGS = 1;

    /// `DXGK_PAGE_FAULT_FENCE_INVALID`.
    pub const DXGK_PAGE_FAULT_FENCE_INVALID: DXGK_PAGE_FAULT_FLAGS = 2;

    /// `DXGK_PAGE_FAULT_ADAPTER_RESET_REQUIRED`.
    pub const DXGK_PAGE_FAULT_ADAPTER_RESET_REQUIRED: DXGK_PAGE_FAULT_FLAGS = 4;

    /// `DXGK_PAGE_FAULT_ENGINE_RESET_REQUIRED`.
    pub const DXGK_PAGE_FAULT_ENGINE_RESET_REQUIRED: DXGK_PAGE_FAULT_FLAGS = 8;

    /// `DXGK_PAGE_FAULT_FATAL_HARDWARE_ERROR`.
    pub const DXGK_PAGE_FAULT_FATAL_HARDWARE_ERROR: DXGK_PAGE_FAULT_FLAGS = 16;

    /// `DXGK_PAGE_FAULT_IOMMU`.
    pub const DXGK_PAGE_FAULT_IOMMU: DXGK_PAGE_FAULT_FLAGS = 32;

    /// `DXGK_PAGE_FAULT_HW_CONTEXT_VALID`.
    pub const DXGK_PAGE_FAULT_HW_CONTEXT_VALID: DXGK_PAGE_FAULT_FLAGS = 64;

    /// `DXGK_PAGE_FAULT_PROCESS_HANDLE_VALID`.
    pub const DXGK_PAGE_FAULT_PROCESS_HANDLE_VALID: DXGK_PAGE_FAULT_FLAGS = 128;

    /// `DXGK_GENERAL_ERROR_CODE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_GENERAL_ERROR_CODE = i32;

    /// `DXGK_GENERAL_ERROR_PAGE_FAULT`.
    pub const DXGK_GENERAL_ERROR_PAGE_FAULT: DXGK_GENERAL_ERROR_CODE = 0;

    /// `DXGK_GENERAL_ERROR_INVALID_INSTRUCTION`.
    pub const DXGK_GENERAL_ERROR_INVALID_INSTRUCTION: DXGK_GENERAL_ERROR_CODE = 1;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO3 {
        _private: [u8; 0],
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::DmaCompleted`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMACOMPLETED {
        /// `SubmissionFenceId`.
        pub SubmissionFenceId: UINT,
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::DmaPreempted`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAPREEMPTED {
        /// `PreemptionFenceId`.
        pub PreemptionFenceId: UINT,
        /// `LastCompletedFenceId`.
        pub LastCompletedFenceId: UINT,
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::DmaFaulted`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAFAULTED {
        /// `FaultedFenceId`.
        pub FaultedFenceId: UINT,
        /// `Status`.
        pub Status: NTSTATUS,
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::CrtcVsync`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNC {
        /// `VidPnTargetId`.
        pub VidPnTargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID,
        /// `PhysicalAddress`.
        pub PhysicalAddress: PHYSICAL_ADDRESS,
        /// `PhysicalAdapterMask`.
        pub PhysicalAdapterMask: UINT,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::DisplayOnlyVsync`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DISPLAYONLYVSYNC {
        /// `VidPnTargetId`.
        pub VidPnTargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::CrtcVsyncWithMultiPlaneOverlay`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY {
        /// `VidPnTargetId`.
        pub VidPnTargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID,
        /// `PhysicalAdapterMask`.
        pub PhysicalAdapterMask: UINT,
        /// `MultiPlaneOverlayVsyncInfoCount`.
        pub MultiPlaneOverlayVsyncInfoCount: UINT,
        /// `pMultiPlaneOverlayVsyncInfo`.
        pub pMultiPlaneOverlayVsyncInfo: *mut DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::MiracastEncodeChunkCompleted`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_MIRACASTENCODECHUNKCOMPLETED {
        /// `VidPnTargetId`.
        pub VidPnTargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID,
        /// `ChunkInfo`.
        pub ChunkInfo: DXGK_MIRACAST_CHUNK_INFO,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: PVOID,
        /// `PrivateDataDriverSize`.
        pub PrivateDataDriverSize: UINT,
        /// `Status`.
        pub Status: NTSTATUS,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::DmaPageFaulted`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAPAGEFAULTED {
        /// `FaultedFenceId`.
        pub FaultedFenceId: UINT,
        /// `FaultedPrimitiveAPISequenceNumber`.
        pub FaultedPrimitiveAPISequenceNumber: UINT64,
        /// `FaultedPipelineStage`.
        pub FaultedPipelineStage: DXGK_RENDER_PIPELINE_STAGE,
        /// `FaultedBindTableEntry`.
        pub FaultedBindTableEntry: UINT,
        /// `PageFaultFlags`.
        pub PageFaultFlags: DXGK_PAGE_FAULT_FLAGS,
        /// `FaultedVirtualAddress`.
        pub FaultedVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
        /// `PageTableLevel`.
        pub PageTableLevel: UINT,
        /// `FaultErrorCode`.
        pub FaultErrorCode: DXGK_FAULT_ERROR_CODE,
        /// `FaultedProcessHandle`.
        pub FaultedProcessHandle: HANDLE,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::CrtcVsyncWithMultiPlaneOverlay2`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY2 {
        /// `VidPnTargetId`.
        pub VidPnTargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID,
        /// `PhysicalAdapterMask`.
        pub PhysicalAdapterMask: UINT,
        /// `MultiPlaneOverlayVsyncInfoCount`.
        pub MultiPlaneOverlayVsyncInfoCount: UINT,
        /// `pMultiPlaneOverlayVsyncInfo`.
        pub pMultiPlaneOverlayVsyncInfo: *mut DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO2,
        /// `GpuFrequency`.
        pub GpuFrequency: ULONGLONG,
        /// `GpuClockCounter`.
        pub GpuClockCounter: ULONGLONG,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::MonitoredFenceSignaled`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_MONITOREDFENCESIGNALED {
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::HwContextListSwitchCompleted`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWCONTEXTLISTSWITCHCOMPLETED {
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
        /// `ContextSwitchFence`.
        pub ContextSwitchFence: UINT64,
    }

    /// Anonymous union of `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWQUEUEPAGEFAULTED`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWQUEUEPAGEFAULTED_0 {
        /// `FaultedHwQueue`.
        pub FaultedHwQueue: HANDLE,
        /// `FaultedHwContext`.
        pub FaultedHwContext: HANDLE,
        /// `FaultedProcessHandle`.
        pub FaultedProcessHandle: HANDLE,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::HwQueuePageFaulted`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWQUEUEPAGEFAULTED {
        /// `FaultedFenceId`.
        pub FaultedFenceId: UINT64,
        /// `FaultedVirtualAddress`.
        pub FaultedVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `FaultedPrimitiveAPISequenceNumber`.
        pub FaultedPrimitiveAPISequenceNumber: UINT64,
        /// `Anonymous`.
        pub Anonymous: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWQUEUEPAGEFAULTED_0,
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
        /// `FaultedPipelineStage`.
        pub FaultedPipelineStage: DXGK_RENDER_PIPELINE_STAGE,
        /// `FaultedBindTableEntry`.
        pub FaultedBindTableEntry: UINT,
        /// `PageFaultFlags`.
        pub PageFaultFlags: DXGK_PAGE_FAULT_FLAGS,
        /// `PageTableLevel`.
        pub PageTableLevel: UINT,
        /// `FaultErrorCode`.
        pub FaultErrorCode: DXGK_FAULT_ERROR_CODE,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::PeriodicMonitoredFenceSignaled`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_PERIODICMONITOREDFENCESIGNALED {
        /// `VidPnTargetId`.
        pub VidPnTargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID,
        /// `NotificationID`.
        pub NotificationID: UINT,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::SchedulingLogInterrupt`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_SCHEDULINGLOGINTERRUPT {
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::GpuEngineTimeout`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_GPUENGINETIMEOUT {
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::SuspendContextCompleted`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_SUSPENDCONTEXTCOMPLETED {
        /// `hContext`.
        pub hContext: HANDLE,
        /// `ContextSuspendFence`.
        pub ContextSuspendFence: UINT64,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::CrtcVsyncWithMultiPlaneOverlay3`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY3 {
        /// `VidPnTargetId`.
        pub VidPnTargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID,
        /// `PhysicalAdapterMask`.
        pub PhysicalAdapterMask: UINT,
        /// `MultiPlaneOverlayVsyncInfoCount`.
        pub MultiPlaneOverlayVsyncInfoCount: UINT,
        /// `pMultiPlaneOverlayVsyncInfo`.
        pub pMultiPlaneOverlayVsyncInfo: *mut DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO3,
        /// `GpuFrequency`.
        pub GpuFrequency: ULONGLONG,
        /// `GpuClockCounter`.
        pub GpuClockCounter: ULONGLONG,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA_0::Reserved`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_RESERVED {
        /// `Reserved`.
        pub Reserved: [UINT; 16],
    }

    /// Anonymous union of `DXGKARGCB_NOTIFY_INTERRUPT_DATA`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARGCB_NOTIFY_INTERRUPT_DATA_0 {
        /// `DmaCompleted`.
        pub DmaCompleted: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMACOMPLETED,
        /// `DmaPreempted`.
        pub DmaPreempted: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAPREEMPTED,
        /// `DmaFaulted`.
        pub DmaFaulted: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAFAULTED,
        /// `CrtcVsync`.
        pub CrtcVsync: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNC,
        /// `DisplayOnlyVsync`.
        pub DisplayOnlyVsync: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DISPLAYONLYVSYNC,
        /// `CrtcVsyncWithMultiPlaneOverlay`.
        pub CrtcVsyncWithMultiPlaneOverlay: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY,
        /// `DisplayOnlyPresentProgress`.
        pub DisplayOnlyPresentProgress: DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS,
        /// `MiracastEncodeChunkCompleted`.
        pub MiracastEncodeChunkCompleted: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_MIRACASTENCODECHUNKCOMPLETED,
        /// `DmaPageFaulted`.
        pub DmaPageFaulted: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAPAGEFAULTED,
        /// `CrtcVsyncWithMultiPlaneOverlay2`.
        pub CrtcVsyncWithMultiPlaneOverlay2: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY2,
        /// `MonitoredFenceSignaled`.
        pub MonitoredFenceSignaled: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_MONITOREDFENCESIGNALED,
        /// `HwContextListSwitchCompleted`.
        pub HwContextListSwitchCompleted: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWCONTEXTLISTSWITCHCOMPLETED,
        /// `HwQueuePageFaulted`.
        pub HwQueuePageFaulted: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWQUEUEPAGEFAULTED,
        /// `PeriodicMonitoredFenceSignaled`.
        pub PeriodicMonitoredFenceSignaled: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_PERIODICMONITOREDFENCESIGNALED,
        /// `SchedulingLogInterrupt`.
        pub SchedulingLogInterrupt: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_SCHEDULINGLOGINTERRUPT,
        /// `GpuEngineTimeout`.
        pub GpuEngineTimeout: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_GPUENGINETIMEOUT,
        /// `SuspendContextCompleted`.
        pub SuspendContextCompleted: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_SUSPENDCONTEXTCOMPLETED,
        /// `CrtcVsyncWithMultiPlaneOverlay3`.
        pub CrtcVsyncWithMultiPlaneOverlay3: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY3,
        /// `Reserved`.
        pub Reserved: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_RESERVED,
    }

    /// `DXGKARGCB_NOTIFY_INTERRUPT_DATA` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARGCB_NOTIFY_INTERRUPT_DATA {
        /// `InterruptType`.
        pub InterruptType: DXGK_INTERRUPT_TYPE,
        /// `Anonymous`.
        pub Anonymous: DXGKARGCB_NOTIFY_INTERRUPT_DATA_0,
        /// `Flags`.
        pub Flags: DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS,
    }

    /// `DXGKCB_NOTIFY_INTERRUPT`.
    pub type DXGKCB_NOTIFY_INTERRUPT = Option<unsafe extern "C" fn(hAdapter: HANDLE, *const DXGKARGCB_NOTIFY_INTERRUPT_DATA)>;

    /// `DXGKCB_NOTIFY_DPC`.
    pub type DXGKCB_NOTIFY_DPC = Option<unsafe extern "C" fn(hAdapter: HANDLE)>;

    /// `DXGK_SEGMENT_ID_INVALID`.
    pub const DXGK_SEGMENT_ID_INVALID: UINT = 0x0;

    /// `DXGK_SEGMENT_ID_SYSTEMMEMORY`.
    pub const DXGK_SEGMENT_ID_SYSTEMMEMORY: UINT = 0x1f;

    /// `DXGK_SEGMENT_SET_SYSTEMMEMORY`.
    pub const DXGK_SEGMENT_SET_SYSTEMMEMORY: UINT = 0x80000000;

    /// `DXGK_MAX_ASYMETRICAL_PROCESSING_NODES`.
    pub const DXGK_MAX_ASYMETRICAL_PROCESSING_NODES: UINT = 0x40;
}

wdk_flags! {
    /// `DXGK_POWER_COMPONENT_FLAGS` flag bits: how a runtime power component behaves.
    DXGK_POWER_COMPONENT_FLAGS {
        Reserved0 = 0x1,
        DriverCompletesFStateTransition = 0x2,
        TransitionTo_F0_OnDx = 0x4,
        NoDebounce = 0x8,
        ActiveInD3 = 0x10,
        Reserved = 0xffffffe0,
    }
}

wdk_flags! {
    /// `DXGK_POWER_COMPONENT_P_FLAGS` flag bits (WDDM 1.3; none defined yet).
    DXGK_POWER_COMPONENT_P_FLAGS {
        Reserved = 0xffffffff,
    }
}

wdk! {
    /// `DXGK_FSTATE_UNKNOWN_POWER`: a `NominalPower` the miniport cannot state.
    pub const DXGK_FSTATE_UNKNOWN_POWER: ULONG = 0xFFFF_FFFF;
    /// `DXGK_FSTATE_UNKNOWN_TIME`: a latency or residency the miniport cannot state.
    pub const DXGK_FSTATE_UNKNOWN_TIME: ULONGLONG = 0xFFFF_FFFF_FFFF_FFFF;
    /// `DXGK_MAX_F_STATES`: the length of `DXGK_POWER_RUNTIME_COMPONENT::States`.
    pub const DXGK_MAX_F_STATES: usize = 8;
    /// `DXGK_POWER_COMPONENT_NAME_SIZE`: the length of `ComponentName`.
    pub const DXGK_POWER_COMPONENT_NAME_SIZE: usize = 40;
    /// `DXGK_MAX_POWER_COMPONENT_PROVIDERS`: the length of `Providers`.
    pub const DXGK_MAX_POWER_COMPONENT_PROVIDERS: usize = 16;
    /// `DXGK_MAX_P_STATES` (WDDM 1.3): the length of `DXGK_POWER_P_COMPONENT::States`.
    pub const DXGK_MAX_P_STATES: usize = 32;

    /// `GUID_DXGKDDI_POWER_VOLTAGE_UP`: a control code a miniport may send its PEP.
    pub const GUID_DXGKDDI_POWER_VOLTAGE_UP: GUID =
        GUID { Data1: 0x6131c9ed, Data2: 0xb9ec, Data3: 0x40b3, Data4: [0xa5, 0xe2, 0xc0, 0x61, 0x3e, 0x43, 0x7b, 0x7e] };
    /// `GUID_DXGKDDI_POWER_VOLTAGE_DOWN`: a control code a miniport may send its PEP.
    pub const GUID_DXGKDDI_POWER_VOLTAGE_DOWN: GUID =
        GUID { Data1: 0x7f81ce3d, Data2: 0x5989, Data3: 0x4519, Data4: [0x83, 0x94, 0xb4, 0x57, 0xf6, 0x37, 0xba, 0x39] };
    /// `GUID_DXGKDDI_POWER_VOLTAGE`: a voltage change in a direction not yet known.
    pub const GUID_DXGKDDI_POWER_VOLTAGE: GUID =
        GUID { Data1: 0x78ba81db, Data2: 0x0f5c, Data3: 0x45fd, Data4: [0x8f, 0x03, 0xc7, 0xb5, 0xcc, 0xd1, 0xe0, 0xda] };
    /// `GUID_DXGKDDI_POWER_CLOCK_UP`: a control code a miniport may send its PEP.
    pub const GUID_DXGKDDI_POWER_CLOCK_UP: GUID =
        GUID { Data1: 0x8c7fde48, Data2: 0xff0b, Data3: 0x48ff, Data4: [0x93, 0x6b, 0x33, 0x2a, 0xbb, 0x9b, 0xd3, 0xb3] };
    /// `GUID_DXGKDDI_POWER_CLOCK_DOWN`: a control code a miniport may send its PEP.
    pub const GUID_DXGKDDI_POWER_CLOCK_DOWN: GUID =
        GUID { Data1: 0x611114f3, Data2: 0xcb1e, Data3: 0x4d0c, Data4: [0x8e, 0xe8, 0x87, 0x2e, 0x1f, 0xbd, 0xac, 0xeb] };
    /// `GUID_DXGKDDI_POWER_CLOCK`: a clock change in a direction not yet known.
    pub const GUID_DXGKDDI_POWER_CLOCK: GUID =
        GUID { Data1: 0x51c6873b, Data2: 0x1c29, Data3: 0x4c45, Data4: [0x82, 0x46, 0x05, 0xe4, 0xd6, 0xd8, 0x0d, 0x15] };
    /// `GUID_DXGKDDI_POWER_BANDWIDTH_UP`: a control code a miniport may send its PEP.
    pub const GUID_DXGKDDI_POWER_BANDWIDTH_UP: GUID =
        GUID { Data1: 0x1995dcb1, Data2: 0x986e, Data3: 0x47ba, Data4: [0x9a, 0x73, 0x60, 0xaf, 0x51, 0x11, 0x93, 0x8b] };
    /// `GUID_DXGKDDI_POWER_BANDWIDTH_DOWN`: a control code a miniport may send its PEP.
    pub const GUID_DXGKDDI_POWER_BANDWIDTH_DOWN: GUID =
        GUID { Data1: 0x97ce1383, Data2: 0xef2d, Data3: 0x49cb, Data4: [0x9b, 0xcf, 0x26, 0xa7, 0x38, 0xf3, 0xce, 0x32] };
    /// `GUID_DXGKDDI_POWER_BANDWIDTH`: a bandwidth change in a direction not yet known.
    pub const GUID_DXGKDDI_POWER_BANDWIDTH: GUID =
        GUID { Data1: 0x38751bfd, Data2: 0x64ba, Data3: 0x4962, Data4: [0xa5, 0xa9, 0x9f, 0x2e, 0x62, 0x7a, 0x64, 0x3e] };
    /// `GUID_DXGKDDI_POWER_MANAGEMENT_PREPARE_TO_START`: dxgkrnl to the miniport, before
    /// runtime power management starts.
    pub const GUID_DXGKDDI_POWER_MANAGEMENT_PREPARE_TO_START: GUID =
        GUID { Data1: 0xcba549d4, Data2: 0xcf3a, Data3: 0x445c, Data4: [0x94, 0x68, 0x23, 0x83, 0xfd, 0x52, 0x31, 0x16] };
    /// `GUID_DXGKDDI_POWER_MANAGEMENT_STARTED`: dxgkrnl to the miniport, once it started.
    pub const GUID_DXGKDDI_POWER_MANAGEMENT_STARTED: GUID =
        GUID { Data1: 0x6c929c1d, Data2: 0x7d76, Data3: 0x4538, Data4: [0x93, 0xad, 0x44, 0x9d, 0xc9, 0xfd, 0xc2, 0x39] };
    /// `GUID_DXGKDDI_POWER_MANAGEMENT_STOPPED`: dxgkrnl to the miniport, once it stopped.
    pub const GUID_DXGKDDI_POWER_MANAGEMENT_STOPPED: GUID =
        GUID { Data1: 0x0a9d9621, Data2: 0xbc21, Data3: 0x4dd4, Data4: [0xa0, 0xfc, 0xd9, 0x76, 0xe4, 0x28, 0xf7, 0x38] };

    /// `DXGK_POWER_RUNTIME_STATE`: one F-state of a component (latency back to F0 and the
    /// residency worth entering it, in 100 ns units; the power drawn in it, in microwatts).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct DXGK_POWER_RUNTIME_STATE {
        /// `TransitionLatency`.
        pub TransitionLatency: ULONGLONG,
        /// `ResidencyRequirement`.
        pub ResidencyRequirement: ULONGLONG,
        /// `NominalPower`.
        pub NominalPower: ULONG,
    }

    /// `DXGK_POWER_COMPONENT_TYPE` (a 32-bit enum): what a power component powers.
    pub type DXGK_POWER_COMPONENT_TYPE = i32;
    /// `DXGK_POWER_COMPONENT_ENGINE`: a GPU engine (node).
    pub const DXGK_POWER_COMPONENT_ENGINE: DXGK_POWER_COMPONENT_TYPE = 0;
    /// `DXGK_POWER_COMPONENT_MONITOR`: a monitor (target).
    pub const DXGK_POWER_COMPONENT_MONITOR: DXGK_POWER_COMPONENT_TYPE = 1;
    /// `DXGK_POWER_COMPONENT_MONITOR_REFRESH`: a source's refresh.
    pub const DXGK_POWER_COMPONENT_MONITOR_REFRESH: DXGK_POWER_COMPONENT_TYPE = 2;
    /// `DXGK_POWER_COMPONENT_MEMORY` (WDDM 1.3): a memory segment.
    pub const DXGK_POWER_COMPONENT_MEMORY: DXGK_POWER_COMPONENT_TYPE = 3;
    /// `DXGK_POWER_COMPONENT_MEMORY_REFRESH` (WDDM 1.3): a segment's self-refresh.
    pub const DXGK_POWER_COMPONENT_MEMORY_REFRESH: DXGK_POWER_COMPONENT_TYPE = 4;
    /// `DXGK_POWER_COMPONENT_OTHER`: anything else.
    pub const DXGK_POWER_COMPONENT_OTHER: DXGK_POWER_COMPONENT_TYPE = 5;
    /// `DXGK_POWER_COMPONENT_D3_TRANSITION` (WDDM 1.3): the adapter's D3 transition.
    pub const DXGK_POWER_COMPONENT_D3_TRANSITION: DXGK_POWER_COMPONENT_TYPE = 6;
    /// `DXGK_POWER_COMPONENT_SHARED` (WDDM 2.2): shared by several parts of the adapter.
    pub const DXGK_POWER_COMPONENT_SHARED: DXGK_POWER_COMPONENT_TYPE = 7;
    /// `DXGK_POWER_COMPONENT_MAX` (with WDDM 2.2 and later headers).
    pub const DXGK_POWER_COMPONENT_MAX: DXGK_POWER_COMPONENT_TYPE = 8;

    /// `EngineDesc` of `DXGK_POWER_COMPONENT_MAPPING`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct DXGK_POWER_COMPONENT_MAPPING_0_ENGINEDESC {
        /// `NodeIndex`.
        pub NodeIndex: UINT,
    }

    /// `MonitorRefreshDesc` of `DXGK_POWER_COMPONENT_MAPPING`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct DXGK_POWER_COMPONENT_MAPPING_0_MONITORREFRESHDESC {
        /// `VidPnSourceID`.
        pub VidPnSourceID: UINT,
    }

    /// `MonitorDesc` of `DXGK_POWER_COMPONENT_MAPPING`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct DXGK_POWER_COMPONENT_MAPPING_0_MONITORDESC {
        /// `VidPnTargetID`.
        pub VidPnTargetID: UINT,
    }

    /// `MemoryDesc` of `DXGK_POWER_COMPONENT_MAPPING` (WDDM 1.3).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct DXGK_POWER_COMPONENT_MAPPING_0_MEMORYDESC {
        /// `SegmentID` (zero-based).
        pub SegmentID: UINT,
    }

    /// The two 16-bit halves of `SharedDesc.SharedType`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct DXGK_POWER_COMPONENT_MAPPING_0_SHAREDDESC_0_0 {
        /// `SharedTypeFlag`.
        pub SharedTypeFlag: u16,
        /// `DriverCustomValueSet`.
        pub DriverCustomValueSet: u16,
    }

    /// Anonymous union of `SharedDesc`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_POWER_COMPONENT_MAPPING_0_SHAREDDESC_0 {
        /// The halves.
        pub Anonymous: DXGK_POWER_COMPONENT_MAPPING_0_SHAREDDESC_0_0,
        /// `SharedType`.
        pub SharedType: UINT,
    }

    /// `SharedDesc` of `DXGK_POWER_COMPONENT_MAPPING` (WDDM 2.4).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_POWER_COMPONENT_MAPPING_0_SHAREDDESC {
        /// `Anonymous`.
        pub Anonymous: DXGK_POWER_COMPONENT_MAPPING_0_SHAREDDESC_0,
    }

    /// Anonymous union of `DXGK_POWER_COMPONENT_MAPPING`, read by `ComponentType`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_POWER_COMPONENT_MAPPING_0 {
        /// `EngineDesc`.
        pub EngineDesc: DXGK_POWER_COMPONENT_MAPPING_0_ENGINEDESC,
        /// `MonitorRefreshDesc`.
        pub MonitorRefreshDesc: DXGK_POWER_COMPONENT_MAPPING_0_MONITORREFRESHDESC,
        /// `MonitorDesc`.
        pub MonitorDesc: DXGK_POWER_COMPONENT_MAPPING_0_MONITORDESC,
        /// `MemoryDesc`.
        pub MemoryDesc: DXGK_POWER_COMPONENT_MAPPING_0_MEMORYDESC,
        /// `SharedDesc`.
        pub SharedDesc: DXGK_POWER_COMPONENT_MAPPING_0_SHAREDDESC,
    }

    /// `DXGK_POWER_COMPONENT_MAPPING`: a component's type and the node, source, target or
    /// segment it belongs to.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_POWER_COMPONENT_MAPPING {
        /// `ComponentType`.
        pub ComponentType: DXGK_POWER_COMPONENT_TYPE,
        /// `Anonymous`.
        pub Anonymous: DXGK_POWER_COMPONENT_MAPPING_0,
    }

    /// The two 16-bit halves of `DXGK_POWER_COMPONENT_INDEX`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct DXGK_POWER_COMPONENT_INDEX_0_0 {
        /// `PhysicalAdapterComponentIndex`: the index within the physical adapter.
        pub PhysicalAdapterComponentIndex: u16,
        /// `PhysicalAdapterIndex`: the physical adapter of a linked adapter.
        pub PhysicalAdapterIndex: u16,
    }

    /// Anonymous union of `DXGK_POWER_COMPONENT_INDEX`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGK_POWER_COMPONENT_INDEX_0 {
        /// The halves.
        pub Anonymous: DXGK_POWER_COMPONENT_INDEX_0_0,
        /// `Value`: the whole index.
        pub Value: UINT,
    }

    /// `DXGK_POWER_COMPONENT_INDEX`: a component index of a linked display adapter.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_POWER_COMPONENT_INDEX {
        /// `Anonymous`.
        pub Anonymous: DXGK_POWER_COMPONENT_INDEX_0,
    }

    /// `DXGK_POWER_RUNTIME_COMPONENT`: what `DXGKQAITYPE_POWERCOMPONENTINFO` answers for one
    /// component index.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGK_POWER_RUNTIME_COMPONENT {
        /// `StateCount`: how many of `States` are used (F0 first).
        pub StateCount: ULONG,
        /// `States`.
        pub States: [DXGK_POWER_RUNTIME_STATE; DXGK_MAX_F_STATES],
        /// `ComponentMapping`.
        pub ComponentMapping: DXGK_POWER_COMPONENT_MAPPING,
        /// `Flags`.
        pub Flags: DXGK_POWER_COMPONENT_FLAGS,
        /// `ComponentGuid`.
        pub ComponentGuid: GUID,
        /// `ComponentName` (NUL-terminated ANSI).
        pub ComponentName: [UCHAR; DXGK_POWER_COMPONENT_NAME_SIZE],
        /// `ProviderCount`: how many of `Providers` are used.
        pub ProviderCount: ULONG,
        /// `Providers`: the indices of the components this one depends on.
        pub Providers: [ULONG; DXGK_MAX_POWER_COMPONENT_PROVIDERS],
    }

    /// `DXGK_POWER_P_STATE` (WDDM 1.3): one P-state.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct DXGK_POWER_P_STATE {
        /// `OperatingFrequency`.
        pub OperatingFrequency: ULONG,
    }

    /// `DXGK_POWER_P_COMPONENT` (WDDM 1.3): what `DXGKQAITYPE_POWERCOMPONENTPSTATEINFO`
    /// answers for one component index.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_POWER_P_COMPONENT {
        /// `StateCount`.
        pub StateCount: ULONG,
        /// `States`.
        pub States: [DXGK_POWER_P_STATE; DXGK_MAX_P_STATES],
        /// `Flags`.
        pub Flags: DXGK_POWER_COMPONENT_P_FLAGS,
    }
}

impl DXGK_POWER_RUNTIME_COMPONENT {
    /// `ComponentName` up to its first NUL, lossily as UTF-8.
    pub fn name(&self) -> String {
        let end = self.ComponentName.iter().position(|&b| b == 0).unwrap_or(self.ComponentName.len());
        String::from_utf8_lossy(&self.ComponentName[..end]).into_owned()
    }
}

wdk_zeroed_default!(
    DXGK_POWER_COMPONENT_MAPPING_0_SHAREDDESC_0,
    DXGK_POWER_COMPONENT_MAPPING_0_SHAREDDESC,
    DXGK_POWER_COMPONENT_MAPPING_0,
    DXGK_POWER_COMPONENT_MAPPING,
    DXGK_POWER_COMPONENT_INDEX_0,
    DXGK_POWER_COMPONENT_INDEX,
    DXGK_POWER_RUNTIME_COMPONENT,
    DXGK_POWER_P_COMPONENT,
    DXGK_SEGMENTDESCRIPTOR,
    DXGK_QUERYSEGMENTIN,
    DXGK_QUERYSEGMENTOUT,
    DXGK_SEGMENTDESCRIPTOR3,
    DXGK_QUERYSEGMENTOUT3,
    DXGK_QUERYSEGMENTIN4,
    DXGK_CPUHOSTAPERTURE,
    DXGK_SEGMENTDESCRIPTOR4_0,
    DXGK_SEGMENTDESCRIPTOR4,
    DXGK_QUERYSEGMENTOUT4,
    DXGK_ALLOCATIONUSAGEINFO1_0,
    DXGK_ALLOCATIONUSAGEINFO1,
    DXGK_ALLOCATIONUSAGEHINT,
    DXGK_ALLOCATIONINFO_0,
    DXGK_ALLOCATIONINFO_1,
    DXGK_ALLOCATIONINFO,
    DXGKARG_CREATEALLOCATION,
    DXGKARG_DESTROYALLOCATION,
    DXGK_OPENALLOCATIONINFO,
    DXGKARG_OPENALLOCATION,
    DXGKARG_CLOSEALLOCATION,
    DXGKARG_DESCRIBEALLOCATION,
    DXGKARGCB_GETHANDLEDATA,
    DXGKARGCB_ENUMHANDLECHILDREN,
    DXGKARGCB_RELEASEHANDLEDATA,
    DXGKARG_QUERYADAPTERINFO,
    DXGK_VIDMMCAPS,
    DXGK_GPUENGINETOPOLOGY,
    DXGK_VIRTUALADDRESSCAPS_DEPRECATED,
    DXGK_DMABUFFERCAPS_DEPRECATED_PRESENTDMABUFFER,
    DXGK_DMABUFFERCAPS_DEPRECATED_PAGINGDMABUFFER,
    DXGK_DMABUFFERCAPS_DEPRECATED,
    D3DKMDT_PREEMPTION_CAPS,
    DXGK_DRIVERCAPS_0,
    DXGK_DRIVERCAPS,
    DXGK_DEVICEINFO,
    DXGKARG_CREATEDEVICE_0,
    DXGKARG_CREATEDEVICE,
    DXGK_CONTEXTINFO,
    DXGKARG_CREATECONTEXT,
    DXGK_ALLOCATIONLIST_0,
    DXGK_ALLOCATIONLIST,
    DXGKARG_RENDER,
    DXGKARG_PATCH_0,
    DXGKARG_PATCH,
    DXGKARG_SUBMITCOMMAND_0,
    DXGKARG_SUBMITCOMMAND,
    DXGKARG_ESCAPE,
    D3DGPU_PHYSICAL_ADDRESS,
    DXGK_PAGETABLEUPDATEADDRESS_0,
    DXGK_PAGETABLEUPDATEADDRESS,
    DXGK_BUILDPAGINGBUFFER_COPY_RANGE,
    DXGK_BUILDPAGINGBUFFER_FLUSHTLB,
    DXGK_BUILDPAGINGBUFFER_UPDATEPAGETABLE,
    DXGK_BUILDPAGINGBUFFER_FILLVIRTUAL,
    DXGK_BUILDPAGINGBUFFER_TRANSFERVIRTUAL,
    DXGK_BUILDPAGINGBUFFER_NOTIFYRESIDENCY,
    DXGK_BUILDPAGINGBUFFER_COPYPAGETABLEENTRIES,
    DXGK_BUILDPAGINGBUFFER_UPDATECONTEXTALLOCATION,
    DXGK_BUILDPAGINGBUFFER_SIGNALMONITOREDFENCE,
    DXGK_ADL_0,
    DXGK_ADL,
    DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_SOURCE_0,
    DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_SOURCE,
    DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_DESTINATION_0,
    DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER_DESTINATION,
    DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER,
    DXGKARG_BUILDPAGINGBUFFER_0_FILL_DESTINATION,
    DXGKARG_BUILDPAGINGBUFFER_0_FILL,
    DXGKARG_BUILDPAGINGBUFFER_0_DISCARDCONTENT,
    DXGKARG_BUILDPAGINGBUFFER_0_READPHYSICAL,
    DXGKARG_BUILDPAGINGBUFFER_0_WRITEPHYSICAL,
    DXGKARG_BUILDPAGINGBUFFER_0_MAPAPERTURESEGMENT,
    DXGKARG_BUILDPAGINGBUFFER_0_UNMAPAPERTURESEGMENT,
    DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_SOURCE_0,
    DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_SOURCE,
    DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_DESTINATION_0,
    DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER_DESTINATION,
    DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER,
    DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE_DESTINATION_0,
    DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE_DESTINATION,
    DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE,
    DXGKARG_BUILDPAGINGBUFFER_0_MAPAPERTURESEGMENT2,
    DXGKARG_BUILDPAGINGBUFFER_0_RESERVED,
    DXGKARG_BUILDPAGINGBUFFER_0,
    DXGKARG_BUILDPAGINGBUFFER,
    DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS,
    DXGK_MIRACAST_CHUNK_ID,
    DXGK_MIRACAST_CHUNK_INFO,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMACOMPLETED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAPREEMPTED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAFAULTED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNC,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DISPLAYONLYVSYNC,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_MIRACASTENCODECHUNKCOMPLETED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAPAGEFAULTED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY2,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_MONITOREDFENCESIGNALED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWCONTEXTLISTSWITCHCOMPLETED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWQUEUEPAGEFAULTED_0,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWQUEUEPAGEFAULTED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_PERIODICMONITOREDFENCESIGNALED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_SCHEDULINGLOGINTERRUPT,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_GPUENGINETIMEOUT,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_SUSPENDCONTEXTCOMPLETED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY3,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_RESERVED,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA_0,
    DXGKARGCB_NOTIFY_INTERRUPT_DATA
);
