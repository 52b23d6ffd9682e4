//! Runtime power management (WDDM 1.2): the power components a KMD describes, and the
//! reference counts and tolerances its `DxgkCbSetPowerComponent*` calls keep for them.
//!
//! When a KMD's `DXGK_DRIVERCAPS` sets `SupportRuntimePowerManagement`, dxgkrnl asks it during
//! adapter start for `DXGKQAITYPE_NUMPOWERCOMPONENTS` (a `UINT` count), then
//! `DXGKQAITYPE_POWERCOMPONENTINFO` once per index (the `UINT` index as input, a
//! `DXGK_POWER_RUNTIME_COMPONENT` as output), and registers the components with the power
//! framework. The shim keeps what the KMD reported and the state the power framework keeps per
//! component:
//!
//! - `DxgkCbSetPowerComponentActive` adds one to the component's active reference count and
//!   `DxgkCbSetPowerComponentIdle` takes one away (the framework lowers a component's F-state
//!   only at zero; the shim has no hardware to power down, so the component stays in F0).
//! - `DxgkCbSetPowerComponentLatency` / `Residency` record the latency tolerance and expected
//!   residency (100 ns units), which the documentation reserves for
//!   `DXGK_POWER_COMPONENT_OTHER` components (dxgkrnl sets them for every other type).
//!
//! An index the KMD did not report, an Idle without a matching Active, and a latency or
//! residency for a component that is not `DXGK_POWER_COMPONENT_OTHER` break the callbacks'
//! contract: the call is journaled as refused and changes nothing (the callbacks return
//! nothing, so the KMD is not told).

use parking_lot::Mutex;

use crate::abi::*;
use crate::core::Refusal;
use crate::core::faults::FaultPlan;
use crate::journal;
use crate::kmd::Miniport;
use crate::runtime::status::status_to_hresult;

/// The most components an adapter can describe: `DXGK_POWER_COMPONENT_INDEX` gives a physical
/// adapter's component index 16 bits.
pub(crate) const MAX_POWER_COMPONENTS: u32 = 1 << 16;

/// One power component as the KMD described it (`DXGK_POWER_RUNTIME_COMPONENT`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PowerComponent {
    /// Its index (what the callbacks' `ComponentIndex` names).
    pub index: u32,
    /// `ComponentMapping.ComponentType`.
    pub component_type: DXGK_POWER_COMPONENT_TYPE,
    /// The node, source, target or segment of `ComponentMapping` (its union's one `UINT`).
    pub mapped_to: u32,
    /// `StateCount`: how many F-states it has.
    pub state_count: u32,
    /// `Flags.Value`.
    pub flags: u32,
    /// `ComponentName`.
    pub name: String,
}

/// What the power framework keeps for a component while the adapter lives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ComponentState {
    /// Active references (`DxgkCbSetPowerComponentActive` minus `Idle`).
    pub active: u32,
    /// The last `DxgkCbSetPowerComponentLatency`, if any (100 ns units).
    pub latency: Option<u64>,
    /// The last `DxgkCbSetPowerComponentResidency`, if any (100 ns units).
    pub residency: Option<u64>,
}

/// An adapter's runtime power management: the components and their state.
#[derive(Debug, Default)]
pub struct RuntimePower {
    /// Whether the KMD's caps set `SupportRuntimePowerManagement`.
    pub supported: bool,
    /// The components, index 0 first.
    pub components: Vec<PowerComponent>,
    states: Mutex<Vec<ComponentState>>,
}

/// The WDK name of a component type.
pub fn component_type_name(component_type: DXGK_POWER_COMPONENT_TYPE) -> &'static str {
    match component_type {
        DXGK_POWER_COMPONENT_ENGINE => "DXGK_POWER_COMPONENT_ENGINE",
        DXGK_POWER_COMPONENT_MONITOR => "DXGK_POWER_COMPONENT_MONITOR",
        DXGK_POWER_COMPONENT_MONITOR_REFRESH => "DXGK_POWER_COMPONENT_MONITOR_REFRESH",
        DXGK_POWER_COMPONENT_MEMORY => "DXGK_POWER_COMPONENT_MEMORY",
        DXGK_POWER_COMPONENT_MEMORY_REFRESH => "DXGK_POWER_COMPONENT_MEMORY_REFRESH",
        DXGK_POWER_COMPONENT_OTHER => "DXGK_POWER_COMPONENT_OTHER",
        DXGK_POWER_COMPONENT_D3_TRANSITION => "DXGK_POWER_COMPONENT_D3_TRANSITION",
        DXGK_POWER_COMPONENT_SHARED => "DXGK_POWER_COMPONENT_SHARED",
        _ => "an unknown DXGK_POWER_COMPONENT_TYPE",
    }
}

/// The `ComponentMapping` member that names what a component of `component_type` belongs to
/// (None: the type belongs to nothing in particular).
pub fn mapping_member(component_type: DXGK_POWER_COMPONENT_TYPE) -> Option<&'static str> {
    match component_type {
        DXGK_POWER_COMPONENT_ENGINE => Some("EngineDesc.NodeIndex"),
        DXGK_POWER_COMPONENT_MONITOR => Some("MonitorDesc.VidPnTargetID"),
        DXGK_POWER_COMPONENT_MONITOR_REFRESH => Some("MonitorRefreshDesc.VidPnSourceID"),
        DXGK_POWER_COMPONENT_MEMORY | DXGK_POWER_COMPONENT_MEMORY_REFRESH => Some("MemoryDesc.SegmentID"),
        DXGK_POWER_COMPONENT_SHARED => Some("SharedDesc.SharedType"),
        _ => None,
    }
}

/// The name of a `GUID_DXGKDDI_POWER_*` control code, if `code` is one.
pub fn power_control_code_name(code: &GUID) -> Option<&'static str> {
    [
        (GUID_DXGKDDI_POWER_VOLTAGE_UP, "GUID_DXGKDDI_POWER_VOLTAGE_UP"),
        (GUID_DXGKDDI_POWER_VOLTAGE_DOWN, "GUID_DXGKDDI_POWER_VOLTAGE_DOWN"),
        (GUID_DXGKDDI_POWER_VOLTAGE, "GUID_DXGKDDI_POWER_VOLTAGE"),
        (GUID_DXGKDDI_POWER_CLOCK_UP, "GUID_DXGKDDI_POWER_CLOCK_UP"),
        (GUID_DXGKDDI_POWER_CLOCK_DOWN, "GUID_DXGKDDI_POWER_CLOCK_DOWN"),
        (GUID_DXGKDDI_POWER_CLOCK, "GUID_DXGKDDI_POWER_CLOCK"),
        (GUID_DXGKDDI_POWER_BANDWIDTH_UP, "GUID_DXGKDDI_POWER_BANDWIDTH_UP"),
        (GUID_DXGKDDI_POWER_BANDWIDTH_DOWN, "GUID_DXGKDDI_POWER_BANDWIDTH_DOWN"),
        (GUID_DXGKDDI_POWER_BANDWIDTH, "GUID_DXGKDDI_POWER_BANDWIDTH"),
        (GUID_DXGKDDI_POWER_MANAGEMENT_PREPARE_TO_START, "GUID_DXGKDDI_POWER_MANAGEMENT_PREPARE_TO_START"),
        (GUID_DXGKDDI_POWER_MANAGEMENT_STARTED, "GUID_DXGKDDI_POWER_MANAGEMENT_STARTED"),
        (GUID_DXGKDDI_POWER_MANAGEMENT_STOPPED, "GUID_DXGKDDI_POWER_MANAGEMENT_STOPPED"),
    ]
    .into_iter()
    .find(|(guid, _)| guid == code)
    .map(|(_, name)| name)
}

/// `DxgkDdiQueryAdapterInfo(Type)` with `input` and `output`, failing the start on an error
/// status.
fn query<In, Out>(
    miniport: &Miniport,
    faults: &FaultPlan,
    kind: DXGK_QUERYADAPTERINFOTYPE,
    name: &'static str,
    input: Option<&mut In>,
    output: &mut Out,
) -> Result<(), Refusal> {
    let (input, input_size) = match input {
        Some(input) => (input as *mut In as PVOID, std::mem::size_of::<In>()),
        None => (std::ptr::null_mut(), 0),
    };
    let args = DXGKARG_QUERYADAPTERINFO {
        Type: kind,
        pInputData: input,
        InputDataSize: input_size as UINT,
        pOutputData: output as *mut Out as PVOID,
        OutputDataSize: std::mem::size_of::<Out>() as UINT,
        ..Default::default()
    };
    let status = miniport.query_adapter_info(faults, &args);
    if status < 0 {
        return Err(Refusal::new(
            status_to_hresult(status),
            format!("DxgkDdiQueryAdapterInfo({name}) failed"),
        ));
    }
    Ok(())
}

impl RuntimePower {
    /// Asks a KMD whose caps set `SupportRuntimePowerManagement` for its power components (count
    /// first, then each index) and journals what it reported; a KMD without the cap is asked
    /// nothing. A failed query, more than 2^16 components (`DXGK_POWER_COMPONENT_INDEX` gives an
    /// index 16 bits), a component without F-states or with more than `DXGK_MAX_F_STATES`, or more
    /// providers than `DXGK_MAX_POWER_COMPONENT_PROVIDERS` fail the start.
    pub fn query(
        miniport: &Miniport,
        faults: &FaultPlan,
        caps: &DXGK_DRIVERCAPS,
    ) -> Result<RuntimePower, Refusal> {
        if caps.SupportRuntimePowerManagement == 0 {
            return Ok(RuntimePower::default());
        }
        let mut count: UINT = 0;
        query::<UINT, UINT>(
            miniport,
            faults,
            DXGKQAITYPE_NUMPOWERCOMPONENTS,
            "NUMPOWERCOMPONENTS",
            None,
            &mut count,
        )?;
        if count > MAX_POWER_COMPONENTS {
            return Err(Refusal::invalid_arg(journal::text!(
                "the KMD reported {} power components; at most {} are allowed",
                count,
                MAX_POWER_COMPONENTS
            )));
        }
        journal::record_note(
            miniport.adapter_id,
            "DxgkDdiQueryAdapterInfo",
            journal::text!("the KMD supports runtime power management with {} power components", count),
        );
        let mut components = Vec::with_capacity(count as usize);
        for index in 0..count {
            let mut input: UINT = index;
            // SAFETY: every member of the structure is an integer or an array / union of them.
            let mut info: DXGK_POWER_RUNTIME_COMPONENT = unsafe { std::mem::zeroed() };
            query(
                miniport,
                faults,
                DXGKQAITYPE_POWERCOMPONENTINFO,
                "POWERCOMPONENTINFO",
                Some(&mut input),
                &mut info,
            )?;
            if info.StateCount == 0 || info.StateCount as usize > DXGK_MAX_F_STATES {
                return Err(Refusal::invalid_arg(journal::text!(
                    "power component {} has StateCount {}; 1 to {} are allowed",
                    index,
                    info.StateCount,
                    DXGK_MAX_F_STATES
                )));
            }
            if info.ProviderCount as usize > DXGK_MAX_POWER_COMPONENT_PROVIDERS {
                return Err(Refusal::invalid_arg(journal::text!(
                    "power component {} has ProviderCount {}; at most {} are allowed",
                    index,
                    info.ProviderCount,
                    DXGK_MAX_POWER_COMPONENT_PROVIDERS
                )));
            }
            let component = PowerComponent {
                index,
                component_type: info.ComponentMapping.ComponentType,
                // SAFETY: every arm of the union is one UINT at the same offset (SharedDesc's
                // SharedType included), so reading NodeIndex reads that UINT whatever the type.
                mapped_to: unsafe { info.ComponentMapping.Anonymous.EngineDesc.NodeIndex },
                state_count: info.StateCount,
                flags: info.Flags.Value,
                name: info.name(),
            };
            journal::record_note(
                miniport.adapter_id,
                "DxgkDdiQueryAdapterInfo",
                format!(
                    "power component {}: {}{}, {} F-states, Flags {:#x}, {} providers, ComponentName \"{}\"",
                    index,
                    component_type_name(component.component_type),
                    match mapping_member(component.component_type) {
                        Some(member) => format!(" ({member} {})", component.mapped_to),
                        None => String::new(),
                    },
                    component.state_count,
                    component.flags,
                    info.ProviderCount,
                    component.name
                ),
            );
            components.push(component);
        }
        let states = Mutex::new(vec![ComponentState::default(); components.len()]);
        Ok(RuntimePower { supported: true, components, states })
    }

    /// The state of component `index`, if the KMD reported it.
    pub fn state(&self, index: u32) -> Option<ComponentState> {
        self.states.lock().get(index as usize).copied()
    }

    /// Refuses an index the KMD did not report.
    fn check(&self, index: u32) -> Result<&PowerComponent, Refusal> {
        if !self.supported {
            return Err(Refusal::invalid_arg(journal::text!(
                "contract violation: ComponentIndex {}, but the KMD's caps do not set SupportRuntimePowerManagement",
                index
            )));
        }
        self.components.get(index as usize).ok_or_else(|| {
            Refusal::invalid_arg(journal::text!(
                "contract violation: ComponentIndex {} is not one of the {} power components the KMD reported",
                index,
                self.components.len()
            ))
        })
    }

    /// `DxgkCbSetPowerComponentActive`: one more active reference; returns the new count.
    pub fn set_active(&self, index: u32) -> Result<u32, Refusal> {
        self.check(index)?;
        let mut states = self.states.lock();
        let state = &mut states[index as usize];
        state.active = state.active.checked_add(1).ok_or_else(|| {
            Refusal::invalid_arg(journal::text!(
                "power component {} has 2^32 - 1 active references already",
                index
            ))
        })?;
        Ok(state.active)
    }

    /// `DxgkCbSetPowerComponentIdle`: one active reference fewer; returns the new count.
    pub fn set_idle(&self, index: u32) -> Result<u32, Refusal> {
        self.check(index)?;
        let mut states = self.states.lock();
        let state = &mut states[index as usize];
        state.active = state.active.checked_sub(1).ok_or_else(|| {
            Refusal::invalid_arg(journal::text!(
                "contract violation: power component {} is idle already (no DxgkCbSetPowerComponentActive to pair with)",
                index
            ))
        })?;
        Ok(state.active)
    }

    /// Refuses a tolerance for a component dxgkrnl sets the tolerances of.
    fn check_other(&self, index: u32, callback: &'static str) -> Result<(), Refusal> {
        let component = self.check(index)?;
        if component.component_type != DXGK_POWER_COMPONENT_OTHER {
            return Err(Refusal::invalid_arg(journal::text!(
                "contract violation: {} is for DXGK_POWER_COMPONENT_OTHER components; component {} is {}",
                callback,
                index,
                component_type_name(component.component_type)
            )));
        }
        Ok(())
    }

    /// `DxgkCbSetPowerComponentLatency`: records the latency tolerance.
    pub fn set_latency(&self, index: u32, latency: u64) -> Result<(), Refusal> {
        self.check_other(index, "DxgkCbSetPowerComponentLatency")?;
        self.states.lock()[index as usize].latency = Some(latency);
        Ok(())
    }

    /// `DxgkCbSetPowerComponentResidency`: records the expected residency.
    pub fn set_residency(&self, index: u32, residency: u64) -> Result<(), Refusal> {
        self.check_other(index, "DxgkCbSetPowerComponentResidency")?;
        self.states.lock()[index as usize].residency = Some(residency);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_components() -> RuntimePower {
        let component = |index, component_type| PowerComponent {
            index,
            component_type,
            mapped_to: 0,
            state_count: 2,
            flags: 0,
            name: String::new(),
        };
        RuntimePower {
            supported: true,
            components: vec![
                component(0, DXGK_POWER_COMPONENT_ENGINE),
                component(1, DXGK_POWER_COMPONENT_OTHER),
            ],
            states: Mutex::new(vec![ComponentState::default(); 2]),
        }
    }

    #[test]
    fn active_and_idle_count_references_and_idle_below_zero_changes_nothing() {
        let power = two_components();
        assert_eq!(power.set_active(0), Ok(1));
        assert_eq!(power.set_active(0), Ok(2));
        assert_eq!(power.set_idle(0), Ok(1));
        assert_eq!(power.set_idle(0), Ok(0));
        let refusal = power.set_idle(0).unwrap_err();
        assert!(refusal.reason.to_string().contains("idle already"), "{}", refusal.reason);
        assert_eq!(power.state(0).unwrap().active, 0);
        assert_eq!(power.state(1).unwrap().active, 0, "the other component is untouched");
    }

    #[test]
    fn an_unreported_index_is_refused() {
        let power = two_components();
        let refusal = power.set_active(2).unwrap_err();
        assert!(
            refusal.reason.to_string().contains("not one of the 2 power components"),
            "{}",
            refusal.reason
        );
        assert!(power.state(2).is_none());
        let none = RuntimePower::default();
        assert!(none.set_active(0).unwrap_err().reason.to_string().contains("SupportRuntimePowerManagement"));
    }

    #[test]
    fn latency_and_residency_are_recorded_for_other_components_only() {
        let power = two_components();
        assert_eq!(power.set_latency(1, 500), Ok(()));
        assert_eq!(power.set_residency(1, 70_000), Ok(()));
        assert_eq!(
            power.state(1).unwrap(),
            ComponentState { active: 0, latency: Some(500), residency: Some(70_000) }
        );
        assert!(power.set_latency(0, 1).is_err(), "an engine's tolerances are dxgkrnl's");
        assert_eq!(power.state(0).unwrap().latency, None);
    }
}
