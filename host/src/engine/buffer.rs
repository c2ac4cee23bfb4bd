//! ArrayBuffers, SharedArrayBuffers, typed arrays and DataViews.
//!
//! Buffers come in two kinds here:
//! - **engine-owned**: created by JS (or [`Js::new_array_buffer`]); QuickJS allocates
//!   and frees the bytes;
//! - **external**: created by [`Js::new_external_buffer`] over memory the engine does
//!   not own (guest linear memory). QuickJS never frees, grows or moves those bytes: its
//!   `realloc` callback refuses every resize (returns NULL, which QuickJS reports as a
//!   failed allocation) and turns the final "free" (size 0), which comes exactly once,
//!   on detach or when the buffer is collected, into the caller's release hook.
//!
//! Operations that can observe a buffer from JS (DataView and typed array accessors, the
//! `DataView` and `SharedArrayBuffer` constructors) use intrinsics captured when the
//! engine starts, so user code that patches globals or prototypes cannot interfere.
//!
//! Byte access never hands out a Rust slice of engine memory: [`Js::copy_from_buffer`]
//! and [`Js::copy_to_buffer`] copy with `memmove` while no JS can run.
//!
//! Queries avoid QuickJS calls that *throw* on the common paths (a detached buffer):
//! building any error runs a user-defined `Error.prepareStackTrace`, i.e. arbitrary JS,
//! and these queries run inside Node-API calls that must not run JS (and inside guest
//! memory accesses that must not re-enter anything). Only a `DataView` over a resizable
//! buffer that was shrunk under it can still make a query throw.

use super::{ErrorKind, Js, JsException, JsResult, JsValue, size};
use rquickjs::qjs;
use std::cell::Cell;
use std::ffi::c_void;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The element type of a typed array (its constructor).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TypedArrayKind {
    /// `Int8Array`
    Int8,
    /// `Uint8Array`
    Uint8,
    /// `Uint8ClampedArray`
    Uint8Clamped,
    /// `Int16Array`
    Int16,
    /// `Uint16Array`
    Uint16,
    /// `Int32Array`
    Int32,
    /// `Uint32Array`
    Uint32,
    /// `Float16Array`
    Float16,
    /// `Float32Array`
    Float32,
    /// `Float64Array`
    Float64,
    /// `BigInt64Array`
    BigInt64,
    /// `BigUint64Array`
    BigUint64,
}

impl TypedArrayKind {
    /// Bytes per element.
    pub(crate) fn element_size(self) -> u32 {
        match self {
            TypedArrayKind::Int8 | TypedArrayKind::Uint8 | TypedArrayKind::Uint8Clamped => 1,
            TypedArrayKind::Int16 | TypedArrayKind::Uint16 | TypedArrayKind::Float16 => 2,
            TypedArrayKind::Int32 | TypedArrayKind::Uint32 | TypedArrayKind::Float32 => 4,
            TypedArrayKind::Float64 | TypedArrayKind::BigInt64 | TypedArrayKind::BigUint64 => 8,
        }
    }

    /// The constructor's name (`"Int16Array"`), for messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            TypedArrayKind::Int8 => "Int8Array",
            TypedArrayKind::Uint8 => "Uint8Array",
            TypedArrayKind::Uint8Clamped => "Uint8ClampedArray",
            TypedArrayKind::Int16 => "Int16Array",
            TypedArrayKind::Uint16 => "Uint16Array",
            TypedArrayKind::Int32 => "Int32Array",
            TypedArrayKind::Uint32 => "Uint32Array",
            TypedArrayKind::Float16 => "Float16Array",
            TypedArrayKind::Float32 => "Float32Array",
            TypedArrayKind::Float64 => "Float64Array",
            TypedArrayKind::BigInt64 => "BigInt64Array",
            TypedArrayKind::BigUint64 => "BigUint64Array",
        }
    }

    /// QuickJS's `JSTypedArrayEnum`, whose order differs from every other list of typed
    /// array types (it starts with `Uint8ClampedArray`), hence the explicit mapping.
    fn to_engine(self) -> qjs::JSTypedArrayEnum {
        match self {
            TypedArrayKind::Uint8Clamped => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8C,
            TypedArrayKind::Int8 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT8,
            TypedArrayKind::Uint8 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8,
            TypedArrayKind::Int16 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT16,
            TypedArrayKind::Uint16 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT16,
            TypedArrayKind::Int32 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT32,
            TypedArrayKind::Uint32 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT32,
            TypedArrayKind::BigInt64 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_BIG_INT64,
            TypedArrayKind::BigUint64 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_BIG_UINT64,
            TypedArrayKind::Float16 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT16,
            TypedArrayKind::Float32 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT32,
            TypedArrayKind::Float64 => qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT64,
        }
    }

    /// The inverse of [`TypedArrayKind::to_engine`] (`JS_GetTypedArrayType`'s result).
    fn from_engine(kind: i32) -> Option<TypedArrayKind> {
        let kind = qjs::JSTypedArrayEnum::try_from(kind).ok()?;
        Some(match kind {
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8C => TypedArrayKind::Uint8Clamped,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT8 => TypedArrayKind::Int8,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8 => TypedArrayKind::Uint8,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT16 => TypedArrayKind::Int16,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT16 => TypedArrayKind::Uint16,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT32 => TypedArrayKind::Int32,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT32 => TypedArrayKind::Uint32,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_BIG_INT64 => TypedArrayKind::BigInt64,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_BIG_UINT64 => TypedArrayKind::BigUint64,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT16 => TypedArrayKind::Float16,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT32 => TypedArrayKind::Float32,
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT64 => TypedArrayKind::Float64,
            _ => return None,
        })
    }
}

/// Where a buffer's bytes are in host memory. Only an address: it is never
/// dereferenced outside this module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HostBytes {
    /// Host address of the first byte.
    pub(crate) addr: usize,
    /// Length in bytes.
    pub(crate) len: usize,
}

/// What `napi_get_typedarray_info` reports. A typed array whose buffer is detached (or
/// out of bounds after a resize) has length 0 and byte offset 0, as in V8.
pub(crate) struct TypedArrayInfo {
    /// The element type.
    pub(crate) kind: TypedArrayKind,
    /// Length in elements.
    pub(crate) length: usize,
    /// Offset of the first element in the buffer.
    pub(crate) byte_offset: usize,
    /// The underlying ArrayBuffer or SharedArrayBuffer.
    pub(crate) buffer: JsValue,
}

/// What `napi_get_dataview_info` reports (0 and 0 when the buffer is detached).
pub(crate) struct DataViewInfo {
    /// Length in bytes.
    pub(crate) byte_length: usize,
    /// Offset in the buffer.
    pub(crate) byte_offset: usize,
    /// The underlying ArrayBuffer or SharedArrayBuffer.
    pub(crate) buffer: JsValue,
}

/// Called once when an external buffer lets go of its bytes (detached or collected).
/// It runs inside the engine (possibly during garbage collection): it must not call
/// into JS or the guest; queue work instead.
pub(crate) type ReleaseHook = Box<dyn FnOnce()>;

/// Intrinsics and counters for buffers, captured when the engine starts.
pub(crate) struct BufferState {
    data_view: JsValue,
    data_view_buffer: JsValue,
    data_view_byte_length: JsValue,
    data_view_byte_offset: JsValue,
    array_buffer_detached: JsValue,
    typed_array_buffer: JsValue,
    typed_array_byte_offset: JsValue,
    typed_array_length: JsValue,
    shared_array_buffer: JsValue,
    /// The class of `SharedArrayBuffer` objects (QuickJS has no public predicate).
    shared_class: qjs::JSClassID,
    /// `napi_adjust_external_memory`'s running total (V8 keeps one per isolate).
    external_memory: Cell<i64>,
}

impl BufferState {
    /// Captures the intrinsics from a fresh context (before any user code ran).
    pub(super) fn new(js: Js) -> BufferState {
        let global = js.global();
        let get = |object: &JsValue, name: &str| {
            js.get_named(object, name.as_bytes())
                .unwrap_or_else(|_| js.undefined())
        };
        let data_view = get(&global, "DataView");
        let array_buffer_proto = get(&get(&global, "ArrayBuffer"), "prototype");
        let data_view_proto = get(&data_view, "prototype");
        let uint8_proto = get(&get(&global, "Uint8Array"), "prototype");
        let typed_array_proto = js.prototype_of(&uint8_proto);
        let shared_array_buffer = get(&global, "SharedArrayBuffer");
        let sample = js
            .construct(&shared_array_buffer, &[])
            .unwrap_or_else(|_| js.undefined());
        // SAFETY: reads the class of a live value (invalid for non-objects).
        let shared_class = unsafe { qjs::JS_GetClassID(sample.as_raw()) };
        BufferState {
            data_view_buffer: js.own_getter(&data_view_proto, "buffer"),
            data_view_byte_length: js.own_getter(&data_view_proto, "byteLength"),
            data_view_byte_offset: js.own_getter(&data_view_proto, "byteOffset"),
            array_buffer_detached: js.own_getter(&array_buffer_proto, "detached"),
            typed_array_buffer: js.own_getter(&typed_array_proto, "buffer"),
            typed_array_byte_offset: js.own_getter(&typed_array_proto, "byteOffset"),
            typed_array_length: js.own_getter(&typed_array_proto, "length"),
            data_view,
            shared_array_buffer,
            shared_class,
            external_memory: Cell::new(0),
        }
    }
}

/// QuickJS's `realloc` callback for external buffers (see the module docs).
unsafe extern "C" fn release_external(
    _rt: *mut qjs::JSRuntime,
    opaque: *mut c_void,
    _ptr: *mut c_void,
    size: qjs::size_t,
) -> *mut c_void {
    if size != 0 || opaque.is_null() {
        // A resize (`transfer(newLength)`): refused, the buffer keeps its bytes.
        return std::ptr::null_mut();
    }
    // SAFETY: `opaque` is the `Box<ReleaseHook>` leaked by `new_external_buffer`.
    // QuickJS calls this with size 0 exactly once per buffer (on detach, after which it
    // forgets the callback, or when the buffer is finalized), so the box is reclaimed
    // once.
    let hook = unsafe { Box::from_raw(opaque.cast::<ReleaseHook>()) };
    // A panic must not unwind into C; the hook only queues work, so there is nothing
    // to recover.
    let _ = catch_unwind(AssertUnwindSafe(hook));
    std::ptr::null_mut()
}

impl Js {
    fn buffers(self) -> &'static BufferState {
        &self.state().buffers
    }

    /// `Object.getPrototypeOf(value)` without running proxy traps on ordinary objects.
    fn prototype_of(self, value: &JsValue) -> JsValue {
        // SAFETY: `value` is live; `JS_GetPrototype` returns an owned reference.
        let raw = unsafe { qjs::JS_GetPrototype(self.ctx, value.as_raw()) };
        // SAFETY: `raw` is owned or `JS_EXCEPTION`.
        unsafe { self.check(raw) }.unwrap_or_else(|_| self.undefined())
    }

    /// The getter of `object`'s own accessor property `name` (undefined when absent).
    fn own_getter(self, object: &JsValue, name: &str) -> JsValue {
        self.with_name_atom(name.as_bytes(), |atom| {
            let mut desc = qjs::JSPropertyDescriptor {
                flags: 0,
                value: qjs::JS_UNDEFINED,
                getter: qjs::JS_UNDEFINED,
                setter: qjs::JS_UNDEFINED,
            };
            // SAFETY: `object` is live and `atom` valid; on success the descriptor's
            // three values are owned by us: the getter is kept, the others freed.
            unsafe {
                let found = qjs::JS_GetOwnProperty(self.ctx, &mut desc, object.as_raw(), atom);
                if found < 0 {
                    return Err(self.take_exception());
                }
                if found == 0 {
                    return Ok(self.undefined());
                }
                qjs::JS_FreeValue(self.ctx, desc.value);
                qjs::JS_FreeValue(self.ctx, desc.setter);
                Ok(self.own(desc.getter))
            }
        })
        .unwrap_or_else(|_| self.undefined())
    }

    /// Calls an intrinsic getter on `this`.
    fn call_getter(self, getter: &JsValue, this: &JsValue) -> JsResult<JsValue> {
        self.call(getter, this, &[])
    }

    /// A non-negative integer result of a getter, or 0 when it throws (detached).
    fn getter_usize(self, getter: &JsValue, this: &JsValue) -> usize {
        self.call_getter(getter, this)
            .ok()
            .and_then(|v| v.as_f64())
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map_or(0, |n| n as usize)
    }

    /// Discards the exception a failed engine query left in the context.
    fn discard_exception(self) {
        drop(self.take_exception());
    }

    // ----- ArrayBuffer and SharedArrayBuffer ------------------------------------------

    /// Whether `value` is an `ArrayBuffer` (not a `SharedArrayBuffer`).
    pub(crate) fn is_array_buffer(self, value: &JsValue) -> bool {
        // SAFETY: reads the class of a live value.
        unsafe { qjs::JS_IsArrayBuffer(value.as_raw()) }
    }

    /// Whether `value` is a `SharedArrayBuffer`.
    pub(crate) fn is_shared_array_buffer(self, value: &JsValue) -> bool {
        // SAFETY: reads the class of a live value.
        let class = unsafe { qjs::JS_GetClassID(value.as_raw()) };
        value.is_object() && class == self.buffers().shared_class
    }

    /// Where the bytes of an `ArrayBuffer` or `SharedArrayBuffer` are, or `None` when
    /// `value` is neither or is detached. Runs no JS. The address stays valid until JS
    /// runs.
    pub(crate) fn buffer_bytes(self, value: &JsValue) -> Option<HostBytes> {
        if self.is_array_buffer(value) {
            if self.is_detached(value) {
                return None;
            }
        } else if !self.is_shared_array_buffer(value) {
            return None;
        }
        let mut len: qjs::size_t = 0;
        // SAFETY: `value` is a live, attached buffer (SharedArrayBuffers cannot be
        // detached), for which QuickJS neither throws nor returns NULL.
        let ptr = unsafe { qjs::JS_GetArrayBuffer(self.ctx, &mut len, value.as_raw()) };
        if ptr.is_null() {
            self.discard_exception();
            return None;
        }
        Some(HostBytes {
            addr: ptr as usize,
            len: len as usize,
        })
    }

    /// Whether the `ArrayBuffer` `value` is detached (through the intrinsic `detached`
    /// getter: no JS runs, nothing is thrown).
    pub(crate) fn is_detached(self, value: &JsValue) -> bool {
        self.is_array_buffer(value)
            && self
                .call_getter(&self.buffers().array_buffer_detached, value)
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
    }

    /// Whether the `ArrayBuffer` `value` can be detached (immutable ones cannot).
    pub(crate) fn is_detachable(self, value: &JsValue) -> bool {
        // SAFETY: reads a flag of a live value (-1 when it is not an ArrayBuffer).
        let immutable = unsafe { qjs::JS_IsImmutableArrayBuffer(value.as_raw()) };
        self.is_array_buffer(value) && immutable != 1
    }

    /// Detaches the `ArrayBuffer` `value` (no-op when already detached). An external
    /// buffer's release hook runs before this returns.
    pub(crate) fn detach(self, value: &JsValue) {
        // SAFETY: `value` is live; QuickJS ignores values that are not ArrayBuffers.
        unsafe { qjs::JS_DetachArrayBuffer(self.ctx, value.as_raw()) }
    }

    /// Copies `dst.len()` bytes starting at `offset` out of buffer `value`. False (and
    /// nothing copied) when `value` is not an attached buffer or the range is not
    /// inside it.
    pub(crate) fn copy_from_buffer(self, value: &JsValue, offset: usize, dst: &mut [u8]) -> bool {
        let Some(bytes) = self.buffer_bytes(value) else {
            return false;
        };
        if offset
            .checked_add(dst.len())
            .is_none_or(|end| end > bytes.len)
        {
            return false;
        }
        // SAFETY: `bytes` describes the buffer's live storage (no JS ran since the query)
        // and the range was checked against it; `ptr::copy` allows the regions to
        // overlap, so no aliasing assumption is made about `dst`.
        unsafe {
            std::ptr::copy(
                (bytes.addr as *const u8).add(offset),
                dst.as_mut_ptr(),
                dst.len(),
            );
        }
        true
    }

    /// Copies `src` into buffer `value` at `offset`; false (nothing copied) when the
    /// range is not inside an attached buffer.
    pub(crate) fn copy_to_buffer(self, value: &JsValue, offset: usize, src: &[u8]) -> bool {
        let Some(bytes) = self.buffer_bytes(value) else {
            return false;
        };
        if offset
            .checked_add(src.len())
            .is_none_or(|end| end > bytes.len)
        {
            return false;
        }
        // SAFETY: as in `copy_from_buffer`, with the buffer as the destination.
        unsafe {
            std::ptr::copy(src.as_ptr(), (bytes.addr as *mut u8).add(offset), src.len());
        }
        true
    }

    /// A new zero-filled buffer owned by the engine: `new ArrayBuffer(len)` or
    /// `new SharedArrayBuffer(len)`.
    pub(crate) fn new_array_buffer(self, len: usize, shared: bool) -> JsResult<JsValue> {
        if shared {
            let len = self.number(len as f64);
            return self.construct(&self.buffers().shared_array_buffer, &[len]);
        }
        // SAFETY: a NULL source with `len` asks QuickJS for `len` zeroed bytes it owns.
        unsafe {
            self.check(qjs::JS_NewArrayBufferCopy(
                self.ctx,
                std::ptr::null(),
                size(len),
            ))
        }
    }

    /// A buffer (a `SharedArrayBuffer` when `shared`) whose bytes are the `len` bytes at
    /// `data`, which the engine does not own. `on_release` runs exactly once: when the
    /// buffer is detached or collected, or right away when creation fails.
    ///
    /// # Safety
    /// `data` must be non-NULL and valid for reads and writes of `len` bytes until
    /// `on_release` runs or the buffer is detached, and nothing else may create Rust
    /// references to those bytes meanwhile.
    pub(crate) unsafe fn new_external_buffer(
        self,
        data: *mut u8,
        len: usize,
        shared: bool,
        on_release: ReleaseHook,
    ) -> JsResult<JsValue> {
        if data.is_null() || i32::try_from(len).is_err() {
            on_release();
            return Err(JsException(self.new_error_str(
                ErrorKind::RangeError,
                "Array buffer allocation failed",
            )));
        }
        let opaque = Box::into_raw(Box::new(on_release));
        // SAFETY: `data`/`len` are valid per this function's contract; QuickJS keeps the
        // pointer as the buffer's storage and reports its release through
        // `release_external`, which reclaims `opaque`. `max_len` 0: not resizable.
        let raw = unsafe {
            qjs::JS_NewArrayBuffer(
                self.ctx,
                data,
                size(len),
                0,
                Some(release_external),
                opaque.cast(),
                shared,
            )
        };
        // SAFETY: `raw` is `JS_EXCEPTION` or a value we own.
        if unsafe { qjs::JS_IsException(raw) } {
            // SAFETY: on failure QuickJS did not install the callback, so `opaque` is
            // still ours.
            let hook = unsafe { Box::from_raw(opaque) };
            hook();
            return Err(self.take_exception());
        }
        // SAFETY: as above, an owned value.
        Ok(unsafe { self.own(raw) })
    }

    /// `napi_adjust_external_memory`: adds `change` to the runtime's count of external
    /// memory (never below 0) and returns the new total.
    pub(crate) fn adjust_external_memory(self, change: i64) -> i64 {
        let counter = &self.buffers().external_memory;
        let total = counter.get().saturating_add(change).max(0);
        counter.set(total);
        total
    }

    // ----- typed arrays -----------------------------------------------------------------

    /// Whether `value` is a typed array.
    pub(crate) fn is_typed_array(self, value: &JsValue) -> bool {
        // SAFETY: reads the class of a live value.
        unsafe { qjs::JS_GetTypedArrayType(value.as_raw()) >= 0 }
    }

    /// The element type, length, offset and buffer of a typed array (`None` when
    /// `value` is not one). Read through the intrinsic getters, which report length 0
    /// and offset 0 for a detached (or shrunk-under) view and never throw for a typed
    /// array (`JS_GetTypedArrayBuffer` throws for those).
    pub(crate) fn typed_array_info(self, value: &JsValue) -> Option<TypedArrayInfo> {
        // SAFETY: reads the class of a live value.
        let kind = unsafe { qjs::JS_GetTypedArrayType(value.as_raw()) };
        let kind = TypedArrayKind::from_engine(kind)?;
        let state = self.buffers();
        let buffer = self
            .call_getter(&state.typed_array_buffer, value)
            .unwrap_or_else(|_| self.undefined());
        Some(TypedArrayInfo {
            kind,
            length: self.getter_usize(&state.typed_array_length, value),
            byte_offset: self.getter_usize(&state.typed_array_byte_offset, value),
            buffer,
        })
    }

    /// `new <kind>(buffer, byte_offset, length)`; the caller has checked the range.
    pub(crate) fn new_typed_array(
        self,
        kind: TypedArrayKind,
        buffer: &JsValue,
        byte_offset: usize,
        length: usize,
    ) -> JsResult<JsValue> {
        let args = [
            buffer.clone(),
            self.number(byte_offset as f64),
            self.number(length as f64),
        ];
        let mut raw: Vec<qjs::JSValue> = args.iter().map(JsValue::as_raw).collect();
        // SAFETY: the three arguments are live for the call; the result is owned.
        unsafe {
            self.check(qjs::JS_NewTypedArray(
                self.ctx,
                3,
                raw.as_mut_ptr(),
                kind.to_engine(),
            ))
        }
    }

    // ----- DataView -------------------------------------------------------------------

    /// Whether `value` is a `DataView`.
    pub(crate) fn is_data_view(self, value: &JsValue) -> bool {
        // SAFETY: reads the class of a live value.
        unsafe { qjs::JS_IsDataView(value.as_raw()) }
    }

    /// The length, offset and buffer of a `DataView` (`None` when `value` is not one);
    /// 0 and 0 over a detached buffer.
    pub(crate) fn data_view_info(self, value: &JsValue) -> Option<DataViewInfo> {
        if !self.is_data_view(value) {
            return None;
        }
        let state = self.buffers();
        let buffer = self
            .call_getter(&state.data_view_buffer, value)
            .unwrap_or_else(|_| self.undefined());
        if self.is_detached(&buffer) {
            // The length and offset getters throw for a detached buffer.
            return Some(DataViewInfo {
                byte_length: 0,
                byte_offset: 0,
                buffer,
            });
        }
        Some(DataViewInfo {
            byte_length: self.getter_usize(&state.data_view_byte_length, value),
            byte_offset: self.getter_usize(&state.data_view_byte_offset, value),
            buffer,
        })
    }

    /// `new DataView(buffer, byte_offset, byte_length)` with the intrinsic constructor.
    pub(crate) fn new_data_view(
        self,
        buffer: &JsValue,
        byte_offset: usize,
        byte_length: usize,
    ) -> JsResult<JsValue> {
        let args = [
            buffer.clone(),
            self.number(byte_offset as f64),
            self.number(byte_length as f64),
        ];
        self.construct(&self.buffers().data_view, &args)
    }

    // ----- identity ----------------------------------------------------------------------

    /// An id for an object that no other live object shares (`None` for primitives).
    pub(crate) fn identity(self, value: &JsValue) -> Option<usize> {
        // SAFETY: reads the tag and pointer of a live value.
        unsafe {
            qjs::JS_IsObject(value.as_raw()).then(|| qjs::JS_VALUE_GET_PTR(value.as_raw()) as usize)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TypedArrayKind;
    use crate::engine::Engine;
    use std::cell::Cell;
    use std::rc::Rc;

    /// A buffer over `bytes` whose releases are counted in `released`.
    fn external(
        js: crate::engine::Js,
        bytes: &mut [u8],
        released: &Rc<Cell<u32>>,
    ) -> crate::engine::JsValue {
        let released = released.clone();
        let hook = Box::new(move || released.set(released.get() + 1));
        // SAFETY: `bytes` outlives the buffer in every test (each detaches or drops it,
        // and runs the GC, before `bytes` goes).
        unsafe { js.new_external_buffer(bytes.as_mut_ptr(), bytes.len(), false, hook) }.unwrap()
    }

    #[test]
    fn external_buffers_alias_and_release_once() {
        let engine = Engine::new();
        let js = engine.js();
        let mut bytes = [1u8, 2, 3, 4];
        let released = Rc::new(Cell::new(0));
        let buffer = external(js, &mut bytes, &released);
        let view = js
            .new_typed_array(TypedArrayKind::Uint8, &buffer, 1, 2)
            .unwrap();
        js.set_index(&view, 0, js.number(20.0)).unwrap();
        assert_eq!(js.get_index(&view, 1).unwrap().as_f64(), Some(3.0));
        // Detaching releases the bytes at once, exactly once.
        js.detach(&buffer);
        assert_eq!(released.get(), 1);
        assert!(js.is_detached(&buffer));
        let info = js.typed_array_info(&view).unwrap();
        assert_eq!((info.length, info.byte_offset), (0, 0));
        drop((buffer, view));
        engine.run_gc();
        assert_eq!(released.get(), 1);
        assert_eq!(bytes, [1, 20, 3, 4]);
    }

    #[test]
    fn external_buffers_refuse_resizes_and_survive_transfer() {
        let engine = Engine::new();
        let js = engine.js();
        let mut bytes = [7u8; 8];
        let released = Rc::new(Cell::new(0));
        let buffer = external(js, &mut bytes, &released);
        js.set_named(&js.global(), b"ab", buffer.clone()).unwrap();
        // A different length needs a reallocation: refused (the bytes stay put).
        assert!(js.eval("ab.transfer(16)", "<test>").is_err());
        assert_eq!(js.buffer_bytes(&buffer).unwrap().len, 8);
        // The same length moves the bytes to a new buffer; the release comes once, when
        // that one goes.
        let moved = js
            .eval("globalThis.ab2 = ab.transfer(); ab2", "<test>")
            .unwrap();
        assert!(js.is_detached(&buffer));
        assert_eq!(released.get(), 0);
        assert_eq!(
            js.buffer_bytes(&moved).unwrap().addr,
            bytes.as_ptr() as usize
        );
        drop((buffer, moved));
        js.eval("ab = ab2 = undefined", "<test>").unwrap();
        engine.run_gc();
        assert_eq!(released.get(), 1);
    }

    #[test]
    fn typed_array_kinds_map_both_ways() {
        let engine = Engine::new();
        let js = engine.js();
        let buffer = js.new_array_buffer(64, false).unwrap();
        for kind in [
            TypedArrayKind::Int8,
            TypedArrayKind::Uint8,
            TypedArrayKind::Uint8Clamped,
            TypedArrayKind::Int16,
            TypedArrayKind::Uint16,
            TypedArrayKind::Int32,
            TypedArrayKind::Uint32,
            TypedArrayKind::Float16,
            TypedArrayKind::Float32,
            TypedArrayKind::Float64,
            TypedArrayKind::BigInt64,
            TypedArrayKind::BigUint64,
        ] {
            let array = js.new_typed_array(kind, &buffer, 8, 2).unwrap();
            let info = js.typed_array_info(&array).unwrap();
            assert_eq!(info.kind, kind);
            assert_eq!((info.length, info.byte_offset), (2, 8));
            let name = js.get_named(&array, b"constructor").unwrap();
            let name = js.get_named(&name, b"name").unwrap();
            assert_eq!(js.to_rust_string(&name).unwrap(), kind.name());
        }
        assert!(js.is_array_buffer(&buffer) && !js.is_shared_array_buffer(&buffer));
        let shared = js.new_array_buffer(4, true).unwrap();
        assert!(js.is_shared_array_buffer(&shared) && !js.is_array_buffer(&shared));
    }
}
