//! Environment cleanup hooks.
//!
//! Hooks run when the runtime is torn down after a natural exit (the event loop ran
//! dry; not after `process.exit()` or an uncaught exception, like Node), in reverse
//! order of registration across all addons, before finalizers and instance-data
//! finalizers. JS can no longer run then: Node-API calls that would run it fail with
//! `napi_cannot_run_js` (or `napi_pending_exception` for modules declaring a Node-API
//! version below 10). The bookkeeping lives in `node_env/cleanup.rs`.

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::status::{NapiResult, ensure_status};

/// `napi_status napi_add_env_cleanup_hook(node_api_basic_env env, napi_cleanup_hook fun, void* arg)`
///
/// Entry: `basic`. Statuses: `invalid_arg` (NULL `fun`, `fun` not a `void(void*)`
/// function in the guest table, or the same `(fun, arg)` pair already registered:
/// Node aborts the process for a duplicate).
pub(crate) fn napi_add_env_cleanup_hook(cx: &mut Cx<'_>, fun: u32, arg: u32) -> NapiResult {
    ensure_status!(fun != 0, InvalidArg);
    ensure_status!(cx.env.guest_func::<u32, ()>(fun).is_ok(), InvalidArg);
    let added = cx.env.node.hooks().add_env(fun, arg);
    ensure_status!(added.is_ok(), InvalidArg);
    Ok(())
}

/// `napi_status napi_remove_env_cleanup_hook(node_api_basic_env env, napi_cleanup_hook fun, void* arg)`
///
/// Entry: `basic`. Removing a pair that is not registered does nothing. Statuses:
/// `invalid_arg` (NULL `fun`).
pub(crate) fn napi_remove_env_cleanup_hook(cx: &mut Cx<'_>, fun: u32, arg: u32) -> NapiResult {
    ensure_status!(fun != 0, InvalidArg);
    cx.env.node.hooks().remove_env(fun, arg);
    Ok(())
}

/// `napi_status napi_add_async_cleanup_hook(node_api_basic_env env, napi_async_cleanup_hook hook, void* arg, napi_async_cleanup_hook_handle* remove_handle)`
///
/// Entry: `basic`. At teardown `hook(handle, arg)` runs in registration order with the
/// other hooks; the guest signals completion with `napi_remove_async_cleanup_hook`.
/// Without libuv nothing can complete later, so teardown does not wait for that call.
/// Statuses: `invalid_arg` (NULL `hook`, or not a `void(void*, void*)` function in the
/// guest table).
pub(crate) fn napi_add_async_cleanup_hook(
    cx: &mut Cx<'_>,
    hook: u32,
    arg: u32,
    remove_handle: GuestPtr<u32>,
) -> NapiResult {
    ensure_status!(hook != 0, InvalidArg);
    ensure_status!(
        cx.env.guest_func::<(u32, u32), ()>(hook).is_ok(),
        InvalidArg
    );
    let handle = cx.env.node.hooks().add_async(hook, arg);
    match remove_handle.non_null() {
        Some(ptr) => cx.write(ptr, handle),
        None => Ok(()),
    }
}

/// `napi_status napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle remove_handle)`
///
/// Entry: no env. Unregisters the hook (or, when it already ran, acknowledges it).
/// Statuses: `invalid_arg` (NULL or unknown handle).
pub(crate) fn napi_remove_async_cleanup_hook(cx: &mut Cx<'_>, remove_handle: u32) -> NapiResult {
    ensure_status!(remove_handle != 0, InvalidArg);
    let removed = cx.env.node.hooks().remove_async(remove_handle);
    ensure_status!(removed, InvalidArg);
    Ok(())
}
