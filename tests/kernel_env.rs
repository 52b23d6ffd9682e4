//! The kernel environment (`include/km`, `src/kernel`) as a KMD's build sees it: every kernel
//! header compiles alone and in any order with the C and C++ standard headers; the kernel
//! structures and constants have the Windows x64 values measured from the real wdm.h; and a
//! KMD that leaks a pool block, frees one with the wrong tag and runs a `PAGED_CODE()` routine
//! at DISPATCH_LEVEL gets a precise report, while the routines behave as documented.

mod support;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use support::{
    compile, compile_only, compilers, repo_root, run, scratch_dir, shared_link_args, static_link_args,
};

const KERNEL_HEADERS: &[&str] = &[
    "ntddk.h",
    "wdm.h",
    "ntifs.h",
    "ntstrsafe.h",
    "ntintsafe.h",
    "initguid.h",
    "acpiioct.h",
    "ntverp.h",
    "WppRecorder.h",
    "windef.h",
    "dispmprt.h",
    "d3dkmdt.h",
    "wddm_shim_km.h",
    "wddm_shim_sal.h",
];

/// What every KMD translation unit is built with here: the kernel headers on the include path,
/// 2-byte wchar_t (L"..." literals are UTF-16, as on Windows), multi-character tags and MSVC's
/// own pragmas (`#pragma warning`, `alloc_text`) accepted.
fn km_flags() -> Vec<String> {
    vec![
        format!("-I{}", repo_root().join("include/km").display()),
        "-fshort-wchar".into(),
        "-Wno-multichar".into(),
        "-Wno-unknown-pragmas".into(),
    ]
}

#[test]
fn every_kernel_header_compiles_alone_twice_and_in_any_order_with_the_standard_headers() {
    let dir = scratch_dir("kernel_headers");
    let flags = km_flags();
    let plain = [flags[0].as_str()]; // also without the KMD flags: a header must not need them
    let mut failures = Vec::new();
    for compiler in compilers() {
        let ext = if compiler.cxx { "cpp" } else { "c" };
        let system: &[&str] = if compiler.cxx {
            &["<stdio.h>", "<string.h>", "<string>", "<vector>", "<mutex>"]
        } else {
            &["<stdio.h>", "<string.h>"]
        };
        for header in KERNEL_HEADERS {
            let name = header.replace('.', "_");
            let twice = format!("#include <{header}>\n#include <{header}>\n");
            let before: String = system.iter().map(|s| format!("#include {s}\n")).collect();
            let after: String = system.iter().rev().map(|s| format!("#include {s}\n")).collect();
            for (variant, text) in [
                ("alone", twice.clone()),
                ("system_first", format!("{before}{twice}")),
                ("system_after", format!("{twice}{after}")),
                (
                    "with_ddi",
                    format!("#include <dispmprt.h>\n{twice}#include <d3dkmddi.h>\n#include <wddm_shim.h>\n"),
                ),
            ] {
                let source =
                    dir.join(format!("{name}_{variant}_{}.{ext}", compiler.program.replace('+', "x")));
                std::fs::write(&source, format!("{text}int wddm_shim_header_check;\n")).unwrap();
                let km: Vec<&str> = flags.iter().map(String::as_str).collect();
                let extras: &[&[&str]] = if variant == "alone" { &[&plain[..], &km[..]] } else { &[&km[..]] };
                for extra in extras {
                    if let Err(message) = compile_only(&compiler, &source, extra) {
                        failures.push(message);
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn sal_and_msvc_dialect_compile_away() {
    let dir = scratch_dir("kernel_sal");
    let source = dir.join("sal.cpp");
    std::fs::write(
        &source,
        "#include <ntddk.h>\n#include <string>\n#include <istream>\n\
         _IRQL_requires_max_(PASSIVE_LEVEL) _Function_class_DXGK_(DXGKDDI_ADD_DEVICE) _Must_inspect_result_\n\
         NTSTATUS __stdcall Annotated(_In_ PVOID a, _Out_writes_bytes_(n) PVOID b, _In_ ULONG n, __in PVOID c,\n\
             __out PULONG d, __inout_opt PVOID e, __in_bcount(n) PVOID f, _When_(n > 0, _Out_) PVOID g);\n\
         _Use_decl_annotations_ NTSTATUS __stdcall Annotated(PVOID a, PVOID b, ULONG n, PVOID c, PULONG d, PVOID e,\n\
             PVOID f, PVOID g) { UNREFERENCED_PARAMETER(a); UNREFERENCED_PARAMETER(b); UNREFERENCED_PARAMETER(n);\n\
             UNREFERENCED_PARAMETER(c); UNREFERENCED_PARAMETER(e); UNREFERENCED_PARAMETER(f); UNREFERENCED_PARAMETER(g);\n\
             *d = 0; return STATUS_SUCCESS; }\n\
         static __forceinline int Inlined(void) { return 1; }\n\
         __declspec(noinline) static int NotInlined(void) { return 1; }\n\
         __declspec(align(16)) static UCHAR g_aligned[16];\n\
         typedef struct { UCHAR a; UNALIGNED ULONG b; } PACKED_PROBE;\n\
         int main() { ULONG d; __pragma(warning(disable : 4127)) std::string s(\"x\");\n\
             return Annotated(NULL, NULL, 0, NULL, &d, NULL, NULL, NULL) == STATUS_SUCCESS && Inlined() == NotInlined() && ((ULONG_PTR)g_aligned & 15) == 0 &&\n\
             (int)min(3, 4) == 3 && (int)max(3, 4) == 4 && s.size() == 1 ? 0 : 1; }\n",
    )
    .unwrap();
    let flags = km_flags();
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    for compiler in compilers().into_iter().filter(|c| c.cxx) {
        compile_only(&compiler, &source, &flags).unwrap_or_else(|message| panic!("{message}"));
    }
}

/// Rows of `tests/abi-data/abi-expected-3-kernel.tsv` (32-bit CONST rows, CONST@64 rows and
/// structure rows).
fn kernel_rows() -> BTreeMap<(String, String), u64> {
    let text = std::fs::read_to_string(repo_root().join("tests/abi-data/abi-expected-3-kernel.tsv")).unwrap();
    let mut rows = BTreeMap::new();
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let value = match cols[2].strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16).unwrap(),
            None => cols[2].parse().unwrap(),
        };
        rows.insert((cols[0].to_owned(), cols[1].to_owned()), value);
    }
    assert!(rows.len() > 80, "the kernel table looks truncated: {} rows", rows.len());
    rows
}

#[test]
fn kernel_layouts_and_constants_match_windows() {
    let rows = kernel_rows();
    let dir = scratch_dir("kernel_layout");
    let flags = km_flags();
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let mut report = Vec::new();
    for compiler in compilers() {
        let mut src = String::from(
            "#include <stdio.h>\n#include <stddef.h>\n#include <ntddk.h>\n\
             #define ROW(item, member, value) printf(\"%s\\t%s\\t%llu\\n\", item, member, (unsigned long long)(value))\n\
             int main(void) {\n",
        );
        for (item, member) in rows.keys() {
            match (item.as_str(), member.as_str()) {
                ("CONST", name) => writeln!(src, "    ROW(\"CONST\", \"{name}\", (UINT)({name}));").unwrap(),
                ("CONST@64", name) => {
                    writeln!(src, "    ROW(\"CONST@64\", \"{name}\", (ULONG64)({name}));").unwrap()
                }
                (ty, "@size") => writeln!(src, "    ROW(\"{ty}\", \"@size\", sizeof({ty}));").unwrap(),
                (ty, field) => {
                    writeln!(src, "    ROW(\"{ty}\", \"{field}\", offsetof({ty}, {field}));").unwrap()
                }
            }
        }
        src.push_str("    return 0;\n}\n");
        let tag = compiler.label.replace([' ', '='], "_").replace('+', "x");
        let ext = if compiler.cxx { "cpp" } else { "c" };
        let source = dir.join(format!("probe_{tag}.{ext}"));
        let binary = dir.join(format!("probe_{tag}"));
        std::fs::write(&source, src).unwrap();
        compile(&compiler, &source, &binary, &flags, &[]);
        let measured: BTreeMap<(String, String), u64> = run(&binary, &[])
            .lines()
            .map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                ((c[0].to_owned(), c[1].to_owned()), c[2].parse().unwrap())
            })
            .collect();
        for (key, value) in &rows {
            match measured.get(key) {
                Some(got) if got == value => {}
                got => report.push(format!("[{}] {key:?}: expected {value:#x}, got {got:?}", compiler.label)),
            }
        }
    }
    assert!(report.is_empty(), "{} mismatches:\n{}", report.len(), report.join("\n"));
}

#[test]
fn a_kmd_misusing_the_kernel_gets_a_precise_report_and_the_routines_behave_as_documented() {
    let dir = scratch_dir("kernel_kmd");
    let source = repo_root().join("tests/c/kernel_kmd.cpp");
    let flags = km_flags();
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    for compiler in compilers().into_iter().filter(|c| c.cxx) {
        for (kind, link) in [("static", static_link_args()), ("shared", shared_link_args())] {
            let binary = dir.join(format!("kernel_kmd_{}_{kind}", compiler.program.replace('+', "x")));
            let mut link: Vec<&str> = link.iter().map(String::as_str).collect();
            link.push("-lpthread");
            compile(&compiler, &source, &binary, &flags, &link);
            let output = run(&binary, &[]);
            assert!(output.contains("kernel checks passed"), "{} {kind}:\n{output}", compiler.label);
        }
    }
}

#[test]
fn a_bug_check_stops_the_test_process_and_says_which_it_was() {
    let dir = scratch_dir("kernel_bugcheck");
    let source = dir.join("bugcheck.cpp");
    std::fs::write(
        &source,
        "#include <ntddk.h>\n\
         int main() {\n\
             NT_ASSERT(KD_DEBUGGER_NOT_PRESENT && !KD_DEBUGGER_ENABLED && KdRefreshDebuggerNotPresent());\n\
             char answer[4] = {'x'};\n\
             if (DbgPrompt(\"continue? \", answer, sizeof answer) != 0 || answer[0] != 0) return 2;\n\
             if (_ReturnAddress() == NULL) return 3;\n\
             KeBugCheckEx(BUGCODE_ID_DRIVER, 1, 2, 3, 4);\n\
         }\n",
    )
    .unwrap();
    let flags = km_flags();
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let link = static_link_args();
    let mut link: Vec<&str> = link.iter().map(String::as_str).collect();
    link.push("-lpthread");
    let compiler = compilers().into_iter().find(|c| c.cxx).expect("a C++ compiler");
    let binary = dir.join("bugcheck");
    compile(&compiler, &source, &binary, &flags, &link);
    let output = std::process::Command::new(&binary).output().expect("run the bug-check program");
    let stderr = String::from_utf8_lossy(&output.stderr);
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(output.status.signal(), Some(libc::SIGABRT), "{:?}\n{stderr}", output.status);
    assert!(stderr.contains("*** KeBugCheckEx 0x000000d2 (0x1, 0x2, 0x3, 0x4)"), "{stderr}");
}

#[test]
fn waits_on_several_objects_semaphores_timers_and_dbgprint_conversions_behave_as_on_windows() {
    let dir = scratch_dir("kernel_waits");
    let source = repo_root().join("tests/c/kernel_waits.cpp");
    let flags = km_flags();
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    for compiler in compilers().into_iter().filter(|c| c.cxx) {
        let binary = dir.join(format!("kernel_waits_{}", compiler.program.replace('+', "x")));
        let link = static_link_args();
        let mut link: Vec<&str> = link.iter().map(String::as_str).collect();
        link.push("-lpthread");
        compile(&compiler, &source, &binary, &flags, &link);
        let output = run(&binary, &[]);
        assert!(output.contains("wait checks passed"), "{}:\n{output}", compiler.label);
    }
}
