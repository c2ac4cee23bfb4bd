//! References: `napi_ref` values that keep a JS value alive (count > 0) or name it
//! weakly (count 0). The state lives in [`crate::references`].

use crate::call::Cx;
use crate::engine::JsType;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::references::{NewEntry, Ownership};
use crate::status::{NapiResult, ensure_status};

/// `napi_status napi_create_reference(napi_env env, napi_value value, uint32_t initial_refcount, napi_ref* result)`
///
/// Modules of API version below 10 may reference only objects, functions and symbols
/// (`napi_invalid_arg` otherwise); from version 10 (and experimental) any value, where a
/// value that cannot be held weakly is released when the count reaches 0.
pub(crate) fn napi_create_reference(
    cx: &mut Cx<'_>,
    value: Handle,
    initial_refcount: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    if cx.env.module_api_version() < 10 {
        let kind = cx.js().type_of(&value);
        ensure_status!(
            matches!(kind, JsType::Object | JsType::Function | JsType::Symbol),
            InvalidArg
        );
    }
    let new = NewEntry {
        count: initial_refcount,
        ownership: Ownership::Userland,
        finalizer: None,
        data: 0,
        user: true,
    };
    let id = cx.env.references.create(cx.js(), value, new)?;
    cx.write(result, id)
}

/// `napi_status napi_delete_reference(napi_env env, napi_ref ref)`
pub(crate) fn napi_delete_reference(cx: &mut Cx<'_>, ref_: u32) -> NapiResult {
    ensure_status!(ref_ != 0, InvalidArg);
    cx.env.references.delete(ref_)
}

/// `napi_status napi_reference_ref(napi_env env, napi_ref ref, uint32_t* result)`
///
/// `result` (optional) gets the new count, or 0 when the value was already collected
/// (the count is then left unchanged, as in Node).
pub(crate) fn napi_reference_ref(cx: &mut Cx<'_>, ref_: u32, result: GuestPtr<u32>) -> NapiResult {
    ensure_status!(ref_ != 0, InvalidArg);
    let count = cx.env.references.ref_(ref_)?;
    match result.non_null() {
        Some(result) => cx.write(result, count),
        None => Ok(()),
    }
}

/// `napi_status napi_reference_unref(napi_env env, napi_ref ref, uint32_t* result)`
///
/// `napi_generic_failure` when the count is already 0.
pub(crate) fn napi_reference_unref(
    cx: &mut Cx<'_>,
    ref_: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    ensure_status!(ref_ != 0, InvalidArg);
    let count = cx.env.references.unref(ref_)?;
    match result.non_null() {
        Some(result) => cx.write(result, count),
        None => Ok(()),
    }
}

/// `napi_status napi_get_reference_value(napi_env env, napi_ref ref, napi_value* result)`
///
/// Writes NULL when the value is gone (a weak reference whose value was collected).
pub(crate) fn napi_get_reference_value(
    cx: &mut Cx<'_>,
    ref_: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    ensure_status!(ref_ != 0, InvalidArg);
    let result = result.required()?;
    match cx.env.references.value(ref_)? {
        Some(value) => cx.set_result(result, value),
        None => cx.write(result, Handle::NULL),
    }
}
