//! Types of the WDK's `dispmprt.h`: `DRIVER_INITIALIZATION_DATA`, `DXGKRNL_INTERFACE`,
//! `DXGK_START_INFO` and the DDI / callback function-pointer types they hold.
use super::*;
#[allow(unused_imports)]
use core::ffi::c_void;

wdk! {

    /// `D3DKMDT_HVIDPN`.
    pub type D3DKMDT_HVIDPN = HANDLE;

    /// `PKSYNCHRONIZE_ROUTINE`.
    pub type PKSYNCHRONIZE_ROUTINE = Option<unsafe extern "C" fn(SynchronizeContext: PVOID) -> BOOLEAN>;

    /// `DXGKDDI_PROTECTED_CALLBACK`.
    pub type DXGKDDI_PROTECTED_CALLBACK = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, ProtectedCallbackContext: PVOID, ProtectionStatus: NTSTATUS)>;

    /// `MEMORY_CACHING_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type MEMORY_CACHING_TYPE = i32;

    /// `MmNonCached`.
    pub const MmNonCached: MEMORY_CACHING_TYPE = 0;

    /// `MmCached`.
    pub const MmCached: MEMORY_CACHING_TYPE = 1;

    /// `MmWriteCombined`.
    pub const MmWriteCombined: MEMORY_CACHING_TYPE = 2;

    /// `MmHardwareCoherentCached`.
    pub const MmHardwareCoherentCached: MEMORY_CACHING_TYPE = 3;

    /// `MmNonCachedUnordered`.
    pub const MmNonCachedUnordered: MEMORY_CACHING_TYPE = 4;

    /// `MmUSWCCached`.
    pub const MmUSWCCached: MEMORY_CACHING_TYPE = 5;

    /// `MmMaximumCacheType`.
    pub const MmMaximumCacheType: MEMORY_CACHING_TYPE = 6;

    /// `DXGK_EVENT_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_EVENT_TYPE = i32;

    /// `DxgkUndefinedEvent`.
    pub const DxgkUndefinedEvent: DXGK_EVENT_TYPE = 0;

    /// `DxgkAcpiEvent`.
    pub const DxgkAcpiEvent: DXGK_EVENT_TYPE = 1;

    /// `DxgkPowerStateEvent`.
    pub const DxgkPowerStateEvent: DXGK_EVENT_TYPE = 2;

    /// `DxgkDockingEvent`.
    pub const DxgkDockingEvent: DXGK_EVENT_TYPE = 3;

    /// `DxgkChainedAcpiEvent`.
    pub const DxgkChainedAcpiEvent: DXGK_EVENT_TYPE = 4;

    /// `DXGK_SURPRISE_REMOVAL_TYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_SURPRISE_REMOVAL_TYPE = i32;

    /// `DxgkRemovalHibernation`.
    pub const DxgkRemovalHibernation: DXGK_SURPRISE_REMOVAL_TYPE = 0;

    /// `DxgkRemovalPnPNotify`.
    pub const DxgkRemovalPnPNotify: DXGK_SURPRISE_REMOVAL_TYPE = 1;

    /// `DXGK_SERVICES` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_SERVICES = i32;

    /// `DxgkServicesAgp`.
    pub const DxgkServicesAgp: DXGK_SERVICES = 0;

    /// `DxgkServicesDebugReport`.
    pub const DxgkServicesDebugReport: DXGK_SERVICES = 1;

    /// `DxgkServicesTimedOperation`.
    pub const DxgkServicesTimedOperation: DXGK_SERVICES = 2;

    /// `DxgkServicesSPB`.
    pub const DxgkServicesSPB: DXGK_SERVICES = 3;

    /// `DxgkServicesBDD`.
    pub const DxgkServicesBDD: DXGK_SERVICES = 4;

    /// `DxgkServicesFirmwareTable`.
    pub const DxgkServicesFirmwareTable: DXGK_SERVICES = 5;

    /// `DxgkServicesIDD`.
    pub const DxgkServicesIDD: DXGK_SERVICES = 6;

    /// `DXGK_VIDPN_INTERFACE_VERSION` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_VIDPN_INTERFACE_VERSION = i32;

    /// `DXGK_VIDPN_INTERFACE_VERSION_UNINITIALIZED`.
    pub const DXGK_VIDPN_INTERFACE_VERSION_UNINITIALIZED: DXGK_VIDPN_INTERFACE_VERSION = 0;

    /// `DXGK_VIDPN_INTERFACE_VERSION_V1`.
    pub const DXGK_VIDPN_INTERFACE_VERSION_V1: DXGK_VIDPN_INTERFACE_VERSION = 1;

    /// `DXGK_MONITOR_INTERFACE_VERSION` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_MONITOR_INTERFACE_VERSION = i32;

    /// `DXGK_MONITOR_INTERFACE_VERSION_UNINITIALIZED`.
    pub const DXGK_MONITOR_INTERFACE_VERSION_UNINITIALIZED: DXGK_MONITOR_INTERFACE_VERSION = 0;

    /// `DXGK_MONITOR_INTERFACE_VERSION_V1`.
    pub const DXGK_MONITOR_INTERFACE_VERSION_V1: DXGK_MONITOR_INTERFACE_VERSION = 1;

    /// `DXGK_MONITOR_INTERFACE_VERSION_V2`.
    pub const DXGK_MONITOR_INTERFACE_VERSION_V2: DXGK_MONITOR_INTERFACE_VERSION = 2;

    /// `DXGK_INTERRUPT_STATE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_INTERRUPT_STATE = i32;

    /// `DXGK_INTERRUPT_ENABLE`.
    pub const DXGK_INTERRUPT_ENABLE: DXGK_INTERRUPT_STATE = 0;

    /// `DXGK_INTERRUPT_DISABLE`.
    pub const DXGK_INTERRUPT_DISABLE: DXGK_INTERRUPT_STATE = 1;

    /// `DXGK_CRTC_VSYNC_STATE` (a 32-bit enum: any value a driver passes is representable).
    pub type DXGK_CRTC_VSYNC_STATE = i32;

    /// `DXGK_VSYNC_ENABLE`.
    pub const DXGK_VSYNC_ENABLE: DXGK_CRTC_VSYNC_STATE = 0;

    /// `DXGK_VSYNC_DISABLE_KEEP_PHASE`.
    pub const DXGK_VSYNC_DISABLE_KEEP_PHASE: DXGK_CRTC_VSYNC_STATE = 1;

    /// `DXGK_VSYNC_DISABLE_NO_PHASE`.
    pub const DXGK_VSYNC_DISABLE_NO_PHASE: DXGK_CRTC_VSYNC_STATE = 2;

    /// Anonymous union of `DXGKARG_CONTROLINTERRUPT2`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_CONTROLINTERRUPT2_0 {
        /// `InterruptState`.
        pub InterruptState: DXGK_INTERRUPT_STATE,
        /// `CrtcVsyncState`.
        pub CrtcVsyncState: DXGK_CRTC_VSYNC_STATE,
    }

    /// `DXGKARG_CONTROLINTERRUPT2` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_CONTROLINTERRUPT2 {
        /// `InterruptType`.
        pub InterruptType: DXGK_INTERRUPT_TYPE,
        /// `Anonymous`.
        pub Anonymous: DXGKARG_CONTROLINTERRUPT2_0,
    }

    /// `DXGK_START_INFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_START_INFO {
        /// `RequiredDmaQueueEntry`.
        pub RequiredDmaQueueEntry: ULONG,
        /// `AdapterGuid`.
        pub AdapterGuid: GUID,
        /// `AdapterLuid`.
        pub AdapterLuid: LUID,
    }

    /// Pointer to [`DXGK_START_INFO`].
    pub type PDXGK_START_INFO = *mut DXGK_START_INFO;



    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct ACPI_EVAL_OUTPUT_BUFFER {
        _private: [u8; 0],
    }

    /// Pointer to [`ACPI_EVAL_OUTPUT_BUFFER`].
    pub type PACPI_EVAL_OUTPUT_BUFFER = *mut ACPI_EVAL_OUTPUT_BUFFER;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_ALLOCATEADL {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_ALLOCATECONTIGUOUSMEMORY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_ALLOCATEPAGESFORMDL {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_CLOSEPHYSICALMEMORYOBJECT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_CREATECONTEXTALLOCATION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_CREATEPHYSICALMEMORYOBJECT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_DESTROYPHYSICALMEMORYOBJECT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_FREEADL {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_FREECONTIGUOUSMEMORY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_FREEPAGESFROMMDL {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_GETCAPTUREADDRESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_INVALIDATEHWCONTEXT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_ISFEATUREENABLED {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_MAPCONTEXTALLOCATION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_MAPFRAMEBUFFERPOINTER {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_MAPMDLTOIOMMU {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_MAPPHYSICALMEMORY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_NOTIFYCURSORSUPPORTCHANGE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_OPENPHYSICALMEMORYOBJECT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_PINFRAMEBUFFERFORSAVE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_PINFRAMEBUFFERFORSAVE2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_QUERYFEATURESUPPORT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_REPORT_DIAGNOSTIC {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_RESERVEGPUVIRTUALADDRESSRANGE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_SAVEMEMORYFORHOTUPDATE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_SETPROTECTEDSESSIONSTATUS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_SIGNALEVENT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_UNMAPFRAMEBUFFERPOINTER {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_UNMAPMDLFROMIOMMU {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_UNMAPPHYSICALMEMORY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_UNPINFRAMEBUFFERFORSAVE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARGCB_UPDATECONTEXTALLOCATION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_ACQUIRESWIZZLINGRANGE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_BEGINEXCLUSIVEACCESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CALIBRATEGPUCLOCK {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CANCELCOMMAND {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CANCELFLIPS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CANCELQUEUEDFLIPS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CHECKMULTIPLANEOVERLAYSUPPORT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CHECKMULTIPLANEOVERLAYSUPPORT2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CHECKMULTIPLANEOVERLAYSUPPORT3 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_COLLECTDBGINFO {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_COLLECTDIAGNOSTICINFO {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_COMMITVIDPN {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CONTROLDIAGNOSTICREPORTING {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CONTROLINTERRUPT3 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CONTROLMODEBEHAVIOR {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CREATECPUEVENT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CREATEHWCONTEXT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CREATEHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CREATEOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CREATEPERIODICFRAMENOTIFICATION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CREATEPROCESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_CREATEPROTECTEDSESSION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_DESTROYCPUEVENT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_DESTROYPERIODICFRAMENOTIFICATION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_DESTROYPROTECTEDSESSION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_DISPLAYDETECTCONTROL {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_ENDEXCLUSIVEACCESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_ENUMVIDPNCOFUNCMODALITY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_FLIPOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_FORMATHISTORYBUFFER {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_GETMULTIPLANEOVERLAYCAPS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_GETNODEMETADATA {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_GETPOSTCOMPOSITIONCAPS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_GETROOTPAGETABLESIZE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_GETSCANLINE {
        _private: [u8; 0],
    }

    /// The anonymous union of `DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA`: the description of the
    /// standard allocation `StandardAllocationType` names.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA_0 {
        /// `pCreateSharedPrimarySurfaceData`.
        pub pCreateSharedPrimarySurfaceData: *mut D3DKMDT_SHAREDPRIMARYSURFACEDATA,
        /// `pCreateShadowSurfaceData`.
        pub pCreateShadowSurfaceData: *mut D3DKMDT_SHADOWSURFACEDATA,
        /// `pCreateStagingSurfaceData`.
        pub pCreateStagingSurfaceData: *mut D3DKMDT_STAGINGSURFACEDATA,
        /// `pCreateGdiSurfaceData`.
        pub pCreateGdiSurfaceData: *mut D3DKMDT_GDISURFACEDATA,
        /// `pCreateVirtualGpuSurfaceData`.
        pub pCreateVirtualGpuSurfaceData: *mut c_void,
    }

    /// `DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA`: what `DxgkDdiGetStandardAllocationDriverData`
    /// receives.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA {
        /// `StandardAllocationType`.
        pub StandardAllocationType: D3DKMDT_STANDARDALLOCATION_TYPE,
        /// The surface description.
        pub Anonymous: DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA_0,
        /// `pAllocationPrivateDriverData`: NULL to ask for the size, else the KMD fills it.
        pub pAllocationPrivateDriverData: *mut c_void,
        /// `AllocationPrivateDriverDataSize`.
        pub AllocationPrivateDriverDataSize: UINT,
        /// `pResourcePrivateDriverData`.
        pub pResourcePrivateDriverData: *mut c_void,
        /// `ResourcePrivateDriverDataSize`.
        pub ResourcePrivateDriverDataSize: UINT,
        /// `PhysicalAdapterIndex`.
        pub PhysicalAdapterIndex: UINT,
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_ISSUPPORTEDVIDPN {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_MAPCPUHOSTAPERTURE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_NOTIFYFOCUSPRESENT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_POSTMULTIPLANEOVERLAYPRESENT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_PREEMPTCOMMAND {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_PRESENT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_PRESENTTOHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_QUERYCONNECTIONCHANGE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_QUERYCURRENTFENCE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_QUERYDEPENDENTENGINEGROUP {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_QUERYDIAGNOSTICTYPESSUPPORT {
        _private: [u8; 0],
    }

    /// `DXGKARG_QUERYENGINESTATUS`: what `DxgkDdiQueryEngineStatus` receives (WDDM 1.2).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default)]
    pub struct DXGKARG_QUERYENGINESTATUS {
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineOrdinal`.
        pub EngineOrdinal: UINT,
        /// `EngineStatus`.
        pub EngineStatus: DXGK_ENGINESTATUS,
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_QUERYVIDPNHWCAPABILITY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RECOMMENDFUNCTIONALVIDPN {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RECOMMENDMONITORMODES {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RECOMMENDVIDPNTOPOLOGY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RELEASESWIZZLINGRANGE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RENDERGDI {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RESETENGINE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RESETHWENGINE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RESTOREMEMORYFORHOTUPDATE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RESUMECONTEXT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_RESUMEHWENGINE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SAVEMEMORYFORHOTUPDATE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETALLOCATIONBACKINGSTORE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETCONTEXTSCHEDULINGPROPERTIES {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETDISPLAYPRIVATEDRIVERFORMAT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETFLIPQUEUELOGBUFFER {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETINTERRUPTTARGETPRESENTID {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETPALETTE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETPOINTERPOSITION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETPOINTERSHAPE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETROOTPAGETABLE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETSCHEDULINGLOGBUFFER {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETSTABLEPOWERSTATE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETTARGETADJUSTEDCOLORIMETRY2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETTARGETANALOGCOPYPROTECTION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETTARGETCONTENTTYPE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETTARGETGAMMA {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETTIMINGSFROMVIDPN {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETTRACKEDWORKLOADPOWERLEVEL {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETUPPRIORITYBANDS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETVIDEOPROTECTEDREGION {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETVIDPNSOURCEADDRESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY3 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETVIDPNSOURCEVISIBILITY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SETVIRTUALMACHINEDATA {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SIGNALMONITOREDFENCE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_STOPCAPTURE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SUBMITCOMMANDTOHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SUBMITCOMMANDVIRTUAL {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SUSPENDCONTEXT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SWITCHTOHWCONTEXTLIST {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_SYSTEM_DISPLAY_ENABLE_FLAGS {
        _private: [u8; 0],
    }

    /// Pointer to [`DXGKARG_SYSTEM_DISPLAY_ENABLE_FLAGS`].
    pub type PDXGKARG_SYSTEM_DISPLAY_ENABLE_FLAGS = *mut DXGKARG_SYSTEM_DISPLAY_ENABLE_FLAGS;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_UNMAPCPUHOSTAPERTURE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_UPDATEACTIVEVIDPNPRESENTPATH {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_UPDATEFLIPQUEUELOG {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_UPDATEHWCONTEXTSTATE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_UPDATEMONITORLINKINFO {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_UPDATEOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_VALIDATESUBMITCOMMAND {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGKARG_VALIDATEUPDATEALLOCATIONPROPERTY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_CHILD_CONTAINER_ID {
        _private: [u8; 0],
    }

    /// Pointer to [`DXGK_CHILD_CONTAINER_ID`].
    pub type PDXGK_CHILD_CONTAINER_ID = *mut DXGK_CHILD_CONTAINER_ID;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_CHILD_DESCRIPTOR {
        _private: [u8; 0],
    }

    /// Pointer to [`DXGK_CHILD_DESCRIPTOR`].
    pub type PDXGK_CHILD_DESCRIPTOR = *mut DXGK_CHILD_DESCRIPTOR;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_CHILD_STATUS {
        _private: [u8; 0],
    }

    /// Pointer to [`DXGK_CHILD_STATUS`].
    pub type PDXGK_CHILD_STATUS = *mut DXGK_CHILD_STATUS;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_COLORIMETRY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_DEVICE_DESCRIPTOR {
        _private: [u8; 0],
    }

    /// Pointer to [`DXGK_DEVICE_DESCRIPTOR`].
    pub type PDXGK_DEVICE_DESCRIPTOR = *mut DXGK_DEVICE_DESCRIPTOR;

    /// `DISPLAY_ADAPTER_HW_ID` (video.h): the ChildUid naming the display adapter itself.
    pub const DISPLAY_ADAPTER_HW_ID: ULONG = 0xFFFF_FFFF;

    /// `DOCKING_STATE` (a 32-bit enum: any value a driver passes is representable).
    pub type DOCKING_STATE = i32;
    /// `DockStateUnsupported`.
    pub const DockStateUnsupported: DOCKING_STATE = 0;
    /// `DockStateUnDocked`.
    pub const DockStateUnDocked: DOCKING_STATE = 1;
    /// `DockStateDocked`.
    pub const DockStateDocked: DOCKING_STATE = 2;
    /// `DockStateUnknown`.
    pub const DockStateUnknown: DOCKING_STATE = 3;

    /// `DXGK_DEVICE_INFO`: what `DxgkCbGetDeviceInformation` answers.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGK_DEVICE_INFO {
        /// `MiniportDeviceContext`: what the KMD's `DxgkDdiAddDevice` returned.
        pub MiniportDeviceContext: PVOID,
        /// `PhysicalDeviceObject`: the one `DxgkDdiAddDevice` received.
        pub PhysicalDeviceObject: PDEVICE_OBJECT,
        /// `DeviceRegistryPath`.
        pub DeviceRegistryPath: UNICODE_STRING,
        /// `TranslatedResourceList`.
        pub TranslatedResourceList: PCM_RESOURCE_LIST,
        /// `SystemMemorySize`.
        pub SystemMemorySize: LARGE_INTEGER,
        /// `HighestPhysicalAddress`.
        pub HighestPhysicalAddress: PHYSICAL_ADDRESS,
        /// `AgpApertureBase`.
        pub AgpApertureBase: PHYSICAL_ADDRESS,
        /// `AgpApertureSize`.
        pub AgpApertureSize: SIZE_T,
        /// `DockingState`.
        pub DockingState: DOCKING_STATE,
    }

    /// Pointer to [`DXGK_DEVICE_INFO`].
    pub type PDXGK_DEVICE_INFO = *mut DXGK_DEVICE_INFO;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_DISPLAY_INFORMATION {
        _private: [u8; 0],
    }

    /// Pointer to [`DXGK_DISPLAY_INFORMATION`].
    pub type PDXGK_DISPLAY_INFORMATION = *mut DXGK_DISPLAY_INFORMATION;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_DISPLAY_OWNERSHIP_FLAGS {
        _private: [u8; 0],
    }

    /// Pointer to [`DXGK_DISPLAY_OWNERSHIP_FLAGS`].
    pub type PDXGK_DISPLAY_OWNERSHIP_FLAGS = *mut DXGK_DISPLAY_OWNERSHIP_FLAGS;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_MONITOR_INTERFACE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_PRE_START_INFO {
        _private: [u8; 0],
    }

    /// Pointer to [`DXGK_PRE_START_INFO`].
    pub type PDXGK_PRE_START_INFO = *mut DXGK_PRE_START_INFO;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_SEGMENTMEMORYSTATE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct DXGK_VIDPN_INTERFACE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct LINKED_DEVICE {
        _private: [u8; 0],
    }

    /// Pointer to [`LINKED_DEVICE`].
    pub type PLINKED_DEVICE = *mut LINKED_DEVICE;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct PCI_DEVICE_PRESENCE_PARAMETERS {
        _private: [u8; 0],
    }

    /// Pointer to [`PCI_DEVICE_PRESENCE_PARAMETERS`].
    pub type PPCI_DEVICE_PRESENCE_PARAMETERS = *mut PCI_DEVICE_PRESENCE_PARAMETERS;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct QUERY_INTERFACE {
        _private: [u8; 0],
    }

    /// Pointer to [`QUERY_INTERFACE`].
    pub type PQUERY_INTERFACE = *mut QUERY_INTERFACE;

    /// `PDXGKDDI_ADD_DEVICE`: pointer to the WDK's `DXGKDDI_ADD_DEVICE`.
    pub type PDXGKDDI_ADD_DEVICE = Option<unsafe extern "C" fn(PhysicalDeviceObject: PDEVICE_OBJECT, MiniportDeviceContext: *mut PVOID) -> NTSTATUS>;

    /// `PDXGKDDI_START_DEVICE`: pointer to the WDK's `DXGKDDI_START_DEVICE`.
    pub type PDXGKDDI_START_DEVICE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, DxgkStartInfo: PDXGK_START_INFO, DxgkInterface: PDXGKRNL_INTERFACE, NumberOfVideoPresentSources: PULONG, NumberOfChildren: PULONG) -> NTSTATUS>;

    /// `PDXGKDDI_STOP_DEVICE`: pointer to the WDK's `DXGKDDI_STOP_DEVICE`.
    pub type PDXGKDDI_STOP_DEVICE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID) -> NTSTATUS>;

    /// `PDXGKDDI_REMOVE_DEVICE`: pointer to the WDK's `DXGKDDI_REMOVE_DEVICE`.
    pub type PDXGKDDI_REMOVE_DEVICE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID) -> NTSTATUS>;

    /// `PDXGKDDI_DISPATCH_IO_REQUEST`: pointer to the WDK's `DXGKDDI_DISPATCH_IO_REQUEST`.
    pub type PDXGKDDI_DISPATCH_IO_REQUEST = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, VidPnSourceId: ULONG, VideoRequestPacket: PVIDEO_REQUEST_PACKET) -> NTSTATUS>;

    /// `PDXGKDDI_INTERRUPT_ROUTINE`: pointer to the WDK's `DXGKDDI_INTERRUPT_ROUTINE`.
    pub type PDXGKDDI_INTERRUPT_ROUTINE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, MessageNumber: ULONG) -> BOOLEAN>;

    /// `PDXGKDDI_DPC_ROUTINE`: pointer to the WDK's `DXGKDDI_DPC_ROUTINE`.
    pub type PDXGKDDI_DPC_ROUTINE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID)>;

    /// `PDXGKDDI_QUERY_CHILD_RELATIONS`: pointer to the WDK's `DXGKDDI_QUERY_CHILD_RELATIONS`.
    pub type PDXGKDDI_QUERY_CHILD_RELATIONS = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, ChildRelations: PDXGK_CHILD_DESCRIPTOR, ChildRelationsSize: ULONG) -> NTSTATUS>;

    /// `PDXGKDDI_QUERY_CHILD_STATUS`: pointer to the WDK's `DXGKDDI_QUERY_CHILD_STATUS`.
    pub type PDXGKDDI_QUERY_CHILD_STATUS = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, ChildStatus: PDXGK_CHILD_STATUS, NonDestructiveOnly: BOOLEAN) -> NTSTATUS>;

    /// `PDXGKDDI_QUERY_DEVICE_DESCRIPTOR`: pointer to the WDK's `DXGKDDI_QUERY_DEVICE_DESCRIPTOR`.
    pub type PDXGKDDI_QUERY_DEVICE_DESCRIPTOR = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, ChildUid: ULONG, DeviceDescriptor: PDXGK_DEVICE_DESCRIPTOR) -> NTSTATUS>;

    /// `PDXGKDDI_SET_POWER_STATE`: pointer to the WDK's `DXGKDDI_SET_POWER_STATE`.
    pub type PDXGKDDI_SET_POWER_STATE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, DeviceUid: ULONG, DevicePowerState: DEVICE_POWER_STATE, ActionType: POWER_ACTION) -> NTSTATUS>;

    /// `PDXGKDDI_NOTIFY_ACPI_EVENT`: pointer to the WDK's `DXGKDDI_NOTIFY_ACPI_EVENT`.
    pub type PDXGKDDI_NOTIFY_ACPI_EVENT = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, EventType: DXGK_EVENT_TYPE, Event: ULONG, Argument: PVOID, AcpiFlags: PULONG) -> NTSTATUS>;

    /// `PDXGKDDI_RESET_DEVICE`: pointer to the WDK's `DXGKDDI_RESET_DEVICE`.
    pub type PDXGKDDI_RESET_DEVICE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID)>;

    /// `PDXGKDDI_UNLOAD`: pointer to the WDK's `DXGKDDI_UNLOAD`.
    pub type PDXGKDDI_UNLOAD = Option<unsafe extern "C" fn()>;

    /// `PDXGKDDI_QUERY_INTERFACE`: pointer to the WDK's `DXGKDDI_QUERY_INTERFACE`.
    pub type PDXGKDDI_QUERY_INTERFACE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, QueryInterface: PQUERY_INTERFACE) -> NTSTATUS>;

    /// `PDXGKDDI_CONTROL_ETW_LOGGING`: pointer to the WDK's `DXGKDDI_CONTROL_ETW_LOGGING`.
    pub type PDXGKDDI_CONTROL_ETW_LOGGING = Option<unsafe extern "C" fn(Enable: BOOLEAN, Flags: ULONG, Level: UCHAR)>;

    /// `PDXGKDDI_QUERYADAPTERINFO`: pointer to the WDK's `DXGKDDI_QUERYADAPTERINFO`.
    pub type PDXGKDDI_QUERYADAPTERINFO = Option<unsafe extern "C" fn(hAdapter: HANDLE, pQueryAdapterInfo: *const DXGKARG_QUERYADAPTERINFO) -> NTSTATUS>;

    /// `PDXGKDDI_CREATEDEVICE`: pointer to the WDK's `DXGKDDI_CREATEDEVICE`.
    pub type PDXGKDDI_CREATEDEVICE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCreateDevice: *mut DXGKARG_CREATEDEVICE) -> NTSTATUS>;

    /// `PDXGKDDI_CREATEALLOCATION`: pointer to the WDK's `DXGKDDI_CREATEALLOCATION`.
    pub type PDXGKDDI_CREATEALLOCATION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCreateAllocation: *mut DXGKARG_CREATEALLOCATION) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYALLOCATION`: pointer to the WDK's `DXGKDDI_DESTROYALLOCATION`.
    pub type PDXGKDDI_DESTROYALLOCATION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pDestroyAllocation: *const DXGKARG_DESTROYALLOCATION) -> NTSTATUS>;

    /// `PDXGKDDI_DESCRIBEALLOCATION`: pointer to the WDK's `DXGKDDI_DESCRIBEALLOCATION`.
    pub type PDXGKDDI_DESCRIBEALLOCATION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pDescribeAllocation: *mut DXGKARG_DESCRIBEALLOCATION) -> NTSTATUS>;

    /// `PDXGKDDI_GETSTANDARDALLOCATIONDRIVERDATA`: pointer to the WDK's `DXGKDDI_GETSTANDARDALLOCATIONDRIVERDATA`.
    pub type PDXGKDDI_GETSTANDARDALLOCATIONDRIVERDATA = Option<unsafe extern "C" fn(hAdapter: HANDLE, pGetStandardAllocationDriverData: *mut DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA) -> NTSTATUS>;

    /// `PDXGKDDI_ACQUIRESWIZZLINGRANGE`: pointer to the WDK's `DXGKDDI_ACQUIRESWIZZLINGRANGE`.
    pub type PDXGKDDI_ACQUIRESWIZZLINGRANGE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pAcquireSwizzlingRange: *mut DXGKARG_ACQUIRESWIZZLINGRANGE) -> NTSTATUS>;

    /// `PDXGKDDI_RELEASESWIZZLINGRANGE`: pointer to the WDK's `DXGKDDI_RELEASESWIZZLINGRANGE`.
    pub type PDXGKDDI_RELEASESWIZZLINGRANGE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pReleaseSwizzlingRange: *const DXGKARG_RELEASESWIZZLINGRANGE) -> NTSTATUS>;

    /// `PDXGKDDI_PATCH`: pointer to the WDK's `DXGKDDI_PATCH`.
    pub type PDXGKDDI_PATCH = Option<unsafe extern "C" fn(hAdapter: HANDLE, pPatch: *const DXGKARG_PATCH) -> NTSTATUS>;

    /// `PDXGKDDI_SUBMITCOMMAND`: pointer to the WDK's `DXGKDDI_SUBMITCOMMAND`.
    pub type PDXGKDDI_SUBMITCOMMAND = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSubmitCommand: *const DXGKARG_SUBMITCOMMAND) -> NTSTATUS>;

    /// `PDXGKDDI_PREEMPTCOMMAND`: pointer to the WDK's `DXGKDDI_PREEMPTCOMMAND`.
    pub type PDXGKDDI_PREEMPTCOMMAND = Option<unsafe extern "C" fn(hAdapter: HANDLE, pPreemptCommand: *const DXGKARG_PREEMPTCOMMAND) -> NTSTATUS>;

    /// `PDXGKDDI_BUILDPAGINGBUFFER`: pointer to the WDK's `DXGKDDI_BUILDPAGINGBUFFER`.
    pub type PDXGKDDI_BUILDPAGINGBUFFER = Option<unsafe extern "C" fn(hAdapter: HANDLE, pBuildPagingBuffer: *mut DXGKARG_BUILDPAGINGBUFFER) -> NTSTATUS>;

    /// `PDXGKDDI_SETPALETTE`: pointer to the WDK's `DXGKDDI_SETPALETTE`.
    pub type PDXGKDDI_SETPALETTE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetPalette: *const DXGKARG_SETPALETTE) -> NTSTATUS>;

    /// `PDXGKDDI_SETPOINTERPOSITION`: pointer to the WDK's `DXGKDDI_SETPOINTERPOSITION`.
    pub type PDXGKDDI_SETPOINTERPOSITION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetPointerPosition: *const DXGKARG_SETPOINTERPOSITION) -> NTSTATUS>;

    /// `PDXGKDDI_SETPOINTERSHAPE`: pointer to the WDK's `DXGKDDI_SETPOINTERSHAPE`.
    pub type PDXGKDDI_SETPOINTERSHAPE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetPointerShape: *const DXGKARG_SETPOINTERSHAPE) -> NTSTATUS>;

    /// `PDXGKDDI_RESETFROMTIMEOUT`: pointer to the WDK's `DXGKDDI_RESETFROMTIMEOUT`.
    pub type PDXGKDDI_RESETFROMTIMEOUT = Option<unsafe extern "C" fn(hAdapter: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_RESTARTFROMTIMEOUT`: pointer to the WDK's `DXGKDDI_RESTARTFROMTIMEOUT`.
    pub type PDXGKDDI_RESTARTFROMTIMEOUT = Option<unsafe extern "C" fn(hAdapter: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_ESCAPE`: pointer to the WDK's `DXGKDDI_ESCAPE`.
    pub type PDXGKDDI_ESCAPE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pEscape: *const DXGKARG_ESCAPE) -> NTSTATUS>;

    /// `PDXGKDDI_COLLECTDBGINFO`: pointer to the WDK's `DXGKDDI_COLLECTDBGINFO`.
    pub type PDXGKDDI_COLLECTDBGINFO = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCollectDbgInfo: *const DXGKARG_COLLECTDBGINFO) -> NTSTATUS>;

    /// `PDXGKDDI_QUERYCURRENTFENCE`: pointer to the WDK's `DXGKDDI_QUERYCURRENTFENCE`.
    pub type PDXGKDDI_QUERYCURRENTFENCE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCurrentFence: *mut DXGKARG_QUERYCURRENTFENCE) -> NTSTATUS>;

    /// `PDXGKDDI_ISSUPPORTEDVIDPN`: pointer to the WDK's `DXGKDDI_ISSUPPORTEDVIDPN`.
    pub type PDXGKDDI_ISSUPPORTEDVIDPN = Option<unsafe extern "C" fn(hAdapter: HANDLE, pIsSupportedVidPn: *mut DXGKARG_ISSUPPORTEDVIDPN) -> NTSTATUS>;

    /// `PDXGKDDI_RECOMMENDFUNCTIONALVIDPN`: pointer to the WDK's `DXGKDDI_RECOMMENDFUNCTIONALVIDPN`.
    pub type PDXGKDDI_RECOMMENDFUNCTIONALVIDPN = Option<unsafe extern "C" fn(hAdapter: HANDLE, pRecommendFunctionalVidPn: *const DXGKARG_RECOMMENDFUNCTIONALVIDPN) -> NTSTATUS>;

    /// `PDXGKDDI_ENUMVIDPNCOFUNCMODALITY`: pointer to the WDK's `DXGKDDI_ENUMVIDPNCOFUNCMODALITY`.
    pub type PDXGKDDI_ENUMVIDPNCOFUNCMODALITY = Option<unsafe extern "C" fn(hAdapter: HANDLE, pEnumCofuncModality: *const DXGKARG_ENUMVIDPNCOFUNCMODALITY) -> NTSTATUS>;

    /// `PDXGKDDI_SETVIDPNSOURCEADDRESS`: pointer to the WDK's `DXGKDDI_SETVIDPNSOURCEADDRESS`.
    pub type PDXGKDDI_SETVIDPNSOURCEADDRESS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetVidPnSourceAddress: *const DXGKARG_SETVIDPNSOURCEADDRESS) -> NTSTATUS>;

    /// `PDXGKDDI_SETVIDPNSOURCEVISIBILITY`: pointer to the WDK's `DXGKDDI_SETVIDPNSOURCEVISIBILITY`.
    pub type PDXGKDDI_SETVIDPNSOURCEVISIBILITY = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetVidPnSourceVisibility: *const DXGKARG_SETVIDPNSOURCEVISIBILITY) -> NTSTATUS>;

    /// `PDXGKDDI_COMMITVIDPN`: pointer to the WDK's `DXGKDDI_COMMITVIDPN`.
    pub type PDXGKDDI_COMMITVIDPN = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCommitVidPn: *const DXGKARG_COMMITVIDPN) -> NTSTATUS>;

    /// `PDXGKDDI_UPDATEACTIVEVIDPNPRESENTPATH`: pointer to the WDK's `DXGKDDI_UPDATEACTIVEVIDPNPRESENTPATH`.
    pub type PDXGKDDI_UPDATEACTIVEVIDPNPRESENTPATH = Option<unsafe extern "C" fn(hAdapter: HANDLE, pUpdateActiveVidPnPresentPath: *const DXGKARG_UPDATEACTIVEVIDPNPRESENTPATH) -> NTSTATUS>;

    /// `PDXGKDDI_RECOMMENDMONITORMODES`: pointer to the WDK's `DXGKDDI_RECOMMENDMONITORMODES`.
    pub type PDXGKDDI_RECOMMENDMONITORMODES = Option<unsafe extern "C" fn(hAdapter: HANDLE, pRecommendMonitorModes: *const DXGKARG_RECOMMENDMONITORMODES) -> NTSTATUS>;

    /// `PDXGKDDI_RECOMMENDVIDPNTOPOLOGY`: pointer to the WDK's `DXGKDDI_RECOMMENDVIDPNTOPOLOGY`.
    pub type PDXGKDDI_RECOMMENDVIDPNTOPOLOGY = Option<unsafe extern "C" fn(hAdapter: HANDLE, pRecommendVidPnTopology: *const DXGKARG_RECOMMENDVIDPNTOPOLOGY) -> NTSTATUS>;

    /// `PDXGKDDI_GETSCANLINE`: pointer to the WDK's `DXGKDDI_GETSCANLINE`.
    pub type PDXGKDDI_GETSCANLINE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pGetScanLine: *mut DXGKARG_GETSCANLINE) -> NTSTATUS>;

    /// `PDXGKDDI_STOPCAPTURE`: pointer to the WDK's `DXGKDDI_STOPCAPTURE`.
    pub type PDXGKDDI_STOPCAPTURE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pStopCapture: *const DXGKARG_STOPCAPTURE) -> NTSTATUS>;

    /// `PDXGKDDI_CONTROLINTERRUPT`: pointer to the WDK's `DXGKDDI_CONTROLINTERRUPT`.
    pub type PDXGKDDI_CONTROLINTERRUPT = Option<unsafe extern "C" fn(hAdapter: HANDLE, InterruptType: DXGK_INTERRUPT_TYPE, EnableInterrupt: BOOLEAN) -> NTSTATUS>;

    /// `PDXGKDDI_CREATEOVERLAY`: pointer to the WDK's `DXGKDDI_CREATEOVERLAY`.
    pub type PDXGKDDI_CREATEOVERLAY = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCreateOverlay: *mut DXGKARG_CREATEOVERLAY) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYDEVICE`: pointer to the WDK's `DXGKDDI_DESTROYDEVICE`.
    pub type PDXGKDDI_DESTROYDEVICE = Option<unsafe extern "C" fn(hDevice: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_OPENALLOCATIONINFO`: pointer to the WDK's `DXGKDDI_OPENALLOCATIONINFO`.
    pub type PDXGKDDI_OPENALLOCATIONINFO = Option<unsafe extern "C" fn(hDevice: HANDLE, pOpenAllocation: *const DXGKARG_OPENALLOCATION) -> NTSTATUS>;

    /// `PDXGKDDI_CLOSEALLOCATION`: pointer to the WDK's `DXGKDDI_CLOSEALLOCATION`.
    pub type PDXGKDDI_CLOSEALLOCATION = Option<unsafe extern "C" fn(hDevice: HANDLE, pCloseAllocation: *const DXGKARG_CLOSEALLOCATION) -> NTSTATUS>;

    /// `PDXGKDDI_RENDER`: pointer to the WDK's `DXGKDDI_RENDER`.
    pub type PDXGKDDI_RENDER = Option<unsafe extern "C" fn(hContext: HANDLE, pRender: *mut DXGKARG_RENDER) -> NTSTATUS>;

    /// `PDXGKDDI_PRESENT`: pointer to the WDK's `DXGKDDI_PRESENT`.
    pub type PDXGKDDI_PRESENT = Option<unsafe extern "C" fn(hContext: HANDLE, pPresent: *mut DXGKARG_PRESENT) -> NTSTATUS>;

    /// `PDXGKDDI_UPDATEOVERLAY`: pointer to the WDK's `DXGKDDI_UPDATEOVERLAY`.
    pub type PDXGKDDI_UPDATEOVERLAY = Option<unsafe extern "C" fn(hOverlay: HANDLE, pUpdateOverlay: *const DXGKARG_UPDATEOVERLAY) -> NTSTATUS>;

    /// `PDXGKDDI_FLIPOVERLAY`: pointer to the WDK's `DXGKDDI_FLIPOVERLAY`.
    pub type PDXGKDDI_FLIPOVERLAY = Option<unsafe extern "C" fn(hOverlay: HANDLE, pFlipOverlay: *const DXGKARG_FLIPOVERLAY) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYOVERLAY`: pointer to the WDK's `DXGKDDI_DESTROYOVERLAY`.
    pub type PDXGKDDI_DESTROYOVERLAY = Option<unsafe extern "C" fn(hOverlay: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_CREATECONTEXT`: pointer to the WDK's `DXGKDDI_CREATECONTEXT`.
    pub type PDXGKDDI_CREATECONTEXT = Option<unsafe extern "C" fn(hDevice: HANDLE, pCreateContext: *mut DXGKARG_CREATECONTEXT) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYCONTEXT`: pointer to the WDK's `DXGKDDI_DESTROYCONTEXT`.
    pub type PDXGKDDI_DESTROYCONTEXT = Option<unsafe extern "C" fn(hContext: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_LINK_DEVICE`: pointer to the WDK's `DXGKDDI_LINK_DEVICE`.
    pub type PDXGKDDI_LINK_DEVICE = Option<unsafe extern "C" fn(PhysicalDeviceObject: PDEVICE_OBJECT, MiniportDeviceContext: PVOID, LinkedDevice: PLINKED_DEVICE) -> NTSTATUS>;

    /// `PDXGKDDI_SETDISPLAYPRIVATEDRIVERFORMAT`: pointer to the WDK's `DXGKDDI_SETDISPLAYPRIVATEDRIVERFORMAT`.
    pub type PDXGKDDI_SETDISPLAYPRIVATEDRIVERFORMAT = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetDisplayPrivateDriverFormat: *mut DXGKARG_SETDISPLAYPRIVATEDRIVERFORMAT) -> NTSTATUS>;

    /// `PDXGKDDI_QUERYVIDPNHWCAPABILITY`: pointer to the WDK's `DXGKDDI_QUERYVIDPNHWCAPABILITY`.
    pub type PDXGKDDI_QUERYVIDPNHWCAPABILITY = Option<unsafe extern "C" fn(i_hAdapter: HANDLE, io_pVidPnHWCaps: *mut DXGKARG_QUERYVIDPNHWCAPABILITY) -> NTSTATUS>;

    /// `PDXGKDDISETPOWERCOMPONENTFSTATE`: pointer to the WDK's `DXGKDDISETPOWERCOMPONENTFSTATE`.
    pub type PDXGKDDISETPOWERCOMPONENTFSTATE = Option<unsafe extern "C" fn(DriverContext: HANDLE, ComponentIndex: UINT, FState: UINT) -> NTSTATUS>;

    /// `PDXGKDDI_QUERYDEPENDENTENGINEGROUP`: pointer to the WDK's `DXGKDDI_QUERYDEPENDENTENGINEGROUP`.
    pub type PDXGKDDI_QUERYDEPENDENTENGINEGROUP = Option<unsafe extern "C" fn(hAdapter: HANDLE, pQueryDependentEngineGroup: *mut DXGKARG_QUERYDEPENDENTENGINEGROUP) -> NTSTATUS>;

    /// `PDXGKDDI_QUERYENGINESTATUS`: pointer to the WDK's `DXGKDDI_QUERYENGINESTATUS`.
    pub type PDXGKDDI_QUERYENGINESTATUS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pQueryEngineStatus: *mut DXGKARG_QUERYENGINESTATUS) -> NTSTATUS>;

    /// `PDXGKDDI_RESETENGINE`: pointer to the WDK's `DXGKDDI_RESETENGINE`.
    pub type PDXGKDDI_RESETENGINE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pResetEngine: *mut DXGKARG_RESETENGINE) -> NTSTATUS>;

    /// `PDXGKDDI_STOP_DEVICE_AND_RELEASE_POST_DISPLAY_OWNERSHIP`: pointer to the WDK's `DXGKDDI_STOP_DEVICE_AND_RELEASE_POST_DISPLAY_OWNERSHIP`.
    pub type PDXGKDDI_STOP_DEVICE_AND_RELEASE_POST_DISPLAY_OWNERSHIP = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, TargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID, DisplayInfo: PDXGK_DISPLAY_INFORMATION) -> NTSTATUS>;

    /// `PDXGKDDI_SYSTEM_DISPLAY_ENABLE`: pointer to the WDK's `DXGKDDI_SYSTEM_DISPLAY_ENABLE`.
    pub type PDXGKDDI_SYSTEM_DISPLAY_ENABLE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, TargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID, Flags: PDXGKARG_SYSTEM_DISPLAY_ENABLE_FLAGS, Width: *mut UINT, Height: *mut UINT, ColorFormat: *mut D3DDDIFORMAT) -> NTSTATUS>;

    /// `PDXGKDDI_SYSTEM_DISPLAY_WRITE`: pointer to the WDK's `DXGKDDI_SYSTEM_DISPLAY_WRITE`.
    pub type PDXGKDDI_SYSTEM_DISPLAY_WRITE = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, Source: PVOID, SourceWidth: UINT, SourceHeight: UINT, SourceStride: UINT, PositionX: UINT, PositionY: UINT)>;

    /// `PDXGKDDI_CANCELCOMMAND`: pointer to the WDK's `DXGKDDI_CANCELCOMMAND`.
    pub type PDXGKDDI_CANCELCOMMAND = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCancelCommand: *const DXGKARG_CANCELCOMMAND) -> NTSTATUS>;

    /// `PDXGKDDI_GET_CHILD_CONTAINER_ID`: pointer to the WDK's `DXGKDDI_GET_CHILD_CONTAINER_ID`.
    pub type PDXGKDDI_GET_CHILD_CONTAINER_ID = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, ChildUid: ULONG, ContainerId: PDXGK_CHILD_CONTAINER_ID) -> NTSTATUS>;

    /// `PDXGKDDIPOWERRUNTIMECONTROLREQUEST`: pointer to the WDK's `DXGKDDIPOWERRUNTIMECONTROLREQUEST`.
    pub type PDXGKDDIPOWERRUNTIMECONTROLREQUEST = Option<unsafe extern "C" fn(DriverContext: HANDLE, PowerControlCode: LPCGUID, InBuffer: PVOID, InBufferSize: SIZE_T, OutBuffer: PVOID, OutBufferSize: SIZE_T, BytesReturned: PSIZE_T) -> NTSTATUS>;

    /// `PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY`: pointer to the WDK's `DXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY`.
    pub type PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetVidPnSourceAddressWithMpo: *const DXGKARG_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY) -> NTSTATUS>;

    /// `PDXGKDDI_NOTIFY_SURPRISE_REMOVAL`: pointer to the WDK's `DXGKDDI_NOTIFY_SURPRISE_REMOVAL`.
    pub type PDXGKDDI_NOTIFY_SURPRISE_REMOVAL = Option<unsafe extern "C" fn(MiniportDeviceContext: PVOID, RemovalType: DXGK_SURPRISE_REMOVAL_TYPE) -> NTSTATUS>;

    /// `PDXGKDDI_GETNODEMETADATA`: pointer to the WDK's `DXGKDDI_GETNODEMETADATA`.
    pub type PDXGKDDI_GETNODEMETADATA = Option<unsafe extern "C" fn(hAdapter: HANDLE, NodeOrdinalAndAdapterIndex: UINT, pGetNodeMetadata: *mut DXGKARG_GETNODEMETADATA) -> NTSTATUS>;

    /// `PDXGKDDISETPOWERPSTATE`: pointer to the WDK's `DXGKDDISETPOWERPSTATE`.
    pub type PDXGKDDISETPOWERPSTATE = Option<unsafe extern "C" fn(DriverContext: HANDLE, ComponentIndex: UINT, RequestedComponentPState: UINT) -> NTSTATUS>;

    /// `PDXGKDDI_CONTROLINTERRUPT2`: pointer to the WDK's `DXGKDDI_CONTROLINTERRUPT2`.
    pub type PDXGKDDI_CONTROLINTERRUPT2 = Option<unsafe extern "C" fn(hAdapter: HANDLE, InterruptControl: DXGKARG_CONTROLINTERRUPT2) -> NTSTATUS>;

    /// `PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT`: pointer to the WDK's `DXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT`.
    pub type PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCheckMultiPlaneOverlaySupport: *mut DXGKARG_CHECKMULTIPLANEOVERLAYSUPPORT) -> NTSTATUS>;

    /// `PDXGKDDI_CALIBRATEGPUCLOCK`: pointer to the WDK's `DXGKDDI_CALIBRATEGPUCLOCK`.
    pub type PDXGKDDI_CALIBRATEGPUCLOCK = Option<unsafe extern "C" fn(hAdapter: HANDLE, NodeOrdinal: UINT32, EngineOrdinal: UINT32, pClockCalibration: *mut DXGKARG_CALIBRATEGPUCLOCK) -> NTSTATUS>;

    /// `PDXGKDDI_FORMATHISTORYBUFFER`: pointer to the WDK's `DXGKDDI_FORMATHISTORYBUFFER`.
    pub type PDXGKDDI_FORMATHISTORYBUFFER = Option<unsafe extern "C" fn(hContext: HANDLE, pFormatData: *mut DXGKARG_FORMATHISTORYBUFFER) -> NTSTATUS>;

    /// `PDXGKDDI_RENDERGDI`: pointer to the WDK's `DXGKDDI_RENDERGDI`.
    pub type PDXGKDDI_RENDERGDI = Option<unsafe extern "C" fn(hContext: HANDLE, pRenderGdi: *mut DXGKARG_RENDERGDI) -> NTSTATUS>;

    /// `PDXGKDDI_SUBMITCOMMANDVIRTUAL`: pointer to the WDK's `DXGKDDI_SUBMITCOMMANDVIRTUAL`.
    pub type PDXGKDDI_SUBMITCOMMANDVIRTUAL = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSubmitCommand: *const DXGKARG_SUBMITCOMMANDVIRTUAL) -> NTSTATUS>;

    /// `PDXGKDDI_SETROOTPAGETABLE`: pointer to the WDK's `DXGKDDI_SETROOTPAGETABLE`.
    pub type PDXGKDDI_SETROOTPAGETABLE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetPageTable: *const DXGKARG_SETROOTPAGETABLE)>;

    /// `PDXGKDDI_GETROOTPAGETABLESIZE`: pointer to the WDK's `DXGKDDI_GETROOTPAGETABLESIZE`.
    pub type PDXGKDDI_GETROOTPAGETABLESIZE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_GETROOTPAGETABLESIZE) -> SIZE_T>;

    /// `PDXGKDDI_MAPCPUHOSTAPERTURE`: pointer to the WDK's `DXGKDDI_MAPCPUHOSTAPERTURE`.
    pub type PDXGKDDI_MAPCPUHOSTAPERTURE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_MAPCPUHOSTAPERTURE) -> NTSTATUS>;

    /// `PDXGKDDI_UNMAPCPUHOSTAPERTURE`: pointer to the WDK's `DXGKDDI_UNMAPCPUHOSTAPERTURE`.
    pub type PDXGKDDI_UNMAPCPUHOSTAPERTURE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_UNMAPCPUHOSTAPERTURE) -> NTSTATUS>;

    /// `PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT2`: pointer to the WDK's `DXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT2`.
    pub type PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT2 = Option<unsafe extern "C" fn(hAdapter: HANDLE, pCheckMultiPlaneOverlaySupport: *mut DXGKARG_CHECKMULTIPLANEOVERLAYSUPPORT2) -> NTSTATUS>;

    /// `PDXGKDDI_CREATEPROCESS`: pointer to the WDK's `DXGKDDI_CREATEPROCESS`.
    pub type PDXGKDDI_CREATEPROCESS = Option<unsafe extern "C" fn(pMiniportDeviceContext: PVOID, pArgs: *mut DXGKARG_CREATEPROCESS) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYPROCESS`: pointer to the WDK's `DXGKDDI_DESTROYPROCESS`.
    pub type PDXGKDDI_DESTROYPROCESS = Option<unsafe extern "C" fn(pMiniportDeviceContext: PVOID, KmdProcessHandle: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY2`: pointer to the WDK's `DXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY2`.
    pub type PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY2 = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSetVidPnSourceAddressWithMpo: *const DXGKARG_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY2) -> NTSTATUS>;

    /// `PDXGKDDI_POWERRUNTIMESETDEVICEHANDLE`: pointer to the WDK's `DXGKDDI_POWERRUNTIMESETDEVICEHANDLE`.
    pub type PDXGKDDI_POWERRUNTIMESETDEVICEHANDLE = Option<unsafe extern "C" fn(DriverContext: HANDLE, PoDeviceHandle: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_SETSTABLEPOWERSTATE`: pointer to the WDK's `DXGKDDI_SETSTABLEPOWERSTATE`.
    pub type PDXGKDDI_SETSTABLEPOWERSTATE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETSTABLEPOWERSTATE)>;

    /// `PDXGKDDI_SETVIDEOPROTECTEDREGION`: pointer to the WDK's `DXGKDDI_SETVIDEOPROTECTEDREGION`.
    pub type PDXGKDDI_SETVIDEOPROTECTEDREGION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETVIDEOPROTECTEDREGION) -> NTSTATUS>;

    /// `PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT3`: pointer to the WDK's `DXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT3`.
    pub type PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT3 = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_CHECKMULTIPLANEOVERLAYSUPPORT3) -> NTSTATUS>;

    /// `PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY3`: pointer to the WDK's `DXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY3`.
    pub type PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY3 = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY3) -> NTSTATUS>;

    /// `PDXGKDDI_POSTMULTIPLANEOVERLAYPRESENT`: pointer to the WDK's `DXGKDDI_POSTMULTIPLANEOVERLAYPRESENT`.
    pub type PDXGKDDI_POSTMULTIPLANEOVERLAYPRESENT = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_POSTMULTIPLANEOVERLAYPRESENT) -> NTSTATUS>;

    /// `PDXGKDDI_VALIDATEUPDATEALLOCATIONPROPERTY`: pointer to the WDK's `DXGKDDI_VALIDATEUPDATEALLOCATIONPROPERTY`.
    pub type PDXGKDDI_VALIDATEUPDATEALLOCATIONPROPERTY = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_VALIDATEUPDATEALLOCATIONPROPERTY) -> NTSTATUS>;

    /// `PDXGKDDI_CONTROLMODEBEHAVIOR`: pointer to the WDK's `DXGKDDI_CONTROLMODEBEHAVIOR`.
    pub type PDXGKDDI_CONTROLMODEBEHAVIOR = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_CONTROLMODEBEHAVIOR) -> NTSTATUS>;

    /// `PDXGKDDI_UPDATEMONITORLINKINFO`: pointer to the WDK's `DXGKDDI_UPDATEMONITORLINKINFO`.
    pub type PDXGKDDI_UPDATEMONITORLINKINFO = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_UPDATEMONITORLINKINFO) -> NTSTATUS>;

    /// `PDXGKDDI_CREATEHWCONTEXT`: pointer to the WDK's `DXGKDDI_CREATEHWCONTEXT`.
    pub type PDXGKDDI_CREATEHWCONTEXT = Option<unsafe extern "C" fn(hDevice: HANDLE, pCreateHwContext: *mut DXGKARG_CREATEHWCONTEXT) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYHWCONTEXT`: pointer to the WDK's `DXGKDDI_DESTROYHWCONTEXT`.
    pub type PDXGKDDI_DESTROYHWCONTEXT = Option<unsafe extern "C" fn(hHwContext: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_CREATEHWQUEUE`: pointer to the WDK's `DXGKDDI_CREATEHWQUEUE`.
    pub type PDXGKDDI_CREATEHWQUEUE = Option<unsafe extern "C" fn(hHwContext: HANDLE, pCreateHwQueue: *mut DXGKARG_CREATEHWQUEUE) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYHWQUEUE`: pointer to the WDK's `DXGKDDI_DESTROYHWQUEUE`.
    pub type PDXGKDDI_DESTROYHWQUEUE = Option<unsafe extern "C" fn(hHwQueue: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_SUBMITCOMMANDTOHWQUEUE`: pointer to the WDK's `DXGKDDI_SUBMITCOMMANDTOHWQUEUE`.
    pub type PDXGKDDI_SUBMITCOMMANDTOHWQUEUE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SUBMITCOMMANDTOHWQUEUE) -> NTSTATUS>;

    /// `PDXGKDDI_SWITCHTOHWCONTEXTLIST`: pointer to the WDK's `DXGKDDI_SWITCHTOHWCONTEXTLIST`.
    pub type PDXGKDDI_SWITCHTOHWCONTEXTLIST = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SWITCHTOHWCONTEXTLIST) -> NTSTATUS>;

    /// `PDXGKDDI_RESETHWENGINE`: pointer to the WDK's `DXGKDDI_RESETHWENGINE`.
    pub type PDXGKDDI_RESETHWENGINE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pResetHwEngine: *mut DXGKARG_RESETHWENGINE) -> NTSTATUS>;

    /// `PDXGKDDI_CREATEPERIODICFRAMENOTIFICATION`: pointer to the WDK's `DXGKDDI_CREATEPERIODICFRAMENOTIFICATION`.
    pub type PDXGKDDI_CREATEPERIODICFRAMENOTIFICATION = Option<unsafe extern "C" fn(pArgs: *mut DXGKARG_CREATEPERIODICFRAMENOTIFICATION) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYPERIODICFRAMENOTIFICATION`: pointer to the WDK's `DXGKDDI_DESTROYPERIODICFRAMENOTIFICATION`.
    pub type PDXGKDDI_DESTROYPERIODICFRAMENOTIFICATION = Option<unsafe extern "C" fn(pArgs: *const DXGKARG_DESTROYPERIODICFRAMENOTIFICATION) -> NTSTATUS>;

    /// `PDXGKDDI_SETTIMINGSFROMVIDPN`: pointer to the WDK's `DXGKDDI_SETTIMINGSFROMVIDPN`.
    pub type PDXGKDDI_SETTIMINGSFROMVIDPN = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_SETTIMINGSFROMVIDPN) -> NTSTATUS>;

    /// `PDXGKDDI_SETTARGETGAMMA`: pointer to the WDK's `DXGKDDI_SETTARGETGAMMA`.
    pub type PDXGKDDI_SETTARGETGAMMA = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETTARGETGAMMA) -> NTSTATUS>;

    /// `PDXGKDDI_SETTARGETCONTENTTYPE`: pointer to the WDK's `DXGKDDI_SETTARGETCONTENTTYPE`.
    pub type PDXGKDDI_SETTARGETCONTENTTYPE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETTARGETCONTENTTYPE) -> NTSTATUS>;

    /// `PDXGKDDI_SETTARGETANALOGCOPYPROTECTION`: pointer to the WDK's `DXGKDDI_SETTARGETANALOGCOPYPROTECTION`.
    pub type PDXGKDDI_SETTARGETANALOGCOPYPROTECTION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETTARGETANALOGCOPYPROTECTION) -> NTSTATUS>;

    /// `PDXGKDDI_SETTARGETADJUSTEDCOLORIMETRY`: pointer to the WDK's `DXGKDDI_SETTARGETADJUSTEDCOLORIMETRY`.
    pub type PDXGKDDI_SETTARGETADJUSTEDCOLORIMETRY = Option<unsafe extern "C" fn(hAdapter: HANDLE, TargetId: D3DDDI_VIDEO_PRESENT_TARGET_ID, AdjustedColorimetry: DXGK_COLORIMETRY) -> NTSTATUS>;

    /// `PDXGKDDI_DISPLAYDETECTCONTROL`: pointer to the WDK's `DXGKDDI_DISPLAYDETECTCONTROL`.
    pub type PDXGKDDI_DISPLAYDETECTCONTROL = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_DISPLAYDETECTCONTROL) -> NTSTATUS>;

    /// `PDXGKDDI_QUERYCONNECTIONCHANGE`: pointer to the WDK's `DXGKDDI_QUERYCONNECTIONCHANGE`.
    pub type PDXGKDDI_QUERYCONNECTIONCHANGE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_QUERYCONNECTIONCHANGE) -> NTSTATUS>;

    /// `PDXGKDDI_EXCHANGEPRESTARTINFO`: pointer to the WDK's `DXGKDDI_EXCHANGEPRESTARTINFO`.
    pub type PDXGKDDI_EXCHANGEPRESTARTINFO = Option<unsafe extern "C" fn(hAdapter: HANDLE, pPreStartInfo: PDXGK_PRE_START_INFO) -> NTSTATUS>;

    /// `PDXGKDDI_GETMULTIPLANEOVERLAYCAPS`: pointer to the WDK's `DXGKDDI_GETMULTIPLANEOVERLAYCAPS`.
    pub type PDXGKDDI_GETMULTIPLANEOVERLAYCAPS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_GETMULTIPLANEOVERLAYCAPS) -> NTSTATUS>;

    /// `PDXGKDDI_GETPOSTCOMPOSITIONCAPS`: pointer to the WDK's `DXGKDDI_GETPOSTCOMPOSITIONCAPS`.
    pub type PDXGKDDI_GETPOSTCOMPOSITIONCAPS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_GETPOSTCOMPOSITIONCAPS) -> NTSTATUS>;

    /// `PDXGKDDI_UPDATEHWCONTEXTSTATE`: pointer to the WDK's `DXGKDDI_UPDATEHWCONTEXTSTATE`.
    pub type PDXGKDDI_UPDATEHWCONTEXTSTATE = Option<unsafe extern "C" fn(hHwContext: HANDLE, pArgs: *const DXGKARG_UPDATEHWCONTEXTSTATE) -> NTSTATUS>;

    /// `PDXGKDDI_CREATEPROTECTEDSESSION`: pointer to the WDK's `DXGKDDI_CREATEPROTECTEDSESSION`.
    pub type PDXGKDDI_CREATEPROTECTEDSESSION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_CREATEPROTECTEDSESSION) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYPROTECTEDSESSION`: pointer to the WDK's `DXGKDDI_DESTROYPROTECTEDSESSION`.
    pub type PDXGKDDI_DESTROYPROTECTEDSESSION = Option<unsafe extern "C" fn(hAdapter: HANDLE, hObject: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_SETSCHEDULINGLOGBUFFER`: pointer to the WDK's `DXGKDDI_SETSCHEDULINGLOGBUFFER`.
    pub type PDXGKDDI_SETSCHEDULINGLOGBUFFER = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETSCHEDULINGLOGBUFFER) -> NTSTATUS>;

    /// `PDXGKDDI_SETUPPRIORITYBANDS`: pointer to the WDK's `DXGKDDI_SETUPPRIORITYBANDS`.
    pub type PDXGKDDI_SETUPPRIORITYBANDS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETUPPRIORITYBANDS) -> NTSTATUS>;

    /// `PDXGKDDI_NOTIFYFOCUSPRESENT`: pointer to the WDK's `DXGKDDI_NOTIFYFOCUSPRESENT`.
    pub type PDXGKDDI_NOTIFYFOCUSPRESENT = Option<unsafe extern "C" fn(hAdapter: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_SETCONTEXTSCHEDULINGPROPERTIES`: pointer to the WDK's `DXGKDDI_SETCONTEXTSCHEDULINGPROPERTIES`.
    pub type PDXGKDDI_SETCONTEXTSCHEDULINGPROPERTIES = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETCONTEXTSCHEDULINGPROPERTIES) -> NTSTATUS>;

    /// `PDXGKDDI_SUSPENDCONTEXT`: pointer to the WDK's `DXGKDDI_SUSPENDCONTEXT`.
    pub type PDXGKDDI_SUSPENDCONTEXT = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SUSPENDCONTEXT) -> NTSTATUS>;

    /// `PDXGKDDI_RESUMECONTEXT`: pointer to the WDK's `DXGKDDI_RESUMECONTEXT`.
    pub type PDXGKDDI_RESUMECONTEXT = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_RESUMECONTEXT) -> NTSTATUS>;

    /// `PDXGKDDI_SETVIRTUALMACHINEDATA`: pointer to the WDK's `DXGKDDI_SETVIRTUALMACHINEDATA`.
    pub type PDXGKDDI_SETVIRTUALMACHINEDATA = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETVIRTUALMACHINEDATA) -> NTSTATUS>;

    /// `PDXGKDDI_BEGINEXCLUSIVEACCESS`: pointer to the WDK's `DXGKDDI_BEGINEXCLUSIVEACCESS`.
    pub type PDXGKDDI_BEGINEXCLUSIVEACCESS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_BEGINEXCLUSIVEACCESS) -> NTSTATUS>;

    /// `PDXGKDDI_ENDEXCLUSIVEACCESS`: pointer to the WDK's `DXGKDDI_ENDEXCLUSIVEACCESS`.
    pub type PDXGKDDI_ENDEXCLUSIVEACCESS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_ENDEXCLUSIVEACCESS) -> NTSTATUS>;

    /// `PDXGKDDI_QUERYDIAGNOSTICTYPESSUPPORT`: pointer to the WDK's `DXGKDDI_QUERYDIAGNOSTICTYPESSUPPORT`.
    pub type PDXGKDDI_QUERYDIAGNOSTICTYPESSUPPORT = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_QUERYDIAGNOSTICTYPESSUPPORT) -> NTSTATUS>;

    /// `PDXGKDDI_CONTROLDIAGNOSTICREPORTING`: pointer to the WDK's `DXGKDDI_CONTROLDIAGNOSTICREPORTING`.
    pub type PDXGKDDI_CONTROLDIAGNOSTICREPORTING = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_CONTROLDIAGNOSTICREPORTING) -> NTSTATUS>;

    /// `PDXGKDDI_RESUMEHWENGINE`: pointer to the WDK's `DXGKDDI_RESUMEHWENGINE`.
    pub type PDXGKDDI_RESUMEHWENGINE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_RESUMEHWENGINE) -> NTSTATUS>;

    /// `PDXGKDDI_SIGNALMONITOREDFENCE`: pointer to the WDK's `DXGKDDI_SIGNALMONITOREDFENCE`.
    pub type PDXGKDDI_SIGNALMONITOREDFENCE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_SIGNALMONITOREDFENCE) -> NTSTATUS>;

    /// `PDXGKDDI_PRESENTTOHWQUEUE`: pointer to the WDK's `DXGKDDI_PRESENTTOHWQUEUE`.
    pub type PDXGKDDI_PRESENTTOHWQUEUE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_PRESENTTOHWQUEUE) -> NTSTATUS>;

    /// `PDXGKDDI_VALIDATESUBMITCOMMAND`: pointer to the WDK's `DXGKDDI_VALIDATESUBMITCOMMAND`.
    pub type PDXGKDDI_VALIDATESUBMITCOMMAND = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_VALIDATESUBMITCOMMAND) -> NTSTATUS>;

    /// `PDXGKDDI_SETTARGETADJUSTEDCOLORIMETRY2`: pointer to the WDK's `DXGKDDI_SETTARGETADJUSTEDCOLORIMETRY2`.
    pub type PDXGKDDI_SETTARGETADJUSTEDCOLORIMETRY2 = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETTARGETADJUSTEDCOLORIMETRY2) -> NTSTATUS>;

    /// `PDXGKDDI_SETTRACKEDWORKLOADPOWERLEVEL`: pointer to the WDK's `DXGKDDI_SETTRACKEDWORKLOADPOWERLEVEL`.
    pub type PDXGKDDI_SETTRACKEDWORKLOADPOWERLEVEL = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_SETTRACKEDWORKLOADPOWERLEVEL) -> NTSTATUS>;

    /// `PDXGKDDI_SAVEMEMORYFORHOTUPDATE`: pointer to the WDK's `DXGKDDI_SAVEMEMORYFORHOTUPDATE`.
    pub type PDXGKDDI_SAVEMEMORYFORHOTUPDATE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SAVEMEMORYFORHOTUPDATE) -> NTSTATUS>;

    /// `PDXGKDDI_RESTOREMEMORYFORHOTUPDATE`: pointer to the WDK's `DXGKDDI_RESTOREMEMORYFORHOTUPDATE`.
    pub type PDXGKDDI_RESTOREMEMORYFORHOTUPDATE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_RESTOREMEMORYFORHOTUPDATE) -> NTSTATUS>;

    /// `PDXGKDDI_COLLECTDIAGNOSTICINFO`: pointer to the WDK's `DXGKDDI_COLLECTDIAGNOSTICINFO`.
    pub type PDXGKDDI_COLLECTDIAGNOSTICINFO = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_COLLECTDIAGNOSTICINFO) -> NTSTATUS>;

    /// `PDXGKDDI_CONTROLINTERRUPT3`: pointer to the WDK's `DXGKDDI_CONTROLINTERRUPT3`.
    pub type PDXGKDDI_CONTROLINTERRUPT3 = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_CONTROLINTERRUPT3) -> NTSTATUS>;

    /// `PDXGKDDI_SETFLIPQUEUELOGBUFFER`: pointer to the WDK's `DXGKDDI_SETFLIPQUEUELOGBUFFER`.
    pub type PDXGKDDI_SETFLIPQUEUELOGBUFFER = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETFLIPQUEUELOGBUFFER) -> NTSTATUS>;

    /// `PDXGKDDI_UPDATEFLIPQUEUELOG`: pointer to the WDK's `DXGKDDI_UPDATEFLIPQUEUELOG`.
    pub type PDXGKDDI_UPDATEFLIPQUEUELOG = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_UPDATEFLIPQUEUELOG) -> NTSTATUS>;

    /// `PDXGKDDI_CANCELQUEUEDFLIPS`: pointer to the WDK's `DXGKDDI_CANCELQUEUEDFLIPS`.
    pub type PDXGKDDI_CANCELQUEUEDFLIPS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_CANCELQUEUEDFLIPS) -> NTSTATUS>;

    /// `PDXGKDDI_SETINTERRUPTTARGETPRESENTID`: pointer to the WDK's `DXGKDDI_SETINTERRUPTTARGETPRESENTID`.
    pub type PDXGKDDI_SETINTERRUPTTARGETPRESENTID = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETINTERRUPTTARGETPRESENTID) -> NTSTATUS>;

    /// `PDXGKDDI_SETALLOCATIONBACKINGSTORE`: pointer to the WDK's `DXGKDDI_SETALLOCATIONBACKINGSTORE`.
    pub type PDXGKDDI_SETALLOCATIONBACKINGSTORE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARG_SETALLOCATIONBACKINGSTORE) -> NTSTATUS>;

    /// `PDXGKDDI_CREATECPUEVENT`: pointer to the WDK's `DXGKDDI_CREATECPUEVENT`.
    pub type PDXGKDDI_CREATECPUEVENT = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_CREATECPUEVENT) -> NTSTATUS>;

    /// `PDXGKDDI_DESTROYCPUEVENT`: pointer to the WDK's `DXGKDDI_DESTROYCPUEVENT`.
    pub type PDXGKDDI_DESTROYCPUEVENT = Option<unsafe extern "C" fn(hAdapter: HANDLE, hObject: HANDLE) -> NTSTATUS>;

    /// `PDXGKDDI_CANCELFLIPS`: pointer to the WDK's `DXGKDDI_CANCELFLIPS`.
    pub type PDXGKDDI_CANCELFLIPS = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARG_CANCELFLIPS) -> NTSTATUS>;

    /// `DXGKCB_EVAL_ACPI_METHOD`.
    pub type DXGKCB_EVAL_ACPI_METHOD = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, DeviceUid: ULONG, AcpiInputBuffer: PACPI_EVAL_INPUT_BUFFER_COMPLEX, AcpiInputSize: ULONG, AcpiOutputBuffer: PACPI_EVAL_OUTPUT_BUFFER, AcpiOutputSize: ULONG) -> NTSTATUS>;

    /// `DXGKCB_GET_DEVICE_INFORMATION`.
    pub type DXGKCB_GET_DEVICE_INFORMATION = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, DeviceInfo: PDXGK_DEVICE_INFO) -> NTSTATUS>;

    /// `DXGKCB_INDICATE_CHILD_STATUS`.
    pub type DXGKCB_INDICATE_CHILD_STATUS = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, ChildStatus: PDXGK_CHILD_STATUS) -> NTSTATUS>;

    /// `DXGKCB_MAP_MEMORY`.
    pub type DXGKCB_MAP_MEMORY = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, TranslatedAddress: PHYSICAL_ADDRESS, Length: ULONG, InIoSpace: BOOLEAN, MapToUserMode: BOOLEAN, CacheType: MEMORY_CACHING_TYPE, VirtualAddress: *mut PVOID) -> NTSTATUS>;

    /// `DXGKCB_QUEUE_DPC`.
    pub type DXGKCB_QUEUE_DPC = Option<unsafe extern "C" fn(DeviceHandle: HANDLE) -> BOOLEAN>;

    /// `DXGKCB_QUERY_SERVICES`.
    pub type DXGKCB_QUERY_SERVICES = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, ServicesType: DXGK_SERVICES, Interface: PINTERFACE) -> NTSTATUS>;

    /// `DXGKCB_READ_DEVICE_SPACE`.
    pub type DXGKCB_READ_DEVICE_SPACE = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, DataType: ULONG, Buffer: PVOID, Offset: ULONG, Length: ULONG, BytesRead: PULONG) -> NTSTATUS>;

    /// `DXGKCB_SYNCHRONIZE_EXECUTION`.
    pub type DXGKCB_SYNCHRONIZE_EXECUTION = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, SynchronizeRoutine: PKSYNCHRONIZE_ROUTINE, Context: PVOID, MessageNumber: ULONG, ReturnValue: PBOOLEAN) -> NTSTATUS>;

    /// `DXGKCB_UNMAP_MEMORY`.
    pub type DXGKCB_UNMAP_MEMORY = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, VirtualAddress: PVOID) -> NTSTATUS>;

    /// `DXGKCB_WRITE_DEVICE_SPACE`.
    pub type DXGKCB_WRITE_DEVICE_SPACE = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, DataType: ULONG, Buffer: PVOID, Offset: ULONG, Length: ULONG, BytesWritten: PULONG) -> NTSTATUS>;

    /// `DXGKCB_IS_DEVICE_PRESENT`.
    pub type DXGKCB_IS_DEVICE_PRESENT = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, DevicePresenceParameters: PPCI_DEVICE_PRESENCE_PARAMETERS, DevicePresent: PBOOLEAN) -> NTSTATUS>;

    /// `DXGKCB_QUERYVIDPNINTERFACE`.
    pub type DXGKCB_QUERYVIDPNINTERFACE = Option<unsafe extern "C" fn(hVidPn: D3DKMDT_HVIDPN, VidPnInterfaceVersion: DXGK_VIDPN_INTERFACE_VERSION, ppVidPnInterface: *mut *const DXGK_VIDPN_INTERFACE) -> NTSTATUS>;

    /// `DXGKCB_QUERYMONITORINTERFACE`.
    pub type DXGKCB_QUERYMONITORINTERFACE = Option<unsafe extern "C" fn(hAdapter: HANDLE, MonitorInterfaceVersion: DXGK_MONITOR_INTERFACE_VERSION, ppMonitorInterface: *mut *const DXGK_MONITOR_INTERFACE) -> NTSTATUS>;

    /// `DXGKCB_GETCAPTUREADDRESS`.
    pub type DXGKCB_GETCAPTUREADDRESS = Option<unsafe extern "C" fn(pGetCaptureAddress: *mut DXGKARGCB_GETCAPTUREADDRESS) -> NTSTATUS>;

    /// `DXGKCB_LOG_ETW_EVENT`.
    pub type DXGKCB_LOG_ETW_EVENT = Option<unsafe extern "C" fn(EventGuid: LPCGUID, Type: UCHAR, EventBufferSize: USHORT, EventBuffer: PVOID)>;

    /// `DXGKCB_EXCLUDE_ADAPTER_ACCESS`.
    pub type DXGKCB_EXCLUDE_ADAPTER_ACCESS = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, Attributes: ULONG, DxgkProtectedCallback: DXGKDDI_PROTECTED_CALLBACK, ProtectedCallbackContext: PVOID) -> NTSTATUS>;

    /// `DXGKCB_CREATECONTEXTALLOCATION`.
    pub type DXGKCB_CREATECONTEXTALLOCATION = Option<unsafe extern "C" fn(pCreateContextAllocation: *mut DXGKARGCB_CREATECONTEXTALLOCATION) -> NTSTATUS>;

    /// `DXGKCB_DESTROYCONTEXTALLOCATION`.
    pub type DXGKCB_DESTROYCONTEXTALLOCATION = Option<unsafe extern "C" fn(hAdapter: HANDLE, hAllocation: HANDLE) -> NTSTATUS>;

    /// `DXGKCB_SETPOWERCOMPONENTACTIVE`.
    pub type DXGKCB_SETPOWERCOMPONENTACTIVE = Option<unsafe extern "C" fn(hAdapter: HANDLE, ComponentIndex: UINT)>;

    /// `DXGKCB_SETPOWERCOMPONENTIDLE`.
    pub type DXGKCB_SETPOWERCOMPONENTIDLE = Option<unsafe extern "C" fn(hAdapter: HANDLE, ComponentIndex: UINT)>;

    /// `DXGKCB_ACQUIRE_POST_DISPLAY_OWNERSHIP`.
    pub type DXGKCB_ACQUIRE_POST_DISPLAY_OWNERSHIP = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, DisplayInfo: PDXGK_DISPLAY_INFORMATION) -> NTSTATUS>;

    /// `DXGKCB_POWERRUNTIMECONTROLREQUEST`.
    pub type DXGKCB_POWERRUNTIMECONTROLREQUEST = Option<unsafe extern "C" fn(hAdapter: HANDLE, PowerControlCode: LPCGUID, InBuffer: PVOID, InBufferSize: SIZE_T, OutBuffer: PVOID, OutBufferSize: SIZE_T, BytesReturned: PSIZE_T) -> NTSTATUS>;

    /// `DXGKCB_SETPOWERCOMPONENTLATENCY`.
    pub type DXGKCB_SETPOWERCOMPONENTLATENCY = Option<unsafe extern "C" fn(hAdapter: HANDLE, ComponentIndex: UINT, Latency: ULONGLONG)>;

    /// `DXGKCB_SETPOWERCOMPONENTRESIDENCY`.
    pub type DXGKCB_SETPOWERCOMPONENTRESIDENCY = Option<unsafe extern "C" fn(hAdapter: HANDLE, ComponentIndex: UINT, Residency: ULONGLONG)>;

    /// `DXGKCB_COMPLETEFSTATETRANSITION`.
    pub type DXGKCB_COMPLETEFSTATETRANSITION = Option<unsafe extern "C" fn(hAdapter: HANDLE, ComponentIndex: UINT)>;

    /// `DXGKCB_COMPLETEPSTATETRANSITION`.
    pub type DXGKCB_COMPLETEPSTATETRANSITION = Option<unsafe extern "C" fn(hAdapter: HANDLE, ComponentIndex: UINT, CompletedPState: UINT)>;

    /// `DXGKCB_MAPCONTEXTALLOCATION`.
    pub type DXGKCB_MAPCONTEXTALLOCATION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARGCB_MAPCONTEXTALLOCATION) -> D3DGPU_VIRTUAL_ADDRESS>;

    /// `DXGKCB_UPDATECONTEXTALLOCATION`.
    pub type DXGKCB_UPDATECONTEXTALLOCATION = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARGCB_UPDATECONTEXTALLOCATION) -> NTSTATUS>;

    /// `DXGKCB_RESERVEGPUVIRTUALADDRESSRANGE`.
    pub type DXGKCB_RESERVEGPUVIRTUALADDRESSRANGE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARGCB_RESERVEGPUVIRTUALADDRESSRANGE) -> NTSTATUS>;

    /// `DXGKCB_HARDWARECONTENTPROTECTIONTEARDOWN`.
    pub type DXGKCB_HARDWARECONTENTPROTECTIONTEARDOWN = Option<unsafe extern "C" fn(hAdapter: HANDLE, Flags: UINT)>;

    /// `DXGKCB_MULTIPLANEOVERLAYDISABLED`.
    pub type DXGKCB_MULTIPLANEOVERLAYDISABLED = Option<unsafe extern "C" fn(hAdapter: HANDLE, VidPnSourceId: UINT)>;

    /// `DXGKCB_DXGKCB_MITIGATEDRANGEUPDATE`.
    pub type DXGKCB_DXGKCB_MITIGATEDRANGEUPDATE = Option<unsafe extern "C" fn(hAdapter: HANDLE, VirtualFunctionIndex: ULONG)>;

    /// `DXGKCB_INVALIDATEHWCONTEXT`.
    pub type DXGKCB_INVALIDATEHWCONTEXT = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_INVALIDATEHWCONTEXT) -> NTSTATUS>;

    /// `DXGKCB_INDICATE_CONNECTOR_CHANGE`.
    pub type DXGKCB_INDICATE_CONNECTOR_CHANGE = Option<unsafe extern "C" fn(hAdapter: HANDLE) -> NTSTATUS>;

    /// `DXGKCB_UNBLOCKUEFIFRAMEBUFFERRANGES`.
    pub type DXGKCB_UNBLOCKUEFIFRAMEBUFFERRANGES = Option<unsafe extern "C" fn(hAdapter: HANDLE, pSegmentMemoryState: *const DXGK_SEGMENTMEMORYSTATE) -> NTSTATUS>;

    /// `DXGKCB_ACQUIRE_POST_DISPLAY_OWNERSHIP2`.
    pub type DXGKCB_ACQUIRE_POST_DISPLAY_OWNERSHIP2 = Option<unsafe extern "C" fn(DeviceHandle: HANDLE, DisplayInfo: PDXGK_DISPLAY_INFORMATION, Flags: PDXGK_DISPLAY_OWNERSHIP_FLAGS) -> NTSTATUS>;

    /// `DXGKCB_SETPROTECTEDSESSIONSTATUS`.
    pub type DXGKCB_SETPROTECTEDSESSIONSTATUS = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_SETPROTECTEDSESSIONSTATUS) -> NTSTATUS>;

    /// `DXGKCB_ALLOCATECONTIGUOUSMEMORY`.
    pub type DXGKCB_ALLOCATECONTIGUOUSMEMORY = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARGCB_ALLOCATECONTIGUOUSMEMORY) -> NTSTATUS>;

    /// `DXGKCB_FREECONTIGUOUSMEMORY`.
    pub type DXGKCB_FREECONTIGUOUSMEMORY = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARGCB_FREECONTIGUOUSMEMORY) -> NTSTATUS>;

    /// `DXGKCB_ALLOCATEPAGESFORMDL`.
    pub type DXGKCB_ALLOCATEPAGESFORMDL = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARGCB_ALLOCATEPAGESFORMDL) -> NTSTATUS>;

    /// `DXGKCB_FREEPAGESFROMMDL`.
    pub type DXGKCB_FREEPAGESFROMMDL = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARGCB_FREEPAGESFROMMDL) -> NTSTATUS>;

    /// `DXGKCB_PINFRAMEBUFFERFORSAVE`.
    pub type DXGKCB_PINFRAMEBUFFERFORSAVE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARGCB_PINFRAMEBUFFERFORSAVE) -> NTSTATUS>;

    /// `DXGKCB_UNPINFRAMEBUFFERFORSAVE`.
    pub type DXGKCB_UNPINFRAMEBUFFERFORSAVE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARGCB_UNPINFRAMEBUFFERFORSAVE) -> NTSTATUS>;

    /// `DXGKCB_MAPFRAMEBUFFERPOINTER`.
    pub type DXGKCB_MAPFRAMEBUFFERPOINTER = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARGCB_MAPFRAMEBUFFERPOINTER) -> NTSTATUS>;

    /// `DXGKCB_UNMAPFRAMEBUFFERPOINTER`.
    pub type DXGKCB_UNMAPFRAMEBUFFERPOINTER = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARGCB_UNMAPFRAMEBUFFERPOINTER) -> NTSTATUS>;

    /// `DXGKCB_MAPMDLTOIOMMU`.
    pub type DXGKCB_MAPMDLTOIOMMU = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARGCB_MAPMDLTOIOMMU) -> NTSTATUS>;

    /// `DXGKCB_UNMAPMDLFROMIOMMU`.
    pub type DXGKCB_UNMAPMDLFROMIOMMU = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARGCB_UNMAPMDLFROMIOMMU)>;

    /// `DXGKCB_REPORT_DIAGNOSTIC`.
    pub type DXGKCB_REPORT_DIAGNOSTIC = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_REPORT_DIAGNOSTIC) -> NTSTATUS>;

    /// `DXGKCB_SIGNALEVENT`.
    pub type DXGKCB_SIGNALEVENT = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_SIGNALEVENT) -> NTSTATUS>;

    /// `DXGKCB_ISFEATUREENABLED`.
    pub type DXGKCB_ISFEATUREENABLED = Option<unsafe extern "C" fn(pArgs: *mut DXGKARGCB_ISFEATUREENABLED) -> NTSTATUS>;

    /// `DXGKCB_SAVEMEMORYFORHOTUPDATE`.
    pub type DXGKCB_SAVEMEMORYFORHOTUPDATE = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *const DXGKARGCB_SAVEMEMORYFORHOTUPDATE) -> NTSTATUS>;

    /// `DXGKCB_NOTIFYCURSORSUPPORTCHANGE`.
    pub type DXGKCB_NOTIFYCURSORSUPPORTCHANGE = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_NOTIFYCURSORSUPPORTCHANGE) -> NTSTATUS>;

    /// `DXGKCB_QUERYFEATURESUPPORT`.
    pub type DXGKCB_QUERYFEATURESUPPORT = Option<unsafe extern "C" fn(pArgs: *mut DXGKARGCB_QUERYFEATURESUPPORT) -> NTSTATUS>;

    /// `DXGKCB_CREATEPHYSICALMEMORYOBJECT`.
    pub type DXGKCB_CREATEPHYSICALMEMORYOBJECT = Option<unsafe extern "C" fn(pArgs: *mut DXGKARGCB_CREATEPHYSICALMEMORYOBJECT) -> NTSTATUS>;

    /// `DXGKCB_DESTROYPHYSICALMEMORYOBJECT`.
    pub type DXGKCB_DESTROYPHYSICALMEMORYOBJECT = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_DESTROYPHYSICALMEMORYOBJECT)>;

    /// `DXGKCB_MAPPHYSICALMEMORY`.
    pub type DXGKCB_MAPPHYSICALMEMORY = Option<unsafe extern "C" fn(pArgs: *mut DXGKARGCB_MAPPHYSICALMEMORY) -> NTSTATUS>;

    /// `DXGKCB_UNMAPPHYSICALMEMORY`.
    pub type DXGKCB_UNMAPPHYSICALMEMORY = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_UNMAPPHYSICALMEMORY)>;

    /// `DXGKCB_ALLOCATEADL`.
    pub type DXGKCB_ALLOCATEADL = Option<unsafe extern "C" fn(pArgs: *mut DXGKARGCB_ALLOCATEADL) -> NTSTATUS>;

    /// `DXGKCB_FREEADL`.
    pub type DXGKCB_FREEADL = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_FREEADL)>;

    /// `DXGKCB_OPENPHYSICALMEMORYOBJECT`.
    pub type DXGKCB_OPENPHYSICALMEMORYOBJECT = Option<unsafe extern "C" fn(pArgs: *mut DXGKARGCB_OPENPHYSICALMEMORYOBJECT) -> NTSTATUS>;

    /// `DXGKCB_CLOSEPHYSICALMEMORYOBJECT`.
    pub type DXGKCB_CLOSEPHYSICALMEMORYOBJECT = Option<unsafe extern "C" fn(pArgs: *const DXGKARGCB_CLOSEPHYSICALMEMORYOBJECT)>;

    /// `DXGKCB_PINFRAMEBUFFERFORSAVE2`.
    pub type DXGKCB_PINFRAMEBUFFERFORSAVE2 = Option<unsafe extern "C" fn(hAdapter: HANDLE, pArgs: *mut DXGKARGCB_PINFRAMEBUFFERFORSAVE2) -> NTSTATUS>;

    /// `DXGKRNL_INTERFACE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DXGKRNL_INTERFACE {
        /// `Size`.
        pub Size: ULONG,
        /// `Version`.
        pub Version: ULONG,
        /// `DeviceHandle`.
        pub DeviceHandle: HANDLE,
        /// `DxgkCbEvalAcpiMethod`.
        pub DxgkCbEvalAcpiMethod: DXGKCB_EVAL_ACPI_METHOD,
        /// `DxgkCbGetDeviceInformation`.
        pub DxgkCbGetDeviceInformation: DXGKCB_GET_DEVICE_INFORMATION,
        /// `DxgkCbIndicateChildStatus`.
        pub DxgkCbIndicateChildStatus: DXGKCB_INDICATE_CHILD_STATUS,
        /// `DxgkCbMapMemory`.
        pub DxgkCbMapMemory: DXGKCB_MAP_MEMORY,
        /// `DxgkCbQueueDpc`.
        pub DxgkCbQueueDpc: DXGKCB_QUEUE_DPC,
        /// `DxgkCbQueryServices`.
        pub DxgkCbQueryServices: DXGKCB_QUERY_SERVICES,
        /// `DxgkCbReadDeviceSpace`.
        pub DxgkCbReadDeviceSpace: DXGKCB_READ_DEVICE_SPACE,
        /// `DxgkCbSynchronizeExecution`.
        pub DxgkCbSynchronizeExecution: DXGKCB_SYNCHRONIZE_EXECUTION,
        /// `DxgkCbUnmapMemory`.
        pub DxgkCbUnmapMemory: DXGKCB_UNMAP_MEMORY,
        /// `DxgkCbWriteDeviceSpace`.
        pub DxgkCbWriteDeviceSpace: DXGKCB_WRITE_DEVICE_SPACE,
        /// `DxgkCbIsDevicePresent`.
        pub DxgkCbIsDevicePresent: DXGKCB_IS_DEVICE_PRESENT,
        /// `DxgkCbGetHandleData`.
        pub DxgkCbGetHandleData: DXGKCB_GETHANDLEDATA,
        /// `DxgkCbGetHandleParent`.
        pub DxgkCbGetHandleParent: DXGKCB_GETHANDLEPARENT,
        /// `DxgkCbEnumHandleChildren`.
        pub DxgkCbEnumHandleChildren: DXGKCB_ENUMHANDLECHILDREN,
        /// `DxgkCbNotifyInterrupt`.
        pub DxgkCbNotifyInterrupt: DXGKCB_NOTIFY_INTERRUPT,
        /// `DxgkCbNotifyDpc`.
        pub DxgkCbNotifyDpc: DXGKCB_NOTIFY_DPC,
        /// `DxgkCbQueryVidPnInterface`.
        pub DxgkCbQueryVidPnInterface: DXGKCB_QUERYVIDPNINTERFACE,
        /// `DxgkCbQueryMonitorInterface`.
        pub DxgkCbQueryMonitorInterface: DXGKCB_QUERYMONITORINTERFACE,
        /// `DxgkCbGetCaptureAddress`.
        pub DxgkCbGetCaptureAddress: DXGKCB_GETCAPTUREADDRESS,
        /// `DxgkCbLogEtwEvent`.
        pub DxgkCbLogEtwEvent: DXGKCB_LOG_ETW_EVENT,
        /// `DxgkCbExcludeAdapterAccess`.
        pub DxgkCbExcludeAdapterAccess: DXGKCB_EXCLUDE_ADAPTER_ACCESS,
        /// `DxgkCbCreateContextAllocation`.
        pub DxgkCbCreateContextAllocation: DXGKCB_CREATECONTEXTALLOCATION,
        /// `DxgkCbDestroyContextAllocation`.
        pub DxgkCbDestroyContextAllocation: DXGKCB_DESTROYCONTEXTALLOCATION,
        /// `DxgkCbSetPowerComponentActive`.
        pub DxgkCbSetPowerComponentActive: DXGKCB_SETPOWERCOMPONENTACTIVE,
        /// `DxgkCbSetPowerComponentIdle`.
        pub DxgkCbSetPowerComponentIdle: DXGKCB_SETPOWERCOMPONENTIDLE,
        /// `DxgkCbAcquirePostDisplayOwnership`.
        pub DxgkCbAcquirePostDisplayOwnership: DXGKCB_ACQUIRE_POST_DISPLAY_OWNERSHIP,
        /// `DxgkCbPowerRuntimeControlRequest`.
        pub DxgkCbPowerRuntimeControlRequest: DXGKCB_POWERRUNTIMECONTROLREQUEST,
        /// `DxgkCbSetPowerComponentLatency`.
        pub DxgkCbSetPowerComponentLatency: DXGKCB_SETPOWERCOMPONENTLATENCY,
        /// `DxgkCbSetPowerComponentResidency`.
        pub DxgkCbSetPowerComponentResidency: DXGKCB_SETPOWERCOMPONENTRESIDENCY,
        /// `DxgkCbCompleteFStateTransition`.
        pub DxgkCbCompleteFStateTransition: DXGKCB_COMPLETEFSTATETRANSITION,
        /// `DxgkCbCompletePStateTransition`.
        pub DxgkCbCompletePStateTransition: DXGKCB_COMPLETEPSTATETRANSITION,
        /// `DxgkCbMapContextAllocation`.
        pub DxgkCbMapContextAllocation: DXGKCB_MAPCONTEXTALLOCATION,
        /// `DxgkCbUpdateContextAllocation`.
        pub DxgkCbUpdateContextAllocation: DXGKCB_UPDATECONTEXTALLOCATION,
        /// `DxgkCbReserveGpuVirtualAddressRange`.
        pub DxgkCbReserveGpuVirtualAddressRange: DXGKCB_RESERVEGPUVIRTUALADDRESSRANGE,
        /// `DxgkCbAcquireHandleData`.
        pub DxgkCbAcquireHandleData: DXGKCB_ACQUIREHANDLEDATA,
        /// `DxgkCbReleaseHandleData`.
        pub DxgkCbReleaseHandleData: DXGKCB_RELEASEHANDLEDATA,
        /// `DxgkCbHardwareContentProtectionTeardown`.
        pub DxgkCbHardwareContentProtectionTeardown: DXGKCB_HARDWARECONTENTPROTECTIONTEARDOWN,
        /// `DxgkCbMultiPlaneOverlayDisabled`.
        pub DxgkCbMultiPlaneOverlayDisabled: DXGKCB_MULTIPLANEOVERLAYDISABLED,
        /// `DxgkCbMitigatedRangeUpdate`.
        pub DxgkCbMitigatedRangeUpdate: DXGKCB_DXGKCB_MITIGATEDRANGEUPDATE,
        /// `DxgkCbInvalidateHwContext`.
        pub DxgkCbInvalidateHwContext: DXGKCB_INVALIDATEHWCONTEXT,
        /// `DxgkCbIndicateConnectorChange`.
        pub DxgkCbIndicateConnectorChange: DXGKCB_INDICATE_CONNECTOR_CHANGE,
        /// `DxgkCbUnblockUEFIFrameBufferRanges`.
        pub DxgkCbUnblockUEFIFrameBufferRanges: DXGKCB_UNBLOCKUEFIFRAMEBUFFERRANGES,
        /// `DxgkCbAcquirePostDisplayOwnership2`.
        pub DxgkCbAcquirePostDisplayOwnership2: DXGKCB_ACQUIRE_POST_DISPLAY_OWNERSHIP2,
        /// `DxgkCbSetProtectedSessionStatus`.
        pub DxgkCbSetProtectedSessionStatus: DXGKCB_SETPROTECTEDSESSIONSTATUS,
        /// `DxgkCbAllocateContiguousMemory`.
        pub DxgkCbAllocateContiguousMemory: DXGKCB_ALLOCATECONTIGUOUSMEMORY,
        /// `DxgkCbFreeContiguousMemory`.
        pub DxgkCbFreeContiguousMemory: DXGKCB_FREECONTIGUOUSMEMORY,
        /// `DxgkCbAllocatePagesForMdl`.
        pub DxgkCbAllocatePagesForMdl: DXGKCB_ALLOCATEPAGESFORMDL,
        /// `DxgkCbFreePagesFromMdl`.
        pub DxgkCbFreePagesFromMdl: DXGKCB_FREEPAGESFROMMDL,
        /// `DxgkCbPinFrameBufferForSave`.
        pub DxgkCbPinFrameBufferForSave: DXGKCB_PINFRAMEBUFFERFORSAVE,
        /// `DxgkCbUnpinFrameBufferForSave`.
        pub DxgkCbUnpinFrameBufferForSave: DXGKCB_UNPINFRAMEBUFFERFORSAVE,
        /// `DxgkCbMapFrameBufferPointer`.
        pub DxgkCbMapFrameBufferPointer: DXGKCB_MAPFRAMEBUFFERPOINTER,
        /// `DxgkCbUnmapFrameBufferPointer`.
        pub DxgkCbUnmapFrameBufferPointer: DXGKCB_UNMAPFRAMEBUFFERPOINTER,
        /// `DxgkCbMapMdlToIoMmu`.
        pub DxgkCbMapMdlToIoMmu: DXGKCB_MAPMDLTOIOMMU,
        /// `DxgkCbUnmapMdlFromIoMmu`.
        pub DxgkCbUnmapMdlFromIoMmu: DXGKCB_UNMAPMDLFROMIOMMU,
        /// `DxgkCbReportDiagnostic`.
        pub DxgkCbReportDiagnostic: DXGKCB_REPORT_DIAGNOSTIC,
        /// `DxgkCbSignalEvent`.
        pub DxgkCbSignalEvent: DXGKCB_SIGNALEVENT,
        /// `DxgkCbIsFeatureEnabled`.
        pub DxgkCbIsFeatureEnabled: DXGKCB_ISFEATUREENABLED,
        /// `DxgkCbSaveMemoryForHotUpdate`.
        pub DxgkCbSaveMemoryForHotUpdate: DXGKCB_SAVEMEMORYFORHOTUPDATE,
        /// `DxgkCbNotifyCursorSupportChange`.
        pub DxgkCbNotifyCursorSupportChange: DXGKCB_NOTIFYCURSORSUPPORTCHANGE,
        /// `DxgkCbQueryFeatureSupport`.
        pub DxgkCbQueryFeatureSupport: DXGKCB_QUERYFEATURESUPPORT,
        /// `DxgkCbCreatePhysicalMemoryObject`.
        pub DxgkCbCreatePhysicalMemoryObject: DXGKCB_CREATEPHYSICALMEMORYOBJECT,
        /// `DxgkCbDestroyPhysicalMemoryObject`.
        pub DxgkCbDestroyPhysicalMemoryObject: DXGKCB_DESTROYPHYSICALMEMORYOBJECT,
        /// `DxgkCbMapPhysicalMemory`.
        pub DxgkCbMapPhysicalMemory: DXGKCB_MAPPHYSICALMEMORY,
        /// `DxgkCbUnmapPhysicalMemory`.
        pub DxgkCbUnmapPhysicalMemory: DXGKCB_UNMAPPHYSICALMEMORY,
        /// `DxgkCbAllocateAdl`.
        pub DxgkCbAllocateAdl: DXGKCB_ALLOCATEADL,
        /// `DxgkCbFreeAdl`.
        pub DxgkCbFreeAdl: DXGKCB_FREEADL,
        /// `DxgkCbOpenPhysicalMemoryObject`.
        pub DxgkCbOpenPhysicalMemoryObject: DXGKCB_OPENPHYSICALMEMORYOBJECT,
        /// `DxgkCbClosePhysicalMemoryObject`.
        pub DxgkCbClosePhysicalMemoryObject: DXGKCB_CLOSEPHYSICALMEMORYOBJECT,
        /// `DxgkCbPinFrameBufferForSave2`.
        pub DxgkCbPinFrameBufferForSave2: DXGKCB_PINFRAMEBUFFERFORSAVE2,
    }

    /// `DRIVER_INITIALIZATION_DATA` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct DRIVER_INITIALIZATION_DATA {
        /// `Version`.
        pub Version: ULONG,
        /// `DxgkDdiAddDevice`.
        pub DxgkDdiAddDevice: PDXGKDDI_ADD_DEVICE,
        /// `DxgkDdiStartDevice`.
        pub DxgkDdiStartDevice: PDXGKDDI_START_DEVICE,
        /// `DxgkDdiStopDevice`.
        pub DxgkDdiStopDevice: PDXGKDDI_STOP_DEVICE,
        /// `DxgkDdiRemoveDevice`.
        pub DxgkDdiRemoveDevice: PDXGKDDI_REMOVE_DEVICE,
        /// `DxgkDdiDispatchIoRequest`.
        pub DxgkDdiDispatchIoRequest: PDXGKDDI_DISPATCH_IO_REQUEST,
        /// `DxgkDdiInterruptRoutine`.
        pub DxgkDdiInterruptRoutine: PDXGKDDI_INTERRUPT_ROUTINE,
        /// `DxgkDdiDpcRoutine`.
        pub DxgkDdiDpcRoutine: PDXGKDDI_DPC_ROUTINE,
        /// `DxgkDdiQueryChildRelations`.
        pub DxgkDdiQueryChildRelations: PDXGKDDI_QUERY_CHILD_RELATIONS,
        /// `DxgkDdiQueryChildStatus`.
        pub DxgkDdiQueryChildStatus: PDXGKDDI_QUERY_CHILD_STATUS,
        /// `DxgkDdiQueryDeviceDescriptor`.
        pub DxgkDdiQueryDeviceDescriptor: PDXGKDDI_QUERY_DEVICE_DESCRIPTOR,
        /// `DxgkDdiSetPowerState`.
        pub DxgkDdiSetPowerState: PDXGKDDI_SET_POWER_STATE,
        /// `DxgkDdiNotifyAcpiEvent`.
        pub DxgkDdiNotifyAcpiEvent: PDXGKDDI_NOTIFY_ACPI_EVENT,
        /// `DxgkDdiResetDevice`.
        pub DxgkDdiResetDevice: PDXGKDDI_RESET_DEVICE,
        /// `DxgkDdiUnload`.
        pub DxgkDdiUnload: PDXGKDDI_UNLOAD,
        /// `DxgkDdiQueryInterface`.
        pub DxgkDdiQueryInterface: PDXGKDDI_QUERY_INTERFACE,
        /// `DxgkDdiControlEtwLogging`.
        pub DxgkDdiControlEtwLogging: PDXGKDDI_CONTROL_ETW_LOGGING,
        /// `DxgkDdiQueryAdapterInfo`.
        pub DxgkDdiQueryAdapterInfo: PDXGKDDI_QUERYADAPTERINFO,
        /// `DxgkDdiCreateDevice`.
        pub DxgkDdiCreateDevice: PDXGKDDI_CREATEDEVICE,
        /// `DxgkDdiCreateAllocation`.
        pub DxgkDdiCreateAllocation: PDXGKDDI_CREATEALLOCATION,
        /// `DxgkDdiDestroyAllocation`.
        pub DxgkDdiDestroyAllocation: PDXGKDDI_DESTROYALLOCATION,
        /// `DxgkDdiDescribeAllocation`.
        pub DxgkDdiDescribeAllocation: PDXGKDDI_DESCRIBEALLOCATION,
        /// `DxgkDdiGetStandardAllocationDriverData`.
        pub DxgkDdiGetStandardAllocationDriverData: PDXGKDDI_GETSTANDARDALLOCATIONDRIVERDATA,
        /// `DxgkDdiAcquireSwizzlingRange`.
        pub DxgkDdiAcquireSwizzlingRange: PDXGKDDI_ACQUIRESWIZZLINGRANGE,
        /// `DxgkDdiReleaseSwizzlingRange`.
        pub DxgkDdiReleaseSwizzlingRange: PDXGKDDI_RELEASESWIZZLINGRANGE,
        /// `DxgkDdiPatch`.
        pub DxgkDdiPatch: PDXGKDDI_PATCH,
        /// `DxgkDdiSubmitCommand`.
        pub DxgkDdiSubmitCommand: PDXGKDDI_SUBMITCOMMAND,
        /// `DxgkDdiPreemptCommand`.
        pub DxgkDdiPreemptCommand: PDXGKDDI_PREEMPTCOMMAND,
        /// `DxgkDdiBuildPagingBuffer`.
        pub DxgkDdiBuildPagingBuffer: PDXGKDDI_BUILDPAGINGBUFFER,
        /// `DxgkDdiSetPalette`.
        pub DxgkDdiSetPalette: PDXGKDDI_SETPALETTE,
        /// `DxgkDdiSetPointerPosition`.
        pub DxgkDdiSetPointerPosition: PDXGKDDI_SETPOINTERPOSITION,
        /// `DxgkDdiSetPointerShape`.
        pub DxgkDdiSetPointerShape: PDXGKDDI_SETPOINTERSHAPE,
        /// `DxgkDdiResetFromTimeout`.
        pub DxgkDdiResetFromTimeout: PDXGKDDI_RESETFROMTIMEOUT,
        /// `DxgkDdiRestartFromTimeout`.
        pub DxgkDdiRestartFromTimeout: PDXGKDDI_RESTARTFROMTIMEOUT,
        /// `DxgkDdiEscape`.
        pub DxgkDdiEscape: PDXGKDDI_ESCAPE,
        /// `DxgkDdiCollectDbgInfo`.
        pub DxgkDdiCollectDbgInfo: PDXGKDDI_COLLECTDBGINFO,
        /// `DxgkDdiQueryCurrentFence`.
        pub DxgkDdiQueryCurrentFence: PDXGKDDI_QUERYCURRENTFENCE,
        /// `DxgkDdiIsSupportedVidPn`.
        pub DxgkDdiIsSupportedVidPn: PDXGKDDI_ISSUPPORTEDVIDPN,
        /// `DxgkDdiRecommendFunctionalVidPn`.
        pub DxgkDdiRecommendFunctionalVidPn: PDXGKDDI_RECOMMENDFUNCTIONALVIDPN,
        /// `DxgkDdiEnumVidPnCofuncModality`.
        pub DxgkDdiEnumVidPnCofuncModality: PDXGKDDI_ENUMVIDPNCOFUNCMODALITY,
        /// `DxgkDdiSetVidPnSourceAddress`.
        pub DxgkDdiSetVidPnSourceAddress: PDXGKDDI_SETVIDPNSOURCEADDRESS,
        /// `DxgkDdiSetVidPnSourceVisibility`.
        pub DxgkDdiSetVidPnSourceVisibility: PDXGKDDI_SETVIDPNSOURCEVISIBILITY,
        /// `DxgkDdiCommitVidPn`.
        pub DxgkDdiCommitVidPn: PDXGKDDI_COMMITVIDPN,
        /// `DxgkDdiUpdateActiveVidPnPresentPath`.
        pub DxgkDdiUpdateActiveVidPnPresentPath: PDXGKDDI_UPDATEACTIVEVIDPNPRESENTPATH,
        /// `DxgkDdiRecommendMonitorModes`.
        pub DxgkDdiRecommendMonitorModes: PDXGKDDI_RECOMMENDMONITORMODES,
        /// `DxgkDdiRecommendVidPnTopology`.
        pub DxgkDdiRecommendVidPnTopology: PDXGKDDI_RECOMMENDVIDPNTOPOLOGY,
        /// `DxgkDdiGetScanLine`.
        pub DxgkDdiGetScanLine: PDXGKDDI_GETSCANLINE,
        /// `DxgkDdiStopCapture`.
        pub DxgkDdiStopCapture: PDXGKDDI_STOPCAPTURE,
        /// `DxgkDdiControlInterrupt`.
        pub DxgkDdiControlInterrupt: PDXGKDDI_CONTROLINTERRUPT,
        /// `DxgkDdiCreateOverlay`.
        pub DxgkDdiCreateOverlay: PDXGKDDI_CREATEOVERLAY,
        /// `DxgkDdiDestroyDevice`.
        pub DxgkDdiDestroyDevice: PDXGKDDI_DESTROYDEVICE,
        /// `DxgkDdiOpenAllocation`.
        pub DxgkDdiOpenAllocation: PDXGKDDI_OPENALLOCATIONINFO,
        /// `DxgkDdiCloseAllocation`.
        pub DxgkDdiCloseAllocation: PDXGKDDI_CLOSEALLOCATION,
        /// `DxgkDdiRender`.
        pub DxgkDdiRender: PDXGKDDI_RENDER,
        /// `DxgkDdiPresent`.
        pub DxgkDdiPresent: PDXGKDDI_PRESENT,
        /// `DxgkDdiUpdateOverlay`.
        pub DxgkDdiUpdateOverlay: PDXGKDDI_UPDATEOVERLAY,
        /// `DxgkDdiFlipOverlay`.
        pub DxgkDdiFlipOverlay: PDXGKDDI_FLIPOVERLAY,
        /// `DxgkDdiDestroyOverlay`.
        pub DxgkDdiDestroyOverlay: PDXGKDDI_DESTROYOVERLAY,
        /// `DxgkDdiCreateContext`.
        pub DxgkDdiCreateContext: PDXGKDDI_CREATECONTEXT,
        /// `DxgkDdiDestroyContext`.
        pub DxgkDdiDestroyContext: PDXGKDDI_DESTROYCONTEXT,
        /// `DxgkDdiLinkDevice`.
        pub DxgkDdiLinkDevice: PDXGKDDI_LINK_DEVICE,
        /// `DxgkDdiSetDisplayPrivateDriverFormat`.
        pub DxgkDdiSetDisplayPrivateDriverFormat: PDXGKDDI_SETDISPLAYPRIVATEDRIVERFORMAT,
        /// `DxgkDdiDescribePageTable`.
        pub DxgkDdiDescribePageTable: PVOID,
        /// `DxgkDdiUpdatePageTable`.
        pub DxgkDdiUpdatePageTable: PVOID,
        /// `DxgkDdiUpdatePageDirectory`.
        pub DxgkDdiUpdatePageDirectory: PVOID,
        /// `DxgkDdiMovePageDirectory`.
        pub DxgkDdiMovePageDirectory: PVOID,
        /// `DxgkDdiSubmitRender`.
        pub DxgkDdiSubmitRender: PVOID,
        /// `DxgkDdiCreateAllocation2`.
        pub DxgkDdiCreateAllocation2: PVOID,
        /// `DxgkDdiRenderKm`.
        pub DxgkDdiRenderKm: PDXGKDDI_RENDER,
        /// `Reserved`.
        pub Reserved: *mut c_void,
        /// `DxgkDdiQueryVidPnHWCapability`.
        pub DxgkDdiQueryVidPnHWCapability: PDXGKDDI_QUERYVIDPNHWCAPABILITY,
        /// `DxgkDdiSetPowerComponentFState`.
        pub DxgkDdiSetPowerComponentFState: PDXGKDDISETPOWERCOMPONENTFSTATE,
        /// `DxgkDdiQueryDependentEngineGroup`.
        pub DxgkDdiQueryDependentEngineGroup: PDXGKDDI_QUERYDEPENDENTENGINEGROUP,
        /// `DxgkDdiQueryEngineStatus`.
        pub DxgkDdiQueryEngineStatus: PDXGKDDI_QUERYENGINESTATUS,
        /// `DxgkDdiResetEngine`.
        pub DxgkDdiResetEngine: PDXGKDDI_RESETENGINE,
        /// `DxgkDdiStopDeviceAndReleasePostDisplayOwnership`.
        pub DxgkDdiStopDeviceAndReleasePostDisplayOwnership: PDXGKDDI_STOP_DEVICE_AND_RELEASE_POST_DISPLAY_OWNERSHIP,
        /// `DxgkDdiSystemDisplayEnable`.
        pub DxgkDdiSystemDisplayEnable: PDXGKDDI_SYSTEM_DISPLAY_ENABLE,
        /// `DxgkDdiSystemDisplayWrite`.
        pub DxgkDdiSystemDisplayWrite: PDXGKDDI_SYSTEM_DISPLAY_WRITE,
        /// `DxgkDdiCancelCommand`.
        pub DxgkDdiCancelCommand: PDXGKDDI_CANCELCOMMAND,
        /// `DxgkDdiGetChildContainerId`.
        pub DxgkDdiGetChildContainerId: PDXGKDDI_GET_CHILD_CONTAINER_ID,
        /// `DxgkDdiPowerRuntimeControlRequest`.
        pub DxgkDdiPowerRuntimeControlRequest: PDXGKDDIPOWERRUNTIMECONTROLREQUEST,
        /// `DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay`.
        pub DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay: PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY,
        /// `DxgkDdiNotifySurpriseRemoval`.
        pub DxgkDdiNotifySurpriseRemoval: PDXGKDDI_NOTIFY_SURPRISE_REMOVAL,
        /// `DxgkDdiGetNodeMetadata`.
        pub DxgkDdiGetNodeMetadata: PDXGKDDI_GETNODEMETADATA,
        /// `DxgkDdiSetPowerPState`.
        pub DxgkDdiSetPowerPState: PDXGKDDISETPOWERPSTATE,
        /// `DxgkDdiControlInterrupt2`.
        pub DxgkDdiControlInterrupt2: PDXGKDDI_CONTROLINTERRUPT2,
        /// `DxgkDdiCheckMultiPlaneOverlaySupport`.
        pub DxgkDdiCheckMultiPlaneOverlaySupport: PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT,
        /// `DxgkDdiCalibrateGpuClock`.
        pub DxgkDdiCalibrateGpuClock: PDXGKDDI_CALIBRATEGPUCLOCK,
        /// `DxgkDdiFormatHistoryBuffer`.
        pub DxgkDdiFormatHistoryBuffer: PDXGKDDI_FORMATHISTORYBUFFER,
        /// `DxgkDdiRenderGdi`.
        pub DxgkDdiRenderGdi: PDXGKDDI_RENDERGDI,
        /// `DxgkDdiSubmitCommandVirtual`.
        pub DxgkDdiSubmitCommandVirtual: PDXGKDDI_SUBMITCOMMANDVIRTUAL,
        /// `DxgkDdiSetRootPageTable`.
        pub DxgkDdiSetRootPageTable: PDXGKDDI_SETROOTPAGETABLE,
        /// `DxgkDdiGetRootPageTableSize`.
        pub DxgkDdiGetRootPageTableSize: PDXGKDDI_GETROOTPAGETABLESIZE,
        /// `DxgkDdiMapCpuHostAperture`.
        pub DxgkDdiMapCpuHostAperture: PDXGKDDI_MAPCPUHOSTAPERTURE,
        /// `DxgkDdiUnmapCpuHostAperture`.
        pub DxgkDdiUnmapCpuHostAperture: PDXGKDDI_UNMAPCPUHOSTAPERTURE,
        /// `DxgkDdiCheckMultiPlaneOverlaySupport2`.
        pub DxgkDdiCheckMultiPlaneOverlaySupport2: PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT2,
        /// `DxgkDdiCreateProcess`.
        pub DxgkDdiCreateProcess: PDXGKDDI_CREATEPROCESS,
        /// `DxgkDdiDestroyProcess`.
        pub DxgkDdiDestroyProcess: PDXGKDDI_DESTROYPROCESS,
        /// `DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay2`.
        pub DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay2: PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY2,
        /// `Reserved1`.
        pub Reserved1: *mut c_void,
        /// `Reserved2`.
        pub Reserved2: *mut c_void,
        /// `DxgkDdiPowerRuntimeSetDeviceHandle`.
        pub DxgkDdiPowerRuntimeSetDeviceHandle: PDXGKDDI_POWERRUNTIMESETDEVICEHANDLE,
        /// `DxgkDdiSetStablePowerState`.
        pub DxgkDdiSetStablePowerState: PDXGKDDI_SETSTABLEPOWERSTATE,
        /// `DxgkDdiSetVideoProtectedRegion`.
        pub DxgkDdiSetVideoProtectedRegion: PDXGKDDI_SETVIDEOPROTECTEDREGION,
        /// `DxgkDdiCheckMultiPlaneOverlaySupport3`.
        pub DxgkDdiCheckMultiPlaneOverlaySupport3: PDXGKDDI_CHECKMULTIPLANEOVERLAYSUPPORT3,
        /// `DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay3`.
        pub DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay3: PDXGKDDI_SETVIDPNSOURCEADDRESSWITHMULTIPLANEOVERLAY3,
        /// `DxgkDdiPostMultiPlaneOverlayPresent`.
        pub DxgkDdiPostMultiPlaneOverlayPresent: PDXGKDDI_POSTMULTIPLANEOVERLAYPRESENT,
        /// `DxgkDdiValidateUpdateAllocationProperty`.
        pub DxgkDdiValidateUpdateAllocationProperty: PDXGKDDI_VALIDATEUPDATEALLOCATIONPROPERTY,
        /// `DxgkDdiControlModeBehavior`.
        pub DxgkDdiControlModeBehavior: PDXGKDDI_CONTROLMODEBEHAVIOR,
        /// `DxgkDdiUpdateMonitorLinkInfo`.
        pub DxgkDdiUpdateMonitorLinkInfo: PDXGKDDI_UPDATEMONITORLINKINFO,
        /// `DxgkDdiCreateHwContext`.
        pub DxgkDdiCreateHwContext: PDXGKDDI_CREATEHWCONTEXT,
        /// `DxgkDdiDestroyHwContext`.
        pub DxgkDdiDestroyHwContext: PDXGKDDI_DESTROYHWCONTEXT,
        /// `DxgkDdiCreateHwQueue`.
        pub DxgkDdiCreateHwQueue: PDXGKDDI_CREATEHWQUEUE,
        /// `DxgkDdiDestroyHwQueue`.
        pub DxgkDdiDestroyHwQueue: PDXGKDDI_DESTROYHWQUEUE,
        /// `DxgkDdiSubmitCommandToHwQueue`.
        pub DxgkDdiSubmitCommandToHwQueue: PDXGKDDI_SUBMITCOMMANDTOHWQUEUE,
        /// `DxgkDdiSwitchToHwContextList`.
        pub DxgkDdiSwitchToHwContextList: PDXGKDDI_SWITCHTOHWCONTEXTLIST,
        /// `DxgkDdiResetHwEngine`.
        pub DxgkDdiResetHwEngine: PDXGKDDI_RESETHWENGINE,
        /// `DxgkDdiCreatePeriodicFrameNotification`.
        pub DxgkDdiCreatePeriodicFrameNotification: PDXGKDDI_CREATEPERIODICFRAMENOTIFICATION,
        /// `DxgkDdiDestroyPeriodicFrameNotification`.
        pub DxgkDdiDestroyPeriodicFrameNotification: PDXGKDDI_DESTROYPERIODICFRAMENOTIFICATION,
        /// `DxgkDdiSetTimingsFromVidPn`.
        pub DxgkDdiSetTimingsFromVidPn: PDXGKDDI_SETTIMINGSFROMVIDPN,
        /// `DxgkDdiSetTargetGamma`.
        pub DxgkDdiSetTargetGamma: PDXGKDDI_SETTARGETGAMMA,
        /// `DxgkDdiSetTargetContentType`.
        pub DxgkDdiSetTargetContentType: PDXGKDDI_SETTARGETCONTENTTYPE,
        /// `DxgkDdiSetTargetAnalogCopyProtection`.
        pub DxgkDdiSetTargetAnalogCopyProtection: PDXGKDDI_SETTARGETANALOGCOPYPROTECTION,
        /// `DxgkDdiSetTargetAdjustedColorimetry`.
        pub DxgkDdiSetTargetAdjustedColorimetry: PDXGKDDI_SETTARGETADJUSTEDCOLORIMETRY,
        /// `DxgkDdiDisplayDetectControl`.
        pub DxgkDdiDisplayDetectControl: PDXGKDDI_DISPLAYDETECTCONTROL,
        /// `DxgkDdiQueryConnectionChange`.
        pub DxgkDdiQueryConnectionChange: PDXGKDDI_QUERYCONNECTIONCHANGE,
        /// `DxgkDdiExchangePreStartInfo`.
        pub DxgkDdiExchangePreStartInfo: PDXGKDDI_EXCHANGEPRESTARTINFO,
        /// `DxgkDdiGetMultiPlaneOverlayCaps`.
        pub DxgkDdiGetMultiPlaneOverlayCaps: PDXGKDDI_GETMULTIPLANEOVERLAYCAPS,
        /// `DxgkDdiGetPostCompositionCaps`.
        pub DxgkDdiGetPostCompositionCaps: PDXGKDDI_GETPOSTCOMPOSITIONCAPS,
        /// `DxgkDdiUpdateHwContextState`.
        pub DxgkDdiUpdateHwContextState: PDXGKDDI_UPDATEHWCONTEXTSTATE,
        /// `DxgkDdiCreateProtectedSession`.
        pub DxgkDdiCreateProtectedSession: PDXGKDDI_CREATEPROTECTEDSESSION,
        /// `DxgkDdiDestroyProtectedSession`.
        pub DxgkDdiDestroyProtectedSession: PDXGKDDI_DESTROYPROTECTEDSESSION,
        /// `DxgkDdiSetSchedulingLogBuffer`.
        pub DxgkDdiSetSchedulingLogBuffer: PDXGKDDI_SETSCHEDULINGLOGBUFFER,
        /// `DxgkDdiSetupPriorityBands`.
        pub DxgkDdiSetupPriorityBands: PDXGKDDI_SETUPPRIORITYBANDS,
        /// `DxgkDdiNotifyFocusPresent`.
        pub DxgkDdiNotifyFocusPresent: PDXGKDDI_NOTIFYFOCUSPRESENT,
        /// `DxgkDdiSetContextSchedulingProperties`.
        pub DxgkDdiSetContextSchedulingProperties: PDXGKDDI_SETCONTEXTSCHEDULINGPROPERTIES,
        /// `DxgkDdiSuspendContext`.
        pub DxgkDdiSuspendContext: PDXGKDDI_SUSPENDCONTEXT,
        /// `DxgkDdiResumeContext`.
        pub DxgkDdiResumeContext: PDXGKDDI_RESUMECONTEXT,
        /// `DxgkDdiSetVirtualMachineData`.
        pub DxgkDdiSetVirtualMachineData: PDXGKDDI_SETVIRTUALMACHINEDATA,
        /// `DxgkDdiBeginExclusiveAccess`.
        pub DxgkDdiBeginExclusiveAccess: PDXGKDDI_BEGINEXCLUSIVEACCESS,
        /// `DxgkDdiEndExclusiveAccess`.
        pub DxgkDdiEndExclusiveAccess: PDXGKDDI_ENDEXCLUSIVEACCESS,
        /// `DxgkDdiQueryDiagnosticTypesSupport`.
        pub DxgkDdiQueryDiagnosticTypesSupport: PDXGKDDI_QUERYDIAGNOSTICTYPESSUPPORT,
        /// `DxgkDdiControlDiagnosticReporting`.
        pub DxgkDdiControlDiagnosticReporting: PDXGKDDI_CONTROLDIAGNOSTICREPORTING,
        /// `DxgkDdiResumeHwEngine`.
        pub DxgkDdiResumeHwEngine: PDXGKDDI_RESUMEHWENGINE,
        /// `DxgkDdiSignalMonitoredFence`.
        pub DxgkDdiSignalMonitoredFence: PDXGKDDI_SIGNALMONITOREDFENCE,
        /// `DxgkDdiPresentToHwQueue`.
        pub DxgkDdiPresentToHwQueue: PDXGKDDI_PRESENTTOHWQUEUE,
        /// `DxgkDdiValidateSubmitCommand`.
        pub DxgkDdiValidateSubmitCommand: PDXGKDDI_VALIDATESUBMITCOMMAND,
        /// `DxgkDdiSetTargetAdjustedColorimetry2`.
        pub DxgkDdiSetTargetAdjustedColorimetry2: PDXGKDDI_SETTARGETADJUSTEDCOLORIMETRY2,
        /// `DxgkDdiSetTrackedWorkloadPowerLevel`.
        pub DxgkDdiSetTrackedWorkloadPowerLevel: PDXGKDDI_SETTRACKEDWORKLOADPOWERLEVEL,
        /// `DxgkDdiSaveMemoryForHotUpdate`.
        pub DxgkDdiSaveMemoryForHotUpdate: PDXGKDDI_SAVEMEMORYFORHOTUPDATE,
        /// `DxgkDdiRestoreMemoryForHotUpdate`.
        pub DxgkDdiRestoreMemoryForHotUpdate: PDXGKDDI_RESTOREMEMORYFORHOTUPDATE,
        /// `DxgkDdiCollectDiagnosticInfo`.
        pub DxgkDdiCollectDiagnosticInfo: PDXGKDDI_COLLECTDIAGNOSTICINFO,
        /// `Reserved3`.
        pub Reserved3: *mut c_void,
        /// `DxgkDdiControlInterrupt3`.
        pub DxgkDdiControlInterrupt3: PDXGKDDI_CONTROLINTERRUPT3,
        /// `DxgkDdiSetFlipQueueLogBuffer`.
        pub DxgkDdiSetFlipQueueLogBuffer: PDXGKDDI_SETFLIPQUEUELOGBUFFER,
        /// `DxgkDdiUpdateFlipQueueLog`.
        pub DxgkDdiUpdateFlipQueueLog: PDXGKDDI_UPDATEFLIPQUEUELOG,
        /// `DxgkDdiCancelQueuedFlips`.
        pub DxgkDdiCancelQueuedFlips: PDXGKDDI_CANCELQUEUEDFLIPS,
        /// `DxgkDdiSetInterruptTargetPresentId`.
        pub DxgkDdiSetInterruptTargetPresentId: PDXGKDDI_SETINTERRUPTTARGETPRESENTID,
        /// `DxgkDdiSetAllocationBackingStore`.
        pub DxgkDdiSetAllocationBackingStore: PDXGKDDI_SETALLOCATIONBACKINGSTORE,
        /// `DxgkDdiCreateCpuEvent`.
        pub DxgkDdiCreateCpuEvent: PDXGKDDI_CREATECPUEVENT,
        /// `DxgkDdiDestroyCpuEvent`.
        pub DxgkDdiDestroyCpuEvent: PDXGKDDI_DESTROYCPUEVENT,
        /// `DxgkDdiCancelFlips`.
        pub DxgkDdiCancelFlips: PDXGKDDI_CANCELFLIPS,
    }

    /// Pointer to [`DRIVER_INITIALIZATION_DATA`].
    pub type PDRIVER_INITIALIZATION_DATA = *mut DRIVER_INITIALIZATION_DATA;

    /// `PDXGKRNL_INTERFACE`.
    pub type PDXGKRNL_INTERFACE = *mut DXGKRNL_INTERFACE;
}

wdk_zeroed_default!(
    DXGKARG_CONTROLINTERRUPT2_0,
    DXGKARG_CONTROLINTERRUPT2,
    DXGK_START_INFO,
    DXGKRNL_INTERFACE,
    DRIVER_INITIALIZATION_DATA
);
