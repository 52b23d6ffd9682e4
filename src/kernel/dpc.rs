//! DPCs: `KeInsertQueueDpc` queues to one process-wide DPC "processor" (a thread) that runs
//! each deferred routine at DISPATCH_LEVEL, as Windows runs it soon after, on some processor.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use parking_lot::Mutex;

use super::irql::{self, DISPATCH_LEVEL};

/// `KDEFERRED_ROUTINE`.
pub type DeferredRoutine = unsafe extern "C" fn(usize, usize, usize, usize);

/// `KDPC` as the library touches it (64 bytes, the measured layout).
#[repr(C)]
pub struct Dpc {
    /// `Type`, `Importance`, `Number`.
    pub target_info: AtomicUsize,
    /// `DpcListEntry`.
    pub list_entry: AtomicUsize,
    /// `ProcessorHistory`.
    pub processor_history: AtomicUsize,
    /// `DeferredRoutine`.
    pub routine: AtomicUsize,
    /// `DeferredContext`.
    pub context: AtomicUsize,
    /// `SystemArgument1`.
    pub argument1: AtomicUsize,
    /// `SystemArgument2`.
    pub argument2: AtomicUsize,
    /// `DpcData`: 1 while queued, 0 otherwise.
    pub queued: AtomicUsize,
}
const _: () = assert!(std::mem::size_of::<Dpc>() == 64);

/// `DpcObject` in `KDPC::Type`, `MediumImportance` in `Importance`.
const DPC_TYPE_AND_IMPORTANCE: usize = 0x13 | (1 << 8);

enum Work {
    Run(usize),
    Flush(mpsc::Sender<()>),
}

static QUEUE: LazyLock<Mutex<mpsc::Sender<Work>>> = LazyLock::new(|| {
    let (sender, receiver) = mpsc::channel::<Work>();
    std::thread::Builder::new()
        .name("wddm-shim DPC".into())
        .spawn(move || {
            for work in receiver {
                match work {
                    Work::Run(address) => irql::at(DISPATCH_LEVEL, "DPC routine", || run(address)),
                    Work::Flush(done) => {
                        let _ = done.send(());
                    }
                }
            }
        })
        .expect("spawn the DPC thread");
    Mutex::new(sender)
});

fn run(address: usize) {
    // SAFETY: `address` is a KDPC the driver queued and, as on Windows, keeps alive until its
    // routine has run or it is removed from the queue.
    let dpc = unsafe { &*(address as *const Dpc) };
    if dpc.queued.compare_exchange(1, 0, Ordering::AcqRel, Ordering::Relaxed).is_err() {
        return; // KeRemoveQueueDpc took it out
    }
    let routine = dpc.routine.load(Ordering::Acquire);
    if routine == 0 {
        return;
    }
    // SAFETY: KeInitializeDpc stored the driver's KDEFERRED_ROUTINE here.
    let routine: DeferredRoutine = unsafe { std::mem::transmute::<usize, DeferredRoutine>(routine) };
    // SAFETY: the driver's routine, called with its own DPC and arguments.
    unsafe {
        routine(
            address,
            dpc.context.load(Ordering::Relaxed),
            dpc.argument1.load(Ordering::Relaxed),
            dpc.argument2.load(Ordering::Relaxed),
        )
    };
}

/// `KeInitializeDpc`.
pub fn init(dpc: &Dpc, routine: usize, context: usize) {
    dpc.target_info.store(DPC_TYPE_AND_IMPORTANCE, Ordering::Relaxed);
    dpc.list_entry.store(0, Ordering::Relaxed);
    dpc.processor_history.store(0, Ordering::Relaxed);
    dpc.routine.store(routine, Ordering::Release);
    dpc.context.store(context, Ordering::Relaxed);
    dpc.argument1.store(0, Ordering::Relaxed);
    dpc.argument2.store(0, Ordering::Relaxed);
    dpc.queued.store(0, Ordering::Release);
}

/// `KeInsertQueueDpc`: FALSE when it is already queued.
pub fn insert(dpc: &Dpc, argument1: usize, argument2: usize) -> bool {
    if dpc.queued.compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed).is_err() {
        return false;
    }
    dpc.argument1.store(argument1, Ordering::Relaxed);
    dpc.argument2.store(argument2, Ordering::Relaxed);
    let _ = QUEUE.lock().send(Work::Run(dpc as *const Dpc as usize));
    true
}

/// `KeRemoveQueueDpc`: TRUE when it was queued (its routine will not run).
pub fn remove(dpc: &Dpc) -> bool {
    dpc.queued.compare_exchange(1, 0, Ordering::AcqRel, Ordering::Relaxed).is_ok()
}

/// `KeFlushQueuedDpcs`: returns once every DPC queued before the call has run.
pub fn flush() {
    let (done, wait) = mpsc::channel();
    let _ = QUEUE.lock().send(Work::Flush(done));
    let _ = wait.recv();
}
