//! Types of the WDK's shared `d3dukmdt.h`: allocation descriptions and lists, segment
//! preferences, lock / residency / offer flags, resources and synchronization objects.
use super::*;
#[allow(unused_imports)]
use core::ffi::c_void;

wdk_flags! {
    /// `D3DDDI_ALLOCATIONINFO::Flags` flag bits.
    D3DDDI_ALLOCATIONINFO_FLAGS {
        Primary = 0x1,
        Stereo = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk_flags! {
    /// `D3DDDI_ALLOCATIONINFO2::Flags` flag bits.
    D3DDDI_ALLOCATIONINFO2_FLAGS {
        Primary = 0x1,
        Stereo = 0x2,
        OverridePriority = 0x4,
        Reserved = 0xfffffff8,
    }
}

wdk_flags! {
    /// `D3DDDI_SEGMENTPREFERENCE` flag bits.
    D3DDDI_SEGMENTPREFERENCE {
        SegmentId0 = 0x1f,
        Direction0 = 0x20,
        SegmentId1 = 0x7c0,
        Direction1 = 0x800,
        SegmentId2 = 0x1f000,
        Direction2 = 0x20000,
        SegmentId3 = 0x7c0000,
        Direction3 = 0x800000,
        SegmentId4 = 0x1f000000,
        Direction4 = 0x20000000,
        Reserved = 0xc0000000,
    }
}

wdk_flags! {
    /// `D3DDDICB_LOCKFLAGS` flag bits.
    D3DDDICB_LOCKFLAGS {
        ReadOnly = 0x1,
        WriteOnly = 0x2,
        DonotWait = 0x4,
        IgnoreSync = 0x8,
        LockEntire = 0x10,
        DonotEvict = 0x20,
        AcquireAperture = 0x40,
        Discard = 0x80,
        NoExistingReference = 0x100,
        UseAlternateVA = 0x200,
        IgnoreReadSync = 0x400,
        Reserved = 0xfffff800,
    }
}

wdk_flags! {
    /// `D3DDDICB_LOCK2FLAGS` flag bits.
    D3DDDICB_LOCK2FLAGS {
        Reserved = 0xffffffff,
    }
}

wdk_flags! {
    /// `D3DDDICB_DESTROYALLOCATION2FLAGS` flag bits.
    D3DDDICB_DESTROYALLOCATION2FLAGS {
        AssumeNotInUse = 0x1,
        SynchronousDestroy = 0x2,
        Reserved = 0x7ffffffc,
        SystemUseOnly = 0x80000000,
    }
}

wdk_flags! {
    /// `D3DDDI_MAKERESIDENT_FLAGS` flag bits.
    D3DDDI_MAKERESIDENT_FLAGS {
        CantTrimFurther = 0x1,
        MustSucceed = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk_flags! {
    /// `D3DDDI_EVICT_FLAGS` flag bits.
    D3DDDI_EVICT_FLAGS {
        EvictOnlyIfNecessary = 0x1,
        NotWrittenTo = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk_flags! {
    /// `D3DDDI_OFFER_FLAGS` flag bits.
    D3DDDI_OFFER_FLAGS {
        AllowDecommit = 0x1,
        Reserved = 0xfffffffe,
    }
}

wdk_flags! {
    /// `D3DDDI_ALLOCATIONLIST::Value` flag bits.
    D3DDDI_ALLOCATIONLIST_FLAGS {
        WriteOperation = 0x1,
        DoNotRetireInstance = 0x2,
        OfferPriority = 0x1c,
        Reserved = 0xffffffe0,
    }
}

wdk_flags! {
    /// `D3DDDI_PATCHLOCATIONLIST::Value` flag bits.
    D3DDDI_PATCHLOCATIONLIST_FLAGS {
        SlotId = 0xffffff,
        Reserved = 0xff000000,
    }
}

wdk_flags! {
    /// `D3DDDI_ESCAPEFLAGS` flag bits.
    D3DDDI_ESCAPEFLAGS {
        HardwareAccess = 0x1,
        DeviceStatusQuery = 0x2,
        ChangeFrameLatency = 0x4,
        NoAdapterSynchronization = 0x8,
        Reserved = 0x10,
        VirtualMachineData = 0x20,
        DriverKnownEscape = 0x40,
        DriverCommonEscape = 0x80,
        Reserved2 = 0xffffff00,
    }
}

wdk_flags! {
    /// `D3DDDI_CREATECONTEXTFLAGS` flag bits.
    D3DDDI_CREATECONTEXTFLAGS {
        NullRendering = 0x1,
        InitialData = 0x2,
        DisableGpuTimeout = 0x4,
        SynchronizationOnly = 0x8,
        HwQueueSupported = 0x10,
        NoKmdAccess = 0x20,
        Reserved = 0xffffffc0,
    }
}

wdk_flags! {
    /// `D3DDDI_RESOURCEFLAGS` flag bits.
    D3DDDI_RESOURCEFLAGS {
        RenderTarget = 0x1,
        ZBuffer = 0x2,
        Dynamic = 0x4,
        HintStatic = 0x8,
        AutogenMipmap = 0x10,
        DMap = 0x20,
        WriteOnly = 0x40,
        NotLockable = 0x80,
        Points = 0x100,
        RtPatches = 0x200,
        NPatches = 0x400,
        SharedResource = 0x800,
        DiscardRenderTarget = 0x1000,
        Video = 0x2000,
        CaptureBuffer = 0x4000,
        Primary = 0x8000,
        Texture = 0x10000,
        CubeMap = 0x20000,
        Volume = 0x40000,
        VertexBuffer = 0x80000,
        IndexBuffer = 0x100000,
        DecodeRenderTarget = 0x200000,
        DecodeCompressedBuffer = 0x400000,
        VideoProcessRenderTarget = 0x800000,
        CpuOptimized = 0x1000000,
        MightDrawFromLocked = 0x2000000,
        Overlay = 0x4000000,
        MatchGdiPrimary = 0x8000000,
        InterlacedRefresh = 0x10000000,
        TextApi = 0x20000000,
        RestrictedContent = 0x40000000,
        RestrictSharedAccess = 0x80000000,
    }
}

wdk! {
    /// `D3DDDI_RATIONAL` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_RATIONAL {
        /// `Numerator`.
        pub Numerator: UINT,
        /// `Denominator`.
        pub Denominator: UINT,
    }

    /// `D3DDDI_MULTISAMPLINGMETHOD` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_MULTISAMPLINGMETHOD {
        /// `NumSamples`.
        pub NumSamples: UINT,
        /// `NumQualityLevels`.
        pub NumQualityLevels: UINT,
    }

    /// `D3DDDI_ROTATION` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDI_ROTATION = i32;

    /// `D3DDDI_ROTATION_IDENTITY`.
    pub const D3DDDI_ROTATION_IDENTITY: D3DDDI_ROTATION = 1;

    /// `D3DDDI_ROTATION_90`.
    pub const D3DDDI_ROTATION_90: D3DDDI_ROTATION = 2;

    /// `D3DDDI_ROTATION_180`.
    pub const D3DDDI_ROTATION_180: D3DDDI_ROTATION = 3;

    /// `D3DDDI_ROTATION_270`.
    pub const D3DDDI_ROTATION_270: D3DDDI_ROTATION = 4;

    /// `D3DDDIFORMAT` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDIFORMAT = i32;

    /// `D3DDDIFMT_UNKNOWN`.
    pub const D3DDDIFMT_UNKNOWN: D3DDDIFORMAT = 0;

    /// `D3DDDIFMT_R8G8B8`.
    pub const D3DDDIFMT_R8G8B8: D3DDDIFORMAT = 20;

    /// `D3DDDIFMT_A8R8G8B8`.
    pub const D3DDDIFMT_A8R8G8B8: D3DDDIFORMAT = 21;

    /// `D3DDDIFMT_X8R8G8B8`.
    pub const D3DDDIFMT_X8R8G8B8: D3DDDIFORMAT = 22;

    /// `D3DDDIFMT_R5G6B5`.
    pub const D3DDDIFMT_R5G6B5: D3DDDIFORMAT = 23;

    /// `D3DDDIFMT_X1R5G5B5`.
    pub const D3DDDIFMT_X1R5G5B5: D3DDDIFORMAT = 24;

    /// `D3DDDIFMT_A1R5G5B5`.
    pub const D3DDDIFMT_A1R5G5B5: D3DDDIFORMAT = 25;

    /// `D3DDDIFMT_A4R4G4B4`.
    pub const D3DDDIFMT_A4R4G4B4: D3DDDIFORMAT = 26;

    /// `D3DDDIFMT_R3G3B2`.
    pub const D3DDDIFMT_R3G3B2: D3DDDIFORMAT = 27;

    /// `D3DDDIFMT_A8`.
    pub const D3DDDIFMT_A8: D3DDDIFORMAT = 28;

    /// `D3DDDIFMT_A8R3G3B2`.
    pub const D3DDDIFMT_A8R3G3B2: D3DDDIFORMAT = 29;

    /// `D3DDDIFMT_X4R4G4B4`.
    pub const D3DDDIFMT_X4R4G4B4: D3DDDIFORMAT = 30;

    /// `D3DDDIFMT_A2B10G10R10`.
    pub const D3DDDIFMT_A2B10G10R10: D3DDDIFORMAT = 31;

    /// `D3DDDIFMT_A8B8G8R8`.
    pub const D3DDDIFMT_A8B8G8R8: D3DDDIFORMAT = 32;

    /// `D3DDDIFMT_X8B8G8R8`.
    pub const D3DDDIFMT_X8B8G8R8: D3DDDIFORMAT = 33;

    /// `D3DDDIFMT_G16R16`.
    pub const D3DDDIFMT_G16R16: D3DDDIFORMAT = 34;

    /// `D3DDDIFMT_A2R10G10B10`.
    pub const D3DDDIFMT_A2R10G10B10: D3DDDIFORMAT = 35;

    /// `D3DDDIFMT_A16B16G16R16`.
    pub const D3DDDIFMT_A16B16G16R16: D3DDDIFORMAT = 36;

    /// `D3DDDIFMT_A8P8`.
    pub const D3DDDIFMT_A8P8: D3DDDIFORMAT = 40;

    /// `D3DDDIFMT_P8`.
    pub const D3DDDIFMT_P8: D3DDDIFORMAT = 41;

    /// `D3DDDIFMT_L8`.
    pub const D3DDDIFMT_L8: D3DDDIFORMAT = 50;

    /// `D3DDDIFMT_A8L8`.
    pub const D3DDDIFMT_A8L8: D3DDDIFORMAT = 51;

    /// `D3DDDIFMT_A4L4`.
    pub const D3DDDIFMT_A4L4: D3DDDIFORMAT = 52;

    /// `D3DDDIFMT_V8U8`.
    pub const D3DDDIFMT_V8U8: D3DDDIFORMAT = 60;

    /// `D3DDDIFMT_L6V5U5`.
    pub const D3DDDIFMT_L6V5U5: D3DDDIFORMAT = 61;

    /// `D3DDDIFMT_X8L8V8U8`.
    pub const D3DDDIFMT_X8L8V8U8: D3DDDIFORMAT = 62;

    /// `D3DDDIFMT_Q8W8V8U8`.
    pub const D3DDDIFMT_Q8W8V8U8: D3DDDIFORMAT = 63;

    /// `D3DDDIFMT_V16U16`.
    pub const D3DDDIFMT_V16U16: D3DDDIFORMAT = 64;

    /// `D3DDDIFMT_W11V11U10`.
    pub const D3DDDIFMT_W11V11U10: D3DDDIFORMAT = 65;

    /// `D3DDDIFMT_A2W10V10U10`.
    pub const D3DDDIFMT_A2W10V10U10: D3DDDIFORMAT = 67;

    /// `D3DDDIFMT_UYVY` (FOURCC `UYVY`).
    pub const D3DDDIFMT_UYVY: D3DDDIFORMAT = 0x59565955;

    /// `D3DDDIFMT_R8G8_B8G8` (FOURCC `RGBG`).
    pub const D3DDDIFMT_R8G8_B8G8: D3DDDIFORMAT = 0x47424752;

    /// `D3DDDIFMT_YUY2` (FOURCC `YUY2`).
    pub const D3DDDIFMT_YUY2: D3DDDIFORMAT = 0x32595559;

    /// `D3DDDIFMT_G8R8_G8B8` (FOURCC `GRGB`).
    pub const D3DDDIFMT_G8R8_G8B8: D3DDDIFORMAT = 0x42475247;

    /// `D3DDDIFMT_DXT1` (FOURCC `DXT1`).
    pub const D3DDDIFMT_DXT1: D3DDDIFORMAT = 0x31545844;

    /// `D3DDDIFMT_DXT2` (FOURCC `DXT2`).
    pub const D3DDDIFMT_DXT2: D3DDDIFORMAT = 0x32545844;

    /// `D3DDDIFMT_DXT3` (FOURCC `DXT3`).
    pub const D3DDDIFMT_DXT3: D3DDDIFORMAT = 0x33545844;

    /// `D3DDDIFMT_DXT4` (FOURCC `DXT4`).
    pub const D3DDDIFMT_DXT4: D3DDDIFORMAT = 0x34545844;

    /// `D3DDDIFMT_DXT5` (FOURCC `DXT5`).
    pub const D3DDDIFMT_DXT5: D3DDDIFORMAT = 0x35545844;

    /// `D3DDDIFMT_D16_LOCKABLE`.
    pub const D3DDDIFMT_D16_LOCKABLE: D3DDDIFORMAT = 70;

    /// `D3DDDIFMT_D32`.
    pub const D3DDDIFMT_D32: D3DDDIFORMAT = 71;

    /// `D3DDDIFMT_D15S1`.
    pub const D3DDDIFMT_D15S1: D3DDDIFORMAT = 73;

    /// `D3DDDIFMT_D24S8`.
    pub const D3DDDIFMT_D24S8: D3DDDIFORMAT = 75;

    /// `D3DDDIFMT_D24X8`.
    pub const D3DDDIFMT_D24X8: D3DDDIFORMAT = 77;

    /// `D3DDDIFMT_D24X4S4`.
    pub const D3DDDIFMT_D24X4S4: D3DDDIFORMAT = 79;

    /// `D3DDDIFMT_D16`.
    pub const D3DDDIFMT_D16: D3DDDIFORMAT = 80;

    /// `D3DDDIFMT_D32F_LOCKABLE`.
    pub const D3DDDIFMT_D32F_LOCKABLE: D3DDDIFORMAT = 82;

    /// `D3DDDIFMT_D24FS8`.
    pub const D3DDDIFMT_D24FS8: D3DDDIFORMAT = 83;

    /// `D3DDDIFMT_D32_LOCKABLE`.
    pub const D3DDDIFMT_D32_LOCKABLE: D3DDDIFORMAT = 84;

    /// `D3DDDIFMT_S8_LOCKABLE`.
    pub const D3DDDIFMT_S8_LOCKABLE: D3DDDIFORMAT = 85;

    /// `D3DDDIFMT_S1D15`.
    pub const D3DDDIFMT_S1D15: D3DDDIFORMAT = 72;

    /// `D3DDDIFMT_S8D24`.
    pub const D3DDDIFMT_S8D24: D3DDDIFORMAT = 74;

    /// `D3DDDIFMT_X8D24`.
    pub const D3DDDIFMT_X8D24: D3DDDIFORMAT = 76;

    /// `D3DDDIFMT_X4S4D24`.
    pub const D3DDDIFMT_X4S4D24: D3DDDIFORMAT = 78;

    /// `D3DDDIFMT_L16`.
    pub const D3DDDIFMT_L16: D3DDDIFORMAT = 81;

    /// `D3DDDIFMT_G8R8`.
    pub const D3DDDIFMT_G8R8: D3DDDIFORMAT = 91;

    /// `D3DDDIFMT_R8`.
    pub const D3DDDIFMT_R8: D3DDDIFORMAT = 92;

    /// `D3DDDIFMT_VERTEXDATA`.
    pub const D3DDDIFMT_VERTEXDATA: D3DDDIFORMAT = 100;

    /// `D3DDDIFMT_INDEX16`.
    pub const D3DDDIFMT_INDEX16: D3DDDIFORMAT = 101;

    /// `D3DDDIFMT_INDEX32`.
    pub const D3DDDIFMT_INDEX32: D3DDDIFORMAT = 102;

    /// `D3DDDIFMT_Q16W16V16U16`.
    pub const D3DDDIFMT_Q16W16V16U16: D3DDDIFORMAT = 110;

    /// `D3DDDIFMT_MULTI2_ARGB8` (FOURCC `MET1`).
    pub const D3DDDIFMT_MULTI2_ARGB8: D3DDDIFORMAT = 0x3154454D;

    /// `D3DDDIFMT_R16F`.
    pub const D3DDDIFMT_R16F: D3DDDIFORMAT = 111;

    /// `D3DDDIFMT_G16R16F`.
    pub const D3DDDIFMT_G16R16F: D3DDDIFORMAT = 112;

    /// `D3DDDIFMT_A16B16G16R16F`.
    pub const D3DDDIFMT_A16B16G16R16F: D3DDDIFORMAT = 113;

    /// `D3DDDIFMT_R32F`.
    pub const D3DDDIFMT_R32F: D3DDDIFORMAT = 114;

    /// `D3DDDIFMT_G32R32F`.
    pub const D3DDDIFMT_G32R32F: D3DDDIFORMAT = 115;

    /// `D3DDDIFMT_A32B32G32R32F`.
    pub const D3DDDIFMT_A32B32G32R32F: D3DDDIFORMAT = 116;

    /// `D3DDDIFMT_CxV8U8`.
    pub const D3DDDIFMT_CxV8U8: D3DDDIFORMAT = 117;

    /// `D3DDDIFMT_A1`.
    pub const D3DDDIFMT_A1: D3DDDIFORMAT = 118;

    /// `D3DDDIFMT_A2B10G10R10_XR_BIAS`.
    pub const D3DDDIFMT_A2B10G10R10_XR_BIAS: D3DDDIFORMAT = 119;

    /// `D3DDDIFMT_DXVACOMPBUFFER_BASE`.
    pub const D3DDDIFMT_DXVACOMPBUFFER_BASE: D3DDDIFORMAT = 150;

    /// `D3DDDIFMT_PICTUREPARAMSDATA`.
    pub const D3DDDIFMT_PICTUREPARAMSDATA: D3DDDIFORMAT = 150;

    /// `D3DDDIFMT_MACROBLOCKDATA`.
    pub const D3DDDIFMT_MACROBLOCKDATA: D3DDDIFORMAT = 151;

    /// `D3DDDIFMT_RESIDUALDIFFERENCEDATA`.
    pub const D3DDDIFMT_RESIDUALDIFFERENCEDATA: D3DDDIFORMAT = 152;

    /// `D3DDDIFMT_DEBLOCKINGDATA`.
    pub const D3DDDIFMT_DEBLOCKINGDATA: D3DDDIFORMAT = 153;

    /// `D3DDDIFMT_INVERSEQUANTIZATIONDATA`.
    pub const D3DDDIFMT_INVERSEQUANTIZATIONDATA: D3DDDIFORMAT = 154;

    /// `D3DDDIFMT_SLICECONTROLDATA`.
    pub const D3DDDIFMT_SLICECONTROLDATA: D3DDDIFORMAT = 155;

    /// `D3DDDIFMT_BITSTREAMDATA`.
    pub const D3DDDIFMT_BITSTREAMDATA: D3DDDIFORMAT = 156;

    /// `D3DDDIFMT_MOTIONVECTORBUFFER`.
    pub const D3DDDIFMT_MOTIONVECTORBUFFER: D3DDDIFORMAT = 157;

    /// `D3DDDIFMT_FILMGRAINBUFFER`.
    pub const D3DDDIFMT_FILMGRAINBUFFER: D3DDDIFORMAT = 158;

    /// `D3DDDIFMT_DXVA_RESERVED9`.
    pub const D3DDDIFMT_DXVA_RESERVED9: D3DDDIFORMAT = 159;

    /// `D3DDDIFMT_DXVA_RESERVED10`.
    pub const D3DDDIFMT_DXVA_RESERVED10: D3DDDIFORMAT = 160;

    /// `D3DDDIFMT_DXVA_RESERVED11`.
    pub const D3DDDIFMT_DXVA_RESERVED11: D3DDDIFORMAT = 161;

    /// `D3DDDIFMT_DXVA_RESERVED12`.
    pub const D3DDDIFMT_DXVA_RESERVED12: D3DDDIFORMAT = 162;

    /// `D3DDDIFMT_DXVA_RESERVED13`.
    pub const D3DDDIFMT_DXVA_RESERVED13: D3DDDIFORMAT = 163;

    /// `D3DDDIFMT_DXVA_RESERVED14`.
    pub const D3DDDIFMT_DXVA_RESERVED14: D3DDDIFORMAT = 164;

    /// `D3DDDIFMT_DXVA_RESERVED15`.
    pub const D3DDDIFMT_DXVA_RESERVED15: D3DDDIFORMAT = 165;

    /// `D3DDDIFMT_DXVA_RESERVED16`.
    pub const D3DDDIFMT_DXVA_RESERVED16: D3DDDIFORMAT = 166;

    /// `D3DDDIFMT_DXVA_RESERVED17`.
    pub const D3DDDIFMT_DXVA_RESERVED17: D3DDDIFORMAT = 167;

    /// `D3DDDIFMT_DXVA_RESERVED18`.
    pub const D3DDDIFMT_DXVA_RESERVED18: D3DDDIFORMAT = 168;

    /// `D3DDDIFMT_DXVA_RESERVED19`.
    pub const D3DDDIFMT_DXVA_RESERVED19: D3DDDIFORMAT = 169;

    /// `D3DDDIFMT_DXVA_RESERVED20`.
    pub const D3DDDIFMT_DXVA_RESERVED20: D3DDDIFORMAT = 170;

    /// `D3DDDIFMT_DXVA_RESERVED21`.
    pub const D3DDDIFMT_DXVA_RESERVED21: D3DDDIFORMAT = 171;

    /// `D3DDDIFMT_DXVA_RESERVED22`.
    pub const D3DDDIFMT_DXVA_RESERVED22: D3DDDIFORMAT = 172;

    /// `D3DDDIFMT_DXVA_RESERVED23`.
    pub const D3DDDIFMT_DXVA_RESERVED23: D3DDDIFORMAT = 173;

    /// `D3DDDIFMT_DXVA_RESERVED24`.
    pub const D3DDDIFMT_DXVA_RESERVED24: D3DDDIFORMAT = 174;

    /// `D3DDDIFMT_DXVA_RESERVED25`.
    pub const D3DDDIFMT_DXVA_RESERVED25: D3DDDIFORMAT = 175;

    /// `D3DDDIFMT_DXVA_RESERVED26`.
    pub const D3DDDIFMT_DXVA_RESERVED26: D3DDDIFORMAT = 176;

    /// `D3DDDIFMT_DXVA_RESERVED27`.
    pub const D3DDDIFMT_DXVA_RESERVED27: D3DDDIFORMAT = 177;

    /// `D3DDDIFMT_DXVA_RESERVED28`.
    pub const D3DDDIFMT_DXVA_RESERVED28: D3DDDIFORMAT = 178;

    /// `D3DDDIFMT_DXVA_RESERVED29`.
    pub const D3DDDIFMT_DXVA_RESERVED29: D3DDDIFORMAT = 179;

    /// `D3DDDIFMT_DXVA_RESERVED30`.
    pub const D3DDDIFMT_DXVA_RESERVED30: D3DDDIFORMAT = 180;

    /// `D3DDDIFMT_DXVA_RESERVED31`.
    pub const D3DDDIFMT_DXVA_RESERVED31: D3DDDIFORMAT = 181;

    /// `D3DDDIFMT_DXVACOMPBUFFER_MAX`.
    pub const D3DDDIFMT_DXVACOMPBUFFER_MAX: D3DDDIFORMAT = 181;

    /// `D3DDDIFMT_BINARYBUFFER`.
    pub const D3DDDIFMT_BINARYBUFFER: D3DDDIFORMAT = 199;

    /// `D3DDDIFMT_FORCE_UINT`.
    pub const D3DDDIFMT_FORCE_UINT: D3DDDIFORMAT = 2147483647;

    /// `D3DDDIMULTISAMPLE_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDIMULTISAMPLE_TYPE = i32;

    /// `D3DDDIMULTISAMPLE_NONE`.
    pub const D3DDDIMULTISAMPLE_NONE: D3DDDIMULTISAMPLE_TYPE = 0;

    /// `D3DDDIMULTISAMPLE_NONMASKABLE`.
    pub const D3DDDIMULTISAMPLE_NONMASKABLE: D3DDDIMULTISAMPLE_TYPE = 1;

    /// `D3DDDIMULTISAMPLE_2_SAMPLES`.
    pub const D3DDDIMULTISAMPLE_2_SAMPLES: D3DDDIMULTISAMPLE_TYPE = 2;

    /// `D3DDDIMULTISAMPLE_4_SAMPLES`.
    pub const D3DDDIMULTISAMPLE_4_SAMPLES: D3DDDIMULTISAMPLE_TYPE = 4;

    /// `D3DDDIMULTISAMPLE_8_SAMPLES`.
    pub const D3DDDIMULTISAMPLE_8_SAMPLES: D3DDDIMULTISAMPLE_TYPE = 8;

    /// `D3DDDIMULTISAMPLE_16_SAMPLES`.
    pub const D3DDDIMULTISAMPLE_16_SAMPLES: D3DDDIMULTISAMPLE_TYPE = 16;

    /// `D3DDDIMULTISAMPLE_FORCE_UINT`.
    pub const D3DDDIMULTISAMPLE_FORCE_UINT: D3DDDIMULTISAMPLE_TYPE = 2147483647;

    /// `D3DDDI_POOL` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDI_POOL = i32;

    /// `D3DDDIPOOL_SYSTEMMEM`.
    pub const D3DDDIPOOL_SYSTEMMEM: D3DDDI_POOL = 1;

    /// `D3DDDIPOOL_VIDEOMEMORY`.
    pub const D3DDDIPOOL_VIDEOMEMORY: D3DDDI_POOL = 2;

    /// `D3DDDIPOOL_LOCALVIDMEM`.
    pub const D3DDDIPOOL_LOCALVIDMEM: D3DDDI_POOL = 3;

    /// `D3DDDIPOOL_NONLOCALVIDMEM`.
    pub const D3DDDIPOOL_NONLOCALVIDMEM: D3DDDI_POOL = 4;

    /// `D3DDDIPOOL_STAGINGMEM`.
    pub const D3DDDIPOOL_STAGINGMEM: D3DDDI_POOL = 5;

    /// `D3DDDI_FLIPINTERVAL_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDI_FLIPINTERVAL_TYPE = i32;

    /// `D3DDDI_FLIPINTERVAL_IMMEDIATE`.
    pub const D3DDDI_FLIPINTERVAL_IMMEDIATE: D3DDDI_FLIPINTERVAL_TYPE = 0;

    /// `D3DDDI_FLIPINTERVAL_ONE`.
    pub const D3DDDI_FLIPINTERVAL_ONE: D3DDDI_FLIPINTERVAL_TYPE = 1;

    /// `D3DDDI_FLIPINTERVAL_TWO`.
    pub const D3DDDI_FLIPINTERVAL_TWO: D3DDDI_FLIPINTERVAL_TYPE = 2;

    /// `D3DDDI_FLIPINTERVAL_THREE`.
    pub const D3DDDI_FLIPINTERVAL_THREE: D3DDDI_FLIPINTERVAL_TYPE = 3;

    /// `D3DDDI_FLIPINTERVAL_FOUR`.
    pub const D3DDDI_FLIPINTERVAL_FOUR: D3DDDI_FLIPINTERVAL_TYPE = 4;

    /// `D3DDDI_FLIPINTERVAL_IMMEDIATE_ALLOW_TEARING`.
    pub const D3DDDI_FLIPINTERVAL_IMMEDIATE_ALLOW_TEARING: D3DDDI_FLIPINTERVAL_TYPE = 5;

    /// `D3DDDI_ALLOCATIONINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_ALLOCATIONINFO {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
        /// `pSystemMem`.
        pub pSystemMem: *const c_void,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `VidPnSourceId`.
        pub VidPnSourceId: D3DDDI_VIDEO_PRESENT_SOURCE_ID,
        /// `Flags`.
        pub Flags: D3DDDI_ALLOCATIONINFO_FLAGS,
    }

    /// Anonymous union of `D3DDDI_ALLOCATIONINFO2`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union D3DDDI_ALLOCATIONINFO2_0 {
        /// `hSection`.
        pub hSection: HANDLE,
        /// `pSystemMem`.
        pub pSystemMem: *const c_void,
    }

    /// Anonymous union of `D3DDDI_ALLOCATIONINFO2`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union D3DDDI_ALLOCATIONINFO2_1 {
        /// `Priority`.
        pub Priority: UINT,
        /// `Unused`.
        pub Unused: ULONG_PTR,
    }

    /// `D3DDDI_ALLOCATIONINFO2` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct D3DDDI_ALLOCATIONINFO2 {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
        /// `Anonymous1`.
        pub Anonymous1: D3DDDI_ALLOCATIONINFO2_0,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `VidPnSourceId`.
        pub VidPnSourceId: D3DDDI_VIDEO_PRESENT_SOURCE_ID,
        /// `Flags`.
        pub Flags: D3DDDI_ALLOCATIONINFO2_FLAGS,
        /// `GpuVirtualAddress`.
        pub GpuVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `Anonymous2`.
        pub Anonymous2: D3DDDI_ALLOCATIONINFO2_1,
        /// `Reserved`.
        pub Reserved: [ULONG_PTR; 5],
    }

    /// `D3DDDI_OPENALLOCATIONINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_OPENALLOCATIONINFO {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *const c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
    }

    /// `D3DDDI_OPENALLOCATIONINFO2` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_OPENALLOCATIONINFO2 {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *const c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `GpuVirtualAddress`.
        pub GpuVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
        /// `Reserved`.
        pub Reserved: [ULONG_PTR; 6],
    }

    /// `D3DDDI_MAKERESIDENT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_MAKERESIDENT {
        /// `hPagingQueue`.
        pub hPagingQueue: D3DKMT_HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `AllocationList`.
        pub AllocationList: *const D3DKMT_HANDLE,
        /// `PriorityList`.
        pub PriorityList: *const UINT,
        /// `Flags`.
        pub Flags: D3DDDI_MAKERESIDENT_FLAGS,
        /// `PagingFenceValue`.
        pub PagingFenceValue: UINT64,
        /// `NumBytesToTrim`.
        pub NumBytesToTrim: UINT64,
    }

    /// `D3DDDI_RESIDENCYSTATUS` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDI_RESIDENCYSTATUS = i32;

    /// `D3DDDI_RESIDENCYSTATUS_RESIDENTINGPUMEMORY`.
    pub const D3DDDI_RESIDENCYSTATUS_RESIDENTINGPUMEMORY: D3DDDI_RESIDENCYSTATUS = 1;

    /// `D3DDDI_RESIDENCYSTATUS_RESIDENTINSHAREDMEMORY`.
    pub const D3DDDI_RESIDENCYSTATUS_RESIDENTINSHAREDMEMORY: D3DDDI_RESIDENCYSTATUS = 2;

    /// `D3DDDI_RESIDENCYSTATUS_NOTRESIDENT`.
    pub const D3DDDI_RESIDENCYSTATUS_NOTRESIDENT: D3DDDI_RESIDENCYSTATUS = 3;

    /// `D3DDDI_OFFER_PRIORITY` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDI_OFFER_PRIORITY = i32;

    /// `D3DDDI_OFFER_PRIORITY_NONE`.
    pub const D3DDDI_OFFER_PRIORITY_NONE: D3DDDI_OFFER_PRIORITY = 0;

    /// `D3DDDI_OFFER_PRIORITY_LOW`.
    pub const D3DDDI_OFFER_PRIORITY_LOW: D3DDDI_OFFER_PRIORITY = 1;

    /// `D3DDDI_OFFER_PRIORITY_NORMAL`.
    pub const D3DDDI_OFFER_PRIORITY_NORMAL: D3DDDI_OFFER_PRIORITY = 2;

    /// `D3DDDI_OFFER_PRIORITY_HIGH`.
    pub const D3DDDI_OFFER_PRIORITY_HIGH: D3DDDI_OFFER_PRIORITY = 3;

    /// `D3DDDI_OFFER_PRIORITY_AUTO`.
    pub const D3DDDI_OFFER_PRIORITY_AUTO: D3DDDI_OFFER_PRIORITY = 4;

    /// `D3DDDI_RECLAIM_RESULT` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDI_RECLAIM_RESULT = i32;

    /// `D3DDDI_RECLAIM_RESULT_OK`.
    pub const D3DDDI_RECLAIM_RESULT_OK: D3DDDI_RECLAIM_RESULT = 0;

    /// `D3DDDI_RECLAIM_RESULT_DISCARDED`.
    pub const D3DDDI_RECLAIM_RESULT_DISCARDED: D3DDDI_RECLAIM_RESULT = 1;

    /// `D3DDDI_RECLAIM_RESULT_NOT_COMMITTED`.
    pub const D3DDDI_RECLAIM_RESULT_NOT_COMMITTED: D3DDDI_RECLAIM_RESULT = 2;

    /// `D3DDDI_ALLOCATIONLIST` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_ALLOCATIONLIST {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
        /// `Value`.
        pub Value: D3DDDI_ALLOCATIONLIST_FLAGS,
    }

    /// `D3DDDI_PATCHLOCATIONLIST` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_PATCHLOCATIONLIST {
        /// `AllocationIndex`.
        pub AllocationIndex: UINT,
        /// `Value`.
        pub Value: D3DDDI_PATCHLOCATIONLIST_FLAGS,
        /// `DriverId`.
        pub DriverId: UINT,
        /// `AllocationOffset`.
        pub AllocationOffset: UINT,
        /// `PatchOffset`.
        pub PatchOffset: UINT,
        /// `SplitOffset`.
        pub SplitOffset: UINT,
    }

    /// `D3DDDI_SURFACEINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_SURFACEINFO {
        /// `Width`.
        pub Width: UINT,
        /// `Height`.
        pub Height: UINT,
        /// `Depth`.
        pub Depth: UINT,
        /// `pSysMem`.
        pub pSysMem: *const c_void,
        /// `SysMemPitch`.
        pub SysMemPitch: UINT,
        /// `SysMemSlicePitch`.
        pub SysMemSlicePitch: UINT,
    }

    /// `D3DDDIARG_CREATERESOURCE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDIARG_CREATERESOURCE {
        /// `Format`.
        pub Format: D3DDDIFORMAT,
        /// `Pool`.
        pub Pool: D3DDDI_POOL,
        /// `MultisampleType`.
        pub MultisampleType: D3DDDIMULTISAMPLE_TYPE,
        /// `MultisampleQuality`.
        pub MultisampleQuality: UINT,
        /// `pSurfList`.
        pub pSurfList: *const D3DDDI_SURFACEINFO,
        /// `SurfCount`.
        pub SurfCount: UINT,
        /// `MipLevels`.
        pub MipLevels: UINT,
        /// `Fvf`.
        pub Fvf: UINT,
        /// `VidPnSourceId`.
        pub VidPnSourceId: D3DDDI_VIDEO_PRESENT_SOURCE_ID,
        /// `RefreshRate`.
        pub RefreshRate: D3DDDI_RATIONAL,
        /// `hResource`.
        pub hResource: HANDLE,
        /// `Flags`.
        pub Flags: D3DDDI_RESOURCEFLAGS,
        /// `Rotation`.
        pub Rotation: D3DDDI_ROTATION,
    }

    /// `D3DDDI_SYNCHRONIZATIONOBJECT_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDI_SYNCHRONIZATIONOBJECT_TYPE = i32;

    /// `D3DDDI_SYNCHRONIZATION_MUTEX`.
    pub const D3DDDI_SYNCHRONIZATION_MUTEX: D3DDDI_SYNCHRONIZATIONOBJECT_TYPE = 1;

    /// `D3DDDI_SEMAPHORE`.
    pub const D3DDDI_SEMAPHORE: D3DDDI_SYNCHRONIZATIONOBJECT_TYPE = 2;

    /// `D3DDDI_FENCE`.
    pub const D3DDDI_FENCE: D3DDDI_SYNCHRONIZATIONOBJECT_TYPE = 3;

    /// `D3DDDI_CPU_NOTIFICATION`.
    pub const D3DDDI_CPU_NOTIFICATION: D3DDDI_SYNCHRONIZATIONOBJECT_TYPE = 4;

    /// `D3DDDI_MONITORED_FENCE`.
    pub const D3DDDI_MONITORED_FENCE: D3DDDI_SYNCHRONIZATIONOBJECT_TYPE = 5;

    /// `D3DDDI_PERIODIC_MONITORED_FENCE`.
    pub const D3DDDI_PERIODIC_MONITORED_FENCE: D3DDDI_SYNCHRONIZATIONOBJECT_TYPE = 6;

    /// `D3DDDI_SYNCHRONIZATION_TYPE_LIMIT`.
    pub const D3DDDI_SYNCHRONIZATION_TYPE_LIMIT: D3DDDI_SYNCHRONIZATIONOBJECT_TYPE = 7;

    /// `D3DDDI_SYNCHRONIZATIONOBJECTINFO_0::SynchronizationMutex`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_SYNCHRONIZATIONMUTEX {
        /// `InitialState`.
        pub InitialState: BOOL,
    }

    /// `D3DDDI_SYNCHRONIZATIONOBJECTINFO_0::Semaphore`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_SEMAPHORE {
        /// `MaxCount`.
        pub MaxCount: UINT,
        /// `InitialCount`.
        pub InitialCount: UINT,
    }

    /// `D3DDDI_SYNCHRONIZATIONOBJECTINFO_0::Reserved`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_RESERVED {
        /// `Reserved`.
        pub Reserved: [UINT; 16],
    }

    /// Anonymous union of `D3DDDI_SYNCHRONIZATIONOBJECTINFO`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union D3DDDI_SYNCHRONIZATIONOBJECTINFO_0 {
        /// `SynchronizationMutex`.
        pub SynchronizationMutex: D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_SYNCHRONIZATIONMUTEX,
        /// `Semaphore`.
        pub Semaphore: D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_SEMAPHORE,
        /// `Reserved`.
        pub Reserved: D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_RESERVED,
    }

    /// `D3DDDI_SYNCHRONIZATIONOBJECTINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct D3DDDI_SYNCHRONIZATIONOBJECTINFO {
        /// `Type`.
        pub Type: D3DDDI_SYNCHRONIZATIONOBJECT_TYPE,
        /// `Anonymous`.
        pub Anonymous: D3DDDI_SYNCHRONIZATIONOBJECTINFO_0,
    }

    /// `D3D_UMD_INTERFACE_VERSION_VISTA`.
    pub const D3D_UMD_INTERFACE_VERSION_VISTA: UINT = 0xc;

    /// `D3D_UMD_INTERFACE_VERSION_WIN7`.
    pub const D3D_UMD_INTERFACE_VERSION_WIN7: UINT = 0x2003;

    /// `D3D_UMD_INTERFACE_VERSION_WIN8_M3`.
    pub const D3D_UMD_INTERFACE_VERSION_WIN8_M3: UINT = 0x3001;

    /// `D3D_UMD_INTERFACE_VERSION_WIN8_CP`.
    pub const D3D_UMD_INTERFACE_VERSION_WIN8_CP: UINT = 0x3002;

    /// `D3D_UMD_INTERFACE_VERSION_WIN8_RC`.
    pub const D3D_UMD_INTERFACE_VERSION_WIN8_RC: UINT = 0x3003;

    /// `D3D_UMD_INTERFACE_VERSION_WIN8`.
    pub const D3D_UMD_INTERFACE_VERSION_WIN8: UINT = 0x3004;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM1_3`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM1_3: UINT = 0x4002;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_0_M1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_0_M1: UINT = 0x5000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_0_M1_3`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_0_M1_3: UINT = 0x5001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_0_M2_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_0_M2_2: UINT = 0x5002;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_0`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_0: UINT = 0x5002;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_1_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_1_1: UINT = 0x6000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_1_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_1_2: UINT = 0x6001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_1_3`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_1_3: UINT = 0x6002;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_1_4`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_1_4: UINT = 0x6003;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_1: UINT = 0x6003;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_2_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_2_1: UINT = 0x7000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_2_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_2_2: UINT = 0x7001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_2: UINT = 0x7001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_3_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_3_1: UINT = 0x8000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_3_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_3_2: UINT = 0x8001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_3`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_3: UINT = 0x8001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_4_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_4_1: UINT = 0x9000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_4_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_4_2: UINT = 0x9001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_4`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_4: UINT = 0x9001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_5_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_5_1: UINT = 0xa000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_5_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_5_2: UINT = 0xa001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_5_3`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_5_3: UINT = 0xa002;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_5`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_5: UINT = 0xa002;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_6_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_6_1: UINT = 0xb000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_6_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_6_2: UINT = 0xb001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_6_3`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_6_3: UINT = 0xb002;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_6_4`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_6_4: UINT = 0xb003;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_6`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_6: UINT = 0xb003;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_7_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_7_1: UINT = 0xc000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_7_2`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_7_2: UINT = 0xc001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_7`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_7: UINT = 0xc001;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_8_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_8_1: UINT = 0xd000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_8`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_8: UINT = 0xd000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_9_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_9_1: UINT = 0xe000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM2_9`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM2_9: UINT = 0xe000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM3_0_1`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM3_0_1: UINT = 0xf000;

    /// `D3D_UMD_INTERFACE_VERSION_WDDM3_0`.
    pub const D3D_UMD_INTERFACE_VERSION_WDDM3_0: UINT = 0xf000;

    /// `DXGKDDI_INTERFACE_VERSION_VISTA`.
    pub const DXGKDDI_INTERFACE_VERSION_VISTA: UINT = 0x1052;

    /// `DXGKDDI_INTERFACE_VERSION_VISTA_SP1`.
    pub const DXGKDDI_INTERFACE_VERSION_VISTA_SP1: UINT = 0x1053;

    /// `DXGKDDI_INTERFACE_VERSION_WIN7`.
    pub const DXGKDDI_INTERFACE_VERSION_WIN7: UINT = 0x2005;

    /// `DXGKDDI_INTERFACE_VERSION_WIN8`.
    pub const DXGKDDI_INTERFACE_VERSION_WIN8: UINT = 0x300e;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM1_3`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM1_3: UINT = 0x4002;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM1_3_PATH_INDEPENDENT_ROTATION`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM1_3_PATH_INDEPENDENT_ROTATION: UINT = 0x4003;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_0`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_0: UINT = 0x5023;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_1`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_1: UINT = 0x6003;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_1_5`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_1_5: UINT = 0x6010;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_1_6`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_1_6: UINT = 0x6011;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_2`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_2: UINT = 0x700a;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_3`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_3: UINT = 0x8001;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_4`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_4: UINT = 0x9006;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_5`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_5: UINT = 0xa00b;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_6`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_6: UINT = 0xb004;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_7`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_7: UINT = 0xc004;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_8`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_8: UINT = 0xd001;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM2_9`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM2_9: UINT = 0xe003;

    /// `DXGKDDI_INTERFACE_VERSION_WDDM3_0`.
    pub const DXGKDDI_INTERFACE_VERSION_WDDM3_0: UINT = 0xf003;

    /// `D3DDDI_ID_UNINITIALIZED`.
    pub const D3DDDI_ID_UNINITIALIZED: UINT = 0xffffffff;

    /// `D3DDDI_ID_NOTAPPLICABLE`.
    pub const D3DDDI_ID_NOTAPPLICABLE: UINT = 0x0;

    /// `D3DDDI_ID_ANY`.
    pub const D3DDDI_ID_ANY: UINT = 0xfffffffe;

    /// `D3DDDI_ID_ALL`.
    pub const D3DDDI_ID_ALL: UINT = 0xfffffffd;

    /// `D3DDDI_MAX_BROADCAST_CONTEXT`.
    pub const D3DDDI_MAX_BROADCAST_CONTEXT: UINT = 0x40;

    /// `D3DDDI_ALLOCATIONPRIORITY_MINIMUM`.
    pub const D3DDDI_ALLOCATIONPRIORITY_MINIMUM: UINT = 0x28000000;

    /// `D3DDDI_ALLOCATIONPRIORITY_LOW`.
    pub const D3DDDI_ALLOCATIONPRIORITY_LOW: UINT = 0x50000000;

    /// `D3DDDI_ALLOCATIONPRIORITY_NORMAL`.
    pub const D3DDDI_ALLOCATIONPRIORITY_NORMAL: UINT = 0x78000000;

    /// `D3DDDI_ALLOCATIONPRIORITY_HIGH`.
    pub const D3DDDI_ALLOCATIONPRIORITY_HIGH: UINT = 0xa0000000;

    /// `D3DDDI_ALLOCATIONPRIORITY_MAXIMUM`.
    pub const D3DDDI_ALLOCATIONPRIORITY_MAXIMUM: UINT = 0xc8000000;
}

wdk_zeroed_default!(
    D3DDDI_RATIONAL,
    D3DDDI_MULTISAMPLINGMETHOD,
    D3DDDI_ALLOCATIONINFO,
    D3DDDI_ALLOCATIONINFO2_0,
    D3DDDI_ALLOCATIONINFO2_1,
    D3DDDI_ALLOCATIONINFO2,
    D3DDDI_OPENALLOCATIONINFO,
    D3DDDI_OPENALLOCATIONINFO2,
    D3DDDI_MAKERESIDENT,
    D3DDDI_ALLOCATIONLIST,
    D3DDDI_PATCHLOCATIONLIST,
    D3DDDI_SURFACEINFO,
    D3DDDIARG_CREATERESOURCE,
    D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_SYNCHRONIZATIONMUTEX,
    D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_SEMAPHORE,
    D3DDDI_SYNCHRONIZATIONOBJECTINFO_0_RESERVED,
    D3DDDI_SYNCHRONIZATIONOBJECTINFO_0,
    D3DDDI_SYNCHRONIZATIONOBJECTINFO
);
