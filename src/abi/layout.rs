//! The layout facts of every mirrored WDK type, as Rust computes them.
//!
//! Each `layout!` block asserts at compile time that a structure has the Windows x64 size and
//! member offsets measured from the WDK headers, and records the same numbers as [`AbiFact`]s.
//! `tests/abi_layout.rs` compares these facts, row by row, with `tests/abi-data/*.tsv` and with
//! what a C11 and a C++17 program built against `include/` print, so Rust, C and Windows agree
//! on every offset, size, bit mask and constant.

use super::*;

/// One number about the ABI as Rust sees it, keyed like the rows of `tests/abi-data/*.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AbiFact {
    /// The structure (`D3DDDI_ALLOCATIONINFO`), `STRUCT.BITFIELD` for a mask, or `CONST`.
    pub item: String,
    /// The member (`pSystemMem`, dotted for nested members), `@size`, `MASK`, or a constant's name.
    pub member: String,
    /// The offset, size, mask or value.
    pub value: u64,
}

impl AbiFact {
    fn new(item: &str, member: &str, value: u64) -> Self {
        AbiFact { item: item.to_owned(), member: member.to_owned(), value }
    }
}

/// Asserts a structure's size and member offsets at compile time and records them.
///
/// `layout!(facts, TYPE, size N, { "Member" => rust.path @ OFFSET, ... })`: the string is the
/// member as the WDK names it (the TSV's second column), the path is how Rust reaches it
/// (through `Anonymous` unions where the WDK has anonymous ones).
macro_rules! layout {
    ($facts:ident, $ty:ident, size $size:literal, { $($key:literal => $($field:ident).+ @ $offset:literal),* $(,)? }) => {{
        const _: () = assert!(::core::mem::size_of::<$ty>() == $size);
        $( const _: () = assert!(::core::mem::offset_of!($ty, $($field).+) == $offset); )*
        $facts.push(AbiFact::new(stringify!($ty), "@size", ::core::mem::size_of::<$ty>() as u64));
        $( $facts.push(AbiFact::new(stringify!($ty), $key, ::core::mem::offset_of!($ty, $($field).+) as u64)); )*
    }};
}

/// Records every bit-field mask of a flag union under `owner` (the TSV's `STRUCT` part).
fn bits<T: BitFields>(facts: &mut Vec<AbiFact>, owner: &str) {
    for &(field, mask) in T::FIELDS {
        facts.push(AbiFact::new(&format!("{owner}.{field}"), "MASK", u64::from(mask)));
    }
}

/// Records a `DEFINE_GUID` value as four rows (`Data4` as one big-endian number, as written).
fn guid_facts(facts: &mut Vec<AbiFact>, name: &str, guid: GUID) {
    facts.push(AbiFact::new(name, "Data1", u64::from(guid.Data1)));
    facts.push(AbiFact::new(name, "Data2", u64::from(guid.Data2)));
    facts.push(AbiFact::new(name, "Data3", u64::from(guid.Data3)));
    facts.push(AbiFact::new(name, "Data4", u64::from_be_bytes(guid.Data4)));
}

/// Records named 32-bit constants.
macro_rules! constants {
    ($facts:ident, $($name:ident),* $(,)?) => {
        $( $facts.push(AbiFact::new("CONST", stringify!($name), u64::from($name as u32))); )*
    };
}

/// Every layout fact Rust knows, for the cross-language layout test: one `layout!` block per
/// mirrored structure (every row of `tests/abi-data/abi-expected*.tsv`), the bit masks of every
/// flag union in `abi-bitfields*.tsv`, and every constant.
pub fn abi_facts() -> Vec<AbiFact> {
    let mut facts = Vec::new();

    // Windows base types (base.rs)
    layout!(facts, D3DKMT_HANDLE, size 4, {});
    layout!(facts, HRESULT, size 4, {});
    layout!(facts, NTSTATUS, size 4, {});
    layout!(facts, D3DDDI_VIDEO_PRESENT_SOURCE_ID, size 4, {});
    layout!(facts, D3DDDI_VIDEO_PRESENT_TARGET_ID, size 4, {});
    layout!(facts, D3DGPU_VIRTUAL_ADDRESS, size 8, {});
    layout!(facts, D3DGPU_SIZE_T, size 8, {});
    layout!(facts, PHYSICAL_ADDRESS, size 8, {});

    // d3dukmdt.h
    layout!(facts, D3DDDI_ALLOCATIONINFO, size 40, {
        "hAllocation" => hAllocation @ 0,
        "pSystemMem" => pSystemMem @ 8,
        "pPrivateDriverData" => pPrivateDriverData @ 16,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 24,
        "VidPnSourceId" => VidPnSourceId @ 28,
        "Flags" => Flags @ 32,
    });
    layout!(facts, D3DDDI_ALLOCATIONINFO2, size 96, {
        "hAllocation" => hAllocation @ 0,
        "hSection" => Anonymous1.hSection @ 8,
        "pSystemMem" => Anonymous1.pSystemMem @ 8,
        "pPrivateDriverData" => pPrivateDriverData @ 16,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 24,
        "VidPnSourceId" => VidPnSourceId @ 28,
        "Flags" => Flags @ 32,
        "GpuVirtualAddress" => GpuVirtualAddress @ 40,
        "Priority" => Anonymous2.Priority @ 48,
        "Unused" => Anonymous2.Unused @ 48,
        "Reserved" => Reserved @ 56,
    });
    layout!(facts, D3DDDI_OPENALLOCATIONINFO, size 24, {
        "hAllocation" => hAllocation @ 0,
        "pPrivateDriverData" => pPrivateDriverData @ 8,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 16,
    });
    layout!(facts, D3DDDI_OPENALLOCATIONINFO2, size 80, {
        "hAllocation" => hAllocation @ 0,
        "pPrivateDriverData" => pPrivateDriverData @ 8,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 16,
        "GpuVirtualAddress" => GpuVirtualAddress @ 24,
        "Reserved" => Reserved @ 32,
    });
    layout!(facts, D3DDDICB_LOCKFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDICB_LOCK2FLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDICB_DESTROYALLOCATION2FLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDI_MAKERESIDENT_FLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDI_MAKERESIDENT, size 48, {
        "hPagingQueue" => hPagingQueue @ 0,
        "NumAllocations" => NumAllocations @ 4,
        "AllocationList" => AllocationList @ 8,
        "PriorityList" => PriorityList @ 16,
        "Flags" => Flags @ 24,
        "PagingFenceValue" => PagingFenceValue @ 32,
        "NumBytesToTrim" => NumBytesToTrim @ 40,
    });
    layout!(facts, D3DDDI_EVICT_FLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDI_OFFER_FLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDI_ALLOCATIONLIST, size 8, {
        "hAllocation" => hAllocation @ 0,
        "Value" => Value @ 4,
    });
    layout!(facts, D3DDDI_PATCHLOCATIONLIST, size 24, {
        "AllocationIndex" => AllocationIndex @ 0,
        "Value" => Value @ 4,
        "DriverId" => DriverId @ 8,
        "AllocationOffset" => AllocationOffset @ 12,
        "PatchOffset" => PatchOffset @ 16,
        "SplitOffset" => SplitOffset @ 20,
    });
    layout!(facts, D3DDDI_SEGMENTPREFERENCE, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDI_RATIONAL, size 8, {
        "Numerator" => Numerator @ 0,
        "Denominator" => Denominator @ 4,
    });
    layout!(facts, D3DDDI_MULTISAMPLINGMETHOD, size 8, {
        "NumSamples" => NumSamples @ 0,
        "NumQualityLevels" => NumQualityLevels @ 4,
    });
    layout!(facts, D3DDDIFORMAT, size 4, {});
    layout!(facts, D3DDDI_ROTATION, size 4, {});
    layout!(facts, D3DDDI_OFFER_PRIORITY, size 4, {});
    layout!(facts, D3DDDI_ESCAPEFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDI_CREATECONTEXTFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDIARG_CREATERESOURCE, size 64, {
        "Format" => Format @ 0,
        "Pool" => Pool @ 4,
        "MultisampleType" => MultisampleType @ 8,
        "MultisampleQuality" => MultisampleQuality @ 12,
        "pSurfList" => pSurfList @ 16,
        "SurfCount" => SurfCount @ 24,
        "MipLevels" => MipLevels @ 28,
        "Fvf" => Fvf @ 32,
        "VidPnSourceId" => VidPnSourceId @ 36,
        "RefreshRate" => RefreshRate @ 40,
        "hResource" => hResource @ 48,
        "Flags" => Flags @ 56,
        "Rotation" => Rotation @ 60,
    });
    layout!(facts, D3DDDI_SURFACEINFO, size 32, {
        "Width" => Width @ 0,
        "Height" => Height @ 4,
        "Depth" => Depth @ 8,
        "pSysMem" => pSysMem @ 16,
        "SysMemPitch" => SysMemPitch @ 24,
        "SysMemSlicePitch" => SysMemSlicePitch @ 28,
    });
    layout!(facts, D3DDDI_RESOURCEFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDI_SYNCHRONIZATIONOBJECTINFO, size 68, {
        "Type" => Type @ 0,
        "SynchronizationMutex" => Anonymous.SynchronizationMutex @ 4,
        "SynchronizationMutex.InitialState" => Anonymous.SynchronizationMutex.InitialState @ 4,
        "Semaphore" => Anonymous.Semaphore @ 4,
        "Semaphore.MaxCount" => Anonymous.Semaphore.MaxCount @ 4,
        "Semaphore.InitialCount" => Anonymous.Semaphore.InitialCount @ 8,
        "Reserved" => Anonymous.Reserved @ 4,
        "Reserved.Reserved" => Anonymous.Reserved.Reserved @ 4,
    });
    bits::<D3DDDI_ALLOCATIONINFO_FLAGS>(&mut facts, "D3DDDI_ALLOCATIONINFO");
    bits::<D3DDDI_ALLOCATIONINFO2_FLAGS>(&mut facts, "D3DDDI_ALLOCATIONINFO2");
    bits::<D3DDDICB_LOCKFLAGS>(&mut facts, "D3DDDICB_LOCKFLAGS");
    bits::<D3DDDICB_LOCK2FLAGS>(&mut facts, "D3DDDICB_LOCK2FLAGS");
    bits::<D3DDDICB_DESTROYALLOCATION2FLAGS>(&mut facts, "D3DDDICB_DESTROYALLOCATION2FLAGS");
    bits::<D3DDDI_MAKERESIDENT_FLAGS>(&mut facts, "D3DDDI_MAKERESIDENT_FLAGS");
    bits::<D3DDDI_EVICT_FLAGS>(&mut facts, "D3DDDI_EVICT_FLAGS");
    bits::<D3DDDI_OFFER_FLAGS>(&mut facts, "D3DDDI_OFFER_FLAGS");
    bits::<D3DDDI_ALLOCATIONLIST_FLAGS>(&mut facts, "D3DDDI_ALLOCATIONLIST");
    bits::<D3DDDI_SEGMENTPREFERENCE>(&mut facts, "D3DDDI_SEGMENTPREFERENCE");
    bits::<D3DDDI_PATCHLOCATIONLIST_FLAGS>(&mut facts, "D3DDDI_PATCHLOCATIONLIST");
    bits::<D3DDDI_ESCAPEFLAGS>(&mut facts, "D3DDDI_ESCAPEFLAGS");
    bits::<D3DDDI_CREATECONTEXTFLAGS>(&mut facts, "D3DDDI_CREATECONTEXTFLAGS");
    bits::<D3DDDI_RESOURCEFLAGS>(&mut facts, "D3DDDI_RESOURCEFLAGS");

    // d3dumddi.h
    layout!(facts, D3DDDICB_ALLOCATE, size 40, {
        "pPrivateDriverData" => pPrivateDriverData @ 0,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 8,
        "hResource" => hResource @ 16,
        "hKMResource" => hKMResource @ 24,
        "NumAllocations" => NumAllocations @ 28,
        "pAllocationInfo" => Anonymous.pAllocationInfo @ 32,
        "pAllocationInfo2" => Anonymous.pAllocationInfo2 @ 32,
    });
    layout!(facts, D3DDDICB_DEALLOCATE, size 24, {
        "hResource" => hResource @ 0,
        "NumAllocations" => NumAllocations @ 8,
        "HandleList" => HandleList @ 16,
    });
    layout!(facts, D3DDDICB_DEALLOCATE2, size 32, {
        "hResource" => hResource @ 0,
        "NumAllocations" => NumAllocations @ 8,
        "HandleList" => HandleList @ 16,
        "Flags" => Flags @ 24,
    });
    layout!(facts, D3DDDICB_SETPRIORITY, size 32, {
        "hResource" => hResource @ 0,
        "NumAllocations" => NumAllocations @ 8,
        "HandleList" => HandleList @ 16,
        "pPriorities" => pPriorities @ 24,
    });
    layout!(facts, D3DDDICB_QUERYRESIDENCY, size 32, {
        "hResource" => hResource @ 0,
        "NumAllocations" => NumAllocations @ 8,
        "HandleList" => HandleList @ 16,
        "pResidencyStatus" => pResidencyStatus @ 24,
    });
    layout!(facts, D3DDDICB_LOCK, size 48, {
        "hAllocation" => hAllocation @ 0,
        "PrivateDriverData" => PrivateDriverData @ 4,
        "NumPages" => NumPages @ 8,
        "pPages" => pPages @ 16,
        "pData" => pData @ 24,
        "Flags" => Flags @ 32,
        "GpuVirtualAddress" => GpuVirtualAddress @ 40,
    });
    layout!(facts, D3DDDICB_UNLOCK, size 16, {
        "NumAllocations" => NumAllocations @ 0,
        "phAllocations" => phAllocations @ 8,
    });
    layout!(facts, D3DDDICB_LOCK2, size 16, {
        "hAllocation" => hAllocation @ 0,
        "Flags" => Flags @ 4,
        "pData" => pData @ 8,
    });
    layout!(facts, D3DDDICB_UNLOCK2, size 4, {
        "hAllocation" => hAllocation @ 0,
    });
    layout!(facts, D3DDDICB_EVICT, size 32, {
        "NumAllocations" => NumAllocations @ 0,
        "AllocationList" => AllocationList @ 8,
        "Flags" => Flags @ 16,
        "NumBytesToTrim" => NumBytesToTrim @ 24,
    });
    layout!(facts, D3DDDICB_OFFERALLOCATIONS, size 24, {
        "pResources" => pResources @ 0,
        "HandleList" => HandleList @ 8,
        "NumAllocations" => NumAllocations @ 16,
        "Priority" => Priority @ 20,
    });
    layout!(facts, D3DDDICB_RECLAIMALLOCATIONS, size 32, {
        "pResources" => pResources @ 0,
        "HandleList" => HandleList @ 8,
        "pDiscarded" => pDiscarded @ 16,
        "NumAllocations" => NumAllocations @ 24,
    });
    layout!(facts, D3DDDICB_RECLAIMALLOCATIONS2, size 40, {
        "PagingQueue" => PagingQueue @ 0,
        "NumAllocations" => NumAllocations @ 4,
        "pResources" => pResources @ 8,
        "HandleList" => HandleList @ 16,
        "pDiscarded" => pDiscarded @ 24,
        "PagingFenceValue" => PagingFenceValue @ 32,
    });
    layout!(facts, D3DDDICB_OFFERALLOCATIONS2, size 32, {
        "pResources" => pResources @ 0,
        "HandleList" => HandleList @ 8,
        "NumAllocations" => NumAllocations @ 16,
        "Priority" => Priority @ 20,
        "Flags" => Flags @ 24,
    });
    layout!(facts, D3DDDICB_RECLAIMALLOCATIONS3, size 40, {
        "PagingQueue" => PagingQueue @ 0,
        "NumAllocations" => NumAllocations @ 4,
        "pResources" => pResources @ 8,
        "HandleList" => HandleList @ 16,
        "pResults" => pResults @ 24,
        "PagingFenceValue" => PagingFenceValue @ 32,
    });
    layout!(facts, D3D12DDICB_OFFERALLOCATIONS, size 24, {
        "NumAllocations" => NumAllocations @ 0,
        "HandleList" => HandleList @ 8,
        "Priority" => Priority @ 16,
    });
    layout!(facts, D3DDDI_DEVICECALLBACKS, size 520, {
        "pfnAllocateCb" => pfnAllocateCb @ 0,
        "pfnDeallocateCb" => pfnDeallocateCb @ 8,
        "pfnSetPriorityCb" => pfnSetPriorityCb @ 16,
        "pfnQueryResidencyCb" => pfnQueryResidencyCb @ 24,
        "pfnSetDisplayModeCb" => pfnSetDisplayModeCb @ 32,
        "pfnPresentCb" => pfnPresentCb @ 40,
        "pfnRenderCb" => pfnRenderCb @ 48,
        "pfnLockCb" => pfnLockCb @ 56,
        "pfnUnlockCb" => pfnUnlockCb @ 64,
        "pfnEscapeCb" => pfnEscapeCb @ 72,
        "pfnCreateOverlayCb" => pfnCreateOverlayCb @ 80,
        "pfnUpdateOverlayCb" => pfnUpdateOverlayCb @ 88,
        "pfnFlipOverlayCb" => pfnFlipOverlayCb @ 96,
        "pfnDestroyOverlayCb" => pfnDestroyOverlayCb @ 104,
        "pfnCreateContextCb" => pfnCreateContextCb @ 112,
        "pfnDestroyContextCb" => pfnDestroyContextCb @ 120,
        "pfnCreateSynchronizationObjectCb" => pfnCreateSynchronizationObjectCb @ 128,
        "pfnDestroySynchronizationObjectCb" => pfnDestroySynchronizationObjectCb @ 136,
        "pfnWaitForSynchronizationObjectCb" => pfnWaitForSynchronizationObjectCb @ 144,
        "pfnSignalSynchronizationObjectCb" => pfnSignalSynchronizationObjectCb @ 152,
        "pfnSetAsyncCallbacksCb" => pfnSetAsyncCallbacksCb @ 160,
        "pfnSetDisplayPrivateDriverFormatCb" => pfnSetDisplayPrivateDriverFormatCb @ 168,
        "pfnOfferAllocationsCb" => pfnOfferAllocationsCb @ 176,
        "pfnReclaimAllocationsCb" => pfnReclaimAllocationsCb @ 184,
        "pfnCreateSynchronizationObject2Cb" => pfnCreateSynchronizationObject2Cb @ 192,
        "pfnWaitForSynchronizationObject2Cb" => pfnWaitForSynchronizationObject2Cb @ 200,
        "pfnSignalSynchronizationObject2Cb" => pfnSignalSynchronizationObject2Cb @ 208,
        "pfnPresentMultiPlaneOverlayCb" => pfnPresentMultiPlaneOverlayCb @ 216,
        "pfnLogUMDMarkerCb" => pfnLogUMDMarkerCb @ 224,
        "pfnMakeResidentCb" => pfnMakeResidentCb @ 232,
        "pfnEvictCb" => pfnEvictCb @ 240,
        "pfnWaitForSynchronizationObjectFromCpuCb" => pfnWaitForSynchronizationObjectFromCpuCb @ 248,
        "pfnSignalSynchronizationObjectFromCpuCb" => pfnSignalSynchronizationObjectFromCpuCb @ 256,
        "pfnWaitForSynchronizationObjectFromGpuCb" => pfnWaitForSynchronizationObjectFromGpuCb @ 264,
        "pfnSignalSynchronizationObjectFromGpuCb" => pfnSignalSynchronizationObjectFromGpuCb @ 272,
        "pfnCreatePagingQueueCb" => pfnCreatePagingQueueCb @ 280,
        "pfnDestroyPagingQueueCb" => pfnDestroyPagingQueueCb @ 288,
        "pfnLock2Cb" => pfnLock2Cb @ 296,
        "pfnUnlock2Cb" => pfnUnlock2Cb @ 304,
        "pfnInvalidateCacheCb" => pfnInvalidateCacheCb @ 312,
        "pfnReserveGpuVirtualAddressCb" => pfnReserveGpuVirtualAddressCb @ 320,
        "pfnMapGpuVirtualAddressCb" => pfnMapGpuVirtualAddressCb @ 328,
        "pfnFreeGpuVirtualAddressCb" => pfnFreeGpuVirtualAddressCb @ 336,
        "pfnUpdateGpuVirtualAddressCb" => pfnUpdateGpuVirtualAddressCb @ 344,
        "pfnCreateContextVirtualCb" => pfnCreateContextVirtualCb @ 352,
        "pfnSubmitCommandCb" => pfnSubmitCommandCb @ 360,
        "pfnDeallocate2Cb" => pfnDeallocate2Cb @ 368,
        "pfnSignalSynchronizationObjectFromGpu2Cb" => pfnSignalSynchronizationObjectFromGpu2Cb @ 376,
        "pfnReclaimAllocations2Cb" => pfnReclaimAllocations2Cb @ 384,
        "pfnGetResourcePresentPrivateDriverDataCb" => pfnGetResourcePresentPrivateDriverDataCb @ 392,
        "pfnUpdateAllocationPropertyCb" => pfnUpdateAllocationPropertyCb @ 400,
        "pfnOfferAllocations2Cb" => pfnOfferAllocations2Cb @ 408,
        "pfnReclaimAllocations3Cb" => pfnReclaimAllocations3Cb @ 416,
        "pfnAcquireResourceCb" => pfnAcquireResourceCb @ 424,
        "pfnReleaseResourceCb" => pfnReleaseResourceCb @ 432,
        "pfnCreateHwContextCb" => pfnCreateHwContextCb @ 440,
        "pfnDestroyHwContextCb" => pfnDestroyHwContextCb @ 448,
        "pfnCreateHwQueueCb" => pfnCreateHwQueueCb @ 456,
        "pfnDestroyHwQueueCb" => pfnDestroyHwQueueCb @ 464,
        "pfnSubmitCommandToHwQueueCb" => pfnSubmitCommandToHwQueueCb @ 472,
        "pfnSubmitWaitForSyncObjectsToHwQueueCb" => pfnSubmitWaitForSyncObjectsToHwQueueCb @ 480,
        "pfnSubmitSignalSyncObjectsToHwQueueCb" => pfnSubmitSignalSyncObjectsToHwQueueCb @ 488,
        "pfnSubmitPresentBltToHwQueueCb" => pfnSubmitPresentBltToHwQueueCb @ 496,
        "pfnSubmitPresentToHwQueueCb" => pfnSubmitPresentToHwQueueCb @ 504,
        "pfnSubmitHistorySequenceCb" => pfnSubmitHistorySequenceCb @ 512,
    });
    layout!(facts, D3DDDICB_CREATECONTEXT, size 96, {
        "NodeOrdinal" => NodeOrdinal @ 0,
        "EngineAffinity" => EngineAffinity @ 4,
        "Flags" => Flags @ 8,
        "pPrivateDriverData" => pPrivateDriverData @ 16,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 24,
        "hContext" => hContext @ 32,
        "pCommandBuffer" => pCommandBuffer @ 40,
        "CommandBufferSize" => CommandBufferSize @ 48,
        "pAllocationList" => pAllocationList @ 56,
        "AllocationListSize" => AllocationListSize @ 64,
        "pPatchLocationList" => pPatchLocationList @ 72,
        "PatchLocationListSize" => PatchLocationListSize @ 80,
        "CommandBuffer" => CommandBuffer @ 88,
    });
    layout!(facts, D3DDDICB_DESTROYCONTEXT, size 8, {
        "hContext" => hContext @ 0,
    });
    layout!(facts, D3DDDICB_RENDER, size 680, {
        "CommandLength" => CommandLength @ 0,
        "CommandOffset" => CommandOffset @ 4,
        "NumAllocations" => NumAllocations @ 8,
        "NumPatchLocations" => NumPatchLocations @ 12,
        "pNewCommandBuffer" => pNewCommandBuffer @ 16,
        "NewCommandBufferSize" => NewCommandBufferSize @ 24,
        "pNewAllocationList" => pNewAllocationList @ 32,
        "NewAllocationListSize" => NewAllocationListSize @ 40,
        "pNewPatchLocationList" => pNewPatchLocationList @ 48,
        "NewPatchLocationListSize" => NewPatchLocationListSize @ 56,
        "Flags" => Flags @ 60,
        "hContext" => hContext @ 64,
        "BroadcastContextCount" => BroadcastContextCount @ 72,
        "BroadcastContext" => BroadcastContext @ 80,
        "QueuedBufferCount" => QueuedBufferCount @ 592,
        "NewCommandBuffer" => NewCommandBuffer @ 600,
        "pPrivateDriverData" => pPrivateDriverData @ 608,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 616,
        "MarkerLogType" => MarkerLogType @ 620,
        "RenderCBSequence" => RenderCBSequence @ 624,
        "FirstAPISequenceNumberHigh" => Anonymous1.Anonymous.FirstAPISequenceNumberHigh @ 628,
        "CompletedAPISequenceNumberLow0Size" => Anonymous1.Anonymous.CompletedAPISequenceNumberLow0Size @ 632,
        "CompletedAPISequenceNumberLow1Size" => Anonymous1.Anonymous.CompletedAPISequenceNumberLow1Size @ 636,
        "BegunAPISequenceNumberLow0Size" => Anonymous1.Anonymous.BegunAPISequenceNumberLow0Size @ 640,
        "BegunAPISequenceNumberLow1Size" => Anonymous1.Anonymous.BegunAPISequenceNumberLow1Size @ 644,
        "BatchedMarkerDataCount" => Anonymous1.BatchedMarkerDataCount @ 628,
        "pCompletedAPISequenceNumberLow0" => Anonymous2.Anonymous.pCompletedAPISequenceNumberLow0 @ 648,
        "pCompletedAPISequenceNumberLow1" => Anonymous2.Anonymous.pCompletedAPISequenceNumberLow1 @ 656,
        "pBegunAPISequenceNumberLow0" => Anonymous2.Anonymous.pBegunAPISequenceNumberLow0 @ 664,
        "pBegunAPISequenceNumberLow1" => Anonymous2.Anonymous.pBegunAPISequenceNumberLow1 @ 672,
        "pBatchedMarkerData" => Anonymous2.pBatchedMarkerData @ 648,
    });
    layout!(facts, D3DDDICB_RENDERFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, D3DDDICB_ESCAPE, size 40, {
        "hDevice" => hDevice @ 0,
        "Flags" => Flags @ 8,
        "pPrivateDriverData" => pPrivateDriverData @ 16,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 24,
        "hContext" => hContext @ 32,
    });
    layout!(facts, D3DDDICB_CREATESYNCHRONIZATIONOBJECT, size 72, {
        "Info" => Info @ 0,
        "hSyncObject" => hSyncObject @ 68,
    });
    layout!(facts, D3DDDICB_DESTROYSYNCHRONIZATIONOBJECT, size 4, {
        "hSyncObject" => hSyncObject @ 0,
    });
    layout!(facts, D3DDDICB_PRESENT, size 584, {
        "hSrcAllocation" => hSrcAllocation @ 0,
        "hDstAllocation" => hDstAllocation @ 4,
        "hContext" => hContext @ 8,
        "BroadcastContextCount" => BroadcastContextCount @ 16,
        "BroadcastContext" => BroadcastContext @ 24,
        "BroadcastSrcAllocation" => BroadcastSrcAllocation @ 536,
        "BroadcastDstAllocation" => BroadcastDstAllocation @ 544,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 552,
        "pPrivateDriverData" => pPrivateDriverData @ 560,
        "bOptimizeForComposition" => bOptimizeForComposition @ 568,
        "SyncIntervalOverrideValid" => SyncIntervalOverrideValid @ 572,
        "SyncIntervalOverride" => SyncIntervalOverride @ 576,
    });
    layout!(facts, D3DDDIARG_CREATEDEVICE, size 96, {
        "hDevice" => hDevice @ 0,
        "Interface" => Interface @ 8,
        "Version" => Version @ 12,
        "pCallbacks" => pCallbacks @ 16,
        "pCommandBuffer" => pCommandBuffer @ 24,
        "CommandBufferSize" => CommandBufferSize @ 32,
        "pAllocationList" => pAllocationList @ 40,
        "AllocationListSize" => AllocationListSize @ 48,
        "pPatchLocationList" => pPatchLocationList @ 56,
        "PatchLocationListSize" => PatchLocationListSize @ 64,
        "pDeviceFuncs" => pDeviceFuncs @ 72,
        "Flags" => Flags @ 80,
        "CommandBuffer" => CommandBuffer @ 88,
    });
    layout!(facts, D3DDDIARG_OPENADAPTER, size 40, {
        "hAdapter" => hAdapter @ 0,
        "Interface" => Interface @ 8,
        "Version" => Version @ 12,
        "pAdapterCallbacks" => pAdapterCallbacks @ 16,
        "pAdapterFuncs" => pAdapterFuncs @ 24,
        "DriverVersion" => DriverVersion @ 32,
    });
    layout!(facts, D3DDDI_ADAPTERCALLBACKS, size 24, {
        "pfnQueryAdapterInfoCb" => pfnQueryAdapterInfoCb @ 0,
        "pfnGetMultisampleMethodListCb" => pfnGetMultisampleMethodListCb @ 8,
        "pfnQueryAdapterInfoCb2" => pfnQueryAdapterInfoCb2 @ 16,
    });
    layout!(facts, D3DDDI_ADAPTERFUNCS, size 24, {
        "pfnGetCaps" => pfnGetCaps @ 0,
        "pfnCreateDevice" => pfnCreateDevice @ 8,
        "pfnCloseAdapter" => pfnCloseAdapter @ 16,
    });
    layout!(facts, D3DDDICB_QUERYADAPTERINFO, size 16, {
        "pPrivateDriverData" => pPrivateDriverData @ 0,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 8,
    });
    layout!(facts, D3DDDI_CREATEDEVICEFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    bits::<D3DDDICB_RENDERFLAGS>(&mut facts, "D3DDDICB_RENDERFLAGS");
    bits::<D3DDDI_CREATEDEVICEFLAGS>(&mut facts, "D3DDDI_CREATEDEVICEFLAGS");

    // d3dkmddi.h (and d3dkmdt.h)
    layout!(facts, DXGK_SEGMENTBANKPREFERENCE, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_ALLOCATIONINFOFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_ALLOCATIONINFOFLAGS_WDDM2_0, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_ALLOCATIONINFOFLAGS2, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_ALLOCATIONUSAGEINFO1, size 36, {
        "Flags" => Flags @ 0,
        "Format" => Anonymous.Format @ 4,
        "PrivateFormat" => Anonymous.PrivateFormat @ 4,
        "SwizzledFormat" => SwizzledFormat @ 8,
        "ByteOffset" => ByteOffset @ 12,
        "Width" => Width @ 16,
        "Height" => Height @ 20,
        "Pitch" => Pitch @ 24,
        "Depth" => Depth @ 28,
        "SlicePitch" => SlicePitch @ 32,
    });
    layout!(facts, DXGK_ALLOCATIONUSAGEHINT, size 40, {
        "Version" => Version @ 0,
        "v1" => v1 @ 4,
    });
    layout!(facts, DXGK_ALLOCATIONINFO, size 88, {
        "pPrivateDriverData" => pPrivateDriverData @ 0,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 8,
        "Alignment" => Alignment @ 12,
        "Size" => Size @ 16,
        "PitchAlignedSize" => PitchAlignedSize @ 24,
        "HintedBank" => HintedBank @ 32,
        "PreferredSegment" => PreferredSegment @ 36,
        "SupportedReadSegmentSet" => SupportedReadSegmentSet @ 40,
        "SupportedWriteSegmentSet" => SupportedWriteSegmentSet @ 44,
        "EvictionSegmentSet" => EvictionSegmentSet @ 48,
        "MaximumRenamingListLength" => Anonymous1.MaximumRenamingListLength @ 52,
        "PhysicalAdapterIndex" => Anonymous1.PhysicalAdapterIndex @ 52,
        "hAllocation" => hAllocation @ 56,
        "Flags" => Anonymous2.Flags @ 64,
        "FlagsWddm2" => Anonymous2.FlagsWddm2 @ 64,
        "pAllocationUsageHint" => pAllocationUsageHint @ 72,
        "AllocationPriority" => AllocationPriority @ 80,
        "Flags2" => Flags2 @ 84,
    });
    layout!(facts, DXGK_CREATEALLOCATIONFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGKARG_CREATEALLOCATION, size 40, {
        "pPrivateDriverData" => pPrivateDriverData @ 0,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 8,
        "NumAllocations" => NumAllocations @ 12,
        "pAllocationInfo" => pAllocationInfo @ 16,
        "hResource" => hResource @ 24,
        "Flags" => Flags @ 32,
    });
    layout!(facts, DXGK_DESTROYALLOCATIONFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGKARG_DESTROYALLOCATION, size 32, {
        "NumAllocations" => NumAllocations @ 0,
        "pAllocationList" => pAllocationList @ 8,
        "hResource" => hResource @ 16,
        "Flags" => Flags @ 24,
    });
    layout!(facts, DXGK_OPENALLOCATIONINFO, size 32, {
        "hAllocation" => hAllocation @ 0,
        "pPrivateDriverData" => pPrivateDriverData @ 8,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 16,
        "hDeviceSpecificAllocation" => hDeviceSpecificAllocation @ 24,
    });
    layout!(facts, DXGK_OPENALLOCATIONFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGKARG_OPENALLOCATION, size 56, {
        "NumAllocations" => NumAllocations @ 0,
        "pOpenAllocation" => pOpenAllocation @ 8,
        "pPrivateDriverData" => pPrivateDriverData @ 16,
        "PrivateDriverSize" => PrivateDriverSize @ 24,
        "Flags" => Flags @ 28,
        "SubresourceIndex" => SubresourceIndex @ 32,
        "SubresourceOffset" => SubresourceOffset @ 40,
        "Pitch" => Pitch @ 48,
    });
    layout!(facts, DXGKARG_CLOSEALLOCATION, size 16, {
        "NumAllocations" => NumAllocations @ 0,
        "pOpenHandleList" => pOpenHandleList @ 8,
    });
    layout!(facts, DXGK_DESCRIBEALLOCATIONFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGKARG_DESCRIBEALLOCATION, size 48, {
        "hAllocation" => hAllocation @ 0,
        "Width" => Width @ 8,
        "Height" => Height @ 12,
        "Format" => Format @ 16,
        "MultisampleMethod" => MultisampleMethod @ 20,
        "RefreshRate" => RefreshRate @ 28,
        "PrivateDriverFormatAttribute" => PrivateDriverFormatAttribute @ 36,
        "Flags" => Flags @ 40,
        "Rotation" => Rotation @ 44,
    });
    layout!(facts, DXGKCB_GETHANDLEDATAFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGKARGCB_GETHANDLEDATA, size 12, {
        "hObject" => hObject @ 0,
        "Type" => Type @ 4,
        "Flags" => Flags @ 8,
    });
    layout!(facts, DXGKARGCB_RELEASEHANDLEDATA, size 16, {
        "ReleaseHandle" => ReleaseHandle @ 0,
        "Type" => Type @ 8,
    });
    layout!(facts, DXGKARGCB_ENUMHANDLECHILDREN, size 8, {
        "hObject" => hObject @ 0,
        "Index" => Index @ 4,
    });
    layout!(facts, DXGK_SEGMENTFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_SEGMENTDESCRIPTOR, size 56, {
        "BaseAddress" => BaseAddress @ 0,
        "CpuTranslatedAddress" => CpuTranslatedAddress @ 8,
        "Size" => Size @ 16,
        "NbOfBanks" => NbOfBanks @ 24,
        "pBankRangeTable" => pBankRangeTable @ 32,
        "CommitLimit" => CommitLimit @ 40,
        "Flags" => Flags @ 48,
    });
    layout!(facts, DXGK_QUERYSEGMENTIN, size 24, {
        "AgpApertureBase" => AgpApertureBase @ 0,
        "AgpApertureSize" => AgpApertureSize @ 8,
        "AgpFlags" => AgpFlags @ 16,
    });
    layout!(facts, DXGK_QUERYSEGMENTOUT, size 32, {
        "NbSegment" => NbSegment @ 0,
        "pSegmentDescriptor" => pSegmentDescriptor @ 8,
        "PagingBufferSegmentId" => PagingBufferSegmentId @ 16,
        "PagingBufferSize" => PagingBufferSize @ 20,
        "PagingBufferPrivateDataSize" => PagingBufferPrivateDataSize @ 24,
    });
    layout!(facts, DXGK_SEGMENTDESCRIPTOR3, size 72, {
        "Flags" => Flags @ 0,
        "BaseAddress" => BaseAddress @ 8,
        "CpuTranslatedAddress" => CpuTranslatedAddress @ 16,
        "Size" => Size @ 24,
        "NbOfBanks" => NbOfBanks @ 32,
        "pBankRangeTable" => pBankRangeTable @ 40,
        "CommitLimit" => CommitLimit @ 48,
        "SystemMemoryEndAddress" => SystemMemoryEndAddress @ 56,
        "Reserved" => Reserved @ 64,
    });
    layout!(facts, DXGK_QUERYSEGMENTOUT3, size 32, {
        "NbSegment" => NbSegment @ 0,
        "pSegmentDescriptor" => pSegmentDescriptor @ 8,
        "PagingBufferSegmentId" => PagingBufferSegmentId @ 16,
        "PagingBufferSize" => PagingBufferSize @ 20,
        "PagingBufferPrivateDataSize" => PagingBufferPrivateDataSize @ 24,
    });
    layout!(facts, DXGK_CPUHOSTAPERTURE, size 16, {
        "PhysicalAddress" => PhysicalAddress @ 0,
        "SizeInPages" => SizeInPages @ 8,
    });
    layout!(facts, DXGK_QUERYSEGMENTIN4, size 4, {
        "PhysicalAdapterIndex" => PhysicalAdapterIndex @ 0,
    });
    layout!(facts, DXGK_SEGMENTDESCRIPTOR4, size 96, {
        "Flags" => Flags @ 0,
        "BaseAddress" => BaseAddress @ 8,
        "Size" => Size @ 16,
        "CommitLimit" => CommitLimit @ 24,
        "SystemMemoryEndAddress" => SystemMemoryEndAddress @ 32,
        "CpuTranslatedAddress" => Anonymous.CpuTranslatedAddress @ 40,
        "CpuHostAperture" => Anonymous.CpuHostAperture @ 40,
        "NumInvalidMemoryRanges" => NumInvalidMemoryRanges @ 56,
        "VprRangeStartOffset" => VprRangeStartOffset @ 64,
        "VprRangeSize" => VprRangeSize @ 72,
        "VprAlignment" => VprAlignment @ 80,
        "NumVprSupported" => NumVprSupported @ 84,
        "VprReserveSize" => VprReserveSize @ 88,
        "NumUEFIFrameBufferRanges" => NumUEFIFrameBufferRanges @ 92,
    });
    layout!(facts, DXGK_QUERYSEGMENTOUT4, size 40, {
        "NbSegment" => NbSegment @ 0,
        "pSegmentDescriptor" => pSegmentDescriptor @ 8,
        "PagingBufferSegmentId" => PagingBufferSegmentId @ 16,
        "PagingBufferSize" => PagingBufferSize @ 20,
        "PagingBufferPrivateDataSize" => PagingBufferPrivateDataSize @ 24,
        "SegmentDescriptorStride" => SegmentDescriptorStride @ 32,
    });
    layout!(facts, DXGKARG_QUERYADAPTERINFO, size 48, {
        "Type" => Type @ 0,
        "pInputData" => pInputData @ 8,
        "InputDataSize" => InputDataSize @ 16,
        "pOutputData" => pOutputData @ 24,
        "OutputDataSize" => OutputDataSize @ 32,
        "Flags" => Flags @ 36,
        "hKmdProcessHandle" => hKmdProcessHandle @ 40,
    });
    layout!(facts, DXGK_HANDLE_TYPE, size 4, {});
    layout!(facts, DXGK_QUERYADAPTERINFOTYPE, size 4, {});
    layout!(facts, DXGKARG_CREATECONTEXT, size 72, {
        "hContext" => hContext @ 0,
        "NodeOrdinal" => NodeOrdinal @ 8,
        "EngineAffinity" => EngineAffinity @ 12,
        "Flags" => Flags @ 16,
        "pPrivateDriverData" => pPrivateDriverData @ 24,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 32,
        "ContextInfo" => ContextInfo @ 36,
    });
    layout!(facts, DXGK_CONTEXTINFO, size 32, {
        "DmaBufferSize" => DmaBufferSize @ 0,
        "DmaBufferSegmentSet" => DmaBufferSegmentSet @ 4,
        "DmaBufferPrivateDataSize" => DmaBufferPrivateDataSize @ 8,
        "AllocationListSize" => AllocationListSize @ 12,
        "PatchLocationListSize" => PatchLocationListSize @ 16,
        "Reserved" => Reserved @ 20,
        "Caps" => Caps @ 24,
        "PagingCompanionNodeId" => PagingCompanionNodeId @ 28,
    });
    layout!(facts, DXGK_CREATECONTEXTFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGKARG_RENDER, size 112, {
        "pCommand" => pCommand @ 0,
        "CommandLength" => CommandLength @ 8,
        "pDmaBuffer" => pDmaBuffer @ 16,
        "DmaSize" => DmaSize @ 24,
        "pDmaBufferPrivateData" => pDmaBufferPrivateData @ 32,
        "DmaBufferPrivateDataSize" => DmaBufferPrivateDataSize @ 40,
        "pAllocationList" => pAllocationList @ 48,
        "AllocationListSize" => AllocationListSize @ 56,
        "pPatchLocationListIn" => pPatchLocationListIn @ 64,
        "PatchLocationListInSize" => PatchLocationListInSize @ 72,
        "pPatchLocationListOut" => pPatchLocationListOut @ 80,
        "PatchLocationListOutSize" => PatchLocationListOutSize @ 88,
        "MultipassOffset" => MultipassOffset @ 92,
        "DmaBufferSegmentId" => DmaBufferSegmentId @ 96,
        "DmaBufferPhysicalAddress" => DmaBufferPhysicalAddress @ 104,
    });
    layout!(facts, DXGKARG_PATCH, size 120, {
        "hDevice" => Anonymous.hDevice @ 0,
        "hContext" => Anonymous.hContext @ 0,
        "DmaBufferSegmentId" => DmaBufferSegmentId @ 8,
        "DmaBufferPhysicalAddress" => DmaBufferPhysicalAddress @ 16,
        "pDmaBuffer" => pDmaBuffer @ 24,
        "DmaBufferSize" => DmaBufferSize @ 32,
        "DmaBufferSubmissionStartOffset" => DmaBufferSubmissionStartOffset @ 36,
        "DmaBufferSubmissionEndOffset" => DmaBufferSubmissionEndOffset @ 40,
        "pDmaBufferPrivateData" => pDmaBufferPrivateData @ 48,
        "DmaBufferPrivateDataSize" => DmaBufferPrivateDataSize @ 56,
        "DmaBufferPrivateDataSubmissionStartOffset" => DmaBufferPrivateDataSubmissionStartOffset @ 60,
        "DmaBufferPrivateDataSubmissionEndOffset" => DmaBufferPrivateDataSubmissionEndOffset @ 64,
        "pAllocationList" => pAllocationList @ 72,
        "AllocationListSize" => AllocationListSize @ 80,
        "pPatchLocationList" => pPatchLocationList @ 88,
        "PatchLocationListSize" => PatchLocationListSize @ 96,
        "PatchLocationListSubmissionStart" => PatchLocationListSubmissionStart @ 100,
        "PatchLocationListSubmissionLength" => PatchLocationListSubmissionLength @ 104,
        "SubmissionFenceId" => SubmissionFenceId @ 108,
        "Flags" => Flags @ 112,
        "EngineOrdinal" => EngineOrdinal @ 116,
    });
    layout!(facts, DXGKARG_SUBMITCOMMAND, size 96, {
        "hDevice" => Anonymous.hDevice @ 0,
        "hContext" => Anonymous.hContext @ 0,
        "DmaBufferSegmentId" => DmaBufferSegmentId @ 8,
        "DmaBufferPhysicalAddress" => DmaBufferPhysicalAddress @ 16,
        "DmaBufferSize" => DmaBufferSize @ 24,
        "DmaBufferSubmissionStartOffset" => DmaBufferSubmissionStartOffset @ 28,
        "DmaBufferSubmissionEndOffset" => DmaBufferSubmissionEndOffset @ 32,
        "pDmaBufferPrivateData" => pDmaBufferPrivateData @ 40,
        "DmaBufferPrivateDataSize" => DmaBufferPrivateDataSize @ 48,
        "DmaBufferPrivateDataSubmissionStartOffset" => DmaBufferPrivateDataSubmissionStartOffset @ 52,
        "DmaBufferPrivateDataSubmissionEndOffset" => DmaBufferPrivateDataSubmissionEndOffset @ 56,
        "SubmissionFenceId" => SubmissionFenceId @ 60,
        "VidPnSourceId" => VidPnSourceId @ 64,
        "FlipInterval" => FlipInterval @ 68,
        "Flags" => Flags @ 72,
        "EngineOrdinal" => EngineOrdinal @ 76,
        "DmaBufferVirtualAddress" => DmaBufferVirtualAddress @ 80,
        "NodeOrdinal" => NodeOrdinal @ 88,
    });
    layout!(facts, DXGK_ALLOCATIONLIST, size 24, {
        "hDeviceSpecificAllocation" => hDeviceSpecificAllocation @ 0,
        "PhysicalAddress" => Anonymous.PhysicalAddress @ 16,
        "VirtualAddress" => Anonymous.VirtualAddress @ 16,
    });
    layout!(facts, DXGKARG_ESCAPE, size 48, {
        "hDevice" => hDevice @ 0,
        "Flags" => Flags @ 8,
        "pPrivateDriverData" => pPrivateDriverData @ 16,
        "PrivateDriverDataSize" => PrivateDriverDataSize @ 24,
        "hContext" => hContext @ 32,
        "hKmdProcessHandle" => hKmdProcessHandle @ 40,
    });
    layout!(facts, DXGKARG_CREATEDEVICE, size 32, {
        "hDevice" => hDevice @ 0,
        "Flags" => Anonymous.Flags @ 8,
        "pInfo" => Anonymous.pInfo @ 8,
        "Pasid" => Pasid @ 16,
        "hKmdProcess" => hKmdProcess @ 24,
    });
    layout!(facts, DXGK_CREATEDEVICEFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_DEVICEINFO, size 24, {
        "DmaBufferSize" => DmaBufferSize @ 0,
        "DmaBufferSegmentSet" => DmaBufferSegmentSet @ 4,
        "DmaBufferPrivateDataSize" => DmaBufferPrivateDataSize @ 8,
        "AllocationListSize" => AllocationListSize @ 12,
        "PatchLocationListSize" => PatchLocationListSize @ 16,
        "Flags" => Flags @ 20,
    });
    layout!(facts, DXGKARG_BUILDPAGINGBUFFER, size 320, {
        "pDmaBuffer" => pDmaBuffer @ 0,
        "DmaSize" => DmaSize @ 8,
        "pDmaBufferPrivateData" => pDmaBufferPrivateData @ 16,
        "DmaBufferPrivateDataSize" => DmaBufferPrivateDataSize @ 24,
        "Operation" => Operation @ 28,
        "MultipassOffset" => MultipassOffset @ 32,
        "Transfer" => Anonymous.Transfer @ 40,
        "Fill" => Anonymous.Fill @ 40,
        "DiscardContent" => Anonymous.DiscardContent @ 40,
        "ReadPhysical" => Anonymous.ReadPhysical @ 40,
        "WritePhysical" => Anonymous.WritePhysical @ 40,
        "MapApertureSegment" => Anonymous.MapApertureSegment @ 40,
        "UnmapApertureSegment" => Anonymous.UnmapApertureSegment @ 40,
        "SpecialLockTransfer" => Anonymous.SpecialLockTransfer @ 40,
        "InitContextResource" => Anonymous.InitContextResource @ 40,
        "TransferVirtual" => Anonymous.TransferVirtual @ 40,
        "FillVirtual" => Anonymous.FillVirtual @ 40,
        "UpdatePageTable" => Anonymous.UpdatePageTable @ 40,
        "FlushTlb" => Anonymous.FlushTlb @ 40,
        "CopyPageTableEntries" => Anonymous.CopyPageTableEntries @ 40,
        "UpdateContextAllocation" => Anonymous.UpdateContextAllocation @ 40,
        "NotifyResidency" => Anonymous.NotifyResidency @ 40,
        "SignalMonitoredFence" => Anonymous.SignalMonitoredFence @ 40,
        "MapApertureSegment2" => Anonymous.MapApertureSegment2 @ 40,
        "Reserved" => Anonymous.Reserved @ 40,
        "hSystemContext" => hSystemContext @ 296,
        "DmaBufferGpuVirtualAddress" => DmaBufferGpuVirtualAddress @ 304,
        "DmaBufferWriteOffset" => DmaBufferWriteOffset @ 312,
    });
    layout!(facts, DXGKARGCB_NOTIFY_INTERRUPT_DATA, size 80, {
        "InterruptType" => InterruptType @ 0,
        "DmaCompleted" => Anonymous.DmaCompleted @ 8,
        "DmaCompleted.SubmissionFenceId" => Anonymous.DmaCompleted.SubmissionFenceId @ 8,
        "DmaCompleted.NodeOrdinal" => Anonymous.DmaCompleted.NodeOrdinal @ 12,
        "DmaCompleted.EngineOrdinal" => Anonymous.DmaCompleted.EngineOrdinal @ 16,
        "DmaPreempted" => Anonymous.DmaPreempted @ 8,
        "DmaPreempted.PreemptionFenceId" => Anonymous.DmaPreempted.PreemptionFenceId @ 8,
        "DmaPreempted.LastCompletedFenceId" => Anonymous.DmaPreempted.LastCompletedFenceId @ 12,
        "DmaPreempted.NodeOrdinal" => Anonymous.DmaPreempted.NodeOrdinal @ 16,
        "DmaPreempted.EngineOrdinal" => Anonymous.DmaPreempted.EngineOrdinal @ 20,
        "DmaFaulted" => Anonymous.DmaFaulted @ 8,
        "DmaFaulted.FaultedFenceId" => Anonymous.DmaFaulted.FaultedFenceId @ 8,
        "DmaFaulted.Status" => Anonymous.DmaFaulted.Status @ 12,
        "DmaFaulted.NodeOrdinal" => Anonymous.DmaFaulted.NodeOrdinal @ 16,
        "DmaFaulted.EngineOrdinal" => Anonymous.DmaFaulted.EngineOrdinal @ 20,
        "CrtcVsync" => Anonymous.CrtcVsync @ 8,
        "CrtcVsync.VidPnTargetId" => Anonymous.CrtcVsync.VidPnTargetId @ 8,
        "CrtcVsync.PhysicalAddress" => Anonymous.CrtcVsync.PhysicalAddress @ 16,
        "CrtcVsync.PhysicalAdapterMask" => Anonymous.CrtcVsync.PhysicalAdapterMask @ 24,
        "DisplayOnlyVsync" => Anonymous.DisplayOnlyVsync @ 8,
        "DisplayOnlyVsync.VidPnTargetId" => Anonymous.DisplayOnlyVsync.VidPnTargetId @ 8,
        "CrtcVsyncWithMultiPlaneOverlay" => Anonymous.CrtcVsyncWithMultiPlaneOverlay @ 8,
        "CrtcVsyncWithMultiPlaneOverlay.VidPnTargetId" => Anonymous.CrtcVsyncWithMultiPlaneOverlay.VidPnTargetId @ 8,
        "CrtcVsyncWithMultiPlaneOverlay.PhysicalAdapterMask" => Anonymous.CrtcVsyncWithMultiPlaneOverlay.PhysicalAdapterMask @ 12,
        "CrtcVsyncWithMultiPlaneOverlay.MultiPlaneOverlayVsyncInfoCount" => Anonymous.CrtcVsyncWithMultiPlaneOverlay.MultiPlaneOverlayVsyncInfoCount @ 16,
        "CrtcVsyncWithMultiPlaneOverlay.pMultiPlaneOverlayVsyncInfo" => Anonymous.CrtcVsyncWithMultiPlaneOverlay.pMultiPlaneOverlayVsyncInfo @ 24,
        "DisplayOnlyPresentProgress" => Anonymous.DisplayOnlyPresentProgress @ 8,
        "MiracastEncodeChunkCompleted" => Anonymous.MiracastEncodeChunkCompleted @ 8,
        "MiracastEncodeChunkCompleted.VidPnTargetId" => Anonymous.MiracastEncodeChunkCompleted.VidPnTargetId @ 8,
        "MiracastEncodeChunkCompleted.ChunkInfo" => Anonymous.MiracastEncodeChunkCompleted.ChunkInfo @ 16,
        "MiracastEncodeChunkCompleted.pPrivateDriverData" => Anonymous.MiracastEncodeChunkCompleted.pPrivateDriverData @ 40,
        "MiracastEncodeChunkCompleted.PrivateDataDriverSize" => Anonymous.MiracastEncodeChunkCompleted.PrivateDataDriverSize @ 48,
        "MiracastEncodeChunkCompleted.Status" => Anonymous.MiracastEncodeChunkCompleted.Status @ 52,
        "DmaPageFaulted" => Anonymous.DmaPageFaulted @ 8,
        "DmaPageFaulted.FaultedFenceId" => Anonymous.DmaPageFaulted.FaultedFenceId @ 8,
        "DmaPageFaulted.FaultedPrimitiveAPISequenceNumber" => Anonymous.DmaPageFaulted.FaultedPrimitiveAPISequenceNumber @ 16,
        "DmaPageFaulted.FaultedPipelineStage" => Anonymous.DmaPageFaulted.FaultedPipelineStage @ 24,
        "DmaPageFaulted.FaultedBindTableEntry" => Anonymous.DmaPageFaulted.FaultedBindTableEntry @ 28,
        "DmaPageFaulted.PageFaultFlags" => Anonymous.DmaPageFaulted.PageFaultFlags @ 32,
        "DmaPageFaulted.FaultedVirtualAddress" => Anonymous.DmaPageFaulted.FaultedVirtualAddress @ 40,
        "DmaPageFaulted.NodeOrdinal" => Anonymous.DmaPageFaulted.NodeOrdinal @ 48,
        "DmaPageFaulted.EngineOrdinal" => Anonymous.DmaPageFaulted.EngineOrdinal @ 52,
        "DmaPageFaulted.PageTableLevel" => Anonymous.DmaPageFaulted.PageTableLevel @ 56,
        "DmaPageFaulted.FaultErrorCode" => Anonymous.DmaPageFaulted.FaultErrorCode @ 60,
        "DmaPageFaulted.FaultedProcessHandle" => Anonymous.DmaPageFaulted.FaultedProcessHandle @ 64,
        "CrtcVsyncWithMultiPlaneOverlay2" => Anonymous.CrtcVsyncWithMultiPlaneOverlay2 @ 8,
        "CrtcVsyncWithMultiPlaneOverlay2.VidPnTargetId" => Anonymous.CrtcVsyncWithMultiPlaneOverlay2.VidPnTargetId @ 8,
        "CrtcVsyncWithMultiPlaneOverlay2.PhysicalAdapterMask" => Anonymous.CrtcVsyncWithMultiPlaneOverlay2.PhysicalAdapterMask @ 12,
        "CrtcVsyncWithMultiPlaneOverlay2.MultiPlaneOverlayVsyncInfoCount" => Anonymous.CrtcVsyncWithMultiPlaneOverlay2.MultiPlaneOverlayVsyncInfoCount @ 16,
        "CrtcVsyncWithMultiPlaneOverlay2.pMultiPlaneOverlayVsyncInfo" => Anonymous.CrtcVsyncWithMultiPlaneOverlay2.pMultiPlaneOverlayVsyncInfo @ 24,
        "CrtcVsyncWithMultiPlaneOverlay2.GpuFrequency" => Anonymous.CrtcVsyncWithMultiPlaneOverlay2.GpuFrequency @ 32,
        "CrtcVsyncWithMultiPlaneOverlay2.GpuClockCounter" => Anonymous.CrtcVsyncWithMultiPlaneOverlay2.GpuClockCounter @ 40,
        "MonitoredFenceSignaled" => Anonymous.MonitoredFenceSignaled @ 8,
        "MonitoredFenceSignaled.NodeOrdinal" => Anonymous.MonitoredFenceSignaled.NodeOrdinal @ 8,
        "MonitoredFenceSignaled.EngineOrdinal" => Anonymous.MonitoredFenceSignaled.EngineOrdinal @ 12,
        "HwContextListSwitchCompleted" => Anonymous.HwContextListSwitchCompleted @ 8,
        "HwContextListSwitchCompleted.NodeOrdinal" => Anonymous.HwContextListSwitchCompleted.NodeOrdinal @ 8,
        "HwContextListSwitchCompleted.EngineOrdinal" => Anonymous.HwContextListSwitchCompleted.EngineOrdinal @ 12,
        "HwContextListSwitchCompleted.ContextSwitchFence" => Anonymous.HwContextListSwitchCompleted.ContextSwitchFence @ 16,
        "HwQueuePageFaulted" => Anonymous.HwQueuePageFaulted @ 8,
        "HwQueuePageFaulted.FaultedFenceId" => Anonymous.HwQueuePageFaulted.FaultedFenceId @ 8,
        "HwQueuePageFaulted.FaultedVirtualAddress" => Anonymous.HwQueuePageFaulted.FaultedVirtualAddress @ 16,
        "HwQueuePageFaulted.FaultedPrimitiveAPISequenceNumber" => Anonymous.HwQueuePageFaulted.FaultedPrimitiveAPISequenceNumber @ 24,
        "HwQueuePageFaulted.FaultedHwQueue" => Anonymous.HwQueuePageFaulted.Anonymous.FaultedHwQueue @ 32,
        "HwQueuePageFaulted.FaultedHwContext" => Anonymous.HwQueuePageFaulted.Anonymous.FaultedHwContext @ 32,
        "HwQueuePageFaulted.FaultedProcessHandle" => Anonymous.HwQueuePageFaulted.Anonymous.FaultedProcessHandle @ 32,
        "HwQueuePageFaulted.NodeOrdinal" => Anonymous.HwQueuePageFaulted.NodeOrdinal @ 40,
        "HwQueuePageFaulted.EngineOrdinal" => Anonymous.HwQueuePageFaulted.EngineOrdinal @ 44,
        "HwQueuePageFaulted.FaultedPipelineStage" => Anonymous.HwQueuePageFaulted.FaultedPipelineStage @ 48,
        "HwQueuePageFaulted.FaultedBindTableEntry" => Anonymous.HwQueuePageFaulted.FaultedBindTableEntry @ 52,
        "HwQueuePageFaulted.PageFaultFlags" => Anonymous.HwQueuePageFaulted.PageFaultFlags @ 56,
        "HwQueuePageFaulted.PageTableLevel" => Anonymous.HwQueuePageFaulted.PageTableLevel @ 60,
        "HwQueuePageFaulted.FaultErrorCode" => Anonymous.HwQueuePageFaulted.FaultErrorCode @ 64,
        "PeriodicMonitoredFenceSignaled" => Anonymous.PeriodicMonitoredFenceSignaled @ 8,
        "PeriodicMonitoredFenceSignaled.VidPnTargetId" => Anonymous.PeriodicMonitoredFenceSignaled.VidPnTargetId @ 8,
        "PeriodicMonitoredFenceSignaled.NotificationID" => Anonymous.PeriodicMonitoredFenceSignaled.NotificationID @ 12,
        "SchedulingLogInterrupt" => Anonymous.SchedulingLogInterrupt @ 8,
        "SchedulingLogInterrupt.NodeOrdinal" => Anonymous.SchedulingLogInterrupt.NodeOrdinal @ 8,
        "SchedulingLogInterrupt.EngineOrdinal" => Anonymous.SchedulingLogInterrupt.EngineOrdinal @ 12,
        "GpuEngineTimeout" => Anonymous.GpuEngineTimeout @ 8,
        "GpuEngineTimeout.NodeOrdinal" => Anonymous.GpuEngineTimeout.NodeOrdinal @ 8,
        "GpuEngineTimeout.EngineOrdinal" => Anonymous.GpuEngineTimeout.EngineOrdinal @ 12,
        "SuspendContextCompleted" => Anonymous.SuspendContextCompleted @ 8,
        "SuspendContextCompleted.hContext" => Anonymous.SuspendContextCompleted.hContext @ 8,
        "SuspendContextCompleted.ContextSuspendFence" => Anonymous.SuspendContextCompleted.ContextSuspendFence @ 16,
        "CrtcVsyncWithMultiPlaneOverlay3" => Anonymous.CrtcVsyncWithMultiPlaneOverlay3 @ 8,
        "CrtcVsyncWithMultiPlaneOverlay3.VidPnTargetId" => Anonymous.CrtcVsyncWithMultiPlaneOverlay3.VidPnTargetId @ 8,
        "CrtcVsyncWithMultiPlaneOverlay3.PhysicalAdapterMask" => Anonymous.CrtcVsyncWithMultiPlaneOverlay3.PhysicalAdapterMask @ 12,
        "CrtcVsyncWithMultiPlaneOverlay3.MultiPlaneOverlayVsyncInfoCount" => Anonymous.CrtcVsyncWithMultiPlaneOverlay3.MultiPlaneOverlayVsyncInfoCount @ 16,
        "CrtcVsyncWithMultiPlaneOverlay3.pMultiPlaneOverlayVsyncInfo" => Anonymous.CrtcVsyncWithMultiPlaneOverlay3.pMultiPlaneOverlayVsyncInfo @ 24,
        "CrtcVsyncWithMultiPlaneOverlay3.GpuFrequency" => Anonymous.CrtcVsyncWithMultiPlaneOverlay3.GpuFrequency @ 32,
        "CrtcVsyncWithMultiPlaneOverlay3.GpuClockCounter" => Anonymous.CrtcVsyncWithMultiPlaneOverlay3.GpuClockCounter @ 40,
        "Reserved" => Anonymous.Reserved @ 8,
        "Reserved.Reserved" => Anonymous.Reserved.Reserved @ 8,
        "Flags" => Flags @ 72,
    });
    layout!(facts, DXGK_DRIVERCAPS, size 592, {
        "HighestAcceptableAddress" => HighestAcceptableAddress @ 0,
        "MaxAllocationListSlotId" => MaxAllocationListSlotId @ 8,
        "ApertureSegmentCommitLimit" => ApertureSegmentCommitLimit @ 16,
        "MaxPointerWidth" => MaxPointerWidth @ 24,
        "MaxPointerHeight" => MaxPointerHeight @ 28,
        "PointerCaps" => PointerCaps @ 32,
        "InterruptMessageNumber" => InterruptMessageNumber @ 36,
        "NumberOfSwizzlingRanges" => NumberOfSwizzlingRanges @ 40,
        "MaxOverlays" => MaxOverlays @ 44,
        "GammaRampCaps" => Anonymous.GammaRampCaps @ 48,
        "ColorTransformCaps" => Anonymous.ColorTransformCaps @ 48,
        "PresentationCaps" => PresentationCaps @ 52,
        "MaxQueuedFlipOnVSync" => MaxQueuedFlipOnVSync @ 56,
        "FlipCaps" => FlipCaps @ 60,
        "SchedulingCaps" => SchedulingCaps @ 64,
        "MemoryManagementCaps" => MemoryManagementCaps @ 68,
        "GpuEngineTopology" => GpuEngineTopology @ 76,
        "WDDMVersion" => WDDMVersion @ 336,
        "Reserved" => Reserved @ 340,
        "Reserved1" => Reserved1 @ 368,
        "PreemptionCaps" => PreemptionCaps @ 528,
        "SupportNonVGA" => SupportNonVGA @ 536,
        "SupportSmoothRotation" => SupportSmoothRotation @ 537,
        "SupportPerEngineTDR" => SupportPerEngineTDR @ 538,
        "SupportDirectFlip" => SupportDirectFlip @ 539,
        "SupportMultiPlaneOverlay" => SupportMultiPlaneOverlay @ 540,
        "SupportRuntimePowerManagement" => SupportRuntimePowerManagement @ 541,
        "SupportSurpriseRemovalInHibernation" => SupportSurpriseRemovalInHibernation @ 542,
        "HybridDiscrete" => HybridDiscrete @ 543,
        "MaxOverlayPlanes" => MaxOverlayPlanes @ 544,
        "HybridIntegrated" => HybridIntegrated @ 548,
        "InternalGpuVirtualAddressRangeStart" => InternalGpuVirtualAddressRangeStart @ 552,
        "InternalGpuVirtualAddressRangeEnd" => InternalGpuVirtualAddressRangeEnd @ 560,
        "SupportSurpriseRemoval" => SupportSurpriseRemoval @ 568,
        "SupportMultiPlaneOverlayImmediateFlip" => SupportMultiPlaneOverlayImmediateFlip @ 569,
        "CursorScaledWithMultiPlaneOverlayPlane0" => CursorScaledWithMultiPlaneOverlayPlane0 @ 570,
        "HybridAcpiChainingRequired" => HybridAcpiChainingRequired @ 571,
        "MaxQueuedMultiPlaneOverlayFlipVSync" => MaxQueuedMultiPlaneOverlayFlipVSync @ 572,
        "MiscCaps" => MiscCaps @ 576,
        "MiscCaps.Value" => MiscCaps.Value @ 576,
        "MaxHwQueuedFlips" => MaxHwQueuedFlips @ 580,
        "HwQueuedFlipCaps" => HwQueuedFlipCaps @ 584,
    });
    layout!(facts, DXGK_CONTEXTINFO_CAPS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_PATCHFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_SUBMITCOMMANDFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_DEVICEINFOFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_FAULT_ERROR_CODE, size 4, {});
    layout!(facts, DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_QUERYADAPTERINFOFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_POINTERFLAGS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_GAMMARAMPCAPS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_COLORTRANSFORMCAPS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_PRESENTATIONCAPS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_FLIPCAPS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_VIDSCHCAPS, size 4, {
        "Value" => Value @ 0,
    });
    layout!(facts, DXGK_VIDMMCAPS, size 8, {
        "Value" => Value @ 0,
        "PagingNode" => PagingNode @ 4,
    });
    layout!(facts, DXGK_VIRTUALADDRESSCAPS_DEPRECATED, size 28, {
        "Value" => Value @ 0,
        "VirtualAddressBitCount" => VirtualAddressBitCount @ 4,
        "PageTableCoverageBitCount" => PageTableCoverageBitCount @ 8,
        "PageDirectoryEntrySize" => PageDirectoryEntrySize @ 12,
        "PageDirectorySegment" => PageDirectorySegment @ 16,
        "PageTableSegment" => PageTableSegment @ 20,
        "IdealGPUPageSize" => IdealGPUPageSize @ 24,
    });
    layout!(facts, DXGK_HWQUEUEDFLIP_CAPS, size 4, {
        "Value" => Value @ 0,
    });
    bits::<DXGK_SEGMENTBANKPREFERENCE>(&mut facts, "DXGK_SEGMENTBANKPREFERENCE");
    bits::<DXGK_ALLOCATIONINFOFLAGS>(&mut facts, "DXGK_ALLOCATIONINFOFLAGS");
    bits::<DXGK_ALLOCATIONINFOFLAGS_WDDM2_0>(&mut facts, "DXGK_ALLOCATIONINFOFLAGS_WDDM2_0");
    bits::<DXGK_ALLOCATIONINFOFLAGS2>(&mut facts, "DXGK_ALLOCATIONINFOFLAGS2");
    bits::<DXGK_CREATEALLOCATIONFLAGS>(&mut facts, "DXGK_CREATEALLOCATIONFLAGS");
    bits::<DXGK_DESTROYALLOCATIONFLAGS>(&mut facts, "DXGK_DESTROYALLOCATIONFLAGS");
    bits::<DXGK_OPENALLOCATIONFLAGS>(&mut facts, "DXGK_OPENALLOCATIONFLAGS");
    bits::<DXGK_DESCRIBEALLOCATIONFLAGS>(&mut facts, "DXGK_DESCRIBEALLOCATIONFLAGS");
    bits::<DXGKCB_GETHANDLEDATAFLAGS>(&mut facts, "DXGKCB_GETHANDLEDATAFLAGS");
    bits::<DXGK_SEGMENTFLAGS>(&mut facts, "DXGK_SEGMENTFLAGS");
    bits::<DXGK_ALLOCATIONUSAGEINFO1_FLAGS>(&mut facts, "DXGK_ALLOCATIONUSAGEINFO1");
    bits::<DXGK_CREATECONTEXTFLAGS>(&mut facts, "DXGK_CREATECONTEXTFLAGS");
    bits::<DXGK_ALLOCATIONLIST_FLAGS>(&mut facts, "DXGK_ALLOCATIONLIST");
    bits::<DXGK_CREATEDEVICEFLAGS>(&mut facts, "DXGK_CREATEDEVICEFLAGS");
    bits::<DXGK_DRIVERCAPS_MISCCAPS>(&mut facts, "DXGK_DRIVERCAPS.MiscCaps");
    bits::<DXGK_CONTEXTINFO_CAPS>(&mut facts, "DXGK_CONTEXTINFO_CAPS");
    bits::<DXGK_PATCHFLAGS>(&mut facts, "DXGK_PATCHFLAGS");
    bits::<DXGK_SUBMITCOMMANDFLAGS>(&mut facts, "DXGK_SUBMITCOMMANDFLAGS");
    bits::<DXGK_DEVICEINFOFLAGS>(&mut facts, "DXGK_DEVICEINFOFLAGS");
    bits::<DXGK_FAULT_ERROR_CODE>(&mut facts, "DXGK_FAULT_ERROR_CODE");
    bits::<DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS>(&mut facts, "DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS");
    bits::<DXGK_QUERYADAPTERINFOFLAGS>(&mut facts, "DXGK_QUERYADAPTERINFOFLAGS");
    bits::<DXGK_POINTERFLAGS>(&mut facts, "DXGK_POINTERFLAGS");
    bits::<DXGK_GAMMARAMPCAPS>(&mut facts, "DXGK_GAMMARAMPCAPS");
    bits::<DXGK_COLORTRANSFORMCAPS>(&mut facts, "DXGK_COLORTRANSFORMCAPS");
    bits::<DXGK_PRESENTATIONCAPS>(&mut facts, "DXGK_PRESENTATIONCAPS");
    bits::<DXGK_FLIPCAPS>(&mut facts, "DXGK_FLIPCAPS");
    bits::<DXGK_VIDSCHCAPS>(&mut facts, "DXGK_VIDSCHCAPS");
    bits::<DXGK_VIDMMCAPS_FLAGS>(&mut facts, "DXGK_VIDMMCAPS");
    bits::<DXGK_VIRTUALADDRESSCAPS_DEPRECATED_FLAGS>(&mut facts, "DXGK_VIRTUALADDRESSCAPS_DEPRECATED");
    bits::<DXGK_HWQUEUEDFLIP_CAPS>(&mut facts, "DXGK_HWQUEUEDFLIP_CAPS");

    // d3dkmdt.h, and the standard-allocation and engine-status DDIs
    layout!(facts, D3DKMDT_SHAREDPRIMARYSURFACEDATA, size 24, {
        "Width" => Width @ 0,
        "Height" => Height @ 4,
        "Format" => Format @ 8,
        "RefreshRate" => RefreshRate @ 12,
        "VidPnSourceId" => VidPnSourceId @ 20,
    });
    layout!(facts, D3DKMDT_SHADOWSURFACEDATA, size 16, {
        "Width" => Width @ 0,
        "Height" => Height @ 4,
        "Format" => Format @ 8,
        "Pitch" => Pitch @ 12,
    });
    layout!(facts, D3DKMDT_STAGINGSURFACEDATA, size 12, {
        "Width" => Width @ 0,
        "Height" => Height @ 4,
        "Pitch" => Pitch @ 8,
    });
    layout!(facts, D3DKMDT_GDISURFACEDATA, size 24, {
        "Width" => Width @ 0,
        "Height" => Height @ 4,
        "Format" => Format @ 8,
        "Type" => Type @ 12,
        "Flags" => Flags @ 16,
        "Pitch" => Pitch @ 20,
    });
    layout!(facts, D3DKMDT_GDISURFACEFLAGS, size 4, { "Value" => Value @ 0 });
    bits::<D3DKMDT_GDISURFACEFLAGS>(&mut facts, "D3DKMDT_GDISURFACEFLAGS");
    layout!(facts, DXGK_ENGINESTATUS, size 4, { "Value" => Value @ 0 });
    bits::<DXGK_ENGINESTATUS>(&mut facts, "DXGK_ENGINESTATUS");

    // Runtime power management (d3dkmddi.h, WDDM 1.2 and 1.3)
    layout!(facts, DXGK_POWER_RUNTIME_STATE, size 24, {
        "TransitionLatency" => TransitionLatency @ 0,
        "ResidencyRequirement" => ResidencyRequirement @ 8,
        "NominalPower" => NominalPower @ 16,
    });
    layout!(facts, DXGK_POWER_COMPONENT_TYPE, size 4, {});
    layout!(facts, DXGK_POWER_COMPONENT_MAPPING, size 8, {
        "ComponentType" => ComponentType @ 0,
        "EngineDesc" => Anonymous.EngineDesc @ 4,
        "EngineDesc.NodeIndex" => Anonymous.EngineDesc.NodeIndex @ 4,
        "MonitorRefreshDesc.VidPnSourceID" => Anonymous.MonitorRefreshDesc.VidPnSourceID @ 4,
        "MonitorDesc.VidPnTargetID" => Anonymous.MonitorDesc.VidPnTargetID @ 4,
        "MemoryDesc.SegmentID" => Anonymous.MemoryDesc.SegmentID @ 4,
        "SharedDesc.SharedTypeFlag" => Anonymous.SharedDesc.Anonymous.Anonymous.SharedTypeFlag @ 4,
        "SharedDesc.DriverCustomValueSet" => Anonymous.SharedDesc.Anonymous.Anonymous.DriverCustomValueSet @ 6,
        "SharedDesc.SharedType" => Anonymous.SharedDesc.Anonymous.SharedType @ 4,
    });
    layout!(facts, DXGK_POWER_COMPONENT_INDEX, size 4, {
        "PhysicalAdapterComponentIndex" => Anonymous.Anonymous.PhysicalAdapterComponentIndex @ 0,
        "PhysicalAdapterIndex" => Anonymous.Anonymous.PhysicalAdapterIndex @ 2,
        "Value" => Anonymous.Value @ 0,
    });
    layout!(facts, DXGK_POWER_COMPONENT_FLAGS, size 4, { "Value" => Value @ 0 });
    layout!(facts, DXGK_POWER_RUNTIME_COMPONENT, size 336, {
        "StateCount" => StateCount @ 0,
        "States" => States @ 8,
        "ComponentMapping" => ComponentMapping @ 200,
        "Flags" => Flags @ 208,
        "ComponentGuid" => ComponentGuid @ 212,
        "ComponentName" => ComponentName @ 228,
        "ProviderCount" => ProviderCount @ 268,
        "Providers" => Providers @ 272,
    });
    layout!(facts, DXGK_POWER_P_STATE, size 4, { "OperatingFrequency" => OperatingFrequency @ 0 });
    layout!(facts, DXGK_POWER_COMPONENT_P_FLAGS, size 4, { "Value" => Value @ 0 });
    layout!(facts, DXGK_POWER_P_COMPONENT, size 136, {
        "StateCount" => StateCount @ 0,
        "States" => States @ 4,
        "Flags" => Flags @ 132,
    });
    bits::<DXGK_POWER_COMPONENT_FLAGS>(&mut facts, "DXGK_POWER_COMPONENT_FLAGS");
    bits::<DXGK_POWER_COMPONENT_P_FLAGS>(&mut facts, "DXGK_POWER_COMPONENT_P_FLAGS");
    constants!(
        facts,
        DXGK_FSTATE_UNKNOWN_POWER,
        DXGK_MAX_F_STATES,
        DXGK_POWER_COMPONENT_NAME_SIZE,
        DXGK_MAX_POWER_COMPONENT_PROVIDERS,
        DXGK_MAX_P_STATES,
        DXGK_POWER_COMPONENT_ENGINE,
        DXGK_POWER_COMPONENT_MONITOR,
        DXGK_POWER_COMPONENT_MONITOR_REFRESH,
        DXGK_POWER_COMPONENT_MEMORY,
        DXGK_POWER_COMPONENT_MEMORY_REFRESH,
        DXGK_POWER_COMPONENT_OTHER,
        DXGK_POWER_COMPONENT_D3_TRANSITION,
        DXGK_POWER_COMPONENT_SHARED,
        DXGK_POWER_COMPONENT_MAX,
    );
    for (name, guid) in [
        ("GUID_DXGKDDI_POWER_VOLTAGE_UP", GUID_DXGKDDI_POWER_VOLTAGE_UP),
        ("GUID_DXGKDDI_POWER_VOLTAGE_DOWN", GUID_DXGKDDI_POWER_VOLTAGE_DOWN),
        ("GUID_DXGKDDI_POWER_VOLTAGE", GUID_DXGKDDI_POWER_VOLTAGE),
        ("GUID_DXGKDDI_POWER_CLOCK_UP", GUID_DXGKDDI_POWER_CLOCK_UP),
        ("GUID_DXGKDDI_POWER_CLOCK_DOWN", GUID_DXGKDDI_POWER_CLOCK_DOWN),
        ("GUID_DXGKDDI_POWER_CLOCK", GUID_DXGKDDI_POWER_CLOCK),
        ("GUID_DXGKDDI_POWER_BANDWIDTH_UP", GUID_DXGKDDI_POWER_BANDWIDTH_UP),
        ("GUID_DXGKDDI_POWER_BANDWIDTH_DOWN", GUID_DXGKDDI_POWER_BANDWIDTH_DOWN),
        ("GUID_DXGKDDI_POWER_BANDWIDTH", GUID_DXGKDDI_POWER_BANDWIDTH),
        ("GUID_DXGKDDI_POWER_MANAGEMENT_PREPARE_TO_START", GUID_DXGKDDI_POWER_MANAGEMENT_PREPARE_TO_START),
        ("GUID_DXGKDDI_POWER_MANAGEMENT_STARTED", GUID_DXGKDDI_POWER_MANAGEMENT_STARTED),
        ("GUID_DXGKDDI_POWER_MANAGEMENT_STOPPED", GUID_DXGKDDI_POWER_MANAGEMENT_STOPPED),
    ] {
        guid_facts(&mut facts, name, guid);
    }
    layout!(facts, DXGKARG_QUERYENGINESTATUS, size 12, {
        "NodeOrdinal" => NodeOrdinal @ 0,
        "EngineOrdinal" => EngineOrdinal @ 4,
        "EngineStatus" => EngineStatus @ 8,
    });
    layout!(facts, DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA, size 48, {
        "StandardAllocationType" => StandardAllocationType @ 0,
        "pCreateSharedPrimarySurfaceData" => Anonymous.pCreateSharedPrimarySurfaceData @ 8,
        "pCreateShadowSurfaceData" => Anonymous.pCreateShadowSurfaceData @ 8,
        "pCreateStagingSurfaceData" => Anonymous.pCreateStagingSurfaceData @ 8,
        "pCreateGdiSurfaceData" => Anonymous.pCreateGdiSurfaceData @ 8,
        "pCreateVirtualGpuSurfaceData" => Anonymous.pCreateVirtualGpuSurfaceData @ 8,
        "pAllocationPrivateDriverData" => pAllocationPrivateDriverData @ 16,
        "AllocationPrivateDriverDataSize" => AllocationPrivateDriverDataSize @ 24,
        "pResourcePrivateDriverData" => pResourcePrivateDriverData @ 32,
        "ResourcePrivateDriverDataSize" => ResourcePrivateDriverDataSize @ 40,
        "PhysicalAdapterIndex" => PhysicalAdapterIndex @ 44,
    });
    constants!(
        facts,
        D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE,
        D3DKMDT_STANDARDALLOCATION_SHADOWSURFACE,
        D3DKMDT_STANDARDALLOCATION_STAGINGSURFACE,
        D3DKMDT_STANDARDALLOCATION_GDISURFACE,
        D3DKMDT_STANDARDALLOCATION_VGPU,
        D3DKMDT_GDISURFACE_INVALID,
        D3DKMDT_GDISURFACE_TEXTURE,
        D3DKMDT_GDISURFACE_STAGING_CPUVISIBLE,
        D3DKMDT_GDISURFACE_STAGING,
        D3DKMDT_GDISURFACE_LOOKUPTABLE,
        D3DKMDT_GDISURFACE_EXISTINGSYSMEM,
        D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE,
        D3DKMDT_GDISURFACE_TEXTURE_CROSSADAPTER,
        D3DKMDT_GDISURFACE_TEXTURE_CPUVISIBLE_CROSSADAPTER,
    );

    // dispmprt.h
    layout!(facts, UNICODE_STRING, size 16, {
        "Length" => Length @ 0,
        "MaximumLength" => MaximumLength @ 2,
        "Buffer" => Buffer @ 8,
    });
    layout!(facts, DXGK_DEVICE_INFO, size 80, {
        "MiniportDeviceContext" => MiniportDeviceContext @ 0,
        "PhysicalDeviceObject" => PhysicalDeviceObject @ 8,
        "DeviceRegistryPath" => DeviceRegistryPath @ 16,
        "TranslatedResourceList" => TranslatedResourceList @ 32,
        "SystemMemorySize" => SystemMemorySize @ 40,
        "HighestPhysicalAddress" => HighestPhysicalAddress @ 48,
        "AgpApertureBase" => AgpApertureBase @ 56,
        "AgpApertureSize" => AgpApertureSize @ 64,
        "DockingState" => DockingState @ 72,
    });
    layout!(facts, DXGKRNL_INTERFACE, size 568, {
        "Size" => Size @ 0,
        "Version" => Version @ 4,
        "DeviceHandle" => DeviceHandle @ 8,
        "DxgkCbEvalAcpiMethod" => DxgkCbEvalAcpiMethod @ 16,
        "DxgkCbGetHandleData" => DxgkCbGetHandleData @ 104,
        "DxgkCbGetHandleParent" => DxgkCbGetHandleParent @ 112,
        "DxgkCbEnumHandleChildren" => DxgkCbEnumHandleChildren @ 120,
        "DxgkCbAcquireHandleData" => DxgkCbAcquireHandleData @ 288,
        "DxgkCbReleaseHandleData" => DxgkCbReleaseHandleData @ 296,
        "DxgkCbGetDeviceInformation" => DxgkCbGetDeviceInformation @ 24,
        "DxgkCbIndicateChildStatus" => DxgkCbIndicateChildStatus @ 32,
        "DxgkCbMapMemory" => DxgkCbMapMemory @ 40,
        "DxgkCbQueueDpc" => DxgkCbQueueDpc @ 48,
        "DxgkCbQueryServices" => DxgkCbQueryServices @ 56,
        "DxgkCbReadDeviceSpace" => DxgkCbReadDeviceSpace @ 64,
        "DxgkCbSynchronizeExecution" => DxgkCbSynchronizeExecution @ 72,
        "DxgkCbUnmapMemory" => DxgkCbUnmapMemory @ 80,
        "DxgkCbWriteDeviceSpace" => DxgkCbWriteDeviceSpace @ 88,
        "DxgkCbIsDevicePresent" => DxgkCbIsDevicePresent @ 96,
        "DxgkCbNotifyInterrupt" => DxgkCbNotifyInterrupt @ 128,
        "DxgkCbNotifyDpc" => DxgkCbNotifyDpc @ 136,
        "DxgkCbQueryVidPnInterface" => DxgkCbQueryVidPnInterface @ 144,
        "DxgkCbQueryMonitorInterface" => DxgkCbQueryMonitorInterface @ 152,
        "DxgkCbGetCaptureAddress" => DxgkCbGetCaptureAddress @ 160,
        "DxgkCbLogEtwEvent" => DxgkCbLogEtwEvent @ 168,
        "DxgkCbExcludeAdapterAccess" => DxgkCbExcludeAdapterAccess @ 176,
        "DxgkCbCreateContextAllocation" => DxgkCbCreateContextAllocation @ 184,
        "DxgkCbDestroyContextAllocation" => DxgkCbDestroyContextAllocation @ 192,
        "DxgkCbSetPowerComponentActive" => DxgkCbSetPowerComponentActive @ 200,
        "DxgkCbSetPowerComponentIdle" => DxgkCbSetPowerComponentIdle @ 208,
        "DxgkCbAcquirePostDisplayOwnership" => DxgkCbAcquirePostDisplayOwnership @ 216,
        "DxgkCbPowerRuntimeControlRequest" => DxgkCbPowerRuntimeControlRequest @ 224,
        "DxgkCbSetPowerComponentLatency" => DxgkCbSetPowerComponentLatency @ 232,
        "DxgkCbSetPowerComponentResidency" => DxgkCbSetPowerComponentResidency @ 240,
        "DxgkCbCompleteFStateTransition" => DxgkCbCompleteFStateTransition @ 248,
        "DxgkCbCompletePStateTransition" => DxgkCbCompletePStateTransition @ 256,
        "DxgkCbMapContextAllocation" => DxgkCbMapContextAllocation @ 264,
        "DxgkCbUpdateContextAllocation" => DxgkCbUpdateContextAllocation @ 272,
        "DxgkCbReserveGpuVirtualAddressRange" => DxgkCbReserveGpuVirtualAddressRange @ 280,
        "DxgkCbHardwareContentProtectionTeardown" => DxgkCbHardwareContentProtectionTeardown @ 304,
        "DxgkCbMultiPlaneOverlayDisabled" => DxgkCbMultiPlaneOverlayDisabled @ 312,
        "DxgkCbMitigatedRangeUpdate" => DxgkCbMitigatedRangeUpdate @ 320,
        "DxgkCbInvalidateHwContext" => DxgkCbInvalidateHwContext @ 328,
        "DxgkCbIndicateConnectorChange" => DxgkCbIndicateConnectorChange @ 336,
        "DxgkCbUnblockUEFIFrameBufferRanges" => DxgkCbUnblockUEFIFrameBufferRanges @ 344,
        "DxgkCbAcquirePostDisplayOwnership2" => DxgkCbAcquirePostDisplayOwnership2 @ 352,
        "DxgkCbSetProtectedSessionStatus" => DxgkCbSetProtectedSessionStatus @ 360,
        "DxgkCbAllocateContiguousMemory" => DxgkCbAllocateContiguousMemory @ 368,
        "DxgkCbFreeContiguousMemory" => DxgkCbFreeContiguousMemory @ 376,
        "DxgkCbAllocatePagesForMdl" => DxgkCbAllocatePagesForMdl @ 384,
        "DxgkCbFreePagesFromMdl" => DxgkCbFreePagesFromMdl @ 392,
        "DxgkCbPinFrameBufferForSave" => DxgkCbPinFrameBufferForSave @ 400,
        "DxgkCbUnpinFrameBufferForSave" => DxgkCbUnpinFrameBufferForSave @ 408,
        "DxgkCbMapFrameBufferPointer" => DxgkCbMapFrameBufferPointer @ 416,
        "DxgkCbUnmapFrameBufferPointer" => DxgkCbUnmapFrameBufferPointer @ 424,
        "DxgkCbMapMdlToIoMmu" => DxgkCbMapMdlToIoMmu @ 432,
        "DxgkCbUnmapMdlFromIoMmu" => DxgkCbUnmapMdlFromIoMmu @ 440,
        "DxgkCbReportDiagnostic" => DxgkCbReportDiagnostic @ 448,
        "DxgkCbSignalEvent" => DxgkCbSignalEvent @ 456,
        "DxgkCbIsFeatureEnabled" => DxgkCbIsFeatureEnabled @ 464,
        "DxgkCbSaveMemoryForHotUpdate" => DxgkCbSaveMemoryForHotUpdate @ 472,
        "DxgkCbNotifyCursorSupportChange" => DxgkCbNotifyCursorSupportChange @ 480,
        "DxgkCbQueryFeatureSupport" => DxgkCbQueryFeatureSupport @ 488,
        "DxgkCbCreatePhysicalMemoryObject" => DxgkCbCreatePhysicalMemoryObject @ 496,
        "DxgkCbDestroyPhysicalMemoryObject" => DxgkCbDestroyPhysicalMemoryObject @ 504,
        "DxgkCbMapPhysicalMemory" => DxgkCbMapPhysicalMemory @ 512,
        "DxgkCbUnmapPhysicalMemory" => DxgkCbUnmapPhysicalMemory @ 520,
        "DxgkCbAllocateAdl" => DxgkCbAllocateAdl @ 528,
        "DxgkCbFreeAdl" => DxgkCbFreeAdl @ 536,
        "DxgkCbOpenPhysicalMemoryObject" => DxgkCbOpenPhysicalMemoryObject @ 544,
        "DxgkCbClosePhysicalMemoryObject" => DxgkCbClosePhysicalMemoryObject @ 552,
        "DxgkCbPinFrameBufferForSave2" => DxgkCbPinFrameBufferForSave2 @ 560,
    });
    layout!(facts, DRIVER_INITIALIZATION_DATA, size 1296, {
        "Version" => Version @ 0,
        "DxgkDdiAddDevice" => DxgkDdiAddDevice @ 8,
        "DxgkDdiQueryAdapterInfo" => DxgkDdiQueryAdapterInfo @ 136,
        "DxgkDdiCreateDevice" => DxgkDdiCreateDevice @ 144,
        "DxgkDdiCreateAllocation" => DxgkDdiCreateAllocation @ 152,
        "DxgkDdiDestroyAllocation" => DxgkDdiDestroyAllocation @ 160,
        "DxgkDdiDescribeAllocation" => DxgkDdiDescribeAllocation @ 168,
        "DxgkDdiOpenAllocation" => DxgkDdiOpenAllocation @ 408,
        "DxgkDdiCloseAllocation" => DxgkDdiCloseAllocation @ 416,
        "DxgkDdiStartDevice" => DxgkDdiStartDevice @ 16,
        "DxgkDdiStopDevice" => DxgkDdiStopDevice @ 24,
        "DxgkDdiRemoveDevice" => DxgkDdiRemoveDevice @ 32,
        "DxgkDdiDispatchIoRequest" => DxgkDdiDispatchIoRequest @ 40,
        "DxgkDdiInterruptRoutine" => DxgkDdiInterruptRoutine @ 48,
        "DxgkDdiDpcRoutine" => DxgkDdiDpcRoutine @ 56,
        "DxgkDdiQueryChildRelations" => DxgkDdiQueryChildRelations @ 64,
        "DxgkDdiQueryChildStatus" => DxgkDdiQueryChildStatus @ 72,
        "DxgkDdiQueryDeviceDescriptor" => DxgkDdiQueryDeviceDescriptor @ 80,
        "DxgkDdiSetPowerState" => DxgkDdiSetPowerState @ 88,
        "DxgkDdiNotifyAcpiEvent" => DxgkDdiNotifyAcpiEvent @ 96,
        "DxgkDdiResetDevice" => DxgkDdiResetDevice @ 104,
        "DxgkDdiUnload" => DxgkDdiUnload @ 112,
        "DxgkDdiQueryInterface" => DxgkDdiQueryInterface @ 120,
        "DxgkDdiControlEtwLogging" => DxgkDdiControlEtwLogging @ 128,
        "DxgkDdiGetStandardAllocationDriverData" => DxgkDdiGetStandardAllocationDriverData @ 176,
        "DxgkDdiAcquireSwizzlingRange" => DxgkDdiAcquireSwizzlingRange @ 184,
        "DxgkDdiReleaseSwizzlingRange" => DxgkDdiReleaseSwizzlingRange @ 192,
        "DxgkDdiPatch" => DxgkDdiPatch @ 200,
        "DxgkDdiSubmitCommand" => DxgkDdiSubmitCommand @ 208,
        "DxgkDdiPreemptCommand" => DxgkDdiPreemptCommand @ 216,
        "DxgkDdiBuildPagingBuffer" => DxgkDdiBuildPagingBuffer @ 224,
        "DxgkDdiSetPalette" => DxgkDdiSetPalette @ 232,
        "DxgkDdiSetPointerPosition" => DxgkDdiSetPointerPosition @ 240,
        "DxgkDdiSetPointerShape" => DxgkDdiSetPointerShape @ 248,
        "DxgkDdiResetFromTimeout" => DxgkDdiResetFromTimeout @ 256,
        "DxgkDdiRestartFromTimeout" => DxgkDdiRestartFromTimeout @ 264,
        "DxgkDdiEscape" => DxgkDdiEscape @ 272,
        "DxgkDdiCollectDbgInfo" => DxgkDdiCollectDbgInfo @ 280,
        "DxgkDdiQueryCurrentFence" => DxgkDdiQueryCurrentFence @ 288,
        "DxgkDdiIsSupportedVidPn" => DxgkDdiIsSupportedVidPn @ 296,
        "DxgkDdiRecommendFunctionalVidPn" => DxgkDdiRecommendFunctionalVidPn @ 304,
        "DxgkDdiEnumVidPnCofuncModality" => DxgkDdiEnumVidPnCofuncModality @ 312,
        "DxgkDdiSetVidPnSourceAddress" => DxgkDdiSetVidPnSourceAddress @ 320,
        "DxgkDdiSetVidPnSourceVisibility" => DxgkDdiSetVidPnSourceVisibility @ 328,
        "DxgkDdiCommitVidPn" => DxgkDdiCommitVidPn @ 336,
        "DxgkDdiUpdateActiveVidPnPresentPath" => DxgkDdiUpdateActiveVidPnPresentPath @ 344,
        "DxgkDdiRecommendMonitorModes" => DxgkDdiRecommendMonitorModes @ 352,
        "DxgkDdiRecommendVidPnTopology" => DxgkDdiRecommendVidPnTopology @ 360,
        "DxgkDdiGetScanLine" => DxgkDdiGetScanLine @ 368,
        "DxgkDdiStopCapture" => DxgkDdiStopCapture @ 376,
        "DxgkDdiControlInterrupt" => DxgkDdiControlInterrupt @ 384,
        "DxgkDdiCreateOverlay" => DxgkDdiCreateOverlay @ 392,
        "DxgkDdiDestroyDevice" => DxgkDdiDestroyDevice @ 400,
        "DxgkDdiRender" => DxgkDdiRender @ 424,
        "DxgkDdiPresent" => DxgkDdiPresent @ 432,
        "DxgkDdiUpdateOverlay" => DxgkDdiUpdateOverlay @ 440,
        "DxgkDdiFlipOverlay" => DxgkDdiFlipOverlay @ 448,
        "DxgkDdiDestroyOverlay" => DxgkDdiDestroyOverlay @ 456,
        "DxgkDdiCreateContext" => DxgkDdiCreateContext @ 464,
        "DxgkDdiDestroyContext" => DxgkDdiDestroyContext @ 472,
        "DxgkDdiLinkDevice" => DxgkDdiLinkDevice @ 480,
        "DxgkDdiSetDisplayPrivateDriverFormat" => DxgkDdiSetDisplayPrivateDriverFormat @ 488,
        "DxgkDdiDescribePageTable" => DxgkDdiDescribePageTable @ 496,
        "DxgkDdiUpdatePageTable" => DxgkDdiUpdatePageTable @ 504,
        "DxgkDdiUpdatePageDirectory" => DxgkDdiUpdatePageDirectory @ 512,
        "DxgkDdiMovePageDirectory" => DxgkDdiMovePageDirectory @ 520,
        "DxgkDdiSubmitRender" => DxgkDdiSubmitRender @ 528,
        "DxgkDdiCreateAllocation2" => DxgkDdiCreateAllocation2 @ 536,
        "DxgkDdiRenderKm" => DxgkDdiRenderKm @ 544,
        "Reserved" => Reserved @ 552,
        "DxgkDdiQueryVidPnHWCapability" => DxgkDdiQueryVidPnHWCapability @ 560,
        "DxgkDdiSetPowerComponentFState" => DxgkDdiSetPowerComponentFState @ 568,
        "DxgkDdiQueryDependentEngineGroup" => DxgkDdiQueryDependentEngineGroup @ 576,
        "DxgkDdiQueryEngineStatus" => DxgkDdiQueryEngineStatus @ 584,
        "DxgkDdiResetEngine" => DxgkDdiResetEngine @ 592,
        "DxgkDdiStopDeviceAndReleasePostDisplayOwnership" => DxgkDdiStopDeviceAndReleasePostDisplayOwnership @ 600,
        "DxgkDdiSystemDisplayEnable" => DxgkDdiSystemDisplayEnable @ 608,
        "DxgkDdiSystemDisplayWrite" => DxgkDdiSystemDisplayWrite @ 616,
        "DxgkDdiCancelCommand" => DxgkDdiCancelCommand @ 624,
        "DxgkDdiGetChildContainerId" => DxgkDdiGetChildContainerId @ 632,
        "DxgkDdiPowerRuntimeControlRequest" => DxgkDdiPowerRuntimeControlRequest @ 640,
        "DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay" => DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay @ 648,
        "DxgkDdiNotifySurpriseRemoval" => DxgkDdiNotifySurpriseRemoval @ 656,
        "DxgkDdiGetNodeMetadata" => DxgkDdiGetNodeMetadata @ 664,
        "DxgkDdiSetPowerPState" => DxgkDdiSetPowerPState @ 672,
        "DxgkDdiControlInterrupt2" => DxgkDdiControlInterrupt2 @ 680,
        "DxgkDdiCheckMultiPlaneOverlaySupport" => DxgkDdiCheckMultiPlaneOverlaySupport @ 688,
        "DxgkDdiCalibrateGpuClock" => DxgkDdiCalibrateGpuClock @ 696,
        "DxgkDdiFormatHistoryBuffer" => DxgkDdiFormatHistoryBuffer @ 704,
        "DxgkDdiRenderGdi" => DxgkDdiRenderGdi @ 712,
        "DxgkDdiSubmitCommandVirtual" => DxgkDdiSubmitCommandVirtual @ 720,
        "DxgkDdiSetRootPageTable" => DxgkDdiSetRootPageTable @ 728,
        "DxgkDdiGetRootPageTableSize" => DxgkDdiGetRootPageTableSize @ 736,
        "DxgkDdiMapCpuHostAperture" => DxgkDdiMapCpuHostAperture @ 744,
        "DxgkDdiUnmapCpuHostAperture" => DxgkDdiUnmapCpuHostAperture @ 752,
        "DxgkDdiCheckMultiPlaneOverlaySupport2" => DxgkDdiCheckMultiPlaneOverlaySupport2 @ 760,
        "DxgkDdiCreateProcess" => DxgkDdiCreateProcess @ 768,
        "DxgkDdiDestroyProcess" => DxgkDdiDestroyProcess @ 776,
        "DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay2" => DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay2 @ 784,
        "Reserved1" => Reserved1 @ 792,
        "Reserved2" => Reserved2 @ 800,
        "DxgkDdiPowerRuntimeSetDeviceHandle" => DxgkDdiPowerRuntimeSetDeviceHandle @ 808,
        "DxgkDdiSetStablePowerState" => DxgkDdiSetStablePowerState @ 816,
        "DxgkDdiSetVideoProtectedRegion" => DxgkDdiSetVideoProtectedRegion @ 824,
        "DxgkDdiCheckMultiPlaneOverlaySupport3" => DxgkDdiCheckMultiPlaneOverlaySupport3 @ 832,
        "DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay3" => DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay3 @ 840,
        "DxgkDdiPostMultiPlaneOverlayPresent" => DxgkDdiPostMultiPlaneOverlayPresent @ 848,
        "DxgkDdiValidateUpdateAllocationProperty" => DxgkDdiValidateUpdateAllocationProperty @ 856,
        "DxgkDdiControlModeBehavior" => DxgkDdiControlModeBehavior @ 864,
        "DxgkDdiUpdateMonitorLinkInfo" => DxgkDdiUpdateMonitorLinkInfo @ 872,
        "DxgkDdiCreateHwContext" => DxgkDdiCreateHwContext @ 880,
        "DxgkDdiDestroyHwContext" => DxgkDdiDestroyHwContext @ 888,
        "DxgkDdiCreateHwQueue" => DxgkDdiCreateHwQueue @ 896,
        "DxgkDdiDestroyHwQueue" => DxgkDdiDestroyHwQueue @ 904,
        "DxgkDdiSubmitCommandToHwQueue" => DxgkDdiSubmitCommandToHwQueue @ 912,
        "DxgkDdiSwitchToHwContextList" => DxgkDdiSwitchToHwContextList @ 920,
        "DxgkDdiResetHwEngine" => DxgkDdiResetHwEngine @ 928,
        "DxgkDdiCreatePeriodicFrameNotification" => DxgkDdiCreatePeriodicFrameNotification @ 936,
        "DxgkDdiDestroyPeriodicFrameNotification" => DxgkDdiDestroyPeriodicFrameNotification @ 944,
        "DxgkDdiSetTimingsFromVidPn" => DxgkDdiSetTimingsFromVidPn @ 952,
        "DxgkDdiSetTargetGamma" => DxgkDdiSetTargetGamma @ 960,
        "DxgkDdiSetTargetContentType" => DxgkDdiSetTargetContentType @ 968,
        "DxgkDdiSetTargetAnalogCopyProtection" => DxgkDdiSetTargetAnalogCopyProtection @ 976,
        "DxgkDdiSetTargetAdjustedColorimetry" => DxgkDdiSetTargetAdjustedColorimetry @ 984,
        "DxgkDdiDisplayDetectControl" => DxgkDdiDisplayDetectControl @ 992,
        "DxgkDdiQueryConnectionChange" => DxgkDdiQueryConnectionChange @ 1000,
        "DxgkDdiExchangePreStartInfo" => DxgkDdiExchangePreStartInfo @ 1008,
        "DxgkDdiGetMultiPlaneOverlayCaps" => DxgkDdiGetMultiPlaneOverlayCaps @ 1016,
        "DxgkDdiGetPostCompositionCaps" => DxgkDdiGetPostCompositionCaps @ 1024,
        "DxgkDdiUpdateHwContextState" => DxgkDdiUpdateHwContextState @ 1032,
        "DxgkDdiCreateProtectedSession" => DxgkDdiCreateProtectedSession @ 1040,
        "DxgkDdiDestroyProtectedSession" => DxgkDdiDestroyProtectedSession @ 1048,
        "DxgkDdiSetSchedulingLogBuffer" => DxgkDdiSetSchedulingLogBuffer @ 1056,
        "DxgkDdiSetupPriorityBands" => DxgkDdiSetupPriorityBands @ 1064,
        "DxgkDdiNotifyFocusPresent" => DxgkDdiNotifyFocusPresent @ 1072,
        "DxgkDdiSetContextSchedulingProperties" => DxgkDdiSetContextSchedulingProperties @ 1080,
        "DxgkDdiSuspendContext" => DxgkDdiSuspendContext @ 1088,
        "DxgkDdiResumeContext" => DxgkDdiResumeContext @ 1096,
        "DxgkDdiSetVirtualMachineData" => DxgkDdiSetVirtualMachineData @ 1104,
        "DxgkDdiBeginExclusiveAccess" => DxgkDdiBeginExclusiveAccess @ 1112,
        "DxgkDdiEndExclusiveAccess" => DxgkDdiEndExclusiveAccess @ 1120,
        "DxgkDdiQueryDiagnosticTypesSupport" => DxgkDdiQueryDiagnosticTypesSupport @ 1128,
        "DxgkDdiControlDiagnosticReporting" => DxgkDdiControlDiagnosticReporting @ 1136,
        "DxgkDdiResumeHwEngine" => DxgkDdiResumeHwEngine @ 1144,
        "DxgkDdiSignalMonitoredFence" => DxgkDdiSignalMonitoredFence @ 1152,
        "DxgkDdiPresentToHwQueue" => DxgkDdiPresentToHwQueue @ 1160,
        "DxgkDdiValidateSubmitCommand" => DxgkDdiValidateSubmitCommand @ 1168,
        "DxgkDdiSetTargetAdjustedColorimetry2" => DxgkDdiSetTargetAdjustedColorimetry2 @ 1176,
        "DxgkDdiSetTrackedWorkloadPowerLevel" => DxgkDdiSetTrackedWorkloadPowerLevel @ 1184,
        "DxgkDdiSaveMemoryForHotUpdate" => DxgkDdiSaveMemoryForHotUpdate @ 1192,
        "DxgkDdiRestoreMemoryForHotUpdate" => DxgkDdiRestoreMemoryForHotUpdate @ 1200,
        "DxgkDdiCollectDiagnosticInfo" => DxgkDdiCollectDiagnosticInfo @ 1208,
        "Reserved3" => Reserved3 @ 1216,
        "DxgkDdiControlInterrupt3" => DxgkDdiControlInterrupt3 @ 1224,
        "DxgkDdiSetFlipQueueLogBuffer" => DxgkDdiSetFlipQueueLogBuffer @ 1232,
        "DxgkDdiUpdateFlipQueueLog" => DxgkDdiUpdateFlipQueueLog @ 1240,
        "DxgkDdiCancelQueuedFlips" => DxgkDdiCancelQueuedFlips @ 1248,
        "DxgkDdiSetInterruptTargetPresentId" => DxgkDdiSetInterruptTargetPresentId @ 1256,
        "DxgkDdiSetAllocationBackingStore" => DxgkDdiSetAllocationBackingStore @ 1264,
        "DxgkDdiCreateCpuEvent" => DxgkDdiCreateCpuEvent @ 1272,
        "DxgkDdiDestroyCpuEvent" => DxgkDdiDestroyCpuEvent @ 1280,
        "DxgkDdiCancelFlips" => DxgkDdiCancelFlips @ 1288,
    });
    const _: () = assert!(DRIVER_INITIALIZATION_DATA_SIZE_WDDM2_0 == 832);
    const _: () = assert!(DXGKRNL_INTERFACE_SIZE_WDDM2_0 == 312);
    facts.push(AbiFact::new(
        "DRIVER_INITIALIZATION_DATA@WDDM2_0",
        "@size",
        DRIVER_INITIALIZATION_DATA_SIZE_WDDM2_0 as u64,
    ));
    facts.push(AbiFact::new("DXGKRNL_INTERFACE@WDDM2_0", "@size", DXGKRNL_INTERFACE_SIZE_WDDM2_0 as u64));

    // Constants (status.rs): HRESULTs, NTSTATUSes, enumerators, interface versions, limits.
    // Every D3DDDIFORMAT enumerator (abi-expected-3.tsv).
    constants!(
        facts,
        D3DDDIFMT_UNKNOWN,
        D3DDDIFMT_R8G8B8,
        D3DDDIFMT_A8R8G8B8,
        D3DDDIFMT_X8R8G8B8,
        D3DDDIFMT_R5G6B5,
        D3DDDIFMT_X1R5G5B5,
        D3DDDIFMT_A1R5G5B5,
        D3DDDIFMT_A4R4G4B4,
        D3DDDIFMT_R3G3B2,
        D3DDDIFMT_A8,
        D3DDDIFMT_A8R3G3B2,
        D3DDDIFMT_X4R4G4B4,
        D3DDDIFMT_A2B10G10R10,
        D3DDDIFMT_A8B8G8R8,
        D3DDDIFMT_X8B8G8R8,
        D3DDDIFMT_G16R16,
        D3DDDIFMT_A2R10G10B10,
        D3DDDIFMT_A16B16G16R16,
        D3DDDIFMT_A8P8,
        D3DDDIFMT_P8,
        D3DDDIFMT_L8,
        D3DDDIFMT_A8L8,
        D3DDDIFMT_A4L4,
        D3DDDIFMT_V8U8,
        D3DDDIFMT_L6V5U5,
        D3DDDIFMT_X8L8V8U8,
        D3DDDIFMT_Q8W8V8U8,
        D3DDDIFMT_V16U16,
        D3DDDIFMT_W11V11U10,
        D3DDDIFMT_A2W10V10U10,
        D3DDDIFMT_UYVY,
        D3DDDIFMT_R8G8_B8G8,
        D3DDDIFMT_YUY2,
        D3DDDIFMT_G8R8_G8B8,
        D3DDDIFMT_DXT1,
        D3DDDIFMT_DXT2,
        D3DDDIFMT_DXT3,
        D3DDDIFMT_DXT4,
        D3DDDIFMT_DXT5,
        D3DDDIFMT_D16_LOCKABLE,
        D3DDDIFMT_D32,
        D3DDDIFMT_D15S1,
        D3DDDIFMT_D24S8,
        D3DDDIFMT_D24X8,
        D3DDDIFMT_D24X4S4,
        D3DDDIFMT_D16,
        D3DDDIFMT_D32F_LOCKABLE,
        D3DDDIFMT_D24FS8,
        D3DDDIFMT_D32_LOCKABLE,
        D3DDDIFMT_S8_LOCKABLE,
        D3DDDIFMT_S1D15,
        D3DDDIFMT_S8D24,
        D3DDDIFMT_X8D24,
        D3DDDIFMT_X4S4D24,
        D3DDDIFMT_L16,
        D3DDDIFMT_G8R8,
        D3DDDIFMT_R8,
        D3DDDIFMT_VERTEXDATA,
        D3DDDIFMT_INDEX16,
        D3DDDIFMT_INDEX32,
        D3DDDIFMT_Q16W16V16U16,
        D3DDDIFMT_MULTI2_ARGB8,
        D3DDDIFMT_R16F,
        D3DDDIFMT_G16R16F,
        D3DDDIFMT_A16B16G16R16F,
        D3DDDIFMT_R32F,
        D3DDDIFMT_G32R32F,
        D3DDDIFMT_A32B32G32R32F,
        D3DDDIFMT_CxV8U8,
        D3DDDIFMT_A1,
        D3DDDIFMT_A2B10G10R10_XR_BIAS,
        D3DDDIFMT_DXVACOMPBUFFER_BASE,
        D3DDDIFMT_PICTUREPARAMSDATA,
        D3DDDIFMT_MACROBLOCKDATA,
        D3DDDIFMT_RESIDUALDIFFERENCEDATA,
        D3DDDIFMT_DEBLOCKINGDATA,
        D3DDDIFMT_INVERSEQUANTIZATIONDATA,
        D3DDDIFMT_SLICECONTROLDATA,
        D3DDDIFMT_BITSTREAMDATA,
        D3DDDIFMT_MOTIONVECTORBUFFER,
        D3DDDIFMT_FILMGRAINBUFFER,
        D3DDDIFMT_DXVA_RESERVED9,
        D3DDDIFMT_DXVA_RESERVED10,
        D3DDDIFMT_DXVA_RESERVED11,
        D3DDDIFMT_DXVA_RESERVED12,
        D3DDDIFMT_DXVA_RESERVED13,
        D3DDDIFMT_DXVA_RESERVED14,
        D3DDDIFMT_DXVA_RESERVED15,
        D3DDDIFMT_DXVA_RESERVED16,
        D3DDDIFMT_DXVA_RESERVED17,
        D3DDDIFMT_DXVA_RESERVED18,
        D3DDDIFMT_DXVA_RESERVED19,
        D3DDDIFMT_DXVA_RESERVED20,
        D3DDDIFMT_DXVA_RESERVED21,
        D3DDDIFMT_DXVA_RESERVED22,
        D3DDDIFMT_DXVA_RESERVED23,
        D3DDDIFMT_DXVA_RESERVED24,
        D3DDDIFMT_DXVA_RESERVED25,
        D3DDDIFMT_DXVA_RESERVED26,
        D3DDDIFMT_DXVA_RESERVED27,
        D3DDDIFMT_DXVA_RESERVED28,
        D3DDDIFMT_DXVA_RESERVED29,
        D3DDDIFMT_DXVA_RESERVED30,
        D3DDDIFMT_DXVA_RESERVED31,
        D3DDDIFMT_DXVACOMPBUFFER_MAX,
        D3DDDIFMT_BINARYBUFFER,
        D3DDDIFMT_FORCE_UINT
    );

    constants!(
        facts,
        S_OK,
        S_FALSE,
        E_FAIL,
        E_INVALIDARG,
        E_OUTOFMEMORY,
        E_NOTIMPL,
        E_POINTER,
        E_UNEXPECTED,
        E_ACCESSDENIED,
        E_HANDLE,
        E_ABORT,
        D3DERR_OUTOFVIDEOMEMORY,
        D3DERR_WASSTILLDRAWING,
        D3DERR_INVALIDCALL,
        D3DERR_DEVICELOST,
        D3DERR_DEVICEREMOVED,
        D3DERR_NOTAVAILABLE,
        D3DERR_DRIVERINTERNALERROR,
        D3DDDIERR_DEVICEREMOVED,
        D3DDDIERR_NOTAVAILABLE,
        D3DDDIERR_WASSTILLDRAWING,
        D3DDDIERR_OUTOFVIDEOMEMORY,
        D3DDDIERR_INVALIDCALL,
        D3DDDI_OFFER_PRIORITY_NONE,
        D3DDDI_OFFER_PRIORITY_LOW,
        D3DDDI_OFFER_PRIORITY_NORMAL,
        D3DDDI_OFFER_PRIORITY_HIGH,
        D3DDDI_OFFER_PRIORITY_AUTO,
        D3DDDI_RECLAIM_RESULT_OK,
        D3DDDI_RECLAIM_RESULT_DISCARDED,
        D3DDDI_RECLAIM_RESULT_NOT_COMMITTED,
        D3DDDI_RESIDENCYSTATUS_RESIDENTINGPUMEMORY,
        D3DDDI_RESIDENCYSTATUS_RESIDENTINSHAREDMEMORY,
        D3DDDI_RESIDENCYSTATUS_NOTRESIDENT,
        D3D_UMD_INTERFACE_VERSION_VISTA,
        D3D_UMD_INTERFACE_VERSION_WIN7,
        D3D_UMD_INTERFACE_VERSION_WIN8,
        D3D_UMD_INTERFACE_VERSION_WDDM1_3,
        D3D_UMD_INTERFACE_VERSION_WDDM2_0,
        D3D_UMD_INTERFACE_VERSION_WDDM2_1_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_1_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_1_3,
        D3D_UMD_INTERFACE_VERSION_WDDM2_2_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_4_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_5_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_6_4,
        D3D_UMD_INTERFACE_VERSION_WDDM3_0,
        DXGKDDI_INTERFACE_VERSION_VISTA,
        DXGKDDI_INTERFACE_VERSION_WIN7,
        DXGKDDI_INTERFACE_VERSION_WIN8,
        DXGKDDI_INTERFACE_VERSION_WDDM1_3,
        DXGKDDI_INTERFACE_VERSION_WDDM2_0,
        DXGKDDI_INTERFACE_VERSION_WDDM2_1,
        DXGKDDI_INTERFACE_VERSION_WDDM2_2,
        DXGKDDI_INTERFACE_VERSION_WDDM2_9,
        DXGKDDI_INTERFACE_VERSION_WDDM3_0,
        STATUS_SUCCESS,
        STATUS_INVALID_PARAMETER,
        STATUS_NO_MEMORY,
        STATUS_INSUFFICIENT_RESOURCES,
        STATUS_NOT_SUPPORTED,
        STATUS_NOT_IMPLEMENTED,
        STATUS_UNSUCCESSFUL,
        STATUS_DEVICE_REMOVED,
        STATUS_BUFFER_TOO_SMALL,
        STATUS_INVALID_HANDLE,
        STATUS_GRAPHICS_NO_VIDEO_MEMORY,
        STATUS_GRAPHICS_DRIVER_MISMATCH,
        STATUS_GRAPHICS_INVALID_ALLOCATION_HANDLE,
        STATUS_GRAPHICS_INVALID_ALLOCATION_INSTANCE,
        STATUS_GRAPHICS_INVALID_ALLOCATION_USAGE,
        STATUS_GRAPHICS_CANT_LOCK_MEMORY,
        STATUS_GRAPHICS_ALLOCATION_BUSY,
        STATUS_GRAPHICS_TOO_MANY_REFERENCES,
        STATUS_GRAPHICS_TRY_AGAIN_LATER,
        STATUS_GRAPHICS_TRY_AGAIN_NOW,
        STATUS_GRAPHICS_ALLOCATION_INVALID,
        STATUS_GRAPHICS_UNSWIZZLING_APERTURE_UNAVAILABLE,
        STATUS_GRAPHICS_UNSWIZZLING_APERTURE_UNSUPPORTED,
        STATUS_GRAPHICS_CANT_EVICT_PINNED_ALLOCATION,
        STATUS_GRAPHICS_ALLOCATION_CLOSED,
        STATUS_GRAPHICS_ALLOCATION_CONTENT_LOST,
        STATUS_GRAPHICS_GPU_EXCEPTION_ON_DEVICE,
        STATUS_GRAPHICS_INVALID_DRIVER_MODEL,
        STATUS_GRAPHICS_PRESENT_MODE_CHANGED,
        STATUS_GRAPHICS_PRESENT_OCCLUDED,
        STATUS_GRAPHICS_PRESENT_DENIED,
        STATUS_GRAPHICS_CANNOTCOLORCONVERT,
        STATUS_GRAPHICS_PARTIAL_DATA_POPULATED,
        STATUS_GRAPHICS_INSUFFICIENT_DMA_BUFFER,
        STATUS_GRAPHICS_INVALID_DISPLAY_ADAPTER,
        STATUS_GRAPHICS_ADAPTER_WAS_RESET,
        DXGK_HANDLE_ALLOCATION,
        DXGK_HANDLE_RESOURCE,
        DXGKQAITYPE_UMDRIVERPRIVATE,
        DXGKQAITYPE_DRIVERCAPS,
        DXGKQAITYPE_QUERYSEGMENT,
        DXGKQAITYPE_QUERYSEGMENT2,
        DXGKQAITYPE_QUERYSEGMENT3,
        DXGKQAITYPE_QUERYSEGMENT4,
        DXGK_SEGMENT_ID_INVALID,
        DXGK_SEGMENT_ID_SYSTEMMEMORY,
        DXGK_SEGMENT_SET_SYSTEMMEMORY,
        D3DDDIERR_PRIVILEGEDINSTRUCTION,
        D3DDDIERR_INVALIDINSTRUCTION,
        D3DDDIERR_INVALIDHANDLE,
        D3DDDIERR_CANTEVICTPINNEDALLOCATION,
        D3DDDIERR_CANTRENDERLOCKEDALLOCATION,
        D3DDDIERR_INVALIDUSERBUFFER,
        D3DDDIERR_INCOMPATIBLEPRIVATEFORMAT,
        D3DDDIERR_UNSUPPORTEDOVERLAY,
        D3DDDIERR_UNSUPPORTEDOVERLAYFORMAT,
        D3DDDIERR_UNSUPPORTEDCRYPTO,
        D3DDDIERR_APPLICATIONERROR,
        D3DDDIERR_OUTOFHWPROTECTEDMEMORY,
        E_NOINTERFACE,
        DXGI_ERROR_INVALID_CALL,
        DXGI_ERROR_UNSUPPORTED,
        DXGI_ERROR_DEVICE_REMOVED,
        DXGI_ERROR_DEVICE_HUNG,
        DXGI_ERROR_DEVICE_RESET,
        DXGI_ERROR_WAS_STILL_DRAWING,
        DXGI_ERROR_DRIVER_INTERNAL_ERROR,
        DXGI_DDI_ERR_WASSTILLDRAWING,
        DXGI_DDI_ERR_UNSUPPORTED,
        DXGI_DDI_ERR_NONEXCLUSIVE,
        ERROR_GRAPHICS_CANT_EVICT_PINNED_ALLOCATION,
        ERROR_GRAPHICS_CANT_RENDER_LOCKED_ALLOCATION,
        ERROR_GRAPHICS_NO_VIDEO_MEMORY,
        ERROR_GRAPHICS_DRIVER_MISMATCH,
        STATUS_INVALID_PARAMETER_1,
        STATUS_INVALID_DEVICE_REQUEST,
        STATUS_PENDING,
        STATUS_TIMEOUT,
        DXGK_INTERRUPT_DMA_COMPLETED,
        DXGK_INTERRUPT_DMA_PREEMPTED,
        DXGK_INTERRUPT_CRTC_VSYNC,
        DXGK_INTERRUPT_DMA_FAULTED,
        DXGK_INTERRUPT_DISPLAYONLY_VSYNC,
        DXGK_INTERRUPT_DISPLAYONLY_PRESENT_PROGRESS,
        DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY,
        DXGK_INTERRUPT_MICACAST_CHUNK_PROCESSING_COMPLETE,
        DXGK_INTERRUPT_DMA_PAGE_FAULTED,
        DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY2,
        DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED,
        DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED,
        DXGK_INTERRUPT_HWCONTEXTLIST_SWITCH_COMPLETED,
        DXGK_INTERRUPT_PERIODIC_MONITORED_FENCE_SIGNALED,
        DXGK_INTERRUPT_SCHEDULING_LOG_INTERRUPT,
        DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT,
        DXGK_INTERRUPT_SUSPEND_CONTEXT_COMPLETED,
        DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY3,
        DXGKQAITYPE_RESERVED,
        DXGKQAITYPE_NUMPOWERCOMPONENTS,
        DXGKQAITYPE_POWERCOMPONENTINFO,
        DXGKQAITYPE_PREFERREDGPUNODE,
        DXGKQAITYPE_POWERCOMPONENTPSTATEINFO,
        DXGKQAITYPE_HISTORYBUFFERPRECISION,
        DXGKQAITYPE_SEGMENTMEMORYSTATE,
        DXGKQAITYPE_GPUMMUCAPS,
        DXGKQAITYPE_PAGETABLELEVELDESC,
        DXGKQAITYPE_PHYSICALADAPTERCAPS,
        DXGKQAITYPE_DISPLAY_DRIVERCAPS_EXTENSION,
        DXGKQAITYPE_INTEGRATED_DISPLAY_DESCRIPTOR,
        DXGKQAITYPE_UEFIFRAMEBUFFERRANGES,
        DXGKQAITYPE_QUERYCOLORIMETRYOVERRIDES,
        DXGKQAITYPE_DISPLAYID_DESCRIPTOR,
        DXGKQAITYPE_FRAMEBUFFERSAVESIZE,
        DXGKQAITYPE_HARDWARERESERVEDRANGES,
        DXGKQAITYPE_INTEGRATED_DISPLAY_DESCRIPTOR2,
        DXGKQAITYPE_NODEPERFDATA,
        DXGKQAITYPE_ADAPTERPERFDATA,
        DXGKQAITYPE_ADAPTERPERFDATA_CAPS,
        DXGKQAITYPE_GPUVERSION,
        DXGKQAITYPE_DEVICE_TYPE_CAPS,
        DXGKQAITYPE_WDDMDEVICECAPS,
        DXGKQAITYPE_GPUPCAPS,
        DXGKQAITYPE_QUERYTARGETGAMMACAPS,
        DXGKQAITYPE_SCANOUT_CAPS,
        DXGKQAITYPE_PHYSICAL_MEMORY_CAPS,
        DXGKQAITYPE_IOMMU_CAPS,
        DXGKDDI_WDDMv1,
        DXGKDDI_WDDMv1_2,
        DXGKDDI_WDDMv1_3,
        DXGKDDI_WDDMv2,
        DXGKDDI_WDDMv2_1,
        DXGKDDI_WDDMv2_1_5,
        DXGKDDI_WDDMv2_1_6,
        DXGKDDI_WDDMv2_2,
        DXGKDDI_WDDMv2_3,
        DXGKDDI_WDDMv2_4,
        DXGKDDI_WDDMv2_5,
        DXGKDDI_WDDMv2_6,
        DXGKDDI_WDDMv2_7,
        DXGKDDI_WDDMv2_8,
        DXGKDDI_WDDMv2_9,
        DXGKDDI_WDDMv3_0,
        DXGKDDI_WDDM_LATEST,
        D3DDDI_SYNCHRONIZATION_MUTEX,
        D3DDDI_SEMAPHORE,
        D3DDDI_FENCE,
        D3DDDI_CPU_NOTIFICATION,
        D3DDDI_MONITORED_FENCE,
        D3DDDI_PERIODIC_MONITORED_FENCE,
        D3DDDI_SYNCHRONIZATION_TYPE_LIMIT,
        D3DDDIPOOL_SYSTEMMEM,
        D3DDDIPOOL_VIDEOMEMORY,
        D3DDDIPOOL_LOCALVIDMEM,
        D3DDDIPOOL_NONLOCALVIDMEM,
        D3DDDIPOOL_STAGINGMEM,
        D3DDDI_FLIPINTERVAL_IMMEDIATE,
        D3DDDI_FLIPINTERVAL_ONE,
        D3DDDI_FLIPINTERVAL_TWO,
        D3DDDI_FLIPINTERVAL_THREE,
        D3DDDI_FLIPINTERVAL_FOUR,
        D3DDDI_FLIPINTERVAL_IMMEDIATE_ALLOW_TEARING,
        DXGK_OPERATION_TRANSFER,
        DXGK_OPERATION_FILL,
        DXGK_OPERATION_DISCARD_CONTENT,
        DXGK_OPERATION_READ_PHYSICAL,
        DXGK_OPERATION_WRITE_PHYSICAL,
        DXGK_OPERATION_MAP_APERTURE_SEGMENT,
        DXGK_OPERATION_UNMAP_APERTURE_SEGMENT,
        DXGK_OPERATION_SPECIAL_LOCK_TRANSFER,
        DXGK_OPERATION_VIRTUAL_TRANSFER,
        DXGK_OPERATION_VIRTUAL_FILL,
        DXGK_OPERATION_INIT_CONTEXT_RESOURCE,
        DXGK_OPERATION_UPDATE_PAGE_TABLE,
        DXGK_OPERATION_FLUSH_TLB,
        DXGK_OPERATION_UPDATE_CONTEXT_ALLOCATION,
        DXGK_OPERATION_COPY_PAGE_TABLE_ENTRIES,
        DXGK_OPERATION_NOTIFY_RESIDENCY,
        DXGK_OPERATION_SIGNAL_MONITORED_FENCE,
        DXGK_OPERATION_MAP_APERTURE_SEGMENT2,
        D3DDDIMLT_NONE,
        D3DDDIMLT_PROFILE,
        D3DDDIMLT_FT_PROFILE,
        D3DDDIMLT_BATCHED,
        D3D_UMD_INTERFACE_VERSION_WIN8_M3,
        D3D_UMD_INTERFACE_VERSION_WIN8_CP,
        D3D_UMD_INTERFACE_VERSION_WIN8_RC,
        D3D_UMD_INTERFACE_VERSION_WDDM2_0_M1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_0_M1_3,
        D3D_UMD_INTERFACE_VERSION_WDDM2_0_M2_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_1_4,
        D3D_UMD_INTERFACE_VERSION_WDDM2_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_2_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_3_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_3_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_3,
        D3D_UMD_INTERFACE_VERSION_WDDM2_4_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_4,
        D3D_UMD_INTERFACE_VERSION_WDDM2_5_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_5_3,
        D3D_UMD_INTERFACE_VERSION_WDDM2_5,
        D3D_UMD_INTERFACE_VERSION_WDDM2_6_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_6_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_6_3,
        D3D_UMD_INTERFACE_VERSION_WDDM2_6,
        D3D_UMD_INTERFACE_VERSION_WDDM2_7_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_7_2,
        D3D_UMD_INTERFACE_VERSION_WDDM2_7,
        D3D_UMD_INTERFACE_VERSION_WDDM2_8_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_8,
        D3D_UMD_INTERFACE_VERSION_WDDM2_9_1,
        D3D_UMD_INTERFACE_VERSION_WDDM2_9,
        D3D_UMD_INTERFACE_VERSION_WDDM3_0_1,
        DXGKDDI_INTERFACE_VERSION_VISTA_SP1,
        DXGKDDI_INTERFACE_VERSION_WDDM1_3_PATH_INDEPENDENT_ROTATION,
        DXGKDDI_INTERFACE_VERSION_WDDM2_1_5,
        DXGKDDI_INTERFACE_VERSION_WDDM2_1_6,
        DXGKDDI_INTERFACE_VERSION_WDDM2_3,
        DXGKDDI_INTERFACE_VERSION_WDDM2_4,
        DXGKDDI_INTERFACE_VERSION_WDDM2_5,
        DXGKDDI_INTERFACE_VERSION_WDDM2_6,
        DXGKDDI_INTERFACE_VERSION_WDDM2_7,
        DXGKDDI_INTERFACE_VERSION_WDDM2_8,
        D3DDDI_ALLOCATIONPRIORITY_MINIMUM,
        D3DDDI_ALLOCATIONPRIORITY_LOW,
        D3DDDI_ALLOCATIONPRIORITY_NORMAL,
        D3DDDI_ALLOCATIONPRIORITY_HIGH,
        D3DDDI_ALLOCATIONPRIORITY_MAXIMUM,
        D3DDDI_ID_UNINITIALIZED,
        D3DDDI_ID_NOTAPPLICABLE,
        D3DDDI_ID_ANY,
        D3DDDI_ID_ALL,
        D3DDDI_MAX_BROADCAST_CONTEXT,
        DXGK_ALLOCATION_LIST_SIZE_GDICONTEXT,
        STATUS_GRAPHICS_CANT_RENDER_LOCKED_ALLOCATION,
        E_PENDING,
    );

    facts
}

/// Sizes of union arms and embedded types that research/abi-layouts-2.md measured but the TSVs
/// do not list (the TSVs give only each arm's offset): a wrong arm would otherwise go unnoticed.
const _: () = {
    use core::mem::size_of;
    // DXGKARG_BUILDPAGINGBUFFER: the per-operation arms of its union at offset 40.
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_TRANSFER>() == 64);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_FILL>() == 40);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_DISCARDCONTENT>() == 24);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_READPHYSICAL>() == 16);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_WRITEPHYSICAL>() == 16);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_MAPAPERTURESEGMENT>() == 56);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_UNMAPAPERTURESEGMENT>() == 48);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_SPECIALLOCKTRANSFER>() == 72);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_INITCONTEXTRESOURCE>() == 40);
    assert!(size_of::<DXGK_BUILDPAGINGBUFFER_TRANSFERVIRTUAL>() == 64);
    assert!(size_of::<DXGK_BUILDPAGINGBUFFER_FILLVIRTUAL>() == 40);
    assert!(size_of::<DXGK_BUILDPAGINGBUFFER_UPDATEPAGETABLE>() == 104);
    assert!(size_of::<DXGK_BUILDPAGINGBUFFER_FLUSHTLB>() == 40);
    assert!(size_of::<DXGK_BUILDPAGINGBUFFER_COPYPAGETABLEENTRIES>() == 16);
    assert!(size_of::<DXGK_BUILDPAGINGBUFFER_UPDATECONTEXTALLOCATION>() == 32);
    assert!(size_of::<DXGK_BUILDPAGINGBUFFER_NOTIFYRESIDENCY>() == 32);
    assert!(size_of::<DXGK_BUILDPAGINGBUFFER_SIGNALMONITOREDFENCE>() == 16);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_MAPAPERTURESEGMENT2>() == 72);
    assert!(size_of::<DXGKARG_BUILDPAGINGBUFFER_0_RESERVED>() == 256);
    // DXGKARGCB_NOTIFY_INTERRUPT_DATA: the per-interrupt arms of its union at offset 8.
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMACOMPLETED>() == 12);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAPREEMPTED>() == 16);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAFAULTED>() == 16);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNC>() == 24);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DISPLAYONLYVSYNC>() == 4);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY>() == 24);
    assert!(size_of::<DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS>() == 8);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_MIRACASTENCODECHUNKCOMPLETED>() == 48);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_DMAPAGEFAULTED>() == 64);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY2>() == 40);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_MONITOREDFENCESIGNALED>() == 8);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWCONTEXTLISTSWITCHCOMPLETED>() == 16);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_HWQUEUEPAGEFAULTED>() == 64);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_PERIODICMONITOREDFENCESIGNALED>() == 8);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_SCHEDULINGLOGINTERRUPT>() == 8);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_GPUENGINETIMEOUT>() == 8);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_SUSPENDCONTEXTCOMPLETED>() == 16);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_CRTCVSYNCWITHMULTIPLANEOVERLAY3>() == 40);
    assert!(size_of::<DXGKARGCB_NOTIFY_INTERRUPT_DATA_0_RESERVED>() == 64);
    assert!(size_of::<DXGK_MIRACAST_CHUNK_INFO>() == 24);
    // DXGK_DRIVERCAPS members and DXGK_ADL.
    assert!(size_of::<DXGK_GPUENGINETOPOLOGY>() == 260);
    assert!(size_of::<DXGK_DMABUFFERCAPS_DEPRECATED>() == 160);
    assert!(size_of::<D3DKMDT_PREEMPTION_CAPS>() == 8);
    assert!(size_of::<DXGK_ADL>() == 16);
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const TABLES: [(&str, bool); 4] = [
        ("abi-expected.tsv", false),
        ("abi-expected-2.tsv", false),
        ("abi-bitfields.tsv", true),
        ("abi-bitfields-2.tsv", true),
    ];

    fn parse_number(text: &str) -> Option<u64> {
        match text.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16).ok(),
            None => text.parse().ok(),
        }
    }

    /// Every row of the four measured tables (offsets, sizes, masks, constants) has exactly one
    /// Rust fact with the same item and member, and the same value.
    #[test]
    fn every_measured_row_has_one_matching_rust_fact() {
        let mut facts: BTreeMap<(String, String), Vec<u64>> = BTreeMap::new();
        for fact in abi_facts() {
            facts.entry((fact.item, fact.member)).or_default().push(fact.value);
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/abi-data");
        let mut problems = Vec::new();
        let mut checked = 0;
        for (file, bitfields) in TABLES {
            let path = format!("{dir}/{file}");
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"));
            for (index, line) in text.lines().enumerate() {
                let cols: Vec<&str> = line.split('\t').collect();
                let (item, member, value) = match (bitfields, cols.as_slice()) {
                    (true, [item, value]) => (*item, "MASK", *value),
                    (false, [item, member, value]) => (*item, *member, *value),
                    _ => {
                        problems.push(format!("{file}:{}: malformed row {line:?}", index + 1));
                        continue;
                    }
                };
                let Some(expected) = parse_number(value) else { continue }; // a header line
                checked += 1;
                let at = format!("{file}:{}: {item} {member}", index + 1);
                match facts.get(&(item.to_owned(), member.to_owned())).map(Vec::as_slice) {
                    None | Some([]) => problems.push(format!("{at}: no Rust fact (expected {expected:#x})")),
                    Some([actual]) if *actual == expected => {}
                    Some([actual]) => {
                        problems.push(format!("{at}: Rust has {actual:#x}, expected {expected:#x}"))
                    }
                    Some(values) => problems.push(format!("{at}: {} Rust facts {values:x?}", values.len())),
                }
            }
        }
        assert!(checked > 1500, "the ABI tables look truncated: {checked} rows");
        assert!(
            problems.is_empty(),
            "{} of {checked} ABI rows do not match:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}
