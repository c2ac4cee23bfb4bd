//! Symbols: `napi_create_symbol` and `node_api_symbol_for`.

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, ensure_status};

/// `napi_status napi_create_symbol(napi_env env, napi_value description, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. `description` may be NULL (no
/// description); otherwise it must be a string. Statuses: `invalid_arg` (NULL `result`),
/// `string_expected`.
pub(crate) fn napi_create_symbol(
    cx: &mut Cx<'_>,
    description: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let description = if description == Handle::NULL {
        None
    } else {
        let value = cx.value(description)?;
        ensure_status!(value.is_string(), StringExpected);
        Some(value)
    };
    let symbol = cx.js().new_symbol(description.as_ref())?;
    cx.set_result(result, symbol)
}

/// `napi_status node_api_symbol_for(napi_env env, const char* utf8description, size_t length, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. `Symbol.for` of the description, read
/// like `napi_create_string_utf8` (`NAPI_AUTO_LENGTH`: NUL-terminated). Statuses:
/// `invalid_arg` (NULL `result`, NULL `utf8description` with a non-zero length, length
/// above `INT_MAX`).
pub(crate) fn node_api_symbol_for(
    cx: &mut Cx<'_>,
    utf8description: u32,
    length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let description =
        super::string::read_string(cx, utf8description, length, super::string::Encoding::Utf8)?;
    let symbol = cx.js().symbol_for(&description)?;
    cx.set_result(result, symbol)
}
