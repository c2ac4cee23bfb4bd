//! ns per JS -> wasm Node-API operation. Reference figures on the project machine
//! (shared/README.md, min/median): Node native noop 9.1/9.7 ns, add 29.7/30.7 ns,
//! strlen of 1 KiB 77.6/81.3 ns, make_obj (8 props) 1.51/1.83 us, call_js 93.5/96.9 ns,
//! sum of a 1M Float64Array 728/747 us; emnapi on Node noop 19.9/20.7 ns, add 590/627 ns,
//! strlen 4.27/4.65 us, make_obj 2.13/2.53 us, call_js 596/712 ns, sum 1.26/1.50 ms.
#![expect(
    missing_docs,
    reason = "criterion_group! and criterion_main! generate undocumented items"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use napi_host_benches::{define_loop, runtime_with_addon, time_loop};

fn boundary(c: &mut Criterion) {
    let runtime = runtime_with_addon();
    define_loop(&runtime, "emptyLoop", "", "i");
    define_loop(&runtime, "noopLoop", "const f = addon.noop", "f()");
    define_loop(&runtime, "addLoop", "const f = addon.add", "f(i, 1)");
    define_loop(
        &runtime,
        "strlenLoop",
        "const f = addon.strlen, s = 'x'.repeat(1024)",
        "f(s)",
    );
    define_loop(&runtime, "makeObjLoop", "const f = addon.makeObj", "f()");
    define_loop(
        &runtime,
        "callJsLoop",
        "const f = addon.callJs, cb = (n) => n + 1",
        "f(cb, i)",
    );
    let mut group = c.benchmark_group("js_to_wasm");
    for (name, function) in [
        ("empty_js_loop", "emptyLoop"),
        ("noop", "noopLoop"),
        ("add", "addLoop"),
        ("strlen_1k", "strlenLoop"),
        ("make_obj_8_props", "makeObjLoop"),
        ("call_js", "callJsLoop"),
    ] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| time_loop(&runtime, function, iters))
        });
    }
    group.finish();
}

/// Summing a 1M-element Float64Array in the addon: one created by JS (napi-host copies
/// its 8 MiB into guest memory at `napi_get_typedarray_info` and back when the call
/// returns, see host/src/env/transfer.rs) and one the addon created (aliases guest
/// memory: no copy).
fn buffers(c: &mut Criterion) {
    let runtime = runtime_with_addon();
    runtime
        .eval(
            "globalThis.jsFloat64 = new Float64Array(1 << 20).fill(0.5); \
             globalThis.addonFloat64 = addon.newFloat64(1 << 20);",
        )
        .expect("create the arrays");
    define_loop(
        &runtime,
        "sumJsCreated",
        "const f = addon.sumFloat64, a = globalThis.jsFloat64",
        "f(a)",
    );
    define_loop(
        &runtime,
        "sumAddonCreated",
        "const f = addon.sumFloat64, a = globalThis.addonFloat64",
        "f(a)",
    );
    let mut group = c.benchmark_group("typed_arrays");
    group.sample_size(20);
    for (name, function) in [
        ("sum_float64_1m_js_created", "sumJsCreated"),
        ("sum_float64_1m_addon_created", "sumAddonCreated"),
    ] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| time_loop(&runtime, function, iters))
        });
    }
    group.finish();
}

criterion_group!(benches, boundary, buffers);
criterion_main!(benches);
