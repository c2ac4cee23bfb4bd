//! Promises: `napi_create_promise`, `napi_resolve_deferred`, `napi_reject_deferred`,
//! `napi_is_promise`.
//!
//! A `napi_deferred` is an id into the env's [`Deferreds`]: it holds the promise's
//! resolving functions until it is concluded, which releases it. Concluding it again
//! (undefined behaviour in Node) is `napi_invalid_arg`. Reactions run when the runtime
//! drains the job queue, after the current call into JS returns.

use crate::call::Cx;
use crate::engine::JsValue;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status};
use std::cell::RefCell;

/// The resolving functions of one pending deferred.
struct Deferred {
    resolve: JsValue,
    reject: JsValue,
}

/// The live `napi_deferred`s of one env: a slab whose ids are index + 1.
#[derive(Default)]
pub(crate) struct Deferreds {
    slots: RefCell<Vec<Option<Deferred>>>,
    free: RefCell<Vec<usize>>,
}

impl Deferreds {
    fn insert(&self, deferred: Deferred) -> NapiResult<u32> {
        let mut slots = self.slots.borrow_mut();
        let index = match self.free.borrow_mut().pop() {
            Some(index) => {
                slots[index] = Some(deferred);
                index
            }
            None => {
                slots.push(Some(deferred));
                slots.len() - 1
            }
        };
        u32::try_from(index + 1).map_err(|_| Status::GenericFailure.into())
    }

    /// Takes deferred `id` out (releasing its slot).
    fn take(&self, id: u32) -> Option<Deferred> {
        let index = usize::try_from(id).ok()?.checked_sub(1)?;
        let deferred = self.slots.borrow_mut().get_mut(index)?.take()?;
        self.free.borrow_mut().push(index);
        Some(deferred)
    }

    /// Drops every deferred (env teardown, before the engine goes).
    pub(crate) fn clear(&self) {
        let slots = std::mem::take(&mut *self.slots.borrow_mut());
        self.free.borrow_mut().clear();
        drop(slots);
    }
}

/// `napi_status napi_create_promise(napi_env env, napi_deferred* deferred, napi_value* promise)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. Statuses: `invalid_arg` (NULL `deferred` or
/// `promise`).
pub(crate) fn napi_create_promise(
    cx: &mut Cx<'_>,
    deferred: GuestPtr<u32>,
    promise: GuestPtr<Handle>,
) -> NapiResult {
    let deferred = deferred.required()?;
    let promise = promise.required()?;
    let (value, resolve, reject) = cx
        .js()
        .new_promise()
        .map_err(cx.thrown(Status::GenericFailure))?;
    let handle = cx.env.push(value)?;
    let id = cx.env.deferreds.insert(Deferred { resolve, reject })?;
    cx.write(deferred, id)?;
    cx.write(promise, handle)
}

/// Resolves or rejects deferred `id` with `resolution` (Node's `ConcludeDeferred`).
fn conclude(cx: &Cx<'_>, id: u32, resolution: Handle, resolved: bool) -> NapiResult {
    let value = cx.value(resolution)?;
    let deferred = cx.env.deferreds.take(id).ok_or(Status::InvalidArg)?;
    let func = if resolved {
        deferred.resolve
    } else {
        deferred.reject
    };
    let js = cx.js();
    js.call(&func, &js.undefined(), &[value])?;
    Ok(())
}

/// `napi_status napi_resolve_deferred(napi_env env, napi_deferred deferred, napi_value resolution)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. Releases the deferred. Statuses:
/// `invalid_arg` (NULL `resolution`, which keeps the deferred; an unknown or already
/// concluded deferred), `pending_exception`.
pub(crate) fn napi_resolve_deferred(
    cx: &mut Cx<'_>,
    deferred: u32,
    resolution: Handle,
) -> NapiResult {
    conclude(cx, deferred, resolution, true)
}

/// `napi_status napi_reject_deferred(napi_env env, napi_deferred deferred, napi_value rejection)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. Releases the deferred. Statuses: as
/// [`napi_resolve_deferred`].
pub(crate) fn napi_reject_deferred(
    cx: &mut Cx<'_>,
    deferred: u32,
    rejection: Handle,
) -> NapiResult {
    conclude(cx, deferred, rejection, false)
}

/// `napi_status napi_is_promise(napi_env env, napi_value value, bool* is_promise)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. True only for native promises (not
/// thenables). Statuses: `invalid_arg`.
pub(crate) fn napi_is_promise(
    cx: &mut Cx<'_>,
    value: Handle,
    is_promise: GuestPtr<bool>,
) -> NapiResult {
    let value = cx.value(value)?;
    let is_promise = is_promise.required()?;
    cx.write(is_promise, cx.js().is_promise(&value))
}
