//! Owned engine values and borrowed string buffers.

use rquickjs::qjs;

/// The JavaScript type of a value (`typeof`, plus `null`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum JsType {
    /// `undefined`
    Undefined,
    /// `null`
    Null,
    /// `boolean`
    Boolean,
    /// `number`
    Number,
    /// `string`
    String,
    /// `symbol`
    Symbol,
    /// `object` (not callable)
    Object,
    /// `function`
    Function,
    /// `bigint`
    BigInt,
}

/// A JavaScript value owning one reference count; released on drop.
///
/// Every `JsValue` must be dropped before the [`super::Engine`] it came from.
pub struct JsValue {
    ctx: *mut qjs::JSContext,
    raw: qjs::JSValue,
}

impl std::fmt::Debug for JsValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // SAFETY: reading the tag of a live value.
        let tag = unsafe { qjs::JS_VALUE_GET_TAG(self.raw) };
        write!(f, "JsValue(tag {tag})")
    }
}

impl JsValue {
    /// Takes ownership of a raw value.
    ///
    /// # Safety
    /// `raw` must belong to `ctx` and the caller must own one reference to it.
    pub(super) unsafe fn from_raw_owned(ctx: *mut qjs::JSContext, raw: qjs::JSValue) -> JsValue {
        JsValue { ctx, raw }
    }

    /// Duplicates a borrowed raw value.
    ///
    /// # Safety
    /// `raw` must be a live value of `ctx`.
    pub(super) unsafe fn from_raw_dup(ctx: *mut qjs::JSContext, raw: qjs::JSValue) -> JsValue {
        JsValue {
            ctx,
            // SAFETY: forwarded from the caller.
            raw: unsafe { qjs::JS_DupValue(ctx, raw) },
        }
    }

    /// Borrows the raw value.
    pub(super) fn as_raw(&self) -> qjs::JSValue {
        self.raw
    }

    /// Gives up ownership of the raw value.
    pub(super) fn into_raw(self) -> qjs::JSValue {
        let raw = self.raw;
        std::mem::forget(self);
        raw
    }

    /// The type, computed from the tag (and the callable bit for objects).
    ///
    /// # Safety
    /// `ctx` must be this value's live context.
    pub(super) unsafe fn js_type(&self, ctx: *mut qjs::JSContext) -> JsType {
        // SAFETY: the value is live.
        unsafe {
            match qjs::JS_VALUE_GET_TAG(self.raw) {
                qjs::JS_TAG_UNDEFINED | qjs::JS_TAG_UNINITIALIZED => JsType::Undefined,
                qjs::JS_TAG_NULL => JsType::Null,
                qjs::JS_TAG_BOOL => JsType::Boolean,
                qjs::JS_TAG_INT | qjs::JS_TAG_FLOAT64 => JsType::Number,
                qjs::JS_TAG_STRING | qjs::JS_TAG_STRING_ROPE => JsType::String,
                qjs::JS_TAG_SYMBOL => JsType::Symbol,
                qjs::JS_TAG_BIG_INT | qjs::JS_TAG_SHORT_BIG_INT => JsType::BigInt,
                _ if qjs::JS_IsFunction(ctx, self.raw) => JsType::Function,
                _ => JsType::Object,
            }
        }
    }

    /// Whether this is an object (functions included).
    pub(crate) fn is_object(&self) -> bool {
        // SAFETY: reading the tag.
        unsafe { qjs::JS_IsObject(self.raw) }
    }

    /// Whether this is a string.
    pub(crate) fn is_string(&self) -> bool {
        // SAFETY: reading the tag.
        unsafe { qjs::JS_IsString(self.raw) }
    }

    /// Whether this is a string or a symbol (a valid property name).
    pub(crate) fn is_name(&self) -> bool {
        // SAFETY: reading the tag.
        unsafe { qjs::JS_IsString(self.raw) || qjs::JS_IsSymbol(self.raw) }
    }

    /// The boolean, if this is one.
    pub(crate) fn as_bool(&self) -> Option<bool> {
        // SAFETY: reading tag and payload.
        unsafe { qjs::JS_IsBool(self.raw).then(|| qjs::JS_VALUE_GET_BOOL(self.raw)) }
    }

    /// The number, if this is one.
    pub(crate) fn as_f64(&self) -> Option<f64> {
        // SAFETY: reading tag and payload.
        unsafe {
            match qjs::JS_VALUE_GET_TAG(self.raw) {
                qjs::JS_TAG_INT => Some(f64::from(qjs::JS_VALUE_GET_INT(self.raw))),
                qjs::JS_TAG_FLOAT64 => Some(qjs::JS_VALUE_GET_FLOAT64(self.raw)),
                _ => None,
            }
        }
    }
}

impl Clone for JsValue {
    fn clone(&self) -> Self {
        // SAFETY: the value is live in `ctx`.
        unsafe { JsValue::from_raw_dup(self.ctx, self.raw) }
    }
}

impl Drop for JsValue {
    fn drop(&mut self) {
        // SAFETY: we own one reference; the context outlives every value.
        unsafe { qjs::JS_FreeValue(self.ctx, self.raw) }
    }
}

/// A UTF-8 buffer produced by the engine from a string; freed on drop.
pub(crate) struct JsCString {
    ctx: *mut qjs::JSContext,
    ptr: *const std::ffi::c_char,
    len: usize,
}

impl JsCString {
    /// # Safety
    /// `ptr`/`len` must come from `JS_ToCStringLen2` on `ctx`.
    pub(super) unsafe fn new(
        ctx: *mut qjs::JSContext,
        ptr: *const std::ffi::c_char,
        len: usize,
    ) -> Self {
        JsCString { ctx, ptr, len }
    }

    /// The UTF-8 bytes, without a terminator.
    pub(crate) fn bytes(&self) -> &[u8] {
        // SAFETY: QuickJS guarantees `len` readable bytes at `ptr` until freed.
        unsafe { std::slice::from_raw_parts(self.ptr.cast(), self.len) }
    }
}

impl Drop for JsCString {
    fn drop(&mut self) {
        // SAFETY: the buffer came from `JS_ToCStringLen2` on this context.
        unsafe { qjs::JS_FreeCString(self.ctx, self.ptr) }
    }
}

/// A UTF-16 buffer produced by the engine from a string; freed on drop.
pub(crate) struct JsUtf16 {
    ctx: *mut qjs::JSContext,
    ptr: *const u16,
    len: usize,
}

impl JsUtf16 {
    /// # Safety
    /// `ptr`/`len` must come from `JS_ToCStringLenUTF16` on `ctx`.
    pub(super) unsafe fn new(ctx: *mut qjs::JSContext, ptr: *const u16, len: usize) -> Self {
        JsUtf16 { ctx, ptr, len }
    }

    /// The code units.
    pub(crate) fn units(&self) -> &[u16] {
        // SAFETY: QuickJS guarantees `len` readable units at `ptr` until freed.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Drop for JsUtf16 {
    fn drop(&mut self) {
        // SAFETY: the buffer came from `JS_ToCStringLenUTF16` on this context.
        unsafe { qjs::JS_FreeCStringUTF16(self.ctx, self.ptr) }
    }
}
