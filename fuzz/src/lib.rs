//! The driver shared by the `napi_calls` fuzz target and the `replay` binary: one
//! napi-host runtime with the interpreter addon (`guest/interp.c`) loaded as the global
//! `interp`, fed one input per call.
//!
//! The bar is the host's: whatever the bytes make the guest do (wild pointers, stale
//! handles, unbalanced scopes, traps, `napi_fatal_error`, endless recursion), the host
//! must answer with a status, a JS error or a trapped (poisoned) instance, never a Rust
//! panic, an abort or UB. JS errors are therefore expected and ignored here; a panic
//! anywhere in the host reaches libFuzzer's panic hook and is reported as a crash.

use napi_host::{Output, Runtime, RuntimeBuilder, ScriptValue};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Duration;

/// Longest input passed to the guest (its buffer is 64 KiB; libFuzzer's `-max_len`
/// default of 4096 stays well below).
pub const MAX_INPUT: usize = 16 * 1024;

/// After this many inputs the runtime is rebuilt anyway, to bound leaked state.
const RECYCLE_EVERY: u32 = 2_000;

/// The interpreter addons (`guest/build.sh`): `$NAPI_FUZZ_GUEST_DIR/interp.wasm` (module
/// API version 10) and `interp-exp.wasm` (experimental), by default in `guest/`.
pub fn guest_path(experimental: bool) -> PathBuf {
    let dir = std::env::var_os("NAPI_FUZZ_GUEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/guest")));
    dir.join(if experimental { "interp-exp.wasm" } else { "interp.wasm" })
}

/// A runtime with the interpreter loaded, rebuilt when the instance was poisoned, the
/// runtime was stopped (`napi_fatal_error`), or every [`RECYCLE_EVERY`] inputs.
pub struct Driver {
    runtime: Option<Runtime>,
    runs: u32,
    /// Rebuild the runtime before every input (deterministic replay).
    pub fresh_each_time: bool,
    /// Print each input's outcome to stderr.
    pub verbose: bool,
}

impl Default for Driver {
    fn default() -> Self {
        Driver {
            runtime: None,
            runs: 0,
            fresh_each_time: std::env::var_os("NAPI_FUZZ_FRESH").is_some(),
            verbose: std::env::var_os("NAPI_FUZZ_VERBOSE").is_some(),
        }
    }
}

fn build_runtime() -> Runtime {
    let quiet = std::env::var_os("NAPI_FUZZ_VERBOSE").is_none();
    let output = || if quiet { Output::Null } else { Output::Inherit };
    let runtime = RuntimeBuilder::new()
        .stdout(output())
        .stderr(output())
        .max_wasm_memory(64 << 20)
        .max_js_heap(256 << 20)
        .call_timeout(Duration::from_millis(500))
        .handle_limit(200_000)
        .expose_gc(true)
        .build()
        .expect("runtime builds");
    for (name, experimental) in [("interp", false), ("interp_exp", true)] {
        let path = guest_path(experimental);
        runtime
            .define_addon_global(name, &path)
            .unwrap_or_else(|e| panic!("loading {} (run guest/build.sh): {e}", path.display()));
    }
    runtime
}

/// `bytes` as a JS string literal of Latin-1 characters.
fn js_latin1_literal(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 4 + 2);
    s.push('"');
    for b in bytes {
        let _ = write!(s, "\\x{b:02x}");
    }
    s.push('"');
    s
}

impl Driver {
    /// Runs one input: `interp.run(input)`, then the event loop (finalizers, async
    /// work, thread-safe function calls), then checks the instance still answers.
    pub fn run(&mut self, data: &[u8]) {
        let data = &data[..data.len().min(MAX_INPUT)];
        if self.fresh_each_time || self.runs >= RECYCLE_EVERY {
            self.runtime = None;
            self.runs = 0;
        }
        self.runs += 1;
        let runtime = self.runtime.get_or_insert_with(build_runtime);
        // Mode bit 2 picks the experimental-version build (see guest/interp.c).
        let global = if data.first().is_some_and(|m| m & 4 != 0) { "interp_exp" } else { "interp" };
        let source = format!("{global}.run({})", js_latin1_literal(data));
        let outcome = runtime.eval(&source);
        if self.verbose {
            eprintln!("run: {outcome:?}");
        }
        let code = runtime.run_event_loop();
        if self.verbose {
            eprintln!("event loop: exit code {code}");
        }
        // A trapped (poisoned) instance, a runtime stopped by napi_fatal_error or an
        // uncaught exception (the loop then returns its code at once): start over.
        let alive = matches!(
            runtime.eval("interp.ping() + interp_exp.ping()"),
            Ok(ScriptValue::Number(n)) if n == 2.0
        );
        if !alive || code != 0 {
            self.runtime = None;
        }
    }
}
