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

fn limits_case(flags: &[&str], case: &str) -> napi_host_tests::Run {
    for name in ["limits", "limits-copy"] {
        build_fixture(Target::Wasm, name, &["tests/hostile/limits.c"], &[]);
    }
    let fixtures = fixture_dir("");
    napi_host(
        flags,
        &repo_root().join("tests/hostile/limits.js"),
        &[case],
        &[("NAPI_HOST_FIXTURES", fixtures.to_str().expect("utf-8 path"))],
    )
}

#[test]
fn wasm_memory_limit_is_a_typed_error() {
    let run = limits_case(&["--max-wasm-memory", "8M"], "wasm-memory");
    run.assert_success();
    assert!(
        run.stdout.contains("wasm-memory: host still alive"),
        "{}",
        run.stdout
    );
}

#[test]
fn timeouts_stop_wasm_and_js() {
    let run = limits_case(&["--timeout", "300"], "timeout");
    run.assert_success();
    assert!(run.stdout.contains("after timeout: ok"), "{}", run.stdout);
    // An endless JS loop is stopped too; the script fails with the report.
    let dir = std::env::temp_dir().join(format!("napi-host-spin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let script = dir.join("spin.js");
    std::fs::write(&script, "for (;;) {}\n").expect("write");
    let run = napi_host(&["--timeout", "200"], &script, &[], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("InternalError: interrupted"),
        "{}",
        run.stderr
    );
}

/// Built-in loops over a length the script or addon controls (holes and array-likes
/// cost no memory) stop at the deadline like any script, called from JS or through
/// Node-API, and the runtime and addon keep working.
#[test]
fn builtin_loops_stop_at_the_deadline() {
    let addon = build_fixture(Target::Wasm, "limits", &["tests/hostile/limits.c"], &[]);
    let runtime = napi_host::RuntimeBuilder::new()
        .call_timeout(std::time::Duration::from_millis(200))
        .build()
        .expect("runtime");
    runtime.define_addon_global("limits", &addon).expect("load");
    let long = "new Array(2 ** 32 - 1)";
    let like = "{ length: 2 ** 53 - 1 }";
    let cases = [
        "limits.stringifyLongArray()".to_owned(),
        format!("{long}.join('')"),
        format!("String({long})"),
        format!("{long}.toLocaleString()"),
        format!("{long}.reverse()"),
        format!("{long}.copyWithin(0, 1)"),
        format!("{long}.slice(0)"),
        format!("{long}.splice(0)"),
        format!("{long}.sort()"),
        format!("{long}.shift()"),
        format!("{long}.flat()"),
        format!("{long}.flatMap((x) => x)"),
        format!("[].concat({long})"),
        format!("[{long}].flat()"),
        format!("new Proxy({long}, {{}}).join('')"),
        format!("Array.prototype.join.call({like}, '')"),
        "Array.prototype.unshift.call({ length: 2 ** 53 - 2 }, 1)".to_owned(),
        "[].concat({ length: 2 ** 53 - 1, [Symbol.isConcatSpreadable]: true })".to_owned(),
    ];
    for case in &cases {
        let error = runtime.eval(case).expect_err(case);
        assert_eq!(
            error.code.as_deref(),
            Some("ERR_TIMEOUT"),
            "{case}: {error:?}"
        );
    }
    assert_eq!(
        runtime
            .eval("[limits.ok(), [1, [2, 3]].flat().join()].join(' ')")
            .expect("the runtime and the addon still work"),
        napi_host::ScriptValue::String("ok 1,2,3".into())
    );
}

#[test]
fn deep_recursion_is_a_range_error() {
    let run = limits_case(&[], "stack");
    run.assert_success();
    assert!(
        run.stdout.contains("deep recursion: RangeError"),
        "{}",
        run.stdout
    );
}

#[test]
fn handle_floods_are_capped() {
    let run = limits_case(&[], "handles");
    run.assert_success();
}

/// `napi_fatal_error` (napi-host only: Node aborts the whole process): through the CLI
/// the runtime stops like Node's abort, with exit code 134 and no 'exit' event; through
/// the library the call fails with `ERR_NAPI_FATAL` and the host keeps running.
#[test]
fn napi_fatal_error_stops_the_runtime_not_the_host() {
    let addon = build_fixture(Target::Wasm, "fatal", &["tests/hostile/fatal.c"], &[]);
    let fixtures = fixture_dir("");
    let run = napi_host(
        &[],
        &repo_root().join("tests/hostile/fatal.js"),
        &[],
        &[("NAPI_HOST_FIXTURES", fixtures.to_str().expect("utf-8 path"))],
    );
    assert_eq!(
        run.code, 134,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    assert_eq!(run.stdout, "ok\n", "nothing runs after the fatal error");
    assert!(
        run.stderr
            .starts_with("FATAL ERROR: fatal.c:Fatal something went wrong\n"),
        "{}",
        run.stderr
    );

    let runtime = napi_host::Runtime::new(napi_host::RuntimeConfig::default()).expect("runtime");
    runtime.define_addon_global("fatal", &addon).expect("load");
    let error = runtime
        .eval("try { fatal.fatalWithLengths() } catch (e) { 'caught' }")
        .expect_err("a fatal error cannot be caught");
    assert_eq!(error.code.as_deref(), Some("ERR_NAPI_FATAL"));
    assert!(
        error.message.contains("FATAL ERROR: where? what!"),
        "{}",
        error.message
    );
    assert_eq!(
        runtime
            .eval("[typeof fatal.ok, 6 * 7].join()")
            .expect("the engine still runs"),
        napi_host::ScriptValue::String("function,42".into())
    );
    let poisoned = runtime
        .eval("fatal.ok()")
        .expect_err("the addon is stopped");
    assert_eq!(poisoned.code.as_deref(), Some("ERR_ADDON_POISONED"));
}

#[test]
fn misbehaving_finalizers_and_overlapping_out_params() {
    for name in ["reentry", "reentry-copy"] {
        build_fixture(Target::Wasm, name, &["tests/hostile/reentry.c"], &[]);
    }
    let fixtures = fixture_dir("");
    let run = napi_host(
        &["--expose-gc"],
        &repo_root().join("tests/hostile/reentry.js"),
        &[],
        &[("NAPI_HOST_FIXTURES", fixtures.to_str().expect("utf-8 path"))],
    );
    run.assert_success();
    assert!(
        run.stdout.contains("finalizers: host still alive"),
        "{}",
        run.stdout
    );
}
