//! The crate's layers import one way: each top-level module of `src/` names only modules below
//! it in [`LAYERS`] (`ffi` → `runtime` → `kmd`/`vidmm`/`kernel` → `core` → `journal` → `abi`), so
//! the import graph has no loop. Read from the sources as text (comments left out).

mod support;

use support::repo_root;

/// Lowest first.
const LAYERS: &[&str] = &["abi", "journal", "core", "kernel", "vidmm", "kmd", "runtime", "ffi"];

fn without_comments(text: &str) -> String {
    text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_imports_only_the_layers_below_it() {
    let src = repo_root().join("src");
    let mut checked = 0;
    let mut violations = Vec::new();
    for layer in LAYERS {
        let rank = LAYERS.iter().position(|l| l == layer).unwrap();
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer}/ has no Rust files");
        for file in files {
            let text = without_comments(&std::fs::read_to_string(&file).unwrap());
            for (at, _) in text.match_indices("crate::") {
                let name: String =
                    text[at + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                let Some(target) = LAYERS.iter().position(|l| *l == name) else { continue };
                checked += 1;
                if target >= rank && name != *layer {
                    violations.push(format!("{} names crate::{name}", file.display()));
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} crate paths found: the scan is broken");
    violations.sort();
    violations.dedup();
    assert!(violations.is_empty(), "imports against the layer order:\n{}", violations.join("\n"));
}
