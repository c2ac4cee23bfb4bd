//! Experimental Node-API functions that Node 20 (the oracle of the conformance suite)
//! does not have; checked under napi-host against Node's documented behaviour.

use napi_host_tests::{Target, build_fixture, fixture_dir, napi_host, repo_root};

#[test]
fn experimental_object_functions() {
    build_fixture(
        Target::Wasm,
        "experimental_objects",
        &["tests/experimental/objects.c"],
        &[],
    );
    let fixtures = fixture_dir("");
    let run = napi_host(
        &[],
        &repo_root().join("tests/experimental/objects.js"),
        &[],
        &[("NAPI_HOST_FIXTURES", fixtures.to_str().expect("utf-8 path"))],
    );
    run.assert_success();
    assert!(
        run.stdout.contains("experimental objects: ok"),
        "{}",
        run.stdout
    );
}
