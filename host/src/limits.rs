//! Resource limits for untrusted addons and scripts, and how hitting one is reported.
//!
//! | limit | enforced by | reported as |
//! |---|---|---|
//! | linear memory per instance | a wasmtime `ResourceLimiter` that traps `memory.grow` | `ERR_WASM_MEMORY_LIMIT` (instance poisoned) |
//! | JS heap | QuickJS's memory limit | `InternalError: out of memory`, `code: 'ERR_JS_MEMORY_LIMIT'` |
//! | time per top-level call | wasmtime epochs (wasm) and QuickJS's interrupt handler (JS) | `ERR_TIMEOUT` (a wasm instance that was stopped is poisoned) |
//! | wasm stack | wasmtime's stack limit | `RangeError`, `code: 'ERR_WASM_STACK_OVERFLOW'` (instance poisoned) |
//! | live handles per env | the handle store | `napi_generic_failure`, or `ERR_NAPI_HANDLE_LIMIT` for a callback |

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Limits applied to every addon and script of a runtime. `None` means unlimited.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Most bytes of linear memory one addon instance may have.
    pub wasm_memory: Option<usize>,
    /// Most bytes the JS engine may allocate.
    pub js_heap: Option<usize>,
    /// Longest a top-level call (the main script, one event-loop phase, `eval`, an addon
    /// load) may run, in JS and wasm together.
    pub call_timeout: Option<Duration>,
}

/// How often the epoch advances when a timeout is set; the timeout's resolution.
pub(crate) const EPOCH_TICK: Duration = Duration::from_millis(5);

/// An epoch deadline that is never reached (wasmtime adds it to the current epoch).
pub(crate) const NO_DEADLINE: u64 = u64::MAX / 2;

/// The epoch deadline, in ticks from now, for `timeout`.
pub(crate) fn deadline_ticks(timeout: Duration) -> u64 {
    let ticks = timeout.as_nanos() / EPOCH_TICK.as_nanos() + 1;
    u64::try_from(ticks).unwrap_or(NO_DEADLINE).min(NO_DEADLINE)
}

/// The marker error a denied `memory.grow` traps with.
#[derive(Debug, thiserror::Error)]
#[error("linear memory limit of {limit} bytes exceeded (growing to {desired} bytes)")]
pub(crate) struct MemoryLimitExceeded {
    limit: usize,
    desired: usize,
}

/// Caps linear memory growth of one store.
pub(crate) struct GuestLimiter {
    memory: Option<usize>,
}

impl GuestLimiter {
    /// A limiter allowing at most `memory` bytes per linear memory.
    pub(crate) fn new(memory: Option<usize>) -> GuestLimiter {
        GuestLimiter { memory }
    }
}

impl wasmtime::ResourceLimiter for GuestLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        match self.memory {
            Some(limit) if desired > limit => Err(MemoryLimitExceeded { limit, desired }.into()),
            _ => Ok(true),
        }
    }

    fn table_growing(
        &mut self,
        _current: usize,
        _desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(true)
    }
}

/// Which limit (if any) a wasm trap means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TrapKind {
    /// Linear memory limit.
    MemoryLimit,
    /// Deadline reached.
    Timeout,
    /// wasm stack exhausted.
    StackOverflow,
    /// Any other trap.
    Other,
}

impl TrapKind {
    /// Classifies a trap.
    pub(crate) fn of(trap: &wasmtime::Error) -> TrapKind {
        if trap.downcast_ref::<MemoryLimitExceeded>().is_some() {
            return TrapKind::MemoryLimit;
        }
        match trap.downcast_ref::<wasmtime::Trap>() {
            Some(wasmtime::Trap::Interrupt) => TrapKind::Timeout,
            Some(wasmtime::Trap::StackOverflow) => TrapKind::StackOverflow,
            _ => TrapKind::Other,
        }
    }

    /// The `code` of the JS error reporting it.
    pub(crate) fn code(self) -> &'static str {
        match self {
            TrapKind::MemoryLimit => "ERR_WASM_MEMORY_LIMIT",
            TrapKind::Timeout => "ERR_TIMEOUT",
            TrapKind::StackOverflow => "ERR_WASM_STACK_OVERFLOW",
            TrapKind::Other => "ERR_WASM_TRAP",
        }
    }
}

/// A thread advancing a wasmtime engine's epoch every [`EPOCH_TICK`] while it lives.
pub(crate) struct EpochTicker {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl EpochTicker {
    /// Starts ticking `engine`.
    pub(crate) fn start(engine: wasmtime::Engine) -> EpochTicker {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("napi-host-epoch".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(EPOCH_TICK);
                    engine.increment_epoch();
                }
            })
            .ok();
        EpochTicker { stop, thread }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Parses a byte size: a number with an optional `K`, `M` or `G` suffix (powers of 1024).
pub fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => text.split_at(i),
        None => (text, ""),
    };
    let value: usize = digits
        .parse()
        .map_err(|_| format!("invalid size {text:?}"))?;
    let factor: usize = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        _ => return Err(format!("invalid size unit in {text:?} (use K, M or G)")),
    };
    value
        .checked_mul(factor)
        .ok_or_else(|| format!("size {text:?} is too large"))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_accept_binary_suffixes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("16M"), Ok(16 << 20));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert!(parse_size("12Q").is_err());
        assert!(parse_size("").is_err());
    }
}
