//! Node Buffers (`napi_create_buffer` and friends).
//!
//! A Buffer is a `Uint8Array` with `Buffer.prototype` (the runtime's `buffer.js`),
//! built over an `ArrayBuffer` that follows the memory rules of `env/transfer.rs`:
//! buffers the guest creates alias its linear memory (zero-copy, `data` stays valid
//! while the buffer lives), buffers JS created are copied into guest memory for the
//! duration of the outermost guest call. Like Node 20, every `ArrayBufferView` counts
//! as a buffer for `napi_is_buffer` and `napi_get_buffer_info`.

use crate::call::Cx;
use crate::engine::{JsValue, TypedArrayKind};
use crate::env::PendingFinalizer;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// A Buffer over `length` bytes of `array_buffer` from `byte_offset`: an instance of
/// the runtime's `Buffer` (a plain `Uint8Array` for an env without a runtime).
fn new_buffer(
    cx: &Cx<'_>,
    array_buffer: &JsValue,
    byte_offset: u32,
    length: u32,
) -> NapiResult<JsValue> {
    let js = cx.js();
    let constructor = cx
        .env
        .node
        .link()
        .and_then(|link| link.buffer_constructor());
    let buffer = match constructor {
        Some(constructor) => js.construct(
            &constructor,
            &[
                array_buffer.clone(),
                js.number(f64::from(byte_offset)),
                js.number(f64::from(length)),
            ],
        )?,
        None => js.new_typed_array(
            TypedArrayKind::Uint8,
            array_buffer,
            byte_offset as usize,
            length as usize,
        )?,
    };
    Ok(buffer)
}

/// `napi_status napi_create_buffer(napi_env env, size_t length, void** data, napi_value* result)`
///
/// Node: `node_api.cc`. Entry: `js`. The bytes are `malloc`ed in guest memory,
/// zero-filled, and the Buffer aliases them: `*data` stays valid while the Buffer lives.
/// Statuses: `invalid_arg` (NULL `result`), `generic_failure` (no `malloc`, or it
/// returned NULL), `pending_exception`.
pub(crate) fn napi_create_buffer(
    cx: &mut Cx<'_>,
    length: u32,
    data: GuestPtr<u32>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let (array_buffer, addr) = cx.env.new_guest_buffer(length, false)?;
    let buffer = new_buffer(cx, &array_buffer, 0, length)?;
    if let Some(data) = data.non_null() {
        cx.write(data, addr)?;
    }
    cx.set_result(result, buffer)
}

/// `napi_status napi_create_buffer_copy(napi_env env, size_t length, const void* data, void** result_data, napi_value* result)`
///
/// Node: `node_api.cc`. Entry: `js`. Copies `length` bytes from `data` into a new
/// Buffer over fresh guest memory (`*result_data`, valid while the Buffer lives); an
/// out-of-bounds `data` traps. Statuses: `invalid_arg` (NULL `result`, NULL `data` with
/// a non-zero `length`), `generic_failure` (no `malloc`), `pending_exception`.
pub(crate) fn napi_create_buffer_copy(
    cx: &mut Cx<'_>,
    length: u32,
    data: u32,
    result_data: GuestPtr<u32>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    ensure_status!(data != 0 || length == 0, InvalidArg);
    let source = cx
        .env
        .with_memory(|m| m.bytes(data, length).map(<[u8]>::to_vec))??;
    let (array_buffer, addr) = cx.env.new_guest_buffer(length, false)?;
    if length > 0 {
        cx.env.with_memory(|m| {
            m.bytes_mut(addr, length)
                .map(|b| b.copy_from_slice(&source))
        })??;
    }
    let buffer = new_buffer(cx, &array_buffer, 0, length)?;
    if let Some(result_data) = result_data.non_null() {
        cx.write(result_data, addr)?;
    }
    cx.set_result(result, buffer)
}

/// `napi_status napi_create_external_buffer(napi_env env, size_t length, void* data, napi_finalize finalize_cb, void* finalize_hint, napi_value* result)`
///
/// Node: `node_api.cc`. Entry: `js`. Zero-copy: the Buffer is the guest's `length`
/// bytes at `data` (out of bounds traps); `finalize_cb(env, data, finalize_hint)` is
/// queued when it is collected and runs from the event loop. A NULL `data` (with
/// `length` 0) gives an empty Buffer whose finalizer is queued at once. Statuses:
/// `invalid_arg` (NULL `result`, NULL `data` with a non-zero `length`, `finalize_cb`
/// not a function of the guest table), `pending_exception`.
pub(crate) fn napi_create_external_buffer(
    cx: &mut Cx<'_>,
    length: u32,
    data: u32,
    finalize_cb: u32,
    finalize_hint: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    ensure_status!(data != 0 || length == 0, InvalidArg);
    let finalizer = if finalize_cb == 0 {
        None
    } else {
        cx.env.finalizer(finalize_cb)?;
        Some(PendingFinalizer {
            callback: finalize_cb,
            data,
            hint: finalize_hint,
        })
    };
    let array_buffer = if data == 0 {
        let array_buffer = cx.js().new_array_buffer(0, false)?;
        if let Some(finalizer) = finalizer {
            cx.env.queue_finalizer(finalizer);
        }
        array_buffer
    } else {
        cx.env.new_external_buffer(data, length, finalizer)?
    };
    let buffer = new_buffer(cx, &array_buffer, 0, length)?;
    cx.set_result(result, buffer)
}

/// `napi_status node_api_create_buffer_from_arraybuffer(napi_env env, napi_value arraybuffer, size_t byte_offset, size_t byte_length, napi_value* result)`
///
/// Node: `node_api.cc` (Node-API 10; not in Node 20). Entry: `js`. The Buffer shares the
/// `ArrayBuffer`'s memory. Statuses: `invalid_arg` (NULL `arraybuffer`/`result`),
/// `arraybuffer_expected` (not an `ArrayBuffer`), `pending_exception` (a `RangeError`
/// `ERR_OUT_OF_RANGE` when the range exceeds the buffer).
pub(crate) fn node_api_create_buffer_from_arraybuffer(
    cx: &mut Cx<'_>,
    arraybuffer: Handle,
    byte_offset: u32,
    byte_length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let array_buffer = cx.value(arraybuffer)?;
    let result = result.required()?;
    ensure_status!(cx.js().is_array_buffer(&array_buffer), ArraybufferExpected);
    if u64::from(byte_offset) + u64::from(byte_length) > cx.buffer_len(&array_buffer) as u64 {
        return Err(cx.throw_range_error(
            "ERR_OUT_OF_RANGE",
            "The byte offset + length is out of range",
            Status::PendingException,
        ));
    }
    let buffer = new_buffer(cx, &array_buffer, byte_offset, byte_length)?;
    cx.set_result(result, buffer)
}

/// The buffer, byte offset and byte length of an `ArrayBufferView`.
fn view_parts(cx: &Cx<'_>, value: &JsValue) -> Option<(JsValue, usize, usize)> {
    let js = cx.js();
    if let Some(info) = js.typed_array_info(value) {
        let byte_length = info.length * info.kind.element_size() as usize;
        return Some((info.buffer, info.byte_offset, byte_length));
    }
    js.data_view_info(value)
        .map(|info| (info.buffer, info.byte_offset, info.byte_length))
}

/// `napi_status napi_is_buffer(napi_env env, napi_value value, bool* result)`
///
/// Node: `node_api.cc`. Entry: `basic`. True for every `ArrayBufferView` (typed arrays
/// and `DataView`s), as Node 20's `Buffer::HasInstance`. Statuses: `invalid_arg` (NULL
/// `value`/`result`).
pub(crate) fn napi_is_buffer(cx: &mut Cx<'_>, value: Handle, result: GuestPtr<bool>) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    let js = cx.js();
    cx.write(result, js.is_typed_array(&value) || js.is_data_view(&value))
}

/// `napi_status napi_get_buffer_info(napi_env env, napi_value value, void** data, size_t* length)`
///
/// Node: `node_api.cc`. Entry: `basic`. Accepts any `ArrayBufferView`; `*length` is its
/// byte length and `*data` the guest address of its first byte (see
/// `env/transfer.rs`: aliased, or a copy for the current outermost guest call; NULL
/// when empty or detached). Statuses: `invalid_arg` (NULL `value`, not an
/// `ArrayBufferView`).
pub(crate) fn napi_get_buffer_info(
    cx: &mut Cx<'_>,
    value: Handle,
    data: GuestPtr<u32>,
    length: GuestPtr<u32>,
) -> NapiResult {
    let value = cx.value(value)?;
    let (buffer, byte_offset, byte_length) = view_parts(cx, &value).ok_or(Status::InvalidArg)?;
    if let Some(data) = data.non_null() {
        let addr = cx.view_data(&buffer, byte_offset)?;
        cx.write(data, addr)?;
    }
    if let Some(length) = length.non_null() {
        let byte_length = u32::try_from(byte_length).map_err(|_| Status::GenericFailure)?;
        cx.write(length, byte_length)?;
    }
    Ok(())
}
