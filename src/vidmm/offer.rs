//! Offer and reclaim: `pfnOfferAllocationsCb` and `pfnReclaimAllocationsCb` in all their forms.
#![forbid(unsafe_code)]

use super::*;

impl VidMm {
    /// `pfnOfferAllocationsCb`: marks each offered at `priority` (1..=4).
    pub fn offer(
        &self,
        handles: &[D3DKMT_HANDLE],
        priority: D3DDDI_OFFER_PRIORITY,
    ) -> Result<(), VidMmError> {
        if !(D3DDDI_OFFER_PRIORITY_LOW..=D3DDDI_OFFER_PRIORITY_AUTO).contains(&priority) {
            return Err(VidMmError::InvalidArg(format!(
                "Priority {priority} is not an offer priority (LOW 1 .. AUTO 4; NONE is not allowed)"
            )));
        }
        let mut state = self.lock_state();
        for &handle in handles {
            let record = state.record(handle)?;
            if record.locks > 0 {
                return Err(VidMmError::InvalidArg(format!("allocation {handle:#010x} is locked")));
            }
            if record.offer != 0 {
                return Err(VidMmError::InvalidArg(format!("allocation {handle:#010x} is already offered")));
            }
            if record.user_memory != 0 {
                return Err(VidMmError::InvalidArg(format!(
                    "allocation {handle:#010x} lives in the runtime's system memory and cannot be offered"
                )));
            }
        }
        for &handle in handles {
            let size = state.records[&handle].size;
            state.records.get_mut(&handle).expect("checked").offer = priority as u32;
            state.committed -= size;
        }
        Ok(())
    }

    /// `pfnReclaimAllocationsCb` (all forms): a `D3DDDI_RECLAIM_RESULT` for each. Allocations
    /// that were not offered are refused (nothing changed).
    pub fn reclaim(&self, handles: &[D3DKMT_HANDLE]) -> Result<Vec<D3DDDI_RECLAIM_RESULT>, VidMmError> {
        let mut state = self.lock_state();
        for &handle in handles {
            if state.record(handle)?.offer == 0 {
                return Err(VidMmError::InvalidArg(format!("allocation {handle:#010x} is not offered")));
            }
        }
        let mut results = Vec::with_capacity(handles.len());
        for &handle in handles {
            let size = state.records[&handle].size;
            if state.committed + size > self.commit_limit {
                results.push(D3DDDI_RECLAIM_RESULT_NOT_COMMITTED);
                continue;
            }
            state.committed += size;
            let record = state.records.get_mut(&handle).expect("checked");
            record.offer = 0;
            if record.location == Location::Discarded {
                record.location = Location::System;
                results.push(D3DDDI_RECLAIM_RESULT_DISCARDED);
            } else {
                results.push(D3DDDI_RECLAIM_RESULT_OK);
            }
        }
        Ok(results)
    }
}
