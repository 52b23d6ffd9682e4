//! Inspection: what a tester can ask of an allocation, a segment and the counters.
#![forbid(unsafe_code)]

use super::*;

impl VidMm {
    /// One allocation's state.
    pub fn allocation(&self, handle: D3DKMT_HANDLE) -> Option<AllocationView> {
        let state = self.lock_state();
        let record = state.records.get(&handle)?;
        Some(AllocationView {
            location: record.location,
            size: record.size,
            lock_count: record.locks,
            residency_references: record.residency,
            priority: record.priority,
            offer_priority: record.offer,
            busy: record.busy(),
            evictions: record.evictions,
        })
    }

    /// One segment's state (`index` 0 is segment id 1).
    pub fn segment(&self, index: usize) -> Option<SegmentView> {
        let state = self.lock_state();
        let segment = state.segments.get(index)?;
        Some(SegmentView {
            id: segment.config.id,
            size: segment.config.size,
            used: segment.allocator.used() * PAGE_SIZE,
            largest_free: segment.allocator.largest_free() * PAGE_SIZE,
            free_blocks: segment.allocator.free_blocks() as u64,
            allocations: segment.allocator.live_ranges() as u64,
            aperture: segment.config.aperture,
            cpu_visible: segment.config.cpu_visible,
        })
    }

    /// The number of segments.
    pub fn segment_count(&self) -> usize {
        self.lock_state().segments.len()
    }

    /// Lifetime counters.
    pub fn counters(&self) -> Counters {
        self.lock_state().counters
    }
}
