//! What dxgkrnl tells a KMD about its device while it starts: the `DXGK_DEVICE_INFO` of
//! `DxgkCbGetDeviceInformation`, and the registry paths `DriverEntry` and the KMD see.
//!
//! The simulated adapter is a device without bus hardware: it has a physical device object
//! (the library's, stable for the adapter's life, the one `DxgkDdiAddDevice` received), a
//! registry path, a translated resource list with one full descriptor and no partial resources
//! (no register BARs, no interrupt line, no I/O ports), no AGP aperture and no docking station.
//! `SystemMemorySize` is the host's physical memory, which backs the aperture segments.
//!
//! Each adapter's record lives in a process-wide table from before `DxgkDdiStartDevice` until
//! the adapter is destroyed ([`DeviceRecord`] removes it), because the `DeviceHandle` a KMD
//! passes names only the adapter.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::abi::*;

/// wdm.h's `CM_RESOURCE_LIST` with one `CM_FULL_RESOURCE_DESCRIPTOR` whose
/// `CM_PARTIAL_RESOURCE_LIST` holds no descriptors (room for the one the WDK's `[1]` array
/// declares, zeroed): `Count` 1, `InterfaceType` `PCIBus`, `BusNumber` 0, `Version` and
/// `Revision` 1, partial `Count` 0. A KMD that walks `List[0].PartialResourceList` finds nothing
/// to map, and one that checks `Count` first finds one bus descriptor. Offsets follow the WDK
/// (all members 4-byte aligned; a partial descriptor is 20 bytes on x64).
#[repr(C)]
#[derive(Debug)]
pub struct MinimalResourceList {
    /// `Count` of full descriptors.
    pub count: ULONG,
    /// `List[0].InterfaceType` (`PCIBus` = 5).
    pub interface_type: i32,
    /// `List[0].BusNumber`.
    pub bus_number: ULONG,
    /// `List[0].PartialResourceList.Version`.
    pub version: USHORT,
    /// `List[0].PartialResourceList.Revision`.
    pub revision: USHORT,
    /// `List[0].PartialResourceList.Count`.
    pub partial_count: ULONG,
    /// `List[0].PartialResourceList.PartialDescriptors[0]`, unused and zero.
    pub partial_descriptor: [ULONG; 5],
}

const _: () = assert!(std::mem::size_of::<MinimalResourceList>() == 40);

/// `PCIBus` of `INTERFACE_TYPE`.
const PCI_BUS: i32 = 5;

/// One adapter's start-up facts; the pointers of its `DXGK_DEVICE_INFO` point into it.
pub struct DeviceFacts {
    /// The physical device object (opaque to a KMD).
    pub physical_device_object: usize,
    /// What `DxgkDdiAddDevice` returned.
    pub miniport_context: Mutex<usize>,
    /// The device registry path, UTF-16 with a terminating NUL.
    registry_path: Box<[u16]>,
    /// The translated resources.
    resources: Box<MinimalResourceList>,
    /// Bytes of system memory.
    pub system_memory: u64,
}

// SAFETY: the boxes are written once at creation and only read afterwards; the context is
// behind a mutex.
unsafe impl Sync for DeviceFacts {}
// SAFETY: as above.
unsafe impl Send for DeviceFacts {}

static DEVICES: LazyLock<Mutex<HashMap<u64, Arc<DeviceFacts>>>> = LazyLock::new(Default::default);

/// The adapter's GUID (`DXGK_START_INFO::AdapterGuid`, and the key of its registry path):
/// "WDDMSHIM" then the adapter id's low 48 bits.
pub fn adapter_guid(adapter_id: u64) -> GUID {
    let id = adapter_id.to_be_bytes();
    GUID {
        Data1: 0x5744_444D,
        Data2: 0x5348,
        Data3: 0x494D,
        Data4: [0x80, 0x00, id[2], id[3], id[4], id[5], id[6], id[7]],
    }
}

/// `\REGISTRY\MACHINE\SYSTEM\CurrentControlSet\Control\Video\{GUID}\0000`: where dxgkrnl puts a
/// display adapter's device key.
pub fn device_registry_path(adapter_id: u64) -> String {
    let g = adapter_guid(adapter_id);
    format!(
        "\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Video\\{{{:08X}-{:04X}-{:04X}-{:02X}{:02X}-{}}}\\0000",
        g.Data1,
        g.Data2,
        g.Data3,
        g.Data4[0],
        g.Data4[1],
        g.Data4[2..].iter().map(|b| format!("{b:02X}")).collect::<String>()
    )
}

/// The service key `DriverEntry` receives as its `RegistryPath`.
pub const SERVICE_REGISTRY_PATH: &str = "\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Services\\wddmshim";

/// UTF-16 with a terminating NUL.
pub fn utf16z(text: &str) -> Box<[u16]> {
    text.encode_utf16().chain(std::iter::once(0)).collect()
}

/// A `UNICODE_STRING` over `text` (UTF-16 with a terminating NUL that `Length` leaves out).
pub fn unicode_string(text: &[u16]) -> UNICODE_STRING {
    let bytes = (text.len() * 2).min(usize::from(u16::MAX) & !1);
    UNICODE_STRING {
        Length: (bytes - 2) as USHORT,
        MaximumLength: bytes as USHORT,
        Buffer: text.as_ptr() as *mut WCHAR,
    }
}

/// The host's physical memory in bytes (4 GiB when the host does not say, and under Miri, which
/// does not model `sysconf(_SC_PHYS_PAGES)`).
fn host_memory() -> u64 {
    if cfg!(miri) {
        return 4 << 30;
    }
    // SAFETY: sysconf takes a name and returns a number; no memory is involved.
    let (pages, page_size) =
        unsafe { (libc::sysconf(libc::_SC_PHYS_PAGES), libc::sysconf(libc::_SC_PAGESIZE)) };
    if pages > 0 && page_size > 0 { pages as u64 * page_size as u64 } else { 4 << 30 }
}

/// Keeps an adapter's facts registered; dropping it (with the adapter) removes them.
pub struct DeviceRecord {
    adapter_id: u64,
    /// The facts, also reachable by adapter id while this lives.
    pub facts: Arc<DeviceFacts>,
}

impl DeviceRecord {
    /// Registers the facts of adapter `adapter_id`, whose physical device object is
    /// `physical_device_object`.
    pub fn register(adapter_id: u64, physical_device_object: usize) -> DeviceRecord {
        let facts = Arc::new(DeviceFacts {
            physical_device_object,
            miniport_context: Mutex::new(0),
            registry_path: utf16z(&device_registry_path(adapter_id)),
            resources: Box::new(MinimalResourceList {
                count: 1,
                interface_type: PCI_BUS,
                bus_number: 0,
                version: 1,
                revision: 1,
                partial_count: 0,
                partial_descriptor: [0; 5],
            }),
            system_memory: host_memory(),
        });
        DEVICES.lock().insert(adapter_id, facts.clone());
        DeviceRecord { adapter_id, facts }
    }
}

impl Drop for DeviceRecord {
    fn drop(&mut self) {
        DEVICES.lock().remove(&self.adapter_id);
    }
}

/// The facts of a live adapter.
pub fn facts(adapter_id: u64) -> Option<Arc<DeviceFacts>> {
    DEVICES.lock().get(&adapter_id).cloned()
}

impl DeviceFacts {
    /// The `DXGK_DEVICE_INFO` a KMD gets; its pointers stay valid while the adapter lives.
    pub fn device_info(&self) -> DXGK_DEVICE_INFO {
        DXGK_DEVICE_INFO {
            MiniportDeviceContext: *self.miniport_context.lock() as PVOID,
            PhysicalDeviceObject: self.physical_device_object as PDEVICE_OBJECT,
            DeviceRegistryPath: unicode_string(&self.registry_path),
            TranslatedResourceList: &*self.resources as *const MinimalResourceList as PCM_RESOURCE_LIST,
            SystemMemorySize: LARGE_INTEGER::new(self.system_memory as i64),
            HighestPhysicalAddress: LARGE_INTEGER::new(self.system_memory as i64 - 1),
            AgpApertureBase: LARGE_INTEGER::new(0),
            AgpApertureSize: 0,
            DockingState: DockStateUnsupported,
        }
    }

    /// The device registry path without its NUL.
    pub fn registry_path(&self) -> String {
        String::from_utf16_lossy(&self.registry_path[..self.registry_path.len() - 1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_path_names_the_adapter_guid_and_unicode_lengths_are_bytes() {
        let path = device_registry_path(0x1234);
        assert!(path.starts_with(
            "\\REGISTRY\\MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Video\\{5744444D-5348-494D-"
        ));
        assert!(path.ends_with("001234}\\0000"), "{path}");
        assert_ne!(device_registry_path(1), device_registry_path(2));
        let text = utf16z("abc");
        let s = unicode_string(&text);
        assert_eq!((s.Length, s.MaximumLength), (6, 8));
    }

    #[test]
    fn facts_live_as_long_as_their_record() {
        let record = DeviceRecord::register(u64::MAX - 7, 0x1000);
        let info = facts(u64::MAX - 7).unwrap().device_info();
        assert_eq!(info.PhysicalDeviceObject as usize, 0x1000);
        assert!(info.SystemMemorySize.quad() > 0);
        assert_eq!(info.HighestPhysicalAddress.quad(), info.SystemMemorySize.quad() - 1);
        drop(record);
        assert!(facts(u64::MAX - 7).is_none());
    }
}
