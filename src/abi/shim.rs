//! The shim's own C types: adapter and device descriptions, the reference KMD's allocation
//! descriptor, fault and inspection records. All are plain C structures; enumerations are `UINT`
//! values with named constants, validated on entry.

use super::*;

/// The version of the description structures this header declares; put it in their `Version`.
pub const WDDMSHIM_DESC_VERSION: u32 = 1;

/// `WDDMSHIM_REFERENCE_ALLOCATION::Magic`: "WSRA".
pub const WDDMSHIM_REFERENCE_ALLOCATION_MAGIC: u32 = 0x4152_5357;

/// The most private driver data one allocation, or one resource, may carry (bytes). Larger
/// sizes are refused with `E_INVALIDARG` (dxgkrnl for WSL uses the same bound).
pub const WDDMSHIM_MAX_PRIVATE_DRIVER_DATA_SIZE: u32 = 128 * 1024;

/// The most allocations one `pfnAllocateCb` call may create.
pub const WDDMSHIM_MAX_ALLOCATIONS_PER_CALL: u32 = 1024;

/// The reference KMD's default allocation size when an adapter description gives none (64 KiB).
pub const WDDMSHIM_DEFAULT_ALLOCATION_SIZE: u64 = 64 * 1024;

/// A display mode of a VidPN source.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_DISPLAY_MODE {
    /// Visible width in pixels.
    pub Width: UINT,
    /// Visible height in pixels.
    pub Height: UINT,
    /// Pixel format (`D3DDDIFMT_*`); 0 means `D3DDDIFMT_X8R8G8B8`.
    pub Format: UINT,
    /// Refresh rate in Hz; 0 means 60.
    pub RefreshRate: UINT,
}

/// How to build an adapter. Zero-initialise it, set `Version`, then fill what you need; every
/// zero member takes its default.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct WDDMSHIM_ADAPTER_DESC {
    /// `WDDMSHIM_DESC_VERSION`.
    pub Version: UINT,
    /// Number of VidPN sources (display outputs); 0 means 1.
    pub NumVidPnSources: UINT,
    /// The display mode of each source (`NumVidPnSources` entries), or NULL for 1920x1080
    /// X8R8G8B8 at 60 Hz on every source.
    pub pDisplayModes: *const WDDMSHIM_DISPLAY_MODE,
    /// The KMD's `DriverEntry`, which must call `DxgkInitialize`; NULL to use
    /// `pInitializationData` or, if that is NULL too, the built-in reference KMD.
    pub pfnDriverEntry: Option<unsafe extern "C" fn(PDRIVER_OBJECT, PUNICODE_STRING) -> NTSTATUS>,
    /// A filled `DRIVER_INITIALIZATION_DATA` to use instead of calling a `DriverEntry`.
    pub pInitializationData: *const DRIVER_INITIALIZATION_DATA,
    /// The reference KMD's size for allocations without a descriptor; 0 means
    /// `WDDMSHIM_DEFAULT_ALLOCATION_SIZE`. Ignored for other KMDs.
    pub ReferenceDefaultAllocationSize: UINT64,
    /// How many segments the reference KMD reports (`pReferenceSegments` entries, at most
    /// `WDDMSHIM_MAX_SEGMENTS`); 0 means its default layout: 256 MiB of local video memory,
    /// 64 MiB of CPU-visible local video memory, a 256 MiB aperture. Ignored for other KMDs,
    /// which report their own.
    pub NumReferenceSegments: UINT,
    /// The reference KMD's segments, id 1 first (`NumReferenceSegments` entries).
    pub pReferenceSegments: *const WDDMSHIM_SEGMENT_DESC,
}

/// How to build a device. NULL where a description is optional means all defaults.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct WDDMSHIM_DEVICE_DESC {
    /// `WDDMSHIM_DESC_VERSION`.
    pub Version: UINT,
    /// The UMD's `D3D_UMD_INTERFACE_VERSION`: it decides which callbacks exist and whether
    /// `pfnAllocateCb` reads `pAllocationInfo2` (WDDM 2.0 and later) or `pAllocationInfo`.
    /// 0 means the header default (WDDM 3.0).
    pub UmdInterfaceVersion: UINT,
    /// The size of the caller's `D3DDDI_DEVICECALLBACKS` in bytes; the shim never writes past
    /// it. 0 means the size the interface version defines.
    pub CallbacksSize: UINT,
    /// Non-zero: `pfnAllocateCb` reads `pAllocationInfo2` (`D3DDDI_ALLOCATIONINFO2`), as the
    /// WDDM 2.x (D3D12-style) runtime does; needs `UmdInterfaceVersion` of WDDM 2.0 or later.
    /// Zero (the default): it reads `pAllocationInfo`, as the D3D9/10/11 runtimes do.
    pub UseAllocationInfo2: BOOL,
}

/// An escape the built-in reference KMD understands: private data starting with this 32-bit
/// value ("PING") comes back starting with `WDDMSHIM_REFERENCE_ESCAPE_PONG`.
pub const WDDMSHIM_REFERENCE_ESCAPE_PING: u32 = 0x474E_4950;

/// The reference KMD's answer to `WDDMSHIM_REFERENCE_ESCAPE_PING` ("PONG").
pub const WDDMSHIM_REFERENCE_ESCAPE_PONG: u32 = 0x474E_4F50;

/// The most segments an adapter may have (segment ids are 5 bits, 0 meaning none).
pub const WDDMSHIM_MAX_SEGMENTS: u32 = 31;

/// One segment of the reference KMD's layout.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_SEGMENT_DESC {
    /// Size in bytes: a non-zero multiple of 4096. Memory segments are backed by host memory
    /// reserved on first use, so a large segment costs nothing until written.
    pub Size: UINT64,
    /// Non-zero: the CPU can reach this memory segment directly (`DXGK_SEGMENTFLAGS.CpuVisible`).
    pub CpuVisible: BOOL,
    /// Non-zero: an aperture segment (address space over system memory), whose `CommitLimit`
    /// is its size.
    pub Aperture: BOOL,
}

/// Per-allocation private data the built-in reference KMD understands. Pass it as an
/// allocation's `pPrivateDriverData` (with `PrivateDriverDataSize` at least its size); other
/// private data is ignored by the reference KMD.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_REFERENCE_ALLOCATION {
    /// `WDDMSHIM_REFERENCE_ALLOCATION_MAGIC`.
    pub Magic: UINT,
    /// Alignment in bytes (0 or a power of two).
    pub Alignment: UINT,
    /// Size in bytes; 0 means the adapter's default size.
    pub Size: UINT64,
    /// Preferred segment id (1-based); 0 lets the KMD choose by `CpuVisible`.
    pub PreferredSegment: UINT,
    /// Non-zero when the CPU must be able to lock the allocation.
    pub CpuVisible: BOOL,
    /// Further preferred segment ids, in order after `PreferredSegment`; a 0 ends the list.
    pub FallbackSegments: [UINT; 4],
    /// The segments the allocation may live in (bit 0 = segment 1); 0 means every segment.
    pub SupportedSegments: UINT,
    /// The starting priority (`D3DDDI_ALLOCATIONPRIORITY_*` or any value); 0 means NORMAL.
    pub Priority: UINT,
    /// Extra `DXGK_ALLOCATIONINFOFLAGS` bits to report, such as `FromEndOfSegment`.
    pub AllocationFlags: UINT,
}

impl Default for WDDMSHIM_ADAPTER_DESC {
    /// All defaults: `Version` set, every other member zero or NULL.
    fn default() -> Self {
        WDDMSHIM_ADAPTER_DESC {
            Version: WDDMSHIM_DESC_VERSION,
            NumVidPnSources: 0,
            pDisplayModes: std::ptr::null(),
            pfnDriverEntry: None,
            pInitializationData: std::ptr::null(),
            ReferenceDefaultAllocationSize: 0,
            NumReferenceSegments: 0,
            pReferenceSegments: std::ptr::null(),
        }
    }
}

/// What `WddmShimCreateStandardAllocation` creates. Zero-initialise it, set `Version` and
/// `Type`, then the members that type uses.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WDDMSHIM_STANDARD_ALLOCATION_DESC {
    /// `WDDMSHIM_DESC_VERSION`.
    pub Version: UINT,
    /// A `D3DKMDT_STANDARDALLOCATION_TYPE`: `D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE`
    /// (1), `_SHADOWSURFACE` (2), `_STAGINGSURFACE` (3) or `_GDISURFACE` (4).
    pub Type: UINT,
    /// Width in pixels (1 to 16384).
    pub Width: UINT,
    /// Height in pixels (1 to 16384).
    pub Height: UINT,
    /// The pixel format (`D3DDDIFMT_*`) of a shared primary, shadow or GDI surface (not 0);
    /// ignored for a staging surface, which has none.
    pub Format: UINT,
    /// A shared primary's refresh rate, numerator (with `RefreshRateDenominator` not 0).
    pub RefreshRateNumerator: UINT,
    /// A shared primary's refresh rate, denominator.
    pub RefreshRateDenominator: UINT,
    /// A shared primary's VidPN source (below the adapter's `NumVidPnSources`).
    pub VidPnSourceId: UINT,
    /// A GDI surface's `D3DKMDT_GDISURFACETYPE` (1 to 8).
    pub GdiSurfaceType: UINT,
}
