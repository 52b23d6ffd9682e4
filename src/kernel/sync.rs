//! Spin locks, events, mutexes, semaphores, fast mutexes and waits (on one object or on
//! several, WaitAny / WaitAll), with their state in the caller's own structure as on Windows (a
//! `KSPIN_LOCK` word, a `DISPATCHER_HEADER`'s `SignalState`), so nothing is left behind when
//! the driver frees the memory. Waiters sleep on one process-wide condition variable, woken
//! whenever any object is signalled; every change of a dispatcher object's state is made under
//! its lock, so a WaitAll sees and takes all its objects at once.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicI32, AtomicU8, AtomicU32, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::irql::{self, APC_LEVEL, DISPATCH_LEVEL};
use super::report;

/// A token naming the calling thread (never 0), what a held spin lock or an owned mutex stores.
pub fn thread_token() -> usize {
    thread_local! { static TOKEN: u8 = const { 0 }; }
    TOKEN.with(|t| t as *const u8 as usize)
}

/// The `DISPATCHER_HEADER` every waitable object starts with, as the library touches it.
#[repr(C)]
pub struct DispatcherHeader {
    /// `Type` (`KOBJECTS`): 0 notification event, 1 synchronization event, 2 mutant,
    /// 5 semaphore, 6 thread, 8 notification timer, 9 synchronization timer.
    pub object_type: AtomicU8,
    /// `Signalling`.
    pub signalling: AtomicU8,
    /// `Size` in 32-bit words.
    pub size: AtomicU8,
    /// `Reserved1`.
    pub reserved: AtomicU8,
    /// `SignalState`.
    pub signal_state: AtomicI32,
    /// `WaitListHead` (Flink, Blink): initialized to point at itself, never walked.
    pub wait_list: [AtomicUsize; 2],
}

/// `KMUTANT` / `KMUTEX`.
#[repr(C)]
pub struct Mutant {
    /// `Header`.
    pub header: DispatcherHeader,
    /// `MutantListEntry`.
    pub list_entry: [AtomicUsize; 2],
    /// `OwnerThread`: the owner's [`thread_token`], 0 when free.
    pub owner: AtomicUsize,
    /// `Abandoned`, `ApcDisable` and padding.
    pub flags: AtomicUsize,
}

/// `FAST_MUTEX`.
#[repr(C)]
pub struct FastMutex {
    /// `Count`: 1 free, 0 owned.
    pub count: AtomicI32,
    /// `Owner`: the owner's [`thread_token`].
    pub owner: AtomicUsize,
    /// `Contention`: acquisitions that had to wait.
    pub contention: AtomicU32,
    /// `Event`.
    pub event: DispatcherHeader,
    /// `OldIrql`.
    pub old_irql: AtomicU32,
}

/// `KSEMAPHORE`.
#[repr(C)]
pub struct Semaphore {
    /// `Header`: `SignalState` is the count.
    pub header: DispatcherHeader,
    /// `Limit`.
    pub limit: AtomicI32,
}

const _: () = assert!(std::mem::size_of::<DispatcherHeader>() == 24);
const _: () = assert!(std::mem::size_of::<Semaphore>() == 32);
const _: () = assert!(std::mem::size_of::<Mutant>() == 56);
const _: () = assert!(std::mem::size_of::<FastMutex>() == 56);

/// `EventNotificationObject`.
pub const NOTIFICATION_EVENT: u8 = 0;
/// `EventSynchronizationObject`.
pub const SYNCHRONIZATION_EVENT: u8 = 1;
/// `MutantObject`.
pub const MUTANT_OBJECT: u8 = 2;
/// `SemaphoreObject`.
pub const SEMAPHORE_OBJECT: u8 = 5;
/// `ThreadObject`.
pub const THREAD_OBJECT: u8 = 6;
/// `TimerNotificationObject`.
pub const TIMER_NOTIFICATION_OBJECT: u8 = 8;
/// `TimerSynchronizationObject`.
pub const TIMER_SYNCHRONIZATION_OBJECT: u8 = 9;

/// `STATUS_SUCCESS`, which is also `STATUS_WAIT_0`.
pub const STATUS_WAIT_0: i32 = 0;
/// `STATUS_TIMEOUT`.
pub const STATUS_TIMEOUT: i32 = 0x102;
/// `STATUS_INVALID_PARAMETER`: what a wait Windows would bug-check on returns here.
pub const STATUS_INVALID_PARAMETER: i32 = 0xC000_000D_u32 as i32;
/// `THREAD_WAIT_OBJECTS`: the wait blocks a thread has built in.
pub const THREAD_WAIT_OBJECTS: usize = 3;
/// `MAXIMUM_WAIT_OBJECTS`.
pub const MAXIMUM_WAIT_OBJECTS: usize = 64;

static WAKE: LazyLock<(Mutex<u64>, Condvar)> = LazyLock::new(|| (Mutex::new(0), Condvar::new()));

/// Changes object state under the wake lock without waking anyone (the object becomes less
/// signalled).
pub fn unsignal<R>(update: impl FnOnce() -> R) -> R {
    let _generation = WAKE.0.lock();
    update()
}

/// Changes object state under the wake lock and wakes every waiter.
pub fn signal(update: impl FnOnce()) {
    let (lock, condvar) = &*WAKE;
    let mut generation = lock.lock();
    update();
    *generation += 1;
    condvar.notify_all();
}

// ---- Spin locks ---------------------------------------------------------------------------

/// Takes `lock` (a `KSPIN_LOCK`) for the calling thread. Acquiring a lock this thread already
/// holds would deadlock on Windows: reported, and the call returns as if it had taken it.
pub fn spin_acquire(routine: &'static str, lock: &AtomicUsize) {
    let me = thread_token();
    if lock.load(Ordering::Relaxed) == me {
        report::error(
            routine,
            format!("spin lock {:p} acquired again by the thread holding it (a deadlock on Windows)", lock),
        );
        return;
    }
    let mut spins = 0u32;
    while lock.compare_exchange_weak(0, me, Ordering::Acquire, Ordering::Relaxed).is_err() {
        spins += 1;
        if spins < 64 {
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
}

/// Tries once to take `lock`.
pub fn spin_try_acquire(lock: &AtomicUsize) -> bool {
    lock.compare_exchange(0, thread_token(), Ordering::Acquire, Ordering::Relaxed).is_ok()
}

/// Releases `lock`; a lock the calling thread does not hold is reported and left alone.
pub fn spin_release(routine: &'static str, lock: &AtomicUsize) {
    let me = thread_token();
    match lock.compare_exchange(me, 0, Ordering::Release, Ordering::Relaxed) {
        Ok(_) => {}
        Err(0) => report::error(routine, format!("spin lock {:p} released but not held", lock)),
        Err(_) => {
            report::error(routine, format!("spin lock {:p} released by a thread that does not hold it", lock))
        }
    }
}

/// `KeAcquireSpinLockRaiseToDpc`: raises to DISPATCH_LEVEL and takes the lock; returns the
/// previous IRQL. Above DISPATCH_LEVEL is an error (IRQL_NOT_LESS_OR_EQUAL on Windows).
pub fn acquire_raise_to_dpc(routine: &'static str, lock: &AtomicUsize) -> u8 {
    let old = irql::current();
    if old > DISPATCH_LEVEL {
        report::error(routine, format!("spin lock {:p} acquired at IRQL {old}, above DISPATCH_LEVEL", lock));
    } else {
        irql::raise(routine, DISPATCH_LEVEL);
    }
    spin_acquire(routine, lock);
    old
}

/// `KeReleaseSpinLock`: releases the lock and lowers to `new_irql`.
pub fn release_lower(routine: &'static str, lock: &AtomicUsize, new_irql: u8) {
    spin_release(routine, lock);
    irql::lower(routine, new_irql);
}

/// The `...AtDpcLevel` forms need the caller at DISPATCH_LEVEL already.
pub fn check_at_dpc_level(routine: &'static str) {
    let irql = irql::current();
    if irql < DISPATCH_LEVEL {
        report::error(
            routine,
            format!("called at IRQL {irql} ({}); it needs DISPATCH_LEVEL", irql::name(irql)),
        );
    }
}

// ---- Dispatcher objects and waits -----------------------------------------------------------

/// `KeInitializeEvent`.
pub fn init_event(header: &DispatcherHeader, synchronization: bool, state: bool) {
    header
        .object_type
        .store(if synchronization { SYNCHRONIZATION_EVENT } else { NOTIFICATION_EVENT }, Ordering::Relaxed);
    header.signalling.store(0, Ordering::Relaxed);
    header.size.store(6, Ordering::Relaxed);
    header.reserved.store(0, Ordering::Relaxed);
    header.signal_state.store(i32::from(state), Ordering::Relaxed);
    let own = &header.wait_list as *const _ as usize;
    header.wait_list[0].store(own, Ordering::Relaxed);
    header.wait_list[1].store(own, Ordering::Relaxed);
}

/// `KeSetEvent`: signalled; returns the previous state.
pub fn set_event(header: &DispatcherHeader) -> i32 {
    let mut previous = 0;
    signal(|| previous = header.signal_state.swap(1, Ordering::AcqRel));
    previous
}

/// `KeResetEvent` / `KeClearEvent`: not signalled; returns the previous state.
pub fn reset_event(header: &DispatcherHeader) -> i32 {
    unsignal(|| header.signal_state.swap(0, Ordering::AcqRel))
}

/// `KeInitializeMutex`: free (SignalState 1).
pub fn init_mutex(mutant: &Mutant) {
    init_event(&mutant.header, false, true);
    mutant.header.object_type.store(MUTANT_OBJECT, Ordering::Relaxed);
    mutant.header.size.store(14, Ordering::Relaxed);
    mutant.owner.store(0, Ordering::Relaxed);
    mutant.flags.store(0, Ordering::Relaxed);
}

/// `KeReleaseMutex`: returns the previous SignalState; releasing a mutex the thread does not own
/// is an error (STATUS_MUTANT_NOT_OWNED on Windows) and changes nothing.
pub fn release_mutex(routine: &'static str, mutant: &Mutant) -> i32 {
    if mutant.owner.load(Ordering::Acquire) != thread_token() {
        report::error(
            routine,
            format!("mutex {:p} released by a thread that does not own it (STATUS_MUTANT_NOT_OWNED)", mutant),
        );
        return mutant.header.signal_state.load(Ordering::Relaxed);
    }
    let mut previous = 0;
    signal(|| {
        previous = mutant.header.signal_state.fetch_add(1, Ordering::AcqRel);
        if previous + 1 == 1 {
            mutant.owner.store(0, Ordering::Release);
        }
    });
    previous
}

/// `KeInitializeSemaphore`: `count` and `limit` must be positive and `count` at most `limit`
/// (reported otherwise; the values are stored as given).
pub fn init_semaphore(routine: &'static str, semaphore: &Semaphore, count: i32, limit: i32) {
    if limit <= 0 || count < 0 || count > limit {
        report::error(
            routine,
            format!(
                "semaphore {:p} initialized with Count {count} and Limit {limit}; both must be positive and Count at most Limit",
                semaphore
            ),
        );
    }
    init_event(&semaphore.header, false, false);
    semaphore.header.object_type.store(SEMAPHORE_OBJECT, Ordering::Relaxed);
    semaphore.header.size.store(8, Ordering::Relaxed);
    semaphore.header.signal_state.store(count, Ordering::Relaxed);
    semaphore.limit.store(limit, Ordering::Relaxed);
}

/// `KeReleaseSemaphore`: adds `adjustment` to the count and returns the previous count. A count
/// that would pass the limit (or an adjustment that is not positive) raises
/// STATUS_SEMAPHORE_LIMIT_EXCEEDED on Windows: reported, and the count is left as it was.
pub fn release_semaphore(routine: &'static str, semaphore: &Semaphore, adjustment: i32) -> i32 {
    let limit = semaphore.limit.load(Ordering::Relaxed);
    let mut outcome = Ok(0);
    signal(|| {
        let previous = semaphore.header.signal_state.load(Ordering::Acquire);
        outcome = match previous.checked_add(adjustment) {
            Some(next) if adjustment > 0 && next <= limit => {
                semaphore.header.signal_state.store(next, Ordering::Release);
                Ok(previous)
            }
            _ => Err(previous),
        };
    });
    match outcome {
        Ok(previous) => previous,
        Err(previous) => {
            report::error(
                routine,
                format!(
                    "semaphore {:p} released by {adjustment} with count {previous} and Limit {limit} (STATUS_SEMAPHORE_LIMIT_EXCEEDED is raised on Windows); the count is unchanged",
                    semaphore
                ),
            );
            previous
        }
    }
}

/// One object of a wait: its header, and the whole `KMUTANT` when it is a mutex.
#[derive(Clone, Copy)]
pub struct Waitable<'a> {
    /// The object's `DISPATCHER_HEADER`.
    pub header: &'a DispatcherHeader,
    /// The mutex, when `header` is a mutant's.
    pub mutant: Option<&'a Mutant>,
}

/// Whether a wait on `object` by the calling thread would be satisfied now (the wake lock held).
fn satisfiable(object: &Waitable<'_>, me: usize) -> bool {
    let state = object.header.signal_state.load(Ordering::Acquire);
    match object.header.object_type.load(Ordering::Relaxed) {
        MUTANT_OBJECT => match object.mutant {
            Some(mutant) => state > 0 || mutant.owner.load(Ordering::Acquire) == me,
            None => false,
        },
        _ => state > 0,
    }
}

/// Takes a satisfiable object as a satisfied wait does (the wake lock held): a synchronization
/// event or timer resets, a semaphore's count goes down by one, a mutex becomes owned (again,
/// recursively, by its owner); notification objects and threads stay signalled.
fn consume(object: &Waitable<'_>, me: usize) {
    let header = object.header;
    match header.object_type.load(Ordering::Relaxed) {
        SYNCHRONIZATION_EVENT | TIMER_SYNCHRONIZATION_OBJECT => {
            header.signal_state.store(0, Ordering::Release)
        }
        SEMAPHORE_OBJECT => {
            header.signal_state.fetch_sub(1, Ordering::AcqRel);
        }
        MUTANT_OBJECT => {
            if let Some(mutant) = object.mutant {
                header.signal_state.fetch_sub(1, Ordering::AcqRel);
                mutant.owner.store(me, Ordering::Release);
            }
        }
        _ => {}
    }
}

/// Satisfies the wait if it can (the wake lock held): WaitAny takes the first signalled object
/// in array order and gives its index; WaitAll takes every object, or none.
fn try_satisfy(objects: &[Waitable<'_>], wait_all: bool) -> Option<usize> {
    let me = thread_token();
    if wait_all {
        if objects.iter().all(|o| satisfiable(o, me)) {
            objects.iter().for_each(|o| consume(o, me));
            return Some(0);
        }
        return None;
    }
    let index = objects.iter().position(|o| satisfiable(o, me))?;
    consume(&objects[index], me);
    Some(index)
}

/// Whether `object_type` is a dispatcher object the library can wait on.
pub fn is_waitable_type(object_type: u8) -> bool {
    matches!(
        object_type,
        NOTIFICATION_EVENT
            | SYNCHRONIZATION_EVENT
            | MUTANT_OBJECT
            | SEMAPHORE_OBJECT
            | THREAD_OBJECT
            | TIMER_NOTIFICATION_OBJECT
            | TIMER_SYNCHRONIZATION_OBJECT
    )
}

/// How long a wait may last: `Timeout` decoded (None: forever).
pub fn deadline(timeout_100ns: Option<i64>) -> Option<Instant> {
    let timeout = timeout_100ns?;
    let wait = if timeout < 0 {
        Duration::from_nanos(timeout.unsigned_abs().saturating_mul(100))
    } else {
        // Absolute system time: how far in the future it is.
        let now = super::time::system_time_100ns();
        Duration::from_nanos((timeout - now).max(0) as u64 * 100)
    };
    Some(Instant::now() + wait)
}

/// `KeWaitForSingleObject`: STATUS_SUCCESS (0) once the object is signalled, STATUS_TIMEOUT
/// (0x102) when the timeout passes first. A wait that can block at DISPATCH_LEVEL or above is an
/// error (reported; the wait still happens).
pub fn wait(
    routine: &'static str,
    header: &DispatcherHeader,
    mutant: Option<&Mutant>,
    timeout_100ns: Option<i64>,
) -> i32 {
    wait_many(routine, &[Waitable { header, mutant }], false, timeout_100ns)
}

/// `KeWaitForMultipleObjects` (and, with one object, `KeWaitForSingleObject`): for WaitAny,
/// STATUS_WAIT_0 + the index of the object that satisfied the wait (the lowest signalled one);
/// for WaitAll, STATUS_WAIT_0 once every object is signalled at the same time, all of them
/// taken at once (a synchronization event or timer is reset, a semaphore decremented, a mutex
/// owned only when every other object can be taken too); STATUS_TIMEOUT when the timeout passes
/// first (a zero timeout only looks). A wait that can block at DISPATCH_LEVEL or above is an
/// error (reported; the wait still happens).
pub fn wait_many(
    routine: &'static str,
    objects: &[Waitable<'_>],
    wait_all: bool,
    timeout_100ns: Option<i64>,
) -> i32 {
    let irql = irql::current();
    if irql >= DISPATCH_LEVEL && timeout_100ns != Some(0) {
        let first = objects.first().map_or(std::ptr::null(), |o| o.header as *const DispatcherHeader);
        report::error(
            routine,
            format!(
                "wait on {:p}{} that can block, at IRQL {irql} ({}); only a zero timeout is allowed there",
                first,
                if objects.len() > 1 {
                    format!(" and {} more objects", objects.len() - 1)
                } else {
                    String::new()
                },
                irql::name(irql)
            ),
        );
    }
    let until = deadline(timeout_100ns);
    let (lock, condvar) = &*WAKE;
    let mut generation = lock.lock();
    loop {
        if let Some(index) = try_satisfy(objects, wait_all) {
            return STATUS_WAIT_0 + index as i32;
        }
        match until {
            None => condvar.wait(&mut generation),
            Some(until) => {
                if Instant::now() >= until || condvar.wait_until(&mut generation, until).timed_out() {
                    if let Some(index) = try_satisfy(objects, wait_all) {
                        return STATUS_WAIT_0 + index as i32;
                    }
                    return STATUS_TIMEOUT;
                }
            }
        }
    }
}

// ---- Fast mutexes -------------------------------------------------------------------------

/// `ExInitializeFastMutex`.
pub fn init_fast_mutex(mutex: &FastMutex) {
    mutex.count.store(1, Ordering::Relaxed);
    mutex.owner.store(0, Ordering::Relaxed);
    mutex.contention.store(0, Ordering::Relaxed);
    init_event(&mutex.event, true, false);
    mutex.old_irql.store(0, Ordering::Relaxed);
}

/// `ExAcquireFastMutex` (`try_only`: `ExTryToAcquireFastMutex`): needs APC_LEVEL or below,
/// raises to APC_LEVEL, keeps the previous IRQL in the mutex. Recursive acquisition deadlocks
/// on Windows: reported, and the call returns without waiting.
pub fn acquire_fast_mutex(routine: &'static str, mutex: &FastMutex, try_only: bool) -> bool {
    let irql = irql::current();
    if irql > APC_LEVEL {
        report::error(
            routine,
            format!(
                "fast mutex {:p} acquired at IRQL {irql} ({}); the limit is APC_LEVEL",
                mutex,
                irql::name(irql)
            ),
        );
    }
    let me = thread_token();
    if mutex.owner.load(Ordering::Acquire) == me {
        report::error(
            routine,
            format!("fast mutex {:p} acquired again by its owner (a deadlock on Windows)", mutex),
        );
        return false;
    }
    let (lock, condvar) = &*WAKE;
    let mut generation = lock.lock();
    let mut waited = false;
    while mutex.count.compare_exchange(1, 0, Ordering::AcqRel, Ordering::Relaxed).is_err() {
        if try_only {
            return false;
        }
        waited = true;
        condvar.wait(&mut generation);
    }
    drop(generation);
    if waited {
        mutex.contention.fetch_add(1, Ordering::Relaxed);
    }
    mutex.owner.store(me, Ordering::Release);
    let old = irql::raise(routine, APC_LEVEL.max(irql));
    mutex.old_irql.store(u32::from(old), Ordering::Relaxed);
    true
}

/// `ExReleaseFastMutex`: a mutex the thread does not own is reported and left alone.
pub fn release_fast_mutex(routine: &'static str, mutex: &FastMutex) {
    if mutex.owner.load(Ordering::Acquire) != thread_token() {
        report::error(routine, format!("fast mutex {:p} released by a thread that does not own it", mutex));
        return;
    }
    let old = mutex.old_irql.load(Ordering::Relaxed) as u8;
    mutex.owner.store(0, Ordering::Release);
    signal(|| mutex.count.store(1, Ordering::Release));
    irql::lower(routine, old);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn header() -> DispatcherHeader {
        // SAFETY: all-zero is a valid value for every atomic.
        unsafe { std::mem::zeroed() }
    }

    #[test]
    fn a_synchronization_event_wakes_one_wait_and_resets() {
        let event = Arc::new(header());
        init_event(&event, true, false);
        assert_eq!(wait("test", &event, None, Some(0)), 0x102, "not signalled: a zero timeout times out");
        let setter = Arc::clone(&event);
        let thread = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            set_event(&setter)
        });
        assert_eq!(wait("test", &event, None, Some(-10_000_000)), 0);
        assert_eq!(thread.join().unwrap(), 0);
        assert_eq!(event.signal_state.load(Ordering::Relaxed), 0, "a satisfied wait resets it");
    }

    #[test]
    fn a_notification_event_stays_signalled() {
        let event = header();
        init_event(&event, false, true);
        assert_eq!(wait("test", &event, None, Some(0)), 0);
        assert_eq!(wait("test", &event, None, Some(0)), 0);
        assert_eq!(reset_event(&event), 1);
        assert_eq!(wait("test", &event, None, Some(-1000)), 0x102);
    }

    #[test]
    fn wait_all_takes_every_object_or_none_and_wait_any_gives_the_lowest_index() {
        let (first, second) = (header(), header());
        init_event(&first, true, true);
        init_event(&second, true, false);
        // SAFETY: all-zero is a valid value for every atomic.
        let semaphore: Semaphore = unsafe { std::mem::zeroed() };
        init_semaphore("test", &semaphore, 1, 1);
        let objects = [
            Waitable { header: &first, mutant: None },
            Waitable { header: &second, mutant: None },
            Waitable { header: &semaphore.header, mutant: None },
        ];
        assert_eq!(wait_many("test", &objects, true, Some(0)), STATUS_TIMEOUT);
        assert_eq!(first.signal_state.load(Ordering::Relaxed), 1, "nothing taken");
        assert_eq!(semaphore.header.signal_state.load(Ordering::Relaxed), 1);
        assert_eq!(wait_many("test", &objects, false, Some(0)), STATUS_WAIT_0);
        assert_eq!(wait_many("test", &objects, false, Some(0)), STATUS_WAIT_0 + 2, "the semaphore's count");
        assert_eq!(wait_many("test", &objects, false, Some(0)), STATUS_TIMEOUT);
        set_event(&first);
        set_event(&second);
        assert_eq!(release_semaphore("test", &semaphore, 1), 0);
        assert_eq!(wait_many("test", &objects, true, Some(0)), STATUS_WAIT_0);
        let states: Vec<i32> = [&first, &second, &semaphore.header]
            .iter()
            .map(|h| h.signal_state.load(Ordering::Relaxed))
            .collect();
        assert_eq!(states, [0, 0, 0], "all taken at once");
        let errors = report::total_errors();
        assert_eq!(release_semaphore("test", &semaphore, 2), 0, "over the limit");
        assert_eq!(semaphore.header.signal_state.load(Ordering::Relaxed), 0, "unchanged");
        assert!(report::total_errors() > errors);
    }

    #[test]
    fn spin_locks_raise_to_dispatch_and_restore() {
        let lock = AtomicUsize::new(0);
        let old = acquire_raise_to_dpc("test", &lock);
        assert_eq!((old, irql::current()), (0, DISPATCH_LEVEL));
        assert_eq!(lock.load(Ordering::Relaxed), thread_token());
        release_lower("test", &lock, old);
        assert_eq!((irql::current(), lock.load(Ordering::Relaxed)), (0, 0));
    }
}
