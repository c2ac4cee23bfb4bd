//! The single entry path of every Node-API import: env check, Node's preamble, the
//! body, then status mapping, exception capture and the last-error record.

use crate::addon::Host;
use crate::engine::{Js, JsValue};
use crate::env::Env;
use crate::guest::{GuestPtr, GuestScalar};
use crate::handles::Handle;
use crate::status::{NapiError, NapiResult, Status};
use std::rc::Rc;
use wasmtime::Caller;

/// Which of Node's entry checks a function performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// `CHECK_ENV` + clear the last error: functions that never run JS.
    Basic,
    /// `NAPI_PREAMBLE`: fails with `napi_pending_exception` while an exception is
    /// pending, and captures exceptions thrown by JS it runs.
    Js,
    /// `CHECK_ENV` only; the last error is left as it is (`napi_get_last_error_info`).
    KeepLastError,
    /// Functions without a `napi_env` parameter (thread-safe function calls,
    /// `napi_remove_async_cleanup_hook`, `napi_fatal_error`...): they run on the
    /// calling instance's env and never touch its last error.
    NoEnv,
}

/// What a napi body works with: the env and the engine.
pub(crate) struct Cx<'a> {
    /// The env of the calling instance.
    pub(crate) env: &'a Rc<Env>,
}

impl Cx<'_> {
    /// The engine handle.
    pub(crate) fn js(&self) -> Js {
        self.env.js()
    }

    /// The value of a handle (`napi_invalid_arg` when it names nothing live).
    pub(crate) fn value(&self, handle: Handle) -> NapiResult<JsValue> {
        self.env.value(handle)
    }

    /// Reads a scalar from guest memory.
    pub(crate) fn read<T: GuestScalar>(&self, ptr: GuestPtr<T>) -> NapiResult<T> {
        self.env.read(ptr)
    }

    /// Writes a scalar to guest memory.
    pub(crate) fn write<T: GuestScalar>(&self, ptr: GuestPtr<T>, value: T) -> NapiResult {
        self.env.write(ptr, value)
    }

    /// Pushes `value` into the current scope and writes its handle to `result`.
    pub(crate) fn set_result(&self, result: GuestPtr<Handle>, value: JsValue) -> NapiResult {
        self.env.write_value(result, value)
    }
}

impl GuestScalar for Handle {
    const SIZE: usize = 4;
    fn read_le(bytes: &[u8]) -> Self {
        Handle(u32::read_le(bytes))
    }
    fn write_le(self, bytes: &mut [u8]) {
        self.0.write_le(bytes);
    }
}

/// Runs one Node-API import.
///
/// Returns the status for the guest, or `Err` to trap it (guest fault or poisoned
/// instance). This is the only place that records the last error and moves JS
/// exceptions into the env's pending exception.
pub(crate) fn enter(
    caller: &mut Caller<'_, Host>,
    env_id: u32,
    entry: Entry,
    name: &'static str,
    body: impl FnOnce(&mut Cx<'_>) -> NapiResult,
) -> wasmtime::Result<i32> {
    let env = caller.data().env.clone();
    if env_id != env.id {
        return Ok(Status::InvalidArg as i32);
    }
    if env.is_poisoned() {
        return Err(poisoned(&env, name));
    }
    let _entered = env.stores.enter(caller);
    if entry == Entry::Js && env.has_pending_exception() {
        env.set_last_error(Status::PendingException);
        return Ok(Status::PendingException as i32);
    }
    if entry == Entry::Js && !env.can_call_js() {
        let status = if env.module_api_version() >= 10 {
            Status::CannotRunJs
        } else {
            Status::PendingException
        };
        env.set_last_error(status);
        return Ok(status as i32);
    }
    if !matches!(entry, Entry::KeepLastError | Entry::NoEnv) {
        env.set_last_error(Status::Ok);
    }
    let outcome = body(&mut Cx { env: &env });
    if env.is_poisoned() {
        // A nested call trapped. Unwind this guest frame too, keeping the JS error that
        // reports the trap pending so the outermost caller throws it.
        if let Err(NapiError::Exception(exception)) = outcome {
            env.set_pending_exception(exception);
        }
        return Err(poisoned(&env, name));
    }
    let status = match outcome {
        Ok(()) => return Ok(Status::Ok as i32),
        Err(NapiError::Status(status)) => status,
        Err(NapiError::Exception(exception)) => {
            env.set_pending_exception(exception);
            Status::PendingException
        }
        Err(NapiError::Trap(trap)) => {
            env.poison();
            return Err(trap.context(format!("in Node-API call {name}")));
        }
    };
    if entry != Entry::NoEnv {
        env.set_last_error(status);
    }
    Ok(status as i32)
}

/// The trap that unwinds a guest which keeps running after a nested call poisoned it.
#[derive(Debug, thiserror::Error)]
#[error("{name} called on addon {filename} after a trap stopped it")]
pub(crate) struct PoisonedUnwind {
    name: &'static str,
    filename: String,
}

fn poisoned(env: &Env, name: &'static str) -> wasmtime::Error {
    PoisonedUnwind {
        name,
        filename: env.filename.clone(),
    }
    .into()
}
