//! emnapi's private imports (module `env`) behind the `node_api.h` functions that
//! emnapi implements in C (`napi_get_node_version`, `node_api_get_module_file_name`,
//! `napi_async_init`/`napi_async_destroy`, async cleanup hooks), so that addons linked
//! with `libemnapi-basic.a` that use them load and behave as with napi-host's own
//! imports. emnapi's JS runtime backs most of these with Node internals or no-ops; here
//! they map onto the same env state as the `napi_*` imports.

use super::async_work::check_async_resource;
use crate::addon::Host;
use crate::call::{Cx, Entry, enter};
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, ensure_status};
use wasmtime::{Caller, Linker};

/// Registers the hooks under module `env`.
pub(crate) fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
    linker.func_wrap("env", "_emnapi_get_node_version", get_node_version)?;
    linker.func_wrap("env", "_emnapi_get_filename", get_filename)?;
    linker.func_wrap("env", "_emnapi_async_init_js", async_init_js)?;
    linker.func_wrap("env", "_emnapi_async_destroy_js", async_destroy_js)?;
    linker.func_wrap("env", "_emnapi_set_immediate", set_immediate)?;
    // Bookkeeping emnapi's JS runtime does for Node's event loop and GC checks; the
    // runtime here tracks the same things itself.
    for name in [
        "_emnapi_env_check_gc_access",
        "_emnapi_env_ref",
        "_emnapi_env_unref",
    ] {
        linker.func_wrap("env", name, |_: u32| {})?;
    }
    for name in [
        "_emnapi_runtime_keepalive_push",
        "_emnapi_runtime_keepalive_pop",
        "_emnapi_ctx_increase_waiting_request_counter",
        "_emnapi_ctx_decrease_waiting_request_counter",
    ] {
        linker.func_wrap("env", name, || {})?;
    }
    Ok(())
}

/// Runs a hook body on the calling instance's env (hooks have no `napi_env`, or one the
/// guest passes for bookkeeping only); a guest fault traps.
fn run(
    caller: &mut Caller<'_, Host>,
    name: &'static str,
    body: impl FnOnce(&mut Cx<'_>) -> NapiResult,
) -> wasmtime::Result<i32> {
    let env = caller.data().env.id;
    enter(caller, env, Entry::NoEnv, name, body)
}

/// `void _emnapi_get_node_version(uint32_t* major, uint32_t* minor, uint32_t* patch)`
fn get_node_version(
    mut caller: Caller<'_, Host>,
    major: u32,
    minor: u32,
    patch: u32,
) -> wasmtime::Result<()> {
    run(&mut caller, "_emnapi_get_node_version", |cx| {
        let numbers = super::node::version_numbers(crate::NODE_VERSION);
        for (ptr, value) in [major, minor, patch].into_iter().zip(numbers) {
            cx.write(GuestPtr::<u32>::new(ptr).required()?, value)?;
        }
        Ok(())
    })
    .map(drop)
}

/// `int _emnapi_get_filename(napi_env env, char* buf, int len)`: the module's
/// `file://` URL (as `node_api_get_module_file_name`); with NULL `buf`, its length in
/// bytes; else writes at most `len - 1` bytes and a NUL and returns the bytes written.
fn get_filename(
    mut caller: Caller<'_, Host>,
    _env: u32,
    buf: u32,
    len: i32,
) -> wasmtime::Result<i32> {
    let mut written = 0;
    run(&mut caller, "_emnapi_get_filename", |cx| {
        let url = super::node::file_url(&cx.env.filename).into_bytes();
        let Some(buf) = GuestPtr::<u8>::new(buf).non_null() else {
            written = i32::try_from(url.len()).unwrap_or(i32::MAX);
            return Ok(());
        };
        let room = usize::try_from(len).unwrap_or(0);
        if room == 0 {
            return Ok(());
        }
        let count = url.len().min(room - 1);
        let mut bytes = url[..count].to_vec();
        bytes.push(0);
        let size = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
        cx.env.with_memory(|m| {
            m.bytes_mut(buf.addr(), size)
                .map(|b| b.copy_from_slice(&bytes))
        })??;
        written = i32::try_from(count).unwrap_or(i32::MAX);
        Ok(())
    })?;
    Ok(written)
}

/// `napi_status _emnapi_async_init_js(napi_value async_resource, napi_value async_resource_name, napi_async_context result)`:
/// the checks of `napi_async_init`; the context id goes into the first word of the
/// guest's 8-byte `napi_async_context__`.
fn async_init_js(
    mut caller: Caller<'_, Host>,
    async_resource: u32,
    async_resource_name: u32,
    result: u32,
) -> wasmtime::Result<i32> {
    run(&mut caller, "_emnapi_async_init_js", |cx| {
        let result = GuestPtr::<u32>::new(result).required()?;
        check_async_resource(cx, Handle(async_resource), Handle(async_resource_name))?;
        let context = cx.env.node.new_async_context();
        cx.write(result, context)?;
        cx.write(result.add(1), 0)
    })
}

/// `napi_status _emnapi_async_destroy_js(napi_async_context async_context)`
fn async_destroy_js(mut caller: Caller<'_, Host>, async_context: u32) -> wasmtime::Result<i32> {
    run(&mut caller, "_emnapi_async_destroy_js", |cx| {
        let context = cx.read(GuestPtr::<u32>::new(async_context).required()?)?;
        ensure_status!(cx.env.node.destroy_async_context(context), InvalidArg);
        Ok(())
    })
}

/// `void _emnapi_set_immediate(void (*callback)(void*), void* data)`: `callback(data)` on
/// a later event-loop turn.
fn set_immediate(mut caller: Caller<'_, Host>, callback: u32, data: u32) -> wasmtime::Result<()> {
    run(&mut caller, "_emnapi_set_immediate", |cx| {
        ensure_status!(cx.env.guest_func::<u32, ()>(callback).is_ok(), InvalidArg);
        cx.env.node.set_immediate(callback, data);
        Ok(())
    })
    .map(drop)
}
