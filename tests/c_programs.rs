//! Real C++ programs against the library, linked both ways: the documentation's pfnAllocateCb
//! sample run unchanged against the default adapter, and a KMD with its own DriverEntry whose
//! DDIs are checked for order and arguments and which resolves handles with the Dxgk callbacks.

mod support;

use support::{compile, compilers, repo_root, run, scratch_dir, shared_link_args, static_link_args};

fn build_and_run(name: &str, expect: &str) {
    let dir = scratch_dir(name);
    let source = repo_root().join(format!("tests/c/{name}.cpp"));
    let include_tests = format!("-I{}", repo_root().join("tests/c").display());
    for compiler in compilers().into_iter().filter(|c| c.cxx) {
        for (kind, link) in [("static", static_link_args()), ("shared", shared_link_args())] {
            let binary = dir.join(format!("{name}_{}_{kind}", compiler.program.replace('+', "x")));
            let mut link: Vec<&str> = link.iter().map(String::as_str).collect();
            link.push("-lpthread");
            compile(&compiler, &source, &binary, &[&include_tests], &link);
            let output = run(&binary, &[]);
            assert!(output.contains(expect), "{} {kind}: {output}", compiler.label);
        }
    }
}

#[test]
fn the_documentation_sample_runs_unchanged_against_the_default_adapter() {
    build_and_run("seed_run", "seed sample ran");
}

#[test]
fn a_kmd_with_its_own_driver_entry_is_driven_as_dxgkrnl_drives_it() {
    build_and_run("test_kmd", "DDI calls in the documented order");
}
