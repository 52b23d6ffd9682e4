//! Compiles the bridge and the C++ example's KMD (its UMD is header-only) against the library's
//! headers. The library itself comes in as the `wddm-shim` dependency.

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    cxx_build::bridge("src/lib.rs")
        .file("src/example_bridge.cpp")
        .file(root.join("cpp-example/example_kmd.cpp"))
        .include(root.join("include"))
        .include(root.join("include/km"))
        .include(root.join("cpp-example"))
        .include("src")
        .std("c++17")
        .flag("-Wall")
        .flag("-Wextra")
        .flag("-Wno-multichar")
        .compile("wddm_shim_example_bridge");
    for path in ["src/example_bridge.cpp", "src/example_bridge.hpp", "src/lib.rs"] {
        println!("cargo:rerun-if-changed={path}");
    }
    println!("cargo:rerun-if-changed={}", root.join("cpp-example").display());
    println!("cargo:rerun-if-changed={}", root.join("include").display());
}
