//! Building and running real C and C++ programs against `include/` and the built libraries.
#![allow(dead_code)] // each integration test uses the part it needs

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// A C or C++ compiler found on this machine, with the language standard it is driven at.
#[derive(Clone, Debug)]
pub struct Compiler {
    /// What the test reports (`gcc -std=c11`).
    pub label: String,
    /// The executable.
    pub program: String,
    /// Language selection and warning flags.
    pub flags: Vec<String>,
    /// True for C++.
    pub cxx: bool,
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The directory holding `libwddm_shim.a` and `libwddm_shim.so`, built for the C tests.
///
/// `cargo test` builds the library only as an rlib, so the C libraries are built here, once per
/// test binary, by a nested `cargo build` into a target directory of their own (the outer
/// `cargo test` holds the lock of the main one).
pub fn library_dir() -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let target = repo_root().join("target").join("c-libs");
            let status = Command::new(env!("CARGO"))
                .args(["build", "--lib", "-p", "wddm-shim", "--target-dir"])
                .arg(&target)
                .current_dir(repo_root())
                .status()
                .expect("run cargo build for the C libraries");
            assert!(status.success(), "cargo build of the C libraries failed");
            let dir = target.join("debug");
            // Programs linked against the shared library ask for its SONAME, as an installed
            // package provides it (packaging/); give the build directory the same name.
            let soname = dir.join(format!("libwddm_shim.so.{}", env!("CARGO_PKG_VERSION_MAJOR")));
            let _ = std::fs::remove_file(&soname);
            std::os::unix::fs::symlink("libwddm_shim.so", &soname).expect("link the SONAME");
            dir
        })
        .clone()
}

fn available(program: &str) -> bool {
    Command::new(program).arg("--version").output().map(|o| o.status.success()).unwrap_or(false)
}

/// Every compiler to test with: gcc and g++ always (the build needs them), clang and clang++
/// when installed. C is compiled as C11, C++ as C++17, both with `-Wall -Wextra -Werror`.
pub fn compilers() -> Vec<Compiler> {
    let warnings = ["-Wall", "-Wextra", "-Werror"];
    let mut found = Vec::new();
    for (program, cxx) in [("gcc", false), ("g++", true), ("clang", false), ("clang++", true)] {
        let required = program.starts_with('g');
        if !available(program) {
            assert!(!required, "{program} is required to test the C ABI but was not found");
            continue;
        }
        let std = if cxx { "-std=c++17" } else { "-std=c11" };
        let mut flags = vec![if cxx { "-xc++" } else { "-xc" }.to_owned(), std.to_owned()];
        flags.extend(warnings.iter().map(|w| (*w).to_owned()));
        found.push(Compiler { label: format!("{program} {std}"), program: program.to_owned(), flags, cxx });
    }
    found
}

/// A scratch directory for one test's generated sources and binaries.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = repo_root().join("target").join("c-tests").join(name);
    std::fs::create_dir_all(&dir).expect("create scratch directory");
    dir
}

/// Compiles `source` (and links it to `link_args`) into `output`; panics with the compiler's
/// messages when it fails.
pub fn compile(compiler: &Compiler, source: &Path, output: &Path, extra: &[&str], link_args: &[&str]) {
    let mut cmd = Command::new(&compiler.program);
    cmd.args(&compiler.flags)
        .arg("-I")
        .arg(repo_root().join("include"))
        .args(extra)
        .arg(source)
        .arg("-xnone")
        .args(link_args)
        .arg("-o")
        .arg(output);
    let result = cmd.output().expect("run the compiler");
    assert!(
        result.status.success(),
        "{} failed on {}:\n{}{}",
        compiler.label,
        source.display(),
        String::from_utf8_lossy(&result.stdout),
        String::from_utf8_lossy(&result.stderr)
    );
}

/// Compiles only (no link), for header checks.
pub fn compile_only(compiler: &Compiler, source: &Path, extra: &[&str]) -> Result<(), String> {
    let result = Command::new(&compiler.program)
        .args(&compiler.flags)
        .arg("-I")
        .arg(repo_root().join("include"))
        .args(extra)
        .arg("-c")
        .arg(source)
        .arg("-o")
        .arg("/dev/null")
        .output()
        .expect("run the compiler");
    if result.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{} failed on {}:\n{}",
            compiler.label,
            source.display(),
            String::from_utf8_lossy(&result.stderr)
        ))
    }
}

/// Runs a built program and returns its standard output; panics when it fails.
pub fn run(program: &Path, env: &[(&str, &str)]) -> String {
    run_capturing(program, env).0
}

/// Runs a built program and returns its standard output and standard error; panics when it
/// fails.
pub fn run_capturing(program: &Path, env: &[(&str, &str)]) -> (String, String) {
    let mut cmd = Command::new(program);
    for (key, value) in env {
        cmd.env(key, value);
    }
    let result = cmd.output().expect("run the test program");
    let stdout = String::from_utf8(result.stdout).expect("UTF-8 output");
    let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
    assert!(
        result.status.success(),
        "{} exited with {}:\n{stdout}{stderr}",
        program.display(),
        result.status
    );
    (stdout, stderr)
}

/// Linker arguments for the static library (with the system libraries Rust's std needs).
pub fn static_link_args() -> Vec<String> {
    vec![
        library_dir().join("libwddm_shim.a").display().to_string(),
        "-lpthread".into(),
        "-ldl".into(),
        "-lm".into(),
        "-lgcc_s".into(),
    ]
}

/// Linker arguments for the shared library, with an rpath so the program finds it.
pub fn shared_link_args() -> Vec<String> {
    let dir = library_dir();
    vec![format!("-L{}", dir.display()), "-lwddm_shim".into(), format!("-Wl,-rpath,{}", dir.display())]
}
