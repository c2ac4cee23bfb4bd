//! Raw Node-API declarations: every function of `js_native_api.h` and
//! `node_api.h` up to Node-API 10 (123 + 32 = 155 functions), with their C
//! names, as shipped in `node-api-headers` 1.9.0.
//!
//! On `wasm32` every function is imported from the wasm module `"napi"`, which
//! is what clang produces for C addons compiled against the same headers, so a
//! Rust addon and a C addon present the same imports to the host.
//!
//! Types follow the C headers one to one:
//! * handles (`napi_env`, `napi_value`, `napi_ref`, ...) are pointers to
//!   opaque structs;
//! * C enums (`napi_status`, `napi_valuetype`, ...) are `i32` aliases with one
//!   constant per enumerator, so any value the host returns is representable;
//! * function pointer typedefs are `Option<unsafe extern "C" fn(..)>`, where
//!   `None` is C's `NULL`.
//!
//! Each function's documentation gives the Node-API version that introduced it
//! and its C prototype; see the Node-API documentation for its behaviour.
//! Everything here is `unsafe` to call: the caller upholds the C contract
//! (valid handles, valid pointers, NUL-terminated strings where the C API
//! expects them).
#![allow(
    non_camel_case_types,
    non_upper_case_globals,
    reason = "names are Node-API's C names, verbatim"
)]

pub use core::ffi::{c_char, c_int, c_void};

macro_rules! opaque {
    ($($(#[$doc:meta])* $name:ident;)*) => {
        $(
            $(#[$doc])*
            #[repr(C)]
            pub struct $name {
                _private: [u8; 0],
            }
        )*
    };
}

opaque! {
    /// Target of [`napi_env`].
    napi_env__;
    /// Target of [`napi_value`].
    napi_value__;
    /// Target of [`napi_ref`].
    napi_ref__;
    /// Target of [`napi_handle_scope`].
    napi_handle_scope__;
    /// Target of [`napi_escapable_handle_scope`].
    napi_escapable_handle_scope__;
    /// Target of [`napi_callback_info`].
    napi_callback_info__;
    /// Target of [`napi_deferred`].
    napi_deferred__;
    /// Target of [`napi_callback_scope`].
    napi_callback_scope__;
    /// Target of [`napi_async_context`].
    napi_async_context__;
    /// Target of [`napi_async_work`].
    napi_async_work__;
    /// Target of [`napi_threadsafe_function`].
    napi_threadsafe_function__;
    /// Target of [`napi_async_cleanup_hook_handle`].
    napi_async_cleanup_hook_handle__;
    /// libuv's event loop (`struct uv_loop_s`), only ever seen behind a pointer.
    uv_loop_s;
}

/// The environment a call runs in; passed to every callback.
pub type napi_env = *mut napi_env__;
/// An environment that may only be used with "basic" (GC-safe) functions.
/// Same representation as [`napi_env`].
pub type node_api_basic_env = napi_env;
/// Older name of [`node_api_basic_env`].
pub type node_api_nogc_env = napi_env;
/// A handle to a JavaScript value, valid in the handle scope that created it.
pub type napi_value = *mut napi_value__;
/// A reference to a value that outlives handle scopes.
pub type napi_ref = *mut napi_ref__;
/// A handle scope.
pub type napi_handle_scope = *mut napi_handle_scope__;
/// An escapable handle scope.
pub type napi_escapable_handle_scope = *mut napi_escapable_handle_scope__;
/// Call information passed to a [`napi_callback`].
pub type napi_callback_info = *mut napi_callback_info__;
/// The resolve/reject side of a promise.
pub type napi_deferred = *mut napi_deferred__;
/// A callback scope (`napi_open_callback_scope`).
pub type napi_callback_scope = *mut napi_callback_scope__;
/// An async context (`napi_async_init`).
pub type napi_async_context = *mut napi_async_context__;
/// An async work item.
pub type napi_async_work = *mut napi_async_work__;
/// A thread-safe function.
pub type napi_threadsafe_function = *mut napi_threadsafe_function__;
/// Handle of an async cleanup hook.
pub type napi_async_cleanup_hook_handle = *mut napi_async_cleanup_hook_handle__;

/// Result code of every Node-API function (C enum `napi_status`).
pub type napi_status = i32;
/// Success.
pub const napi_ok: napi_status = 0;
/// An argument was invalid (often a NULL pointer).
pub const napi_invalid_arg: napi_status = 1;
/// An object was expected.
pub const napi_object_expected: napi_status = 2;
/// A string was expected.
pub const napi_string_expected: napi_status = 3;
/// A string or symbol was expected.
pub const napi_name_expected: napi_status = 4;
/// A function was expected.
pub const napi_function_expected: napi_status = 5;
/// A number was expected.
pub const napi_number_expected: napi_status = 6;
/// A boolean was expected.
pub const napi_boolean_expected: napi_status = 7;
/// An array was expected.
pub const napi_array_expected: napi_status = 8;
/// Unknown failure.
pub const napi_generic_failure: napi_status = 9;
/// A JavaScript exception is pending.
pub const napi_pending_exception: napi_status = 10;
/// The async work item was cancelled.
pub const napi_cancelled: napi_status = 11;
/// `napi_escape_handle` was already called on the scope.
pub const napi_escape_called_twice: napi_status = 12;
/// Handle scopes were closed out of order.
pub const napi_handle_scope_mismatch: napi_status = 13;
/// Callback scopes were closed out of order.
pub const napi_callback_scope_mismatch: napi_status = 14;
/// The thread-safe function queue is full.
pub const napi_queue_full: napi_status = 15;
/// The thread-safe function is closing.
pub const napi_closing: napi_status = 16;
/// A `BigInt` was expected.
pub const napi_bigint_expected: napi_status = 17;
/// A Date was expected.
pub const napi_date_expected: napi_status = 18;
/// An `ArrayBuffer` was expected.
pub const napi_arraybuffer_expected: napi_status = 19;
/// A detachable `ArrayBuffer` was expected.
pub const napi_detachable_arraybuffer_expected: napi_status = 20;
/// The call would deadlock (unused by Node).
pub const napi_would_deadlock: napi_status = 21;
/// External buffers are not allowed.
pub const napi_no_external_buffers_allowed: napi_status = 22;
/// JavaScript cannot run now (for example inside a finalizer).
pub const napi_cannot_run_js: napi_status = 23;

/// Result of `napi_typeof` (C enum `napi_valuetype`).
pub type napi_valuetype = i32;
/// `undefined`.
pub const napi_undefined: napi_valuetype = 0;
/// `null`.
pub const napi_null: napi_valuetype = 1;
/// A boolean.
pub const napi_boolean: napi_valuetype = 2;
/// A number.
pub const napi_number: napi_valuetype = 3;
/// A string.
pub const napi_string: napi_valuetype = 4;
/// A symbol.
pub const napi_symbol: napi_valuetype = 5;
/// An object (not a function).
pub const napi_object: napi_valuetype = 6;
/// A function.
pub const napi_function: napi_valuetype = 7;
/// An external value (`napi_create_external`).
pub const napi_external: napi_valuetype = 8;
/// A `BigInt`.
pub const napi_bigint: napi_valuetype = 9;

/// Element type of a typed array (C enum `napi_typedarray_type`).
pub type napi_typedarray_type = i32;
/// `Int8Array`.
pub const napi_int8_array: napi_typedarray_type = 0;
/// `Uint8Array`.
pub const napi_uint8_array: napi_typedarray_type = 1;
/// `Uint8ClampedArray`.
pub const napi_uint8_clamped_array: napi_typedarray_type = 2;
/// `Int16Array`.
pub const napi_int16_array: napi_typedarray_type = 3;
/// `Uint16Array`.
pub const napi_uint16_array: napi_typedarray_type = 4;
/// `Int32Array`.
pub const napi_int32_array: napi_typedarray_type = 5;
/// `Uint32Array`.
pub const napi_uint32_array: napi_typedarray_type = 6;
/// `Float32Array`.
pub const napi_float32_array: napi_typedarray_type = 7;
/// `Float64Array`.
pub const napi_float64_array: napi_typedarray_type = 8;
/// `BigInt64Array`.
pub const napi_bigint64_array: napi_typedarray_type = 9;
/// `BigUint64Array`.
pub const napi_biguint64_array: napi_typedarray_type = 10;
/// `Float16Array`.
pub const napi_float16_array: napi_typedarray_type = 11;

/// Property attribute flags (C enum `napi_property_attributes`).
pub type napi_property_attributes = i32;
/// Read-only, not enumerable, not configurable.
pub const napi_default: napi_property_attributes = 0;
/// Writable.
pub const napi_writable: napi_property_attributes = 1 << 0;
/// Enumerable.
pub const napi_enumerable: napi_property_attributes = 1 << 1;
/// Configurable.
pub const napi_configurable: napi_property_attributes = 1 << 2;
/// A static property (only for `napi_define_class`).
pub const napi_static: napi_property_attributes = 1 << 10;
/// Default for class methods: writable and configurable.
pub const napi_default_method: napi_property_attributes = napi_writable | napi_configurable;
/// Like a JS assignment `obj[prop] = v`: writable, enumerable, configurable.
pub const napi_default_jsproperty: napi_property_attributes =
    napi_writable | napi_enumerable | napi_configurable;

/// Which keys `napi_get_all_property_names` collects (C enum `napi_key_collection_mode`).
pub type napi_key_collection_mode = i32;
/// Include keys from the prototype chain.
pub const napi_key_include_prototypes: napi_key_collection_mode = 0;
/// Own keys only.
pub const napi_key_own_only: napi_key_collection_mode = 1;

/// Key filter flags (C enum `napi_key_filter`).
pub type napi_key_filter = i32;
/// All properties.
pub const napi_key_all_properties: napi_key_filter = 0;
/// Writable properties only.
pub const napi_key_writable: napi_key_filter = 1;
/// Enumerable properties only.
pub const napi_key_enumerable: napi_key_filter = 1 << 1;
/// Configurable properties only.
pub const napi_key_configurable: napi_key_filter = 1 << 2;
/// Skip string keys.
pub const napi_key_skip_strings: napi_key_filter = 1 << 3;
/// Skip symbol keys.
pub const napi_key_skip_symbols: napi_key_filter = 1 << 4;

/// How numeric keys are returned (C enum `napi_key_conversion`).
pub type napi_key_conversion = i32;
/// Keep numeric keys as numbers.
pub const napi_key_keep_numbers: napi_key_conversion = 0;
/// Convert numeric keys to strings.
pub const napi_key_numbers_to_strings: napi_key_conversion = 1;

/// C enum `napi_threadsafe_function_release_mode`.
pub type napi_threadsafe_function_release_mode = i32;
/// Release one reference.
pub const napi_tsfn_release: napi_threadsafe_function_release_mode = 0;
/// Close the function immediately.
pub const napi_tsfn_abort: napi_threadsafe_function_release_mode = 1;

/// C enum `napi_threadsafe_function_call_mode`.
pub type napi_threadsafe_function_call_mode = i32;
/// Fail with `napi_queue_full` when the queue is full.
pub const napi_tsfn_nonblocking: napi_threadsafe_function_call_mode = 0;
/// Block until the queue has room.
pub const napi_tsfn_blocking: napi_threadsafe_function_call_mode = 1;

/// `NAPI_AUTO_LENGTH`: the string argument is NUL-terminated.
pub const NAPI_AUTO_LENGTH: usize = usize::MAX;
/// `NAPI_VERSION_EXPERIMENTAL`, returned by `node_api_module_get_api_version_v1`
/// to opt into experimental behaviour.
pub const NAPI_VERSION_EXPERIMENTAL: i32 = i32::MAX;

/// A native function called from JavaScript.
pub type napi_callback =
    Option<unsafe extern "C" fn(env: napi_env, info: napi_callback_info) -> napi_value>;
/// A finalizer: `(env, finalize_data, finalize_hint)`.
pub type napi_finalize = Option<
    unsafe extern "C" fn(env: napi_env, finalize_data: *mut c_void, finalize_hint: *mut c_void),
>;
/// A finalizer that may only call basic (GC-safe) functions.
pub type node_api_basic_finalize = napi_finalize;
/// Older name of [`node_api_basic_finalize`].
pub type node_api_nogc_finalize = napi_finalize;
/// A finalizer that gets no env and may run on any thread.
pub type node_api_noenv_finalize =
    Option<unsafe extern "C" fn(finalize_data: *mut c_void, finalize_hint: *mut c_void)>;
/// The module initializer: `(env, exports) -> exports`.
pub type napi_addon_register_func =
    Option<unsafe extern "C" fn(env: napi_env, exports: napi_value) -> napi_value>;
/// `node_api_module_get_api_version_v1`.
pub type node_api_addon_get_api_version_func = Option<unsafe extern "C" fn() -> i32>;
/// An environment cleanup hook.
pub type napi_cleanup_hook = Option<unsafe extern "C" fn(arg: *mut c_void)>;
/// The `execute` callback of async work (runs off the main thread in Node).
pub type napi_async_execute_callback =
    Option<unsafe extern "C" fn(env: napi_env, data: *mut c_void)>;
/// The `complete` callback of async work.
pub type napi_async_complete_callback =
    Option<unsafe extern "C" fn(env: napi_env, status: napi_status, data: *mut c_void)>;
/// Calls into JavaScript on behalf of a thread-safe function.
pub type napi_threadsafe_function_call_js = Option<
    unsafe extern "C" fn(
        env: napi_env,
        js_callback: napi_value,
        context: *mut c_void,
        data: *mut c_void,
    ),
>;
/// An async cleanup hook.
pub type napi_async_cleanup_hook =
    Option<unsafe extern "C" fn(handle: napi_async_cleanup_hook_handle, data: *mut c_void)>;

/// One property for `napi_define_properties` / `napi_define_class`
/// (32 bytes on wasm32).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct napi_property_descriptor {
    /// NUL-terminated UTF-8 name, or NULL when `name` is used.
    pub utf8name: *const c_char,
    /// Name as a string or symbol value, or NULL when `utf8name` is used.
    pub name: napi_value,
    /// A method, or `None`.
    pub method: napi_callback,
    /// A getter, or `None`.
    pub getter: napi_callback,
    /// A setter, or `None`.
    pub setter: napi_callback,
    /// A data value, when there is no method/getter/setter.
    pub value: napi_value,
    /// Attribute flags.
    pub attributes: napi_property_attributes,
    /// Passed to the callbacks as their `data`.
    pub data: *mut c_void,
}

/// The record `napi_get_last_error_info` points to (16 bytes on wasm32).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct napi_extended_error_info {
    /// NUL-terminated message, or NULL.
    pub error_message: *const c_char,
    /// Engine-specific; do not use.
    pub engine_reserved: *mut c_void,
    /// Engine-specific error code.
    pub engine_error_code: u32,
    /// The status of the last failed call.
    pub error_code: napi_status,
}

/// A type tag for `napi_type_tag_object` (two 64-bit halves).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct napi_type_tag {
    /// Low half.
    pub lower: u64,
    /// High half.
    pub upper: u64,
}

/// The record `napi_get_node_version` points to.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct napi_node_version {
    /// Major version.
    pub major: u32,
    /// Minor version.
    pub minor: u32,
    /// Patch version.
    pub patch: u32,
    /// Release name, NUL-terminated.
    pub release: *const c_char,
}

/// Module descriptor of the deprecated `napi_module_register`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct napi_module {
    /// Module ABI version.
    pub nm_version: c_int,
    /// Flags.
    pub nm_flags: u32,
    /// File name.
    pub nm_filename: *const c_char,
    /// Initializer.
    pub nm_register_func: napi_addon_register_func,
    /// Module name.
    pub nm_modname: *const c_char,
    /// Private data.
    pub nm_priv: *mut c_void,
    /// Reserved.
    pub reserved: [*mut c_void; 4],
}

// Functions declared in js_native_api.h (123 through Node-API 10).
#[link(wasm_import_module = "napi")]
unsafe extern "C" {
    /// Node-API 1. C: `napi_status napi_get_last_error_info(node_api_basic_env env, const napi_extended_error_info** result)`.
    pub fn napi_get_last_error_info(
        env: node_api_basic_env,
        result: *mut *const napi_extended_error_info,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_undefined(napi_env env, napi_value* result)`.
    pub fn napi_get_undefined(env: napi_env, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_null(napi_env env, napi_value* result)`.
    pub fn napi_get_null(env: napi_env, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_global(napi_env env, napi_value* result)`.
    pub fn napi_get_global(env: napi_env, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_boolean(napi_env env, bool value, napi_value* result)`.
    pub fn napi_get_boolean(env: napi_env, value: bool, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_object(napi_env env, napi_value* result)`.
    pub fn napi_create_object(env: napi_env, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_array(napi_env env, napi_value* result)`.
    pub fn napi_create_array(env: napi_env, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_array_with_length(napi_env env, size_t length, napi_value* result)`.
    pub fn napi_create_array_with_length(
        env: napi_env,
        length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_double(napi_env env, double value, napi_value* result)`.
    pub fn napi_create_double(env: napi_env, value: f64, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_int32(napi_env env, int32_t value, napi_value* result)`.
    pub fn napi_create_int32(env: napi_env, value: i32, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_uint32(napi_env env, uint32_t value, napi_value* result)`.
    pub fn napi_create_uint32(env: napi_env, value: u32, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_int64(napi_env env, int64_t value, napi_value* result)`.
    pub fn napi_create_int64(env: napi_env, value: i64, result: *mut napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_string_latin1(napi_env env, const char* str, size_t length, napi_value* result)`.
    pub fn napi_create_string_latin1(
        env: napi_env,
        str: *const c_char,
        length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_string_utf8(napi_env env, const char* str, size_t length, napi_value* result)`.
    pub fn napi_create_string_utf8(
        env: napi_env,
        str: *const c_char,
        length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_string_utf16(napi_env env, const char16_t* str, size_t length, napi_value* result)`.
    pub fn napi_create_string_utf16(
        env: napi_env,
        str: *const u16,
        length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 10. C: `napi_status node_api_create_external_string_latin1(napi_env env, char* str, size_t length, node_api_basic_finalize finalize_callback, void* finalize_hint, napi_value* result, bool* copied)`.
    pub fn node_api_create_external_string_latin1(
        env: napi_env,
        str: *mut c_char,
        length: usize,
        finalize_callback: node_api_basic_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
        copied: *mut bool,
    ) -> napi_status;
    /// Node-API 10. C: `napi_status node_api_create_external_string_utf16(napi_env env, char16_t* str, size_t length, node_api_basic_finalize finalize_callback, void* finalize_hint, napi_value* result, bool* copied)`.
    pub fn node_api_create_external_string_utf16(
        env: napi_env,
        str: *mut u16,
        length: usize,
        finalize_callback: node_api_basic_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
        copied: *mut bool,
    ) -> napi_status;
    /// Node-API 10. C: `napi_status node_api_create_property_key_latin1(napi_env env, const char* str, size_t length, napi_value* result)`.
    pub fn node_api_create_property_key_latin1(
        env: napi_env,
        str: *const c_char,
        length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 10. C: `napi_status node_api_create_property_key_utf8(napi_env env, const char* str, size_t length, napi_value* result)`.
    pub fn node_api_create_property_key_utf8(
        env: napi_env,
        str: *const c_char,
        length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 10. C: `napi_status node_api_create_property_key_utf16(napi_env env, const char16_t* str, size_t length, napi_value* result)`.
    pub fn node_api_create_property_key_utf16(
        env: napi_env,
        str: *const u16,
        length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_symbol(napi_env env, napi_value description, napi_value* result)`.
    pub fn napi_create_symbol(
        env: napi_env,
        description: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 9. C: `napi_status node_api_symbol_for(napi_env env, const char* utf8description, size_t length, napi_value* result)`.
    pub fn node_api_symbol_for(
        env: napi_env,
        utf8description: *const c_char,
        length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_function(napi_env env, const char* utf8name, size_t length, napi_callback cb, void* data, napi_value* result)`.
    pub fn napi_create_function(
        env: napi_env,
        utf8name: *const c_char,
        length: usize,
        cb: napi_callback,
        data: *mut c_void,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_error(napi_env env, napi_value code, napi_value msg, napi_value* result)`.
    pub fn napi_create_error(
        env: napi_env,
        code: napi_value,
        msg: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_type_error(napi_env env, napi_value code, napi_value msg, napi_value* result)`.
    pub fn napi_create_type_error(
        env: napi_env,
        code: napi_value,
        msg: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_range_error(napi_env env, napi_value code, napi_value msg, napi_value* result)`.
    pub fn napi_create_range_error(
        env: napi_env,
        code: napi_value,
        msg: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 9. C: `napi_status node_api_create_syntax_error(napi_env env, napi_value code, napi_value msg, napi_value* result)`.
    pub fn node_api_create_syntax_error(
        env: napi_env,
        code: napi_value,
        msg: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_typeof(napi_env env, napi_value value, napi_valuetype* result)`.
    pub fn napi_typeof(
        env: napi_env,
        value: napi_value,
        result: *mut napi_valuetype,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_double(napi_env env, napi_value value, double* result)`.
    pub fn napi_get_value_double(env: napi_env, value: napi_value, result: *mut f64)
    -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_int32(napi_env env, napi_value value, int32_t* result)`.
    pub fn napi_get_value_int32(env: napi_env, value: napi_value, result: *mut i32) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_uint32(napi_env env, napi_value value, uint32_t* result)`.
    pub fn napi_get_value_uint32(env: napi_env, value: napi_value, result: *mut u32)
    -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_int64(napi_env env, napi_value value, int64_t* result)`.
    pub fn napi_get_value_int64(env: napi_env, value: napi_value, result: *mut i64) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_bool(napi_env env, napi_value value, bool* result)`.
    pub fn napi_get_value_bool(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_string_latin1(napi_env env, napi_value value, char* buf, size_t bufsize, size_t* result)`.
    pub fn napi_get_value_string_latin1(
        env: napi_env,
        value: napi_value,
        buf: *mut c_char,
        bufsize: usize,
        result: *mut usize,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_string_utf8(napi_env env, napi_value value, char* buf, size_t bufsize, size_t* result)`.
    pub fn napi_get_value_string_utf8(
        env: napi_env,
        value: napi_value,
        buf: *mut c_char,
        bufsize: usize,
        result: *mut usize,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_string_utf16(napi_env env, napi_value value, char16_t* buf, size_t bufsize, size_t* result)`.
    pub fn napi_get_value_string_utf16(
        env: napi_env,
        value: napi_value,
        buf: *mut u16,
        bufsize: usize,
        result: *mut usize,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_coerce_to_bool(napi_env env, napi_value value, napi_value* result)`.
    pub fn napi_coerce_to_bool(
        env: napi_env,
        value: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_coerce_to_number(napi_env env, napi_value value, napi_value* result)`.
    pub fn napi_coerce_to_number(
        env: napi_env,
        value: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_coerce_to_object(napi_env env, napi_value value, napi_value* result)`.
    pub fn napi_coerce_to_object(
        env: napi_env,
        value: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_coerce_to_string(napi_env env, napi_value value, napi_value* result)`.
    pub fn napi_coerce_to_string(
        env: napi_env,
        value: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_prototype(napi_env env, napi_value object, napi_value* result)`.
    pub fn napi_get_prototype(
        env: napi_env,
        object: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_property_names(napi_env env, napi_value object, napi_value* result)`.
    pub fn napi_get_property_names(
        env: napi_env,
        object: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_set_property(napi_env env, napi_value object, napi_value key, napi_value value)`.
    pub fn napi_set_property(
        env: napi_env,
        object: napi_value,
        key: napi_value,
        value: napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_has_property(napi_env env, napi_value object, napi_value key, bool* result)`.
    pub fn napi_has_property(
        env: napi_env,
        object: napi_value,
        key: napi_value,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_property(napi_env env, napi_value object, napi_value key, napi_value* result)`.
    pub fn napi_get_property(
        env: napi_env,
        object: napi_value,
        key: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_delete_property(napi_env env, napi_value object, napi_value key, bool* result)`.
    pub fn napi_delete_property(
        env: napi_env,
        object: napi_value,
        key: napi_value,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_has_own_property(napi_env env, napi_value object, napi_value key, bool* result)`.
    pub fn napi_has_own_property(
        env: napi_env,
        object: napi_value,
        key: napi_value,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_set_named_property(napi_env env, napi_value object, const char* utf8name, napi_value value)`.
    pub fn napi_set_named_property(
        env: napi_env,
        object: napi_value,
        utf8name: *const c_char,
        value: napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_has_named_property(napi_env env, napi_value object, const char* utf8name, bool* result)`.
    pub fn napi_has_named_property(
        env: napi_env,
        object: napi_value,
        utf8name: *const c_char,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_named_property(napi_env env, napi_value object, const char* utf8name, napi_value* result)`.
    pub fn napi_get_named_property(
        env: napi_env,
        object: napi_value,
        utf8name: *const c_char,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_set_element(napi_env env, napi_value object, uint32_t index, napi_value value)`.
    pub fn napi_set_element(
        env: napi_env,
        object: napi_value,
        index: u32,
        value: napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_has_element(napi_env env, napi_value object, uint32_t index, bool* result)`.
    pub fn napi_has_element(
        env: napi_env,
        object: napi_value,
        index: u32,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_element(napi_env env, napi_value object, uint32_t index, napi_value* result)`.
    pub fn napi_get_element(
        env: napi_env,
        object: napi_value,
        index: u32,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_delete_element(napi_env env, napi_value object, uint32_t index, bool* result)`.
    pub fn napi_delete_element(
        env: napi_env,
        object: napi_value,
        index: u32,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_define_properties(napi_env env, napi_value object, size_t property_count, const napi_property_descriptor* properties)`.
    pub fn napi_define_properties(
        env: napi_env,
        object: napi_value,
        property_count: usize,
        properties: *const napi_property_descriptor,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_is_array(napi_env env, napi_value value, bool* result)`.
    pub fn napi_is_array(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_array_length(napi_env env, napi_value value, uint32_t* result)`.
    pub fn napi_get_array_length(env: napi_env, value: napi_value, result: *mut u32)
    -> napi_status;
    /// Node-API 1. C: `napi_status napi_strict_equals(napi_env env, napi_value lhs, napi_value rhs, bool* result)`.
    pub fn napi_strict_equals(
        env: napi_env,
        lhs: napi_value,
        rhs: napi_value,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_call_function(napi_env env, napi_value recv, napi_value func, size_t argc, const napi_value* argv, napi_value* result)`.
    pub fn napi_call_function(
        env: napi_env,
        recv: napi_value,
        func: napi_value,
        argc: usize,
        argv: *const napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_new_instance(napi_env env, napi_value constructor, size_t argc, const napi_value* argv, napi_value* result)`.
    pub fn napi_new_instance(
        env: napi_env,
        constructor: napi_value,
        argc: usize,
        argv: *const napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_instanceof(napi_env env, napi_value object, napi_value constructor, bool* result)`.
    pub fn napi_instanceof(
        env: napi_env,
        object: napi_value,
        constructor: napi_value,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_cb_info(napi_env env, napi_callback_info cbinfo, size_t* argc, napi_value* argv, napi_value* this_arg, void** data)`.
    pub fn napi_get_cb_info(
        env: napi_env,
        cbinfo: napi_callback_info,
        argc: *mut usize,
        argv: *mut napi_value,
        this_arg: *mut napi_value,
        data: *mut *mut c_void,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_new_target(napi_env env, napi_callback_info cbinfo, napi_value* result)`.
    pub fn napi_get_new_target(
        env: napi_env,
        cbinfo: napi_callback_info,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_define_class(napi_env env, const char* utf8name, size_t length, napi_callback constructor, void* data, size_t property_count, const napi_property_descriptor* properties, napi_value* result)`.
    pub fn napi_define_class(
        env: napi_env,
        utf8name: *const c_char,
        length: usize,
        constructor: napi_callback,
        data: *mut c_void,
        property_count: usize,
        properties: *const napi_property_descriptor,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_wrap(napi_env env, napi_value js_object, void* native_object, node_api_basic_finalize finalize_cb, void* finalize_hint, napi_ref* result)`.
    pub fn napi_wrap(
        env: napi_env,
        js_object: napi_value,
        native_object: *mut c_void,
        finalize_cb: node_api_basic_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_ref,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_unwrap(napi_env env, napi_value js_object, void** result)`.
    pub fn napi_unwrap(
        env: napi_env,
        js_object: napi_value,
        result: *mut *mut c_void,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_remove_wrap(napi_env env, napi_value js_object, void** result)`.
    pub fn napi_remove_wrap(
        env: napi_env,
        js_object: napi_value,
        result: *mut *mut c_void,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_external(napi_env env, void* data, node_api_basic_finalize finalize_cb, void* finalize_hint, napi_value* result)`.
    pub fn napi_create_external(
        env: napi_env,
        data: *mut c_void,
        finalize_cb: node_api_basic_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_value_external(napi_env env, napi_value value, void** result)`.
    pub fn napi_get_value_external(
        env: napi_env,
        value: napi_value,
        result: *mut *mut c_void,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_reference(napi_env env, napi_value value, uint32_t initial_refcount, napi_ref* result)`.
    pub fn napi_create_reference(
        env: napi_env,
        value: napi_value,
        initial_refcount: u32,
        result: *mut napi_ref,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_delete_reference(node_api_basic_env env, napi_ref ref)`.
    pub fn napi_delete_reference(env: node_api_basic_env, ref_: napi_ref) -> napi_status;
    /// Node-API 1. C: `napi_status napi_reference_ref(napi_env env, napi_ref ref, uint32_t* result)`.
    pub fn napi_reference_ref(env: napi_env, ref_: napi_ref, result: *mut u32) -> napi_status;
    /// Node-API 1. C: `napi_status napi_reference_unref(napi_env env, napi_ref ref, uint32_t* result)`.
    pub fn napi_reference_unref(env: napi_env, ref_: napi_ref, result: *mut u32) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_reference_value(napi_env env, napi_ref ref, napi_value* result)`.
    pub fn napi_get_reference_value(
        env: napi_env,
        ref_: napi_ref,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_open_handle_scope(napi_env env, napi_handle_scope* result)`.
    pub fn napi_open_handle_scope(env: napi_env, result: *mut napi_handle_scope) -> napi_status;
    /// Node-API 1. C: `napi_status napi_close_handle_scope(napi_env env, napi_handle_scope scope)`.
    pub fn napi_close_handle_scope(env: napi_env, scope: napi_handle_scope) -> napi_status;
    /// Node-API 1. C: `napi_status napi_open_escapable_handle_scope(napi_env env, napi_escapable_handle_scope* result)`.
    pub fn napi_open_escapable_handle_scope(
        env: napi_env,
        result: *mut napi_escapable_handle_scope,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_close_escapable_handle_scope(napi_env env, napi_escapable_handle_scope scope)`.
    pub fn napi_close_escapable_handle_scope(
        env: napi_env,
        scope: napi_escapable_handle_scope,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_escape_handle(napi_env env, napi_escapable_handle_scope scope, napi_value escapee, napi_value* result)`.
    pub fn napi_escape_handle(
        env: napi_env,
        scope: napi_escapable_handle_scope,
        escapee: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_throw(napi_env env, napi_value error)`.
    pub fn napi_throw(env: napi_env, error: napi_value) -> napi_status;
    /// Node-API 1. C: `napi_status napi_throw_error(napi_env env, const char* code, const char* msg)`.
    pub fn napi_throw_error(env: napi_env, code: *const c_char, msg: *const c_char) -> napi_status;
    /// Node-API 1. C: `napi_status napi_throw_type_error(napi_env env, const char* code, const char* msg)`.
    pub fn napi_throw_type_error(
        env: napi_env,
        code: *const c_char,
        msg: *const c_char,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_throw_range_error(napi_env env, const char* code, const char* msg)`.
    pub fn napi_throw_range_error(
        env: napi_env,
        code: *const c_char,
        msg: *const c_char,
    ) -> napi_status;
    /// Node-API 9. C: `napi_status node_api_throw_syntax_error(napi_env env, const char* code, const char* msg)`.
    pub fn node_api_throw_syntax_error(
        env: napi_env,
        code: *const c_char,
        msg: *const c_char,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_is_error(napi_env env, napi_value value, bool* result)`.
    pub fn napi_is_error(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_is_exception_pending(napi_env env, bool* result)`.
    pub fn napi_is_exception_pending(env: napi_env, result: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_and_clear_last_exception(napi_env env, napi_value* result)`.
    pub fn napi_get_and_clear_last_exception(env: napi_env, result: *mut napi_value)
    -> napi_status;
    /// Node-API 1. C: `napi_status napi_is_arraybuffer(napi_env env, napi_value value, bool* result)`.
    pub fn napi_is_arraybuffer(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_arraybuffer(napi_env env, size_t byte_length, void** data, napi_value* result)`.
    pub fn napi_create_arraybuffer(
        env: napi_env,
        byte_length: usize,
        data: *mut *mut c_void,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_external_arraybuffer(napi_env env, void* external_data, size_t byte_length, node_api_basic_finalize finalize_cb, void* finalize_hint, napi_value* result)`.
    pub fn napi_create_external_arraybuffer(
        env: napi_env,
        external_data: *mut c_void,
        byte_length: usize,
        finalize_cb: node_api_basic_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_arraybuffer_info(napi_env env, napi_value arraybuffer, void** data, size_t* byte_length)`.
    pub fn napi_get_arraybuffer_info(
        env: napi_env,
        arraybuffer: napi_value,
        data: *mut *mut c_void,
        byte_length: *mut usize,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_is_typedarray(napi_env env, napi_value value, bool* result)`.
    pub fn napi_is_typedarray(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_typedarray(napi_env env, napi_typedarray_type type, size_t length, napi_value arraybuffer, size_t byte_offset, napi_value* result)`.
    pub fn napi_create_typedarray(
        env: napi_env,
        type_: napi_typedarray_type,
        length: usize,
        arraybuffer: napi_value,
        byte_offset: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_typedarray_info(napi_env env, napi_value typedarray, napi_typedarray_type* type, size_t* length, void** data, napi_value* arraybuffer, size_t* byte_offset)`.
    pub fn napi_get_typedarray_info(
        env: napi_env,
        typedarray: napi_value,
        type_: *mut napi_typedarray_type,
        length: *mut usize,
        data: *mut *mut c_void,
        arraybuffer: *mut napi_value,
        byte_offset: *mut usize,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_dataview(napi_env env, size_t length, napi_value arraybuffer, size_t byte_offset, napi_value* result)`.
    pub fn napi_create_dataview(
        env: napi_env,
        length: usize,
        arraybuffer: napi_value,
        byte_offset: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_is_dataview(napi_env env, napi_value value, bool* result)`.
    pub fn napi_is_dataview(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_dataview_info(napi_env env, napi_value dataview, size_t* bytelength, void** data, napi_value* arraybuffer, size_t* byte_offset)`.
    pub fn napi_get_dataview_info(
        env: napi_env,
        dataview: napi_value,
        bytelength: *mut usize,
        data: *mut *mut c_void,
        arraybuffer: *mut napi_value,
        byte_offset: *mut usize,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_version(node_api_basic_env env, uint32_t* result)`.
    pub fn napi_get_version(env: node_api_basic_env, result: *mut u32) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_promise(napi_env env, napi_deferred* deferred, napi_value* promise)`.
    pub fn napi_create_promise(
        env: napi_env,
        deferred: *mut napi_deferred,
        promise: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_resolve_deferred(napi_env env, napi_deferred deferred, napi_value resolution)`.
    pub fn napi_resolve_deferred(
        env: napi_env,
        deferred: napi_deferred,
        resolution: napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_reject_deferred(napi_env env, napi_deferred deferred, napi_value rejection)`.
    pub fn napi_reject_deferred(
        env: napi_env,
        deferred: napi_deferred,
        rejection: napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_is_promise(napi_env env, napi_value value, bool* is_promise)`.
    pub fn napi_is_promise(env: napi_env, value: napi_value, is_promise: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_run_script(napi_env env, napi_value script, napi_value* result)`.
    pub fn napi_run_script(
        env: napi_env,
        script: napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_adjust_external_memory(node_api_basic_env env, int64_t change_in_bytes, int64_t* adjusted_value)`.
    pub fn napi_adjust_external_memory(
        env: node_api_basic_env,
        change_in_bytes: i64,
        adjusted_value: *mut i64,
    ) -> napi_status;
    /// Node-API 5. C: `napi_status napi_create_date(napi_env env, double time, napi_value* result)`.
    pub fn napi_create_date(env: napi_env, time: f64, result: *mut napi_value) -> napi_status;
    /// Node-API 5. C: `napi_status napi_is_date(napi_env env, napi_value value, bool* is_date)`.
    pub fn napi_is_date(env: napi_env, value: napi_value, is_date: *mut bool) -> napi_status;
    /// Node-API 5. C: `napi_status napi_get_date_value(napi_env env, napi_value value, double* result)`.
    pub fn napi_get_date_value(env: napi_env, value: napi_value, result: *mut f64) -> napi_status;
    /// Node-API 5. C: `napi_status napi_add_finalizer(napi_env env, napi_value js_object, void* finalize_data, node_api_basic_finalize finalize_cb, void* finalize_hint, napi_ref* result)`.
    pub fn napi_add_finalizer(
        env: napi_env,
        js_object: napi_value,
        finalize_data: *mut c_void,
        finalize_cb: node_api_basic_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_ref,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_create_bigint_int64(napi_env env, int64_t value, napi_value* result)`.
    pub fn napi_create_bigint_int64(
        env: napi_env,
        value: i64,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_create_bigint_uint64(napi_env env, uint64_t value, napi_value* result)`.
    pub fn napi_create_bigint_uint64(
        env: napi_env,
        value: u64,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_create_bigint_words(napi_env env, int sign_bit, size_t word_count, const uint64_t* words, napi_value* result)`.
    pub fn napi_create_bigint_words(
        env: napi_env,
        sign_bit: c_int,
        word_count: usize,
        words: *const u64,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_get_value_bigint_int64(napi_env env, napi_value value, int64_t* result, bool* lossless)`.
    pub fn napi_get_value_bigint_int64(
        env: napi_env,
        value: napi_value,
        result: *mut i64,
        lossless: *mut bool,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_get_value_bigint_uint64(napi_env env, napi_value value, uint64_t* result, bool* lossless)`.
    pub fn napi_get_value_bigint_uint64(
        env: napi_env,
        value: napi_value,
        result: *mut u64,
        lossless: *mut bool,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_get_value_bigint_words(napi_env env, napi_value value, int* sign_bit, size_t* word_count, uint64_t* words)`.
    pub fn napi_get_value_bigint_words(
        env: napi_env,
        value: napi_value,
        sign_bit: *mut c_int,
        word_count: *mut usize,
        words: *mut u64,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_get_all_property_names(napi_env env, napi_value object, napi_key_collection_mode key_mode, napi_key_filter key_filter, napi_key_conversion key_conversion, napi_value* result)`.
    pub fn napi_get_all_property_names(
        env: napi_env,
        object: napi_value,
        key_mode: napi_key_collection_mode,
        key_filter: napi_key_filter,
        key_conversion: napi_key_conversion,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_set_instance_data(node_api_basic_env env, void* data, napi_finalize finalize_cb, void* finalize_hint)`.
    pub fn napi_set_instance_data(
        env: node_api_basic_env,
        data: *mut c_void,
        finalize_cb: napi_finalize,
        finalize_hint: *mut c_void,
    ) -> napi_status;
    /// Node-API 6. C: `napi_status napi_get_instance_data(node_api_basic_env env, void** data)`.
    pub fn napi_get_instance_data(env: node_api_basic_env, data: *mut *mut c_void) -> napi_status;
    /// Node-API 7. C: `napi_status napi_detach_arraybuffer(napi_env env, napi_value arraybuffer)`.
    pub fn napi_detach_arraybuffer(env: napi_env, arraybuffer: napi_value) -> napi_status;
    /// Node-API 7. C: `napi_status napi_is_detached_arraybuffer(napi_env env, napi_value value, bool* result)`.
    pub fn napi_is_detached_arraybuffer(
        env: napi_env,
        value: napi_value,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 8. C: `napi_status napi_type_tag_object(napi_env env, napi_value value, const napi_type_tag* type_tag)`.
    pub fn napi_type_tag_object(
        env: napi_env,
        value: napi_value,
        type_tag: *const napi_type_tag,
    ) -> napi_status;
    /// Node-API 8. C: `napi_status napi_check_object_type_tag(napi_env env, napi_value value, const napi_type_tag* type_tag, bool* result)`.
    pub fn napi_check_object_type_tag(
        env: napi_env,
        value: napi_value,
        type_tag: *const napi_type_tag,
        result: *mut bool,
    ) -> napi_status;
    /// Node-API 8. C: `napi_status napi_object_freeze(napi_env env, napi_value object)`.
    pub fn napi_object_freeze(env: napi_env, object: napi_value) -> napi_status;
    /// Node-API 8. C: `napi_status napi_object_seal(napi_env env, napi_value object)`.
    pub fn napi_object_seal(env: napi_env, object: napi_value) -> napi_status;
}

// Functions declared in node_api.h (32 through Node-API 10).
#[link(wasm_import_module = "napi")]
unsafe extern "C" {
    /// Node-API 1. C: `void napi_module_register(napi_module* mod)`.
    pub fn napi_module_register(mod_: *mut napi_module);
    /// Node-API 1. C: `void napi_fatal_error(const char* location, size_t location_len, const char* message, size_t message_len)`.
    pub fn napi_fatal_error(
        location: *const c_char,
        location_len: usize,
        message: *const c_char,
        message_len: usize,
    ) -> !;
    /// Node-API 1. C: `napi_status napi_async_init(napi_env env, napi_value async_resource, napi_value async_resource_name, napi_async_context* result)`.
    pub fn napi_async_init(
        env: napi_env,
        async_resource: napi_value,
        async_resource_name: napi_value,
        result: *mut napi_async_context,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_async_destroy(napi_env env, napi_async_context async_context)`.
    pub fn napi_async_destroy(env: napi_env, async_context: napi_async_context) -> napi_status;
    /// Node-API 1. C: `napi_status napi_make_callback(napi_env env, napi_async_context async_context, napi_value recv, napi_value func, size_t argc, const napi_value* argv, napi_value* result)`.
    pub fn napi_make_callback(
        env: napi_env,
        async_context: napi_async_context,
        recv: napi_value,
        func: napi_value,
        argc: usize,
        argv: *const napi_value,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_buffer(napi_env env, size_t length, void** data, napi_value* result)`.
    pub fn napi_create_buffer(
        env: napi_env,
        length: usize,
        data: *mut *mut c_void,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_external_buffer(napi_env env, size_t length, void* data, node_api_basic_finalize finalize_cb, void* finalize_hint, napi_value* result)`.
    pub fn napi_create_external_buffer(
        env: napi_env,
        length: usize,
        data: *mut c_void,
        finalize_cb: node_api_basic_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 10. C: `napi_status node_api_create_buffer_from_arraybuffer(napi_env env, napi_value arraybuffer, size_t byte_offset, size_t byte_length, napi_value* result)`.
    pub fn node_api_create_buffer_from_arraybuffer(
        env: napi_env,
        arraybuffer: napi_value,
        byte_offset: usize,
        byte_length: usize,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_buffer_copy(napi_env env, size_t length, const void* data, void** result_data, napi_value* result)`.
    pub fn napi_create_buffer_copy(
        env: napi_env,
        length: usize,
        data: *const c_void,
        result_data: *mut *mut c_void,
        result: *mut napi_value,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_is_buffer(napi_env env, napi_value value, bool* result)`.
    pub fn napi_is_buffer(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_buffer_info(napi_env env, napi_value value, void** data, size_t* length)`.
    pub fn napi_get_buffer_info(
        env: napi_env,
        value: napi_value,
        data: *mut *mut c_void,
        length: *mut usize,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_create_async_work(napi_env env, napi_value async_resource, napi_value async_resource_name, napi_async_execute_callback execute, napi_async_complete_callback complete, void* data, napi_async_work* result)`.
    pub fn napi_create_async_work(
        env: napi_env,
        async_resource: napi_value,
        async_resource_name: napi_value,
        execute: napi_async_execute_callback,
        complete: napi_async_complete_callback,
        data: *mut c_void,
        result: *mut napi_async_work,
    ) -> napi_status;
    /// Node-API 1. C: `napi_status napi_delete_async_work(napi_env env, napi_async_work work)`.
    pub fn napi_delete_async_work(env: napi_env, work: napi_async_work) -> napi_status;
    /// Node-API 1. C: `napi_status napi_queue_async_work(node_api_basic_env env, napi_async_work work)`.
    pub fn napi_queue_async_work(env: node_api_basic_env, work: napi_async_work) -> napi_status;
    /// Node-API 1. C: `napi_status napi_cancel_async_work(node_api_basic_env env, napi_async_work work)`.
    pub fn napi_cancel_async_work(env: node_api_basic_env, work: napi_async_work) -> napi_status;
    /// Node-API 1. C: `napi_status napi_get_node_version(node_api_basic_env env, const napi_node_version** version)`.
    pub fn napi_get_node_version(
        env: node_api_basic_env,
        version: *mut *const napi_node_version,
    ) -> napi_status;
    /// Node-API 2. C: `napi_status napi_get_uv_event_loop(node_api_basic_env env, struct uv_loop_s** loop)`.
    pub fn napi_get_uv_event_loop(
        env: node_api_basic_env,
        loop_: *mut *mut uv_loop_s,
    ) -> napi_status;
    /// Node-API 3. C: `napi_status napi_fatal_exception(napi_env env, napi_value err)`.
    pub fn napi_fatal_exception(env: napi_env, err: napi_value) -> napi_status;
    /// Node-API 3. C: `napi_status napi_add_env_cleanup_hook(node_api_basic_env env, napi_cleanup_hook fun, void* arg)`.
    pub fn napi_add_env_cleanup_hook(
        env: node_api_basic_env,
        fun: napi_cleanup_hook,
        arg: *mut c_void,
    ) -> napi_status;
    /// Node-API 3. C: `napi_status napi_remove_env_cleanup_hook(node_api_basic_env env, napi_cleanup_hook fun, void* arg)`.
    pub fn napi_remove_env_cleanup_hook(
        env: node_api_basic_env,
        fun: napi_cleanup_hook,
        arg: *mut c_void,
    ) -> napi_status;
    /// Node-API 3. C: `napi_status napi_open_callback_scope(napi_env env, napi_value resource_object, napi_async_context context, napi_callback_scope* result)`.
    pub fn napi_open_callback_scope(
        env: napi_env,
        resource_object: napi_value,
        context: napi_async_context,
        result: *mut napi_callback_scope,
    ) -> napi_status;
    /// Node-API 3. C: `napi_status napi_close_callback_scope(napi_env env, napi_callback_scope scope)`.
    pub fn napi_close_callback_scope(env: napi_env, scope: napi_callback_scope) -> napi_status;
    /// Node-API 4. C: `napi_status napi_create_threadsafe_function(napi_env env, napi_value func, napi_value async_resource, napi_value async_resource_name, size_t max_queue_size, size_t initial_thread_count, void* thread_finalize_data, napi_finalize thread_finalize_cb, void* context, napi_threadsafe_function_call_js call_js_cb, napi_threadsafe_function* result)`.
    pub fn napi_create_threadsafe_function(
        env: napi_env,
        func: napi_value,
        async_resource: napi_value,
        async_resource_name: napi_value,
        max_queue_size: usize,
        initial_thread_count: usize,
        thread_finalize_data: *mut c_void,
        thread_finalize_cb: napi_finalize,
        context: *mut c_void,
        call_js_cb: napi_threadsafe_function_call_js,
        result: *mut napi_threadsafe_function,
    ) -> napi_status;
    /// Node-API 4. C: `napi_status napi_get_threadsafe_function_context(napi_threadsafe_function func, void** result)`.
    pub fn napi_get_threadsafe_function_context(
        func: napi_threadsafe_function,
        result: *mut *mut c_void,
    ) -> napi_status;
    /// Node-API 4. C: `napi_status napi_call_threadsafe_function(napi_threadsafe_function func, void* data, napi_threadsafe_function_call_mode is_blocking)`.
    pub fn napi_call_threadsafe_function(
        func: napi_threadsafe_function,
        data: *mut c_void,
        is_blocking: napi_threadsafe_function_call_mode,
    ) -> napi_status;
    /// Node-API 4. C: `napi_status napi_acquire_threadsafe_function(napi_threadsafe_function func)`.
    pub fn napi_acquire_threadsafe_function(func: napi_threadsafe_function) -> napi_status;
    /// Node-API 4. C: `napi_status napi_release_threadsafe_function(napi_threadsafe_function func, napi_threadsafe_function_release_mode mode)`.
    pub fn napi_release_threadsafe_function(
        func: napi_threadsafe_function,
        mode: napi_threadsafe_function_release_mode,
    ) -> napi_status;
    /// Node-API 4. C: `napi_status napi_unref_threadsafe_function(node_api_basic_env env, napi_threadsafe_function func)`.
    pub fn napi_unref_threadsafe_function(
        env: node_api_basic_env,
        func: napi_threadsafe_function,
    ) -> napi_status;
    /// Node-API 4. C: `napi_status napi_ref_threadsafe_function(node_api_basic_env env, napi_threadsafe_function func)`.
    pub fn napi_ref_threadsafe_function(
        env: node_api_basic_env,
        func: napi_threadsafe_function,
    ) -> napi_status;
    /// Node-API 8. C: `napi_status napi_add_async_cleanup_hook(node_api_basic_env env, napi_async_cleanup_hook hook, void* arg, napi_async_cleanup_hook_handle* remove_handle)`.
    pub fn napi_add_async_cleanup_hook(
        env: node_api_basic_env,
        hook: napi_async_cleanup_hook,
        arg: *mut c_void,
        remove_handle: *mut napi_async_cleanup_hook_handle,
    ) -> napi_status;
    /// Node-API 8. C: `napi_status napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle remove_handle)`.
    pub fn napi_remove_async_cleanup_hook(
        remove_handle: napi_async_cleanup_hook_handle,
    ) -> napi_status;
    /// Node-API 9. C: `napi_status node_api_get_module_file_name(node_api_basic_env env, const char** result)`.
    pub fn node_api_get_module_file_name(
        env: node_api_basic_env,
        result: *mut *const c_char,
    ) -> napi_status;
}

// The host reads and writes these records in guest memory at fixed offsets.
#[cfg(target_arch = "wasm32")]
const _: () = {
    assert!(core::mem::size_of::<napi_property_descriptor>() == 32);
    assert!(core::mem::size_of::<napi_extended_error_info>() == 16);
    assert!(core::mem::size_of::<napi_node_version>() == 16);
    assert!(core::mem::size_of::<napi_type_tag>() == 16);
};
