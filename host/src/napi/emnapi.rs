//! emnapi's private imports (module `env`) that addons linked with emnapi's
//! `libemnapi-basic.a` need: emnapi implements `napi_get_last_error_info` in C inside
//! the guest and keeps the status in the host through these hooks.

use crate::addon::Host;
use crate::guest::GuestPtr;
use crate::status::Status;
use wasmtime::{Caller, Linker};

/// Registers the hooks under module `env`.
pub(crate) fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
    linker.func_wrap("env", "napi_set_last_error", napi_set_last_error)?;
    linker.func_wrap("env", "napi_clear_last_error", napi_clear_last_error)?;
    linker.func_wrap(
        "env",
        "_emnapi_get_last_error_info",
        emnapi_get_last_error_info,
    )?;
    Ok(())
}

/// `napi_status napi_set_last_error(napi_env env, napi_status error_code, uint32_t engine_error_code, void* engine_reserved)`
///
/// Returns `error_code`, like Node's internal helper. Codes napi-host does not know are
/// recorded as `napi_generic_failure`.
fn napi_set_last_error(
    caller: Caller<'_, Host>,
    env: u32,
    error_code: i32,
    _engine_code: u32,
    _reserved: u32,
) -> i32 {
    let host_env = &caller.data().env;
    if env != host_env.id {
        return Status::InvalidArg as i32;
    }
    host_env.set_last_error(Status::from_code(error_code).unwrap_or(Status::GenericFailure));
    error_code
}

/// `napi_status napi_clear_last_error(napi_env env)`
fn napi_clear_last_error(caller: Caller<'_, Host>, env: u32) -> i32 {
    let host_env = &caller.data().env;
    if env != host_env.id {
        return Status::InvalidArg as i32;
    }
    host_env.set_last_error(Status::Ok);
    Status::Ok as i32
}

/// `void _emnapi_get_last_error_info(napi_env env, napi_status* error_code, uint32_t* engine_error_code, void** engine_reserved)`
///
/// An out-of-bounds pointer traps.
fn emnapi_get_last_error_info(
    mut caller: Caller<'_, Host>,
    env: u32,
    error_code: u32,
    engine_error_code: u32,
    engine_reserved: u32,
) -> wasmtime::Result<()> {
    let host_env = caller.data().env.clone();
    if env != host_env.id {
        return Ok(());
    }
    let _entered = host_env.stores.enter(&mut caller);
    let status = host_env.last_error() as u32;
    for (ptr, value) in [
        (error_code, status),
        (engine_error_code, 0),
        (engine_reserved, 0),
    ] {
        if let Some(ptr) = GuestPtr::<u32>::new(ptr).non_null() {
            host_env.write(ptr, value).map_err(|_| {
                wasmtime::Error::msg("_emnapi_get_last_error_info: pointer out of bounds")
            })?;
        }
    }
    Ok(())
}
