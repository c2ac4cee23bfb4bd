//! Typed arrays. Their data pointers follow the buffer rules of `env/transfer.rs`.

use crate::call::Cx;
use crate::engine::TypedArrayKind;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// The `napi_typedarray_type` numbering (`js_native_api_types.h`).
const TYPES: [TypedArrayKind; 12] = [
    TypedArrayKind::Int8,         // napi_int8_array = 0
    TypedArrayKind::Uint8,        // napi_uint8_array
    TypedArrayKind::Uint8Clamped, // napi_uint8_clamped_array
    TypedArrayKind::Int16,        // napi_int16_array
    TypedArrayKind::Uint16,       // napi_uint16_array
    TypedArrayKind::Int32,        // napi_int32_array
    TypedArrayKind::Uint32,       // napi_uint32_array
    TypedArrayKind::Float32,      // napi_float32_array
    TypedArrayKind::Float64,      // napi_float64_array
    TypedArrayKind::BigInt64,     // napi_bigint64_array
    TypedArrayKind::BigUint64,    // napi_biguint64_array
    TypedArrayKind::Float16,      // napi_float16_array = 11
];

/// The element type a `napi_typedarray_type` names.
pub(crate) fn typed_array_kind(type_: i32) -> Option<TypedArrayKind> {
    usize::try_from(type_)
        .ok()
        .and_then(|i| TYPES.get(i).copied())
}

/// The `napi_typedarray_type` of an element type.
fn napi_type(kind: TypedArrayKind) -> i32 {
    let index = TYPES.iter().position(|k| *k == kind).unwrap_or_default();
    i32::try_from(index).unwrap_or_default()
}

/// `napi_status napi_create_typedarray(napi_env env, napi_typedarray_type type, size_t length, napi_value arraybuffer, size_t byte_offset, napi_value* result)`
///
/// Node: `js_native_api_v8.cc` (`CREATE_TYPED_ARRAY`). Entry: `js`. `type` includes
/// `napi_float16_array` (Node 20 refuses it: V8 11.3 has no `Float16Array`). Accepts a
/// `SharedArrayBuffer`, as current Node does (nodejs/node#62710; Node 20 refuses it).
/// Statuses: `invalid_arg` (NULL `arraybuffer` or `result`, not a buffer, unknown
/// `type`), `generic_failure` with a pending `RangeError` (`byte_offset` not a multiple
/// of the element size: `ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT`, checked first; the
/// elements do not fit: `ERR_NAPI_INVALID_TYPEDARRAY_LENGTH`), `pending_exception`.
pub(crate) fn napi_create_typedarray(
    cx: &mut Cx<'_>,
    type_: i32,
    length: u32,
    arraybuffer: Handle,
    byte_offset: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let buffer = cx.value(arraybuffer)?;
    let result = result.required()?;
    ensure_status!(cx.is_any_buffer(&buffer), InvalidArg);
    let kind = typed_array_kind(type_).ok_or(Status::InvalidArg)?;
    let size = u64::from(kind.element_size());
    if size > 1 && u64::from(byte_offset) % size != 0 {
        let message = format!(
            "start offset of {} should be a multiple of {size}",
            kind.name()
        );
        return Err(cx.throw_range_error(
            "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT",
            &message,
            Status::GenericFailure,
        ));
    }
    let end = u64::from(length) * size + u64::from(byte_offset);
    if end > cx.buffer_len(&buffer) as u64 {
        return Err(cx.throw_range_error(
            "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH",
            "Invalid typed array length",
            Status::GenericFailure,
        ));
    }
    let array = cx
        .js()
        .new_typed_array(kind, &buffer, byte_offset as usize, length as usize)?;
    cx.set_result(result, array)
}

/// `napi_status napi_get_typedarray_info(napi_env env, napi_value typedarray, napi_typedarray_type* type, size_t* length, void** data, napi_value* arraybuffer, size_t* byte_offset)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`. Every output is optional. `data` is the
/// guest address of the first element (see `env/transfer.rs`); a view over a detached
/// buffer reports length 0, offset 0 and NULL data, as in V8.
/// Statuses: `invalid_arg` (NULL or stale `typedarray`, not a typed array).
pub(crate) fn napi_get_typedarray_info(
    cx: &mut Cx<'_>,
    typedarray: Handle,
    type_: GuestPtr<i32>,
    length: GuestPtr<u32>,
    data: GuestPtr<u32>,
    arraybuffer: GuestPtr<Handle>,
    byte_offset: GuestPtr<u32>,
) -> NapiResult {
    let value = cx.value(typedarray)?;
    let info = cx.js().typed_array_info(&value).ok_or(Status::InvalidArg)?;
    if let Some(type_) = type_.non_null() {
        cx.write(type_, napi_type(info.kind))?;
    }
    if let Some(length) = length.non_null() {
        cx.write(length, size(info.length)?)?;
    }
    if let Some(data) = data.non_null() {
        let addr = cx.view_data(&info.buffer, info.byte_offset)?;
        cx.write(data, addr)?;
    }
    if let Some(byte_offset) = byte_offset.non_null() {
        cx.write(byte_offset, size(info.byte_offset)?)?;
    }
    if let Some(arraybuffer) = arraybuffer.non_null() {
        cx.set_result(arraybuffer, info.buffer)?;
    }
    Ok(())
}

/// `napi_status napi_is_typedarray(napi_env env, napi_value value, bool* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`.
/// Statuses: `invalid_arg` (NULL `value` or `result`).
pub(crate) fn napi_is_typedarray(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    cx.write(result, cx.js().is_typed_array(&value))
}

/// A length or offset as a wasm32 `size_t`.
pub(crate) fn size(value: usize) -> NapiResult<u32> {
    Ok(u32::try_from(value).map_err(|_| Status::GenericFailure)?)
}
