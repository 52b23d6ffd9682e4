//! Generates `wddm_shim.h`, the C header of the library's own API, from the Rust sources with
//! cbindgen (version pinned in Cargo.toml), into `$OUT_DIR/wddm_shim.h`.
//!
//! The checked-in copy is `include/wddm_shim.h`; `tests/generated_header.rs` fails when it differs
//! from this output. To update the checked-in copy after changing the API, run
//! `WDDMSHIM_BLESS_HEADER=1 cargo build`.

use std::env;
use std::path::PathBuf;

fn main() {
    let crate_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=cbindgen.toml");
    println!("cargo:rerun-if-env-changed=WDDMSHIM_BLESS_HEADER");

    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml")).expect("read cbindgen.toml");
    let generated = out_dir.join("wddm_shim.h");
    cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen could not generate wddm_shim.h")
        .write_to_file(&generated);

    if env::var_os("WDDMSHIM_BLESS_HEADER").is_some() {
        std::fs::copy(&generated, crate_dir.join("include/wddm_shim.h")).expect("update include/wddm_shim.h");
    }
    // The shared library's SONAME carries the major version, so an installed libwddm_shim.so.0
    // keeps working for programs linked against any 0.x (see packaging/).
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        let major = env::var("CARGO_PKG_VERSION_MAJOR").expect("CARGO_PKG_VERSION_MAJOR");
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libwddm_shim.so.{major}");
    }
    // Lets the header test and downstream -sys crates find the generated header and includes.
    println!("cargo:include={}", crate_dir.join("include").display());
}
