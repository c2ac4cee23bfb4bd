//! Dates: `napi_create_date`, `napi_is_date`, `napi_get_date_value`.

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// `napi_status napi_create_date(napi_env env, double time, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. The time is clipped like `new Date(time)`
/// (NaN outside ±8.64e15 ms, `-0` becomes `+0`). Statuses: `invalid_arg`.
pub(crate) fn napi_create_date(cx: &mut Cx<'_>, time: f64, result: GuestPtr<Handle>) -> NapiResult {
    let result = result.required()?;
    let date = cx
        .js()
        .new_date(time)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.set_result(result, date)
}

/// `napi_status napi_is_date(napi_env env, napi_value value, bool* is_date)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. Statuses: `invalid_arg`.
pub(crate) fn napi_is_date(cx: &mut Cx<'_>, value: Handle, is_date: GuestPtr<bool>) -> NapiResult {
    let value = cx.value(value)?;
    let is_date = is_date.required()?;
    cx.write(is_date, cx.js().is_date(&value))
}

/// `napi_status napi_get_date_value(napi_env env, napi_value value, double* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. The time value, read with the intrinsic
/// `Date.prototype.getTime` (a patched `valueOf`/`getTime` is not run). Statuses:
/// `invalid_arg`, `date_expected`.
pub(crate) fn napi_get_date_value(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<f64>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    let js = cx.js();
    ensure_status!(js.is_date(&value), DateExpected);
    let time = js.date_value(&value)?;
    cx.write(result, time)
}
