//! Types of the WDK's `d3dumddi.h`: the runtime callbacks a UMD calls, their argument
//! structures, and the adapter-open / device-create structures.
use super::*;
#[allow(unused_imports)]
use core::ffi::c_void;

wdk_flags! {
    /// `D3DDDICB_RENDERFLAGS` flag bits.
    D3DDDICB_RENDERFLAGS {
        ResizeCommandBuffer = 0x1,
        ResizeAllocationList = 0x2,
        ResizePatchLocationList = 0x4,
        NullRendering = 0x8,
        Reserved = 0xfffffff0,
    }
}

wdk_flags! {
    /// `D3DDDI_CREATEDEVICEFLAGS` flag bits.
    D3DDDI_CREATEDEVICEFLAGS {
        AllowMultithreading = 0x1,
        AllowFlipBatching = 0x2,
        Reserved = 0xfffffffc,
    }
}

wdk! {
    /// Anonymous union of `D3DDDICB_ALLOCATE`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union D3DDDICB_ALLOCATE_0 {
        /// `pAllocationInfo`.
        pub pAllocationInfo: *mut D3DDDI_ALLOCATIONINFO,
        /// `pAllocationInfo2`.
        pub pAllocationInfo2: *mut D3DDDI_ALLOCATIONINFO2,
    }

    /// `D3DDDICB_ALLOCATE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct D3DDDICB_ALLOCATE {
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *const c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `hResource`.
        pub hResource: HANDLE,
        /// `hKMResource`.
        pub hKMResource: D3DKMT_HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `Anonymous`.
        pub Anonymous: D3DDDICB_ALLOCATE_0,
    }

    /// `D3DDDICB_DEALLOCATE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_DEALLOCATE {
        /// `hResource`.
        pub hResource: HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
    }

    /// `D3DDDICB_DEALLOCATE2` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_DEALLOCATE2 {
        /// `hResource`.
        pub hResource: HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `Flags`.
        pub Flags: D3DDDICB_DESTROYALLOCATION2FLAGS,
    }

    /// `D3DDDICB_SETPRIORITY` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_SETPRIORITY {
        /// `hResource`.
        pub hResource: HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `pPriorities`.
        pub pPriorities: *const UINT,
    }

    /// `D3DDDICB_QUERYRESIDENCY` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_QUERYRESIDENCY {
        /// `hResource`.
        pub hResource: HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `pResidencyStatus`.
        pub pResidencyStatus: *mut D3DDDI_RESIDENCYSTATUS,
    }

    /// `D3DDDICB_LOCK` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_LOCK {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
        /// `PrivateDriverData`.
        pub PrivateDriverData: UINT,
        /// `NumPages`.
        pub NumPages: UINT,
        /// `pPages`.
        pub pPages: *const UINT,
        /// `pData`.
        pub pData: *mut c_void,
        /// `Flags`.
        pub Flags: D3DDDICB_LOCKFLAGS,
        /// `GpuVirtualAddress`.
        pub GpuVirtualAddress: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `D3DDDICB_UNLOCK` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_UNLOCK {
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `phAllocations`.
        pub phAllocations: *const D3DKMT_HANDLE,
    }

    /// `D3DDDICB_LOCK2` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_LOCK2 {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
        /// `Flags`.
        pub Flags: D3DDDICB_LOCK2FLAGS,
        /// `pData`.
        pub pData: *mut c_void,
    }

    /// `D3DDDICB_UNLOCK2` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_UNLOCK2 {
        /// `hAllocation`.
        pub hAllocation: D3DKMT_HANDLE,
    }

    /// `D3DDDICB_EVICT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_EVICT {
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `AllocationList`.
        pub AllocationList: *const D3DKMT_HANDLE,
        /// `Flags`.
        pub Flags: D3DDDI_EVICT_FLAGS,
        /// `NumBytesToTrim`.
        pub NumBytesToTrim: UINT64,
    }

    /// `D3DDDICB_OFFERALLOCATIONS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_OFFERALLOCATIONS {
        /// `pResources`.
        pub pResources: *const HANDLE,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `Priority`.
        pub Priority: D3DDDI_OFFER_PRIORITY,
    }

    /// `D3DDDICB_RECLAIMALLOCATIONS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_RECLAIMALLOCATIONS {
        /// `pResources`.
        pub pResources: *const HANDLE,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `pDiscarded`.
        pub pDiscarded: *mut BOOL,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
    }

    /// `D3DDDICB_RECLAIMALLOCATIONS2` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_RECLAIMALLOCATIONS2 {
        /// `PagingQueue`.
        pub PagingQueue: D3DKMT_HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `pResources`.
        pub pResources: *const HANDLE,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `pDiscarded`.
        pub pDiscarded: *mut BOOL,
        /// `PagingFenceValue`.
        pub PagingFenceValue: UINT64,
    }

    /// `D3DDDICB_OFFERALLOCATIONS2` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_OFFERALLOCATIONS2 {
        /// `pResources`.
        pub pResources: *const HANDLE,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `Priority`.
        pub Priority: D3DDDI_OFFER_PRIORITY,
        /// `Flags`.
        pub Flags: D3DDDI_OFFER_FLAGS,
    }

    /// `D3DDDICB_RECLAIMALLOCATIONS3` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_RECLAIMALLOCATIONS3 {
        /// `PagingQueue`.
        pub PagingQueue: D3DKMT_HANDLE,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `pResources`.
        pub pResources: *const HANDLE,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `pResults`.
        pub pResults: *mut D3DDDI_RECLAIM_RESULT,
        /// `PagingFenceValue`.
        pub PagingFenceValue: UINT64,
    }

    /// `D3D12DDICB_OFFERALLOCATIONS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3D12DDICB_OFFERALLOCATIONS {
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `HandleList`.
        pub HandleList: *const D3DKMT_HANDLE,
        /// `Priority`.
        pub Priority: D3DDDI_OFFER_PRIORITY,
    }

    /// `D3DDDICB_CREATECONTEXT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_CREATECONTEXT {
        /// `NodeOrdinal`.
        pub NodeOrdinal: UINT,
        /// `EngineAffinity`.
        pub EngineAffinity: UINT,
        /// `Flags`.
        pub Flags: D3DDDI_CREATECONTEXTFLAGS,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `hContext`.
        pub hContext: HANDLE,
        /// `pCommandBuffer`.
        pub pCommandBuffer: *mut c_void,
        /// `CommandBufferSize`.
        pub CommandBufferSize: UINT,
        /// `pAllocationList`.
        pub pAllocationList: *mut D3DDDI_ALLOCATIONLIST,
        /// `AllocationListSize`.
        pub AllocationListSize: UINT,
        /// `pPatchLocationList`.
        pub pPatchLocationList: *mut D3DDDI_PATCHLOCATIONLIST,
        /// `PatchLocationListSize`.
        pub PatchLocationListSize: UINT,
        /// `CommandBuffer`.
        pub CommandBuffer: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `D3DDDICB_DESTROYCONTEXT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_DESTROYCONTEXT {
        /// `hContext`.
        pub hContext: HANDLE,
    }

    /// `D3DDDI_MARKERLOGTYPE` (a 32-bit enum: any value a driver passes is representable).
    pub type D3DDDI_MARKERLOGTYPE = i32;

    /// `D3DDDIMLT_NONE`.
    pub const D3DDDIMLT_NONE: D3DDDI_MARKERLOGTYPE = 0;

    /// `D3DDDIMLT_PROFILE`.
    pub const D3DDDIMLT_PROFILE: D3DDDI_MARKERLOGTYPE = 1;

    /// `D3DDDIMLT_FT_PROFILE`.
    pub const D3DDDIMLT_FT_PROFILE: D3DDDI_MARKERLOGTYPE = 2;

    /// `D3DDDIMLT_BATCHED`.
    pub const D3DDDIMLT_BATCHED: D3DDDI_MARKERLOGTYPE = 3;

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDI_BATCHEDMARKERDATA {
        _private: [u8; 0],
    }

    /// Anonymous struct of `D3DDDICB_RENDER_0`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_RENDER_0_0 {
        /// `FirstAPISequenceNumberHigh`.
        pub FirstAPISequenceNumberHigh: UINT,
        /// `CompletedAPISequenceNumberLow0Size`.
        pub CompletedAPISequenceNumberLow0Size: UINT,
        /// `CompletedAPISequenceNumberLow1Size`.
        pub CompletedAPISequenceNumberLow1Size: UINT,
        /// `BegunAPISequenceNumberLow0Size`.
        pub BegunAPISequenceNumberLow0Size: UINT,
        /// `BegunAPISequenceNumberLow1Size`.
        pub BegunAPISequenceNumberLow1Size: UINT,
    }

    /// Anonymous union of `D3DDDICB_RENDER`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union D3DDDICB_RENDER_0 {
        /// `Anonymous`.
        pub Anonymous: D3DDDICB_RENDER_0_0,
        /// `BatchedMarkerDataCount`.
        pub BatchedMarkerDataCount: UINT,
    }

    /// Anonymous struct of `D3DDDICB_RENDER_1`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_RENDER_1_0 {
        /// `pCompletedAPISequenceNumberLow0`.
        pub pCompletedAPISequenceNumberLow0: *const UINT,
        /// `pCompletedAPISequenceNumberLow1`.
        pub pCompletedAPISequenceNumberLow1: *const UINT,
        /// `pBegunAPISequenceNumberLow0`.
        pub pBegunAPISequenceNumberLow0: *const UINT,
        /// `pBegunAPISequenceNumberLow1`.
        pub pBegunAPISequenceNumberLow1: *const UINT,
    }

    /// Anonymous union of `D3DDDICB_RENDER`.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union D3DDDICB_RENDER_1 {
        /// `Anonymous`.
        pub Anonymous: D3DDDICB_RENDER_1_0,
        /// `pBatchedMarkerData`.
        pub pBatchedMarkerData: *const D3DDDI_BATCHEDMARKERDATA,
    }

    /// `D3DDDICB_RENDER` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct D3DDDICB_RENDER {
        /// `CommandLength`.
        pub CommandLength: UINT,
        /// `CommandOffset`.
        pub CommandOffset: UINT,
        /// `NumAllocations`.
        pub NumAllocations: UINT,
        /// `NumPatchLocations`.
        pub NumPatchLocations: UINT,
        /// `pNewCommandBuffer`.
        pub pNewCommandBuffer: *mut c_void,
        /// `NewCommandBufferSize`.
        pub NewCommandBufferSize: UINT,
        /// `pNewAllocationList`.
        pub pNewAllocationList: *mut D3DDDI_ALLOCATIONLIST,
        /// `NewAllocationListSize`.
        pub NewAllocationListSize: UINT,
        /// `pNewPatchLocationList`.
        pub pNewPatchLocationList: *mut D3DDDI_PATCHLOCATIONLIST,
        /// `NewPatchLocationListSize`.
        pub NewPatchLocationListSize: UINT,
        /// `Flags`.
        pub Flags: D3DDDICB_RENDERFLAGS,
        /// `hContext`.
        pub hContext: HANDLE,
        /// `BroadcastContextCount`.
        pub BroadcastContextCount: UINT,
        /// `BroadcastContext`.
        pub BroadcastContext: [HANDLE; 64],
        /// `QueuedBufferCount`.
        pub QueuedBufferCount: ULONG,
        /// `NewCommandBuffer`.
        pub NewCommandBuffer: D3DGPU_VIRTUAL_ADDRESS,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `MarkerLogType`.
        pub MarkerLogType: D3DDDI_MARKERLOGTYPE,
        /// `RenderCBSequence`.
        pub RenderCBSequence: UINT,
        /// `Anonymous1`.
        pub Anonymous1: D3DDDICB_RENDER_0,
        /// `Anonymous2`.
        pub Anonymous2: D3DDDICB_RENDER_1,
    }

    /// `D3DDDICB_PRESENT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_PRESENT {
        /// `hSrcAllocation`.
        pub hSrcAllocation: D3DKMT_HANDLE,
        /// `hDstAllocation`.
        pub hDstAllocation: D3DKMT_HANDLE,
        /// `hContext`.
        pub hContext: HANDLE,
        /// `BroadcastContextCount`.
        pub BroadcastContextCount: UINT,
        /// `BroadcastContext`.
        pub BroadcastContext: [HANDLE; 64],
        /// `BroadcastSrcAllocation`.
        pub BroadcastSrcAllocation: *mut D3DKMT_HANDLE,
        /// `BroadcastDstAllocation`.
        pub BroadcastDstAllocation: *mut D3DKMT_HANDLE,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: PVOID,
        /// `bOptimizeForComposition`.
        pub bOptimizeForComposition: BOOLEAN,
        /// `SyncIntervalOverrideValid`.
        pub SyncIntervalOverrideValid: BOOL,
        /// `SyncIntervalOverride`.
        pub SyncIntervalOverride: D3DDDI_FLIPINTERVAL_TYPE,
    }

    /// `D3DDDICB_ESCAPE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_ESCAPE {
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
    }

    /// `D3DDDICB_CREATESYNCHRONIZATIONOBJECT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct D3DDDICB_CREATESYNCHRONIZATIONOBJECT {
        /// `Info`.
        pub Info: D3DDDI_SYNCHRONIZATIONOBJECTINFO,
        /// `hSyncObject`.
        pub hSyncObject: D3DKMT_HANDLE,
    }

    /// `D3DDDICB_DESTROYSYNCHRONIZATIONOBJECT` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_DESTROYSYNCHRONIZATIONOBJECT {
        /// `hSyncObject`.
        pub hSyncObject: D3DKMT_HANDLE,
    }

    /// `D3DDDICB_QUERYADAPTERINFO` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDICB_QUERYADAPTERINFO {
        /// `pPrivateDriverData`.
        pub pPrivateDriverData: *mut c_void,
        /// `PrivateDriverDataSize`.
        pub PrivateDriverDataSize: UINT,
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SETDISPLAYMODE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_CREATEOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_UPDATEOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_FLIPOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_DESTROYOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_WAITFORSYNCHRONIZATIONOBJECT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SIGNALSYNCHRONIZATIONOBJECT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SETDISPLAYPRIVATEDRIVERFORMAT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_CREATESYNCHRONIZATIONOBJECT2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_WAITFORSYNCHRONIZATIONOBJECT2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SIGNALSYNCHRONIZATIONOBJECT2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_PRESENTMULTIPLANEOVERLAY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_LOGUMDMARKER {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_WAITFORSYNCHRONIZATIONOBJECTFROMCPU {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SIGNALSYNCHRONIZATIONOBJECTFROMCPU {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_WAITFORSYNCHRONIZATIONOBJECTFROMGPU {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SIGNALSYNCHRONIZATIONOBJECTFROMGPU {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_CREATEPAGINGQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDI_DESTROYPAGINGQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_INVALIDATECACHE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDI_RESERVEGPUVIRTUALADDRESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDI_MAPGPUVIRTUALADDRESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_FREEGPUVIRTUALADDRESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_UPDATEGPUVIRTUALADDRESS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_CREATECONTEXTVIRTUAL {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SUBMITCOMMAND {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SIGNALSYNCHRONIZATIONOBJECTFROMGPU2 {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDI_GETRESOURCEPRESENTPRIVATEDRIVERDATA {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDI_UPDATEALLOCPROPERTY {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SYNCTOKEN {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_CREATEHWCONTEXT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_DESTROYHWCONTEXT {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_CREATEHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_DESTROYHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SUBMITCOMMANDTOHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SUBMITWAITFORSYNCOBJECTSTOHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SUBMITSIGNALSYNCOBJECTSTOHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SUBMITPRESENTBLTTOHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SUBMITPRESENTTOHWQUEUE {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_SUBMITHISTORYSEQUENCE {
        _private: [u8; 0],
    }

    /// `PFND3DDDI_ALLOCATECB`.
    pub type PFND3DDDI_ALLOCATECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_ALLOCATE) -> HRESULT>;

    /// `PFND3DDDI_DEALLOCATECB`.
    pub type PFND3DDDI_DEALLOCATECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_DEALLOCATE) -> HRESULT>;

    /// `PFND3DDDI_SETPRIORITYCB`.
    pub type PFND3DDDI_SETPRIORITYCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_SETPRIORITY) -> HRESULT>;

    /// `PFND3DDDI_QUERYRESIDENCYCB`.
    pub type PFND3DDDI_QUERYRESIDENCYCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_QUERYRESIDENCY) -> HRESULT>;

    /// `PFND3DDDI_SETDISPLAYMODECB`.
    pub type PFND3DDDI_SETDISPLAYMODECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_SETDISPLAYMODE) -> HRESULT>;

    /// `PFND3DDDI_PRESENTCB`.
    pub type PFND3DDDI_PRESENTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_PRESENT) -> HRESULT>;

    /// `PFND3DDDI_RENDERCB`.
    pub type PFND3DDDI_RENDERCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_RENDER) -> HRESULT>;

    /// `PFND3DDDI_LOCKCB`.
    pub type PFND3DDDI_LOCKCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_LOCK) -> HRESULT>;

    /// `PFND3DDDI_UNLOCKCB`.
    pub type PFND3DDDI_UNLOCKCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_UNLOCK) -> HRESULT>;

    /// `PFND3DDDI_ESCAPECB`.
    pub type PFND3DDDI_ESCAPECB = Option<unsafe extern "C" fn(hAdapter: HANDLE, *const D3DDDICB_ESCAPE) -> HRESULT>;

    /// `PFND3DDDI_CREATEOVERLAYCB`.
    pub type PFND3DDDI_CREATEOVERLAYCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_CREATEOVERLAY) -> HRESULT>;

    /// `PFND3DDDI_UPDATEOVERLAYCB`.
    pub type PFND3DDDI_UPDATEOVERLAYCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_UPDATEOVERLAY) -> HRESULT>;

    /// `PFND3DDDI_FLIPOVERLAYCB`.
    pub type PFND3DDDI_FLIPOVERLAYCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_FLIPOVERLAY) -> HRESULT>;

    /// `PFND3DDDI_DESTROYOVERLAYCB`.
    pub type PFND3DDDI_DESTROYOVERLAYCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_DESTROYOVERLAY) -> HRESULT>;

    /// `PFND3DDDI_CREATECONTEXTCB`.
    pub type PFND3DDDI_CREATECONTEXTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_CREATECONTEXT) -> HRESULT>;

    /// `PFND3DDDI_DESTROYCONTEXTCB`.
    pub type PFND3DDDI_DESTROYCONTEXTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_DESTROYCONTEXT) -> HRESULT>;

    /// `PFND3DDDI_CREATESYNCHRONIZATIONOBJECTCB`.
    pub type PFND3DDDI_CREATESYNCHRONIZATIONOBJECTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_CREATESYNCHRONIZATIONOBJECT) -> HRESULT>;

    /// `PFND3DDDI_DESTROYSYNCHRONIZATIONOBJECTCB`.
    pub type PFND3DDDI_DESTROYSYNCHRONIZATIONOBJECTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_DESTROYSYNCHRONIZATIONOBJECT) -> HRESULT>;

    /// `PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTCB`.
    pub type PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_WAITFORSYNCHRONIZATIONOBJECT) -> HRESULT>;

    /// `PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTCB`.
    pub type PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SIGNALSYNCHRONIZATIONOBJECT) -> HRESULT>;

    /// `PFND3DDDI_SETASYNCCALLBACKSCB`.
    pub type PFND3DDDI_SETASYNCCALLBACKSCB = Option<unsafe extern "C" fn(hDevice: HANDLE, Enable: BOOL) -> HRESULT>;

    /// `PFND3DDDI_SETDISPLAYPRIVATEDRIVERFORMATCB`.
    pub type PFND3DDDI_SETDISPLAYPRIVATEDRIVERFORMATCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SETDISPLAYPRIVATEDRIVERFORMAT) -> HRESULT>;

    /// `PFND3DDDI_OFFERALLOCATIONSCB`.
    pub type PFND3DDDI_OFFERALLOCATIONSCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_OFFERALLOCATIONS) -> HRESULT>;

    /// `PFND3DDDI_RECLAIMALLOCATIONSCB`.
    pub type PFND3DDDI_RECLAIMALLOCATIONSCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_RECLAIMALLOCATIONS) -> HRESULT>;

    /// `PFND3DDDI_CREATESYNCHRONIZATIONOBJECT2CB`.
    pub type PFND3DDDI_CREATESYNCHRONIZATIONOBJECT2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_CREATESYNCHRONIZATIONOBJECT2) -> HRESULT>;

    /// `PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECT2CB`.
    pub type PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECT2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_WAITFORSYNCHRONIZATIONOBJECT2) -> HRESULT>;

    /// `PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECT2CB`.
    pub type PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECT2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SIGNALSYNCHRONIZATIONOBJECT2) -> HRESULT>;

    /// `PFND3DDDI_PRESENTMULTIPLANEOVERLAYCB`.
    pub type PFND3DDDI_PRESENTMULTIPLANEOVERLAYCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_PRESENTMULTIPLANEOVERLAY) -> HRESULT>;

    /// `PFND3DDDI_LOGUMDMARKERCB`.
    pub type PFND3DDDI_LOGUMDMARKERCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_LOGUMDMARKER) -> HRESULT>;

    /// `PFND3DDDI_MAKERESIDENTCB`.
    pub type PFND3DDDI_MAKERESIDENTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDI_MAKERESIDENT) -> HRESULT>;

    /// `PFND3DDDI_EVICTCB`.
    pub type PFND3DDDI_EVICTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_EVICT) -> HRESULT>;

    /// `PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPUCB`.
    pub type PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPUCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_WAITFORSYNCHRONIZATIONOBJECTFROMCPU) -> HRESULT>;

    /// `PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMCPUCB`.
    pub type PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMCPUCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SIGNALSYNCHRONIZATIONOBJECTFROMCPU) -> HRESULT>;

    /// `PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMGPUCB`.
    pub type PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMGPUCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_WAITFORSYNCHRONIZATIONOBJECTFROMGPU) -> HRESULT>;

    /// `PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMGPUCB`.
    pub type PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMGPUCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SIGNALSYNCHRONIZATIONOBJECTFROMGPU) -> HRESULT>;

    /// `PFND3DDDI_CREATEPAGINGQUEUECB`.
    pub type PFND3DDDI_CREATEPAGINGQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_CREATEPAGINGQUEUE) -> HRESULT>;

    /// `PFND3DDDI_DESTROYPAGINGQUEUECB`.
    pub type PFND3DDDI_DESTROYPAGINGQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDI_DESTROYPAGINGQUEUE) -> HRESULT>;

    /// `PFND3DDDI_LOCK2CB`.
    pub type PFND3DDDI_LOCK2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_LOCK2) -> HRESULT>;

    /// `PFND3DDDI_UNLOCK2CB`.
    pub type PFND3DDDI_UNLOCK2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_UNLOCK2) -> HRESULT>;

    /// `PFND3DDDI_INVALIDATECACHECB`.
    pub type PFND3DDDI_INVALIDATECACHECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_INVALIDATECACHE) -> HRESULT>;

    /// `PFND3DDDI_RESERVEGPUVIRTUALADDRESSCB`.
    pub type PFND3DDDI_RESERVEGPUVIRTUALADDRESSCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDI_RESERVEGPUVIRTUALADDRESS) -> HRESULT>;

    /// `PFND3DDDI_MAPGPUVIRTUALADDRESSCB`.
    pub type PFND3DDDI_MAPGPUVIRTUALADDRESSCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDI_MAPGPUVIRTUALADDRESS) -> HRESULT>;

    /// `PFND3DDDI_FREEGPUVIRTUALADDRESSCB`.
    pub type PFND3DDDI_FREEGPUVIRTUALADDRESSCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_FREEGPUVIRTUALADDRESS) -> HRESULT>;

    /// `PFND3DDDI_UPDATEGPUVIRTUALADDRESSCB`.
    pub type PFND3DDDI_UPDATEGPUVIRTUALADDRESSCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_UPDATEGPUVIRTUALADDRESS) -> HRESULT>;

    /// `PFND3DDDI_CREATECONTEXTVIRTUALCB`.
    pub type PFND3DDDI_CREATECONTEXTVIRTUALCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_CREATECONTEXTVIRTUAL) -> HRESULT>;

    /// `PFND3DDDI_SUBMITCOMMANDCB`.
    pub type PFND3DDDI_SUBMITCOMMANDCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SUBMITCOMMAND) -> HRESULT>;

    /// `PFND3DDDI_DEALLOCATE2CB`.
    pub type PFND3DDDI_DEALLOCATE2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_DEALLOCATE2) -> HRESULT>;

    /// `PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMGPU2CB`.
    pub type PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMGPU2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SIGNALSYNCHRONIZATIONOBJECTFROMGPU2) -> HRESULT>;

    /// `PFND3DDDI_RECLAIMALLOCATIONS2CB`.
    pub type PFND3DDDI_RECLAIMALLOCATIONS2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_RECLAIMALLOCATIONS2) -> HRESULT>;

    /// `PFND3DDDI_GETRESOURCEPRESENTPRIVATEDRIVERDATACB`.
    pub type PFND3DDDI_GETRESOURCEPRESENTPRIVATEDRIVERDATACB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDI_GETRESOURCEPRESENTPRIVATEDRIVERDATA) -> HRESULT>;

    /// `PFND3DDDI_UPDATEALLOCATIONPROPERTYCB`.
    pub type PFND3DDDI_UPDATEALLOCATIONPROPERTYCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDI_UPDATEALLOCPROPERTY) -> HRESULT>;

    /// `PFND3DDDI_OFFERALLOCATIONS2CB`.
    pub type PFND3DDDI_OFFERALLOCATIONS2CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_OFFERALLOCATIONS2) -> HRESULT>;

    /// `PFND3DDDI_RECLAIMALLOCATIONS3CB`.
    pub type PFND3DDDI_RECLAIMALLOCATIONS3CB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_RECLAIMALLOCATIONS3) -> HRESULT>;

    /// `PFND3DDDI_SYNCTOKENCB`.
    pub type PFND3DDDI_SYNCTOKENCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SYNCTOKEN) -> HRESULT>;

    /// `PFND3DDDI_CREATEHWCONTEXTCB`.
    pub type PFND3DDDI_CREATEHWCONTEXTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_CREATEHWCONTEXT) -> HRESULT>;

    /// `PFND3DDDI_DESTROYHWCONTEXTCB`.
    pub type PFND3DDDI_DESTROYHWCONTEXTCB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_DESTROYHWCONTEXT) -> HRESULT>;

    /// `PFND3DDDI_CREATEHWQUEUECB`.
    pub type PFND3DDDI_CREATEHWQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_CREATEHWQUEUE) -> HRESULT>;

    /// `PFND3DDDI_DESTROYHWQUEUECB`.
    pub type PFND3DDDI_DESTROYHWQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_DESTROYHWQUEUE) -> HRESULT>;

    /// `PFND3DDDI_SUBMITCOMMANDTOHWQUEUECB`.
    pub type PFND3DDDI_SUBMITCOMMANDTOHWQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SUBMITCOMMANDTOHWQUEUE) -> HRESULT>;

    /// `PFND3DDDI_SUBMITWAITFORSYNCOBJECTSTOHWQUEUECB`.
    pub type PFND3DDDI_SUBMITWAITFORSYNCOBJECTSTOHWQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SUBMITWAITFORSYNCOBJECTSTOHWQUEUE) -> HRESULT>;

    /// `PFND3DDDI_SUBMITSIGNALSYNCOBJECTSTOHWQUEUECB`.
    pub type PFND3DDDI_SUBMITSIGNALSYNCOBJECTSTOHWQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SUBMITSIGNALSYNCOBJECTSTOHWQUEUE) -> HRESULT>;

    /// `PFND3DDDI_SUBMITPRESENTBLTTOHWQUEUECB`.
    pub type PFND3DDDI_SUBMITPRESENTBLTTOHWQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_SUBMITPRESENTBLTTOHWQUEUE) -> HRESULT>;

    /// `PFND3DDDI_SUBMITPRESENTTOHWQUEUECB`.
    pub type PFND3DDDI_SUBMITPRESENTTOHWQUEUECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *mut D3DDDICB_SUBMITPRESENTTOHWQUEUE) -> HRESULT>;

    /// `PFND3DDDI_SUBMITHISTORYSEQUENCECB`.
    pub type PFND3DDDI_SUBMITHISTORYSEQUENCECB = Option<unsafe extern "C" fn(hDevice: HANDLE, *const D3DDDICB_SUBMITHISTORYSEQUENCE) -> HRESULT>;

    /// `D3DDDI_DEVICECALLBACKS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_DEVICECALLBACKS {
        /// `pfnAllocateCb`.
        pub pfnAllocateCb: PFND3DDDI_ALLOCATECB,
        /// `pfnDeallocateCb`.
        pub pfnDeallocateCb: PFND3DDDI_DEALLOCATECB,
        /// `pfnSetPriorityCb`.
        pub pfnSetPriorityCb: PFND3DDDI_SETPRIORITYCB,
        /// `pfnQueryResidencyCb`.
        pub pfnQueryResidencyCb: PFND3DDDI_QUERYRESIDENCYCB,
        /// `pfnSetDisplayModeCb`.
        pub pfnSetDisplayModeCb: PFND3DDDI_SETDISPLAYMODECB,
        /// `pfnPresentCb`.
        pub pfnPresentCb: PFND3DDDI_PRESENTCB,
        /// `pfnRenderCb`.
        pub pfnRenderCb: PFND3DDDI_RENDERCB,
        /// `pfnLockCb`.
        pub pfnLockCb: PFND3DDDI_LOCKCB,
        /// `pfnUnlockCb`.
        pub pfnUnlockCb: PFND3DDDI_UNLOCKCB,
        /// `pfnEscapeCb`.
        pub pfnEscapeCb: PFND3DDDI_ESCAPECB,
        /// `pfnCreateOverlayCb`.
        pub pfnCreateOverlayCb: PFND3DDDI_CREATEOVERLAYCB,
        /// `pfnUpdateOverlayCb`.
        pub pfnUpdateOverlayCb: PFND3DDDI_UPDATEOVERLAYCB,
        /// `pfnFlipOverlayCb`.
        pub pfnFlipOverlayCb: PFND3DDDI_FLIPOVERLAYCB,
        /// `pfnDestroyOverlayCb`.
        pub pfnDestroyOverlayCb: PFND3DDDI_DESTROYOVERLAYCB,
        /// `pfnCreateContextCb`.
        pub pfnCreateContextCb: PFND3DDDI_CREATECONTEXTCB,
        /// `pfnDestroyContextCb`.
        pub pfnDestroyContextCb: PFND3DDDI_DESTROYCONTEXTCB,
        /// `pfnCreateSynchronizationObjectCb`.
        pub pfnCreateSynchronizationObjectCb: PFND3DDDI_CREATESYNCHRONIZATIONOBJECTCB,
        /// `pfnDestroySynchronizationObjectCb`.
        pub pfnDestroySynchronizationObjectCb: PFND3DDDI_DESTROYSYNCHRONIZATIONOBJECTCB,
        /// `pfnWaitForSynchronizationObjectCb`.
        pub pfnWaitForSynchronizationObjectCb: PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTCB,
        /// `pfnSignalSynchronizationObjectCb`.
        pub pfnSignalSynchronizationObjectCb: PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTCB,
        /// `pfnSetAsyncCallbacksCb`.
        pub pfnSetAsyncCallbacksCb: PFND3DDDI_SETASYNCCALLBACKSCB,
        /// `pfnSetDisplayPrivateDriverFormatCb`.
        pub pfnSetDisplayPrivateDriverFormatCb: PFND3DDDI_SETDISPLAYPRIVATEDRIVERFORMATCB,
        /// `pfnOfferAllocationsCb`.
        pub pfnOfferAllocationsCb: PFND3DDDI_OFFERALLOCATIONSCB,
        /// `pfnReclaimAllocationsCb`.
        pub pfnReclaimAllocationsCb: PFND3DDDI_RECLAIMALLOCATIONSCB,
        /// `pfnCreateSynchronizationObject2Cb`.
        pub pfnCreateSynchronizationObject2Cb: PFND3DDDI_CREATESYNCHRONIZATIONOBJECT2CB,
        /// `pfnWaitForSynchronizationObject2Cb`.
        pub pfnWaitForSynchronizationObject2Cb: PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECT2CB,
        /// `pfnSignalSynchronizationObject2Cb`.
        pub pfnSignalSynchronizationObject2Cb: PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECT2CB,
        /// `pfnPresentMultiPlaneOverlayCb`.
        pub pfnPresentMultiPlaneOverlayCb: PFND3DDDI_PRESENTMULTIPLANEOVERLAYCB,
        /// `pfnLogUMDMarkerCb`.
        pub pfnLogUMDMarkerCb: PFND3DDDI_LOGUMDMARKERCB,
        /// `pfnMakeResidentCb`.
        pub pfnMakeResidentCb: PFND3DDDI_MAKERESIDENTCB,
        /// `pfnEvictCb`.
        pub pfnEvictCb: PFND3DDDI_EVICTCB,
        /// `pfnWaitForSynchronizationObjectFromCpuCb`.
        pub pfnWaitForSynchronizationObjectFromCpuCb: PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPUCB,
        /// `pfnSignalSynchronizationObjectFromCpuCb`.
        pub pfnSignalSynchronizationObjectFromCpuCb: PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMCPUCB,
        /// `pfnWaitForSynchronizationObjectFromGpuCb`.
        pub pfnWaitForSynchronizationObjectFromGpuCb: PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMGPUCB,
        /// `pfnSignalSynchronizationObjectFromGpuCb`.
        pub pfnSignalSynchronizationObjectFromGpuCb: PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMGPUCB,
        /// `pfnCreatePagingQueueCb`.
        pub pfnCreatePagingQueueCb: PFND3DDDI_CREATEPAGINGQUEUECB,
        /// `pfnDestroyPagingQueueCb`.
        pub pfnDestroyPagingQueueCb: PFND3DDDI_DESTROYPAGINGQUEUECB,
        /// `pfnLock2Cb`.
        pub pfnLock2Cb: PFND3DDDI_LOCK2CB,
        /// `pfnUnlock2Cb`.
        pub pfnUnlock2Cb: PFND3DDDI_UNLOCK2CB,
        /// `pfnInvalidateCacheCb`.
        pub pfnInvalidateCacheCb: PFND3DDDI_INVALIDATECACHECB,
        /// `pfnReserveGpuVirtualAddressCb`.
        pub pfnReserveGpuVirtualAddressCb: PFND3DDDI_RESERVEGPUVIRTUALADDRESSCB,
        /// `pfnMapGpuVirtualAddressCb`.
        pub pfnMapGpuVirtualAddressCb: PFND3DDDI_MAPGPUVIRTUALADDRESSCB,
        /// `pfnFreeGpuVirtualAddressCb`.
        pub pfnFreeGpuVirtualAddressCb: PFND3DDDI_FREEGPUVIRTUALADDRESSCB,
        /// `pfnUpdateGpuVirtualAddressCb`.
        pub pfnUpdateGpuVirtualAddressCb: PFND3DDDI_UPDATEGPUVIRTUALADDRESSCB,
        /// `pfnCreateContextVirtualCb`.
        pub pfnCreateContextVirtualCb: PFND3DDDI_CREATECONTEXTVIRTUALCB,
        /// `pfnSubmitCommandCb`.
        pub pfnSubmitCommandCb: PFND3DDDI_SUBMITCOMMANDCB,
        /// `pfnDeallocate2Cb`.
        pub pfnDeallocate2Cb: PFND3DDDI_DEALLOCATE2CB,
        /// `pfnSignalSynchronizationObjectFromGpu2Cb`.
        pub pfnSignalSynchronizationObjectFromGpu2Cb: PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMGPU2CB,
        /// `pfnReclaimAllocations2Cb`.
        pub pfnReclaimAllocations2Cb: PFND3DDDI_RECLAIMALLOCATIONS2CB,
        /// `pfnGetResourcePresentPrivateDriverDataCb`.
        pub pfnGetResourcePresentPrivateDriverDataCb: PFND3DDDI_GETRESOURCEPRESENTPRIVATEDRIVERDATACB,
        /// `pfnUpdateAllocationPropertyCb`.
        pub pfnUpdateAllocationPropertyCb: PFND3DDDI_UPDATEALLOCATIONPROPERTYCB,
        /// `pfnOfferAllocations2Cb`.
        pub pfnOfferAllocations2Cb: PFND3DDDI_OFFERALLOCATIONS2CB,
        /// `pfnReclaimAllocations3Cb`.
        pub pfnReclaimAllocations3Cb: PFND3DDDI_RECLAIMALLOCATIONS3CB,
        /// `pfnAcquireResourceCb`.
        pub pfnAcquireResourceCb: PFND3DDDI_SYNCTOKENCB,
        /// `pfnReleaseResourceCb`.
        pub pfnReleaseResourceCb: PFND3DDDI_SYNCTOKENCB,
        /// `pfnCreateHwContextCb`.
        pub pfnCreateHwContextCb: PFND3DDDI_CREATEHWCONTEXTCB,
        /// `pfnDestroyHwContextCb`.
        pub pfnDestroyHwContextCb: PFND3DDDI_DESTROYHWCONTEXTCB,
        /// `pfnCreateHwQueueCb`.
        pub pfnCreateHwQueueCb: PFND3DDDI_CREATEHWQUEUECB,
        /// `pfnDestroyHwQueueCb`.
        pub pfnDestroyHwQueueCb: PFND3DDDI_DESTROYHWQUEUECB,
        /// `pfnSubmitCommandToHwQueueCb`.
        pub pfnSubmitCommandToHwQueueCb: PFND3DDDI_SUBMITCOMMANDTOHWQUEUECB,
        /// `pfnSubmitWaitForSyncObjectsToHwQueueCb`.
        pub pfnSubmitWaitForSyncObjectsToHwQueueCb: PFND3DDDI_SUBMITWAITFORSYNCOBJECTSTOHWQUEUECB,
        /// `pfnSubmitSignalSyncObjectsToHwQueueCb`.
        pub pfnSubmitSignalSyncObjectsToHwQueueCb: PFND3DDDI_SUBMITSIGNALSYNCOBJECTSTOHWQUEUECB,
        /// `pfnSubmitPresentBltToHwQueueCb`.
        pub pfnSubmitPresentBltToHwQueueCb: PFND3DDDI_SUBMITPRESENTBLTTOHWQUEUECB,
        /// `pfnSubmitPresentToHwQueueCb`.
        pub pfnSubmitPresentToHwQueueCb: PFND3DDDI_SUBMITPRESENTTOHWQUEUECB,
        /// `pfnSubmitHistorySequenceCb`.
        pub pfnSubmitHistorySequenceCb: PFND3DDDI_SUBMITHISTORYSEQUENCECB,
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDI_DEVICEFUNCS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDIARG_GETCAPS {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_GETMULTISAMPLEMETHODLIST {
        _private: [u8; 0],
    }

    /// Opaque: not modelled; only passed by pointer.
    #[repr(C)]
    pub struct D3DDDICB_QUERYADAPTERINFO2 {
        _private: [u8; 0],
    }

    /// `D3DDDIARG_CREATEDEVICE` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDIARG_CREATEDEVICE {
        /// `hDevice`.
        pub hDevice: HANDLE,
        /// `Interface`.
        pub Interface: UINT,
        /// `Version`.
        pub Version: UINT,
        /// `pCallbacks`.
        pub pCallbacks: *const D3DDDI_DEVICECALLBACKS,
        /// `pCommandBuffer`.
        pub pCommandBuffer: *mut c_void,
        /// `CommandBufferSize`.
        pub CommandBufferSize: UINT,
        /// `pAllocationList`.
        pub pAllocationList: *mut D3DDDI_ALLOCATIONLIST,
        /// `AllocationListSize`.
        pub AllocationListSize: UINT,
        /// `pPatchLocationList`.
        pub pPatchLocationList: *mut D3DDDI_PATCHLOCATIONLIST,
        /// `PatchLocationListSize`.
        pub PatchLocationListSize: UINT,
        /// `pDeviceFuncs`.
        pub pDeviceFuncs: *mut D3DDDI_DEVICEFUNCS,
        /// `Flags`.
        pub Flags: D3DDDI_CREATEDEVICEFLAGS,
        /// `CommandBuffer`.
        pub CommandBuffer: D3DGPU_VIRTUAL_ADDRESS,
    }

    /// `PFND3DDDI_QUERYADAPTERINFOCB`.
    pub type PFND3DDDI_QUERYADAPTERINFOCB = Option<unsafe extern "C" fn(hAdapter: HANDLE, *const D3DDDICB_QUERYADAPTERINFO) -> HRESULT>;

    /// `PFND3DDDI_GETMULTISAMPLEMETHODLISTCB`.
    pub type PFND3DDDI_GETMULTISAMPLEMETHODLISTCB = Option<unsafe extern "C" fn(hAdapter: HANDLE, *mut D3DDDICB_GETMULTISAMPLEMETHODLIST) -> HRESULT>;

    /// `PFND3DDDI_QUERYADAPTERINFOCB2`.
    pub type PFND3DDDI_QUERYADAPTERINFOCB2 = Option<unsafe extern "C" fn(hAdapter: HANDLE, *mut D3DDDICB_QUERYADAPTERINFO2) -> HRESULT>;

    /// `D3DDDI_ADAPTERCALLBACKS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_ADAPTERCALLBACKS {
        /// `pfnQueryAdapterInfoCb`.
        pub pfnQueryAdapterInfoCb: PFND3DDDI_QUERYADAPTERINFOCB,
        /// `pfnGetMultisampleMethodListCb`.
        pub pfnGetMultisampleMethodListCb: PFND3DDDI_GETMULTISAMPLEMETHODLISTCB,
        /// `pfnQueryAdapterInfoCb2`.
        pub pfnQueryAdapterInfoCb2: PFND3DDDI_QUERYADAPTERINFOCB2,
    }

    /// `PFND3DDDI_GETCAPS`.
    pub type PFND3DDDI_GETCAPS = Option<unsafe extern "C" fn(hAdapter: HANDLE, *const D3DDDIARG_GETCAPS) -> HRESULT>;

    /// `PFND3DDDI_CREATEDEVICE`.
    pub type PFND3DDDI_CREATEDEVICE = Option<unsafe extern "C" fn(hAdapter: HANDLE, *mut D3DDDIARG_CREATEDEVICE) -> HRESULT>;

    /// `PFND3DDDI_CLOSEADAPTER`.
    pub type PFND3DDDI_CLOSEADAPTER = Option<unsafe extern "C" fn(hAdapter: HANDLE) -> HRESULT>;

    /// `D3DDDI_ADAPTERFUNCS` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDI_ADAPTERFUNCS {
        /// `pfnGetCaps`.
        pub pfnGetCaps: PFND3DDDI_GETCAPS,
        /// `pfnCreateDevice`.
        pub pfnCreateDevice: PFND3DDDI_CREATEDEVICE,
        /// `pfnCloseAdapter`.
        pub pfnCloseAdapter: PFND3DDDI_CLOSEADAPTER,
    }

    /// `D3DDDIARG_OPENADAPTER` (WDK).
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct D3DDDIARG_OPENADAPTER {
        /// `hAdapter`.
        pub hAdapter: HANDLE,
        /// `Interface`.
        pub Interface: UINT,
        /// `Version`.
        pub Version: UINT,
        /// `pAdapterCallbacks`.
        pub pAdapterCallbacks: *const D3DDDI_ADAPTERCALLBACKS,
        /// `pAdapterFuncs`.
        pub pAdapterFuncs: *mut D3DDDI_ADAPTERFUNCS,
        /// `DriverVersion`.
        pub DriverVersion: UINT,
    }

    /// `PFND3DDDI_OPENADAPTER`.
    pub type PFND3DDDI_OPENADAPTER = Option<unsafe extern "C" fn(*mut D3DDDIARG_OPENADAPTER) -> HRESULT>;

    /// `D3DDDIERR_WASSTILLDRAWING`.
    pub const D3DDDIERR_WASSTILLDRAWING: HRESULT = 0x8876021c_u32 as HRESULT;

    /// `D3DDDIERR_OUTOFVIDEOMEMORY`.
    pub const D3DDDIERR_OUTOFVIDEOMEMORY: HRESULT = 0x8876017c_u32 as HRESULT;

    /// `D3DDDIERR_NOTAVAILABLE`.
    pub const D3DDDIERR_NOTAVAILABLE: HRESULT = 0x8876086a_u32 as HRESULT;

    /// `D3DDDIERR_INVALIDCALL`.
    pub const D3DDDIERR_INVALIDCALL: HRESULT = 0x8876086c_u32 as HRESULT;

    /// `D3DDDIERR_DEVICEREMOVED`.
    pub const D3DDDIERR_DEVICEREMOVED: HRESULT = 0x88760870_u32 as HRESULT;

    /// `D3DDDIERR_PRIVILEGEDINSTRUCTION`.
    pub const D3DDDIERR_PRIVILEGEDINSTRUCTION: HRESULT = 0x88760871_u32 as HRESULT;

    /// `D3DDDIERR_INVALIDINSTRUCTION`.
    pub const D3DDDIERR_INVALIDINSTRUCTION: HRESULT = 0x88760872_u32 as HRESULT;

    /// `D3DDDIERR_INVALIDHANDLE`.
    pub const D3DDDIERR_INVALIDHANDLE: HRESULT = 0x88760873_u32 as HRESULT;

    /// `D3DDDIERR_INVALIDUSERBUFFER`.
    pub const D3DDDIERR_INVALIDUSERBUFFER: HRESULT = 0x88760879_u32 as HRESULT;

    /// `D3DDDIERR_INCOMPATIBLEPRIVATEFORMAT`.
    pub const D3DDDIERR_INCOMPATIBLEPRIVATEFORMAT: HRESULT = 0x8876087a_u32 as HRESULT;

    /// `D3DDDIERR_UNSUPPORTEDOVERLAY`.
    pub const D3DDDIERR_UNSUPPORTEDOVERLAY: HRESULT = 0x8876087b_u32 as HRESULT;

    /// `D3DDDIERR_UNSUPPORTEDOVERLAYFORMAT`.
    pub const D3DDDIERR_UNSUPPORTEDOVERLAYFORMAT: HRESULT = 0x8876087c_u32 as HRESULT;

    /// `D3DDDIERR_UNSUPPORTEDCRYPTO`.
    pub const D3DDDIERR_UNSUPPORTEDCRYPTO: HRESULT = 0x8876087e_u32 as HRESULT;

    /// `D3DDDIERR_APPLICATIONERROR`.
    pub const D3DDDIERR_APPLICATIONERROR: HRESULT = 0x88760885_u32 as HRESULT;

    /// `D3DDDIERR_OUTOFHWPROTECTEDMEMORY`.
    pub const D3DDDIERR_OUTOFHWPROTECTEDMEMORY: HRESULT = 0x88760887_u32 as HRESULT;

    /// `D3DDDIERR_CANTEVICTPINNEDALLOCATION`.
    pub const D3DDDIERR_CANTEVICTPINNEDALLOCATION: HRESULT = 0xc0262109_u32 as HRESULT;

    /// `D3DDDIERR_CANTRENDERLOCKEDALLOCATION`.
    pub const D3DDDIERR_CANTRENDERLOCKEDALLOCATION: HRESULT = 0xc0262111_u32 as HRESULT;
}

wdk_zeroed_default!(
    D3DDDICB_ALLOCATE_0,
    D3DDDICB_ALLOCATE,
    D3DDDICB_DEALLOCATE,
    D3DDDICB_DEALLOCATE2,
    D3DDDICB_SETPRIORITY,
    D3DDDICB_QUERYRESIDENCY,
    D3DDDICB_LOCK,
    D3DDDICB_UNLOCK,
    D3DDDICB_LOCK2,
    D3DDDICB_UNLOCK2,
    D3DDDICB_EVICT,
    D3DDDICB_OFFERALLOCATIONS,
    D3DDDICB_RECLAIMALLOCATIONS,
    D3DDDICB_RECLAIMALLOCATIONS2,
    D3DDDICB_OFFERALLOCATIONS2,
    D3DDDICB_RECLAIMALLOCATIONS3,
    D3D12DDICB_OFFERALLOCATIONS,
    D3DDDICB_CREATECONTEXT,
    D3DDDICB_DESTROYCONTEXT,
    D3DDDICB_RENDER_0_0,
    D3DDDICB_RENDER_0,
    D3DDDICB_RENDER_1_0,
    D3DDDICB_RENDER_1,
    D3DDDICB_RENDER,
    D3DDDICB_PRESENT,
    D3DDDICB_ESCAPE,
    D3DDDICB_CREATESYNCHRONIZATIONOBJECT,
    D3DDDICB_DESTROYSYNCHRONIZATIONOBJECT,
    D3DDDICB_QUERYADAPTERINFO,
    D3DDDI_DEVICECALLBACKS,
    D3DDDIARG_CREATEDEVICE,
    D3DDDI_ADAPTERCALLBACKS,
    D3DDDI_ADAPTERFUNCS,
    D3DDDIARG_OPENADAPTER
);
