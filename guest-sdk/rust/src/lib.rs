//! Node-API for Rust addons compiled to `wasm32-wasip1` and run by napi-host.
//!
//! The crate has two layers:
//!
//! * [`sys`]: the raw C API, all 155 functions of `js_native_api.h` and
//!   `node_api.h` up to Node-API 10, imported from the wasm module `"napi"`
//!   exactly like a C addon built against `node-api-headers`.
//! * This module: a deliberately small safe layer over the functions most
//!   addons need: [`Env`], [`Value`], [`Status`]/[`Result`], [`CallbackInfo`],
//!   [`Env::create_function`] for Rust callbacks, and the [`module!`] macro
//!   that defines the module's entry points. Anything else is reachable
//!   through [`sys`] with [`Env::raw`] and [`Value::raw`].
//!
//! # Example
//!
//! ```ignore
//! use napi_guest::{CallbackInfo, Env, Result, Value};
//!
//! fn add(env: Env, info: CallbackInfo) -> Result<Value> {
//!     let [a, b] = info.args()?;
//!     env.create_double(env.get_value_double(a)? + env.get_value_double(b)?)
//! }
//!
//! fn init(env: Env, exports: Value) -> Result<Value> {
//!     let f = env.create_function("add", add)?;
//!     env.set_named_property(exports, c"add", f)?;
//!     Ok(exports)
//! }
//!
//! napi_guest::module!(init);
//! ```
//!
//! (`examples/hello-rust` in the repository is this example, compiled.)
//!
//! # Building
//!
//! Build the addon as a `cdylib` for `wasm32-wasip1`. The host also needs the
//! exports `malloc`, `free` and `__indirect_function_table`, which rustc does
//! not emit by default; the repository's `.cargo/config.toml` adds
//! `-C link-arg=--export=malloc`, `--export=free` and `--export-table` for that
//! target.
//!
//! # Handles and errors
//!
//! A [`Value`] is a Node-API handle: it is valid until the handle scope it was
//! created in closes (for a callback, until the callback returns). The type
//! system does not check this; keep values inside the call that produced
//! them.
//!
//! Every fallible call returns [`Result`]. Returning `Err(status)` from a
//! callback or from the module initializer throws a JavaScript error
//! describing `status` (see [`Env::throw_status`]), unless an exception is
//! already pending, which then propagates unchanged. A Rust panic is not
//! caught: on `wasm32-wasip1` it aborts, which traps the wasm instance.

use core::ffi::{CStr, c_void};
use core::fmt;
use core::ptr;

pub mod sys;

/// A Node-API failure: every `napi_status` other than `napi_ok`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `napi_invalid_arg`
    InvalidArg,
    /// `napi_object_expected`
    ObjectExpected,
    /// `napi_string_expected`
    StringExpected,
    /// `napi_name_expected`
    NameExpected,
    /// `napi_function_expected`
    FunctionExpected,
    /// `napi_number_expected`
    NumberExpected,
    /// `napi_boolean_expected`
    BooleanExpected,
    /// `napi_array_expected`
    ArrayExpected,
    /// `napi_generic_failure`
    GenericFailure,
    /// `napi_pending_exception`: a JavaScript exception is pending.
    PendingException,
    /// `napi_cancelled`
    Cancelled,
    /// `napi_escape_called_twice`
    EscapeCalledTwice,
    /// `napi_handle_scope_mismatch`
    HandleScopeMismatch,
    /// `napi_callback_scope_mismatch`
    CallbackScopeMismatch,
    /// `napi_queue_full`
    QueueFull,
    /// `napi_closing`
    Closing,
    /// `napi_bigint_expected`
    BigintExpected,
    /// `napi_date_expected`
    DateExpected,
    /// `napi_arraybuffer_expected`
    ArraybufferExpected,
    /// `napi_detachable_arraybuffer_expected`
    DetachableArraybufferExpected,
    /// `napi_would_deadlock`
    WouldDeadlock,
    /// `napi_no_external_buffers_allowed`
    NoExternalBuffersAllowed,
    /// `napi_cannot_run_js`
    CannotRunJs,
    /// A status code this crate does not know.
    Other(i32),
}

impl Status {
    /// Converts a raw `napi_status`; `None` for `napi_ok`.
    pub fn from_raw(status: sys::napi_status) -> Option<Status> {
        Some(match status {
            sys::napi_ok => return None,
            sys::napi_invalid_arg => Status::InvalidArg,
            sys::napi_object_expected => Status::ObjectExpected,
            sys::napi_string_expected => Status::StringExpected,
            sys::napi_name_expected => Status::NameExpected,
            sys::napi_function_expected => Status::FunctionExpected,
            sys::napi_number_expected => Status::NumberExpected,
            sys::napi_boolean_expected => Status::BooleanExpected,
            sys::napi_array_expected => Status::ArrayExpected,
            sys::napi_generic_failure => Status::GenericFailure,
            sys::napi_pending_exception => Status::PendingException,
            sys::napi_cancelled => Status::Cancelled,
            sys::napi_escape_called_twice => Status::EscapeCalledTwice,
            sys::napi_handle_scope_mismatch => Status::HandleScopeMismatch,
            sys::napi_callback_scope_mismatch => Status::CallbackScopeMismatch,
            sys::napi_queue_full => Status::QueueFull,
            sys::napi_closing => Status::Closing,
            sys::napi_bigint_expected => Status::BigintExpected,
            sys::napi_date_expected => Status::DateExpected,
            sys::napi_arraybuffer_expected => Status::ArraybufferExpected,
            sys::napi_detachable_arraybuffer_expected => Status::DetachableArraybufferExpected,
            sys::napi_would_deadlock => Status::WouldDeadlock,
            sys::napi_no_external_buffers_allowed => Status::NoExternalBuffersAllowed,
            sys::napi_cannot_run_js => Status::CannotRunJs,
            other => Status::Other(other),
        })
    }

    /// The raw `napi_status` code.
    pub fn raw(self) -> sys::napi_status {
        match self {
            Status::InvalidArg => sys::napi_invalid_arg,
            Status::ObjectExpected => sys::napi_object_expected,
            Status::StringExpected => sys::napi_string_expected,
            Status::NameExpected => sys::napi_name_expected,
            Status::FunctionExpected => sys::napi_function_expected,
            Status::NumberExpected => sys::napi_number_expected,
            Status::BooleanExpected => sys::napi_boolean_expected,
            Status::ArrayExpected => sys::napi_array_expected,
            Status::GenericFailure => sys::napi_generic_failure,
            Status::PendingException => sys::napi_pending_exception,
            Status::Cancelled => sys::napi_cancelled,
            Status::EscapeCalledTwice => sys::napi_escape_called_twice,
            Status::HandleScopeMismatch => sys::napi_handle_scope_mismatch,
            Status::CallbackScopeMismatch => sys::napi_callback_scope_mismatch,
            Status::QueueFull => sys::napi_queue_full,
            Status::Closing => sys::napi_closing,
            Status::BigintExpected => sys::napi_bigint_expected,
            Status::DateExpected => sys::napi_date_expected,
            Status::ArraybufferExpected => sys::napi_arraybuffer_expected,
            Status::DetachableArraybufferExpected => sys::napi_detachable_arraybuffer_expected,
            Status::WouldDeadlock => sys::napi_would_deadlock,
            Status::NoExternalBuffersAllowed => sys::napi_no_external_buffers_allowed,
            Status::CannotRunJs => sys::napi_cannot_run_js,
            Status::Other(code) => code,
        }
    }

    /// The message Node reports for this status in `napi_get_last_error_info`.
    pub fn message(self) -> &'static str {
        match self {
            Status::InvalidArg => "Invalid argument",
            Status::ObjectExpected => "An object was expected",
            Status::StringExpected => "A string was expected",
            Status::NameExpected => "A string or symbol was expected",
            Status::FunctionExpected => "A function was expected",
            Status::NumberExpected => "A number was expected",
            Status::BooleanExpected => "A boolean was expected",
            Status::ArrayExpected => "An array was expected",
            Status::GenericFailure => "Unknown failure",
            Status::PendingException => "An exception is pending",
            Status::Cancelled => "The async work item was cancelled",
            Status::EscapeCalledTwice => "napi_escape_handle already called on scope",
            Status::HandleScopeMismatch => "Invalid handle scope usage",
            Status::CallbackScopeMismatch => "Invalid callback scope usage",
            Status::QueueFull => "Thread-safe function queue is full",
            Status::Closing => "Thread-safe function handle is closing",
            Status::BigintExpected => "A bigint was expected",
            Status::DateExpected => "A date was expected",
            Status::ArraybufferExpected => "An arraybuffer was expected",
            Status::DetachableArraybufferExpected => "A detachable arraybuffer was expected",
            Status::WouldDeadlock => "Main thread would deadlock",
            Status::NoExternalBuffersAllowed => "External buffers are not allowed",
            Status::CannotRunJs => "Cannot run JavaScript",
            Status::Other(_) => "Unknown Node-API status",
        }
    }

    /// Whether the status reports a value of the wrong type (`*_expected`).
    pub fn is_type_mismatch(self) -> bool {
        matches!(
            self,
            Status::ObjectExpected
                | Status::StringExpected
                | Status::NameExpected
                | Status::FunctionExpected
                | Status::NumberExpected
                | Status::BooleanExpected
                | Status::ArrayExpected
                | Status::BigintExpected
                | Status::DateExpected
                | Status::ArraybufferExpected
                | Status::DetachableArraybufferExpected
        )
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Other(code) => write!(f, "Node-API status {code}"),
            _ => f.write_str(self.message()),
        }
    }
}

impl std::error::Error for Status {}

/// The result of a Node-API call.
pub type Result<T> = core::result::Result<T, Status>;

#[inline]
fn check(status: sys::napi_status) -> Result<()> {
    match Status::from_raw(status) {
        None => Ok(()),
        Some(err) => Err(err),
    }
}

/// A handle to a JavaScript value (`napi_value`).
///
/// Valid until the handle scope that created it closes; see the crate docs.
/// Two handles to the same JavaScript value need not be equal, so `Value` has
/// no `PartialEq`; use [`Env::strict_equals`].
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct Value(sys::napi_value);

impl Value {
    /// Wraps a raw handle.
    ///
    /// # Safety
    ///
    /// `raw` must be a handle the runtime issued and that is still valid in
    /// the current handle scope.
    pub unsafe fn from_raw(raw: sys::napi_value) -> Value {
        Value(raw)
    }

    /// The raw handle.
    pub fn raw(self) -> sys::napi_value {
        self.0
    }
}

/// The type of a JavaScript value, as reported by `napi_typeof`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueType {
    /// `undefined`
    Undefined,
    /// `null`
    Null,
    /// A boolean.
    Boolean,
    /// A number.
    Number,
    /// A string.
    String,
    /// A symbol.
    Symbol,
    /// An object that is not a function.
    Object,
    /// A function.
    Function,
    /// An external value (`napi_create_external`).
    External,
    /// A `BigInt`.
    Bigint,
}

impl ValueType {
    fn from_raw(raw: sys::napi_valuetype) -> Result<ValueType> {
        Ok(match raw {
            sys::napi_undefined => ValueType::Undefined,
            sys::napi_null => ValueType::Null,
            sys::napi_boolean => ValueType::Boolean,
            sys::napi_number => ValueType::Number,
            sys::napi_string => ValueType::String,
            sys::napi_symbol => ValueType::Symbol,
            sys::napi_object => ValueType::Object,
            sys::napi_function => ValueType::Function,
            sys::napi_external => ValueType::External,
            sys::napi_bigint => ValueType::Bigint,
            _ => return Err(Status::GenericFailure),
        })
    }
}

/// A Rust function callable from JavaScript; see [`Env::create_function`].
///
/// Returning `Err` throws (see [`Env::throw_status`]).
pub type Callback = fn(Env, CallbackInfo) -> Result<Value>;

/// The environment of the current call (`napi_env`).
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct Env(sys::napi_env);

/// Runs `call` with a pointer to an out-slot initialised to `init` and
/// returns the slot's value if the call succeeded.
#[inline]
fn out<T>(init: T, call: impl FnOnce(*mut T) -> sys::napi_status) -> Result<T> {
    let mut slot = init;
    check(call(&raw mut slot))?;
    Ok(slot)
}

/// [`out`] for calls that produce a `napi_value`.
#[inline]
fn value_out(call: impl FnOnce(*mut sys::napi_value) -> sys::napi_status) -> Result<Value> {
    out(ptr::null_mut(), call).map(Value)
}

impl Env {
    /// Wraps a raw environment.
    ///
    /// # Safety
    ///
    /// `raw` must be the `napi_env` the runtime passed to the current call.
    pub unsafe fn from_raw(raw: sys::napi_env) -> Env {
        Env(raw)
    }

    /// The raw environment, for calling [`sys`] functions directly.
    pub fn raw(self) -> sys::napi_env {
        self.0
    }

    /// `undefined`.
    pub fn get_undefined(self) -> Result<Value> {
        // SAFETY: `self.0` is a valid env (from_raw contract); the out-pointer is a live local.
        value_out(|r| unsafe { sys::napi_get_undefined(self.0, r) })
    }

    /// `null`.
    pub fn get_null(self) -> Result<Value> {
        // SAFETY: valid env; live out-pointer.
        value_out(|r| unsafe { sys::napi_get_null(self.0, r) })
    }

    /// `globalThis`.
    pub fn get_global(self) -> Result<Value> {
        // SAFETY: valid env; live out-pointer.
        value_out(|r| unsafe { sys::napi_get_global(self.0, r) })
    }

    /// `true` or `false`.
    pub fn get_boolean(self, value: bool) -> Result<Value> {
        // SAFETY: valid env; live out-pointer.
        value_out(|r| unsafe { sys::napi_get_boolean(self.0, value, r) })
    }

    /// A number.
    pub fn create_double(self, value: f64) -> Result<Value> {
        // SAFETY: valid env; live out-pointer.
        value_out(|r| unsafe { sys::napi_create_double(self.0, value, r) })
    }

    /// A number from an `i32`.
    pub fn create_int32(self, value: i32) -> Result<Value> {
        // SAFETY: valid env; live out-pointer.
        value_out(|r| unsafe { sys::napi_create_int32(self.0, value, r) })
    }

    /// A number from a `u32`.
    pub fn create_uint32(self, value: u32) -> Result<Value> {
        // SAFETY: valid env; live out-pointer.
        value_out(|r| unsafe { sys::napi_create_uint32(self.0, value, r) })
    }

    /// A number from an `i64` (rounded to the nearest double).
    pub fn create_int64(self, value: i64) -> Result<Value> {
        // SAFETY: valid env; live out-pointer.
        value_out(|r| unsafe { sys::napi_create_int64(self.0, value, r) })
    }

    /// A string, copied from UTF-8.
    pub fn create_string(self, value: &str) -> Result<Value> {
        // SAFETY: valid env; `value` is readable for `value.len()` bytes; live out-pointer.
        value_out(|r| unsafe {
            sys::napi_create_string_utf8(self.0, value.as_ptr().cast(), value.len(), r)
        })
    }

    /// A new empty object.
    pub fn create_object(self) -> Result<Value> {
        // SAFETY: valid env; live out-pointer.
        value_out(|r| unsafe { sys::napi_create_object(self.0, r) })
    }

    /// The number in `value`; `Err(Status::NumberExpected)` if it is not a number.
    pub fn get_value_double(self, value: Value) -> Result<f64> {
        // SAFETY: valid env and handle; live out-pointer.
        out(0.0, |r| unsafe {
            sys::napi_get_value_double(self.0, value.0, r)
        })
    }

    /// The number in `value` converted to `i32` like Node does (truncation,
    /// non-finite values give 0).
    pub fn get_value_int32(self, value: Value) -> Result<i32> {
        // SAFETY: valid env and handle; live out-pointer.
        out(0, |r| unsafe {
            sys::napi_get_value_int32(self.0, value.0, r)
        })
    }

    /// The number in `value` converted to `u32`.
    pub fn get_value_uint32(self, value: Value) -> Result<u32> {
        // SAFETY: valid env and handle; live out-pointer.
        out(0, |r| unsafe {
            sys::napi_get_value_uint32(self.0, value.0, r)
        })
    }

    /// The number in `value` converted to `i64`.
    pub fn get_value_int64(self, value: Value) -> Result<i64> {
        // SAFETY: valid env and handle; live out-pointer.
        out(0, |r| unsafe {
            sys::napi_get_value_int64(self.0, value.0, r)
        })
    }

    /// The boolean in `value`; `Err(Status::BooleanExpected)` if it is not a boolean.
    pub fn get_value_bool(self, value: Value) -> Result<bool> {
        // SAFETY: valid env and handle; live out-pointer.
        out(false, |r| unsafe {
            sys::napi_get_value_bool(self.0, value.0, r)
        })
    }

    /// The string in `value`, as UTF-8; `Err(Status::StringExpected)` if it
    /// is not a string. (Lone surrogates arrive as U+FFFD, as in Node.)
    pub fn get_value_string(self, value: Value) -> Result<String> {
        // SAFETY: valid env and handle; a NULL buffer asks only for the length.
        let len = out(0usize, |r| unsafe {
            sys::napi_get_value_string_utf8(self.0, value.0, ptr::null_mut(), 0, r)
        })?;
        // Room for the NUL terminator the runtime always writes.
        let mut buf = Vec::<u8>::with_capacity(len + 1);
        // SAFETY: `buf` has `len + 1` writable bytes of capacity; live out-pointer.
        let copied = out(0usize, |r| unsafe {
            sys::napi_get_value_string_utf8(self.0, value.0, buf.as_mut_ptr().cast(), len + 1, r)
        })?;
        // SAFETY: the runtime initialised `copied` (<= len) bytes before the NUL.
        unsafe { buf.set_len(copied.min(len)) };
        Ok(String::from_utf8(buf)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    }

    /// `typeof value`, as a [`ValueType`].
    pub fn type_of(self, value: Value) -> Result<ValueType> {
        // SAFETY: valid env and handle; live out-pointer.
        let raw = out(0, |r| unsafe { sys::napi_typeof(self.0, value.0, r) })?;
        ValueType::from_raw(raw)
    }

    /// `lhs === rhs`.
    pub fn strict_equals(self, lhs: Value, rhs: Value) -> Result<bool> {
        // SAFETY: valid env and handles; live out-pointer.
        out(false, |r| unsafe {
            sys::napi_strict_equals(self.0, lhs.0, rhs.0, r)
        })
    }

    /// `object[name] = value`.
    pub fn set_named_property(self, object: Value, name: &CStr, value: Value) -> Result<()> {
        // SAFETY: valid env and handles; `name` is NUL-terminated.
        check(unsafe { sys::napi_set_named_property(self.0, object.0, name.as_ptr(), value.0) })
    }

    /// `object[name]`.
    pub fn get_named_property(self, object: Value, name: &CStr) -> Result<Value> {
        // SAFETY: valid env and handle; `name` is NUL-terminated; live out-pointer.
        value_out(|r| unsafe { sys::napi_get_named_property(self.0, object.0, name.as_ptr(), r) })
    }

    /// `object[key] = value`.
    pub fn set_property(self, object: Value, key: Value, value: Value) -> Result<()> {
        // SAFETY: valid env and handles.
        check(unsafe { sys::napi_set_property(self.0, object.0, key.0, value.0) })
    }

    /// `object[key]`.
    pub fn get_property(self, object: Value, key: Value) -> Result<Value> {
        // SAFETY: valid env and handles; live out-pointer.
        value_out(|r| unsafe { sys::napi_get_property(self.0, object.0, key.0, r) })
    }

    /// A JavaScript function named `name` that runs `callback`.
    ///
    /// The function's Node-API `data` slot holds `callback` itself, and one
    /// shared C-ABI trampoline calls it; use [`Env::create_function_raw`] to
    /// pass your own callback and data instead.
    pub fn create_function(self, name: &str, callback: Callback) -> Result<Value> {
        let data = callback as *const () as *mut c_void;
        // SAFETY: `trampoline` reads `data` back as a `Callback`, which is what it is.
        unsafe { self.create_function_raw(name, Some(trampoline), data) }
    }

    /// `napi_create_function` with a raw C callback and data pointer.
    ///
    /// # Safety
    ///
    /// `callback` must be sound to call by the runtime with this env, and
    /// `data` must be whatever `callback` expects to find in its data slot.
    pub unsafe fn create_function_raw(
        self,
        name: &str,
        callback: sys::napi_callback,
        data: *mut c_void,
    ) -> Result<Value> {
        // SAFETY: valid env; `name` is readable for `name.len()` bytes; live out-pointer;
        // the caller vouches for `callback` and `data`.
        value_out(|r| unsafe {
            sys::napi_create_function(self.0, name.as_ptr().cast(), name.len(), callback, data, r)
        })
    }

    /// `this` and all arguments of the call described by `info`.
    pub fn get_cb_info(self, info: CallbackInfo) -> Result<(Value, Vec<Value>)> {
        const INLINE: usize = 8;
        let mut this = ptr::null_mut();
        let mut argv = [ptr::null_mut(); INLINE];
        let mut argc = INLINE;
        // SAFETY: valid env and callback info; `argv` has room for `argc` handles.
        check(unsafe {
            sys::napi_get_cb_info(
                self.0,
                info.raw,
                &raw mut argc,
                argv.as_mut_ptr(),
                &raw mut this,
                ptr::null_mut(),
            )
        })?;
        if argc <= INLINE {
            return Ok((
                Value(this),
                argv[..argc].iter().copied().map(Value).collect(),
            ));
        }
        // More arguments than fit inline: ask again with room for all of them.
        let mut all = vec![ptr::null_mut(); argc];
        let mut capacity = argc;
        // SAFETY: as above; `all` has room for `capacity` handles.
        check(unsafe {
            sys::napi_get_cb_info(
                self.0,
                info.raw,
                &raw mut capacity,
                all.as_mut_ptr(),
                &raw mut this,
                ptr::null_mut(),
            )
        })?;
        all.truncate(capacity);
        Ok((Value(this), all.into_iter().map(Value).collect()))
    }

    /// Calls `func` with `this` = `recv` and the given arguments, returning its
    /// result. If `func` throws, the result is `Err(Status::PendingException)`
    /// and the exception stays pending.
    pub fn call_function(self, recv: Value, func: Value, args: &[Value]) -> Result<Value> {
        // `Value` is `repr(transparent)` over `napi_value`, so a `&[Value]` is a
        // valid `napi_value` array.
        let argv = args.as_ptr().cast::<sys::napi_value>();
        // SAFETY: valid env and handles; `argv` is readable for `args.len()` handles.
        value_out(|r| unsafe {
            sys::napi_call_function(self.0, recv.0, func.0, args.len(), argv, r)
        })
    }

    /// Whether a JavaScript exception is pending.
    pub fn is_exception_pending(self) -> Result<bool> {
        // SAFETY: valid env; live out-pointer.
        out(false, |r| unsafe {
            sys::napi_is_exception_pending(self.0, r)
        })
    }

    /// Throws `error` (any value).
    pub fn throw(self, error: Value) -> Result<()> {
        // SAFETY: valid env and handle.
        check(unsafe { sys::napi_throw(self.0, error.0) })
    }

    /// Throws `new Error(message)`.
    ///
    /// Always returns `Err`: `Err(Status::PendingException)` once the error is
    /// thrown, so a callback can end with `return env.throw_error("...")`.
    pub fn throw_error<T>(self, message: &str) -> Result<T> {
        // SAFETY: `throw_new` calls this with its env, a string handle and a live out-pointer.
        self.throw_new(message, |env, code, msg, r| unsafe {
            sys::napi_create_error(env, code, msg, r)
        })
    }

    /// Throws `new TypeError(message)`; returns like [`Env::throw_error`].
    pub fn throw_type_error<T>(self, message: &str) -> Result<T> {
        // SAFETY: `throw_new` calls this with its env, a string handle and a live out-pointer.
        self.throw_new(message, |env, code, msg, r| unsafe {
            sys::napi_create_type_error(env, code, msg, r)
        })
    }

    /// Throws `new RangeError(message)`; returns like [`Env::throw_error`].
    pub fn throw_range_error<T>(self, message: &str) -> Result<T> {
        // SAFETY: `throw_new` calls this with its env, a string handle and a live out-pointer.
        self.throw_new(message, |env, code, msg, r| unsafe {
            sys::napi_create_range_error(env, code, msg, r)
        })
    }

    /// Builds the error with `create` (one of the `napi_create_*error`
    /// functions) from a JS string, so `message` needs no NUL terminator.
    fn throw_new<T>(
        self,
        message: &str,
        create: impl FnOnce(
            sys::napi_env,
            sys::napi_value,
            sys::napi_value,
            *mut sys::napi_value,
        ) -> sys::napi_status,
    ) -> Result<T> {
        let msg = self.create_string(message)?;
        let error = value_out(|r| create(self.0, ptr::null_mut(), msg.0, r))?;
        self.throw(error)?;
        Err(Status::PendingException)
    }

    /// Reports `status` to JavaScript: does nothing if an exception is already
    /// pending (it propagates as is); otherwise throws a `TypeError` for the
    /// `*_expected` statuses ([`Status::is_type_mismatch`]) and an `Error` for
    /// the rest, with [`Status::message`] as the message.
    ///
    /// This is what happens when a [`Callback`] or the module initializer
    /// returns `Err(status)`.
    pub fn throw_status(self, status: Status) {
        if status == Status::PendingException || self.is_exception_pending().unwrap_or(false) {
            return;
        }
        // If throwing fails too there is nothing better to report; the call
        // then simply returns `undefined`.
        let _ = if status.is_type_mismatch() {
            self.throw_type_error::<()>(status.message())
        } else {
            self.throw_error::<()>(status.message())
        };
    }
}

/// The arguments and receiver of a call (`napi_callback_info`).
#[derive(Clone, Copy, Debug)]
pub struct CallbackInfo {
    env: Env,
    raw: sys::napi_callback_info,
}

impl CallbackInfo {
    /// Wraps a raw callback info.
    ///
    /// # Safety
    ///
    /// `raw` must be the `napi_callback_info` the runtime passed to the
    /// current callback, together with that callback's `env`.
    pub unsafe fn from_raw(env: Env, raw: sys::napi_callback_info) -> CallbackInfo {
        CallbackInfo { env, raw }
    }

    /// The raw callback info.
    pub fn raw(self) -> sys::napi_callback_info {
        self.raw
    }

    /// The first `N` arguments; missing ones are `undefined` (extra ones are
    /// ignored), as with `napi_get_cb_info`.
    pub fn args<const N: usize>(self) -> Result<[Value; N]> {
        let mut argv = [ptr::null_mut(); N];
        let mut argc = N;
        // SAFETY: valid env and callback info (from_raw contract); `argv` has room for `N` handles.
        check(unsafe {
            sys::napi_get_cb_info(
                self.env.0,
                self.raw,
                &raw mut argc,
                argv.as_mut_ptr(),
                ptr::null_mut(),
                ptr::null_mut(),
            )
        })?;
        Ok(argv.map(Value))
    }

    /// The number of arguments actually passed.
    pub fn len(self) -> Result<usize> {
        // SAFETY: valid env and callback info; with a NULL argv only the count is written.
        out(0, |argc| unsafe {
            sys::napi_get_cb_info(
                self.env.0,
                self.raw,
                argc,
                ptr::null_mut(),
                ptr::null_mut(),
                ptr::null_mut(),
            )
        })
    }

    /// Whether the call had no arguments.
    pub fn is_empty(self) -> Result<bool> {
        self.len().map(|n| n == 0)
    }

    /// The receiver, `this`.
    pub fn this(self) -> Result<Value> {
        let mut argc = 0;
        // SAFETY: valid env and callback info; argv is NULL so nothing but `this` and argc is written.
        value_out(|r| unsafe {
            sys::napi_get_cb_info(
                self.env.0,
                self.raw,
                &raw mut argc,
                ptr::null_mut(),
                r,
                ptr::null_mut(),
            )
        })
    }

    /// `this` and all arguments; see [`Env::get_cb_info`].
    pub fn this_and_args(self) -> Result<(Value, Vec<Value>)> {
        self.env.get_cb_info(self)
    }
}

/// Turns a callback's result into its C return value, throwing on `Err`.
fn finish(env: Env, result: Result<Value>) -> sys::napi_value {
    match result {
        Ok(value) => value.0,
        Err(status) => {
            env.throw_status(status);
            ptr::null_mut()
        }
    }
}

/// The C callback behind every [`Env::create_function`] function.
unsafe extern "C" fn trampoline(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> sys::napi_value {
    // SAFETY: the runtime calls a callback with its own env.
    let env = unsafe { Env::from_raw(env) };
    let mut data = ptr::null_mut();
    let mut argc = 0;
    // SAFETY: valid env and info; argv is NULL, so only argc and data are written.
    let status = unsafe {
        sys::napi_get_cb_info(
            env.0,
            info,
            &raw mut argc,
            ptr::null_mut(),
            ptr::null_mut(),
            &raw mut data,
        )
    };
    if let Err(status) = check(status) {
        env.throw_status(status);
        return ptr::null_mut();
    }
    // SAFETY: every function with this trampoline was made by
    // `Env::create_function`, which stored a `Callback` in `data` (transmute
    // checks at compile time that the two have the same size).
    let callback = unsafe { core::mem::transmute::<*mut c_void, Callback>(data) };
    // SAFETY: `info` is this call's callback info and `env` its env.
    let info = unsafe { CallbackInfo::from_raw(env, info) };
    finish(env, callback(env, info))
}

/// Body of the `_initialize` export that [`module!`] defines on wasm32.
///
/// A Rust `cdylib` for `wasm32-wasip1` is linked as a WASI "command" without
/// `_initialize`, and wasm-ld then wraps *every* export so that it runs the
/// static constructors before and the destructors after each call (for
/// example, wasi-libc re-reads the environment on every `malloc`). Calling
/// `__wasm_call_ctors` from an explicit `_initialize` makes the module a
/// reactor instead: wasm-ld leaves the exports alone and the host runs the
/// constructors once. Later calls do nothing.
#[doc(hidden)]
#[cfg(target_arch = "wasm32")]
pub fn __initialize() {
    use core::sync::atomic::{AtomicBool, Ordering};
    unsafe extern "C" {
        /// Runs the static constructors; synthesized by wasm-ld.
        fn __wasm_call_ctors();
    }
    static INITIALIZED: AtomicBool = AtomicBool::new(false);
    if INITIALIZED.swap(true, Ordering::Relaxed) {
        return;
    }
    // SAFETY: wasm-ld always defines `__wasm_call_ctors`; it is called once,
    // before the host calls any other export.
    unsafe { __wasm_call_ctors() }
}

/// Implementation of the entry point [`module!`] defines.
///
/// # Safety
///
/// `env` and `exports` must be what the runtime passed to
/// `napi_register_wasm_v1`.
#[doc(hidden)]
pub unsafe fn __register(
    env: sys::napi_env,
    exports: sys::napi_value,
    init: fn(Env, Value) -> Result<Value>,
) -> sys::napi_value {
    // SAFETY: forwarded from the caller's contract.
    let (env, exports) = unsafe { (Env::from_raw(env), Value::from_raw(exports)) };
    finish(env, init(env, exports))
}

/// Defines the module's entry points from an initializer
/// `fn(Env, exports: Value) -> Result<Value>`.
///
/// Expands to these exported functions:
///
/// * `_initialize()` (on wasm32 only), which runs the static constructors
///   once; the host calls it right after instantiation, as for any WASI
///   reactor (see `__initialize` in the source for why it is needed);
/// * `napi_register_wasm_v1(env, exports)`, which calls the initializer and
///   returns its value (normally `exports`); an `Err` throws as described
///   in [`Env::throw_status`] and returns NULL;
/// * `node_api_module_get_api_version_v1()`, returning the Node-API version
///   the module targets: 8 by default, or `version = N`.
///
/// ```ignore
/// napi_guest::module!(init);
/// napi_guest::module!(init, version = 10);
/// ```
#[macro_export]
macro_rules! module {
    ($init:path) => {
        $crate::module!($init, version = 8);
    };
    ($init:path, version = $version:expr) => {
        /// WASI reactor initialization: runs the static constructors once.
        #[cfg(target_arch = "wasm32")]
        #[unsafe(no_mangle)]
        pub extern "C" fn _initialize() {
            $crate::__initialize()
        }

        /// Module entry point, called once by the runtime with the `exports` object.
        ///
        /// # Safety
        ///
        /// Only the runtime may call this, with its env and exports object.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn napi_register_wasm_v1(
            env: $crate::sys::napi_env,
            exports: $crate::sys::napi_value,
        ) -> $crate::sys::napi_value {
            // SAFETY: the runtime passes its env and the exports object.
            unsafe { $crate::__register(env, exports, $init) }
        }

        /// The Node-API version this module targets.
        #[unsafe(no_mangle)]
        pub extern "C" fn node_api_module_get_api_version_v1() -> i32 {
            $version
        }
    };
}
