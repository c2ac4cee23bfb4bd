//! Errors and exceptions: creating and throwing errors, the pending exception, and
//! `napi_get_last_error_info`.

use crate::abi::extended_error_info as info;
use crate::call::Cx;
use crate::engine::ErrorKind;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// Node's `napi_create_*error`: `msg` must be a string, `code` (optional) too; `code`
/// becomes the error's `code` property.
fn create_error(
    cx: &Cx<'_>,
    kind: ErrorKind,
    code: Handle,
    msg: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let message = cx.value(msg)?;
    let result = result.required()?;
    ensure_status!(message.is_string(), StringExpected);
    let code = match code {
        Handle::NULL => None,
        code => Some(cx.value(code)?),
    };
    if let Some(code) = &code {
        ensure_status!(code.is_string(), StringExpected);
    }
    let js = cx.js();
    let error = js.new_error(kind, &message)?;
    if let Some(code) = code {
        js.set_named(&error, b"code", code)
            .map_err(|_| Status::GenericFailure)?;
    }
    cx.set_result(result, error)
}

/// `napi_status napi_create_error(napi_env env, napi_value code, napi_value msg, napi_value* result)`
pub(crate) fn napi_create_error(
    cx: &mut Cx<'_>,
    code: Handle,
    msg: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_error(cx, ErrorKind::Error, code, msg, result)
}

/// `napi_status napi_create_type_error(napi_env env, napi_value code, napi_value msg, napi_value* result)`
pub(crate) fn napi_create_type_error(
    cx: &mut Cx<'_>,
    code: Handle,
    msg: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_error(cx, ErrorKind::TypeError, code, msg, result)
}

/// `napi_status napi_create_range_error(napi_env env, napi_value code, napi_value msg, napi_value* result)`
pub(crate) fn napi_create_range_error(
    cx: &mut Cx<'_>,
    code: Handle,
    msg: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_error(cx, ErrorKind::RangeError, code, msg, result)
}

/// `napi_status node_api_create_syntax_error(napi_env env, napi_value code, napi_value msg, napi_value* result)`
pub(crate) fn node_api_create_syntax_error(
    cx: &mut Cx<'_>,
    code: Handle,
    msg: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_error(cx, ErrorKind::SyntaxError, code, msg, result)
}

/// `napi_status napi_throw(napi_env env, napi_value error)`
pub(crate) fn napi_throw(cx: &mut Cx<'_>, error: Handle) -> NapiResult {
    let error = cx.value(error)?;
    cx.env.set_pending_exception(error);
    Ok(())
}

/// Node's `napi_throw_*error`: builds the error from C strings and makes it pending.
fn throw_error(cx: &Cx<'_>, kind: ErrorKind, code: GuestPtr<u8>, msg: GuestPtr<u8>) -> NapiResult {
    let js = cx.js();
    let message = js.string_from_utf8(&cx.c_string(msg)?)?;
    let error = js.new_error(kind, &message)?;
    if let Some(code) = code.non_null() {
        let code = js.string_from_utf8(&cx.c_string(code)?)?;
        js.set_named(&error, b"code", code)
            .map_err(|_| Status::GenericFailure)?;
    }
    cx.env.set_pending_exception(error);
    Ok(())
}

/// `napi_status napi_throw_error(napi_env env, const char* code, const char* msg)`
pub(crate) fn napi_throw_error(
    cx: &mut Cx<'_>,
    code: GuestPtr<u8>,
    msg: GuestPtr<u8>,
) -> NapiResult {
    throw_error(cx, ErrorKind::Error, code, msg)
}

/// `napi_status napi_throw_type_error(napi_env env, const char* code, const char* msg)`
pub(crate) fn napi_throw_type_error(
    cx: &mut Cx<'_>,
    code: GuestPtr<u8>,
    msg: GuestPtr<u8>,
) -> NapiResult {
    throw_error(cx, ErrorKind::TypeError, code, msg)
}

/// `napi_status napi_throw_range_error(napi_env env, const char* code, const char* msg)`
pub(crate) fn napi_throw_range_error(
    cx: &mut Cx<'_>,
    code: GuestPtr<u8>,
    msg: GuestPtr<u8>,
) -> NapiResult {
    throw_error(cx, ErrorKind::RangeError, code, msg)
}

/// `napi_status node_api_throw_syntax_error(napi_env env, const char* code, const char* msg)`
pub(crate) fn node_api_throw_syntax_error(
    cx: &mut Cx<'_>,
    code: GuestPtr<u8>,
    msg: GuestPtr<u8>,
) -> NapiResult {
    throw_error(cx, ErrorKind::SyntaxError, code, msg)
}

/// `napi_status napi_is_error(napi_env env, napi_value value, bool* result)`
pub(crate) fn napi_is_error(cx: &mut Cx<'_>, value: Handle, result: GuestPtr<bool>) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    cx.write(result, cx.js().is_error(&value))
}

/// `napi_status napi_is_exception_pending(napi_env env, bool* result)`
pub(crate) fn napi_is_exception_pending(cx: &mut Cx<'_>, result: GuestPtr<bool>) -> NapiResult {
    let result = result.required()?;
    cx.write(result, cx.env.has_pending_exception())
}

/// `napi_status napi_get_and_clear_last_exception(napi_env env, napi_value* result)`
///
/// Writes `undefined` when nothing is pending.
pub(crate) fn napi_get_and_clear_last_exception(
    cx: &mut Cx<'_>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    match cx.env.take_pending_exception() {
        Some(exception) => cx.set_result(result, exception),
        None => cx.write(result, Handle::UNDEFINED),
    }
}

/// `napi_status napi_get_last_error_info(node_api_basic_env env, const napi_extended_error_info** result)`
///
/// The record lives in guest memory (allocated once per env with the guest's `malloc`)
/// and describes the call made before this one; this call does not change it.
pub(crate) fn napi_get_last_error_info(cx: &mut Cx<'_>, result: GuestPtr<u32>) -> NapiResult {
    let result = result.required()?;
    let status = cx.env.last_error();
    let block = cx.env.error_info_block()?;
    let message_table = block + info::SIZE;
    let message = cx.read(GuestPtr::<u32>::new(message_table + 4 * status as u32))?;
    cx.write(GuestPtr::<u32>::new(block + info::ERROR_MESSAGE), message)?;
    cx.write(GuestPtr::<u32>::new(block + info::ENGINE_RESERVED), 0)?;
    cx.write(GuestPtr::<u32>::new(block + info::ENGINE_ERROR_CODE), 0)?;
    cx.write(
        GuestPtr::<u32>::new(block + info::ERROR_CODE),
        status as u32,
    )?;
    cx.write(result, block)?;
    // Like Node, reading the record does not count as a failing call.
    if status == Status::Ok {
        cx.env.set_last_error(Status::Ok);
    }
    Ok(())
}
