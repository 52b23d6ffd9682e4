//! Fault injection: make the Nth (or every, from the Nth on) call of a named entry point fail.
//!
//! A fault names an entry point exactly as the journal does (`pfnAllocateCb`,
//! `DxgkDdiCreateAllocation`, ...), optionally a device (its D3DKMT handle) to narrow it to one
//! device's calls, the 1-based call number it first hits, whether it repeats, and the code to
//! report: an HRESULT for a runtime callback, an NTSTATUS for a KMD DDI (the shim then does not
//! call the KMD and behaves as if it had returned that status). An injected failure happens
//! before the entry point changes anything, so the state stays exactly as before the call.

use parking_lot::Mutex;

use crate::abi::D3DKMT_HANDLE;

/// One planned failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// The entry point's name.
    pub entry: String,
    /// Only calls on this device (0: any device).
    pub device: D3DKMT_HANDLE,
    /// The first matching call that fails, counting from 1.
    pub nth: u32,
    /// Fail every matching call from the `nth` on, not just the `nth`.
    pub repeat: bool,
    /// The code reported: an HRESULT or an NTSTATUS, by the entry point's kind.
    pub code: i32,
}

#[derive(Debug)]
struct Armed {
    fault: Fault,
    seen: u32,
    spent: bool,
}

/// The faults armed on one adapter.
#[derive(Debug, Default)]
pub struct FaultPlan {
    armed: Mutex<Vec<Armed>>,
}

impl FaultPlan {
    /// Arms a fault.
    pub fn arm(&self, fault: Fault) {
        self.armed.lock().push(Armed { fault, seen: 0, spent: false });
    }

    /// Disarms every fault.
    pub fn clear(&self) {
        self.armed.lock().clear();
    }

    /// Counts a call of `entry` on `device` and returns the code to fail it with, if a fault hits.
    pub fn check(&self, entry: &str, device: D3DKMT_HANDLE) -> Option<i32> {
        let mut armed = self.armed.lock();
        let mut hit = None;
        for plan in armed.iter_mut() {
            let matches =
                plan.fault.entry == entry && (plan.fault.device == 0 || plan.fault.device == device);
            if !matches || plan.spent {
                continue;
            }
            plan.seen += 1;
            if plan.seen >= plan.fault.nth && hit.is_none() {
                hit = Some(plan.fault.code);
                plan.spent = !plan.fault.repeat;
            }
        }
        hit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(nth: u32, repeat: bool) -> Fault {
        Fault { entry: "pfnAllocateCb".into(), device: 0, nth, repeat, code: -5 }
    }

    #[test]
    fn the_nth_call_fails_once() {
        let plan = FaultPlan::default();
        plan.arm(fault(3, false));
        let results: Vec<_> = (0..5).map(|_| plan.check("pfnAllocateCb", 0x4000_0000)).collect();
        assert_eq!(results, [None, None, Some(-5), None, None]);
    }

    #[test]
    fn a_repeating_fault_fails_every_call_from_the_nth() {
        let plan = FaultPlan::default();
        plan.arm(fault(2, true));
        let results: Vec<_> = (0..4).map(|_| plan.check("pfnAllocateCb", 1)).collect();
        assert_eq!(results, [None, Some(-5), Some(-5), Some(-5)]);
    }

    #[test]
    fn other_entries_and_devices_are_not_counted() {
        let plan = FaultPlan::default();
        plan.arm(Fault { device: 0x4000_0040, ..fault(1, false) });
        assert_eq!(plan.check("pfnDeallocateCb", 0x4000_0040), None);
        assert_eq!(plan.check("pfnAllocateCb", 0x4000_0080), None);
        assert_eq!(plan.check("pfnAllocateCb", 0x4000_0040), Some(-5));
        plan.arm(fault(1, true));
        plan.clear();
        assert_eq!(plan.check("pfnAllocateCb", 1), None);
    }
}
