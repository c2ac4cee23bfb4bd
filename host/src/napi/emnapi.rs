//! emnapi's private imports (module `env`) that addons linked with emnapi's
//! `libemnapi-basic.a` need: emnapi implements `napi_get_last_error_info` in C inside
//! the guest and keeps the status in the host through these hooks.

use crate::addon::Host;
use crate::call::{Entry, enter};
use crate::guest::GuestPtr;
use crate::napi::arraybuffer;
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
    add_memory_functions(linker)?;
    Ok(())
}

/// Registers emnapi's public memory functions (`emnapi.h`) under module `emnapi`, where
/// emnapi's headers import them from outside Emscripten. Bodies: `napi/arraybuffer.rs`.
fn add_memory_functions(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
    linker.func_wrap("emnapi", "emnapi_sync_memory", sync_memory)?;
    linker.func_wrap("emnapi", "emnapi_get_memory_address", get_memory_address)?;
    linker.func_wrap("emnapi", "emnapi_create_memory_view", create_memory_view)?;
    Ok(())
}

fn sync_memory(
    mut caller: Caller<'_, Host>,
    env: u32,
    js_to_wasm: u32,
    view: u32,
    offset: u32,
    length: u32,
) -> wasmtime::Result<i32> {
    enter(&mut caller, env, Entry::Js, "emnapi_sync_memory", |cx| {
        arraybuffer::emnapi_sync_memory(cx, js_to_wasm, view.into(), offset, length)
    })
}

fn get_memory_address(
    mut caller: Caller<'_, Host>,
    env: u32,
    view: u32,
    address: u32,
    ownership: u32,
    allocated: u32,
) -> wasmtime::Result<i32> {
    let name = "emnapi_get_memory_address";
    enter(&mut caller, env, Entry::Js, name, |cx| {
        let outputs = (address.into(), ownership.into(), allocated.into());
        arraybuffer::emnapi_get_memory_address(cx, view.into(), outputs.0, outputs.1, outputs.2)
    })
}

#[expect(clippy::too_many_arguments, reason = "mirrors the C signature")]
fn create_memory_view(
    mut caller: Caller<'_, Host>,
    env: u32,
    kind: i32,
    data: u32,
    length: u32,
    finalize_cb: u32,
    finalize_hint: u32,
    result: u32,
) -> wasmtime::Result<i32> {
    let name = "emnapi_create_memory_view";
    enter(&mut caller, env, Entry::Js, name, |cx| {
        let (callback, hint) = (finalize_cb, finalize_hint);
        arraybuffer::emnapi_create_memory_view(
            cx,
            kind,
            data,
            length,
            callback,
            hint,
            result.into(),
        )
    })
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
