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

#[test]
fn experimental_external_shared_array_buffer() {
    build_fixture(
        Target::Wasm,
        "experimental_sab",
        &["tests/experimental/sab.c"],
        &[],
    );
    let fixtures = fixture_dir("");
    let run = napi_host(
        &["--expose-gc"],
        &repo_root().join("tests/experimental/sab.js"),
        &[],
        &[("NAPI_HOST_FIXTURES", fixtures.to_str().expect("utf-8 path"))],
    );
    run.assert_success();
    assert!(
        run.stdout.contains("external SharedArrayBuffer: ok"),
        "{}",
        run.stdout
    );
}
