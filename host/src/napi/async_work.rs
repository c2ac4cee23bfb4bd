//! Async work (`napi_create_async_work` and friends).
//!
//! Guests are single-threaded: `execute` does not run on a thread pool but on the JS
//! thread, on an event-loop turn after the work was queued, immediately followed by
//! `complete`. Queued work keeps the loop alive. A long `execute` therefore blocks the
//! loop; parallel execution needs the `wasm32-wasip1-threads` target (a later issue).
//! The state machine lives in `node_env/async_work.rs`; the loop drives it from
//! `runtime/tasks.rs`.

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// Node's `CHECK_TO_OBJECT(async_resource)` (when given) and
/// `CHECK_TO_STRING(async_resource_name)`, shared by every function that creates an
/// async resource. napi-host has no `async_hooks`, so the values are not kept.
pub(crate) fn check_async_resource(cx: &Cx<'_>, resource: Handle, name: Handle) -> NapiResult {
    if resource != Handle::NULL {
        cx.to_object(resource)?;
    }
    let name = cx.value(name)?;
    cx.js()
        .to_utf8(&name)
        .map_err(cx.thrown(Status::StringExpected))?;
    Ok(())
}

/// `napi_status napi_create_async_work(napi_env env, napi_value async_resource, napi_value async_resource_name, napi_async_execute_callback execute, napi_async_complete_callback complete, void* data, napi_async_work* result)`
///
/// Node: `node_api.cc`. Entry: `basic` (`CHECK_ENV`). Statuses: `invalid_arg` (NULL
/// `execute`/`result`/`async_resource_name`, a callback that is not a function of the
/// right type in the guest table), `object_expected`, `string_expected` (conversion
/// threw; the exception stays pending).
pub(crate) fn napi_create_async_work(
    cx: &mut Cx<'_>,
    async_resource: Handle,
    async_resource_name: Handle,
    execute: u32,
    complete: u32,
    data: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    ensure_status!(execute != 0, InvalidArg);
    let result = result.required()?;
    check_async_resource(cx, async_resource, async_resource_name)?;
    ensure_status!(
        cx.env.guest_func::<(u32, u32), ()>(execute).is_ok(),
        InvalidArg
    );
    if complete != 0 {
        ensure_status!(
            cx.env.guest_func::<(u32, u32, u32), ()>(complete).is_ok(),
            InvalidArg
        );
    }
    let work = cx.env.node.works().create(execute, complete, data);
    cx.write(result, work)
}

/// `napi_status napi_delete_async_work(napi_env env, napi_async_work work)`
///
/// Entry: `basic`. Deleting a queued work drops it without calling `complete` (Node
/// frees memory the thread pool still uses). Statuses: `invalid_arg` (NULL or unknown
/// work).
pub(crate) fn napi_delete_async_work(cx: &mut Cx<'_>, work: u32) -> NapiResult {
    ensure_status!(work != 0, InvalidArg);
    Ok(cx.env.node.works().delete(work)?)
}

/// `napi_status napi_queue_async_work(node_api_basic_env env, napi_async_work work)`
///
/// Entry: `basic`. `execute` and `complete` run on a later event-loop turn. A work may
/// be queued again once its `complete` started. Statuses: `invalid_arg` (NULL or
/// unknown work), `generic_failure` (already queued or running: undefined behaviour in
/// Node).
pub(crate) fn napi_queue_async_work(cx: &mut Cx<'_>, work: u32) -> NapiResult {
    ensure_status!(work != 0, InvalidArg);
    Ok(cx.env.node.works().queue(work)?)
}

/// `napi_status napi_cancel_async_work(node_api_basic_env env, napi_async_work work)`
///
/// Entry: `basic`. Succeeds while the work waits in the queue; its `complete` then
/// runs with `napi_cancelled` on a later turn. Statuses: `invalid_arg` (NULL or
/// unknown work), `generic_failure` (not queued: `execute` started, the work finished,
/// or it was never queued; libuv's `UV_EBUSY`).
pub(crate) fn napi_cancel_async_work(cx: &mut Cx<'_>, work: u32) -> NapiResult {
    ensure_status!(work != 0, InvalidArg);
    Ok(cx.env.node.works().cancel(work)?)
}
