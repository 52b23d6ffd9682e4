//! The journal read as fields: a call's entry comes before the entries of the calls made inside
//! it, which name it as their parent, and the fields say what the text says.

mod common;

use std::ptr::null_mut;

use common::fixture::Fixture;
use common::{entry_name, journal_entries_of};
use wddm_shim::abi::*;
use wddm_shim::ffi::journal::*;

#[test]
fn an_allocation_and_the_ddis_inside_it_read_as_fields_in_call_order() {
    let f = Fixture::new();
    f.inject("DxgkDdiOpenAllocation", null_mut(), 1, false, STATUS_NO_MEMORY);
    let mut infos = [D3DDDI_ALLOCATIONINFO::default(); 2];
    assert_eq!(f.allocate_on(f.device, 0x56, &mut infos).0, E_OUTOFMEMORY);

    let entries = journal_entries_of(f.adapter, 100);
    let allocate = entries.iter().rposition(|e| entry_name(e) == "pfnAllocateCb").expect("pfnAllocateCb");
    let outer = entries[allocate];
    assert_eq!(outer.Kind, WDDMSHIM_JOURNAL_REFUSED);
    assert_eq!((outer.ResultType, outer.Result), (WDDMSHIM_JOURNAL_RESULT_HRESULT, E_OUTOFMEMORY as i64));
    assert_eq!(outer.Adapter, f.adapter as u64);
    assert_eq!(outer.NumInputs, 4, "hDevice, NumAllocations, hResource, PrivateDriverDataSize");
    assert_eq!(&outer.Inputs[..4], &[f.device as u64, 2, 0x56, 0]);

    let inside: Vec<_> = entries[allocate + 1..].iter().filter(|e| e.Parent == outer.Sequence).collect();
    let names: Vec<String> = inside.iter().map(|e| entry_name(e)).collect();
    let position =
        |name: &str| names.iter().position(|n| n == name).unwrap_or_else(|| panic!("{name} in {names:?}"));
    let (create, open, destroy) = (
        position("DxgkDdiCreateAllocation"),
        position("DxgkDdiOpenAllocation"),
        position("DxgkDdiDestroyAllocation"),
    );
    assert!(create < open && open < destroy, "the DDIs in the order they ran: {names:?}");
    for entry in &inside {
        assert_eq!(entry.Depth, outer.Depth + 1);
        assert!(entry.Sequence > outer.Sequence, "the caller comes first");
    }
    let open = inside[open];
    assert_eq!(open.Kind, WDDMSHIM_JOURNAL_REFUSED, "the injected failure is a refusal with a reason");
    assert_eq!((open.ResultType, open.Result), (WDDMSHIM_JOURNAL_RESULT_NTSTATUS, STATUS_NO_MEMORY as i64));
    assert_eq!(inside[create].Kind, WDDMSHIM_JOURNAL_RETURNED);
    assert_eq!(inside[create].Result, STATUS_SUCCESS as i64);
}

#[test]
fn the_text_and_the_fields_show_the_same_entries() {
    let f = Fixture::new();
    let mut infos = [D3DDDI_ALLOCATIONINFO::default()];
    assert_eq!(f.allocate_on(f.device, 0, &mut infos).0, S_OK);
    let fields = journal_entries_of(f.adapter, 30);
    let text = common::journal_of(f.adapter, 31);
    // The text read is newer by one entry: the fields read itself.
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), fields.len() + 1, "{text}");
    for (line, entry) in lines.iter().zip(&fields) {
        let name = entry_name(entry);
        let indent = "  ".repeat(entry.Depth as usize);
        assert!(line.starts_with(&format!("#{} ", entry.Sequence)), "{line}");
        assert!(line.contains(&format!("] {indent}{name}")), "{line} shows {name} at depth {}", entry.Depth);
    }
}

#[test]
fn bad_arguments_are_refused_and_an_empty_read_is_fine() {
    let mut count = 7;
    // SAFETY: NULL entries with MaxEntries 0 is allowed; the count is writable.
    assert_eq!(unsafe { WddmShimGetJournalEntries(null_mut(), 0, null_mut(), &mut count) }, S_OK);
    assert_eq!(count, 0);
    // SAFETY: the NULL arguments are refused before anything is written.
    unsafe {
        assert_eq!(WddmShimGetJournalEntries(null_mut(), 4, null_mut(), &mut count), E_INVALIDARG);
        let mut entry = std::mem::zeroed::<WDDMSHIM_JOURNAL_ENTRY>();
        assert_eq!(WddmShimGetJournalEntries(null_mut(), 1, &mut entry, null_mut()), E_INVALIDARG);
        let bogus = 0x1234 as *mut _;
        assert_eq!(WddmShimGetJournalEntries(bogus, 1, &mut entry, &mut count), E_INVALIDARG);
    }
}
