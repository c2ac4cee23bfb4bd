//! Conformance: each area under `tests/conformance/` has C addons and JS tests that
//! must pass under napi-host (wasm build) AND under Node (native build of the same C).

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
        build_fixture(Target::Wasm, stem, &[relative], &[]);
        build_fixture(Target::Native, stem, &[relative], &[]);
    }
    let fixtures = fixture_dir("");
    let fixtures = fixtures.to_str().expect("utf-8 path");
    let env = [("NAPI_HOST_FIXTURES", fixtures)];
    for test in &tests {
        run_both(test, &env);
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
}
