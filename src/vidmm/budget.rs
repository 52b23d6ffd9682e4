//! Budgets: one per segment group, lowered by a tester to simulate pressure.
#![forbid(unsafe_code)]

use super::*;

impl VidMm {
    /// Sets a group's budget (bytes).
    pub fn set_budget(&self, group: Group, bytes: u64) {
        self.lock_state().budgets[group as usize] = bytes;
    }

    /// A group's budget and usage.
    pub fn memory_info(&self, group: Group) -> MemoryInfo {
        let state = self.lock_state();
        let budget = state.budgets[group as usize];
        MemoryInfo {
            budget,
            current_usage: state.usage[group as usize],
            current_reservation: 0,
            available_for_reservation: budget,
        }
    }
}
