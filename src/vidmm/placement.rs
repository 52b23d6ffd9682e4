//! Placement: creation-time placement and destruction, the candidate segments, paging an
//! allocation into a segment, and settling its content there (the policy is in the parent
//! module's docs).
#![forbid(unsafe_code)]

use super::*;

impl VidMm {
    /// Places new allocations, all or none (at creation). On error nothing is left behind.
    pub fn create(&self, allocations: &[NewAllocation]) -> Result<(), VidMmError> {
        let mut state = self.lock_state();
        let total: u64 = allocations.iter().filter(|a| a.system_memory == 0).map(|a| a.size).sum();
        if state.committed + total > self.commit_limit {
            return Err(VidMmError::OutOfVideoMemory(format!(
                "committing {total} more bytes would pass the adapter's commit limit of {} ({} committed)",
                self.commit_limit, state.committed
            )));
        }
        for new in allocations {
            if new.system_memory != 0 {
                continue;
            }
            let fits_somewhere = state.segments.iter().any(|s| {
                new.supported & (1 << (s.config.id - 1)) != 0
                    && new.size <= if s.config.aperture { s.config.commit_limit } else { s.config.size }
            });
            if !fits_somewhere {
                return Err(VidMmError::OutOfVideoMemory(format!(
                    "allocation {:#010x} of {} bytes is larger than every segment it may live in",
                    new.handle, new.size
                )));
            }
        }
        let mut placed = crate::core::PerCall::<D3DKMT_HANDLE>::with_capacity(allocations.len());
        for new in allocations {
            state.clock += 1;
            let record = Record {
                size: new.size,
                alignment: new.alignment.max(1),
                candidates: candidates(&state.segments, new),
                flags: new.flags,
                priority: new.priority,
                location: if new.system_memory != 0 { Location::UserMemory } else { Location::System },
                system: None,
                user_memory: new.system_memory,
                last_use: state.clock,
                locks: 0,
                residency: 0,
                offer: 0,
                marked_busy: false,
                gpu_uses: 0,
                evictions: 0,
            };
            if new.system_memory == 0 {
                state.committed += new.size;
            }
            state.records.insert(new.handle, record);
            placed.push(new.handle);
            if new.system_memory == 0 {
                let rule = VictimRule::LowerPriorityThan(new.priority);
                if let Err(error) = state.page_in(new.handle, rule, true) {
                    for handle in placed {
                        state.remove(handle);
                    }
                    return Err(error);
                }
            }
        }
        Ok(())
    }

    /// Forgets allocations (at deallocation), releasing their memory. Returns, for each one that
    /// was still locked, its handle and lock count.
    pub fn destroy(&self, handles: &[D3DKMT_HANDLE]) -> Vec<(D3DKMT_HANDLE, u32)> {
        let mut state = self.lock_state();
        let mut locked = Vec::new();
        for &handle in handles {
            if let Some(record) = state.records.get(&handle) {
                if record.locks > 0 {
                    locked.push((handle, record.locks));
                    state.counters.freed_while_locked += 1;
                }
                state.remove(handle);
            }
        }
        drop(state);
        self.idle.notify_all();
        locked
    }
}

/// The segments to try for `new`, in order (see the module's policy).
fn candidates(segments: &[Segment], new: &NewAllocation) -> Candidates {
    let supported =
        |id: u32| id >= 1 && id as usize <= segments.len() && new.supported & (1 << (id - 1)) != 0;
    let from_end = new.flags & DXGK_ALLOCATIONINFOFLAGS::FromEndOfSegment != 0;
    let mut order = Candidates::new();
    for &(id, direction) in &new.preferred {
        if supported(id) && !order.iter().any(|&(o, _)| o == id) {
            order.push((id, direction || from_end));
        }
    }
    for aperture in [false, true] {
        for segment in segments {
            let id = segment.config.id;
            if segment.config.aperture == aperture && supported(id) && !order.iter().any(|&(o, _)| o == id) {
                order.push((id, from_end));
            }
        }
    }
    order
}

impl State {
    /// Puts `handle` into a segment if it is not in one. With `fallback`, an allocation that
    /// finds no place stays non-resident (creation); without, that is an error (MakeResident).
    pub(super) fn page_in(
        &mut self,
        handle: D3DKMT_HANDLE,
        rule: VictimRule,
        fallback: bool,
    ) -> Result<(), VidMmError> {
        let record = &self.records[&handle];
        if matches!(record.location, Location::Segment { .. } | Location::UserMemory) {
            self.clock += 1;
            let clock = self.clock;
            self.records.get_mut(&handle).expect("present").last_use = clock;
            return Ok(());
        }
        let (size, alignment) = (record.size, record.alignment);
        let candidates = record.candidates.clone();
        let may_evict = match rule {
            VictimRule::LowerPriorityThan(priority) => priority >= D3DDDI_ALLOCATIONPRIORITY_NORMAL,
            VictimRule::NotListed => true,
        };
        let mut placed = None;
        for &(id, from_end) in &candidates {
            if let Some(range) = self.try_place(id, size, alignment, from_end) {
                placed = Some((id, range));
                break;
            }
        }
        if placed.is_none() && may_evict {
            for &(id, from_end) in &candidates {
                if let Some(range) = self.evict_for(handle, id, size, alignment, from_end, rule) {
                    placed = Some((id, range));
                    break;
                }
            }
        }
        let Some((id, range)) = placed else {
            return if fallback {
                Ok(())
            } else {
                Err(VidMmError::NotAvailable(format!(
                    "no segment allowed for allocation {handle:#010x} has {size} bytes free, even after eviction"
                )))
            };
        };
        self.settle(handle, id, range)
    }

    /// Reserves a range in segment `id` if it fits now and within the group's budget.
    pub(super) fn try_place(&mut self, id: u32, size: u64, alignment: u64, from_end: bool) -> Option<Range> {
        let segment = &mut self.segments[id as usize - 1];
        let group = group_of(&segment.config) as usize;
        if self.usage[group] + size > self.budgets[group] {
            return None;
        }
        if segment.config.aperture {
            let mapped = segment.allocator.used() * PAGE_SIZE;
            if mapped + size > segment.config.commit_limit {
                return None;
            }
        }
        let (size, alignment) = (units(size), units(alignment).max(1));
        if segment.allocator.certainly_fails(size, alignment) {
            return None;
        }
        segment.allocator.allocate(size, alignment, from_end)
    }

    /// Records `handle` at `range` of segment `id` and copies its content in.
    pub(super) fn settle(&mut self, handle: D3DKMT_HANDLE, id: u32, range: Range) -> Result<(), VidMmError> {
        let offset = range.offset * PAGE_SIZE;
        let record = self.records.get_mut(&handle).expect("present");
        let segment = &mut self.segments[id as usize - 1];
        if !segment.config.aperture {
            if let Some(content) = record.system.as_ref() {
                let Some(block) = segment.memory.block() else {
                    segment.allocator.free(range.offset);
                    return Err(VidMmError::OutOfHostMemory(format!("segment {id}'s backing memory")));
                };
                block.copy_from(offset, content, 0, record.size);
            }
            record.system = None;
        }
        if record.evictions > 0 {
            self.counters.restores += 1;
        }
        self.notes.push(journal::text!(
            "allocation {:#010x} ({} bytes) placed in segment {} at offset {:#x}",
            handle,
            record.size,
            id,
            offset
        ));
        record.location = Location::Segment { id, offset };
        self.clock += 1;
        record.last_use = self.clock;
        self.usage[group_of(&segment.config) as usize] += record.size;
        Ok(())
    }

    pub(super) fn release_range(segment: &mut Segment, offset: u64, size: u64) {
        let freed = segment.allocator.free(offset / PAGE_SIZE);
        debug_assert!(freed, "VidMm freed a range its allocator did not know");
        if let Some(block) = segment.memory.touched() {
            block.clear(offset, units(size) * PAGE_SIZE);
        }
    }
}
