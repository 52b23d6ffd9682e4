//! Real C++ programs against the library, linked both ways: the documentation's pfnAllocateCb
//! sample run unchanged against the default adapter, and a KMD with its own DriverEntry whose
//! DDIs are checked for order and arguments, which resolves handles with the Dxgk callbacks and
//! whose shared primary (`WddmShimCreateStandardAllocation`) goes through its standard-allocation
//! DDIs.

mod support;

use support::{
    compile, compilers, repo_root, run, run_capturing, scratch_dir, shared_link_args, static_link_args,
};

/// Builds `tests/c/<name>.cpp` with every C++ compiler, against both libraries, in the scratch
/// directory `scratch` (one per test: tests run in parallel), runs each build and checks its
/// output; returns the builds.
fn build_and_run(name: &str, scratch: &str, expect: &str) -> Vec<std::path::PathBuf> {
    let mut built = Vec::new();
    let dir = scratch_dir(scratch);
    let source = repo_root().join(format!("tests/c/{name}.cpp"));
    // The seed sample lives with the C++ example, which uses it too.
    let include_tests = format!("-I{}", repo_root().join("cpp-example").display());
    for compiler in compilers().into_iter().filter(|c| c.cxx) {
        for (kind, link) in [("static", static_link_args()), ("shared", shared_link_args())] {
            let binary = dir.join(format!("{name}_{}_{kind}", compiler.program.replace('+', "x")));
            let mut link: Vec<&str> = link.iter().map(String::as_str).collect();
            link.push("-lpthread");
            compile(&compiler, &source, &binary, &[&include_tests], &link);
            let output = run(&binary, &[]);
            assert!(output.contains(expect), "{} {kind}: {output}", compiler.label);
            built.push(binary);
        }
    }
    built
}

#[test]
fn the_documentation_sample_runs_unchanged_against_the_default_adapter() {
    build_and_run("seed_run", "seed_run", "seed sample ran");
}

#[test]
fn wddmshim_log_prints_the_journal_to_stderr_and_only_then() {
    let binary = build_and_run("seed_run", "seed_run_logged", "seed sample ran").remove(0);
    let (_, quiet) = run_capturing(&binary, &[]);
    assert!(!quiet.contains("wddm-shim #"), "journal on stderr without WDDMSHIM_LOG:\n{quiet}");
    let (_, logged) = run_capturing(&binary, &[("WDDMSHIM_LOG", "1")]);
    for needle in ["WddmShimCreateAdapter -> S_OK", "DxgkDdiCreateAllocation(", "pfnAllocateCb(hDevice 0x"] {
        assert!(
            logged.lines().any(|l| l.starts_with("wddm-shim #") && l.contains(needle)),
            "no {needle:?} in:\n{logged}"
        );
    }
}

#[test]
fn a_kmd_with_its_own_driver_entry_is_driven_as_dxgkrnl_drives_it() {
    build_and_run("test_kmd", "test_kmd", "DDI calls in the documented order");
}

/// The names of the functions the generated header declares.
fn header_functions() -> Vec<String> {
    let header = ["include/wddm_shim.h", "include/wddm_shim_kmd.h"]
        .map(|name| std::fs::read_to_string(repo_root().join(name)).unwrap())
        .join("\n");
    header
        .lines()
        .filter(|line| !line.starts_with([' ', '/', '#', '}', '*', '\t']) && line.contains('('))
        .filter_map(|line| {
            let name = line[..line.find('(').unwrap()].rsplit([' ', '*']).next()?;
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_').then(|| name.to_owned())
        })
        .collect()
}

/// The names of the kernel routines the kernel headers (`include/km`) declare for the library
/// to provide: `NTKERNELAPI` / `NTSYSAPI` declarations and the `WddmShim*` helpers their macros
/// call (inline functions are the header's own).
fn kernel_header_functions() -> Vec<String> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(repo_root().join("include/km")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            let declared = line.starts_with("NTKERNELAPI ")
                || line.starts_with("NTSYSAPI ")
                || (line.contains(" WddmShim")
                    && !line.starts_with([' ', '#', '/', '*'])
                    && line.ends_with(");"));
            if !declared || !line.contains('(') {
                continue;
            }
            let name = line[..line.find('(').unwrap()].rsplit([' ', '*']).next().unwrap();
            names.push(name.to_owned());
        }
    }
    names
}

/// The global symbols `nm` lists as defined in `library`.
fn defined_symbols(library: &std::path::Path, dynamic: bool) -> Vec<String> {
    let mut command = std::process::Command::new("nm");
    if dynamic {
        command.arg("-D");
    }
    let output = command.arg("--defined-only").arg(library).output().expect("run nm");
    assert!(output.status.success(), "nm {}", library.display());
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| match line.split_whitespace().collect::<Vec<_>>()[..] {
            [_, "T", name] => Some(name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_function_of_the_header_is_exported_by_both_libraries() {
    let mut functions = header_functions();
    functions.extend(kernel_header_functions());
    for expected in [
        "WddmShimCreateAdapter",
        "DxgkInitialize",
        "DxgkCbGetHandleData",
        "DxgkCbEnumHandleChildren",
        "ExAllocatePool2",
        "KeAcquireSpinLockRaiseToDpc",
        "WddmShimDbgPrint",
    ] {
        assert!(functions.iter().any(|f| f == expected), "header parse missed {expected}: {functions:?}");
    }
    let dir = support::library_dir();
    for (library, dynamic) in [("libwddm_shim.so", true), ("libwddm_shim.a", false)] {
        let symbols = defined_symbols(&dir.join(library), dynamic);
        for function in &functions {
            assert!(symbols.contains(function), "{library} does not export {function}");
        }
        if dynamic {
            // The shared library exports its API (wddm_shim.h and the kernel routines of
            // include/km) and nothing else.
            let mut exported = symbols.clone();
            let mut declared = functions.clone();
            exported.sort();
            declared.sort();
            assert_eq!(exported, declared, "{library} exports more or less than the headers declare");
        }
    }
}

#[test]
fn the_shared_library_has_a_versioned_soname() {
    let library = support::library_dir().join("libwddm_shim.so");
    let output = std::process::Command::new("readelf").arg("-d").arg(&library).output().expect("run readelf");
    let text = String::from_utf8_lossy(&output.stdout);
    let major = env!("CARGO_PKG_VERSION_MAJOR");
    assert!(text.contains(&format!("Library soname: [libwddm_shim.so.{major}]")), "{text}");
}
