//! Primitive values: singletons, numbers, booleans, `napi_typeof`, `napi_strict_equals`.

use crate::abi::ValueType;
use crate::call::Cx;
use crate::engine::{JsType, JsValue};
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, ensure_status};

/// `napi_status napi_get_undefined(napi_env env, napi_value* result)`
pub(crate) fn napi_get_undefined(cx: &mut Cx<'_>, result: GuestPtr<Handle>) -> NapiResult {
    cx.write(result.required()?, Handle::UNDEFINED)
}

/// `napi_status napi_get_null(napi_env env, napi_value* result)`
pub(crate) fn napi_get_null(cx: &mut Cx<'_>, result: GuestPtr<Handle>) -> NapiResult {
    cx.write(result.required()?, Handle::NULL_VALUE)
}

/// `napi_status napi_get_global(napi_env env, napi_value* result)`
pub(crate) fn napi_get_global(cx: &mut Cx<'_>, result: GuestPtr<Handle>) -> NapiResult {
    cx.write(result.required()?, Handle::GLOBAL)
}

/// `napi_status napi_get_boolean(napi_env env, bool value, napi_value* result)`
pub(crate) fn napi_get_boolean(
    cx: &mut Cx<'_>,
    value: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    cx.write(result.required()?, Handle::boolean(value & 0xff != 0))
}

/// `napi_status napi_create_double(napi_env env, double value, napi_value* result)`
pub(crate) fn napi_create_double(
    cx: &mut Cx<'_>,
    value: f64,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    cx.set_result(result, cx.js().number(value))
}

/// `napi_status napi_create_int32(napi_env env, int32_t value, napi_value* result)`
pub(crate) fn napi_create_int32(
    cx: &mut Cx<'_>,
    value: i32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    cx.set_result(result, cx.js().number(f64::from(value)))
}

/// `napi_status napi_create_uint32(napi_env env, uint32_t value, napi_value* result)`
pub(crate) fn napi_create_uint32(
    cx: &mut Cx<'_>,
    value: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    cx.set_result(result, cx.js().number(f64::from(value)))
}

/// `napi_status napi_create_int64(napi_env env, int64_t value, napi_value* result)`
///
/// The value becomes a Number, so magnitudes above 2^53 lose precision (as in Node).
pub(crate) fn napi_create_int64(
    cx: &mut Cx<'_>,
    value: i64,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    cx.set_result(result, cx.js().number(value as f64))
}

/// Reads a number argument (`napi_number_expected` otherwise).
fn number(cx: &Cx<'_>, value: Handle) -> NapiResult<f64> {
    cx.env
        .peek(value, JsValue::as_f64)?
        .ok_or(crate::status::Status::NumberExpected.into())
}

/// `napi_status napi_get_value_double(napi_env env, napi_value value, double* result)`
pub(crate) fn napi_get_value_double(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<f64>,
) -> NapiResult {
    let result = result.required()?;
    let number = number(cx, value)?;
    cx.write(result, number)
}

/// `napi_status napi_get_value_int32(napi_env env, napi_value value, int32_t* result)`
///
/// `ToInt32` semantics: non-finite values give 0, others wrap modulo 2^32.
pub(crate) fn napi_get_value_int32(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<i32>,
) -> NapiResult {
    let result = result.required()?;
    let number = number(cx, value)?;
    cx.write(result, to_uint32(number) as i32)
}

/// `napi_status napi_get_value_uint32(napi_env env, napi_value value, uint32_t* result)`
///
/// `ToUint32` semantics: non-finite values give 0, others wrap modulo 2^32.
pub(crate) fn napi_get_value_uint32(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<u32>,
) -> NapiResult {
    let result = result.required()?;
    let number = number(cx, value)?;
    cx.write(result, to_uint32(number))
}

/// `napi_status napi_get_value_int64(napi_env env, napi_value value, int64_t* result)`
///
/// Non-finite values give 0; values outside the int64 range saturate (V8's
/// `IntegerValue`).
pub(crate) fn napi_get_value_int64(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<i64>,
) -> NapiResult {
    let result = result.required()?;
    let number = number(cx, value)?;
    // `as` saturates for out-of-range floats and maps NaN to 0.
    let int = if number.is_finite() { number as i64 } else { 0 };
    cx.write(result, int)
}

/// `napi_status napi_get_value_bool(napi_env env, napi_value value, bool* result)`
pub(crate) fn napi_get_value_bool(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let result = result.required()?;
    let value = cx.value(value)?;
    let boolean = value.as_bool();
    ensure_status!(boolean.is_some(), BooleanExpected);
    cx.write(result, boolean.unwrap_or_default())
}

/// `napi_status napi_typeof(napi_env env, napi_value value, napi_valuetype* result)`
pub(crate) fn napi_typeof(cx: &mut Cx<'_>, value: Handle, result: GuestPtr<u32>) -> NapiResult {
    let result = result.required()?;
    let value = cx.value(value)?;
    let js = cx.js();
    let kind = match js.type_of(&value) {
        JsType::Undefined => ValueType::Undefined,
        JsType::Null => ValueType::Null,
        JsType::Boolean => ValueType::Boolean,
        JsType::Number => ValueType::Number,
        JsType::String => ValueType::String,
        JsType::Symbol => ValueType::Symbol,
        JsType::Function => ValueType::Function,
        JsType::BigInt => ValueType::Bigint,
        JsType::Object if js.host_data::<crate::env::ExternalData>(&value).is_some() => {
            ValueType::External
        }
        JsType::Object => ValueType::Object,
    };
    cx.write(result, kind as u32)
}

/// `napi_status napi_strict_equals(napi_env env, napi_value lhs, napi_value rhs, bool* result)`
pub(crate) fn napi_strict_equals(
    cx: &mut Cx<'_>,
    lhs: Handle,
    rhs: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let result = result.required()?;
    let lhs = cx.value(lhs)?;
    let rhs = cx.value(rhs)?;
    cx.write(result, cx.js().strict_equals(&lhs, &rhs))
}

/// ECMAScript `ToUint32` of a number.
fn to_uint32(number: f64) -> u32 {
    if !number.is_finite() {
        return 0;
    }
    let truncated = number.trunc();
    let modulo = truncated.rem_euclid(4_294_967_296.0);
    modulo as u32
}

#[cfg(test)]
mod tests {
    use super::to_uint32;

    #[test]
    fn to_uint32_wraps_like_ecmascript() {
        assert_eq!(to_uint32(f64::NAN), 0);
        assert_eq!(to_uint32(f64::INFINITY), 0);
        assert_eq!(to_uint32(-1.0), u32::MAX);
        assert_eq!(to_uint32(4_294_967_297.5), 1);
        assert_eq!(to_uint32(-0.9), 0);
        assert_eq!(to_uint32(2_147_483_648.0) as i32, i32::MIN);
    }
}
