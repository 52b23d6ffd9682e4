//! The kernel routines a KMD calls (`include/km/wddm_shim_km.h`), each a thin C face over
//! [`crate::kernel`]. Pool routines and what the library does not model are journaled like
//! every entry point; the hot, tiny ones (IRQL, spin locks, events, interlocked-style state)
//! are only contained (a panic becomes the routine's failure value and a journal entry) and
//! journal nothing else but the errors they find.

use std::ffi::CStr;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::abi::{BOOLEAN, HANDLE, LARGE_INTEGER, LONG, NTSTATUS, PVOID, SIZE_T, ULONG};
use crate::ffi::boundary::{NtStatus, boundary};
use crate::journal;
use crate::kernel::sync::{DispatcherHeader, FastMutex, Mutant};
use crate::kernel::{dpc, irql, mdl, pool, report, sync, thread, time, timer};

#[allow(clippy::upper_case_acronyms)]
type KIRQL = u8;
#[allow(clippy::upper_case_acronyms)]
type POOL_FLAGS = u64;

const STATUS_SUCCESS: NTSTATUS = 0;
const STATUS_INVALID_HANDLE: NTSTATUS = 0xC000_0008_u32 as i32;
const STATUS_INVALID_PARAMETER: NTSTATUS = 0xC000_000D_u32 as i32;
const STATUS_INSUFFICIENT_RESOURCES: NTSTATUS = 0xC000_009A_u32 as i32;
const STATUS_OBJECT_NAME_NOT_FOUND: NTSTATUS = 0xC000_0034_u32 as i32;
const STATUS_OBJECT_TYPE_MISMATCH: NTSTATUS = 0xC000_0024_u32 as i32;

/// Runs a quiet routine's body with panics contained: a panic is journaled and `panicked`
/// returned.
fn quiet<R>(entry: &'static str, panicked: R, body: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(value) => value,
        Err(_) => {
            journal::Call::begin(entry).finish(journal::Outcome::Panicked("in a kernel routine".into()));
            panicked
        }
    }
}

/// Borrows a caller's word as an atomic; NULL is reported and gives `None`.
///
/// # Safety
/// `ptr` is NULL or points to a live, 8-byte aligned word the driver keeps alive for the call.
unsafe fn word<'a>(entry: &'static str, ptr: *mut usize) -> Option<&'a AtomicUsize> {
    if ptr.is_null() {
        report::error(entry, "NULL object pointer".into());
        return None;
    }
    // SAFETY: non-NULL, and valid and aligned by the caller's contract; AtomicUsize has the
    // layout of usize.
    Some(unsafe { AtomicUsize::from_ptr(ptr) })
}

/// Borrows a caller's kernel object as the library's mirror of it; NULL is reported.
///
/// # Safety
/// `ptr` is NULL or points to a live object of the mirrored type (same size and layout, made
/// of atomics) that the driver keeps alive for the call.
unsafe fn object<'a, T>(entry: &'static str, ptr: *mut core::ffi::c_void) -> Option<&'a T> {
    if ptr.is_null() {
        report::error(entry, "NULL object pointer".into());
        return None;
    }
    // SAFETY: the caller's contract above; every field of T is an atomic, so shared access
    // from several threads is sound.
    Some(unsafe { &*(ptr as *const T) })
}

fn allocate(request: Result<pool::Request, String>, routine: &'static str) -> PVOID {
    boundary(routine, || {
        let request = request.map_err(crate::core::Refusal::invalid_arg)?;
        journal::inputs(journal::text!("{} bytes, tag {}", request.size, journal::Arg::PoolTag(request.tag)));
        Ok(pool::allocate(request).map_or(std::ptr::null_mut(), |a| a as PVOID))
    })
}

// ---- Pool ---------------------------------------------------------------------------------

/// `ExAllocatePool2`: zeroed unless `POOL_FLAG_UNINITIALIZED`; NULL for invalid flags or when
/// the host is out of memory.
#[unsafe(no_mangle)]
pub extern "C" fn ExAllocatePool2(Flags: POOL_FLAGS, NumberOfBytes: SIZE_T, Tag: ULONG) -> PVOID {
    allocate(pool::Request::from_pool2(Flags, NumberOfBytes, Tag), "ExAllocatePool2")
}

/// `ExAllocatePoolWithTag`: uninitialized (filled with 0xCD).
#[unsafe(no_mangle)]
pub extern "C" fn ExAllocatePoolWithTag(PoolType: i32, NumberOfBytes: SIZE_T, Tag: ULONG) -> PVOID {
    allocate(
        pool::Request::from_pool_type("ExAllocatePoolWithTag", PoolType, NumberOfBytes, Tag, false),
        "ExAllocatePoolWithTag",
    )
}

/// `ExAllocatePoolZero`.
#[unsafe(no_mangle)]
pub extern "C" fn ExAllocatePoolZero(PoolType: i32, NumberOfBytes: SIZE_T, Tag: ULONG) -> PVOID {
    allocate(
        pool::Request::from_pool_type("ExAllocatePoolZero", PoolType, NumberOfBytes, Tag, true),
        "ExAllocatePoolZero",
    )
}

/// `ExAllocatePoolUninitialized`.
#[unsafe(no_mangle)]
pub extern "C" fn ExAllocatePoolUninitialized(PoolType: i32, NumberOfBytes: SIZE_T, Tag: ULONG) -> PVOID {
    allocate(
        pool::Request::from_pool_type("ExAllocatePoolUninitialized", PoolType, NumberOfBytes, Tag, false),
        "ExAllocatePoolUninitialized",
    )
}

/// `ExFreePoolWithTag`: a tag other than the block's is reported precisely.
#[unsafe(no_mangle)]
pub extern "C" fn ExFreePoolWithTag(P: PVOID, Tag: ULONG) {
    boundary("ExFreePoolWithTag", || {
        journal::inputs(journal::text!("{:p}, tag {}", P, journal::Arg::PoolTag(Tag)));
        pool::free("ExFreePoolWithTag", P as usize, Some(Tag));
        Ok(())
    })
}

/// `ExFreePool`.
#[unsafe(no_mangle)]
pub extern "C" fn ExFreePool(P: PVOID) {
    boundary("ExFreePool", || {
        journal::inputs(journal::text!("{:p}", P));
        pool::free("ExFreePool", P as usize, None);
        Ok(())
    })
}

// ---- IRQL ---------------------------------------------------------------------------------

/// `KeGetCurrentIrql`.
#[unsafe(no_mangle)]
pub extern "C" fn KeGetCurrentIrql() -> KIRQL {
    quiet("KeGetCurrentIrql", 0, irql::current)
}

/// `KfRaiseIrql` (`KeRaiseIrql`).
#[unsafe(no_mangle)]
pub extern "C" fn KfRaiseIrql(NewIrql: KIRQL) -> KIRQL {
    quiet("KfRaiseIrql", 0, || irql::raise("KeRaiseIrql", NewIrql))
}

/// `KeRaiseIrqlToDpcLevel`.
#[unsafe(no_mangle)]
pub extern "C" fn KeRaiseIrqlToDpcLevel() -> KIRQL {
    quiet("KeRaiseIrqlToDpcLevel", 0, || irql::raise("KeRaiseIrqlToDpcLevel", irql::DISPATCH_LEVEL))
}

/// `KeLowerIrql`.
#[unsafe(no_mangle)]
pub extern "C" fn KeLowerIrql(NewIrql: KIRQL) {
    quiet("KeLowerIrql", (), || irql::lower("KeLowerIrql", NewIrql))
}

/// `PAGED_CODE()`'s check.
///
/// # Safety
/// `Function` and `File` are NULL or NUL-terminated strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimCheckPagedCode(
    Function: *const core::ffi::c_char,
    File: *const core::ffi::c_char,
    Line: ULONG,
) {
    quiet("WddmShimCheckPagedCode", (), || {
        // SAFETY: NUL-terminated strings by the contract above (the macro passes __func__ and __FILE__).
        let text = |p: *const core::ffi::c_char| {
            if p.is_null() {
                String::new()
            } else {
                unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
            }
        };
        irql::check_paged_code(&text(Function), &text(File), Line)
    })
}

/// `NT_ASSERT` / `NT_VERIFY` failures.
///
/// # Safety
/// `Expression` and `File` are NULL or NUL-terminated strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimAssertionFailed(
    Expression: *const core::ffi::c_char,
    File: *const core::ffi::c_char,
    Line: ULONG,
) {
    quiet("WddmShimAssertionFailed", (), || {
        // SAFETY: NUL-terminated strings by the contract above (the macro passes #expr and __FILE__).
        let text = |p: *const core::ffi::c_char| {
            if p.is_null() {
                String::new()
            } else {
                unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
            }
        };
        report::error(
            "NT_ASSERT",
            format!(
                "assertion failed: {} ({}:{Line}) at IRQL {} (STATUS_ASSERTION_FAILURE on Windows)",
                text(Expression),
                text(File),
                irql::current()
            ),
        )
    })
}

/// `DbgPrint` / `DbgPrintEx` (the header formats the text): into the journal.
///
/// # Safety
/// `Text` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn WddmShimDbgPrint(
    ComponentId: ULONG,
    Level: ULONG,
    Text: *const core::ffi::c_char,
) -> ULONG {
    quiet("WddmShimDbgPrint", STATUS_INVALID_PARAMETER as ULONG, || {
        if Text.is_null() {
            return STATUS_INVALID_PARAMETER as ULONG;
        }
        // SAFETY: NUL-terminated by the contract above (the header's vsnprintf buffer).
        let text = unsafe { CStr::from_ptr(Text) }.to_string_lossy();
        let level = match Level {
            0 => "ERROR".to_owned(),
            1 => "WARNING".to_owned(),
            2 => "TRACE".to_owned(),
            3 => "INFO".to_owned(),
            other => format!("level {other:#x}"),
        };
        report::note(
            "DbgPrintEx",
            format!("[component {ComponentId}, {level}] {}", text.trim_end_matches('\n')),
        );
        STATUS_SUCCESS as ULONG
    })
}

// ---- Spin locks ---------------------------------------------------------------------------

/// `KeAcquireSpinLockRaiseToDpc` (`KeAcquireSpinLock`).
///
/// # Safety
/// `SpinLock` is NULL or a live `KSPIN_LOCK`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeAcquireSpinLockRaiseToDpc(SpinLock: *mut usize) -> KIRQL {
    quiet("KeAcquireSpinLock", 0, || {
        // SAFETY: the caller's spin lock, by the contract above.
        match unsafe { word("KeAcquireSpinLock", SpinLock) } {
            Some(lock) => sync::acquire_raise_to_dpc("KeAcquireSpinLock", lock),
            None => irql::current(),
        }
    })
}

/// `KeReleaseSpinLock`.
///
/// # Safety
/// `SpinLock` is NULL or a live `KSPIN_LOCK`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeReleaseSpinLock(SpinLock: *mut usize, NewIrql: KIRQL) {
    quiet("KeReleaseSpinLock", (), || {
        // SAFETY: the caller's spin lock, by the contract above.
        if let Some(lock) = unsafe { word("KeReleaseSpinLock", SpinLock) } {
            sync::release_lower("KeReleaseSpinLock", lock, NewIrql);
        }
    })
}

/// `KeAcquireSpinLockAtDpcLevel`.
///
/// # Safety
/// `SpinLock` is NULL or a live `KSPIN_LOCK`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeAcquireSpinLockAtDpcLevel(SpinLock: *mut usize) {
    quiet("KeAcquireSpinLockAtDpcLevel", (), || {
        sync::check_at_dpc_level("KeAcquireSpinLockAtDpcLevel");
        // SAFETY: the caller's spin lock, by the contract above.
        if let Some(lock) = unsafe { word("KeAcquireSpinLockAtDpcLevel", SpinLock) } {
            sync::spin_acquire("KeAcquireSpinLockAtDpcLevel", lock);
        }
    })
}

/// `KeReleaseSpinLockFromDpcLevel`.
///
/// # Safety
/// `SpinLock` is NULL or a live `KSPIN_LOCK`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeReleaseSpinLockFromDpcLevel(SpinLock: *mut usize) {
    quiet("KeReleaseSpinLockFromDpcLevel", (), || {
        // SAFETY: the caller's spin lock, by the contract above.
        if let Some(lock) = unsafe { word("KeReleaseSpinLockFromDpcLevel", SpinLock) } {
            sync::spin_release("KeReleaseSpinLockFromDpcLevel", lock);
        }
    })
}

/// `KeTryToAcquireSpinLockAtDpcLevel`.
///
/// # Safety
/// `SpinLock` is NULL or a live `KSPIN_LOCK`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeTryToAcquireSpinLockAtDpcLevel(SpinLock: *mut usize) -> BOOLEAN {
    quiet("KeTryToAcquireSpinLockAtDpcLevel", 0, || {
        sync::check_at_dpc_level("KeTryToAcquireSpinLockAtDpcLevel");
        // SAFETY: the caller's spin lock, by the contract above.
        unsafe { word("KeTryToAcquireSpinLockAtDpcLevel", SpinLock) }
            .map_or(0, |l| u8::from(sync::spin_try_acquire(l)))
    })
}

/// `KLOCK_QUEUE_HANDLE` as the library fills it.
#[repr(C)]
pub struct LockQueueHandle {
    next: usize,
    lock: *mut usize,
    old_irql: KIRQL,
}

/// `KeAcquireInStackQueuedSpinLock`.
///
/// # Safety
/// `SpinLock` is NULL or a live `KSPIN_LOCK`; `LockHandle` NULL or a writable `KLOCK_QUEUE_HANDLE`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeAcquireInStackQueuedSpinLock(
    SpinLock: *mut usize,
    LockHandle: *mut LockQueueHandle,
) {
    quiet("KeAcquireInStackQueuedSpinLock", (), || {
        // SAFETY: the caller's lock and handle, by the contract above.
        let (Some(lock), Some(handle)) =
            (unsafe { word("KeAcquireInStackQueuedSpinLock", SpinLock) }, unsafe { LockHandle.as_mut() })
        else {
            report::error("KeAcquireInStackQueuedSpinLock", "NULL SpinLock or LockHandle".into());
            return;
        };
        handle.old_irql = sync::acquire_raise_to_dpc("KeAcquireInStackQueuedSpinLock", lock);
        handle.lock = SpinLock;
        handle.next = 0;
    })
}

/// `KeReleaseInStackQueuedSpinLock`.
///
/// # Safety
/// `LockHandle` is NULL or the handle `KeAcquireInStackQueuedSpinLock` filled.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeReleaseInStackQueuedSpinLock(LockHandle: *mut LockQueueHandle) {
    quiet("KeReleaseInStackQueuedSpinLock", (), || {
        // SAFETY: the caller's handle, by the contract above.
        let Some(handle) = (unsafe { LockHandle.as_mut() }) else {
            report::error("KeReleaseInStackQueuedSpinLock", "NULL LockHandle".into());
            return;
        };
        // SAFETY: the lock the acquire stored, alive while held.
        if let Some(lock) = unsafe { word("KeReleaseInStackQueuedSpinLock", handle.lock) } {
            sync::release_lower("KeReleaseInStackQueuedSpinLock", lock, handle.old_irql);
        }
    })
}

// ---- Events, mutexes, waits ---------------------------------------------------------------

/// `KeInitializeEvent` (`Type`: NotificationEvent 0, SynchronizationEvent 1).
///
/// # Safety
/// `Event` is NULL or a writable `KEVENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeInitializeEvent(Event: PVOID, Type: i32, State: BOOLEAN) {
    quiet("KeInitializeEvent", (), || {
        // SAFETY: the caller's event, by the contract above.
        if let Some(header) = unsafe { object::<DispatcherHeader>("KeInitializeEvent", Event) } {
            if Type != 0 && Type != 1 {
                report::error("KeInitializeEvent", format!("Type {Type} is not an EVENT_TYPE"));
            }
            sync::init_event(header, Type == 1, State != 0);
        }
    })
}

/// `KeSetEvent`: returns the previous state.
///
/// # Safety
/// `Event` is NULL or an initialized `KEVENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeSetEvent(Event: PVOID, _Increment: LONG, _Wait: BOOLEAN) -> LONG {
    quiet("KeSetEvent", 0, || {
        if irql::current() > irql::DISPATCH_LEVEL {
            report::error("KeSetEvent", format!("called at IRQL {}, above DISPATCH_LEVEL", irql::current()));
        }
        // SAFETY: the caller's event, by the contract above.
        unsafe { object::<DispatcherHeader>("KeSetEvent", Event) }.map_or(0, sync::set_event)
    })
}

/// `KeResetEvent`: returns the previous state.
///
/// # Safety
/// `Event` is NULL or an initialized `KEVENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeResetEvent(Event: PVOID) -> LONG {
    // SAFETY: the caller's event, by the contract above.
    quiet("KeResetEvent", 0, || {
        unsafe { object::<DispatcherHeader>("KeResetEvent", Event) }.map_or(0, sync::reset_event)
    })
}

/// `KeClearEvent`.
///
/// # Safety
/// `Event` is NULL or an initialized `KEVENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeClearEvent(Event: PVOID) {
    // SAFETY: the caller's event, by the contract above.
    quiet("KeClearEvent", (), || {
        if let Some(header) = unsafe { object::<DispatcherHeader>("KeClearEvent", Event) } {
            sync::reset_event(header);
        }
    })
}

/// `KeReadStateEvent`.
///
/// # Safety
/// `Event` is NULL or an initialized `KEVENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeReadStateEvent(Event: PVOID) -> LONG {
    quiet("KeReadStateEvent", 0, || {
        // SAFETY: the caller's event, by the contract above.
        unsafe { object::<DispatcherHeader>("KeReadStateEvent", Event) }
            .map_or(0, |h| h.signal_state.load(Ordering::Acquire))
    })
}

/// `KeInitializeMutex`.
///
/// # Safety
/// `Mutex` is NULL or a writable `KMUTEX`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeInitializeMutex(Mutex: PVOID, _Level: ULONG) {
    // SAFETY: the caller's mutex, by the contract above.
    quiet("KeInitializeMutex", (), || {
        if let Some(m) = unsafe { object::<Mutant>("KeInitializeMutex", Mutex) } {
            sync::init_mutex(m)
        }
    })
}

/// `KeReleaseMutex`: returns the previous state.
///
/// # Safety
/// `Mutex` is NULL or an initialized `KMUTEX`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeReleaseMutex(Mutex: PVOID, _Wait: BOOLEAN) -> LONG {
    quiet("KeReleaseMutex", 0, || {
        // SAFETY: the caller's mutex, by the contract above.
        unsafe { object::<Mutant>("KeReleaseMutex", Mutex) }
            .map_or(0, |m| sync::release_mutex("KeReleaseMutex", m))
    })
}

/// Borrows a caller's dispatcher object for a wait: its header, and the `KMUTANT` when it is a
/// mutex. NULL or a header whose `Type` is no waitable object is reported and gives `None`.
///
/// # Safety
/// `ptr` is NULL or an initialized dispatcher object the driver keeps alive for the wait.
unsafe fn waitable<'a>(entry: &'static str, ptr: PVOID) -> Option<sync::Waitable<'a>> {
    // SAFETY: the caller's object, by the contract above.
    let header = unsafe { object::<DispatcherHeader>(entry, ptr) }?;
    let object_type = header.object_type.load(Ordering::Relaxed);
    if !sync::is_waitable_type(object_type) {
        report::error(
            entry,
            format!("{ptr:p} is not an initialized dispatcher object (Header.Type {object_type})"),
        );
        return None;
    }
    let mutant = (object_type == sync::MUTANT_OBJECT)
        // SAFETY: a mutant's header is the start of its KMUTEX.
        .then(|| unsafe { &*(ptr as *const Mutant) });
    Some(sync::Waitable { header, mutant })
}

/// `KeWaitForSingleObject` on an event, a mutex, a semaphore, a timer or a thread object:
/// STATUS_SUCCESS or STATUS_TIMEOUT.
///
/// # Safety
/// `Object` is NULL or an initialized dispatcher object; `Timeout` NULL or readable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeWaitForSingleObject(
    Object: PVOID,
    _WaitReason: i32,
    _WaitMode: i8,
    _Alertable: BOOLEAN,
    Timeout: *const LARGE_INTEGER,
) -> NTSTATUS {
    quiet("KeWaitForSingleObject", STATUS_INVALID_PARAMETER, || {
        // SAFETY: the caller's object, by the contract above.
        let Some(object) = (unsafe { waitable("KeWaitForSingleObject", Object) }) else {
            return STATUS_INVALID_PARAMETER;
        };
        // SAFETY: readable when non-NULL by the contract above; every bit pattern is a valid
        // LARGE_INTEGER, so reading QuadPart is sound.
        let timeout = unsafe { Timeout.as_ref() }.map(|t| unsafe { t.QuadPart });
        sync::wait_many("KeWaitForSingleObject", &[object], false, timeout)
    })
}

/// `WaitAll` in `WAIT_TYPE`.
const WAIT_ALL: i32 = 0;
/// `WaitAny` in `WAIT_TYPE`.
const WAIT_ANY: i32 = 1;

/// `KeWaitForMultipleObjects`: STATUS_WAIT_0 + index (WaitAny), STATUS_WAIT_0 (WaitAll, every
/// object taken at once) or STATUS_TIMEOUT. Where Windows bug-checks (MAXIMUM_WAIT_OBJECTS_EXCEEDED:
/// more than MAXIMUM_WAIT_OBJECTS objects, or more than THREAD_WAIT_OBJECTS without a
/// WaitBlockArray) and for a WaitType other than WaitAll / WaitAny, the call is reported and
/// returns STATUS_INVALID_PARAMETER without waiting. `WaitBlockArray` is the caller's scratch
/// space on Windows; the library does not need it and leaves it alone.
///
/// # Safety
/// `Object` is NULL or `Count` readable pointers to initialized dispatcher objects; `Timeout`
/// NULL or readable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeWaitForMultipleObjects(
    Count: ULONG,
    Object: *const PVOID,
    WaitType: i32,
    _WaitReason: i32,
    _WaitMode: i8,
    _Alertable: BOOLEAN,
    Timeout: *const LARGE_INTEGER,
    WaitBlockArray: PVOID,
) -> NTSTATUS {
    const ROUTINE: &str = "KeWaitForMultipleObjects";
    quiet(ROUTINE, STATUS_INVALID_PARAMETER, || {
        let count = Count as usize;
        if count > sync::MAXIMUM_WAIT_OBJECTS {
            report::error(
                ROUTINE,
                format!(
                    "Count {count} is above MAXIMUM_WAIT_OBJECTS ({}) (MAXIMUM_WAIT_OBJECTS_EXCEEDED 0xC on Windows)",
                    sync::MAXIMUM_WAIT_OBJECTS
                ),
            );
            return STATUS_INVALID_PARAMETER;
        }
        if count > sync::THREAD_WAIT_OBJECTS && WaitBlockArray.is_null() {
            report::error(
                ROUTINE,
                format!(
                    "Count {count} is above THREAD_WAIT_OBJECTS ({}) and WaitBlockArray is NULL (MAXIMUM_WAIT_OBJECTS_EXCEEDED 0xC on Windows)",
                    sync::THREAD_WAIT_OBJECTS
                ),
            );
            return STATUS_INVALID_PARAMETER;
        }
        if WaitType != WAIT_ALL && WaitType != WAIT_ANY {
            report::error(ROUTINE, format!("WaitType {WaitType} is neither WaitAll (0) nor WaitAny (1)"));
            return STATUS_INVALID_PARAMETER;
        }
        if count == 0 || Object.is_null() {
            report::error(ROUTINE, format!("Count {count} with Object {Object:p}: nothing to wait on"));
            return STATUS_INVALID_PARAMETER;
        }
        // SAFETY: `count` readable pointers, by the contract above.
        let pointers = unsafe { std::slice::from_raw_parts(Object, count) };
        let mut objects = Vec::with_capacity(count);
        for &pointer in pointers {
            // SAFETY: each an initialized dispatcher object, by the contract above.
            match unsafe { waitable(ROUTINE, pointer) } {
                Some(object) => objects.push(object),
                None => return STATUS_INVALID_PARAMETER,
            }
        }
        // SAFETY: readable when non-NULL by the contract above; every bit pattern is a valid
        // LARGE_INTEGER, so reading QuadPart is sound.
        let timeout = unsafe { Timeout.as_ref() }.map(|t| unsafe { t.QuadPart });
        sync::wait_many(ROUTINE, &objects, WaitType == WAIT_ALL, timeout)
    })
}

// ---- Semaphores ---------------------------------------------------------------------------

/// `KeInitializeSemaphore`.
///
/// # Safety
/// `Semaphore` is NULL or a writable `KSEMAPHORE`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeInitializeSemaphore(Semaphore: PVOID, Count: LONG, Limit: LONG) {
    quiet("KeInitializeSemaphore", (), || {
        // SAFETY: the caller's semaphore, by the contract above.
        if let Some(s) = unsafe { object::<sync::Semaphore>("KeInitializeSemaphore", Semaphore) } {
            sync::init_semaphore("KeInitializeSemaphore", s, Count, Limit);
        }
    })
}

/// `KeReleaseSemaphore`: returns the previous count; passing the limit is reported
/// (STATUS_SEMAPHORE_LIMIT_EXCEEDED is raised on Windows) and changes nothing.
///
/// # Safety
/// `Semaphore` is NULL or an initialized `KSEMAPHORE`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeReleaseSemaphore(
    Semaphore: PVOID,
    _Increment: LONG,
    Adjustment: LONG,
    _Wait: BOOLEAN,
) -> LONG {
    quiet("KeReleaseSemaphore", 0, || {
        if irql::current() > irql::DISPATCH_LEVEL {
            report::error(
                "KeReleaseSemaphore",
                format!("called at IRQL {}, above DISPATCH_LEVEL", irql::current()),
            );
        }
        // SAFETY: the caller's semaphore, by the contract above.
        unsafe { object::<sync::Semaphore>("KeReleaseSemaphore", Semaphore) }
            .map_or(0, |s| sync::release_semaphore("KeReleaseSemaphore", s, Adjustment))
    })
}

/// `KeReadStateSemaphore`: the count.
///
/// # Safety
/// `Semaphore` is NULL or an initialized `KSEMAPHORE`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeReadStateSemaphore(Semaphore: PVOID) -> LONG {
    quiet("KeReadStateSemaphore", 0, || {
        // SAFETY: the caller's semaphore, by the contract above.
        unsafe { object::<sync::Semaphore>("KeReadStateSemaphore", Semaphore) }
            .map_or(0, |s| s.header.signal_state.load(Ordering::Acquire))
    })
}

// ---- Timers -------------------------------------------------------------------------------

/// `KeInitializeTimer`: a notification timer.
///
/// # Safety
/// `Timer` is NULL or a writable `KTIMER`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeInitializeTimer(Timer: PVOID) {
    quiet("KeInitializeTimer", (), || {
        // SAFETY: the caller's timer, by the contract above.
        if let Some(t) = unsafe { object::<timer::Timer>("KeInitializeTimer", Timer) } {
            timer::init("KeInitializeTimer", t, false);
        }
    })
}

/// `KeInitializeTimerEx` (`Type`: NotificationTimer 0, SynchronizationTimer 1).
///
/// # Safety
/// `Timer` is NULL or a writable `KTIMER`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeInitializeTimerEx(Timer: PVOID, Type: i32) {
    quiet("KeInitializeTimerEx", (), || {
        // SAFETY: the caller's timer, by the contract above.
        if let Some(t) = unsafe { object::<timer::Timer>("KeInitializeTimerEx", Timer) } {
            if Type != 0 && Type != 1 {
                report::error("KeInitializeTimerEx", format!("Type {Type} is not a TIMER_TYPE"));
            }
            timer::init("KeInitializeTimerEx", t, Type == 1);
        }
    })
}

/// `KeSetTimerEx`: TRUE when the timer was already set (it is then reset to the new time).
///
/// # Safety
/// `Timer` is NULL or an initialized `KTIMER`; `Dpc` NULL or an initialized `KDPC`; both stay
/// alive until the timer expires (one-shot) or is cancelled.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeSetTimerEx(
    Timer: PVOID,
    DueTime: LARGE_INTEGER,
    Period: LONG,
    Dpc: PVOID,
) -> BOOLEAN {
    quiet("KeSetTimerEx", 0, || {
        // SAFETY: the caller's timer, by the contract above.
        let Some(t) = (unsafe { object::<timer::Timer>("KeSetTimerEx", Timer) }) else { return 0 };
        // SAFETY: every bit pattern is a valid LARGE_INTEGER.
        let due = unsafe { DueTime.QuadPart };
        u8::from(timer::set("KeSetTimerEx", t, due, Period, Dpc as usize))
    })
}

/// `KeSetTimer`: `KeSetTimerEx` without a period.
///
/// # Safety
/// As `KeSetTimerEx`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeSetTimer(Timer: PVOID, DueTime: LARGE_INTEGER, Dpc: PVOID) -> BOOLEAN {
    quiet("KeSetTimer", 0, || {
        // SAFETY: the caller's timer, by the contract above.
        let Some(t) = (unsafe { object::<timer::Timer>("KeSetTimer", Timer) }) else { return 0 };
        // SAFETY: every bit pattern is a valid LARGE_INTEGER.
        let due = unsafe { DueTime.QuadPart };
        u8::from(timer::set("KeSetTimer", t, due, 0, Dpc as usize))
    })
}

/// `KeCancelTimer`: TRUE when the timer was set; the library no longer touches it afterwards.
///
/// # Safety
/// `Timer` is NULL or an initialized `KTIMER`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeCancelTimer(Timer: PVOID) -> BOOLEAN {
    quiet("KeCancelTimer", 0, || {
        // SAFETY: the caller's timer, by the contract above.
        unsafe { object::<timer::Timer>("KeCancelTimer", Timer) }.map_or(0, |t| u8::from(timer::cancel(t)))
    })
}

/// `KeReadStateTimer`: TRUE once the timer expired (until it is set again or, for a
/// synchronization timer, a wait takes it).
///
/// # Safety
/// `Timer` is NULL or an initialized `KTIMER`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeReadStateTimer(Timer: PVOID) -> BOOLEAN {
    quiet("KeReadStateTimer", 0, || {
        // SAFETY: the caller's timer, by the contract above.
        unsafe { object::<timer::Timer>("KeReadStateTimer", Timer) }
            .map_or(0, |t| u8::from(timer::read_state(t)))
    })
}

/// `KeDelayExecutionThread`: sleeps for a relative (negative) or until an absolute interval.
///
/// # Safety
/// `Interval` is NULL (refused) or readable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeDelayExecutionThread(
    _WaitMode: i8,
    _Alertable: BOOLEAN,
    Interval: *const LARGE_INTEGER,
) -> NTSTATUS {
    quiet("KeDelayExecutionThread", STATUS_INVALID_PARAMETER, || {
        // SAFETY: readable when non-NULL by the contract above.
        let Some(interval) = (unsafe { Interval.as_ref() }).map(|t| unsafe { t.QuadPart }) else {
            return STATUS_INVALID_PARAMETER;
        };
        if irql::current() > irql::APC_LEVEL {
            report::error(
                "KeDelayExecutionThread",
                format!("called at IRQL {}; the limit is APC_LEVEL", irql::current()),
            );
        }
        if let Some(until) = sync::deadline(Some(interval)) {
            std::thread::sleep(until.saturating_duration_since(std::time::Instant::now()));
        }
        STATUS_SUCCESS
    })
}

/// `ExInitializeFastMutex`.
///
/// # Safety
/// `FastMutex` is NULL or a writable `FAST_MUTEX`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ExInitializeFastMutex(FastMutex: PVOID) {
    // SAFETY: the caller's mutex, by the contract above.
    quiet("ExInitializeFastMutex", (), || {
        if let Some(m) = unsafe { object::<FastMutex>("ExInitializeFastMutex", FastMutex) } {
            sync::init_fast_mutex(m)
        }
    })
}

/// `ExAcquireFastMutex`.
///
/// # Safety
/// `FastMutex` is NULL or an initialized `FAST_MUTEX`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ExAcquireFastMutex(FastMutex: PVOID) {
    // SAFETY: the caller's mutex, by the contract above.
    quiet("ExAcquireFastMutex", (), || {
        if let Some(m) = unsafe { object::<FastMutex>("ExAcquireFastMutex", FastMutex) } {
            sync::acquire_fast_mutex("ExAcquireFastMutex", m, false);
        }
    })
}

/// `ExTryToAcquireFastMutex`.
///
/// # Safety
/// `FastMutex` is NULL or an initialized `FAST_MUTEX`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ExTryToAcquireFastMutex(FastMutex: PVOID) -> BOOLEAN {
    quiet("ExTryToAcquireFastMutex", 0, || {
        // SAFETY: the caller's mutex, by the contract above.
        unsafe { object::<FastMutex>("ExTryToAcquireFastMutex", FastMutex) }
            .map_or(0, |m| u8::from(sync::acquire_fast_mutex("ExTryToAcquireFastMutex", m, true)))
    })
}

/// `ExReleaseFastMutex`.
///
/// # Safety
/// `FastMutex` is NULL or an initialized `FAST_MUTEX`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ExReleaseFastMutex(FastMutex: PVOID) {
    // SAFETY: the caller's mutex, by the contract above.
    quiet("ExReleaseFastMutex", (), || {
        if let Some(m) = unsafe { object::<FastMutex>("ExReleaseFastMutex", FastMutex) } {
            sync::release_fast_mutex("ExReleaseFastMutex", m)
        }
    })
}

// ---- DPCs ---------------------------------------------------------------------------------

/// `KeInitializeDpc`.
///
/// # Safety
/// `Dpc` is NULL or a writable `KDPC`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeInitializeDpc(
    Dpc: PVOID,
    DeferredRoutine: Option<dpc::DeferredRoutine>,
    DeferredContext: PVOID,
) {
    quiet("KeInitializeDpc", (), || {
        // SAFETY: the caller's DPC, by the contract above.
        if let Some(d) = unsafe { object::<dpc::Dpc>("KeInitializeDpc", Dpc) } {
            if DeferredRoutine.is_none() {
                report::error("KeInitializeDpc", "DeferredRoutine is NULL".into());
            }
            dpc::init(d, DeferredRoutine.map_or(0, |r| r as usize), DeferredContext as usize);
        }
    })
}

/// `KeInsertQueueDpc`: FALSE when already queued.
///
/// # Safety
/// `Dpc` is NULL or an initialized `KDPC` that stays alive until its routine ran.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeInsertQueueDpc(
    Dpc: PVOID,
    SystemArgument1: PVOID,
    SystemArgument2: PVOID,
) -> BOOLEAN {
    quiet("KeInsertQueueDpc", 0, || {
        // SAFETY: the caller's DPC, by the contract above.
        unsafe { object::<dpc::Dpc>("KeInsertQueueDpc", Dpc) }
            .map_or(0, |d| u8::from(dpc::insert(d, SystemArgument1 as usize, SystemArgument2 as usize)))
    })
}

/// `KeRemoveQueueDpc`.
///
/// # Safety
/// `Dpc` is NULL or an initialized `KDPC`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeRemoveQueueDpc(Dpc: PVOID) -> BOOLEAN {
    // SAFETY: the caller's DPC, by the contract above.
    quiet("KeRemoveQueueDpc", 0, || {
        unsafe { object::<dpc::Dpc>("KeRemoveQueueDpc", Dpc) }.map_or(0, |d| u8::from(dpc::remove(d)))
    })
}

/// `KeFlushQueuedDpcs`.
#[unsafe(no_mangle)]
pub extern "C" fn KeFlushQueuedDpcs() {
    quiet("KeFlushQueuedDpcs", (), dpc::flush)
}

// ---- System threads and handles -----------------------------------------------------------

/// A system thread's start: the driver's routine and context, and its thread object.
struct Start {
    routine: unsafe extern "C" fn(PVOID),
    context: usize,
    object: usize,
}

extern "C-unwind" fn system_thread(argument: *mut core::ffi::c_void) -> *mut core::ffi::c_void {
    // SAFETY: PsCreateSystemThread passed a Box<Start> it gave up. The box is freed at the end of
    // this statement, before the driver's routine runs (which may end the thread).
    let Start { routine, context, object } = *unsafe { Box::from_raw(argument as *mut Start) };
    thread::enter(object);
    // SAFETY: the driver's KSTART_ROUTINE with its own context, at PASSIVE_LEVEL. If it calls
    // PsTerminateSystemThread the thread ends there (pthread_exit); no frame of ours between
    // here and there has anything to drop.
    unsafe { routine(context as PVOID) };
    thread::finished(object, STATUS_SUCCESS);
    std::ptr::null_mut()
}

/// `PsCreateSystemThread`: starts the driver's routine on a new thread and returns a handle to
/// its thread object (close it with `ZwClose`).
///
/// # Safety
/// `ThreadHandle` is NULL (refused) or writable; `ClientId` NULL or writable; `StartRoutine` a
/// valid `KSTART_ROUTINE`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn PsCreateSystemThread(
    ThreadHandle: *mut HANDLE,
    _DesiredAccess: ULONG,
    _ObjectAttributes: PVOID,
    _ProcessHandle: HANDLE,
    ClientId: *mut [usize; 2],
    StartRoutine: Option<unsafe extern "C" fn(PVOID)>,
    StartContext: PVOID,
) -> NTSTATUS {
    boundary("PsCreateSystemThread", || {
        let (Some(routine), false) = (StartRoutine, ThreadHandle.is_null()) else {
            return Ok(NtStatus(STATUS_INVALID_PARAMETER));
        };
        if irql::current() != irql::PASSIVE_LEVEL {
            report::error(
                "PsCreateSystemThread",
                format!("called at IRQL {}; it needs PASSIVE_LEVEL", irql::current()),
            );
        }
        let object = thread::create_object();
        let start = Box::into_raw(Box::new(Start { routine, context: StartContext as usize, object }));
        let mut id: libc::pthread_t = 0;
        // SAFETY: `system_thread` takes ownership of `start`; a thread with default attributes.
        let created = unsafe {
            libc::pthread_create(
                &mut id,
                std::ptr::null(),
                std::mem::transmute::<
                    extern "C-unwind" fn(*mut libc::c_void) -> *mut libc::c_void,
                    extern "C" fn(*mut libc::c_void) -> *mut libc::c_void,
                >(system_thread),
                start as *mut libc::c_void,
            )
        };
        if created != 0 {
            // SAFETY: the thread was not created, so `start` is still ours.
            drop(unsafe { Box::from_raw(start) });
            thread::release(object);
            thread::release(object);
            return Ok(NtStatus(STATUS_INSUFFICIENT_RESOURCES));
        }
        // SAFETY: a started thread we never join (a system thread ends on its own).
        unsafe { libc::pthread_detach(id) };
        // SAFETY: the caller's out-parameters, checked non-NULL / NULL above.
        unsafe {
            *ThreadHandle = object as HANDLE;
            if let Some(client) = ClientId.as_mut() {
                *client = [std::process::id() as usize, object];
            }
        }
        Ok(NtStatus(STATUS_SUCCESS))
    })
    .0
}

/// `PsTerminateSystemThread`: ends the calling system thread; STATUS_INVALID_PARAMETER when the
/// caller is not one.
#[unsafe(no_mangle)]
pub extern "C-unwind" fn PsTerminateSystemThread(ExitStatus: NTSTATUS) -> NTSTATUS {
    let object = thread::current();
    let status = boundary("PsTerminateSystemThread", || {
        if object == 0 {
            return Ok(NtStatus(STATUS_INVALID_PARAMETER));
        }
        thread::finished(object, ExitStatus);
        Ok(NtStatus(STATUS_SUCCESS))
    });
    if status.0 == STATUS_SUCCESS {
        // SAFETY: the calling thread is a system thread started by `system_thread`; the frames
        // between here and its start hold nothing to drop, so ending the thread is sound.
        unsafe { libc::pthread_exit(std::ptr::null_mut()) };
    }
    status.0
}

/// `ObReferenceObjectByHandle` for a thread handle.
///
/// # Safety
/// `Object` is NULL (refused) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ObReferenceObjectByHandle(
    Handle: HANDLE,
    _DesiredAccess: ULONG,
    _ObjectType: PVOID,
    _AccessMode: i8,
    Object: *mut PVOID,
    _HandleInformation: PVOID,
) -> NTSTATUS {
    boundary("ObReferenceObjectByHandle", || {
        if Object.is_null() {
            return Ok(NtStatus(STATUS_INVALID_PARAMETER));
        }
        if !thread::add_reference(Handle as usize) {
            return Ok(NtStatus(STATUS_INVALID_HANDLE));
        }
        // SAFETY: checked non-NULL; writable by the contract above.
        unsafe { *Object = Handle };
        Ok(NtStatus(STATUS_SUCCESS))
    })
    .0
}

/// `ObfDereferenceObject` (`ObDereferenceObject`).
#[unsafe(no_mangle)]
pub extern "C" fn ObfDereferenceObject(Object: PVOID) -> isize {
    quiet("ObDereferenceObject", 0, || {
        if !thread::release(Object as usize) {
            report::error("ObDereferenceObject", format!("{Object:p} is not a referenced object"));
        }
        0
    })
}

/// `ZwClose`: closes a thread handle; STATUS_INVALID_HANDLE for anything else.
#[unsafe(no_mangle)]
pub extern "C" fn ZwClose(Handle: HANDLE) -> NTSTATUS {
    boundary("ZwClose", || {
        journal::inputs(journal::text!("{:p}", Handle));
        Ok(NtStatus(if thread::release(Handle as usize) { STATUS_SUCCESS } else { STATUS_INVALID_HANDLE }))
    })
    .0
}

/// `PsGetCurrentThreadId`.
#[unsafe(no_mangle)]
pub extern "C" fn PsGetCurrentThreadId() -> HANDLE {
    quiet("PsGetCurrentThreadId", std::ptr::null_mut(), || sync::thread_token() as HANDLE)
}

// ---- Time ---------------------------------------------------------------------------------

/// `KeQuerySystemTime`.
///
/// # Safety
/// `CurrentTime` is NULL (ignored) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeQuerySystemTime(CurrentTime: *mut LARGE_INTEGER) {
    quiet("KeQuerySystemTime", (), || {
        // SAFETY: writable when non-NULL by the contract above.
        if let Some(out) = unsafe { CurrentTime.as_mut() } {
            out.QuadPart = time::system_time_100ns();
        }
    })
}

/// `KeQuerySystemTimePrecise`.
///
/// # Safety
/// `CurrentTime` is NULL (ignored) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeQuerySystemTimePrecise(CurrentTime: *mut LARGE_INTEGER) {
    // SAFETY: same contract as KeQuerySystemTime.
    unsafe { KeQuerySystemTime(CurrentTime) }
}

/// `KeQueryInterruptTime`.
#[unsafe(no_mangle)]
pub extern "C" fn KeQueryInterruptTime() -> u64 {
    quiet("KeQueryInterruptTime", 0, time::interrupt_time_100ns)
}

/// `KeQueryPerformanceCounter`: 10 MHz.
///
/// # Safety
/// `PerformanceFrequency` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn KeQueryPerformanceCounter(
    PerformanceFrequency: *mut LARGE_INTEGER,
) -> LARGE_INTEGER {
    quiet("KeQueryPerformanceCounter", LARGE_INTEGER { QuadPart: 0 }, || {
        // SAFETY: writable when non-NULL by the contract above.
        if let Some(out) = unsafe { PerformanceFrequency.as_mut() } {
            out.QuadPart = time::PERFORMANCE_FREQUENCY;
        }
        LARGE_INTEGER { QuadPart: time::interrupt_time_100ns() as i64 }
    })
}

/// `KeStallExecutionProcessor`.
#[unsafe(no_mangle)]
pub extern "C" fn KeStallExecutionProcessor(MicroSeconds: ULONG) {
    quiet("KeStallExecutionProcessor", (), || time::stall(MicroSeconds))
}

/// `KeGetCurrentProcessorNumber`.
#[unsafe(no_mangle)]
pub extern "C" fn KeGetCurrentProcessorNumber() -> ULONG {
    // SAFETY: sched_getcpu has no preconditions.
    quiet("KeGetCurrentProcessorNumber", 0, || unsafe { libc::sched_getcpu() }.max(0) as ULONG)
}

// ---- MDLs ---------------------------------------------------------------------------------

/// `IoAllocateMdl`: an MDL describing the driver's own memory.
#[unsafe(no_mangle)]
pub extern "C" fn IoAllocateMdl(
    VirtualAddress: PVOID,
    Length: ULONG,
    _SecondaryBuffer: BOOLEAN,
    _ChargeQuota: BOOLEAN,
    Irp: PVOID,
) -> PVOID {
    boundary("IoAllocateMdl", || {
        journal::inputs(journal::text!("{:p}, {} bytes", VirtualAddress, Length));
        if !Irp.is_null() {
            report::note("IoAllocateMdl", "Irp is ignored: there are no IRPs here".into());
        }
        Ok(mdl::allocate(VirtualAddress as usize, Length).map_or(std::ptr::null_mut(), |m| m as PVOID))
    })
}

/// `IoFreeMdl`.
#[unsafe(no_mangle)]
pub extern "C" fn IoFreeMdl(Mdl: PVOID) {
    boundary("IoFreeMdl", || {
        if !mdl::free(Mdl as usize) {
            report::error(
                "IoFreeMdl",
                format!("{Mdl:p} is not an MDL from IoAllocateMdl (or was freed already)"),
            );
        }
        Ok(())
    })
}

/// `MmBuildMdlForNonPagedPool`.
#[unsafe(no_mangle)]
pub extern "C" fn MmBuildMdlForNonPagedPool(MemoryDescriptorList: PVOID) {
    quiet("MmBuildMdlForNonPagedPool", (), || {
        if !mdl::is_live(MemoryDescriptorList as usize) {
            report::error(
                "MmBuildMdlForNonPagedPool",
                format!("{MemoryDescriptorList:p} is not an MDL from IoAllocateMdl"),
            );
            return;
        }
        // SAFETY: a live MDL from IoAllocateMdl, followed by its page array of span_pages entries.
        let header = unsafe { &mut *(MemoryDescriptorList as *mut mdl::Mdl) };
        let pages = mdl::span_pages(header.start_va + header.byte_offset as usize, header.byte_count);
        // SAFETY: the page array follows the MDL in the same allocation (see mdl::allocate).
        let array = unsafe {
            std::slice::from_raw_parts_mut(
                (MemoryDescriptorList as *mut mdl::Mdl).add(1) as *mut usize,
                pages,
            )
        };
        mdl::build_for_nonpaged_pool(header, array);
    })
}

/// `MmMapLockedPagesSpecifyCache`: the memory is the driver's own and already mapped; its
/// address is returned.
#[unsafe(no_mangle)]
pub extern "C" fn MmMapLockedPagesSpecifyCache(
    MemoryDescriptorList: PVOID,
    _AccessMode: i8,
    _CacheType: i32,
    _RequestedAddress: PVOID,
    _BugCheckOnFailure: ULONG,
    _Priority: ULONG,
) -> PVOID {
    quiet("MmMapLockedPagesSpecifyCache", std::ptr::null_mut(), || {
        if !mdl::is_live(MemoryDescriptorList as usize) {
            report::error(
                "MmMapLockedPagesSpecifyCache",
                format!("{MemoryDescriptorList:p} is not an MDL from IoAllocateMdl"),
            );
            return std::ptr::null_mut();
        }
        // SAFETY: a live MDL from IoAllocateMdl.
        let header = unsafe { &mut *(MemoryDescriptorList as *mut mdl::Mdl) };
        header.mapped_system_va = header.start_va + header.byte_offset as usize;
        header.flags |= mdl::MDL_MAPPED_TO_SYSTEM_VA;
        header.mapped_system_va as PVOID
    })
}

/// `MmUnmapLockedPages`.
#[unsafe(no_mangle)]
pub extern "C" fn MmUnmapLockedPages(_BaseAddress: PVOID, MemoryDescriptorList: PVOID) {
    quiet("MmUnmapLockedPages", (), || {
        if mdl::is_live(MemoryDescriptorList as usize) {
            // SAFETY: a live MDL from IoAllocateMdl.
            let header = unsafe { &mut *(MemoryDescriptorList as *mut mdl::Mdl) };
            header.flags &= !mdl::MDL_MAPPED_TO_SYSTEM_VA;
        }
    })
}

// ---- What a test host does not have -------------------------------------------------------

/// `ZwOpenKey`: there is no registry; every key is absent.
///
/// # Safety
/// `KeyHandle` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ZwOpenKey(
    KeyHandle: *mut HANDLE,
    _DesiredAccess: ULONG,
    _ObjectAttributes: PVOID,
) -> NTSTATUS {
    boundary("ZwOpenKey", || {
        // SAFETY: writable when non-NULL by the contract above.
        if let Some(out) = unsafe { KeyHandle.as_mut() } {
            *out = std::ptr::null_mut();
        }
        report::note(
            "ZwOpenKey",
            "no registry on this host: the key is absent (STATUS_OBJECT_NAME_NOT_FOUND)".into(),
        );
        Ok(NtStatus(STATUS_OBJECT_NAME_NOT_FOUND))
    })
    .0
}

/// `ZwQueryValueKey`: no key can be open, so every handle is invalid.
#[unsafe(no_mangle)]
pub extern "C" fn ZwQueryValueKey(
    _KeyHandle: HANDLE,
    _ValueName: PVOID,
    _Class: i32,
    _Information: PVOID,
    _Length: ULONG,
    _ResultLength: *mut ULONG,
) -> NTSTATUS {
    boundary("ZwQueryValueKey", || {
        report::note(
            "ZwQueryValueKey",
            "no registry on this host: no key handle is valid (STATUS_INVALID_HANDLE)".into(),
        );
        Ok(NtStatus(STATUS_INVALID_HANDLE))
    })
    .0
}

/// `IoOpenDeviceRegistryKey`: there is no registry; the device's key is absent.
///
/// # Safety
/// `DeviceRegKey` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn IoOpenDeviceRegistryKey(
    _DeviceObject: PVOID,
    _DevInstKeyType: ULONG,
    _DesiredAccess: ULONG,
    DeviceRegKey: *mut HANDLE,
) -> NTSTATUS {
    boundary("IoOpenDeviceRegistryKey", || {
        // SAFETY: writable when non-NULL by the contract above.
        if let Some(out) = unsafe { DeviceRegKey.as_mut() } {
            *out = std::ptr::null_mut();
        }
        report::note(
            "IoOpenDeviceRegistryKey",
            "no registry on this host: the device key is absent (STATUS_OBJECT_NAME_NOT_FOUND)".into(),
        );
        Ok(NtStatus(STATUS_OBJECT_NAME_NOT_FOUND))
    })
    .0
}

const _: NTSTATUS = STATUS_OBJECT_TYPE_MISMATCH;
