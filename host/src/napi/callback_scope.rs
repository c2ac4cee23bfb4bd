//! Async contexts, callback scopes and `napi_make_callback`.
//!
//! napi-host has no `async_hooks`, so an async context is only an id; what matters is
//! Node's callback-scope rule: when the outermost callback scope closes (no JS and no
//! other scope below it), `process.nextTick` callbacks and microtasks run. The
//! runtime opens a scope around everything it runs (the main script, timers,
//! immediates, async work completions, thread-safe function calls), so a
//! `napi_make_callback` made from JS or from one of those callbacks does not drain;
//! one made where nothing runs below it (a finalizer) does, as in Node.

use super::async_work::check_async_resource;
use crate::call::Cx;
use crate::engine::JsValue;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiError, NapiResult, Status, ensure_status};

/// `napi_status napi_async_init(napi_env env, napi_value async_resource, napi_value async_resource_name, napi_async_context* result)`
///
/// Node: `node_api.cc`. Entry: `basic`. Statuses: `invalid_arg` (NULL
/// `async_resource_name`/`result`), `object_expected`, `string_expected`.
pub(crate) fn napi_async_init(
    cx: &mut Cx<'_>,
    async_resource: Handle,
    async_resource_name: Handle,
    result: GuestPtr<u32>,
) -> NapiResult {
    ensure_status!(async_resource_name != Handle::NULL, InvalidArg);
    let result = result.required()?;
    check_async_resource(cx, async_resource, async_resource_name)?;
    let context = cx.env.node.new_async_context();
    cx.write(result, context)
}

/// `napi_status napi_async_destroy(napi_env env, napi_async_context async_context)`
///
/// Entry: `basic`. Statuses: `invalid_arg` (NULL or unknown context).
pub(crate) fn napi_async_destroy(cx: &mut Cx<'_>, async_context: u32) -> NapiResult {
    ensure_status!(async_context != 0, InvalidArg);
    ensure_status!(cx.env.node.destroy_async_context(async_context), InvalidArg);
    Ok(())
}

/// `napi_status napi_open_callback_scope(napi_env env, napi_value resource_object, napi_async_context context, napi_callback_scope* result)`
///
/// Entry: `basic`. `resource_object` is ignored, as in Node. Statuses: `invalid_arg`
/// (NULL `result`, NULL or unknown `context`: Node dereferences it).
pub(crate) fn napi_open_callback_scope(
    cx: &mut Cx<'_>,
    _resource_object: Handle,
    context: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    let result = result.required()?;
    ensure_status!(cx.env.node.is_async_context(context), InvalidArg);
    let scope = cx.env.node.open_callback_scope();
    if let Some(link) = cx.env.node.link() {
        link.enter_callback_scope();
    }
    cx.write(result, scope)
}

/// `napi_status napi_close_callback_scope(napi_env env, napi_callback_scope scope)`
///
/// Entry: `basic`. Closing the outermost scope runs `process.nextTick` callbacks and
/// microtasks. Statuses: `invalid_arg` (NULL `scope`), `callback_scope_mismatch` (no
/// scope open, or `scope` is not open).
pub(crate) fn napi_close_callback_scope(cx: &mut Cx<'_>, scope: u32) -> NapiResult {
    ensure_status!(scope != 0, InvalidArg);
    ensure_status!(
        cx.env.node.open_callback_scopes() > 0,
        CallbackScopeMismatch
    );
    ensure_status!(
        cx.env.node.close_callback_scope(scope),
        CallbackScopeMismatch
    );
    match cx.env.node.link() {
        Some(link) if !link.exit_callback_scope(true) => {
            Err(NapiError::Exception(cx.env.exiting_error()))
        }
        _ => Ok(()),
    }
}

/// Reads `argc` argument handles from `argv` (NULL allowed only when `argc` is 0).
fn read_args(cx: &Cx<'_>, argc: u32, argv: GuestPtr<Handle>) -> NapiResult<Vec<JsValue>> {
    if argc > 0 {
        argv.required()?;
    }
    (0..argc).map(|i| cx.value(cx.read(argv.add(i))?)).collect()
}

/// `napi_status napi_make_callback(napi_env env, napi_async_context async_context, napi_value recv, napi_value func, size_t argc, const napi_value* argv, napi_value* result)`
///
/// Entry: `js`. Calls `func` with `recv` (converted with `ToObject`) inside a callback
/// scope; when that scope is the outermost one and the call returned normally,
/// `process.nextTick` callbacks and microtasks run before this returns. Statuses:
/// `invalid_arg` (NULL `recv`/`func`, NULL `argv` with `argc` > 0, `func` not a
/// function, unknown `async_context`), `object_expected` (`recv` is `undefined` or
/// `null`), `pending_exception` (the callback threw).
pub(crate) fn napi_make_callback(
    cx: &mut Cx<'_>,
    async_context: u32,
    recv: Handle,
    func: Handle,
    argc: u32,
    argv: GuestPtr<Handle>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    ensure_status!(recv != Handle::NULL, InvalidArg);
    let args = read_args(cx, argc, argv)?;
    let recv = cx.to_object(recv)?;
    let func = cx.function(func, Status::InvalidArg)?;
    if async_context != 0 {
        ensure_status!(cx.env.node.is_async_context(async_context), InvalidArg);
    }
    let link = cx.env.node.link();
    if let Some(link) = &link {
        link.enter_callback_scope();
    }
    let returned = cx.js().call(&func, &recv, &args);
    let running = link.is_none_or(|link| link.exit_callback_scope(returned.is_ok()));
    let value = returned?;
    if !running {
        return Err(NapiError::Exception(cx.env.exiting_error()));
    }
    match result.non_null() {
        Some(result) => cx.set_result(result, value),
        None => Ok(()),
    }
}
