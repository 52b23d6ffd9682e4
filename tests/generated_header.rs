//! The checked-in `include/wddm_shim.h` and `include/wddm_shim_kmd.h` are exactly what the pinned
//! cbindgen generates from the Rust sources, split by build.rs (written to `$OUT_DIR`). To update
//! them: `WDDMSHIM_BLESS_HEADER=1 cargo build`.

const GENERATED: [(&str, &str); 2] = [
    ("wddm_shim.h", include_str!(concat!(env!("OUT_DIR"), "/wddm_shim.h"))),
    ("wddm_shim_kmd.h", include_str!(concat!(env!("OUT_DIR"), "/wddm_shim_kmd.h"))),
];

#[test]
fn checked_in_headers_match_the_rust_api() {
    for (name, generated) in GENERATED {
        let checked_in = std::fs::read_to_string(format!("{}/include/{name}", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|e| panic!("read include/{name}: {e}"));
        if generated != checked_in {
            let first_difference =
                generated.lines().zip(checked_in.lines()).position(|(a, b)| a != b).map_or_else(
                    || "one is a prefix of the other".to_owned(),
                    |line| format!("first difference at line {}", line + 1),
                );
            panic!(
                "include/{name} is stale ({first_difference}); run `WDDMSHIM_BLESS_HEADER=1 cargo build` and commit it"
            );
        }
    }
}

#[test]
fn every_exported_function_is_documented() {
    // cbindgen copies each `///` comment above the declaration; an export without one would
    // reach C users undocumented.
    let mut undocumented = Vec::new();
    for (_, header) in GENERATED {
        let lines: Vec<&str> = header.lines().collect();
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
    }
    assert!(undocumented.is_empty(), "undocumented declarations:\n{}", undocumented.join("\n"));
}

#[test]
fn the_user_mode_header_names_no_kernel_mode_header_and_the_kmd_header_holds_every_dxgk_export() {
    let (umd, kmd) = (GENERATED[0].1, GENERATED[1].1);
    assert!(umd.contains("#include <d3dumddi.h>"), "wddm_shim.h includes <d3dumddi.h> by angle brackets");
    for kernel in ["d3dkmddi.h", "dispmprt.h", "ntddk.h", "wdm.h", "\"d3dumddi.h\""] {
        assert!(
            !umd.contains(&format!("#include {kernel}")) && !umd.contains(&format!("#include <{kernel}>")),
            "wddm_shim.h includes {kernel}"
        );
    }
    assert!(kmd.contains("#include <d3dkmddi.h>"));
    let declared = |header: &str, prefix: &str| -> Vec<String> {
        header
            .lines()
            .filter(|l| !l.starts_with([' ', '/', '#', '*']) && l.contains('('))
            .filter_map(|l| l.split('(').next()?.rsplit([' ', '*']).next().map(str::to_owned))
            .filter(|name| name.starts_with(prefix))
            .collect()
    };
    assert!(declared(umd, "Dxgk").is_empty(), "Dxgk exports in wddm_shim.h: {:?}", declared(umd, "Dxgk"));
    assert!(declared(kmd, "WddmShim").is_empty());
    let kmd_exports = declared(kmd, "Dxgk");
    for name in ["DxgkInitialize", "DxgkCbGetHandleData", "DxgkCbGetHandleParent", "DxgkCbEnumHandleChildren"]
    {
        assert!(
            kmd_exports.iter().any(|n| n == name),
            "{name} missing from wddm_shim_kmd.h: {kmd_exports:?}"
        );
    }
}
