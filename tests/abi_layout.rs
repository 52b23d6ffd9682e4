//! Proof that Rust, C, C++ and Windows agree on the WDK ABI.
//!
//! `tests/abi-data/*.tsv` hold the Windows x64 layout of every mirrored structure, every flag
//! bit-field mask, every constant and every `DEFINE_GUID` value, measured by compiling the real
//! WDK headers. This test builds a C11 and a C++17 program (gcc/g++, and clang/clang++ when
//! installed) against `include/`, has them print the same numbers through `sizeof`, `offsetof`,
//! bit-field writes, the macros and the GUIDs (defined by `INITGUID`), and checks each against the
//! tables; then it checks the Rust mirrors' facts (`wddm_shim::abi::layout::abi_facts`) against
//! the same tables.

mod support;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use support::{Compiler, compile, compilers, run, scratch_dir};

/// (item, member) -> value, as in the TSVs.
type Table = BTreeMap<(String, String), u64>;

fn parse_number(text: &str) -> Option<u64> {
    match text.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}

/// Every row of the research tables, duplicates merged (they must agree).
fn expected_rows() -> Table {
    let dir = support::repo_root().join("tests/abi-data");
    let mut rows = Table::new();
    for (file, bitfields) in [
        ("abi-expected.tsv", false),
        ("abi-expected-2.tsv", false),
        ("abi-bitfields.tsv", true),
        ("abi-bitfields-2.tsv", true),
        ("abi-expected-3.tsv", false),
        ("abi-bitfields-3.tsv", true),
    ] {
        let text = std::fs::read_to_string(dir.join(file)).expect("read ABI table");
        for line in text.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            let (item, member, value) =
                if bitfields { (cols[0], "MASK", cols[1]) } else { (cols[0], cols[1], cols[2]) };
            let Some(value) = parse_number(value) else { continue }; // header lines
            let key = (item.to_owned(), member.to_owned());
            if let Some(previous) = rows.insert(key.clone(), value) {
                assert_eq!(previous, value, "{file}: {key:?} disagrees with an earlier table");
            }
        }
    }
    assert!(rows.len() > 1500, "the ABI tables look truncated: {} rows", rows.len());
    rows
}

/// Bit-fields whose declared type is an enum: C++ cannot decrement them, so they are filled by
/// a cast instead.
const ENUM_BIT_FIELDS: &[&str] = &["DXGK_FAULT_ERROR_CODE.GeneralErrorCode"];

/// Where the bit-fields of a structure live when they are not members of the structure itself.
fn bit_field_container(owner: &str) -> (&str, &str) {
    match owner {
        "D3DDDI_ALLOCATIONINFO" | "D3DDDI_ALLOCATIONINFO2" | "DXGK_ALLOCATIONUSAGEINFO1" => (owner, "Flags."),
        _ => match owner.split_once('.') {
            Some((ty, member)) => (ty, if member == "MiscCaps" { "MiscCaps." } else { member }),
            None => (owner, ""),
        },
    }
}

/// A C/C++ program printing `item<TAB>member<TAB>value` for every row selected by `wanted`.
fn probe_program(rows: &Table, cxx: bool, wanted: impl Fn(&str) -> bool) -> String {
    let mut src = String::from(
        "#define INITGUID\n#include <stdio.h>\n#include <stddef.h>\n#include <string.h>\n\
         #include \"d3dumddi.h\"\n#include \"d3dkmddi.h\"\n#include \"dispmprt.h\"\n\
         static inline unsigned long long first_set_unit(const void *object, size_t size) {\n\
             const unsigned char *bytes = (const unsigned char *)object;\n\
             for (size_t at = 0; at + 4 <= size; at += 4) {\n\
                 UINT unit; memcpy(&unit, bytes + at, 4);\n\
                 if (unit != 0) return unit;\n\
             }\n\
             return 0;\n\
         }\n\
         #define ROW(item, member, value) printf(\"%s\\t%s\\t%llu\\n\", item, member, (unsigned long long)(value))\n\
         int main(void) {\n    (void)first_set_unit;\n",
    );
    for (item, member) in rows.keys() {
        if !wanted(item) {
            continue;
        }
        let ty = item.split('@').next().unwrap();
        if item == "CONST" {
            writeln!(src, "    ROW(\"CONST\", \"{member}\", (UINT)({member}));").unwrap();
        } else if item.starts_with("GUID_") {
            // A DEFINE_GUID value (INITGUID makes the header define it): Data4 as one
            // big-endian number, the way the GUID is written.
            let value = if member == "Data4" {
                (0..8)
                    .map(|i| format!("((unsigned long long){item}.Data4[{i}] << {})", 56 - 8 * i))
                    .collect::<Vec<_>>()
                    .join(" | ")
            } else {
                format!("{item}.{member}")
            };
            writeln!(src, "    ROW(\"{item}\", \"{member}\", {value});").unwrap();
        } else if member == "@size" {
            writeln!(src, "    ROW(\"{item}\", \"@size\", sizeof({ty}));").unwrap();
        } else if member == "MASK" {
            let (owner, field) = item.rsplit_once('.').unwrap();
            let (ty, prefix) = bit_field_container(owner);
            let lvalue = format!("probe.{prefix}{field}");
            let fill = if cxx && ENUM_BIT_FIELDS.contains(&item.as_str()) {
                format!("{lvalue} = static_cast<decltype({lvalue})>(0x7FFFFFFF);")
            } else {
                format!("{lvalue} = 0; {lvalue}--;")
            };
            writeln!(
                src,
                "    {{ {ty} probe; memset(&probe, 0, sizeof probe); {fill} \
                 ROW(\"{item}\", \"MASK\", first_set_unit(&probe, sizeof probe)); }}"
            )
            .unwrap();
        } else {
            writeln!(src, "    ROW(\"{item}\", \"{member}\", offsetof({ty}, {member}));").unwrap();
        }
    }
    src.push_str("    return 0;\n}\n");
    src
}

fn parse_output(output: &str) -> Table {
    output
        .lines()
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            ((cols[0].to_owned(), cols[1].to_owned()), cols[2].parse().expect("number"))
        })
        .collect()
}

fn differences(expected: &Table, actual: &Table, wanted: impl Fn(&str) -> bool) -> Vec<String> {
    let mut problems = Vec::new();
    for ((item, member), value) in expected {
        if !wanted(item) {
            continue;
        }
        match actual.get(&(item.clone(), member.clone())) {
            Some(got) if got == value => {}
            Some(got) => problems.push(format!("{item} {member}: expected {value:#x}, got {got:#x}")),
            None => problems.push(format!("{item} {member}: missing")),
        }
    }
    problems
}

/// One probe build: its name, its extra defines, and which rows it measures.
type Build = (&'static str, &'static [&'static str], fn(&str) -> bool);

/// Measures the rows with one compiler: the default build, then the WDDM 2.0 build for the
/// `STRUCT@WDDM2_0` rows.
fn measure(compiler: &Compiler, rows: &Table) -> Table {
    let dir = scratch_dir("abi_layout");
    let tag = compiler.label.replace([' ', '='], "_").replace('+', "x");
    let ext = if compiler.cxx { "cpp" } else { "c" };
    let mut measured = Table::new();
    let builds: [Build; 2] = [
        ("default", &[], |item| !item.contains('@')),
        ("wddm2_0", &["-DDXGKDDI_INTERFACE_VERSION=0x5023", "-DD3D_UMD_INTERFACE_VERSION=0x5002"], |item| {
            item.ends_with("@WDDM2_0")
        }),
    ];
    for (name, defines, wanted) in builds {
        let source = dir.join(format!("probe_{tag}_{name}.{ext}"));
        let binary = dir.join(format!("probe_{tag}_{name}"));
        std::fs::write(&source, probe_program(rows, compiler.cxx, wanted)).unwrap();
        compile(compiler, &source, &binary, defines, &[]);
        measured.extend(parse_output(&run(&binary, &[])));
    }
    measured
}

#[test]
fn c_and_cxx_layouts_match_windows() {
    let rows = expected_rows();
    let mut report = Vec::new();
    for compiler in compilers() {
        let measured = measure(&compiler, &rows);
        for problem in differences(&rows, &measured, |_| true) {
            report.push(format!("[{}] {problem}", compiler.label));
        }
    }
    assert!(report.is_empty(), "{} mismatches:\n{}", report.len(), report.join("\n"));
}

#[test]
fn rust_layouts_match_windows() {
    let rows = expected_rows();
    let facts: Table = wddm_shim::abi::layout::abi_facts()
        .into_iter()
        .map(|fact| ((fact.item, fact.member), fact.value))
        .collect();
    let problems = differences(&rows, &facts, |_| true);
    assert!(problems.is_empty(), "{} mismatches:\n{}", problems.len(), problems.join("\n"));
}
