//! Leak reports: what a UMD left for device destruction to reclaim (information: some UMDs rely
//! on it), and what was still alive when its adapter was destroyed (an error).

use crate::abi::D3DKMT_HANDLE;

/// The adapter's running tally.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeakLog {
    /// Resources reclaimed when their device was destroyed.
    pub reclaimed_resources: Vec<D3DKMT_HANDLE>,
    /// Allocations reclaimed when their device was destroyed.
    pub reclaimed_allocations: Vec<D3DKMT_HANDLE>,
    /// Devices still alive when the adapter was destroyed.
    pub devices_left: Vec<D3DKMT_HANDLE>,
    /// Standard allocations still alive when the adapter was destroyed.
    pub standard_allocations_left: Vec<D3DKMT_HANDLE>,
}
