//! Shared setup for napi-host's benchmarks: a runtime with a benchmark addon loaded as
//! the global `addon`, and JS loops that call it `n` times.

use napi_host::{Runtime, RuntimeConfig, ScriptValue};
use napi_host_tests::{Target, build_fixture};
use std::time::{Duration, Instant};

/// A runtime with `benches/addon.c` (built to wasm) loaded as the global `addon`.
pub fn runtime_with_addon() -> Runtime {
    let addon = build_fixture(Target::Wasm, "bench_addon", &["benches/addon.c"], &[]);
    let runtime = Runtime::new(RuntimeConfig::default()).expect("runtime");
    runtime
        .define_addon_global("addon", &addon)
        .expect("load benches/addon.c");
    runtime
}

/// Defines `globalThis[name] = function (n) { ...body run n times... }`.
pub fn define_loop(runtime: &Runtime, name: &str, setup: &str, body: &str) {
    let source = format!(
        "globalThis.{name} = function (n) {{ {setup}; let sink; for (let i = 0; i < n; i++) {{ sink = {body}; }} globalThis.sink = sink; return n; }}"
    );
    runtime.eval(&source).expect("define benchmark loop");
}

/// Runs `name(iterations)` and returns how long it took.
pub fn time_loop(runtime: &Runtime, name: &str, iterations: u64) -> Duration {
    let call = format!("{name}({iterations})");
    let start = Instant::now();
    let result = runtime.eval(&call).expect("benchmark loop threw");
    let elapsed = start.elapsed();
    assert_eq!(
        result,
        ScriptValue::Number(iterations as f64),
        "{name} did not run"
    );
    elapsed
}
