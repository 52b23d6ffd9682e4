//! `DxgkInitialize`: where a KMD's `DriverEntry` hands over its DDI table.
//!
//! Creating an adapter for a KMD named by its `DriverEntry` works as on Windows: the shim makes a
//! driver object (a unique address the KMD treats as opaque), calls `DriverEntry(DriverObject,
//! RegistryPath)`, and the KMD calls `DxgkInitialize(DriverObject, RegistryPath, &InitData)`.
//! The registration is filed under the driver object, and the adapter picks it up when
//! `DriverEntry` returns. Only the prefix of `DRIVER_INITIALIZATION_DATA` that the KMD's
//! `Version` defines is read, so a KMD built against an older WDK is never over-read.

use std::collections::HashMap;
use std::sync::LazyLock;

use parking_lot::Mutex;

use crate::abi::*;

/// A KMD's registration in transit from `DxgkInitialize` to the adapter being created.
struct Registration(DRIVER_INITIALIZATION_DATA);

// SAFETY: a registration is a version number and function pointers, valid on any thread.
unsafe impl Send for Registration {}

static REGISTRATIONS: LazyLock<Mutex<HashMap<usize, Registration>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// A driver object: a unique address for one `DriverEntry` call, zeroed. A display miniport
/// only passes it to `DxgkInitialize`, but some set a member first (`DriverUnload`, at 0x68), so
/// it is larger than the WDK's `DRIVER_OBJECT` (0x150 bytes on x64).
pub struct DriverObject {
    storage: Box<[std::sync::atomic::AtomicU64; 64]>,
}

impl DriverObject {
    /// A fresh driver object.
    pub fn new() -> Self {
        DriverObject { storage: Box::new(std::array::from_fn(|_| std::sync::atomic::AtomicU64::new(0))) }
    }

    /// The address the KMD sees. It may write through it: the storage is interior-mutable, so a
    /// pointer made from a shared reference to it carries write permission.
    pub fn as_ptr(&self) -> PDRIVER_OBJECT {
        self.storage.as_ptr().cast_mut().cast()
    }

    /// Takes the registration the KMD filed under this driver object, if it called `DxgkInitialize`.
    pub fn take_registration(&self) -> Option<DRIVER_INITIALIZATION_DATA> {
        REGISTRATIONS.lock().remove(&(self.as_ptr() as usize)).map(|r| r.0)
    }
}

impl Default for DriverObject {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for DriverObject {
    fn drop(&mut self) {
        REGISTRATIONS.lock().remove(&(self.as_ptr() as usize));
    }
}

/// How many bytes of a `DRIVER_INITIALIZATION_DATA` exist for a KMD built at `version`.
pub fn registration_size(version: u32) -> usize {
    driver_initialization_data_size_for_version(version)
}

/// Copies the part of a KMD's registration that its `Version` defines; the rest stays NULL.
///
/// # Safety
/// `data` points to a readable `DRIVER_INITIALIZATION_DATA` of at least the size its `Version`
/// defines (what the WDK headers of that version declare).
pub unsafe fn copy_registration(data: *const DRIVER_INITIALIZATION_DATA) -> DRIVER_INITIALIZATION_DATA {
    // SAFETY: every registration starts with its 32-bit Version; the caller guarantees it is readable.
    let version = unsafe { (data as *const u32).read_unaligned() };
    let size = registration_size(version).min(std::mem::size_of::<DRIVER_INITIALIZATION_DATA>());
    let mut copy = DRIVER_INITIALIZATION_DATA::default();
    // SAFETY: `size` bytes are readable at `data` (caller contract for that Version) and fit in
    // `copy`; every member is a u32 or a nullable function pointer, valid for any bit pattern
    // the KMD wrote (and all-zero past `size`).
    unsafe { std::ptr::copy_nonoverlapping(data as *const u8, &mut copy as *mut _ as *mut u8, size) };
    copy
}

/// Files a registration under its driver object.
pub fn register(driver_object: PDRIVER_OBJECT, data: DRIVER_INITIALIZATION_DATA) {
    REGISTRATIONS.lock().insert(driver_object as usize, Registration(data));
}
