//! The embedding API: `Runtime::eval`, `define_addon_global`, typed errors.

use napi_host::{Runtime, RuntimeConfig, ScriptValue};
use napi_host_tests::{Target, build_fixture};

#[test]
fn eval_returns_values_and_typed_errors() {
    let runtime = Runtime::new(RuntimeConfig::default()).expect("runtime");
    assert_eq!(
        runtime.eval("1 + 2").expect("eval"),
        ScriptValue::Number(3.0)
    );
    assert_eq!(
        runtime.eval("'a' + 'b'").expect("eval"),
        ScriptValue::String("ab".into())
    );
    let error = runtime
        .eval("const e = new Error('nope'); e.code = 'E_TEST'; throw e")
        .expect_err("throws");
    assert_eq!(error.code.as_deref(), Some("E_TEST"));
    assert!(error.message.contains("nope"), "{}", error.message);
}

#[test]
fn addons_can_be_loaded_as_globals_and_traps_are_typed() {
    let faults = build_fixture(Target::Wasm, "faults-lib", &["tests/hostile/faults.c"], &[]);
    let runtime = Runtime::new(RuntimeConfig::default()).expect("runtime");
    runtime
        .define_addon_global("faults", &faults)
        .expect("load");
    assert_eq!(
        runtime.eval("faults.ok()").expect("call"),
        ScriptValue::String("ok".into())
    );
    let trap = runtime.eval("faults.trap()").expect_err("traps");
    assert_eq!(trap.code.as_deref(), Some("ERR_WASM_TRAP"));
    let poisoned = runtime.eval("faults.ok()").expect_err("poisoned");
    assert_eq!(poisoned.code.as_deref(), Some("ERR_ADDON_POISONED"));
    // The runtime itself is fine.
    assert_eq!(
        runtime.eval("40 + 2").expect("eval"),
        ScriptValue::Number(42.0)
    );
    let missing = runtime
        .define_addon_global("nothing", std::path::Path::new("/nonexistent/addon.wasm"))
        .expect_err("missing file");
    assert_eq!(missing.code.as_deref(), Some("ERR_DLOPEN_FAILED"));
}

#[test]
fn output_can_be_captured_or_discarded() {
    use napi_host::{Output, OutputBuffer, RuntimeBuilder};
    let out = OutputBuffer::new();
    let err = OutputBuffer::new();
    let runtime = RuntimeBuilder::new()
        .stdout(Output::Capture(out.clone()))
        .stderr(Output::Capture(err.clone()))
        .env("GREETING", "hi")
        .build()
        .expect("runtime");
    runtime
        .eval("console.log(process.env.GREETING, [1, 2]); console.error('oops'); setTimeout(() => console.log('later'), 1)")
        .expect("eval");
    assert_eq!(runtime.run_event_loop(), 0);
    assert_eq!(out.text(), "hi [ 1, 2 ]\nlater\n");
    assert_eq!(err.text(), "oops\n");
    let quiet = RuntimeBuilder::new()
        .stdout(Output::Null)
        .build()
        .expect("runtime");
    quiet.eval("console.log('nothing to see')").expect("eval");
}
