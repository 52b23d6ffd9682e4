//! The GoogleTest suite (tests/gtest: the C++ example's UMD tested through the header-only
//! harness), configured with CMake, built against the static and the shared library, and run by
//! ctest. Needs cmake and GoogleTest (Debian: `cmake libgtest-dev`); without them the test says
//! so and passes, unless WDDMSHIM_REQUIRE_GTEST is set (CI sets it, and installs both).

mod support;

use std::process::Command;

use support::{library_dir, repo_root};

fn run(command: &mut Command) -> Result<String, String> {
    let output = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    let text =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() { Ok(text) } else { Err(format!("{command:?} failed:\n{text}")) }
}

#[test]
fn the_googletest_suite_passes_against_both_libraries() {
    let required = std::env::var_os("WDDMSHIM_REQUIRE_GTEST").is_some();
    let source = repo_root().join("tests/gtest");
    for (kind, library) in [("static", "libwddm_shim.a"), ("shared", "libwddm_shim.so")] {
        let build = repo_root().join("target").join(format!("gtest-{kind}"));
        let configure = run(Command::new("cmake")
            .arg("-S")
            .arg(&source)
            .arg("-B")
            .arg(&build)
            .arg(format!("-DWDDM_SHIM_LIBRARY={}", library_dir().join(library).display())));
        if let Err(message) = &configure {
            let missing = message.contains("No such file") || message.contains("GTest");
            if missing && !required {
                eprintln!("skipped: cmake or GoogleTest is not installed ({message})");
                return;
            }
        }
        configure.unwrap_or_else(|message| panic!("{message}"));
        run(Command::new("cmake").arg("--build").arg(&build)).unwrap_or_else(|message| panic!("{message}"));
        let report = run(Command::new("ctest").arg("--test-dir").arg(&build).arg("--output-on-failure"))
            .unwrap_or_else(|message| panic!("{kind}: {message}"));
        assert!(report.contains("100% tests passed"), "{kind}: {report}");
        assert!(!report.contains("No tests were found"), "{kind}: {report}");
    }
}
