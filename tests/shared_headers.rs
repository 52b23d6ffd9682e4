//! The small shared headers Windows driver sources include besides the WDK's display headers:
//! `<dxgiformat.h>` (every `DXGI_FORMAT` value as measured from the Windows SDK, in
//! `tests/abi-data/abi-expected-dxgi.tsv`) and the packing pair `<pshpackN.h>` / `<poppack.h>`,
//! with every compiler, warning-free.

mod support;

use support::{compile_only, compilers, repo_root, scratch_dir};

/// `(name, value)` of every `DXGI_FORMAT` row.
fn dxgi_rows() -> Vec<(String, u32)> {
    let path = repo_root().join("tests/abi-data/abi-expected-dxgi.tsv");
    let text = std::fs::read_to_string(&path).expect("read the DXGI_FORMAT data");
    let rows: Vec<(String, u32)> = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields[0], "CONST", "{line}");
            let value = u32::from_str_radix(fields[2].trim_start_matches("0x"), 16).expect("hex value");
            (fields[1].to_owned(), value)
        })
        .collect();
    assert!(rows.len() > 100, "the DXGI_FORMAT data is incomplete");
    rows
}

#[test]
fn dxgiformat_has_every_format_with_its_windows_value() {
    let checks: String = dxgi_rows()
        .iter()
        .map(|(name, value)| format!("WDDMSHIM_CHECK((unsigned)({name}) == {value}u, {name});\n"))
        .collect();
    let dir = scratch_dir("shared_headers_dxgi");
    let mut failures = Vec::new();
    for compiler in compilers() {
        let ext = if compiler.cxx { "cpp" } else { "c" };
        let check = if compiler.cxx { "static_assert" } else { "_Static_assert" };
        let source = dir.join(format!("dxgi.{ext}"));
        std::fs::write(
            &source,
            format!(
                "#include <dxgiformat.h>\n#include <dxgiformat.h>\n\
                 #define WDDMSHIM_CHECK(c, n) {check}(c, #n)\n\
                 WDDMSHIM_CHECK(sizeof(DXGI_FORMAT) == 4, size);\n{checks}"
            ),
        )
        .unwrap();
        if let Err(message) = compile_only(&compiler, &source, &[]) {
            failures.push(message);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn pshpack_headers_pack_until_poppack() {
    let dir = scratch_dir("shared_headers_pack");
    let mut failures = Vec::new();
    for compiler in compilers() {
        let ext = if compiler.cxx { "cpp" } else { "c" };
        let check = if compiler.cxx { "static_assert" } else { "_Static_assert" };
        let mut text = String::new();
        // { char; long long; } is 9, 10, 12 and 16 bytes at packings 1, 2, 4 and 8.
        for (pack, size) in [(1, 9), (2, 10), (4, 12), (8, 16)] {
            text.push_str(&format!(
                "#include <pshpack{pack}.h>\nstruct packed{pack} {{ char a; long long b; }};\n#include <poppack.h>\n\
                 {check}(sizeof(struct packed{pack}) == {size}, \"pack {pack}\");\n"
            ));
        }
        text.push_str(&format!(
            "struct natural {{ char a; long long b; }};\n{check}(sizeof(struct natural) == 16, \"poppack restores the natural packing\");\n"
        ));
        let source = dir.join(format!("pack.{ext}"));
        std::fs::write(&source, text).unwrap();
        if let Err(message) = compile_only(&compiler, &source, &[]) {
            failures.push(message);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
