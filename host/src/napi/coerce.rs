//! Coercion: `napi_coerce_to_bool`, `_number`, `_object` and `_string`.
//!
//! As in Node (`CHECK_TO_NUMBER` and friends), a conversion that throws leaves its
//! exception pending and fails with the status of the expected type, not
//! `napi_pending_exception`.

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status};

/// `napi_status napi_coerce_to_bool(napi_env env, napi_value value, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. `ToBoolean`, which never throws. Statuses:
/// `invalid_arg` (NULL `value`/`result`).
pub(crate) fn napi_coerce_to_bool(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    cx.write(result, Handle::boolean(cx.js().to_boolean(&value)))
}

/// `napi_status napi_coerce_to_number(napi_env env, napi_value value, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. `ToNumber` (runs `valueOf`/`toString`).
/// Statuses: `invalid_arg`, `number_expected` (the conversion threw: symbols, BigInts,
/// throwing `valueOf`; the exception stays pending).
pub(crate) fn napi_coerce_to_number(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    let number = cx
        .js()
        .to_number(&value)
        .map_err(cx.thrown(Status::NumberExpected))?;
    cx.set_result(result, number)
}

/// `napi_status napi_coerce_to_object(napi_env env, napi_value value, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. `ToObject`. Statuses: `invalid_arg`,
/// `object_expected` (`undefined`/`null`; the TypeError stays pending).
pub(crate) fn napi_coerce_to_object(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    cx.value(value)?;
    let result = result.required()?;
    let object = cx.to_object(value)?;
    cx.set_result(result, object)
}

/// `napi_status napi_coerce_to_string(napi_env env, napi_value value, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. `ToString` (runs `toString`/`valueOf`).
/// Statuses: `invalid_arg`, `string_expected` (the conversion threw: symbols, throwing
/// `toString`; the exception stays pending).
pub(crate) fn napi_coerce_to_string(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    let string = cx
        .js()
        .to_js_string(&value)
        .map_err(cx.thrown(Status::StringExpected))?;
    cx.set_result(result, string)
}
