//! The headers in `include/` as a driver's build sees them: each compiles alone, a second
//! inclusion is harmless, the C++ harness builds without exceptions, the documentation's pfnAllocateCb sample compiles warning-free as
//! C++, and a panic inside the library reaches C as an error code, through the static and the
//! shared library alike.

mod support;

use support::{
    compile, compile_only, compilers, repo_root, run, scratch_dir, shared_link_args, static_link_args,
};

const PUBLIC_HEADERS: &[&str] = &[
    "wddm_shim_wintypes.h",
    "wddm_shim_prelude.h",
    "wddm_shim_windef.h",
    "wddm_shim_guid.h",
    "d3dukmdt.h",
    "d3dumddi.h",
    "d3dkmdt.h",
    "d3dkmddi.h",
    "dispmprt.h",
    "wddm_shim.h",
    "wddm_shim_kmd.h",
];

#[test]
fn every_public_header_compiles_alone_and_twice() {
    let dir = scratch_dir("c_headers");
    let mut failures = Vec::new();
    for compiler in compilers() {
        let ext = if compiler.cxx { "cpp" } else { "c" };
        for header in PUBLIC_HEADERS {
            for times in [1, 2] {
                let source = dir.join(format!("{}_{times}.{ext}", header.replace('.', "_")));
                let includes = format!("#include \"{header}\"\n").repeat(times);
                std::fs::write(&source, format!("{includes}int wddm_shim_header_check;\n")).unwrap();
                if let Err(message) = compile_only(&compiler, &source, &[]) {
                    failures.push(message);
                }
            }
        }
        // All of them together, in both orders, twice over.
        let all: String = PUBLIC_HEADERS
            .iter()
            .chain(PUBLIC_HEADERS.iter().rev())
            .map(|h| format!("#include \"{h}\"\n"))
            .collect();
        let source = dir.join(format!("all_headers.{ext}"));
        std::fs::write(&source, format!("{all}int wddm_shim_header_check;\n")).unwrap();
        if let Err(message) = compile_only(&compiler, &source, &[]) {
            failures.push(message);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_cxx_harness_compiles_alone_twice_and_without_exceptions() {
    let dir = scratch_dir("c_headers_harness");
    let source = dir.join("harness.cpp");
    std::fs::write(
        &source,
        "#include \"wddm_shim_harness.hpp\"\n#include \"wddm_shim_harness.hpp\"\n\
         int main() { wddmshim::Adapter adapter; wddmshim::Device device(adapter);\n\
         return adapter.status() == S_OK && device.status() == S_OK ? 0 : 1; }\n",
    )
    .unwrap();
    for compiler in compilers().into_iter().filter(|c| c.cxx) {
        compile_only(&compiler, &source, &["-fno-exceptions"]).unwrap_or_else(|message| panic!("{message}"));
    }
}

#[test]
fn older_interface_versions_compile() {
    // A driver may pin older interfaces; the version guards must still produce valid headers.
    let dir = scratch_dir("c_headers_versions");
    for compiler in compilers() {
        let ext = if compiler.cxx { "cpp" } else { "c" };
        let source = dir.join(format!("versions.{ext}"));
        std::fs::write(
            &source,
            "#include \"dispmprt.h\"\n#include \"d3dumddi.h\"\nint wddm_shim_header_check;\n",
        )
        .unwrap();
        for (umd, kmd) in [
            ("0x000C", "0x1052"),
            ("0x2003", "0x2005"),
            ("0x3004", "0x300E"),
            ("0x5002", "0x5023"),
            ("0x7001", "0x700A"),
        ] {
            let defines =
                [format!("-DD3D_UMD_INTERFACE_VERSION={umd}"), format!("-DDXGKDDI_INTERFACE_VERSION={kmd}")];
            let defines: Vec<&str> = defines.iter().map(String::as_str).collect();
            compile_only(&compiler, &source, &defines)
                .unwrap_or_else(|message| panic!("UMD {umd} / KMD {kmd}: {message}"));
        }
    }
}

#[test]
fn the_documentation_sample_compiles_warning_free_as_cxx() {
    let dir = scratch_dir("c_headers_seed");
    let source = dir.join("seed.cpp");
    std::fs::write(
        &source,
        format!(
            "#include \"{}\"\nint main() {{ SeedUmd umd; (void)umd; return 0; }}\n",
            repo_root().join("cpp-example/seed_sample.hpp").display()
        ),
    )
    .unwrap();
    for compiler in compilers().into_iter().filter(|c| c.cxx) {
        compile_only(&compiler, &source, &[]).unwrap_or_else(|message| panic!("{message}"));
    }
}

#[test]
fn a_panic_inside_the_library_comes_back_to_c_as_an_error_code() {
    let dir = scratch_dir("c_panic");
    let source = repo_root().join("tests/c/panic_boundary.c");
    for compiler in compilers().into_iter().filter(|c| !c.cxx) {
        for (kind, link) in [("static", static_link_args()), ("shared", shared_link_args())] {
            let binary = dir.join(format!("panic_boundary_{}_{kind}", compiler.program));
            let link: Vec<&str> = link.iter().map(String::as_str).collect();
            compile(&compiler, &source, &binary, &[], &link);
            let output = run(&binary, &[]);
            assert!(output.contains("panic contained: 0x8000ffff"), "{kind}: {output}");
        }
    }
}
