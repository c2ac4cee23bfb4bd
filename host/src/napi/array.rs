//! Arrays and indexed element access.

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// `napi_status napi_create_array(napi_env env, napi_value* result)`
pub(crate) fn napi_create_array(cx: &mut Cx<'_>, result: GuestPtr<Handle>) -> NapiResult {
    let result = result.required()?;
    let array = cx.js().new_array()?;
    cx.set_result(result, array)
}

/// `napi_status napi_create_array_with_length(napi_env env, size_t length, napi_value* result)`
///
/// Node passes `length` to V8 as an `int`: a length past `INT32_MAX` is negative there,
/// and the array is empty.
pub(crate) fn napi_create_array_with_length(
    cx: &mut Cx<'_>,
    length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let length = if i32::try_from(length).is_ok() {
        length
    } else {
        0
    };
    let array = cx.js().new_array_with_length(length)?;
    cx.set_result(result, array)
}

/// `napi_status napi_get_array_length(napi_env env, napi_value value, uint32_t* result)`
pub(crate) fn napi_get_array_length(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<u32>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    ensure_status!(cx.js().is_array(&value), ArrayExpected);
    let length = cx.js().length(&value)?;
    cx.write(result, u32::try_from(length).unwrap_or(u32::MAX))
}

/// `napi_status napi_is_array(napi_env env, napi_value value, bool* result)`
pub(crate) fn napi_is_array(cx: &mut Cx<'_>, value: Handle, result: GuestPtr<bool>) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    cx.write(result, cx.js().is_array(&value))
}

/// `napi_status napi_set_element(napi_env env, napi_value object, uint32_t index, napi_value value)`
///
/// Sloppy-mode `[[Set]]` like `napi_set_property`; JS that throws in any element
/// function is `napi_generic_failure` with the exception pending (Node 20).
pub(crate) fn napi_set_element(
    cx: &mut Cx<'_>,
    object: Handle,
    index: u32,
    value: Handle,
) -> NapiResult {
    let value = cx.value(value)?;
    let object = cx.to_object(object)?;
    let js = cx.js();
    js.set_sloppy(&object, &js.number(f64::from(index)), value)
        .map_err(cx.thrown(Status::GenericFailure))
}

/// `napi_status napi_has_element(napi_env env, napi_value object, uint32_t index, bool* result)`
pub(crate) fn napi_has_element(
    cx: &mut Cx<'_>,
    object: Handle,
    index: u32,
    result: GuestPtr<bool>,
) -> NapiResult {
    let result = result.required()?;
    let object = cx.to_object(object)?;
    let has = cx
        .js()
        .has_index(&object, index)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.write(result, has)
}

/// `napi_status napi_get_element(napi_env env, napi_value object, uint32_t index, napi_value* result)`
pub(crate) fn napi_get_element(
    cx: &mut Cx<'_>,
    object: Handle,
    index: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let object = cx.to_object(object)?;
    let value = cx
        .js()
        .get_index(&object, index)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.set_result(result, value)
}

/// `napi_status napi_delete_element(napi_env env, napi_value object, uint32_t index, bool* result)`
pub(crate) fn napi_delete_element(
    cx: &mut Cx<'_>,
    object: Handle,
    index: u32,
    result: GuestPtr<bool>,
) -> NapiResult {
    let object = cx.to_object(object)?;
    let deleted = cx
        .js()
        .delete_index(&object, index)
        .map_err(cx.thrown(Status::GenericFailure))?;
    match result.non_null() {
        Some(result) => cx.write(result, deleted),
        None => Ok(()),
    }
}
