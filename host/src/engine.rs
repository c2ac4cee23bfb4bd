//! The JavaScript engine boundary (QuickJS-NG through `rquickjs::qjs`).
//!
//! This module and its children are the only users of the raw engine API. Everything
//! else sees [`Engine`] (owns a runtime + context), [`Js`] (a copyable handle used to
//! operate on values) and [`JsValue`] (one owned reference count). A JS throw surfaces
//! as [`JsException`] holding the thrown value, already taken out of the context.
//!
//! Another engine can be added by giving these types a second implementation; no
//! caller depends on QuickJS specifics.

mod buffer;
mod class;
mod guarded;
mod native;
mod primitives;
mod value;
mod weak;

pub(crate) use buffer::TypedArrayKind;
pub(crate) use class::Brand;
pub(crate) use guarded::LengthGuard;
pub(crate) use native::{CallArgs, NativeFn};
pub(crate) use primitives::{KeyFilter, MAX_BIGINT_WORDS};
pub(crate) use value::{JsCString, JsType, JsUtf16, JsValue};
pub(crate) use weak::{DeathNotice, JsWeak};

use rquickjs::qjs;
use std::cell::RefCell;
use std::ffi::CString;

/// A length as the engine's `size_t` (as wide as `usize` on every supported target).
fn size(len: usize) -> qjs::size_t {
    len as qjs::size_t
}

/// Calls `f(argc, argv)` with `args` laid out as a raw argument array: on the stack for
/// the usual few arguments, so that a call allocates nothing.
fn with_raw_args<R>(
    args: impl ExactSizeIterator<Item = qjs::JSValue>,
    f: impl FnOnce(i32, *mut qjs::JSValue) -> R,
) -> R {
    const ON_STACK: usize = 8;
    let argc = i32::try_from(args.len()).unwrap_or(i32::MAX);
    if args.len() <= ON_STACK {
        let mut raw = [qjs::JS_UNDEFINED; ON_STACK];
        for (slot, arg) in raw.iter_mut().zip(args) {
            *slot = arg;
        }
        f(argc, raw.as_mut_ptr())
    } else {
        let mut raw: Vec<qjs::JSValue> = args.collect();
        f(argc, raw.as_mut_ptr())
    }
}

/// A thrown JavaScript value, taken out of the engine.
#[derive(Debug)]
pub struct JsException(pub JsValue);

/// Result of an engine operation that can throw.
pub type JsResult<T> = Result<T, JsException>;

/// The built-in error constructors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `Error`
    Error,
    /// `TypeError`
    TypeError,
    /// `RangeError`
    RangeError,
    /// `SyntaxError`
    SyntaxError,
}

/// How a property is defined.
pub(crate) enum PropertyValue {
    /// A data property.
    Data(JsValue),
    /// An accessor; either side may be absent.
    Accessor {
        getter: Option<JsValue>,
        setter: Option<JsValue>,
    },
}

/// A property definition (`Object.defineProperty` semantics).
pub(crate) struct PropertyDefinition {
    /// Value or accessor pair.
    pub value: PropertyValue,
    /// `writable` (ignored for accessors).
    pub writable: bool,
    /// `enumerable`
    pub enumerable: bool,
    /// `configurable`
    pub configurable: bool,
}

/// Per-context state reachable from raw callbacks through the context opaque.
pub(crate) struct EngineState {
    pub(crate) function_class: qjs::JSClassID,
    pub(crate) host_object_class: qjs::JSClassID,
    errors: [JsValue; 4],
    /// The intrinsic `Reflect.set`: `[[Set]]` that reports failure instead of throwing.
    reflect_set: JsValue,
    unhandled_rejections: RefCell<Vec<(JsValue, JsValue)>>,
    /// Weak references and attached data (`weak.rs`).
    weak: weak::WeakState,
    /// Native classes (`class.rs`).
    class: class::ClassState,
    /// Buffer intrinsics and the external-memory count (`buffer.rs`).
    buffers: buffer::BufferState,
    /// Intrinsics for symbols, BigInts and Dates (`primitives.rs`).
    primitives: primitives::PrimitiveState,
    /// When running JS must stop (checked by the interrupt handler).
    deadline: std::cell::Cell<Option<std::time::Instant>>,
}

/// One QuickJS runtime with one context. Single-threaded.
pub(crate) struct Engine {
    rt: *mut qjs::JSRuntime,
    ctx: *mut qjs::JSContext,
    state: *mut EngineState,
}

impl Engine {
    /// Creates a runtime and a context with the standard intrinsics.
    pub(crate) fn new() -> Engine {
        // SAFETY: creating a runtime and a context has no preconditions; both are
        // checked for NULL (allocation failure) before use.
        let (rt, ctx) = unsafe {
            let rt = qjs::JS_NewRuntime();
            assert!(!rt.is_null(), "QuickJS runtime allocation failed");
            let ctx = qjs::JS_NewContext(rt);
            assert!(!ctx.is_null(), "QuickJS context allocation failed");
            (rt, ctx)
        };
        let function_class = native::register_function_class(rt);
        let host_object_class = native::register_host_object_class(rt);
        let js = Js { ctx };
        let global = js.global();
        let error = |name: &str| {
            js.get_named(&global, name.as_bytes())
                .unwrap_or_else(|_| js.undefined())
        };
        let errors = [
            error("Error"),
            error("TypeError"),
            error("RangeError"),
            error("SyntaxError"),
        ];
        let reflect_set = js
            .get_named(&error("Reflect"), b"set")
            .unwrap_or_else(|_| js.undefined());
        let weak = weak::WeakState::new(rt, js);
        let class = class::ClassState::new(rt);
        let buffers = buffer::BufferState::new(js);
        let primitives = primitives::PrimitiveState::new(js);
        let state = Box::into_raw(Box::new(EngineState {
            function_class,
            host_object_class,
            errors,
            reflect_set,
            unhandled_rejections: RefCell::new(Vec::new()),
            weak,
            class,
            buffers,
            primitives,
            deadline: std::cell::Cell::new(None),
        }));
        // SAFETY: `state` is a valid heap pointer that lives until `Drop` frees it after
        // the context; the tracker and the interrupt handler only read it while the
        // runtime is alive, and `Drop` uninstalls both first.
        unsafe {
            qjs::JS_SetContextOpaque(ctx, state.cast());
            qjs::JS_SetHostPromiseRejectionTracker(rt, Some(track_rejection), state.cast());
            qjs::JS_SetInterruptHandler(rt, Some(interrupt_at_deadline), state.cast());
        }
        Engine { rt, ctx, state }
    }

    /// A handle for operating on this engine's values.
    pub(crate) fn js(&self) -> Js {
        Js { ctx: self.ctx }
    }

    /// Runs pending jobs (promise reactions, queued microtasks) until none is left.
    /// Stops at the first job that throws and returns its exception.
    pub(crate) fn run_jobs(&self) -> JsResult<()> {
        loop {
            let mut job_ctx = std::ptr::null_mut();
            // SAFETY: `rt` is live; `job_ctx` receives the context of the job that ran.
            let ran = unsafe { qjs::JS_ExecutePendingJob(self.rt, &mut job_ctx) };
            match ran {
                0 => return Ok(()),
                r if r < 0 => return Err(self.js().take_exception()),
                _ => {}
            }
        }
    }

    /// Rejected promises that had no handler when the job queue last drained, with their
    /// reasons, oldest first.
    pub(crate) fn take_unhandled_rejections(&self) -> Vec<(JsValue, JsValue)> {
        std::mem::take(&mut *self.state().unhandled_rejections.borrow_mut())
    }

    /// Caps the memory the engine may allocate; past it, allocations throw
    /// `InternalError: out of memory`.
    pub(crate) fn set_memory_limit(&self, bytes: usize) {
        // SAFETY: `rt` is live.
        unsafe { qjs::JS_SetMemoryLimit(self.rt, size(bytes)) }
    }

    /// Makes running JS throw an uncatchable `InternalError: interrupted` once
    /// `deadline` has passed (`None`: no deadline).
    pub(crate) fn set_deadline(&self, deadline: Option<std::time::Instant>) {
        self.state().deadline.set(deadline);
    }

    /// Runs the cycle collector.
    pub(crate) fn run_gc(&self) {
        // SAFETY: `rt` is live; no Rust borrows of engine memory are held across this.
        unsafe { qjs::JS_RunGC(self.rt) }
    }

    fn state(&self) -> &EngineState {
        // SAFETY: `state` is valid until `Drop`.
        unsafe { &*self.state }
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        // SAFETY: values owned by the state are released while the context is alive; the
        // context and runtime are freed last, once nothing else references them (every
        // owner of a `JsValue` is dropped before the engine).
        unsafe {
            qjs::JS_SetHostPromiseRejectionTracker(self.rt, None, std::ptr::null_mut());
            qjs::JS_SetInterruptHandler(self.rt, None, std::ptr::null_mut());
            drop(Box::from_raw(self.state));
            qjs::JS_SetContextOpaque(self.ctx, std::ptr::null_mut());
            qjs::JS_FreeContext(self.ctx);
            qjs::JS_RunGC(self.rt);
            qjs::JS_FreeRuntime(self.rt);
        }
    }
}

unsafe extern "C" fn interrupt_at_deadline(
    _rt: *mut qjs::JSRuntime,
    opaque: *mut std::ffi::c_void,
) -> std::ffi::c_int {
    // SAFETY: `opaque` is the `EngineState` installed by `Engine::new`; the handler is
    // removed before the state is freed.
    let state = unsafe { &*opaque.cast::<EngineState>() };
    match state.deadline.get() {
        Some(deadline) => std::ffi::c_int::from(std::time::Instant::now() >= deadline),
        None => 0,
    }
}

unsafe extern "C" fn track_rejection(
    ctx: *mut qjs::JSContext,
    promise: qjs::JSValue,
    reason: qjs::JSValue,
    is_handled: bool,
    opaque: *mut std::ffi::c_void,
) {
    // SAFETY: `opaque` is the `EngineState` installed by `Engine::new`, alive while the
    // runtime runs jobs; `promise`/`reason` are borrowed and duplicated before storing.
    let state = unsafe { &*opaque.cast::<EngineState>() };
    let js = Js { ctx };
    let Ok(mut list) = state.unhandled_rejections.try_borrow_mut() else {
        return;
    };
    // SAFETY: both values are valid for the duration of the callback.
    let (promise, reason) = unsafe { (js.dup_raw(promise), js.dup_raw(reason)) };
    if is_handled {
        list.retain(|(p, _)| !js.strict_equals(p, &promise));
    } else {
        list.push((promise, reason));
    }
}

/// A copyable handle to the engine context. All value operations go through it.
#[derive(Clone, Copy)]
pub(crate) struct Js {
    ctx: *mut qjs::JSContext,
}

impl Js {
    fn state(self) -> &'static EngineState {
        // SAFETY: the context opaque is the engine's state for as long as any `Js` for it
        // is in use (an `Engine` outlives every operation made through its handles).
        unsafe { &*qjs::JS_GetContextOpaque(self.ctx).cast::<EngineState>() }
    }

    /// Takes ownership of a raw value.
    ///
    /// # Safety
    /// `raw` must be a value of this context whose reference the caller owns.
    unsafe fn own(self, raw: qjs::JSValue) -> JsValue {
        // SAFETY: forwarded from the caller.
        unsafe { JsValue::from_raw_owned(self.ctx, raw) }
    }

    /// Duplicates a borrowed raw value.
    ///
    /// # Safety
    /// `raw` must be a live value of this context.
    unsafe fn dup_raw(self, raw: qjs::JSValue) -> JsValue {
        // SAFETY: forwarded from the caller.
        unsafe { JsValue::from_raw_dup(self.ctx, raw) }
    }

    /// Converts a raw result into `JsResult`, taking the exception out on failure.
    ///
    /// # Safety
    /// `raw` must be an owned value of this context, or `JS_EXCEPTION`.
    unsafe fn check(self, raw: qjs::JSValue) -> JsResult<JsValue> {
        // SAFETY: forwarded from the caller.
        unsafe {
            if qjs::JS_IsException(raw) {
                Err(self.take_exception())
            } else {
                Ok(self.own(raw))
            }
        }
    }

    /// Converts an `int` status (< 0 means thrown) into `JsResult`.
    fn check_int(self, status: i32) -> JsResult<i32> {
        if status < 0 {
            Err(self.take_exception())
        } else {
            Ok(status)
        }
    }

    /// Takes the pending exception out of the context.
    pub(crate) fn take_exception(self) -> JsException {
        // SAFETY: `JS_GetException` returns an owned value (undefined-like when none).
        JsException(unsafe { self.own(qjs::JS_GetException(self.ctx)) })
    }

    /// Makes `value` the context's pending exception (for returning `JS_EXCEPTION`).
    pub(crate) fn throw(self, value: JsValue) {
        // SAFETY: `JS_Throw` takes ownership of the value.
        unsafe {
            qjs::JS_Throw(self.ctx, value.into_raw());
        }
    }

    /// `undefined`
    pub(crate) fn undefined(self) -> JsValue {
        // SAFETY: constants carry no reference count.
        unsafe { self.own(qjs::JS_UNDEFINED) }
    }

    /// `null`
    pub(crate) fn null(self) -> JsValue {
        // SAFETY: constants carry no reference count.
        unsafe { self.own(qjs::JS_NULL) }
    }

    /// A boolean.
    pub(crate) fn boolean(self, value: bool) -> JsValue {
        let raw = if value { qjs::JS_TRUE } else { qjs::JS_FALSE };
        // SAFETY: constants carry no reference count.
        unsafe { self.own(raw) }
    }

    /// A number.
    pub(crate) fn number(self, value: f64) -> JsValue {
        // SAFETY: numbers carry no reference count.
        unsafe { self.own(qjs::JS_NewFloat64(value)) }
    }

    /// The global object.
    pub(crate) fn global(self) -> JsValue {
        // SAFETY: returns an owned reference.
        unsafe { self.own(qjs::JS_GetGlobalObject(self.ctx)) }
    }

    /// A string from UTF-8. Invalid input is decoded like V8's `String::NewFromUtf8`
    /// (the WHATWG / Unicode rule): one U+FFFD per maximal invalid subpart, and encoded
    /// surrogates (`ED A0..BF ..`) are invalid. QuickJS alone replaces byte by byte and
    /// accepts encoded surrogates, so invalid input is repaired here first.
    pub(crate) fn string_from_utf8(self, bytes: &[u8]) -> JsResult<JsValue> {
        let repaired;
        let bytes = match std::str::from_utf8(bytes) {
            Ok(_) => bytes,
            Err(_) => {
                repaired = String::from_utf8_lossy(bytes);
                repaired.as_bytes()
            }
        };
        // SAFETY: the pointer/length pair describes `bytes`, which QuickJS copies.
        unsafe {
            self.check(qjs::JS_NewStringLen(
                self.ctx,
                bytes.as_ptr().cast(),
                size(bytes.len()),
            ))
        }
    }

    /// A string from UTF-16 code units.
    pub(crate) fn string_from_utf16(self, units: &[u16]) -> JsResult<JsValue> {
        // SAFETY: the pointer/length pair describes `units`, which QuickJS copies.
        unsafe {
            self.check(qjs::JS_NewStringUTF16(
                self.ctx,
                units.as_ptr(),
                size(units.len()),
            ))
        }
    }

    /// A string from Latin-1 bytes.
    pub(crate) fn string_from_latin1(self, bytes: &[u8]) -> JsResult<JsValue> {
        if bytes.is_ascii() {
            return self.string_from_utf8(bytes);
        }
        let units: Vec<u16> = bytes.iter().map(|&b| u16::from(b)).collect();
        self.string_from_utf16(&units)
    }

    /// The UTF-8 encoding of a string value. Lone surrogates are kept as their 3-byte
    /// generalized UTF-8 sequences (`ED A0..BF ..`), not replaced.
    pub(crate) fn to_utf8(self, value: &JsValue) -> JsResult<JsCString> {
        let mut len: qjs::size_t = 0;
        // SAFETY: `value` is live; the returned buffer is owned by `JsCString`.
        let ptr = unsafe { qjs::JS_ToCStringLen2(self.ctx, &mut len, value.as_raw(), false) };
        if ptr.is_null() {
            return Err(self.take_exception());
        }
        // SAFETY: `ptr`/`len` come from `JS_ToCStringLen2` for this context.
        Ok(unsafe { JsCString::new(self.ctx, ptr, len as usize) })
    }

    /// The UTF-16 code units of a string value.
    pub(crate) fn to_utf16(self, value: &JsValue) -> JsResult<JsUtf16> {
        let mut len: qjs::size_t = 0;
        // SAFETY: `value` is live; the returned buffer is owned by `JsUtf16`.
        let ptr = unsafe { qjs::JS_ToCStringLenUTF16(self.ctx, &mut len, value.as_raw()) };
        if ptr.is_null() {
            return Err(self.take_exception());
        }
        // SAFETY: `ptr`/`len` come from `JS_ToCStringLenUTF16` for this context.
        Ok(unsafe { JsUtf16::new(self.ctx, ptr, len as usize) })
    }

    /// A Rust `String` for any value (`String(value)`).
    pub(crate) fn to_rust_string(self, value: &JsValue) -> JsResult<String> {
        Ok(String::from_utf8_lossy(self.to_utf8(value)?.bytes()).into_owned())
    }

    /// The JavaScript type of a value.
    pub(crate) fn type_of(self, value: &JsValue) -> JsType {
        // SAFETY: `value` is live.
        unsafe { value.js_type(self.ctx) }
    }

    /// `a === b`
    pub(crate) fn strict_equals(self, a: &JsValue, b: &JsValue) -> bool {
        // SAFETY: both values are live.
        unsafe { qjs::JS_IsStrictEqual(self.ctx, a.as_raw(), b.as_raw()) }
    }

    /// `Array.isArray(value)` (without proxies' traps).
    pub(crate) fn is_array(self, value: &JsValue) -> bool {
        // SAFETY: `value` is live.
        unsafe { qjs::JS_IsArray(value.as_raw()) }
    }

    /// Whether the value is an Error object.
    pub(crate) fn is_error(self, value: &JsValue) -> bool {
        // SAFETY: `value` is live.
        unsafe { qjs::JS_IsError(value.as_raw()) }
    }

    /// Whether the value is callable.
    pub(crate) fn is_function(self, value: &JsValue) -> bool {
        // SAFETY: `value` is live.
        unsafe { qjs::JS_IsFunction(self.ctx, value.as_raw()) }
    }

    /// `ToObject(value)`: throws for `undefined` and `null`.
    pub(crate) fn to_object(self, value: &JsValue) -> JsResult<JsValue> {
        // SAFETY: `value` is live; the result is owned.
        unsafe { self.check(qjs::JS_ToObject(self.ctx, value.as_raw())) }
    }

    /// `{}`
    pub(crate) fn new_object(self) -> JsResult<JsValue> {
        // SAFETY: the result is owned.
        unsafe { self.check(qjs::JS_NewObject(self.ctx)) }
    }

    /// `[]`
    pub(crate) fn new_array(self) -> JsResult<JsValue> {
        // SAFETY: the result is owned.
        unsafe { self.check(qjs::JS_NewArray(self.ctx)) }
    }

    /// `new Array(length)`
    pub(crate) fn new_array_with_length(self, length: u32) -> JsResult<JsValue> {
        let array = self.new_array()?;
        // SAFETY: `array` is live.
        let status = unsafe { qjs::JS_SetLength(self.ctx, array.as_raw(), i64::from(length)) };
        self.check_int(status)?;
        Ok(array)
    }

    /// The `length` of an array-like object.
    pub(crate) fn length(self, value: &JsValue) -> JsResult<i64> {
        let mut out = 0i64;
        // SAFETY: `value` is live; `out` is a valid out-pointer.
        let status = unsafe { qjs::JS_GetLength(self.ctx, value.as_raw(), &mut out) };
        self.check_int(status)?;
        Ok(out)
    }

    /// Calls `f` with a property key atom made from a value (string, symbol, number...).
    fn with_key_atom<R>(
        self,
        key: &JsValue,
        f: impl FnOnce(qjs::JSAtom) -> JsResult<R>,
    ) -> JsResult<R> {
        // SAFETY: `key` is live; the atom is freed after use.
        let atom = unsafe { qjs::JS_ValueToAtom(self.ctx, key.as_raw()) };
        if atom == qjs::JS_ATOM_NULL {
            return Err(self.take_exception());
        }
        let result = f(atom);
        // SAFETY: `atom` was created above and is released exactly once.
        unsafe { qjs::JS_FreeAtom(self.ctx, atom) };
        result
    }

    /// Calls `f` with an atom for a UTF-8 property name.
    fn with_name_atom<R>(
        self,
        name: &[u8],
        f: impl FnOnce(qjs::JSAtom) -> JsResult<R>,
    ) -> JsResult<R> {
        // SAFETY: the pointer/length pair describes `name`; the atom is freed after use.
        let atom = unsafe { qjs::JS_NewAtomLen(self.ctx, name.as_ptr().cast(), size(name.len())) };
        if atom == qjs::JS_ATOM_NULL {
            return Err(self.take_exception());
        }
        let result = f(atom);
        // SAFETY: `atom` was created above and is released exactly once.
        unsafe { qjs::JS_FreeAtom(self.ctx, atom) };
        result
    }

    /// Calls `f` with an atom for an array index.
    fn with_index_atom<R>(
        self,
        index: u32,
        f: impl FnOnce(qjs::JSAtom) -> JsResult<R>,
    ) -> JsResult<R> {
        // SAFETY: the atom is freed after use.
        let atom = unsafe { qjs::JS_NewAtomUInt32(self.ctx, index) };
        if atom == qjs::JS_ATOM_NULL {
            return Err(self.take_exception());
        }
        let result = f(atom);
        // SAFETY: `atom` was created above and is released exactly once.
        unsafe { qjs::JS_FreeAtom(self.ctx, atom) };
        result
    }

    fn get_atom(self, object: &JsValue, atom: qjs::JSAtom) -> JsResult<JsValue> {
        // SAFETY: `object` is live, `atom` valid; the result is owned.
        unsafe { self.check(qjs::JS_GetProperty(self.ctx, object.as_raw(), atom)) }
    }

    fn set_atom(self, object: &JsValue, atom: qjs::JSAtom, value: JsValue) -> JsResult<()> {
        // SAFETY: `object` is live, `atom` valid; `JS_SetProperty` takes `value`.
        let status =
            unsafe { qjs::JS_SetProperty(self.ctx, object.as_raw(), atom, value.into_raw()) };
        self.check_int(status).map(drop)
    }

    fn has_atom(self, object: &JsValue, atom: qjs::JSAtom) -> JsResult<bool> {
        // SAFETY: `object` is live, `atom` valid.
        let status = unsafe { qjs::JS_HasProperty(self.ctx, object.as_raw(), atom) };
        self.check_int(status).map(|r| r != 0)
    }

    fn delete_atom(self, object: &JsValue, atom: qjs::JSAtom) -> JsResult<bool> {
        // SAFETY: `object` is live, `atom` valid. Flags 0: sloppy-mode delete.
        let status = unsafe { qjs::JS_DeleteProperty(self.ctx, object.as_raw(), atom, 0) };
        self.check_int(status).map(|r| r != 0)
    }

    fn has_own_atom(self, object: &JsValue, atom: qjs::JSAtom) -> JsResult<bool> {
        // SAFETY: `object` is live, `atom` valid; a NULL descriptor only tests presence.
        let status = unsafe {
            qjs::JS_GetOwnProperty(self.ctx, std::ptr::null_mut(), object.as_raw(), atom)
        };
        self.check_int(status).map(|r| r != 0)
    }

    /// `object[key]`
    pub(crate) fn get(self, object: &JsValue, key: &JsValue) -> JsResult<JsValue> {
        self.with_key_atom(key, |atom| self.get_atom(object, atom))
    }

    /// `object[key] = value` as V8's `Object::Set` does it (sloppy mode): a refused
    /// assignment (read-only property, non-extensible object, proxy `set` trap returning
    /// false) is silently ignored; only JS that throws (setters, traps, converting the
    /// key) is an error. Runs the intrinsic `Reflect.set`, immune to user patches.
    pub(crate) fn set_sloppy(
        self,
        object: &JsValue,
        key: &JsValue,
        value: JsValue,
    ) -> JsResult<()> {
        // `value` is dropped after the call.
        let args = [object.as_raw(), key.as_raw(), value.as_raw()];
        let undefined = self.undefined();
        // SAFETY: `object`, `key` and `value` outlive the call.
        unsafe { self.call_raw(&self.state().reflect_set, &undefined, args.into_iter()) }.map(drop)
    }

    /// `key in object`
    pub(crate) fn has(self, object: &JsValue, key: &JsValue) -> JsResult<bool> {
        self.with_key_atom(key, |atom| self.has_atom(object, atom))
    }

    /// `delete object[key]`; false when the property is non-configurable.
    pub(crate) fn delete(self, object: &JsValue, key: &JsValue) -> JsResult<bool> {
        self.with_key_atom(key, |atom| self.delete_atom(object, atom))
    }

    /// `Object.hasOwn(object, key)`
    pub(crate) fn has_own(self, object: &JsValue, key: &JsValue) -> JsResult<bool> {
        self.with_key_atom(key, |atom| self.has_own_atom(object, atom))
    }

    /// `object[name]` for a UTF-8 name.
    pub(crate) fn get_named(self, object: &JsValue, name: &[u8]) -> JsResult<JsValue> {
        self.with_name_atom(name, |atom| self.get_atom(object, atom))
    }

    /// `object[name] = value` for a UTF-8 name.
    pub(crate) fn set_named(self, object: &JsValue, name: &[u8], value: JsValue) -> JsResult<()> {
        self.with_name_atom(name, |atom| self.set_atom(object, atom, value))
    }

    /// `name in object` for a UTF-8 name.
    pub(crate) fn has_named(self, object: &JsValue, name: &[u8]) -> JsResult<bool> {
        self.with_name_atom(name, |atom| self.has_atom(object, atom))
    }

    /// `object[index]`
    pub(crate) fn get_index(self, object: &JsValue, index: u32) -> JsResult<JsValue> {
        self.with_index_atom(index, |atom| self.get_atom(object, atom))
    }

    /// `object[index] = value`
    pub(crate) fn set_index(self, object: &JsValue, index: u32, value: JsValue) -> JsResult<()> {
        self.with_index_atom(index, |atom| self.set_atom(object, atom, value))
    }

    /// `index in object`
    pub(crate) fn has_index(self, object: &JsValue, index: u32) -> JsResult<bool> {
        self.with_index_atom(index, |atom| self.has_atom(object, atom))
    }

    /// `delete object[index]`
    pub(crate) fn delete_index(self, object: &JsValue, index: u32) -> JsResult<bool> {
        self.with_index_atom(index, |atom| self.delete_atom(object, atom))
    }

    /// `Reflect.defineProperty(object, key, definition)`: `Ok(false)` when the object
    /// refuses the definition (non-configurable property, non-extensible object, proxy
    /// trap returning false); `Err` only when JS throws.
    pub(crate) fn define_property(
        self,
        object: &JsValue,
        key: &JsValue,
        definition: PropertyDefinition,
    ) -> JsResult<bool> {
        self.with_key_atom(key, |atom| {
            self.define_atom(object, atom, definition, 0)
                .map(|status| status != 0)
        })
    }

    /// `Object.defineProperty` with a UTF-8 name.
    pub(crate) fn define_named(
        self,
        object: &JsValue,
        name: &[u8],
        definition: PropertyDefinition,
    ) -> JsResult<()> {
        self.with_name_atom(name, |atom| {
            self.define_atom(object, atom, definition, qjs::JS_PROP_THROW)
                .map(drop)
        })
    }

    /// Defines a property; `throw` is `JS_PROP_THROW` (a refusal throws) or 0 (a refusal
    /// returns 0). Returns the engine's status (1 defined, 0 refused).
    fn define_atom(
        self,
        object: &JsValue,
        atom: qjs::JSAtom,
        definition: PropertyDefinition,
        throw: u32,
    ) -> JsResult<i32> {
        let mut flags = throw | qjs::JS_PROP_HAS_ENUMERABLE | qjs::JS_PROP_HAS_CONFIGURABLE;
        if definition.enumerable {
            flags |= qjs::JS_PROP_ENUMERABLE;
        }
        if definition.configurable {
            flags |= qjs::JS_PROP_CONFIGURABLE;
        }
        let undefined = qjs::JS_UNDEFINED;
        let (value, getter, setter) = match definition.value {
            PropertyValue::Data(value) => {
                flags |= qjs::JS_PROP_HAS_VALUE | qjs::JS_PROP_HAS_WRITABLE;
                if definition.writable {
                    flags |= qjs::JS_PROP_WRITABLE;
                }
                (value.into_raw(), undefined, undefined)
            }
            PropertyValue::Accessor { getter, setter } => {
                flags |= qjs::JS_PROP_HAS_GET | qjs::JS_PROP_HAS_SET;
                let raw = |v: Option<JsValue>| v.map_or(undefined, JsValue::into_raw);
                (undefined, raw(getter), raw(setter))
            }
        };
        // SAFETY: `JS_DefineProperty` borrows value/getter/setter; we own them and free
        // them right after.
        let status = unsafe {
            let status = qjs::JS_DefineProperty(
                self.ctx,
                object.as_raw(),
                atom,
                value,
                getter,
                setter,
                flags as i32,
            );
            qjs::JS_FreeValue(self.ctx, value);
            qjs::JS_FreeValue(self.ctx, getter);
            qjs::JS_FreeValue(self.ctx, setter);
            status
        };
        self.check_int(status)
    }

    /// `func.apply(this, args)`
    pub(crate) fn call(
        self,
        func: &JsValue,
        this: &JsValue,
        args: &[JsValue],
    ) -> JsResult<JsValue> {
        // SAFETY: `args` borrows the values for the whole call.
        unsafe { self.call_raw(func, this, args.iter().map(JsValue::as_raw)) }
    }

    /// `func.apply(this, args)` with borrowed raw arguments.
    ///
    /// # Safety
    /// Every value in `args` must be a live value of this context for the whole call.
    unsafe fn call_raw(
        self,
        func: &JsValue,
        this: &JsValue,
        args: impl ExactSizeIterator<Item = qjs::JSValue>,
    ) -> JsResult<JsValue> {
        with_raw_args(args, |argc, argv| {
            // SAFETY: the arguments are live for the call (this function's contract),
            // `func` and `this` are borrowed; the result is owned.
            unsafe {
                self.check(qjs::JS_Call(
                    self.ctx,
                    func.as_raw(),
                    this.as_raw(),
                    argc,
                    argv,
                ))
            }
        })
    }

    /// `new func(...args)`
    pub(crate) fn construct(self, func: &JsValue, args: &[JsValue]) -> JsResult<JsValue> {
        with_raw_args(args.iter().map(JsValue::as_raw), |argc, argv| {
            // SAFETY: all values are live for the duration of the call; the result is
            // owned.
            unsafe { self.check(qjs::JS_CallConstructor(self.ctx, func.as_raw(), argc, argv)) }
        })
    }

    /// `new <kind>(message)` using the intrinsic constructor (immune to user patches).
    pub(crate) fn new_error(self, kind: ErrorKind, message: &JsValue) -> JsResult<JsValue> {
        let ctor = &self.state().errors[kind as usize];
        self.construct(ctor, std::slice::from_ref(message))
    }

    /// A new error with a Rust message.
    pub(crate) fn new_error_str(self, kind: ErrorKind, message: &str) -> JsValue {
        let result = self
            .string_from_utf8(message.as_bytes())
            .and_then(|m| self.new_error(kind, &m));
        match result {
            Ok(error) => error,
            Err(JsException(thrown)) => thrown,
        }
    }

    /// An error that `try`/`catch` cannot intercept (used to unwind for `process.exit`).
    pub(crate) fn new_uncatchable_error(self, message: &str) -> JsValue {
        let error = self.new_error_str(ErrorKind::Error, message);
        // SAFETY: `error` is a live object of this context.
        unsafe { qjs::JS_SetUncatchableError(self.ctx, error.as_raw()) };
        error
    }

    /// An array holding `values`.
    pub(crate) fn new_array_from(self, values: Vec<JsValue>) -> JsResult<JsValue> {
        let array = self.new_array()?;
        for (i, value) in values.into_iter().enumerate() {
            self.set_index(&array, u32::try_from(i).unwrap_or(u32::MAX), value)?;
        }
        Ok(array)
    }

    /// Evaluates a classic script.
    pub(crate) fn eval(self, source: &str, filename: &str) -> JsResult<JsValue> {
        let mut input = Vec::with_capacity(source.len() + 1);
        input.extend_from_slice(source.as_bytes());
        input.push(0);
        let filename = CString::new(filename.replace('\0', "?")).unwrap_or_default();
        // SAFETY: `input` is NUL-terminated as QuickJS requires; `filename` is a C string.
        unsafe {
            self.check(qjs::JS_Eval(
                self.ctx,
                input.as_ptr().cast(),
                size(source.len()),
                filename.as_ptr(),
                qjs::JS_EVAL_TYPE_GLOBAL as i32,
            ))
        }
    }

    /// Queues `func()` as a microtask.
    pub(crate) fn enqueue_job(self, func: &JsValue) -> JsResult<()> {
        let mut argv = [func.as_raw()];
        // SAFETY: `JS_EnqueueJob` duplicates the arguments it keeps.
        let status = unsafe { qjs::JS_EnqueueJob(self.ctx, Some(run_job), 1, argv.as_mut_ptr()) };
        self.check_int(status).map(drop)
    }

    /// A native function. `constructor` allows `new`.
    pub(crate) fn new_function(
        self,
        name: &[u8],
        length: u32,
        constructor: bool,
        func: Box<NativeFn>,
    ) -> JsResult<JsValue> {
        native::new_function(self, name, length, constructor, func)
    }

    /// An object carrying Rust data (`data` is dropped when the object is collected).
    /// It has a `null` prototype.
    pub(crate) fn new_host_object(self, data: Box<dyn std::any::Any>) -> JsResult<JsValue> {
        native::new_host_object(self, data)
    }

    /// `Object.preventExtensions(object)`.
    pub(crate) fn prevent_extensions(self, object: &JsValue) -> JsResult<()> {
        // SAFETY: `object` is live.
        let status = unsafe { qjs::JS_PreventExtensions(self.ctx, object.as_raw()) };
        self.check_int(status).map(drop)
    }

    /// The Rust data of a host object, if `value` is one holding a `T`.
    pub(crate) fn host_data<T: 'static>(self, value: &JsValue) -> Option<&T> {
        native::host_data(self, value)
    }

    /// Promise state for inspection: 0 pending, 1 fulfilled, 2 rejected, with the result.
    pub(crate) fn promise_state(self, value: &JsValue) -> Option<(u32, JsValue)> {
        // SAFETY: `value` is live; only called on promises.
        unsafe {
            if !qjs::JS_IsPromise(value.as_raw()) {
                return None;
            }
            let state = qjs::JS_PromiseState(self.ctx, value.as_raw());
            let result = self.own(qjs::JS_PromiseResult(self.ctx, value.as_raw()));
            Some((state as u32, result))
        }
    }
}

unsafe extern "C" fn run_job(
    ctx: *mut qjs::JSContext,
    argc: i32,
    argv: *mut qjs::JSValue,
) -> qjs::JSValue {
    if argc < 1 {
        return qjs::JS_UNDEFINED;
    }
    // SAFETY: QuickJS passes the arguments given to `JS_EnqueueJob` (one function).
    unsafe { qjs::JS_Call(ctx, *argv, qjs::JS_UNDEFINED, 0, std::ptr::null_mut()) }
}
