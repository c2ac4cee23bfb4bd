//! ns per JS -> wasm Node-API call. Reference figures on the project machine (shared/
//! README.md): Node native noop 9.1 ns, add 29.7 ns; emnapi on Node noop 19.9 ns,
//! add 590 ns.
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
    let mut group = c.benchmark_group("js_to_wasm");
    for (name, function) in [
        ("empty_js_loop", "emptyLoop"),
        ("noop", "noopLoop"),
        ("add", "addLoop"),
    ] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| time_loop(&runtime, function, iters))
        });
    }
    group.finish();
}

criterion_group!(benches, boundary);
criterion_main!(benches);
