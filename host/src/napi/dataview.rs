//! DataViews. Their data pointers follow the buffer rules of `env/transfer.rs`.

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::napi::typedarray::size;
use crate::status::{NapiResult, Status, ensure_status};

/// `napi_status napi_create_dataview(napi_env env, size_t length, napi_value arraybuffer, size_t byte_offset, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: `js`. Accepts a `SharedArrayBuffer`, as current
/// Node does (nodejs/node#60473; Node 20 refuses it).
/// Statuses: `invalid_arg` (NULL `arraybuffer` or `result`, not a buffer),
/// `pending_exception` with a pending `RangeError` `ERR_NAPI_INVALID_DATAVIEW_ARGS` when
/// `byte_offset + length` exceeds the buffer.
pub(crate) fn napi_create_dataview(
    cx: &mut Cx<'_>,
    length: u32,
    arraybuffer: Handle,
    byte_offset: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let buffer = cx.value(arraybuffer)?;
    let result = result.required()?;
    ensure_status!(cx.is_any_buffer(&buffer), InvalidArg);
    if u64::from(length) + u64::from(byte_offset) > cx.buffer_len(&buffer) as u64 {
        return Err(cx.throw_range_error(
            "ERR_NAPI_INVALID_DATAVIEW_ARGS",
            "byte_offset + byte_length should be less than or equal to the size in bytes \
             of the array passed in",
            Status::PendingException,
        ));
    }
    let view = cx
        .js()
        .new_data_view(&buffer, byte_offset as usize, length as usize)?;
    cx.set_result(result, view)
}

/// `napi_status napi_get_dataview_info(napi_env env, napi_value dataview, size_t* bytelength, void** data, napi_value* arraybuffer, size_t* byte_offset)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`. Every output is optional. `data` is the
/// guest address of the view's first byte (see `env/transfer.rs`); a view over a
/// detached buffer reports length 0, offset 0 and NULL data, as in V8.
/// Statuses: `invalid_arg` (NULL or stale `dataview`, not a DataView).
pub(crate) fn napi_get_dataview_info(
    cx: &mut Cx<'_>,
    dataview: Handle,
    bytelength: GuestPtr<u32>,
    data: GuestPtr<u32>,
    arraybuffer: GuestPtr<Handle>,
    byte_offset: GuestPtr<u32>,
) -> NapiResult {
    let value = cx.value(dataview)?;
    let info = cx.js().data_view_info(&value).ok_or(Status::InvalidArg)?;
    if let Some(bytelength) = bytelength.non_null() {
        cx.write(bytelength, size(info.byte_length)?)?;
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

/// `napi_status napi_is_dataview(napi_env env, napi_value value, bool* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`.
/// Statuses: `invalid_arg` (NULL `value` or `result`).
pub(crate) fn napi_is_dataview(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    cx.write(result, cx.js().is_data_view(&value))
}
