//! CPU access: `pfnLockCb` / `pfnLock2Cb` and their unlocks, and where the CPU sees an
//! allocation's content.
#![forbid(unsafe_code)]

use super::*;

impl VidMm {
    /// `pfnLockCb` / `pfnLock2Cb`: returns the CPU address of the allocation (of its first listed
    /// page with a page list).
    pub fn lock(&self, handle: D3DKMT_HANDLE, request: LockRequest) -> Result<*mut u8, VidMmError> {
        use D3DDDICB_LOCKFLAGS as F;
        let flags = request.flags;
        if flags & F::ReadOnly != 0 && flags & F::WriteOnly != 0 {
            return Err(VidMmError::InvalidArg("Flags.ReadOnly and Flags.WriteOnly are both set".into()));
        }
        if flags & F::ReadOnly != 0 && flags & F::Discard != 0 {
            return Err(VidMmError::InvalidArg(
                "Flags.Discard cannot be combined with Flags.ReadOnly".into(),
            ));
        }
        if flags & F::NoExistingReference != 0 && flags & F::Discard == 0 {
            return Err(VidMmError::InvalidArg("Flags.NoExistingReference requires Flags.Discard".into()));
        }
        let mut state = self.lock_state();
        let record = state.record(handle)?;
        if record.flags & DXGK_ALLOCATIONINFOFLAGS::CpuVisible == 0 && record.user_memory == 0 {
            return Err(VidMmError::InvalidArg(format!(
                "allocation {handle:#010x} is not CpuVisible (the KMD did not set DXGK_ALLOCATIONINFOFLAGS.CpuVisible)"
            )));
        }
        if record.offer != 0 || record.location == Location::Discarded {
            return Err(VidMmError::InvalidArg(format!(
                "allocation {handle:#010x} is offered; reclaim it before locking"
            )));
        }
        if flags & F::UseAlternateVA != 0 && record.flags & DXGK_ALLOCATIONINFOFLAGS::UseAlternateVA == 0 {
            return Err(VidMmError::InvalidArg(format!(
                "Flags.UseAlternateVA on allocation {handle:#010x}, which the KMD did not create with UseAlternateVA"
            )));
        }
        if flags & F::AcquireAperture != 0 {
            let aperture_only = !record.candidates.is_empty()
                && record.candidates.iter().all(|&(id, _)| state.segments[id as usize - 1].config.aperture);
            if aperture_only {
                return Err(VidMmError::InvalidArg(format!(
                    "Flags.AcquireAperture on allocation {handle:#010x}, which can only live in an aperture segment"
                )));
            }
        }
        if let Some((_, last)) = request.pages {
            let pages = units(record.size);
            if u64::from(last) >= pages {
                return Err(VidMmError::InvalidArg(format!(
                    "the page list names page {last} of an allocation of {pages} pages"
                )));
            }
        }
        // Wait for the GPU, unless told not to.
        if flags & F::IgnoreSync == 0 {
            loop {
                let record = state.record(handle)?;
                if !record.busy() {
                    break;
                }
                if flags & F::Discard != 0 {
                    state.discard_content(handle);
                    break;
                }
                if flags & F::DonotWait != 0 {
                    return Err(VidMmError::StillDrawing(format!(
                        "allocation {handle:#010x} is in use by the GPU and Flags.DonotWait is set"
                    )));
                }
                self.idle.wait(state.held());
            }
        }
        let address = state.cpu_address(handle, flags & F::DonotEvict != 0)?;
        state.clock += 1;
        let clock = state.clock;
        let record = state.records.get_mut(&handle).expect("checked above");
        record.locks += 1;
        record.last_use = clock;
        let offset = u64::from(request.pages.map_or(0, |(first, _)| first)) * PAGE_SIZE;
        // The page was checked to lie inside the allocation, so this stays inside its memory.
        Ok(address.wrapping_add(offset as usize))
    }

    /// `pfnUnlockCb`: one lock less on each; refused (nothing changed) if any is not locked.
    pub fn unlock(&self, handles: &[D3DKMT_HANDLE]) -> Result<(), VidMmError> {
        let mut state = self.lock_state();
        for &handle in handles {
            if state.record(handle)?.locks == 0 {
                return Err(VidMmError::InvalidArg(format!("allocation {handle:#010x} is not locked")));
            }
        }
        for &handle in handles {
            let record = state.records.get_mut(&handle).expect("checked");
            record.locks -= 1;
            // Made resident while locked in system memory (see make_resident): paged in now,
            // if there is room; otherwise it stays where it is until the GPU next needs it.
            if record.locks == 0 && record.residency > 0 && record.location == Location::System {
                let _ = state.page_in(handle, VictimRule::NotListed, true);
            }
        }
        Ok(())
    }
}

impl State {
    /// Gives a busy allocation fresh zeroed memory in place (a Discard lock).
    pub(super) fn discard_content(&mut self, handle: D3DKMT_HANDLE) {
        let record = self.records.get_mut(&handle).expect("present");
        record.system = None;
        if let Location::Segment { id, offset } = record.location {
            let segment = &self.segments[id as usize - 1];
            if let Some(block) = segment.memory.touched() {
                block.clear(offset, units(record.size) * PAGE_SIZE);
            }
        }
    }

    /// The CPU address of an allocation's content, moving it to system memory if its segment is
    /// not CPU-visible.
    pub(super) fn cpu_address(
        &mut self,
        handle: D3DKMT_HANDLE,
        do_not_evict: bool,
    ) -> Result<*mut u8, VidMmError> {
        let record = &self.records[&handle];
        match record.location {
            Location::UserMemory => return Ok(record.user_memory as *mut u8),
            Location::Segment { id, offset } => {
                let segment = &self.segments[id as usize - 1];
                if !segment.config.aperture {
                    if segment.config.cpu_visible {
                        let block = segment.memory.block().ok_or_else(|| {
                            VidMmError::OutOfHostMemory(format!("segment {id}'s backing memory"))
                        })?;
                        return Ok(block.address(offset));
                    }
                    if do_not_evict {
                        return Err(VidMmError::NotAvailable(format!(
                            "allocation {handle:#010x} is in segment {id}, which the CPU cannot reach, and Flags.DonotEvict is set"
                        )));
                    }
                    self.evict_one(handle)?;
                }
            }
            Location::System | Location::Discarded => {}
        }
        let record = self.records.get_mut(&handle).expect("present");
        if record.system.is_none() {
            record.system = Some(HostBlock::reserve(units(record.size) * PAGE_SIZE).ok_or_else(|| {
                VidMmError::OutOfHostMemory(format!("{} bytes of system memory", record.size))
            })?);
        }
        Ok(record.system.as_ref().expect("just made").address(0))
    }
}
