//! The software GPU behind an adapter: it runs submitted DMA buffers in order and completes them
//! the way hardware does, through the KMD's interrupt path.
//!
//! Completing the oldest pending submission raises an interrupt: the shim calls the KMD's
//! `DxgkDdiInterruptRoutine`, which (like any WDDM KMD) reports the finished fence with
//! `DxgkCbNotifyInterrupt(DXGK_INTERRUPT_DMA_COMPLETED)` and asks for a DPC with
//! `DxgkCbQueueDpc`; the shim then calls `DxgkDdiDpcRoutine`, whose `DxgkCbNotifyDpc` lets the
//! scheduler retire every submission up to that fence. Retiring ends the submission's use of its
//! allocations (VidMm may move them again; waiting locks wake).
//!
//! Execution is synchronous and deterministic: a submission completes inside the call that
//! submitted it, unless the GPU is paused (`WddmShimPauseGpu`), in which case it waits for the
//! resume. A KMD that registers no interrupt routine has its fences retired by the shim directly
//! (journaled). A KMD whose interrupt routine does not report the fence leaves the submission
//! pending, as a hung GPU would: the TDR path (`WddmShimRemoveDevice` with
//! `WDDMSHIM_REMOVAL_TDR`) abandons it.

use std::collections::VecDeque;

use parking_lot::Mutex;

use crate::abi::D3DKMT_HANDLE;
use crate::journal;
use crate::runtime::adapter::Adapter;

/// One submitted DMA buffer.
#[derive(Debug)]
pub struct Submission {
    /// Its fence (`SubmissionFenceId`).
    pub fence: u32,
    /// The device that rendered it.
    pub device: D3DKMT_HANDLE,
    /// The allocations it references (each holds one VidMm GPU use).
    pub allocations: Vec<D3DKMT_HANDLE>,
}

#[derive(Default)]
struct State {
    paused: bool,
    last_fence: u32,
    completed_fence: u32,
    dpc_queued: bool,
    pending: VecDeque<Submission>,
}

/// One adapter's software GPU.
#[derive(Default)]
pub struct Gpu {
    state: Mutex<State>,
}

impl Gpu {
    /// The fence id for the next submission.
    pub fn next_fence(&self) -> u32 {
        let mut state = self.state.lock();
        state.last_fence = state.last_fence.wrapping_add(1).max(1);
        state.last_fence
    }

    /// Queues a submission and runs the GPU unless it is paused.
    pub fn submit(&self, adapter: &Adapter, submission: Submission) {
        self.state.lock().pending.push_back(submission);
        self.run(adapter);
    }

    /// Pauses or resumes execution; resuming runs what is pending.
    pub fn set_paused(&self, adapter: &Adapter, paused: bool) {
        self.state.lock().paused = paused;
        journal::record_note(adapter.id, "GPU", if paused { "paused" } else { "resumed" });
        if !paused {
            self.run(adapter);
        }
    }

    /// Submissions not retired yet.
    pub fn pending(&self) -> usize {
        self.state.lock().pending.len()
    }

    /// Completes pending submissions in order, through the KMD's interrupt and DPC routines.
    fn run(&self, adapter: &Adapter) {
        loop {
            let head = {
                let state = self.state.lock();
                match state.pending.front() {
                    Some(head) if !state.paused => head.fence,
                    _ => return,
                }
            };
            // DxgkDdiInterruptRoutine runs at the device's IRQL, DxgkDdiDpcRoutine at DISPATCH_LEVEL.
            let claimed =
                crate::kernel::irql::at(crate::kernel::irql::DEVICE_IRQL, "DxgkDdiInterruptRoutine", || {
                    adapter.miniport.interrupt_routine()
                });
            match claimed {
                None => {
                    journal::record_note(
                        adapter.id,
                        "GPU",
                        journal::text!(
                            "the KMD has no DxgkDdiInterruptRoutine: the shim completes fence {} itself",
                            head
                        ),
                    );
                    self.state.lock().completed_fence = head;
                    self.retire(adapter);
                }
                Some(_) => {
                    let dpc = std::mem::take(&mut self.state.lock().dpc_queued);
                    if dpc {
                        crate::kernel::irql::at(
                            crate::kernel::irql::DISPATCH_LEVEL,
                            "DxgkDdiDpcRoutine",
                            || adapter.miniport.dpc_routine(),
                        );
                    }
                    let state = self.state.lock();
                    if state.pending.front().is_some_and(|p| p.fence == head) {
                        drop(state);
                        journal::record_note(
                            adapter.id,
                            "GPU",
                            journal::text!(
                                "submission with fence {} did not complete: the KMD reported no DMA_COMPLETED for it{} (a hung GPU; a TDR abandons it)",
                                head,
                                if dpc { "" } else { " and queued no DPC" }
                            ),
                        );
                        return;
                    }
                }
            }
        }
    }

    /// `DxgkCbNotifyInterrupt` with `DXGK_INTERRUPT_DMA_COMPLETED`.
    pub fn dma_completed(&self, fence: u32) {
        let mut state = self.state.lock();
        state.completed_fence = state.completed_fence.max(fence);
    }

    /// `DxgkCbQueueDpc`.
    pub fn queue_dpc(&self) {
        self.state.lock().dpc_queued = true;
    }

    /// `DxgkCbNotifyDpc`: retires everything up to the completed fence.
    pub fn notify_dpc(&self, adapter: &Adapter) {
        self.retire(adapter);
    }

    fn retire(&self, adapter: &Adapter) {
        loop {
            let submission = {
                let mut state = self.state.lock();
                let completed = state.completed_fence;
                match state.pending.front() {
                    Some(head) if head.fence <= completed => state.pending.pop_front(),
                    _ => None,
                }
            };
            let Some(submission) = submission else { return };
            adapter.vidmm.gpu_done(&submission.allocations);
            journal::record_note(
                adapter.id,
                "GPU",
                journal::text!(
                    "fence {} retired (device {:#010x}, {} allocation(s) idle again)",
                    submission.fence,
                    submission.device,
                    submission.allocations.len()
                ),
            );
        }
    }

    /// Drops the pending submissions of `device` (every device with `None`), as a TDR or a PnP
    /// stop does; their allocations become idle.
    pub fn abandon(&self, adapter: &Adapter, device: Option<D3DKMT_HANDLE>) {
        let dropped: VecDeque<Submission> = {
            let mut state = self.state.lock();
            let (dropped, kept) = std::mem::take(&mut state.pending)
                .into_iter()
                .partition(|s| device.is_none_or(|d| d == s.device));
            state.pending = kept;
            dropped
        };
        for submission in dropped {
            adapter.vidmm.gpu_done(&submission.allocations);
            journal::record_note(
                adapter.id,
                "GPU",
                journal::text!(
                    "submission with fence {} abandoned by the device's removal",
                    submission.fence
                ),
            );
        }
    }
}
