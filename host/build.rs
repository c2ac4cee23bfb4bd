//! Embeds the JavaScript half of the runtime (`src/runtime/js/*.js`) as builtin
//! modules, so the list of builtins is always exactly the files present.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("src/runtime/js");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|n| n.strip_suffix(".js").map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let source = |name: &str| {
        format!(
            "include_str!({:?})",
            format!("{root}/src/runtime/js/{name}.js")
        )
    };
    let mut out = String::new();
    let bootstrap = if names.iter().any(|n| n == "bootstrap") {
        source("bootstrap")
    } else {
        "\"\"".to_owned()
    };
    writeln!(
        out,
        "/// `bootstrap.js`.\npub(super) const BOOTSTRAP: &str = {bootstrap};"
    )
    .ok();
    writeln!(
        out,
        "/// Builtin modules by name.\npub(super) const MODULES: &[(&str, &str)] = &["
    )
    .ok();
    for name in names.iter().filter(|n| *n != "bootstrap") {
        writeln!(out, "    ({name:?}, {}),", source(name)).ok();
    }
    writeln!(out, "];").ok();
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("builtins.rs"), out).expect("write builtins.rs");
}
