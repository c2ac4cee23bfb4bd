//! Thread-safe functions (`napi_create_threadsafe_function` and friends).
//!
//! The guest has one thread, the loop thread: calls are queued and dispatched to JS on
//! later event-loop turns (never synchronously), exactly as Node dispatches calls made
//! from other threads. A referenced function keeps the loop alive while something can
//! still call it. A blocking call on a full queue cannot wait for the loop (it is the
//! loop): it returns `napi_would_deadlock` where Node 20 would hang. The state machine
//! lives in `node_env/tsfn.rs`.

use super::async_work::check_async_resource;
use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::node_env::{CallMode, ReleaseMode, Tsfn};
use crate::status::{NapiResult, Status, ensure_status};

/// `napi_status napi_create_threadsafe_function(napi_env env, napi_value func, napi_value async_resource, napi_value async_resource_name, size_t max_queue_size, size_t initial_thread_count, void* thread_finalize_data, napi_finalize thread_finalize_cb, void* context, napi_threadsafe_function_call_js call_js_cb, napi_threadsafe_function* result)`
///
/// Node: `node_api.cc`. Entry: `basic`. `max_queue_size` 0 is unbounded. Statuses:
/// `invalid_arg` (NULL `async_resource_name`/`result`, `initial_thread_count` 0, no
/// `func` and no `call_js_cb`, `func` not a function, a callback that is not a
/// function of the right type in the guest table), `object_expected`,
/// `string_expected`.
#[expect(clippy::too_many_arguments, reason = "mirrors the C signature")]
pub(crate) fn napi_create_threadsafe_function(
    cx: &mut Cx<'_>,
    func: Handle,
    async_resource: Handle,
    async_resource_name: Handle,
    max_queue_size: u32,
    initial_thread_count: u32,
    thread_finalize_data: u32,
    thread_finalize_cb: u32,
    context: u32,
    call_js_cb: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    ensure_status!(async_resource_name != Handle::NULL, InvalidArg);
    ensure_status!(initial_thread_count > 0, InvalidArg);
    let result = result.required()?;
    let func = if func == Handle::NULL {
        ensure_status!(call_js_cb != 0, InvalidArg);
        None
    } else {
        Some(cx.function(func, Status::InvalidArg)?)
    };
    check_async_resource(cx, async_resource, async_resource_name)?;
    if call_js_cb != 0 {
        ensure_status!(
            cx.env
                .guest_func::<(u32, u32, u32, u32), ()>(call_js_cb)
                .is_ok(),
            InvalidArg
        );
    }
    if thread_finalize_cb != 0 {
        ensure_status!(
            cx.env
                .guest_func::<(u32, u32, u32), ()>(thread_finalize_cb)
                .is_ok(),
            InvalidArg
        );
    }
    let id = cx.env.node.tsfns().create(Tsfn {
        func,
        context,
        max_queue_size,
        thread_count: initial_thread_count,
        finalize_data: thread_finalize_data,
        finalize_cb: thread_finalize_cb,
        call_js_cb,
    });
    cx.env.node.hooks().add_tsfn(id);
    cx.write(result, id)
}

/// `napi_status napi_get_threadsafe_function_context(napi_threadsafe_function func, void** result)`
///
/// Entry: no env (the last error is untouched). Statuses: `invalid_arg` (NULL or
/// unknown `func`, NULL `result`; Node aborts).
pub(crate) fn napi_get_threadsafe_function_context(
    cx: &mut Cx<'_>,
    func: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    ensure_status!(func != 0, InvalidArg);
    let result = result.required()?;
    let context = cx.env.node.tsfns().context(func)?;
    cx.write(result, context)
}

/// `napi_status napi_call_threadsafe_function(napi_threadsafe_function func, void* data, napi_threadsafe_function_call_mode is_blocking)`
///
/// Entry: no env. Queues `data`; the call reaches JS on a later loop turn. Statuses:
/// `queue_full` (bounded queue full, `napi_tsfn_nonblocking`), `would_deadlock`
/// (bounded queue full, `napi_tsfn_blocking`: no other thread can make room; Node 20
/// blocks forever), `closing` (aborted; the caller's thread count drops),
/// `invalid_arg` (closing and no thread left, NULL or unknown `func`).
pub(crate) fn napi_call_threadsafe_function(
    cx: &mut Cx<'_>,
    func: u32,
    data: u32,
    is_blocking: u32,
) -> NapiResult {
    ensure_status!(func != 0, InvalidArg);
    Ok(cx
        .env
        .node
        .tsfns()
        .push(func, data, CallMode::from(is_blocking))?)
}

/// `napi_status napi_acquire_threadsafe_function(napi_threadsafe_function func)`
///
/// Entry: no env. Statuses: `closing` (aborted), `invalid_arg` (NULL or unknown
/// `func`).
pub(crate) fn napi_acquire_threadsafe_function(cx: &mut Cx<'_>, func: u32) -> NapiResult {
    ensure_status!(func != 0, InvalidArg);
    Ok(cx.env.node.tsfns().acquire(func)?)
}

/// `napi_status napi_release_threadsafe_function(napi_threadsafe_function func, napi_threadsafe_function_release_mode mode)`
///
/// Entry: no env. The last release closes the function once its queue drained
/// (`thread_finalize_cb` runs then); `napi_tsfn_abort` closes it at once: queued calls
/// are handed to `call_js_cb` with a NULL env after `thread_finalize_cb`, and later
/// calls get `napi_closing`. Statuses: `invalid_arg` (thread count already 0, NULL or
/// unknown `func`).
pub(crate) fn napi_release_threadsafe_function(
    cx: &mut Cx<'_>,
    func: u32,
    mode: u32,
) -> NapiResult {
    ensure_status!(func != 0, InvalidArg);
    Ok(cx.env.node.tsfns().release(func, ReleaseMode::from(mode))?)
}

/// `napi_status napi_unref_threadsafe_function(node_api_basic_env env, napi_threadsafe_function func)`
///
/// Entry: `CHECK_ENV` only (the last error is left as it is). An unreferenced
/// function does not keep the loop alive. Statuses: `invalid_arg` (NULL or unknown
/// `func`; Node aborts).
pub(crate) fn napi_unref_threadsafe_function(cx: &mut Cx<'_>, func: u32) -> NapiResult {
    ensure_status!(func != 0, InvalidArg);
    Ok(cx.env.node.tsfns().set_ref(func, false)?)
}

/// `napi_status napi_ref_threadsafe_function(node_api_basic_env env, napi_threadsafe_function func)`
///
/// Entry: `CHECK_ENV` only. Statuses: `invalid_arg` (NULL or unknown `func`).
pub(crate) fn napi_ref_threadsafe_function(cx: &mut Cx<'_>, func: u32) -> NapiResult {
    ensure_status!(func != 0, InvalidArg);
    Ok(cx.env.node.tsfns().set_ref(func, true)?)
}
