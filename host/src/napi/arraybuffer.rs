//! ArrayBuffers and SharedArrayBuffers, external memory accounting, and emnapi's memory
//! functions.
//!
//! Buffers the guest creates alias its linear memory; buffers JS creates are copied into
//! guest memory once per outermost guest call and back when it returns. The rules and
//! why they are sound are in `env/transfer.rs`.

use crate::abi::NAPI_AUTO_LENGTH;
use crate::call::Cx;
use crate::engine::{ErrorKind, JsException, JsValue};
use crate::env::PendingFinalizer;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::napi::typedarray::{size, typed_array_kind};
use crate::status::{NapiError, NapiResult, Status, ensure_status};

impl Cx<'_> {
    /// The guest address of a view's data: the buffer's bytes (aliased or shadowed, see
    /// `env/transfer.rs`) plus `byte_offset`. NULL when the buffer is detached or empty,
    /// as in Node.
    pub(crate) fn view_data(&self, buffer: &JsValue, byte_offset: usize) -> NapiResult<u32> {
        let base = self.env.buffer_data(buffer)?;
        if base == 0 {
            return Ok(0);
        }
        let offset = u32::try_from(byte_offset).map_err(|_| Status::GenericFailure)?;
        Ok(base.checked_add(offset).ok_or(Status::GenericFailure)?)
    }

    /// Makes a `RangeError` with `code` the pending exception and fails with `status`
    /// (Node's `THROW_RANGE_ERROR_IF_FALSE` and `napi_create_dataview`).
    pub(crate) fn throw_range_error(&self, code: &str, message: &str, status: Status) -> NapiError {
        let error = self
            .env
            .coded_error_of(ErrorKind::RangeError, code, message);
        self.thrown(status)(JsException(error))
    }

    /// Whether `value` is an `ArrayBuffer` or a `SharedArrayBuffer`.
    pub(crate) fn is_any_buffer(&self, value: &JsValue) -> bool {
        let js = self.js();
        js.is_array_buffer(value) || js.is_shared_array_buffer(value)
    }

    /// The byte length of a buffer (0 when detached).
    pub(crate) fn buffer_len(&self, buffer: &JsValue) -> usize {
        self.js().buffer_bytes(buffer).map_or(0, |b| b.len)
    }
}

/// `napi_status napi_create_arraybuffer(napi_env env, size_t byte_length, void** data, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: `js` (`NAPI_PREAMBLE`). The bytes are `malloc`ed
/// in guest memory and zero-filled, and the buffer aliases them: `data` stays valid, and
/// writes on either side are visible to the other, for as long as the buffer lives (the
/// guest `free` runs after it is collected or detached). A zero-length buffer has no
/// bytes: `data` is NULL, as in Node.
/// Statuses: `invalid_arg` (NULL `result`), `generic_failure` (the guest exports no
/// `malloc`, or it returned NULL), `pending_exception` (more than 2 GiB).
pub(crate) fn napi_create_arraybuffer(
    cx: &mut Cx<'_>,
    byte_length: u32,
    data: GuestPtr<u32>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_guest_buffer(cx, byte_length, false, data, result)
}

/// A buffer over `byte_length` fresh bytes of guest memory; their address goes to
/// `data` (if non-NULL), the buffer to `result`.
fn create_guest_buffer(
    cx: &Cx<'_>,
    byte_length: u32,
    shared: bool,
    data: GuestPtr<u32>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let (buffer, addr) = cx.env.new_guest_buffer(byte_length, shared)?;
    if let Some(data) = data.non_null() {
        cx.write(data, addr)?;
    }
    cx.set_result(result, buffer)
}

/// `napi_status napi_create_external_arraybuffer(napi_env env, void* external_data, size_t byte_length, napi_finalize finalize_cb, void* finalize_hint, napi_value* result)`
///
/// Node: `js_native_api_v8.cc` (through `napi_create_external_buffer`). Entry: `js`.
/// Zero-copy: the buffer is the guest's `byte_length` bytes at `external_data` (out of
/// bounds traps). `finalize_cb(env, external_data, finalize_hint)` is queued when the
/// buffer is collected or detached and runs from the event loop. NULL `external_data`
/// gives an empty, detached buffer whose finalizer is queued at once, and a NULL
/// `result` still creates the buffer, as in Node.
/// Statuses: `invalid_arg` (`finalize_cb` is not a function of the guest table).
pub(crate) fn napi_create_external_arraybuffer(
    cx: &mut Cx<'_>,
    external_data: u32,
    byte_length: u32,
    finalize_cb: u32,
    finalize_hint: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let finalizer = finalizer(cx, finalize_cb, external_data, finalize_hint)?;
    let buffer = if external_data == 0 {
        let js = cx.js();
        let buffer = js.new_array_buffer(0, false)?;
        js.detach(&buffer);
        if let Some(finalizer) = finalizer {
            cx.env.queue_finalizer(finalizer);
        }
        buffer
    } else {
        cx.env
            .new_external_buffer(external_data, byte_length, finalizer)?
    };
    match result.non_null() {
        Some(result) => cx.set_result(result, buffer),
        None => Ok(()),
    }
}

/// The finalizer a guest asked for (`None` for a NULL callback).
fn finalizer(
    cx: &Cx<'_>,
    callback: u32,
    data: u32,
    hint: u32,
) -> NapiResult<Option<PendingFinalizer>> {
    if callback == 0 {
        return Ok(None);
    }
    cx.env.finalizer(callback)?;
    Ok(Some(PendingFinalizer {
        callback,
        data,
        hint,
    }))
}

/// `napi_status napi_get_arraybuffer_info(napi_env env, napi_value arraybuffer, void** data, size_t* byte_length)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`. `data` is the guest address of the
/// bytes: the buffer's own bytes when it aliases guest memory, else a copy made for the
/// current outermost guest call and copied back when it returns (`env/transfer.rs`);
/// NULL for a detached or empty buffer. Accepts `SharedArrayBuffer`s, as Node does since
/// the SharedArrayBuffer API (nodejs/node#59071); Node 20 refuses them.
/// Statuses: `invalid_arg` (NULL or stale `arraybuffer`, not a buffer).
pub(crate) fn napi_get_arraybuffer_info(
    cx: &mut Cx<'_>,
    arraybuffer: Handle,
    data: GuestPtr<u32>,
    byte_length: GuestPtr<u32>,
) -> NapiResult {
    let buffer = cx.value(arraybuffer)?;
    ensure_status!(cx.is_any_buffer(&buffer), InvalidArg);
    if let Some(data) = data.non_null() {
        let addr = cx.env.buffer_data(&buffer)?;
        cx.write(data, addr)?;
    }
    if let Some(byte_length) = byte_length.non_null() {
        cx.write(byte_length, size(cx.buffer_len(&buffer))?)?;
    }
    Ok(())
}

/// `napi_status napi_is_arraybuffer(napi_env env, napi_value value, bool* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`. False for `SharedArrayBuffer`s.
/// Statuses: `invalid_arg` (NULL `value` or `result`).
pub(crate) fn napi_is_arraybuffer(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    cx.write(result, cx.js().is_array_buffer(&value))
}

/// `napi_status napi_detach_arraybuffer(napi_env env, napi_value arraybuffer)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`. Detaching an already detached buffer
/// succeeds. A buffer aliasing guest memory releases it at once (its `free` or finalizer
/// is queued).
/// Statuses: `invalid_arg` (NULL `arraybuffer`), `arraybuffer_expected` (not an
/// `ArrayBuffer`), `detachable_arraybuffer_expected` (an immutable one).
pub(crate) fn napi_detach_arraybuffer(cx: &mut Cx<'_>, arraybuffer: Handle) -> NapiResult {
    let buffer = cx.value(arraybuffer)?;
    let js = cx.js();
    ensure_status!(js.is_array_buffer(&buffer), ArraybufferExpected);
    ensure_status!(js.is_detachable(&buffer), DetachableArraybufferExpected);
    js.detach(&buffer);
    Ok(())
}

/// `napi_status napi_is_detached_arraybuffer(napi_env env, napi_value value, bool* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`. False for anything but a detached
/// `ArrayBuffer`.
/// Statuses: `invalid_arg` (NULL `value` or `result`).
pub(crate) fn napi_is_detached_arraybuffer(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    cx.write(result, cx.js().is_detached(&value))
}

/// `napi_status node_api_is_sharedarraybuffer(napi_env env, napi_value value, bool* result)`
///
/// Node: `js_native_api_v8.cc` (experimental, nodejs/node#59071). Entry: `basic`.
/// Statuses: `invalid_arg` (NULL `value` or `result`).
pub(crate) fn node_api_is_sharedarraybuffer(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    cx.write(result, cx.js().is_shared_array_buffer(&value))
}

/// `napi_status node_api_create_sharedarraybuffer(napi_env env, size_t byte_length, void** data, napi_value* result)`
///
/// Node: `js_native_api_v8.cc` (experimental). Entry: `js`. Like
/// [`napi_create_arraybuffer`], the bytes are `malloc`ed in guest memory and the
/// `SharedArrayBuffer` aliases them (that is what sharing means here). Unlike an
/// `ArrayBuffer` it cannot be detached, so the allocation lives until the buffer is
/// collected; see `env/transfer.rs` for why this stays sound when the instance goes.
/// Statuses: `invalid_arg` (NULL `result`), `generic_failure` (no guest `malloc`, or
/// NULL from it).
pub(crate) fn node_api_create_sharedarraybuffer(
    cx: &mut Cx<'_>,
    byte_length: u32,
    data: GuestPtr<u32>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_guest_buffer(cx, byte_length, true, data, result)
}

/// `napi_status node_api_create_external_sharedarraybuffer(napi_env env, void* external_data, size_t byte_length, node_api_noenv_finalize finalize_cb, void* finalize_hint, napi_value* result)`
///
/// Experimental. Entry: `js`. Zero-copy: the `SharedArrayBuffer` is the guest's
/// `byte_length` bytes at `external_data` (out of bounds traps). `finalize_cb(data, hint)`
/// (no env: it cannot call Node-API) is queued when the buffer is collected and runs from
/// the event loop. Statuses: `invalid_arg` (NULL `result`, NULL `external_data` with a
/// non-zero length, `finalize_cb` not a `(data, hint)` function of the guest table).
pub(crate) fn node_api_create_external_sharedarraybuffer(
    cx: &mut Cx<'_>,
    external_data: u32,
    byte_length: u32,
    finalize_cb: u32,
    finalize_hint: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    ensure_status!(external_data != 0 || byte_length == 0, InvalidArg);
    let finalizer = if finalize_cb == 0 {
        None
    } else {
        cx.env.table_func::<(u32, u32), ()>(finalize_cb)?;
        Some(PendingFinalizer {
            callback: finalize_cb,
            data: external_data,
            hint: finalize_hint,
        })
    };
    let buffer = cx
        .env
        .new_external_shared_buffer(external_data, byte_length, finalizer)?;
    cx.set_result(result, buffer)
}

/// `napi_status napi_adjust_external_memory(node_api_basic_env env, int64_t change_in_bytes, int64_t* adjusted_value)`
///
/// Node: `js_native_api_v8.cc`. Entry: `basic`. Keeps a runtime-wide total of the
/// external memory addons report (never below 0) and returns it; QuickJS's GC does not
/// use it (it counts no external memory). V8's total also includes Node's own external
/// memory, so only differences are comparable between the two.
/// Statuses: `invalid_arg` (NULL `adjusted_value`).
pub(crate) fn napi_adjust_external_memory(
    cx: &mut Cx<'_>,
    change_in_bytes: i64,
    adjusted_value: GuestPtr<i64>,
) -> NapiResult {
    let adjusted_value = adjusted_value.required()?;
    let total = cx.js().adjust_external_memory(change_in_bytes);
    cx.write(adjusted_value, total)
}

// ----- emnapi (import module `emnapi`) ------------------------------------------------------

/// A buffer or a view on one: the buffer, the view's offset in it and its byte length.
fn buffer_or_view(cx: &Cx<'_>, value: &JsValue) -> Option<(JsValue, usize, usize)> {
    let js = cx.js();
    if cx.is_any_buffer(value) {
        return Some((value.clone(), 0, cx.buffer_len(value)));
    }
    if let Some(info) = js.typed_array_info(value) {
        let byte_length = info.length * info.kind.element_size() as usize;
        return Some((info.buffer, info.byte_offset, byte_length));
    }
    js.data_view_info(value)
        .map(|info| (info.buffer, info.byte_offset, info.byte_length))
}

/// `napi_status emnapi_sync_memory(napi_env env, bool js_to_wasm, napi_value* arraybuffer_or_view, size_t byte_offset, size_t length)`
///
/// emnapi: `emnapi.h`. Entry: `js`. Copies bytes `byte_offset..byte_offset + length` of
/// the buffer or view (`length` `SIZE_MAX`: to its end) from JS to the guest copy
/// (`js_to_wasm`) or back. Buffers that alias guest memory need no sync (no-op). For a
/// buffer JS created, the guest copy is the one made for the current outermost guest
/// call (`env/transfer.rs`); syncing JS → guest makes it when there is none yet. The
/// handle behind `arraybuffer_or_view` is read and never replaced.
/// Statuses: `invalid_arg` (NULL pointer or handle, not a buffer or view),
/// `pending_exception` (range outside the view: `RangeError`; guest → JS with no guest
/// copy, or a detached buffer: `Error`, as emnapi throws).
pub(crate) fn emnapi_sync_memory(
    cx: &mut Cx<'_>,
    js_to_wasm: u32,
    arraybuffer_or_view: GuestPtr<Handle>,
    byte_offset: u32,
    length: u32,
) -> NapiResult {
    let handle = cx.read(arraybuffer_or_view.required()?)?;
    let value = cx.value(handle)?;
    let (buffer, view_offset, view_len) = buffer_or_view(cx, &value).ok_or(Status::InvalidArg)?;
    let offset = byte_offset as usize;
    let len = if length == NAPI_AUTO_LENGTH {
        view_len.saturating_sub(offset)
    } else {
        length as usize
    };
    if offset.checked_add(len).is_none_or(|end| end > view_len) {
        let error = cx
            .js()
            .new_error_str(ErrorKind::RangeError, "Invalid typed array length");
        return Err(JsException(error).into());
    }
    if !cx
        .env
        .sync_buffer(&buffer, view_offset + offset, len, js_to_wasm != 0)?
    {
        let error = cx
            .js()
            .new_error_str(ErrorKind::Error, "Unknown ArrayBuffer address");
        return Err(JsException(error).into());
    }
    Ok(())
}

/// `napi_status emnapi_get_memory_address(napi_env env, napi_value arraybuffer_or_view, void** address, emnapi_ownership* ownership, bool* runtime_allocated)`
///
/// emnapi: `emnapi.h`. Entry: `js`. Where the bytes are in guest memory (0 when a
/// buffer JS created has no guest copy in the current call), with `ownership`
/// `emnapi_runtime` (0) unless the guest owns them (`emnapi_userland`, 1: external
/// buffers and memory views), and `runtime_allocated` for bytes the runtime allocated.
/// Makes no copy.
/// Statuses: `invalid_arg` (NULL `arraybuffer_or_view`, or all three outputs NULL),
/// `pending_exception` (not a buffer or view: `TypeError`).
pub(crate) fn emnapi_get_memory_address(
    cx: &mut Cx<'_>,
    arraybuffer_or_view: Handle,
    address: GuestPtr<u32>,
    ownership: GuestPtr<u32>,
    runtime_allocated: GuestPtr<bool>,
) -> NapiResult {
    let value = cx.value(arraybuffer_or_view)?;
    ensure_status!(
        !(address.is_null() && ownership.is_null() && runtime_allocated.is_null()),
        InvalidArg
    );
    let Some((buffer, view_offset, _)) = buffer_or_view(cx, &value) else {
        let error = cx.js().new_error_str(
            ErrorKind::TypeError,
            "emnapiGetMemoryAddress expect ArrayBuffer or ArrayBufferView as first parameter",
        );
        return Err(JsException(error).into());
    };
    let info = cx.env.memory_address(&buffer)?;
    if let Some(address) = address.non_null() {
        let offset = u32::try_from(view_offset).map_err(|_| Status::GenericFailure)?;
        let addr = if info.addr == 0 {
            0
        } else {
            info.addr.wrapping_add(offset)
        };
        cx.write(address, addr)?;
    }
    if let Some(ownership) = ownership.non_null() {
        cx.write(ownership, u32::from(!info.runtime_owned))?;
    }
    if let Some(runtime_allocated) = runtime_allocated.non_null() {
        cx.write(runtime_allocated, info.runtime_allocated)?;
    }
    Ok(())
}

/// `emnapi_memory_view_type` values that are not typed array types.
const EMNAPI_DATA_VIEW: i32 = -1;
const EMNAPI_BUFFER: i32 = -2;

/// `napi_status emnapi_create_memory_view(napi_env env, emnapi_memory_view_type typedarray_type, void* external_data, size_t byte_length, napi_finalize finalize_cb, void* finalize_hint, napi_value* result)`
///
/// emnapi: `emnapi.h`. Entry: `js`. A typed array (types as `napi_typedarray_type`) or
/// DataView (-1) over the guest's `byte_length` bytes at `external_data`, zero-copy
/// (out of bounds traps). NULL `external_data` gives an empty view. `finalize_cb` runs
/// (from the event loop) once the view and its buffer are collected.
/// Statuses: `invalid_arg` (NULL `result`, unknown type, bad `finalize_cb`),
/// `pending_exception` (`emnapi_buffer` (-2): napi-host has no `Buffer`; more than
/// 2 GiB: `RangeError`).
pub(crate) fn emnapi_create_memory_view(
    cx: &mut Cx<'_>,
    typedarray_type: i32,
    external_data: u32,
    byte_length: u32,
    finalize_cb: u32,
    finalize_hint: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let byte_length = if external_data == 0 { 0 } else { byte_length };
    if i32::try_from(byte_length).is_err() {
        let error = cx.js().new_error_str(
            ErrorKind::RangeError,
            "Cannot create a memory view larger than 2147483647 bytes",
        );
        return Err(JsException(error).into());
    }
    let kind = match typedarray_type {
        EMNAPI_DATA_VIEW => None,
        EMNAPI_BUFFER => {
            let error = cx.js().new_error_str(
                ErrorKind::Error,
                "emnapi_create_memory_view: napi-host has no Buffer",
            );
            return Err(JsException(error).into());
        }
        other => Some(typed_array_kind(other).ok_or(Status::InvalidArg)?),
    };
    let finalizer = finalizer(cx, finalize_cb, external_data, finalize_hint)?;
    let buffer = cx
        .env
        .new_external_buffer(external_data, byte_length, finalizer)?;
    let js = cx.js();
    let view = match kind {
        None => js.new_data_view(&buffer, 0, byte_length as usize)?,
        Some(kind) => {
            let length = byte_length / kind.element_size();
            js.new_typed_array(kind, &buffer, 0, length as usize)?
        }
    };
    cx.set_result(result, view)
}
