//! The checked-in `include/wddm_shim.h` is exactly what the pinned cbindgen generates from the
//! Rust sources (build.rs writes it to `$OUT_DIR`). To update it: `WDDMSHIM_BLESS_HEADER=1 cargo build`.

#[test]
fn checked_in_header_matches_the_rust_api() {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/wddm_shim.h"));
    let checked_in = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/include/wddm_shim.h"))
        .expect("read include/wddm_shim.h");
    if generated != checked_in {
        let first_difference =
            generated.lines().zip(checked_in.lines()).position(|(a, b)| a != b).map_or_else(
                || "one is a prefix of the other".to_owned(),
                |line| format!("first difference at line {}", line + 1),
            );
        panic!(
            "include/wddm_shim.h is stale ({first_difference}); run `WDDMSHIM_BLESS_HEADER=1 cargo build` and commit it"
        );
    }
}

#[test]
fn every_exported_function_is_documented() {
    // cbindgen copies each `///` comment above the declaration; an export without one would
    // reach C users undocumented.
    let header = include_str!(concat!(env!("OUT_DIR"), "/wddm_shim.h"));
    let lines: Vec<&str> = header.lines().collect();
    let mut undocumented = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let declares_function = line.contains('(')
            && !line.starts_with(' ')
            && !line.starts_with("//")
            && !line.starts_with('#')
            && !line.starts_with("typedef")
            && !line.starts_with("/*")
            && !line.starts_with(" *");
        if declares_function && index > 0 && !lines[index - 1].trim_start().starts_with("//") {
            undocumented.push(*line);
        }
    }
    assert!(undocumented.is_empty(), "undocumented declarations:\n{}", undocumented.join("\n"));
}
