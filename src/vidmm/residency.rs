//! Residency and eviction: `pfnQueryResidencyCb`, `pfnMakeResidentCb`, `pfnEvictCb`, priorities,
//! GPU use by submissions, and choosing and moving out victims.
#![forbid(unsafe_code)]

use super::*;

impl VidMm {
    /// `pfnQueryResidencyCb`: a `D3DDDI_RESIDENCYSTATUS` for each.
    pub fn residency(&self, handles: &[D3DKMT_HANDLE]) -> Result<Vec<D3DDDI_RESIDENCYSTATUS>, VidMmError> {
        let state = self.lock_state();
        handles
            .iter()
            .map(|&handle| {
                let record = state.record(handle)?;
                Ok(match record.location {
                    Location::Segment { id, .. } if !state.segments[id as usize - 1].config.aperture => {
                        D3DDDI_RESIDENCYSTATUS_RESIDENTINGPUMEMORY
                    }
                    Location::Segment { .. } | Location::UserMemory => {
                        D3DDDI_RESIDENCYSTATUS_RESIDENTINSHAREDMEMORY
                    }
                    // Locked in system memory, the GPU uses it where it is (see gpu_use).
                    Location::System if record.locks > 0 => D3DDDI_RESIDENCYSTATUS_RESIDENTINSHAREDMEMORY,
                    Location::System | Location::Discarded => D3DDDI_RESIDENCYSTATUS_NOTRESIDENT,
                })
            })
            .collect()
    }

    /// `pfnMakeResidentCb`: one residency reference more on each and everything paged in, or
    /// nothing changed. Returns the paging fence value of the (completed) work.
    pub fn make_resident(&self, handles: &[D3DKMT_HANDLE]) -> Result<u64, VidMmError> {
        let mut state = self.lock_state();
        for &handle in handles {
            let record = state.record(handle)?;
            if record.offer != 0 || record.location == Location::Discarded {
                return Err(VidMmError::InvalidArg(format!(
                    "allocation {handle:#010x} is offered; reclaim it before making it resident"
                )));
            }
        }
        // Take the references first so that paging one does not evict another of the list.
        for &handle in handles {
            state.records.get_mut(&handle).expect("checked").residency += 1;
        }
        for &handle in handles {
            // A locked allocation is never moved: one the CPU holds in system memory stays
            // there, where the GPU reaches it as shared memory, and is paged in at its unlock.
            if state.records[&handle].locks > 0 {
                continue;
            }
            if let Err(error) = state.page_in(handle, VictimRule::NotListed, false) {
                for &undo in handles {
                    state.records.get_mut(&undo).expect("checked").residency -= 1;
                }
                return Err(match error {
                    VidMmError::OverBudget { .. } | VidMmError::NotAvailable(_) => {
                        let size = state.records[&handle].size;
                        VidMmError::OverBudget { bytes_to_trim: size }
                    }
                    other => other,
                });
            }
        }
        state.paging_fence += 1;
        Ok(state.paging_fence)
    }

    /// `pfnEvictCb`: one residency reference less on each (refused, nothing changed, if any has
    /// none). Returns the bytes by which the local group is over its budget.
    pub fn evict(&self, handles: &[D3DKMT_HANDLE]) -> Result<u64, VidMmError> {
        let mut state = self.lock_state();
        for (index, &handle) in handles.iter().enumerate() {
            // An allocation listed n times drops n references.
            let listed = handles[..=index].iter().filter(|&&h| h == handle).count() as u32;
            if state.record(handle)?.residency < listed {
                return Err(VidMmError::InvalidArg(format!(
                    "allocation {handle:#010x} has fewer residency references than pfnEvictCb drops (pfnEvictCb without pfnMakeResidentCb)"
                )));
            }
        }
        for &handle in handles {
            state.records.get_mut(&handle).expect("checked").residency -= 1;
        }
        Ok(state.usage[0].saturating_sub(state.budgets[0]))
    }

    /// `pfnSetPriorityCb`.
    pub fn set_priority(&self, handles: &[D3DKMT_HANDLE], priorities: &[u32]) -> Result<(), VidMmError> {
        let mut state = self.lock_state();
        for &handle in handles {
            state.record(handle)?;
        }
        for (&handle, &priority) in handles.iter().zip(priorities) {
            state.records.get_mut(&handle).expect("checked").priority = priority;
        }
        Ok(())
    }

    /// Moves an allocation's content out of its segment now (a tester's pressure). Refused for
    /// locked, busy, resident-listed or runtime-memory allocations.
    pub fn force_eviction(&self, handle: D3DKMT_HANDLE) -> Result<(), VidMmError> {
        let mut state = self.lock_state();
        let record = state.record(handle)?;
        if !state.evictable(record, VictimRule::NotListed) {
            return Err(VidMmError::InvalidArg(format!(
                "allocation {handle:#010x} cannot be evicted now (locked, busy, on a residency list or in runtime memory)"
            )));
        }
        if matches!(record.location, Location::Segment { .. }) {
            state.evict_one(handle)?;
        }
        Ok(())
    }

    /// Marks an allocation in use by the GPU or idle (the stand-in for submissions until the
    /// render path retires them); idling wakes waiting locks.
    pub fn set_busy(&self, handle: D3DKMT_HANDLE, busy: bool) -> Result<(), VidMmError> {
        let mut state = self.lock_state();
        state.record(handle)?;
        state.records.get_mut(&handle).expect("checked").marked_busy = busy;
        drop(state);
        if !busy {
            self.idle.notify_all();
        }
        Ok(())
    }

    /// Pages in everything a GPU submission references and marks it in use until
    /// [`VidMm::gpu_done`]; returns where each one is. Refuses (nothing changed) offered
    /// allocations and allocations locked in a memory segment
    /// (`D3DDDIERR_CANTRENDERLOCKEDALLOCATION`, one of the two documented answers; the other is
    /// eviction, which a lock forbids here).
    pub fn gpu_use(&self, handles: &[D3DKMT_HANDLE]) -> Result<Vec<Location>, RenderError> {
        let mut state = self.lock_state();
        for &handle in handles {
            let record = state.record(handle).map_err(RenderError::VidMm)?;
            if record.offer != 0 || record.location == Location::Discarded {
                return Err(RenderError::VidMm(VidMmError::InvalidArg(format!(
                    "allocation {handle:#010x} is offered; reclaim it before rendering with it"
                ))));
            }
            if record.locks > 0 {
                if let Location::Segment { id, .. } = record.location {
                    if !state.segments[id as usize - 1].config.aperture {
                        return Err(RenderError::LockedInVideoMemory(handle));
                    }
                }
            }
        }
        for &handle in handles {
            state.records.get_mut(&handle).expect("checked").gpu_uses += 1;
        }
        let mut locations = Vec::with_capacity(handles.len());
        for &handle in handles {
            let record = &state.records[&handle];
            let movable = record.locks == 0;
            if movable {
                if let Err(error) = state.page_in(handle, VictimRule::NotListed, false) {
                    drop(state);
                    self.gpu_done(handles);
                    return Err(RenderError::VidMm(error));
                }
            }
            locations.push(state.records[&handle].location);
        }
        Ok(locations)
    }

    /// Ends one GPU use of each (a retired or abandoned submission); handles freed meanwhile
    /// are skipped. Wakes locks waiting for the GPU.
    pub fn gpu_done(&self, handles: &[D3DKMT_HANDLE]) {
        let mut state = self.lock_state();
        for handle in handles {
            if let Some(record) = state.records.get_mut(handle) {
                record.gpu_uses = record.gpu_uses.saturating_sub(1);
            }
        }
        drop(state);
        self.idle.notify_all();
    }
}

impl State {
    pub(super) fn evictable(&self, record: &Record, rule: VictimRule) -> bool {
        let free = record.locks == 0 && !record.busy() && record.residency == 0 && record.user_memory == 0;
        free && match rule {
            VictimRule::NotListed => true,
            VictimRule::LowerPriorityThan(priority) => record.offer != 0 || record.priority < priority,
        }
    }

    /// Evicts victims from segment `id` until `size` fits there, if the evictable content could
    /// make room at all; returns the range placed.
    pub(super) fn evict_for(
        &mut self,
        requester: D3DKMT_HANDLE,
        id: u32,
        size: u64,
        alignment: u64,
        from_end: bool,
        rule: VictimRule,
    ) -> Option<Range> {
        let mut victims: Vec<(bool, u32, u64, D3DKMT_HANDLE, u64)> = self
            .records
            .iter()
            .filter(|&(&h, r)| {
                h != requester
                    && matches!(r.location, Location::Segment { id: s, .. } if s == id)
                    && self.evictable(r, rule)
            })
            .map(|(&h, r)| (r.offer == 0, r.priority, r.last_use, h, r.size))
            .collect();
        let segment = &self.segments[id as usize - 1];
        let free = segment.allocator.free_units() * PAGE_SIZE;
        let reclaimable: u64 = victims.iter().map(|v| v.4).sum();
        let group = group_of(&segment.config) as usize;
        let budget_room = self.budgets[group].saturating_sub(self.usage[group]) + reclaimable;
        if free + reclaimable < size || budget_room < size {
            return None;
        }
        victims.sort_unstable();
        for (_, _, _, victim, _) in victims {
            if self.evict_one(victim).is_err() {
                return None;
            }
            if let Some(range) = self.try_place(id, size, alignment, from_end) {
                return Some(range);
            }
        }
        None
    }

    /// Moves one allocation's content out of its segment (discarding it if offered).
    pub(super) fn evict_one(&mut self, handle: D3DKMT_HANDLE) -> Result<(), VidMmError> {
        let record = self.records.get_mut(&handle).expect("present");
        let Location::Segment { id, offset } = record.location else { return Ok(()) };
        let segment = &mut self.segments[id as usize - 1];
        self.notes.push(journal::text!(
            "allocation {:#010x} ({} bytes, priority {:#x}) {} segment {}",
            handle,
            record.size,
            record.priority,
            if record.offer != 0 { "offered: content discarded from" } else { "evicted from" },
            id
        ));
        if record.offer != 0 {
            record.system = None;
            record.location = Location::Discarded;
            self.counters.discards += 1;
        } else {
            if !segment.config.aperture {
                if let Some(block) = segment.memory.touched() {
                    if !block.is_zero(offset, record.size) {
                        let copy = HostBlock::reserve(units(record.size) * PAGE_SIZE).ok_or_else(|| {
                            VidMmError::OutOfHostMemory(format!("a system copy of {} bytes", record.size))
                        })?;
                        copy.copy_from(0, block, offset, record.size);
                        record.system = Some(copy);
                    }
                }
            }
            record.location = Location::System;
            record.evictions += 1;
            self.counters.evictions += 1;
        }
        Self::release_range(segment, offset, record.size);
        self.usage[group_of(&segment.config) as usize] -= record.size;
        Ok(())
    }
}
