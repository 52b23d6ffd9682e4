//! Timers: `KTIMER` with its state in the caller's structure (a waitable `DISPATCHER_HEADER`,
//! signalled at expiry), and one process-wide timer service thread that expires them, as the
//! clock interrupt does on Windows.
//!
//! The service keeps every *set* timer in a registry keyed by the `KTIMER`'s address, and only
//! touches a timer's memory (and its `KDPC`) while it is in the registry and the registry lock
//! is held. `KeCancelTimer` takes it out under that lock, so once it returns nothing of the
//! library touches the timer again. As on Windows, a driver cancels a timer before it frees the
//! timer's memory: a timer still set in a pool block being freed, or when the adapter whose work
//! set it is destroyed, is reported (TIMER_OR_DPC_INVALID, 0xC7, on Windows) and cancelled.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{LazyLock, Once};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::dpc::{self, Dpc};
use super::irql::{self, DISPATCH_LEVEL};
use super::report;
use super::sync::{self, DispatcherHeader, TIMER_NOTIFICATION_OBJECT, TIMER_SYNCHRONIZATION_OBJECT};
use super::time;
use crate::journal;

/// `KTIMER` (64 bytes on x64, the measured layout).
#[repr(C)]
pub struct Timer {
    /// `Header`: Type 8 (notification) or 9 (synchronization), SignalState 1 once expired.
    pub header: DispatcherHeader,
    /// `DueTime`: the interrupt time (100 ns) of the next expiry while set.
    pub due_time: AtomicU64,
    /// `TimerListEntry`: points at itself, never walked.
    pub list_entry: [AtomicUsize; 2],
    /// `Dpc`: the `KDPC` queued at expiry (0: none).
    pub dpc: AtomicUsize,
    /// `Processor` (low 16 bits) and `TimerType` (high 16 bits: the `TIMER_TYPE`).
    pub processor_and_type: AtomicU32,
    /// `Period` in milliseconds (0: one-shot).
    pub period: AtomicU32,
}
const _: () = assert!(std::mem::size_of::<Timer>() == 64);

/// A set timer as the service keeps it.
struct Entry {
    due: Instant,
    period: Option<Duration>,
    dpc: usize,
    adapter: u64,
    sequence: u64,
}

struct Service {
    timers: Mutex<HashMap<usize, Entry>>,
    changed: Condvar,
}

static SERVICE: LazyLock<Service> =
    LazyLock::new(|| Service { timers: Mutex::new(HashMap::new()), changed: Condvar::new() });
static THREAD: Once = Once::new();

fn start_service() {
    THREAD.call_once(|| {
        std::thread::Builder::new()
            .name("wddm-shim timers".into())
            .spawn(service_loop)
            .expect("spawn the timer thread");
    });
}

fn service_loop() {
    let mut timers = SERVICE.timers.lock();
    loop {
        let now = Instant::now();
        let expired: Vec<usize> = timers.iter().filter(|(_, e)| e.due <= now).map(|(a, _)| *a).collect();
        for address in expired {
            expire(&mut timers, address, now);
        }
        match timers.values().map(|e| e.due).min() {
            Some(next) => {
                SERVICE.changed.wait_until(&mut timers, next);
            }
            None => SERVICE.changed.wait(&mut timers),
        }
    }
}

/// Expires the set timer at `address` (the registry lock held, so the timer is alive: a driver
/// cancels before freeing): re-armed by its period or taken out, then signalled and its DPC
/// queued (last, since a DPC routine may free a one-shot timer).
fn expire(timers: &mut HashMap<usize, Entry>, address: usize, now: Instant) {
    let Some(entry) = timers.get_mut(&address) else { return };
    // SAFETY: `address` is in the registry, so it is a KTIMER the driver set and has not
    // cancelled; a driver keeps a set timer's memory alive (the rule above).
    let timer = unsafe { &*(address as *const Timer) };
    let dpc = entry.dpc;
    match entry.period {
        Some(period) => {
            let next = entry.due + period;
            entry.due = if next > now { next } else { now + period };
            timer.due_time.store(interrupt_time_at(entry.due), Ordering::Relaxed);
        }
        None => {
            timers.remove(&address);
        }
    }
    sync::signal(|| timer.header.signal_state.store(1, Ordering::Release));
    if dpc != 0 {
        let system_time = time::system_time_100ns() as u64;
        // SAFETY: the KDPC given to KeSetTimer(Ex), which stays alive while its timer is set.
        let dpc = unsafe { &*(dpc as *const Dpc) };
        dpc::insert(dpc, system_time as u32 as usize, (system_time >> 32) as usize);
    }
}

/// The interrupt time (100 ns) at `instant`.
fn interrupt_time_at(instant: Instant) -> u64 {
    let ahead = instant.saturating_duration_since(Instant::now());
    time::interrupt_time_100ns() + (ahead.as_nanos() / 100) as u64
}

/// `KeInitializeTimerEx` (`KeInitializeTimer`: `synchronization` false). Initializing a timer
/// that is set is reported, and the timer is cancelled first.
pub fn init(routine: &'static str, timer: &Timer, synchronization: bool) {
    let address = timer as *const Timer as usize;
    if SERVICE.timers.lock().remove(&address).is_some() {
        report::error(routine, format!("timer {address:#x} initialized while it is set; it is cancelled"));
    }
    sync::init_event(&timer.header, false, false);
    timer.header.object_type.store(
        if synchronization { TIMER_SYNCHRONIZATION_OBJECT } else { TIMER_NOTIFICATION_OBJECT },
        Ordering::Relaxed,
    );
    timer.header.size.store(16, Ordering::Relaxed);
    timer.due_time.store(0, Ordering::Relaxed);
    let own = &timer.list_entry as *const _ as usize;
    timer.list_entry[0].store(own, Ordering::Relaxed);
    timer.list_entry[1].store(own, Ordering::Relaxed);
    timer.dpc.store(0, Ordering::Relaxed);
    timer.processor_and_type.store(u32::from(synchronization) << 16, Ordering::Relaxed);
    timer.period.store(0, Ordering::Relaxed);
}

/// `KeSetTimerEx` (`KeSetTimer`: period 0): sets the timer not signalled and due at `due_time`
/// (negative: relative, in 100 ns; otherwise absolute system time), then every `period_ms`
/// milliseconds when that is not 0, queuing `dpc` (0: none) at each expiry. A timer that was set
/// is cancelled first (its previous DPC with it); returns whether it was set.
pub fn set(routine: &'static str, timer: &Timer, due_time: i64, period_ms: i32, dpc: usize) -> bool {
    let irql = irql::current();
    if irql > DISPATCH_LEVEL {
        report::error(routine, format!("called at IRQL {irql} ({}), above DISPATCH_LEVEL", irql::name(irql)));
    }
    let object_type = timer.header.object_type.load(Ordering::Relaxed);
    if object_type != TIMER_NOTIFICATION_OBJECT && object_type != TIMER_SYNCHRONIZATION_OBJECT {
        report::error(
            routine,
            format!("{:p} is not an initialized KTIMER (Header.Type {object_type})", timer),
        );
    }
    if period_ms < 0 {
        report::error(routine, format!("Period {period_ms} is negative; it must be 0 or more milliseconds"));
    }
    let due = sync::deadline(Some(due_time)).unwrap_or_else(Instant::now);
    let period = (period_ms > 0).then(|| Duration::from_millis(period_ms as u64));
    start_service();
    let address = timer as *const Timer as usize;
    let mut timers = SERVICE.timers.lock();
    let was_set = timers.remove(&address).is_some();
    sync::unsignal(|| timer.header.signal_state.store(0, Ordering::Release));
    timer.dpc.store(dpc, Ordering::Relaxed);
    timer.period.store(period_ms.max(0) as u32, Ordering::Relaxed);
    timer.due_time.store(interrupt_time_at(due), Ordering::Relaxed);
    timers.insert(
        address,
        Entry { due, period, dpc, adapter: journal::current_adapter(), sequence: journal::next_sequence() },
    );
    SERVICE.changed.notify_all();
    was_set
}

/// `KeCancelTimer`: takes the timer out of the service; returns whether it was set. Once this
/// returns, the library no longer touches the timer (a DPC already queued by an expiry still
/// runs, as on Windows).
pub fn cancel(timer: &Timer) -> bool {
    SERVICE.timers.lock().remove(&(timer as *const Timer as usize)).is_some()
}

/// `KeReadStateTimer`.
pub fn read_state(timer: &Timer) -> bool {
    timer.header.signal_state.load(Ordering::Acquire) != 0
}

/// Whether the timer at `address` is set.
pub fn is_set(address: usize) -> bool {
    SERVICE.timers.lock().contains_key(&address)
}

/// Pool at `[start, start + len)` is being freed by `routine`: a timer still set in it is
/// reported (TIMER_OR_DPC_INVALID 0xC7 on Windows) and cancelled, so its expiry cannot write to
/// the freed memory.
pub fn check_freed(routine: &'static str, start: usize, len: usize) {
    let mut timers = SERVICE.timers.lock();
    let mut inside: Vec<(usize, u64)> = timers
        .iter()
        .filter(|(address, _)| **address >= start && **address < start.saturating_add(len))
        .map(|(address, entry)| (*address, entry.sequence))
        .collect();
    inside.sort_by_key(|(_, sequence)| *sequence);
    for (address, sequence) in inside {
        timers.remove(&address);
        report::error(
            routine,
            format!(
                "pool block {start:#x} freed while the timer {address:#x} in it is still set (by journal #{sequence}); a driver cancels a timer before freeing it (TIMER_OR_DPC_INVALID 0xC7 on Windows); the timer is cancelled"
            ),
        );
    }
}

/// The timer leak report at adapter teardown: every timer set during `adapter`'s work and still
/// set is journaled and counted as an error of that adapter, then cancelled (the driver's memory
/// may be freed next). Returns how many there were.
pub fn report_set_at_teardown(adapter: u64) -> usize {
    let mut timers = SERVICE.timers.lock();
    let mut left: Vec<(usize, u64, bool, bool)> = timers
        .iter()
        .filter(|(_, e)| e.adapter == adapter)
        .map(|(address, e)| (*address, e.sequence, e.period.is_some(), e.dpc != 0))
        .collect();
    left.sort_by_key(|(_, sequence, _, _)| *sequence);
    for (address, sequence, periodic, with_dpc) in &left {
        timers.remove(address);
        report::error_for(
            adapter,
            "leak report",
            format!(
                "{} timer {address:#x}{}, set at journal #{sequence}, still set when its adapter was destroyed (a driver cancels its timers with KeCancelTimer before unloading; TIMER_OR_DPC_INVALID 0xC7 on Windows); it is cancelled",
                if *periodic { "periodic" } else { "one-shot" },
                if *with_dpc { " with a DPC" } else { "" },
            ),
        );
    }
    left.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timer() -> Box<Timer> {
        // SAFETY: all-zero is a valid value for every atomic.
        Box::new(unsafe { std::mem::zeroed() })
    }

    const GENEROUS: Option<i64> = Some(-100_000_000); // 10 s

    #[test]
    fn a_one_shot_timer_expires_once_and_a_periodic_one_until_cancelled() {
        let once = timer();
        init("test", &once, false);
        let address = &*once as *const Timer as usize;
        assert!(!set("test", &once, -10_000, 0, 0));
        assert_eq!(sync::wait("test", &once.header, None, GENEROUS), sync::STATUS_WAIT_0);
        assert!(read_state(&once));
        assert!(!is_set(address), "taken out before it is signalled");
        assert!(!cancel(&once));

        let ticker = timer();
        init("test", &ticker, true);
        assert!(!set("test", &ticker, -10_000, 1, 0));
        for _ in 0..3 {
            assert_eq!(sync::wait("test", &ticker.header, None, GENEROUS), sync::STATUS_WAIT_0);
        }
        assert!(cancel(&ticker), "a periodic timer stays set");
        assert!(!cancel(&ticker));
    }

    #[test]
    fn a_set_timer_in_freed_memory_is_reported_and_cancelled() {
        let pooled = timer();
        init("test", &pooled, false);
        let address = &*pooled as *const Timer as usize;
        assert!(!set("test", &pooled, -600_000_000, 0, 0));
        let errors = report::total_errors();
        check_freed("test", address - 8, 72);
        assert!(report::total_errors() > errors);
        assert!(!is_set(address));
        assert!(!cancel(&pooled));
    }
}
