//! Object wrap: native data attached to JS objects (`napi_wrap`), type tags,
//! finalizers on objects (`napi_add_finalizer`) and posted finalizers.
//!
//! Node keeps a wrap and a type tag in V8 private properties of the object. QuickJS has
//! no private properties in its C API, so they live in [`ObjectSlots`], Rust data the
//! engine attaches to the object by identity (see `engine/weak.rs`): invisible to
//! scripts, and working on any object, frozen ones included.

use crate::call::Cx;
use crate::engine::JsValue;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::references::{Finalizer, NewEntry, Ownership};
use crate::status::{NapiResult, Status, ensure_status};
use std::cell::Cell;

/// Node-API's private slots of one object.
#[derive(Default)]
pub(crate) struct ObjectSlots {
    /// The wrap entry in the env's references (0: not wrapped).
    wrap: Cell<u32>,
    /// The type tag (`lower`, `upper`).
    type_tag: Cell<Option<(u64, u64)>>,
}

/// The slots of `object`, created if needed.
fn slots<'a>(cx: &Cx<'_>, object: &'a JsValue) -> NapiResult<&'a ObjectSlots> {
    Ok(cx
        .js()
        .attachment::<ObjectSlots>(object)?
        .ok_or(Status::GenericFailure)?)
}

/// The live wrap entry of `object`, if it is wrapped.
fn wrap_of(cx: &Cx<'_>, object: &JsValue) -> NapiResult<Option<u32>> {
    let id = cx
        .js()
        .find_attachment::<ObjectSlots>(object)?
        .map_or(0, |slots| slots.wrap.get());
    Ok((id != 0 && cx.env.references.data(id).is_some()).then_some(id))
}

/// The finalizer for a non-NULL `finalize_cb` (which must be a guest function).
fn finalizer(cx: &Cx<'_>, finalize_cb: u32, finalize_hint: u32) -> NapiResult<Option<Finalizer>> {
    if finalize_cb == 0 {
        return Ok(None);
    }
    cx.env.finalizer(finalize_cb)?;
    Ok(Some(Finalizer {
        callback: finalize_cb,
        hint: finalize_hint,
    }))
}

/// `napi_status napi_wrap(napi_env env, napi_value js_object, void* native_object, node_api_basic_finalize finalize_cb, void* finalize_hint, napi_ref* result)`
///
/// Statuses: `invalid_arg` (not an object, already wrapped, `result` without
/// `finalize_cb`). With `result`, the guest owns the returned (weak) reference and
/// deletes it, normally from the finalizer.
pub(crate) fn napi_wrap(
    cx: &mut Cx<'_>,
    js_object: Handle,
    native_object: u32,
    finalize_cb: u32,
    finalize_hint: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    let object = cx.value(js_object)?;
    ensure_status!(object.is_object(), InvalidArg);
    ensure_status!(wrap_of(cx, &object)?.is_none(), InvalidArg);
    if !result.is_null() {
        ensure_status!(finalize_cb != 0, InvalidArg);
    }
    let new = NewEntry {
        count: 0,
        ownership: if result.is_null() {
            Ownership::Runtime
        } else {
            Ownership::Userland
        },
        finalizer: finalizer(cx, finalize_cb, finalize_hint)?,
        data: native_object,
        user: !result.is_null(),
    };
    let id = cx.env.references.create(cx.js(), object.clone(), new)?;
    slots(cx, &object)?.wrap.set(id);
    match result.non_null() {
        Some(result) => cx.write(result, id),
        None => Ok(()),
    }
}

/// `napi_status napi_unwrap(napi_env env, napi_value js_object, void** result)`
pub(crate) fn napi_unwrap(cx: &mut Cx<'_>, js_object: Handle, result: GuestPtr<u32>) -> NapiResult {
    let object = cx.value(js_object)?;
    let result = result.required()?;
    ensure_status!(object.is_object(), InvalidArg);
    let id = wrap_of(cx, &object)?.ok_or(Status::InvalidArg)?;
    let data = cx.env.references.data(id).ok_or(Status::InvalidArg)?;
    cx.write(result, data)
}

/// `napi_status napi_remove_wrap(napi_env env, napi_value js_object, void** result)`
///
/// `result` (optional) gets the native object. The finalizer will not run; a reference
/// the guest got from `napi_wrap` stays valid until the guest deletes it.
pub(crate) fn napi_remove_wrap(
    cx: &mut Cx<'_>,
    js_object: Handle,
    result: GuestPtr<u32>,
) -> NapiResult {
    let object = cx.value(js_object)?;
    ensure_status!(object.is_object(), InvalidArg);
    let id = wrap_of(cx, &object)?.ok_or(Status::InvalidArg)?;
    let data = cx.env.references.data(id).ok_or(Status::InvalidArg)?;
    if let Some(result) = result.non_null() {
        cx.write(result, data)?;
    }
    slots(cx, &object)?.wrap.set(0);
    cx.env.references.remove_wrap(id);
    Ok(())
}

/// `napi_status napi_add_finalizer(napi_env env, napi_value js_object, void* finalize_data, node_api_basic_finalize finalize_cb, void* finalize_hint, napi_ref* result)`
///
/// `finalize_cb` runs after the object is collected (or at env teardown). With
/// `result`, the guest owns the returned weak reference.
pub(crate) fn napi_add_finalizer(
    cx: &mut Cx<'_>,
    js_object: Handle,
    finalize_data: u32,
    finalize_cb: u32,
    finalize_hint: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    let object = cx.value(js_object)?;
    ensure_status!(finalize_cb != 0, InvalidArg);
    ensure_status!(object.is_object(), InvalidArg);
    let new = NewEntry {
        count: 0,
        ownership: if result.is_null() {
            Ownership::Runtime
        } else {
            Ownership::Userland
        },
        finalizer: finalizer(cx, finalize_cb, finalize_hint)?,
        data: finalize_data,
        user: !result.is_null(),
    };
    let id = cx.env.references.create(cx.js(), object, new)?;
    match result.non_null() {
        Some(result) => cx.write(result, id),
        None => Ok(()),
    }
}

/// `napi_status node_api_post_finalizer(node_api_basic_env env, napi_finalize finalize_cb, void* finalize_data, void* finalize_hint)`
///
/// Experimental. Runs `finalize_cb` from the event loop, where it may call JS; meant
/// for GC finalizers, which cannot. A NULL `finalize_cb` is accepted and does nothing.
pub(crate) fn node_api_post_finalizer(
    cx: &mut Cx<'_>,
    finalize_cb: u32,
    finalize_data: u32,
    finalize_hint: u32,
) -> NapiResult {
    let finalizer = finalizer(cx, finalize_cb, finalize_hint)?;
    cx.env.references.post(finalizer, finalize_data);
    Ok(())
}

/// `ToObject` as Node's `CHECK_TO_OBJECT_WITH_PREAMBLE` does it: a primitive becomes a
/// fresh wrapper object; `undefined`/`null` throw (`napi_pending_exception`).
fn tag_target(cx: &Cx<'_>, object_or_external: Handle) -> NapiResult<JsValue> {
    let value = cx.value(object_or_external)?;
    if value.is_object() {
        return Ok(value);
    }
    Ok(cx.js().to_object(&value)?)
}

/// Reads a `napi_type_tag` (`uint64_t lower, upper`).
fn read_tag(cx: &Cx<'_>, type_tag: GuestPtr<u64>) -> NapiResult<(u64, u64)> {
    let type_tag = type_tag.required()?;
    Ok((cx.read(type_tag)?, cx.read(type_tag.add(1))?))
}

/// `napi_status napi_type_tag_object(napi_env env, napi_value value, const napi_type_tag* type_tag)`
///
/// Statuses: `invalid_arg` (already tagged, NULL `type_tag`), `pending_exception`
/// (`undefined`/`null`). A primitive is converted with `ToObject`, so its (temporary)
/// wrapper gets the tag.
pub(crate) fn napi_type_tag_object(
    cx: &mut Cx<'_>,
    value: Handle,
    type_tag: GuestPtr<u64>,
) -> NapiResult {
    let object = tag_target(cx, value)?;
    let tag = read_tag(cx, type_tag)?;
    let slots = slots(cx, &object)?;
    ensure_status!(slots.type_tag.get().is_none(), InvalidArg);
    slots.type_tag.set(Some(tag));
    Ok(())
}

/// `napi_status napi_check_object_type_tag(napi_env env, napi_value value, const napi_type_tag* type_tag, bool* result)`
pub(crate) fn napi_check_object_type_tag(
    cx: &mut Cx<'_>,
    value: Handle,
    type_tag: GuestPtr<u64>,
    result: GuestPtr<bool>,
) -> NapiResult {
    let object = tag_target(cx, value)?;
    let tag = read_tag(cx, type_tag)?;
    let result = result.required()?;
    let stored = cx
        .js()
        .find_attachment::<ObjectSlots>(&object)?
        .and_then(|slots| slots.type_tag.get());
    cx.write(result, stored == Some(tag))
}
