//! Hostile guests: faults become typed JS errors and the host keeps running.

use napi_host_tests::{Target, build_fixture, fixture_dir, napi_host, repo_root};

#[test]
fn faults_are_typed_errors_and_the_host_survives() {
    for name in ["faults", "faults-copy", "faults-copy2", "faults-copy3"] {
        build_fixture(Target::Wasm, name, &["tests/hostile/faults.c"], &[]);
    }
    build_fixture(
        Target::Wasm,
        "missing_import",
        &["tests/hostile/missing_import.c"],
        &[],
    );
    let fixtures = fixture_dir("");
    let run = napi_host(
        &[],
        &repo_root().join("tests/hostile/faults.js"),
        &[],
        &[("NAPI_HOST_FIXTURES", fixtures.to_str().expect("utf-8 path"))],
    );
    run.assert_success();
    assert!(run.stdout.contains("host still alive"), "{}", run.stdout);
}
