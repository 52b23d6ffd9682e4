//! The KMD boundary: how the shim reaches a display miniport, exactly as dxgkrnl does.
//!
//! A KMD registers itself the Windows way: its `DriverEntry` fills a `DRIVER_INITIALIZATION_DATA`
//! and calls `DxgkInitialize`, which the library exports (`ffi::kmd`). The
//! built-in [`reference`](mod@reference) KMD registers the same way, so there is one path for every KMD: a
//! [`Miniport`] holding the DDI function pointers the KMD registered and the context its
//! `DxgkDdiAddDevice` returned. Every DDI call goes through [`Miniport`]'s methods, which check
//! the adapter's fault plan, journal the call with its status, and report a DDI the KMD did not
//! provide as `STATUS_NOT_IMPLEMENTED`.
//!
//! (design.md sketched a Rust trait with two implementations; since the reference KMD plugs in
//! through `DxgkInitialize` like any C KMD, one function-pointer path serves both and the trait
//! would have had a single implementation.)
#![allow(non_snake_case, non_camel_case_types)] // C and WDK names

pub mod reference;
pub mod registration;

use std::cell::Cell;

use crate::abi::*;
use crate::core::faults::FaultPlan;
use crate::core::model::KmdHandle;
use crate::journal;
use crate::kernel::irql;

/// The DDIs the shim calls, copied from the KMD's registration.
#[derive(Clone, Copy)]
pub struct Ddis {
    /// The interface version the KMD was built for (`DRIVER_INITIALIZATION_DATA::Version`).
    pub version: u32,
    /// `DxgkDdiAddDevice`.
    pub add_device: PDXGKDDI_ADD_DEVICE,
    /// `DxgkDdiStartDevice`.
    pub start_device: PDXGKDDI_START_DEVICE,
    /// `DxgkDdiStopDevice`.
    pub stop_device: PDXGKDDI_STOP_DEVICE,
    /// `DxgkDdiRemoveDevice`.
    pub remove_device: PDXGKDDI_REMOVE_DEVICE,
    /// `DxgkDdiQueryAdapterInfo`.
    pub query_adapter_info: PDXGKDDI_QUERYADAPTERINFO,
    /// `DxgkDdiCreateDevice`.
    pub create_device: PDXGKDDI_CREATEDEVICE,
    /// `DxgkDdiDestroyDevice`.
    pub destroy_device: PDXGKDDI_DESTROYDEVICE,
    /// `DxgkDdiCreateAllocation`.
    pub create_allocation: PDXGKDDI_CREATEALLOCATION,
    /// `DxgkDdiDestroyAllocation`.
    pub destroy_allocation: PDXGKDDI_DESTROYALLOCATION,
    /// `DxgkDdiOpenAllocation`.
    pub open_allocation: PDXGKDDI_OPENALLOCATIONINFO,
    /// `DxgkDdiCloseAllocation`.
    pub close_allocation: PDXGKDDI_CLOSEALLOCATION,
    /// `DxgkDdiCreateContext`.
    pub create_context: PDXGKDDI_CREATECONTEXT,
    /// `DxgkDdiDestroyContext`.
    pub destroy_context: PDXGKDDI_DESTROYCONTEXT,
    /// `DxgkDdiRender`.
    pub render: PDXGKDDI_RENDER,
    /// `DxgkDdiPatch`.
    pub patch: PDXGKDDI_PATCH,
    /// `DxgkDdiSubmitCommand`.
    pub submit_command: PDXGKDDI_SUBMITCOMMAND,
    /// `DxgkDdiInterruptRoutine`.
    pub interrupt_routine: PDXGKDDI_INTERRUPT_ROUTINE,
    /// `DxgkDdiDpcRoutine`.
    pub dpc_routine: PDXGKDDI_DPC_ROUTINE,
    /// `DxgkDdiEscape`.
    pub escape: PDXGKDDI_ESCAPE,
    /// `DxgkDdiGetStandardAllocationDriverData`.
    pub get_standard_allocation_driver_data: PDXGKDDI_GETSTANDARDALLOCATIONDRIVERDATA,
    /// `DxgkDdiDescribeAllocation`.
    pub describe_allocation: PDXGKDDI_DESCRIBEALLOCATION,
}

impl Ddis {
    /// The DDIs of a registration (only the members its `Version` defines are read).
    pub fn from_registration(data: &DRIVER_INITIALIZATION_DATA) -> Self {
        Ddis {
            version: data.Version,
            add_device: data.DxgkDdiAddDevice,
            start_device: data.DxgkDdiStartDevice,
            stop_device: data.DxgkDdiStopDevice,
            remove_device: data.DxgkDdiRemoveDevice,
            query_adapter_info: data.DxgkDdiQueryAdapterInfo,
            create_device: data.DxgkDdiCreateDevice,
            destroy_device: data.DxgkDdiDestroyDevice,
            create_allocation: data.DxgkDdiCreateAllocation,
            destroy_allocation: data.DxgkDdiDestroyAllocation,
            open_allocation: data.DxgkDdiOpenAllocation,
            close_allocation: data.DxgkDdiCloseAllocation,
            create_context: data.DxgkDdiCreateContext,
            destroy_context: data.DxgkDdiDestroyContext,
            render: data.DxgkDdiRender,
            patch: data.DxgkDdiPatch,
            submit_command: data.DxgkDdiSubmitCommand,
            interrupt_routine: data.DxgkDdiInterruptRoutine,
            dpc_routine: data.DxgkDdiDpcRoutine,
            escape: data.DxgkDdiEscape,
            get_standard_allocation_driver_data: data.DxgkDdiGetStandardAllocationDriverData,
            describe_allocation: data.DxgkDdiDescribeAllocation,
        }
    }
}

thread_local! {
    /// The D3DKMT handle of the device whose DDI is running on this thread (0 outside device
    /// DDIs): `DxgkCbGetHandleData` with `DeviceSpecific` answers for this device.
    static CURRENT_DEVICE: Cell<D3DKMT_HANDLE> = const { Cell::new(0) };
}

/// The device whose DDI is in progress on this thread, or 0.
pub fn current_device() -> D3DKMT_HANDLE {
    CURRENT_DEVICE.with(Cell::get)
}

/// Marks `device` as the device of the DDI in progress until dropped.
struct DeviceScope(D3DKMT_HANDLE);

impl DeviceScope {
    fn enter(device: D3DKMT_HANDLE) -> Self {
        DeviceScope(CURRENT_DEVICE.with(|c| c.replace(device)))
    }
}

impl Drop for DeviceScope {
    fn drop(&mut self) {
        CURRENT_DEVICE.with(|c| c.set(self.0));
    }
}

/// One started miniport: its DDIs and the context its `DxgkDdiAddDevice` returned.
pub struct Miniport {
    /// The registered DDIs.
    pub ddis: Ddis,
    /// `MiniportDeviceContext`, also the `hAdapter` of adapter-level DDIs.
    pub context: KmdHandle,
    /// The adapter's journal tag.
    pub adapter_id: u64,
}

/// Calls one DDI: fault check, missing-DDI check, the call itself, the journal. The journal
/// entry begins before the call, so the callbacks the KMD makes from inside it are its children.
macro_rules! ddi_call {
    ($self:ident, $faults:expr, $device:expr, $name:literal, $inputs:expr, $ddi:expr, |$f:ident| $call:expr) => {{
        let inputs: Option<journal::Text> = $inputs;
        let call = journal::Call::begin($name);
        if let Some(status) = $faults.check($name, $device) {
            call.finish_ddi(
                $self.adapter_id,
                inputs,
                status,
                Some("injected failure: the KMD was not called".into()),
            );
            return status;
        }
        let Some($f) = $ddi else {
            call.finish_ddi(
                $self.adapter_id,
                inputs,
                STATUS_NOT_IMPLEMENTED,
                Some("the KMD did not register this DDI".into()),
            );
            return STATUS_NOT_IMPLEMENTED;
        };
        // SAFETY: the KMD registered this function for exactly this signature through
        // DxgkInitialize; the arguments are valid for the duration of the call as documented
        // for the DDI (each caller builds them on its stack or owns the buffers they point to).
        let status = unsafe { $call };
        call.finish_ddi($self.adapter_id, inputs, status, None);
        status
    }};
}

impl Miniport {
    /// `DxgkDdiQueryAdapterInfo`.
    pub fn query_adapter_info(&self, faults: &FaultPlan, args: &DXGKARG_QUERYADAPTERINFO) -> NTSTATUS {
        ddi_call!(
            self,
            faults,
            0,
            "DxgkDdiQueryAdapterInfo",
            Some(journal::text!("Type {}", args.Type)),
            self.ddis.query_adapter_info,
            |f| f(self.context as HANDLE, args)
        )
    }

    /// `DxgkDdiCreateDevice`.
    pub fn create_device(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        args: &mut DXGKARG_CREATEDEVICE,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiCreateDevice",
            Some(journal::text!("hDevice {:#010x}", device)),
            self.ddis.create_device,
            |f| f(self.context as HANDLE, args)
        )
    }

    /// `DxgkDdiDestroyDevice`.
    pub fn destroy_device(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        kmd_device: KmdHandle,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiDestroyDevice",
            Some(journal::text!("hDevice {:#x}", kmd_device)),
            self.ddis.destroy_device,
            |f| f(kmd_device as HANDLE)
        )
    }

    /// `DxgkDdiCreateAllocation`.
    pub fn create_allocation(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        args: &mut DXGKARG_CREATEALLOCATION,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiCreateAllocation",
            Some(journal::text!(
                "NumAllocations {}, hResource {:p}, Flags.Resource {}",
                args.NumAllocations,
                args.hResource,
                args.Flags.Value & 1
            )),
            self.ddis.create_allocation,
            |f| f(self.context as HANDLE, args)
        )
    }

    /// `DxgkDdiDestroyAllocation` for the KMD allocation handles `allocations` of the KMD
    /// resource `resource` (0: none), destroying the resource too when `destroy_resource`.
    /// Returns the KMD's resource handle afterwards: when the resource is not destroyed, the KMD
    /// may change `hResource` (the DDI's remarks).
    pub fn destroy_allocation(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        allocations: &[HANDLE],
        resource: KmdHandle,
        destroy_resource: bool,
    ) -> KmdHandle {
        let mut args = DXGKARG_DESTROYALLOCATION {
            NumAllocations: allocations.len() as UINT,
            pAllocationList: allocations.as_ptr(),
            hResource: resource as HANDLE,
            Flags: DXGK_DESTROYALLOCATIONFLAGS {
                Value: if destroy_resource { DXGK_DESTROYALLOCATIONFLAGS::DestroyResource } else { 0 },
            },
        };
        // Close and destroy cannot fail on Windows; a failure is journaled and changes nothing.
        self.call_destroy_allocation(faults, device, &mut args);
        args.hResource as KmdHandle
    }

    fn call_destroy_allocation(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        args: &mut DXGKARG_DESTROYALLOCATION,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiDestroyAllocation",
            Some(journal::text!(
                "NumAllocations {}, hResource {:p}, Flags.DestroyResource {}",
                args.NumAllocations,
                args.hResource,
                args.Flags.Value & 1
            )),
            self.ddis.destroy_allocation,
            // A pointer with write permission: the KMD may write `hResource` back.
            |f| f(self.context as HANDLE, std::ptr::from_mut(args).cast_const())
        )
    }

    /// `DxgkDdiOpenAllocation`.
    pub fn open_allocation(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        kmd_device: KmdHandle,
        args: &DXGKARG_OPENALLOCATION,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiOpenAllocation",
            Some(journal::text!(
                "NumAllocations {}, Flags.Create {}",
                args.NumAllocations,
                args.Flags.Value & 1
            )),
            self.ddis.open_allocation,
            |f| f(kmd_device as HANDLE, args)
        )
    }

    /// `DxgkDdiCloseAllocation`.
    pub fn close_allocation(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        kmd_device: KmdHandle,
        args: &DXGKARG_CLOSEALLOCATION,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiCloseAllocation",
            Some(journal::text!("NumAllocations {}", args.NumAllocations)),
            self.ddis.close_allocation,
            |f| f(kmd_device as HANDLE, args)
        )
    }

    /// `DxgkDdiCreateContext`.
    pub fn create_context(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        kmd_device: KmdHandle,
        args: &mut DXGKARG_CREATECONTEXT,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiCreateContext",
            Some(journal::text!(
                "NodeOrdinal {}, PrivateDriverDataSize {}",
                args.NodeOrdinal,
                args.PrivateDriverDataSize
            )),
            self.ddis.create_context,
            |f| f(kmd_device as HANDLE, args)
        )
    }

    /// `DxgkDdiDestroyContext`.
    pub fn destroy_context(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        kmd_context: KmdHandle,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiDestroyContext",
            Some(journal::text!("hContext {:#x}", kmd_context)),
            self.ddis.destroy_context,
            |f| f(kmd_context as HANDLE)
        )
    }

    /// `DxgkDdiRender`.
    pub fn render(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        kmd_context: KmdHandle,
        args: &mut DXGKARG_RENDER,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiRender",
            Some(journal::text!(
                "CommandLength {}, AllocationListSize {}, PatchLocationListInSize {}, DmaSize {}",
                args.CommandLength,
                args.AllocationListSize,
                args.PatchLocationListInSize,
                args.DmaSize
            )),
            self.ddis.render,
            |f| f(kmd_context as HANDLE, args)
        )
    }

    /// `DxgkDdiPatch`.
    pub fn patch(&self, faults: &FaultPlan, device: D3DKMT_HANDLE, args: &DXGKARG_PATCH) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiPatch",
            Some(journal::text!(
                "SubmissionFenceId {}, PatchLocationListSubmissionLength {}, AllocationListSize {}",
                args.SubmissionFenceId,
                args.PatchLocationListSubmissionLength,
                args.AllocationListSize
            )),
            self.ddis.patch,
            |f| f(self.context as HANDLE, args)
        )
    }

    /// `DxgkDdiSubmitCommand`.
    pub fn submit_command(
        &self,
        faults: &FaultPlan,
        device: D3DKMT_HANDLE,
        args: &DXGKARG_SUBMITCOMMAND,
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiSubmitCommand",
            Some(journal::text!(
                "SubmissionFenceId {}, DmaBufferSubmissionEndOffset {}",
                args.SubmissionFenceId,
                args.DmaBufferSubmissionEndOffset
            )),
            self.ddis.submit_command,
            |f| f(self.context as HANDLE, args)
        )
    }

    /// `DxgkDdiEscape`.
    pub fn escape(&self, faults: &FaultPlan, device: D3DKMT_HANDLE, args: &DXGKARG_ESCAPE) -> NTSTATUS {
        let _scope = DeviceScope::enter(device);
        ddi_call!(
            self,
            faults,
            device,
            "DxgkDdiEscape",
            Some(journal::text!("PrivateDriverDataSize {}", args.PrivateDriverDataSize)),
            self.ddis.escape,
            |f| f(self.context as HANDLE, args)
        )
    }

    /// `DxgkDdiGetStandardAllocationDriverData` (PASSIVE_LEVEL, no device: dxgkrnl asks it for
    /// the allocations it creates for the OS). With `pAllocationPrivateDriverData` NULL the KMD
    /// reports the sizes it needs; otherwise it fills the buffers.
    pub fn get_standard_allocation_driver_data(
        &self,
        faults: &FaultPlan,
        args: &mut DXGKARG_GETSTANDARDALLOCATIONDRIVERDATA,
        surface: (UINT, UINT, D3DDDIFORMAT),
    ) -> NTSTATUS {
        let _scope = DeviceScope::enter(0);
        irql::at(irql::PASSIVE_LEVEL, "DxgkDdiGetStandardAllocationDriverData", || {
            ddi_call!(
                self,
                faults,
                0,
                "DxgkDdiGetStandardAllocationDriverData",
                Some(journal::text!(
                    "StandardAllocationType {}, Width {}, Height {}, Format {}, pAllocationPrivateDriverData {:p}, AllocationPrivateDriverDataSize {}",
                    args.StandardAllocationType,
                    surface.0,
                    surface.1,
                    surface.2,
                    args.pAllocationPrivateDriverData,
                    args.AllocationPrivateDriverDataSize
                )),
                self.ddis.get_standard_allocation_driver_data,
                |f| f(self.context as HANDLE, args)
            )
        })
    }

    /// `DxgkDdiDescribeAllocation` (PASSIVE_LEVEL): the KMD describes one of its allocations.
    pub fn describe_allocation(&self, faults: &FaultPlan, args: &mut DXGKARG_DESCRIBEALLOCATION) -> NTSTATUS {
        let _scope = DeviceScope::enter(0);
        irql::at(irql::PASSIVE_LEVEL, "DxgkDdiDescribeAllocation", || {
            ddi_call!(
                self,
                faults,
                0,
                "DxgkDdiDescribeAllocation",
                Some(journal::text!("hAllocation {:p}", args.hAllocation)),
                self.ddis.describe_allocation,
                |f| f(self.context as HANDLE, args)
            )
        })
    }

    /// `DxgkDdiInterruptRoutine`: the GPU raised an interrupt; returns whether the KMD claimed it
    /// (`None` when the KMD registered no interrupt routine).
    pub fn interrupt_routine(&self) -> Option<bool> {
        let routine = self.ddis.interrupt_routine?;
        let call = journal::Call::begin("DxgkDdiInterruptRoutine");
        // SAFETY: the KMD's registered routine, called with its own adapter context.
        let claimed = unsafe { routine(self.context as PVOID, 0) } != 0;
        let inputs = Some(journal::text!("MessageNumber {}", 0u32));
        call.finish_at(self.adapter_id, inputs, journal::Outcome::Returned(journal::Value::Boolean(claimed)));
        Some(claimed)
    }

    /// `DxgkDdiDpcRoutine`, after an interrupt routine queued a DPC.
    pub fn dpc_routine(&self) {
        if let Some(routine) = self.ddis.dpc_routine {
            let call = journal::Call::begin("DxgkDdiDpcRoutine");
            // SAFETY: the KMD's registered routine, called with its own adapter context.
            unsafe { routine(self.context as PVOID) };
            call.finish_at(self.adapter_id, None, journal::Outcome::Returned(journal::Value::Nothing));
        }
    }

    /// `DxgkDdiStopDevice`.
    pub fn stop_device(&self, faults: &FaultPlan) -> NTSTATUS {
        ddi_call!(self, faults, 0, "DxgkDdiStopDevice", None, self.ddis.stop_device, |f| f(
            self.context as PVOID
        ))
    }

    /// `DxgkDdiRemoveDevice`.
    pub fn remove_device(&self, faults: &FaultPlan) -> NTSTATUS {
        ddi_call!(self, faults, 0, "DxgkDdiRemoveDevice", None, self.ddis.remove_device, |f| f(
            self.context as PVOID
        ))
    }
}
