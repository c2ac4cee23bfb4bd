//! Conformance: each area under `tests/conformance/` has C addons and JS tests that
//! must pass under napi-host (wasm build) AND under Node (native build of the same C).
//!
//! Two markers in the sources adjust this:
//! - a C source whose leading comment lines include `// napi-cc-variant: SUFFIX FLAG...`
//!   is built once per such line, as `<stem>_<SUFFIX>` with those compiler flags (e.g.
//!   the same addon at several `-DNAPI_VERSION`s), instead of once as `<stem>`;
//! - a test containing the line `// conformance: compare-stdout` must also print
//!   exactly the same stdout under both (for output Node produces after the last JS
//!   runs, such as finalizers at exit);
//! - a test `<name>.js` with a file `<name>.expected-output.txt` next to it must print
//!   exactly that on stdout under both (e.g. cleanup hooks, which print from C at
//!   teardown, after the last JS ran).

use napi_host_tests::{Target, build_fixture, fixture_dir, napi_host, node, repo_root};
use std::path::PathBuf;

/// Builds every addon of `area` for both targets and runs every `test*.js` in it under
/// napi-host and under node.
fn conformance(area: &str) {
    let dir = repo_root().join("tests/conformance").join(area);
    let mut sources = Vec::new();
    let mut tests = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("area directory") {
        let path = entry.expect("directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if name.ends_with(".c") {
            sources.push(path);
        } else if name.starts_with("test") && name.ends_with(".js") {
            tests.push(path);
        }
    }
    assert!(!tests.is_empty(), "no test*.js in {}", dir.display());
    for source in &sources {
        let stem = source
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 name");
        let relative = source.strip_prefix(repo_root()).expect("inside repo");
        let relative = relative.to_str().expect("utf-8 path");
        for (name, flags) in variants(source, stem) {
            let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
            build_fixture(Target::Wasm, &name, &[relative], &flags);
            build_fixture(Target::Native, &name, &[relative], &flags);
        }
    }
    let fixtures = fixture_dir("");
    let fixtures = fixtures.to_str().expect("utf-8 path");
    let env = [("NAPI_HOST_FIXTURES", fixtures)];
    for test in &tests {
        run_both(test, &env);
    }
}

/// The builds of one C source: `(fixture name, extra compiler flags)`, from its leading
/// `// napi-cc-variant: SUFFIX FLAG...` lines, or just `(stem, [])`.
fn variants(source: &PathBuf, stem: &str) -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(source).expect("C source");
    let variants: Vec<(String, Vec<String>)> = text
        .lines()
        .take_while(|line| line.starts_with("//"))
        .filter_map(|line| line.strip_prefix("// napi-cc-variant:"))
        .map(|spec| {
            let mut words = spec.split_whitespace().map(str::to_owned);
            let suffix = words.next().expect("napi-cc-variant needs a suffix");
            (format!("{stem}_{suffix}"), words.collect())
        })
        .collect();
    if variants.is_empty() {
        vec![(stem.to_owned(), Vec::new())]
    } else {
        variants
    }
}

fn run_both(test: &PathBuf, env: &[(&str, &str)]) {
    let ours = napi_host(&["--expose-gc"], test, &[], env);
    assert_eq!(
        ours.code,
        0,
        "napi-host failed {}\n--- stdout\n{}\n--- stderr\n{}",
        test.display(),
        ours.stdout,
        ours.stderr
    );
    let oracle = node(&["--expose-gc"], test, env).expect("node is installed (scripts/setup.sh)");
    assert_eq!(
        oracle.code,
        0,
        "node (the oracle) failed {}: the test expects something Node does not do\n--- stdout\n{}\n--- stderr\n{}",
        test.display(),
        oracle.stdout,
        oracle.stderr
    );
    let source = std::fs::read_to_string(test).expect("test source");
    if source
        .lines()
        .any(|l| l.trim() == "// conformance: compare-stdout")
    {
        assert_eq!(
            ours.stdout,
            oracle.stdout,
            "{}: napi-host's stdout (left) differs from node's (right)",
            test.display()
        );
    }
    let expected_file = test.with_extension("expected-output.txt");
    if let Ok(expected) = std::fs::read_to_string(&expected_file) {
        for (who, stdout) in [("napi-host", &ours.stdout), ("node", &oracle.stdout)] {
            assert_eq!(
                stdout,
                &expected,
                "{}: {who}'s stdout (left) differs from {}",
                test.display(),
                expected_file.display()
            );
        }
    }
}

macro_rules! areas {
    ($($area:ident),* $(,)?) => {
        $( #[test] fn $area() { conformance(stringify!($area)); } )*

        #[test]
        fn every_area_directory_is_tested() {
            let listed = [$(stringify!($area)),*];
            for entry in std::fs::read_dir(repo_root().join("tests/conformance")).expect("conformance dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
                    assert!(listed.contains(&name.as_str()), "tests/conformance/{name} is not listed in conformance.rs");
                }
            }
        }
    };
}

areas! {
    values,
    strings,
    errors,
    objects,
    arrays,
    functions,
    scopes,
    externals,
    references,
    wrap,
    classes,
    finalizers,
    arraybuffers,
    typedarrays,
    dataviews,
    async_work,
    tsfn,
    cleanup_hooks,
    node_api_misc,
    event_loop,
    buffers,
    symbols,
    bigint,
    dates,
    promises,
    coercion,
    property_names,
    run_script,
    external_strings,
    array_builtins,
}
