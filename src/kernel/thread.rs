//! System threads: `PsCreateSystemThread` starts a host thread at PASSIVE_LEVEL running the
//! driver's start routine; its handle names a thread object (a `DISPATCHER_HEADER` of type
//! ThreadObject) that `KeWaitForSingleObject` waits on (signalled when the thread ends) and
//! that lives while a handle or a reference (`ObReferenceObjectByHandle`) holds it.

use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::Ordering;

use parking_lot::Mutex;

use super::sync::{self, DispatcherHeader, THREAD_OBJECT};

/// A thread object: its header first, so a pointer to it is a waitable object.
#[repr(C)]
pub struct ThreadObject {
    /// The waitable part.
    pub header: DispatcherHeader,
    /// `PsTerminateSystemThread`'s status.
    pub exit_status: std::sync::atomic::AtomicI32,
}

/// Live thread objects: address -> references (the handle, the thread itself, each
/// `ObReferenceObjectByHandle`).
static OBJECTS: LazyLock<Mutex<HashMap<usize, usize>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

thread_local! {
    static CURRENT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Creates a thread object with two references (the handle and the running thread).
pub fn create_object() -> usize {
    // SAFETY: all-zero is a valid value for every atomic.
    let object: Box<ThreadObject> = Box::new(unsafe { std::mem::zeroed() });
    sync::init_event(&object.header, false, false);
    object.header.object_type.store(THREAD_OBJECT, Ordering::Relaxed);
    let address = Box::into_raw(object) as usize;
    OBJECTS.lock().insert(address, 2);
    address
}

/// Marks the calling thread as the system thread of `object`.
pub fn enter(object: usize) {
    CURRENT.with(|c| c.set(object));
}

/// The calling system thread's object (0: not a system thread).
pub fn current() -> usize {
    CURRENT.with(|c| c.get())
}

/// The thread of `object` ended: signalled, and the thread's reference dropped.
pub fn finished(object: usize, status: i32) {
    if let Some(thread) = lookup(object) {
        thread.exit_status.store(status, Ordering::Relaxed);
        sync::signal(|| thread.header.signal_state.store(1, Ordering::Release));
    }
    CURRENT.with(|c| c.set(0));
    release(object);
}

fn lookup(object: usize) -> Option<&'static ThreadObject> {
    // SAFETY: a registered object stays allocated while it has references; the caller holds one.
    OBJECTS.lock().contains_key(&object).then(|| unsafe { &*(object as *const ThreadObject) })
}

/// Whether `object` is a live thread object.
pub fn is_object(object: usize) -> bool {
    OBJECTS.lock().contains_key(&object)
}

/// Adds a reference (`ObReferenceObjectByHandle`); false for an unknown handle.
pub fn add_reference(object: usize) -> bool {
    match OBJECTS.lock().get_mut(&object) {
        Some(count) => {
            *count += 1;
            true
        }
        None => false,
    }
}

/// Drops a reference (`ZwClose`, `ObDereferenceObject`); false for an unknown object. The object
/// is freed with its last reference.
pub fn release(object: usize) -> bool {
    let mut objects = OBJECTS.lock();
    let Some(count) = objects.get_mut(&object) else { return false };
    *count -= 1;
    if *count == 0 {
        objects.remove(&object);
        // SAFETY: created by Box::into_raw in create_object; its last reference is gone.
        drop(unsafe { Box::from_raw(object as *mut ThreadObject) });
    }
    true
}
