//! Builds against a team's own, real WDK headers: with them ahead of ours on the include path and
//! only `wddm_shim_prelude.h` added, `<d3dumddi.h>` then `<wddm_shim.h>` (and `<d3dkmddi.h>` then
//! `<wddm_shim_kmd.h>`) compile as C11 and C++17 with gcc and clang, in any order with the C and
//! C++ standard headers, and the pfnAllocateCb documentation sample (`tests/c/seed_run.cpp`) links
//! and runs.
//!
//! Microsoft's headers are not in this repository. Point `WDDMSHIM_REAL_WDK_INCLUDE` at a
//! directory holding the WDK/SDK's `um`, `shared` and `km` include folders (on a Windows kit,
//! `C:\Program Files (x86)\Windows Kits\10\Include\10.0.22621.0`, copied to the Linux machine);
//! `WDDMSHIM_REAL_WDK_CFLAGS` adds flags (space-separated). The tests are ignored by default (the
//! kit cannot be shipped, so a plain `cargo test` has nothing to check them against); run them
//! with `cargo test --test real_wdk -- --ignored`.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::{Compiler, compilers, repo_root, run, scratch_dir, static_link_args};

fn real_wdk() -> PathBuf {
    let dir = PathBuf::from(std::env::var_os("WDDMSHIM_REAL_WDK_INCLUDE").unwrap_or_else(|| {
        panic!("set WDDMSHIM_REAL_WDK_INCLUDE=<kit>/Include/<version> to run these tests")
    }));
    for sub in ["um", "shared"] {
        assert!(dir.join(sub).is_dir(), "WDDMSHIM_REAL_WDK_INCLUDE={} has no {sub}/", dir.display());
    }
    dir
}

/// The include flags a team uses: the real directories first (as system headers, so their
/// MSVC pragmas do not trip -Werror), ours after every other directory, the prelude forced in.
fn wdk_flags(wdk: &Path) -> Vec<String> {
    let mut flags = Vec::new();
    for sub in ["um", "shared", "km"] {
        if wdk.join(sub).is_dir() {
            flags.push(format!("-isystem{}", wdk.join(sub).display()));
        }
    }
    flags.push(format!("-idirafter{}", repo_root().join("include").display()));
    flags.push("-include".into());
    flags.push("wddm_shim_prelude.h".into());
    if let Ok(extra) = std::env::var("WDDMSHIM_REAL_WDK_CFLAGS") {
        flags.extend(extra.split_whitespace().map(str::to_owned));
    }
    flags
}

fn build(
    compiler: &Compiler,
    wdk: &Path,
    source: &Path,
    extra: &[String],
    output: Option<&Path>,
) -> Result<String, String> {
    let mut cmd = Command::new(&compiler.program);
    cmd.args(&compiler.flags).args(wdk_flags(wdk)).args(extra).arg(source);
    match output {
        Some(binary) => {
            cmd.arg("-xnone").args(static_link_args()).arg("-lpthread").arg("-o").arg(binary);
        }
        None => {
            cmd.args(["-c", "-o", "/dev/null"]);
        }
    }
    let result = cmd.output().expect("run the compiler");
    if result.status.success() {
        Ok(String::from_utf8_lossy(&result.stdout).into_owned())
    } else {
        Err(format!(
            "{} failed on {}:\n{}",
            compiler.label,
            source.display(),
            String::from_utf8_lossy(&result.stderr)
        ))
    }
}

/// The headers a translation unit read (`-M`), to prove the real ones were used.
fn headers_read(compiler: &Compiler, wdk: &Path, source: &Path) -> String {
    let result = Command::new(&compiler.program)
        .args(&compiler.flags)
        .args(wdk_flags(wdk))
        .arg("-M")
        .arg(source)
        .output()
        .expect("run the compiler");
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    String::from_utf8_lossy(&result.stdout).into_owned()
}

#[test]
#[ignore = "needs WDDMSHIM_REAL_WDK_INCLUDE (a team's own WDK headers); run with -- --ignored"]
fn umd_and_kmd_sides_compile_with_the_real_headers_first_in_any_order_with_the_standard_headers() {
    let wdk = real_wdk();
    let dir = scratch_dir("real_wdk_headers");
    let ours = repo_root().join("include");
    let mut failures = Vec::new();
    for compiler in compilers() {
        let ext = if compiler.cxx { "cpp" } else { "c" };
        let std_headers: &[&str] = if compiler.cxx {
            &["<string>", "<vector>", "<mutex>", "<stdio.h>", "<string.h>"]
        } else {
            &["<stdio.h>", "<string.h>"]
        };
        let std_block: String = std_headers.iter().map(|h| format!("#include {h}\n")).collect();
        for (side, wdk_header, shim_header) in
            [("umd", "d3dumddi.h", "wddm_shim.h"), ("kmd", "d3dkmddi.h", "wddm_shim_kmd.h")]
        {
            for (order, text) in [
                ("first", format!("{std_block}#include <{wdk_header}>\n#include <{shim_header}>\n")),
                ("last", format!("#include <{wdk_header}>\n#include <{shim_header}>\n{std_block}")),
            ] {
                let source = dir.join(format!("{side}_{order}_{}.{ext}", compiler.program.replace('+', "x")));
                std::fs::write(&source, format!("{text}int wddm_shim_real_wdk_check;\n")).unwrap();
                if let Err(message) = build(&compiler, &wdk, &source, &[], None) {
                    failures.push(message);
                    continue;
                }
                let read = headers_read(&compiler, &wdk, &source);
                let real = wdk.join(if side == "umd" { "um" } else { "shared" }).join(wdk_header);
                if !read.contains(&real.display().to_string()) {
                    failures.push(format!(
                        "{}: {side} did not read the real {}",
                        compiler.label,
                        real.display()
                    ));
                }
                for ours_header in ["d3dumddi.h", "d3dukmdt.h", "d3dkmddi.h", "dispmprt.h"] {
                    if read.contains(&ours.join(ours_header).display().to_string()) {
                        failures.push(format!(
                            "{}: {side} read our {ours_header}, not the real one",
                            compiler.label
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "needs WDDMSHIM_REAL_WDK_INCLUDE (a team's own WDK headers); run with -- --ignored"]
fn the_seed_sample_links_and_runs_against_the_real_headers() {
    let wdk = real_wdk();
    let dir = scratch_dir("real_wdk_seed");
    let source = repo_root().join("tests/c/seed_run.cpp");
    let samples = vec![format!("-I{}", repo_root().join("cpp-example").display())];
    for compiler in compilers().into_iter().filter(|c| c.cxx) {
        let binary = dir.join(format!("seed_run_{}", compiler.program.replace('+', "x")));
        build(&compiler, &wdk, &source, &samples, Some(&binary)).unwrap_or_else(|m| panic!("{m}"));
        let output = run(&binary, &[]);
        assert!(output.contains("seed sample ran"), "{}: {output}", compiler.label);
    }
}

/// Identifiers of `text` that start with one of `prefixes`.
fn identifiers(text: &str, prefixes: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| prefixes.iter().any(|p| word.starts_with(p)) && word.len() > 8)
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// `typeid(T).name()` for every name in `names` that is a type under `flags` and `headers`:
/// one syntax-only pass finds the names that do not compile, the second prints the rest.
fn manglings(
    wdk: Option<&Path>,
    headers: &[&str],
    names: &[String],
    tag: &str,
) -> std::collections::BTreeMap<String, String> {
    let dir = scratch_dir(&format!("real_wdk_types_{tag}"));
    let compiler = compilers().into_iter().find(|c| c.program == "g++").expect("g++");
    let flags: Vec<String> = match wdk {
        Some(wdk) => wdk_flags(wdk),
        None => vec![format!("-I{}", repo_root().join("include").display())],
    };
    let prologue: String = ["<typeinfo>", "<cstdio>"]
        .iter()
        .map(|h| h.to_string())
        .chain(headers.iter().map(|h| format!("<{h}>")))
        .map(|h| format!("#include {h}\n"))
        .collect();
    let first_line = prologue.lines().count() + 1;
    let probe = dir.join(format!("{tag}_probe.cpp"));
    let body: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("static const char *n{i} = typeid({n}).name();\n"))
        .collect();
    std::fs::write(&probe, format!("{prologue}{body}")).unwrap();
    let result = Command::new(&compiler.program)
        .args(["-std=c++17", "-fsyntax-only", "-w"])
        .args(&flags)
        .arg(&probe)
        .output()
        .expect("run g++");
    let stderr = String::from_utf8_lossy(&result.stderr);
    let marker = format!("{}:", probe.display());
    let failing: std::collections::BTreeSet<usize> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix(&marker)?.split(':').next()?.parse::<usize>().ok())
        .filter(|&line| line >= first_line)
        .map(|line| line - first_line)
        .collect();
    let good: Vec<&String> =
        names.iter().enumerate().filter(|(i, _)| !failing.contains(i)).map(|(_, n)| n).collect();
    let main: String =
        good.iter().map(|n| format!("    std::printf(\"{n}\\t%s\\n\", typeid({n}).name());\n")).collect();
    let source = dir.join(format!("{tag}.cpp"));
    let binary = dir.join(tag);
    std::fs::write(&source, format!("{prologue}int main() {{\n{main}    return 0;\n}}\n")).unwrap();
    let result = Command::new(&compiler.program)
        .args(["-std=c++17", "-w"])
        .args(&flags)
        .arg(&source)
        .arg("-o")
        .arg(&binary)
        .output()
        .expect("run g++");
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    run(&binary, &[])
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(a, b)| (a.to_owned(), b.to_owned())))
        .collect()
}

/// Runtime callbacks whose argument structure the WDK declares as an anonymous `typedef struct`
/// and ours leaves incomplete (the shim does not model it); an incomplete type needs a tag, so
/// the manglings differ by that tag only.
const INCOMPLETE_HERE: &[&str] = &[
    "PFND3DDDI_CREATEPAGINGQUEUECB",
    "PFND3DDDI_DESTROYPAGINGQUEUECB",
    "PFND3DDDI_LOGUMDMARKERCB",
    "PFND3DDDI_MAPGPUVIRTUALADDRESSCB",
    "PFND3DDDI_PRESENTMULTIPLANEOVERLAYCB",
    "PFND3DDDI_RESERVEGPUVIRTUALADDRESSCB",
    "PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMCPUCB",
    "PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMGPU2CB",
    "PFND3DDDI_SIGNALSYNCHRONIZATIONOBJECTFROMGPUCB",
    "PFND3DDDI_UPDATEALLOCATIONPROPERTYCB",
    "PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPUCB",
    "PFND3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMGPUCB",
];

#[test]
#[ignore = "needs WDDMSHIM_REAL_WDK_INCLUDE (a team's own WDK headers); run with -- --ignored"]
fn every_runtime_callback_typedef_has_the_real_wdk_type() {
    let wdk = real_wdk();
    let real_text = std::fs::read_to_string(wdk.join("um/d3dumddi.h")).expect("the real d3dumddi.h");
    let names = identifiers(&real_text, &["PFND3DDDI_", "D3DDDICB_", "D3DDDIARG_", "D3DDDI_"]);
    let real = manglings(Some(&wdk), &["d3dumddi.h"], &names, "umd_real");
    let ours = manglings(None, &["d3dumddi.h"], &names, "umd_ours");
    let compared: Vec<&String> = real.keys().filter(|n| ours.contains_key(*n)).collect();
    assert!(compared.len() > 100, "only {} types in common", compared.len());
    let differing: Vec<String> = compared
        .iter()
        .filter(|n| real[**n] != ours[**n] && !INCOMPLETE_HERE.contains(&n.as_str()))
        .map(|n| format!("{n}: WDK {} ours {}", real[*n], ours[*n]))
        .collect();
    assert!(
        differing.is_empty(),
        "{} of {} types differ:\n{}",
        differing.len(),
        compared.len(),
        differing.join("\n")
    );
}

#[test]
#[ignore = "needs WDDMSHIM_REAL_WDK_INCLUDE (a team's own WDK headers); run with -- --ignored"]
fn every_ddi_callback_and_parameter_typedef_has_the_real_wdk_type() {
    let wdk = real_wdk();
    let real_text = std::fs::read_to_string(wdk.join("shared/d3dkmddi.h")).expect("the real d3dkmddi.h");
    let names = identifiers(
        &real_text,
        &[
            "DXGKDDI_",
            "PDXGKDDI_",
            "DXGKCB_",
            "PDXGKCB_",
            "DXGK_POWER_",
            "IN_",
            "OUT_",
            "INOUT_",
            "IN_OUT_",
            "DEREF_OUT_",
            "DXGKARG",
            "D3DKMDT_",
        ],
    );
    let real = manglings(Some(&wdk), &["d3dkmddi.h"], &names, "real");
    let ours = manglings(None, &["d3dkmddi.h", "dispmprt.h"], &names, "ours");
    assert!(real.len() > 400, "only {} real types measured", real.len());
    let compared: Vec<&String> = real.keys().filter(|n| ours.contains_key(*n)).collect();
    assert!(compared.len() > 400, "only {} types in common", compared.len());
    let differing: Vec<String> = compared
        .iter()
        .filter(|n| real[**n] != ours[**n])
        .map(|n| format!("{n}: WDK {} ours {}", real[*n], ours[*n]))
        .collect();
    assert!(
        differing.is_empty(),
        "{} of {} types differ:\n{}",
        differing.len(),
        compared.len(),
        differing.join("\n")
    );
}

/// The include flags of a KMD build against a team's kit: the kernel environment first (the
/// kit's ntddk.h/wdm.h need MSVC and make `long` types 64-bit here), then the kit, then ours.
fn kmd_flags(wdk: &Path) -> Vec<String> {
    let mut flags = vec![format!("-I{}", repo_root().join("include/km").display())];
    for sub in ["km", "shared", "um"] {
        if wdk.join(sub).is_dir() {
            flags.push(format!("-isystem{}", wdk.join(sub).display()));
        }
    }
    flags.push(format!("-idirafter{}", repo_root().join("include").display()));
    flags.extend(["-fshort-wchar", "-Wno-multichar", "-Wno-unknown-pragmas"].map(str::to_owned));
    if let Ok(extra) = std::env::var("WDDMSHIM_REAL_WDK_CFLAGS") {
        flags.extend(extra.split_whitespace().map(str::to_owned));
    }
    flags
}

fn compile_kmd(compiler: &Compiler, wdk: &Path, source: &Path, extra: &[String]) -> Result<String, String> {
    let result = Command::new(&compiler.program)
        .args(&compiler.flags)
        .args(kmd_flags(wdk))
        .args(extra)
        .arg(source)
        .output()
        .expect("run the compiler");
    if result.status.success() {
        Ok(String::from_utf8_lossy(&result.stdout).into_owned())
    } else {
        Err(format!(
            "{} failed on {}:\n{}",
            compiler.label,
            source.display(),
            String::from_utf8_lossy(&result.stderr)
        ))
    }
}

#[test]
#[ignore = "needs WDDMSHIM_REAL_WDK_INCLUDE (a team's own WDK headers); run with -- --ignored"]
fn a_kmd_builds_against_the_real_dispmprt_h_behind_the_kernel_environment() {
    let wdk = real_wdk();
    assert!(wdk.join("km/dispmprt.h").is_file(), "the kit has no km/dispmprt.h");
    let dir = scratch_dir("real_wdk_kmd");
    let ours = repo_root().join("include");
    let mut failures = Vec::new();
    for compiler in compilers() {
        let ext = if compiler.cxx { "cpp" } else { "c" };
        let std_headers: &[&str] = if compiler.cxx {
            &["<string>", "<vector>", "<mutex>", "<stdio.h>", "<string.h>"]
        } else {
            &["<stdio.h>", "<string.h>"]
        };
        let std_block: String = std_headers.iter().map(|h| format!("#include {h}\n")).collect();
        // A C++ KMD includes the WDK inside extern "C", as Microsoft's samples do: the kit's
        // dispmprt.h declares DxgkInitialize without it.
        let (open, close) = if compiler.cxx { ("extern \"C\" {\n", "}\n") } else { ("", "") };
        let kmd_block = format!(
            "{open}#include <ntddk.h>\n#include <dispmprt.h>\n#include <wddm_shim_kmd.h>\n{close}\
             C_ASSERT(sizeof(D3DKMDT_VIDEO_OUTPUT_TECHNOLOGY) == 4);\n\
             C_ASSERT(sizeof(DXGKMDT_OPM_CONNECTOR_TYPE) == 4);\n\
             int wddm_shim_vot_other_is_minus_one[D3DKMDT_VOT_OTHER == \
             (D3DKMDT_VIDEO_OUTPUT_TECHNOLOGY)0xFFFFFFFFu ? 1 : -1];\n"
        );
        for (order, text) in
            [("first", format!("{std_block}{kmd_block}")), ("last", format!("{kmd_block}{std_block}"))]
        {
            let source = dir.join(format!("kmd_{order}_{}.{ext}", compiler.program.replace('+', "x")));
            std::fs::write(&source, format!("{text}int wddm_shim_real_wdk_kmd_check(void) {{ return (int)sizeof wddm_shim_vot_other_is_minus_one; }}\n")).unwrap();
            if let Err(message) = compile_kmd(&compiler, &wdk, &source, &["-c".into(), "-o/dev/null".into()])
            {
                failures.push(message);
                continue;
            }
            let read = compile_kmd(&compiler, &wdk, &source, &["-M".into()]).expect("list the headers read");
            for (sub, header) in [
                ("km", "dispmprt.h"),
                ("shared", "d3dkmddi.h"),
                ("shared", "d3dkmdt.h"),
                ("shared", "d3dukmdt.h"),
            ] {
                if !read.contains(&wdk.join(sub).join(header).display().to_string()) {
                    failures.push(format!("{}: did not read the kit's {sub}/{header}", compiler.label));
                }
                if read.contains(&ours.join(header).display().to_string()) {
                    failures.push(format!("{}: read our {header}, not the kit's", compiler.label));
                }
            }
        }
        if compiler.cxx {
            // The example KMD, unchanged, against the kit.
            let example = vec![
                format!("-I{}", repo_root().join("cpp-example").display()),
                "-c".into(),
                "-o/dev/null".into(),
            ];
            let source = repo_root().join("cpp-example/example_kmd.cpp");
            if let Err(message) = compile_kmd(&compiler, &wdk, &source, &example) {
                failures.push(message);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "needs WDDMSHIM_REAL_WDK_INCLUDE (a team's own WDK headers); run with -- --ignored"]
fn the_real_kit_behind_the_kernel_environment_has_the_windows_x64_layout_of_every_measured_structure() {
    let wdk = real_wdk();
    let dir = scratch_dir("real_wdk_kmd_layout");
    let mut rows = Vec::new();
    for file in ["abi-expected.tsv", "abi-expected-2.tsv", "abi-expected-3.tsv", "abi-expected-3-kernel.tsv"]
    {
        let text = std::fs::read_to_string(repo_root().join("tests/abi-data").join(file)).unwrap();
        for line in text.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            let Some(value) = cols.get(2).and_then(|v| match v.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16).ok(),
                None => v.parse().ok(),
            }) else {
                continue;
            };
            if !cols[0].starts_with("CONST") {
                rows.push((cols[0].to_owned(), cols[1].to_owned(), value));
            }
        }
    }
    let compiler = compilers().into_iter().find(|c| c.program == "g++").expect("g++");
    let prologue = "#include <stdio.h>\n#include <stddef.h>\nextern \"C\" {\n#include <ntddk.h>\n#include <dispmprt.h>\n}\n";
    let first_line = prologue.lines().count() + 1;
    let expr = |item: &str, member: &str| {
        if member == "@size" { format!("sizeof({item})") } else { format!("offsetof({item}, {member})") }
    };
    // One syntax-only pass drops the rows the kit names differently (or not at all).
    let probe = dir.join("probe.cpp");
    let body: String = rows
        .iter()
        .enumerate()
        .map(|(i, (item, member, _))| format!("static const size_t r{i} = {};\n", expr(item, member)))
        .collect();
    std::fs::write(&probe, format!("{prologue}{body}")).unwrap();
    let failing: std::collections::BTreeSet<usize> =
        match compile_kmd(&compiler, &wdk, &probe, &["-fsyntax-only".into(), "-w".into()]) {
            Ok(_) => Default::default(),
            Err(message) => {
                let marker = format!("{}:", probe.display());
                message
                    .lines()
                    .filter_map(|l| l.strip_prefix(&marker)?.split(':').next()?.parse::<usize>().ok())
                    .filter(|&line| line >= first_line)
                    .map(|line| line - first_line)
                    .collect()
            }
        };
    let kept: Vec<&(String, String, u64)> =
        rows.iter().enumerate().filter(|(i, _)| !failing.contains(i)).map(|(_, r)| r).collect();
    let main: String = kept
        .iter()
        .map(|(item, member, _)| {
            format!("    printf(\"{item}\\t{member}\\t%zu\\n\", (size_t){});\n", expr(item, member))
        })
        .collect();
    let source = dir.join("layout.cpp");
    let binary = dir.join("layout");
    std::fs::write(&source, format!("{prologue}int main() {{\n{main}    return 0;\n}}\n")).unwrap();
    compile_kmd(&compiler, &wdk, &source, &["-w".into(), "-o".into(), binary.display().to_string()])
        .unwrap_or_else(|m| panic!("{m}"));
    let measured: std::collections::BTreeMap<(String, String), u64> = run(&binary, &[])
        .lines()
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Some(((c.first()?.to_string(), c.get(1)?.to_string()), c.get(2)?.parse().ok()?))
        })
        .collect();
    assert!(measured.len() > 800, "only {} of {} rows compile against the kit", measured.len(), rows.len());
    let differing: Vec<String> = kept
        .iter()
        .filter(|(item, member, value)| measured.get(&(item.clone(), member.clone())) != Some(value))
        .map(|(item, member, value)| {
            format!(
                "{item}.{member}: Windows {value}, kit here {:?}",
                measured.get(&(item.clone(), member.clone()))
            )
        })
        .collect();
    assert!(
        differing.is_empty(),
        "{} of {} rows differ:\n{}",
        differing.len(),
        kept.len(),
        differing.join("\n")
    );
}
