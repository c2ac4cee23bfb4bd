//! The import table: every Node-API function the host provides, written once.
//!
//! Each row names the C symbol, the Node-API version that introduced it, its entry kind
//! (see [`Entry`]), its wasm parameters after `env`, and its body. The macro registers
//! each row under the import modules `napi` (node-api-headers, emnapi) and `env`
//! (napi-rs, `--allow-undefined` builds), and produces [`SUPPORTED`] for `inspect`.
//!
//! Two row kinds describe the `node_api.h` functions that take no `napi_env`: `NoEnv`
//! rows (all parameters listed; they return a status and run on the calling instance's
//! env) and `Void` rows (the same, but the C function returns nothing:
//! `napi_module_register`, `napi_fatal_error`).

use crate::addon::Host;
use crate::call::{Entry, enter};
use crate::napi::{
    array, class, error, external, function, instance_data, lifecycle, object, reference, scope,
    string, value, wrap,
};
use crate::napi::{arraybuffer, dataview, typedarray};
use crate::napi::{async_work, buffer, callback_scope, cleanup, node, tsfn};
use crate::napi::{bigint, coerce, date, promise, script, symbol};
use wasmtime::{Caller, Linker};

/// A supported Node-API function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiFunction {
    /// The C symbol.
    pub name: &'static str,
    /// The Node-API version that introduced it.
    pub version: u32,
}

/// Import modules every Node-API function is registered under.
pub const IMPORT_MODULES: [&str; 2] = ["napi", "env"];

macro_rules! napi_imports {
    ($( $name:ident $version:literal $entry:ident ($($arg:ident: $ty:ty),*) => $body:path; )*) => {
        /// Every Node-API function napi-host implements.
        pub const SUPPORTED: &[ApiFunction] = &[
            $( ApiFunction { name: stringify!($name), version: $version }, )*
        ];

        /// Registers every Node-API function in `linker`, plus emnapi's private
        /// last-error hooks.
        pub(crate) fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
            crate::napi::emnapi::add_to_linker(linker)?;
            crate::napi::emnapi_node::add_to_linker(linker)?;
            for module in IMPORT_MODULES {
                $( register_import!(linker, module, $name, $entry, ($($arg: $ty),*), $body); )*
            }
            Ok(())
        }
    };
}

/// Registers one row (see the module docs for the `NoEnv` and `Void` kinds).
macro_rules! register_import {
    ($linker:ident, $module:ident, $name:ident, NoEnv, ($($arg:ident: $ty:ty),*), $body:path) => {
        $linker.func_wrap(
            $module,
            stringify!($name),
            |mut caller: Caller<'_, Host>, $($arg: $ty),*| {
                let env = caller.data().env.id;
                enter(&mut caller, env, Entry::NoEnv, stringify!($name), |cx| {
                    $body(cx $(, $arg.into())*)
                })
            },
        )?;
    };
    ($linker:ident, $module:ident, $name:ident, Void, ($($arg:ident: $ty:ty),*), $body:path) => {
        $linker.func_wrap(
            $module,
            stringify!($name),
            |mut caller: Caller<'_, Host>, $($arg: $ty),*| -> wasmtime::Result<()> {
                let env = caller.data().env.id;
                enter(&mut caller, env, Entry::NoEnv, stringify!($name), |cx| {
                    $body(cx $(, $arg.into())*)
                })
                .map(drop)
            },
        )?;
    };
    ($linker:ident, $module:ident, $name:ident, $entry:ident, ($($arg:ident: $ty:ty),*), $body:path) => {
        $linker.func_wrap(
            $module,
            stringify!($name),
            |mut caller: Caller<'_, Host>, env: u32 $(, $arg: $ty)*| {
                enter(&mut caller, env, Entry::$entry, stringify!($name), |cx| {
                    $body(cx $(, $arg.into())*)
                })
            },
        )?;
    };
}

napi_imports! {
    // ---- errors and exceptions
    napi_get_last_error_info 1 KeepLastError (result: u32) => error::napi_get_last_error_info;
    napi_create_error 1 Basic (code: u32, msg: u32, result: u32) => error::napi_create_error;
    napi_create_type_error 1 Basic (code: u32, msg: u32, result: u32) => error::napi_create_type_error;
    napi_create_range_error 1 Basic (code: u32, msg: u32, result: u32) => error::napi_create_range_error;
    node_api_create_syntax_error 9 Basic (code: u32, msg: u32, result: u32) => error::node_api_create_syntax_error;
    napi_throw 1 Js (error: u32) => error::napi_throw;
    napi_throw_error 1 Js (code: u32, msg: u32) => error::napi_throw_error;
    napi_throw_type_error 1 Js (code: u32, msg: u32) => error::napi_throw_type_error;
    napi_throw_range_error 1 Js (code: u32, msg: u32) => error::napi_throw_range_error;
    node_api_throw_syntax_error 9 Js (code: u32, msg: u32) => error::node_api_throw_syntax_error;
    napi_is_error 1 Basic (value: u32, result: u32) => error::napi_is_error;
    napi_is_exception_pending 1 Basic (result: u32) => error::napi_is_exception_pending;
    napi_get_and_clear_last_exception 1 Basic (result: u32) => error::napi_get_and_clear_last_exception;
    // ---- primitive values
    napi_get_undefined 1 Basic (result: u32) => value::napi_get_undefined;
    napi_get_null 1 Basic (result: u32) => value::napi_get_null;
    napi_get_global 1 Basic (result: u32) => value::napi_get_global;
    napi_get_boolean 1 Basic (value: u32, result: u32) => value::napi_get_boolean;
    napi_create_double 1 Basic (value: f64, result: u32) => value::napi_create_double;
    napi_create_int32 1 Basic (value: i32, result: u32) => value::napi_create_int32;
    napi_create_uint32 1 Basic (value: u32, result: u32) => value::napi_create_uint32;
    napi_create_int64 1 Basic (value: i64, result: u32) => value::napi_create_int64;
    napi_get_value_double 1 Basic (value: u32, result: u32) => value::napi_get_value_double;
    napi_get_value_int32 1 Basic (value: u32, result: u32) => value::napi_get_value_int32;
    napi_get_value_uint32 1 Basic (value: u32, result: u32) => value::napi_get_value_uint32;
    napi_get_value_int64 1 Basic (value: u32, result: u32) => value::napi_get_value_int64;
    napi_get_value_bool 1 Basic (value: u32, result: u32) => value::napi_get_value_bool;
    napi_typeof 1 Basic (value: u32, result: u32) => value::napi_typeof;
    napi_strict_equals 1 Js (lhs: u32, rhs: u32, result: u32) => value::napi_strict_equals;
    // ---- coercion
    napi_coerce_to_bool 1 Js (value: u32, result: u32) => coerce::napi_coerce_to_bool;
    napi_coerce_to_number 1 Js (value: u32, result: u32) => coerce::napi_coerce_to_number;
    napi_coerce_to_object 1 Js (value: u32, result: u32) => coerce::napi_coerce_to_object;
    napi_coerce_to_string 1 Js (value: u32, result: u32) => coerce::napi_coerce_to_string;
    // ---- symbols
    napi_create_symbol 1 Basic (description: u32, result: u32) => symbol::napi_create_symbol;
    node_api_symbol_for 9 Basic (utf8description: u32, length: u32, result: u32) => symbol::node_api_symbol_for;
    // ---- BigInts
    napi_create_bigint_int64 6 Basic (value: i64, result: u32) => bigint::napi_create_bigint_int64;
    napi_create_bigint_uint64 6 Basic (value: u64, result: u32) => bigint::napi_create_bigint_uint64;
    napi_create_bigint_words 6 Js (sign_bit: i32, word_count: u32, words: u32, result: u32) => bigint::napi_create_bigint_words;
    napi_get_value_bigint_int64 6 Basic (value: u32, result: u32, lossless: u32) => bigint::napi_get_value_bigint_int64;
    napi_get_value_bigint_uint64 6 Basic (value: u32, result: u32, lossless: u32) => bigint::napi_get_value_bigint_uint64;
    napi_get_value_bigint_words 6 Basic (value: u32, sign_bit: u32, word_count: u32, words: u32) => bigint::napi_get_value_bigint_words;
    // ---- dates
    napi_create_date 5 Js (time: f64, result: u32) => date::napi_create_date;
    napi_is_date 5 Basic (value: u32, is_date: u32) => date::napi_is_date;
    napi_get_date_value 5 Js (value: u32, result: u32) => date::napi_get_date_value;
    // ---- promises
    napi_create_promise 1 Js (deferred: u32, promise: u32) => promise::napi_create_promise;
    napi_resolve_deferred 1 Js (deferred: u32, resolution: u32) => promise::napi_resolve_deferred;
    napi_reject_deferred 1 Js (deferred: u32, rejection: u32) => promise::napi_reject_deferred;
    napi_is_promise 1 Basic (value: u32, is_promise: u32) => promise::napi_is_promise;
    // ---- scripts
    napi_run_script 1 Js (script: u32, result: u32) => script::napi_run_script;
    // ---- strings
    napi_create_string_latin1 1 Basic (str_: u32, length: u32, result: u32) => string::napi_create_string_latin1;
    napi_create_string_utf8 1 Basic (str_: u32, length: u32, result: u32) => string::napi_create_string_utf8;
    napi_create_string_utf16 1 Basic (str_: u32, length: u32, result: u32) => string::napi_create_string_utf16;
    napi_get_value_string_latin1 1 Basic (value: u32, buf: u32, bufsize: u32, result: u32) => string::napi_get_value_string_latin1;
    napi_get_value_string_utf8 1 Basic (value: u32, buf: u32, bufsize: u32, result: u32) => string::napi_get_value_string_utf8;
    napi_get_value_string_utf16 1 Basic (value: u32, buf: u32, bufsize: u32, result: u32) => string::napi_get_value_string_utf16;
    node_api_create_external_string_latin1 10 Basic (str_: u32, length: u32, finalize_callback: u32, finalize_hint: u32, result: u32, copied: u32) => string::node_api_create_external_string_latin1;
    node_api_create_external_string_utf16 10 Basic (str_: u32, length: u32, finalize_callback: u32, finalize_hint: u32, result: u32, copied: u32) => string::node_api_create_external_string_utf16;
    node_api_create_property_key_latin1 10 Basic (str_: u32, length: u32, result: u32) => string::node_api_create_property_key_latin1;
    node_api_create_property_key_utf8 10 Basic (str_: u32, length: u32, result: u32) => string::node_api_create_property_key_utf8;
    node_api_create_property_key_utf16 10 Basic (str_: u32, length: u32, result: u32) => string::node_api_create_property_key_utf16;
    // ---- objects and properties
    napi_create_object 1 Basic (result: u32) => object::napi_create_object;
    napi_set_property 1 Js (object: u32, key: u32, value: u32) => object::napi_set_property;
    napi_has_property 1 Js (object: u32, key: u32, result: u32) => object::napi_has_property;
    napi_get_property 1 Js (object: u32, key: u32, result: u32) => object::napi_get_property;
    napi_delete_property 1 Js (object: u32, key: u32, result: u32) => object::napi_delete_property;
    napi_has_own_property 1 Js (object: u32, key: u32, result: u32) => object::napi_has_own_property;
    napi_set_named_property 1 Js (object: u32, utf8name: u32, value: u32) => object::napi_set_named_property;
    napi_has_named_property 1 Js (object: u32, utf8name: u32, result: u32) => object::napi_has_named_property;
    napi_get_named_property 1 Js (object: u32, utf8name: u32, result: u32) => object::napi_get_named_property;
    napi_define_properties 1 Js (object: u32, property_count: u32, properties: u32) => object::napi_define_properties;
    napi_get_property_names 1 Js (object: u32, result: u32) => object::napi_get_property_names;
    napi_get_all_property_names 6 Js (object: u32, key_mode: u32, key_filter: u32, key_conversion: u32, result: u32) => object::napi_get_all_property_names;
    napi_object_freeze 8 Js (object: u32) => object::napi_object_freeze;
    napi_object_seal 8 Js (object: u32) => object::napi_object_seal;
    napi_get_prototype 1 Js (object: u32, result: u32) => object::napi_get_prototype;
    // ---- arrays
    napi_create_array 1 Basic (result: u32) => array::napi_create_array;
    napi_create_array_with_length 1 Basic (length: u32, result: u32) => array::napi_create_array_with_length;
    napi_get_array_length 1 Js (value: u32, result: u32) => array::napi_get_array_length;
    napi_is_array 1 Basic (value: u32, result: u32) => array::napi_is_array;
    napi_set_element 1 Js (object: u32, index: u32, value: u32) => array::napi_set_element;
    napi_has_element 1 Js (object: u32, index: u32, result: u32) => array::napi_has_element;
    napi_get_element 1 Js (object: u32, index: u32, result: u32) => array::napi_get_element;
    napi_delete_element 1 Js (object: u32, index: u32, result: u32) => array::napi_delete_element;
    // ---- functions
    napi_create_function 1 Js (utf8name: u32, length: u32, cb: u32, data: u32, result: u32) => function::napi_create_function;
    napi_get_cb_info 1 Basic (cbinfo: u32, argc: u32, argv: u32, this_arg: u32, data: u32) => function::napi_get_cb_info;
    napi_get_new_target 1 Basic (cbinfo: u32, result: u32) => function::napi_get_new_target;
    napi_call_function 1 Js (recv: u32, func: u32, argc: u32, argv: u32, result: u32) => function::napi_call_function;
    napi_new_instance 1 Js (cons: u32, argc: u32, argv: u32, result: u32) => function::napi_new_instance;
    // ---- externals
    napi_create_external 1 Js (data: u32, finalize_cb: u32, finalize_hint: u32, result: u32) => external::napi_create_external;
    napi_get_value_external 1 Basic (value: u32, result: u32) => external::napi_get_value_external;
    // ---- ArrayBuffers, typed arrays, DataViews (memory rules: env/transfer.rs)
    napi_create_arraybuffer 1 Js (byte_length: u32, data: u32, result: u32) => arraybuffer::napi_create_arraybuffer;
    napi_create_external_arraybuffer 1 Js (external_data: u32, byte_length: u32, finalize_cb: u32, finalize_hint: u32, result: u32) => arraybuffer::napi_create_external_arraybuffer;
    napi_get_arraybuffer_info 1 Basic (arraybuffer: u32, data: u32, byte_length: u32) => arraybuffer::napi_get_arraybuffer_info;
    napi_is_arraybuffer 1 Basic (value: u32, result: u32) => arraybuffer::napi_is_arraybuffer;
    napi_detach_arraybuffer 7 Basic (arraybuffer: u32) => arraybuffer::napi_detach_arraybuffer;
    napi_is_detached_arraybuffer 7 Basic (value: u32, result: u32) => arraybuffer::napi_is_detached_arraybuffer;
    node_api_is_sharedarraybuffer 2147483647 Basic (value: u32, result: u32) => arraybuffer::node_api_is_sharedarraybuffer;
    node_api_create_external_sharedarraybuffer 2147483647 Js (external_data: u32, byte_length: u32, finalize_cb: u32, finalize_hint: u32, result: u32) => arraybuffer::node_api_create_external_sharedarraybuffer;
    node_api_set_prototype 2147483647 Js (object: u32, value: u32) => object::node_api_set_prototype;
    node_api_create_object_with_properties 2147483647 Js (prototype_or_null: u32, property_names: u32, property_values: u32, property_count: u32, result: u32) => object::node_api_create_object_with_properties;
    node_api_create_sharedarraybuffer 2147483647 Js (byte_length: u32, data: u32, result: u32) => arraybuffer::node_api_create_sharedarraybuffer;
    napi_adjust_external_memory 1 Basic (change_in_bytes: i64, adjusted_value: u32) => arraybuffer::napi_adjust_external_memory;
    napi_create_typedarray 1 Js (type_: i32, length: u32, arraybuffer: u32, byte_offset: u32, result: u32) => typedarray::napi_create_typedarray;
    napi_get_typedarray_info 1 Basic (typedarray: u32, type_: u32, length: u32, data: u32, arraybuffer: u32, byte_offset: u32) => typedarray::napi_get_typedarray_info;
    napi_is_typedarray 1 Basic (value: u32, result: u32) => typedarray::napi_is_typedarray;
    napi_create_dataview 1 Js (length: u32, arraybuffer: u32, byte_offset: u32, result: u32) => dataview::napi_create_dataview;
    napi_get_dataview_info 1 Basic (dataview: u32, bytelength: u32, data: u32, arraybuffer: u32, byte_offset: u32) => dataview::napi_get_dataview_info;
    napi_is_dataview 1 Basic (value: u32, result: u32) => dataview::napi_is_dataview;
    // ---- references
    napi_create_reference 1 Basic (value: u32, initial_refcount: u32, result: u32) => reference::napi_create_reference;
    napi_delete_reference 1 Basic (ref_: u32) => reference::napi_delete_reference;
    napi_reference_ref 1 Basic (ref_: u32, result: u32) => reference::napi_reference_ref;
    napi_reference_unref 1 Basic (ref_: u32, result: u32) => reference::napi_reference_unref;
    napi_get_reference_value 1 Basic (ref_: u32, result: u32) => reference::napi_get_reference_value;
    // ---- object wrap, type tags, finalizers
    napi_wrap 1 Js (js_object: u32, native_object: u32, finalize_cb: u32, finalize_hint: u32, result: u32) => wrap::napi_wrap;
    napi_unwrap 1 Js (js_object: u32, result: u32) => wrap::napi_unwrap;
    napi_remove_wrap 1 Js (js_object: u32, result: u32) => wrap::napi_remove_wrap;
    napi_add_finalizer 5 Basic (js_object: u32, finalize_data: u32, finalize_cb: u32, finalize_hint: u32, result: u32) => wrap::napi_add_finalizer;
    napi_type_tag_object 8 Js (value: u32, type_tag: u32) => wrap::napi_type_tag_object;
    napi_check_object_type_tag 8 Js (value: u32, type_tag: u32, result: u32) => wrap::napi_check_object_type_tag;
    node_api_post_finalizer 2147483647 Basic (finalize_cb: u32, finalize_data: u32, finalize_hint: u32) => wrap::node_api_post_finalizer;
    // ---- classes
    napi_define_class 1 Js (utf8name: u32, length: u32, constructor: u32, data: u32, property_count: u32, properties: u32, result: u32) => class::napi_define_class;
    napi_instanceof 1 Js (object: u32, constructor: u32, result: u32) => class::napi_instanceof;
    // ---- instance data
    napi_set_instance_data 6 Basic (data: u32, finalize_cb: u32, finalize_hint: u32) => instance_data::napi_set_instance_data;
    napi_get_instance_data 6 Basic (data: u32) => instance_data::napi_get_instance_data;
    // ---- handle scopes
    napi_open_handle_scope 1 Basic (result: u32) => scope::napi_open_handle_scope;
    napi_close_handle_scope 1 Basic (scope: u32) => scope::napi_close_handle_scope;
    napi_open_escapable_handle_scope 1 Basic (result: u32) => scope::napi_open_escapable_handle_scope;
    napi_close_escapable_handle_scope 1 Basic (scope: u32) => scope::napi_close_escapable_handle_scope;
    napi_escape_handle 1 Basic (scope: u32, escapee: u32, result: u32) => scope::napi_escape_handle;
    // ---- lifecycle
    napi_get_version 1 Basic (result: u32) => lifecycle::napi_get_version;
    // ==== node_api.h (wit interface `node-api`)
    // ---- async work
    napi_create_async_work 1 Basic (async_resource: u32, async_resource_name: u32, execute: u32, complete: u32, data: u32, result: u32) => async_work::napi_create_async_work;
    napi_delete_async_work 1 Basic (work: u32) => async_work::napi_delete_async_work;
    napi_queue_async_work 1 Basic (work: u32) => async_work::napi_queue_async_work;
    napi_cancel_async_work 1 Basic (work: u32) => async_work::napi_cancel_async_work;
    // ---- thread-safe functions
    napi_create_threadsafe_function 4 Basic (func: u32, async_resource: u32, async_resource_name: u32, max_queue_size: u32, initial_thread_count: u32, thread_finalize_data: u32, thread_finalize_cb: u32, context: u32, call_js_cb: u32, result: u32) => tsfn::napi_create_threadsafe_function;
    napi_get_threadsafe_function_context 4 NoEnv (func: u32, result: u32) => tsfn::napi_get_threadsafe_function_context;
    napi_call_threadsafe_function 4 NoEnv (func: u32, data: u32, is_blocking: u32) => tsfn::napi_call_threadsafe_function;
    napi_acquire_threadsafe_function 4 NoEnv (func: u32) => tsfn::napi_acquire_threadsafe_function;
    napi_release_threadsafe_function 4 NoEnv (func: u32, mode: u32) => tsfn::napi_release_threadsafe_function;
    napi_unref_threadsafe_function 4 KeepLastError (func: u32) => tsfn::napi_unref_threadsafe_function;
    napi_ref_threadsafe_function 4 KeepLastError (func: u32) => tsfn::napi_ref_threadsafe_function;
    // ---- cleanup hooks
    napi_add_env_cleanup_hook 3 Basic (fun: u32, arg: u32) => cleanup::napi_add_env_cleanup_hook;
    napi_remove_env_cleanup_hook 3 Basic (fun: u32, arg: u32) => cleanup::napi_remove_env_cleanup_hook;
    napi_add_async_cleanup_hook 8 Basic (hook: u32, arg: u32, remove_handle: u32) => cleanup::napi_add_async_cleanup_hook;
    napi_remove_async_cleanup_hook 8 NoEnv (remove_handle: u32) => cleanup::napi_remove_async_cleanup_hook;
    // ---- async contexts and callback scopes
    napi_async_init 1 Basic (async_resource: u32, async_resource_name: u32, result: u32) => callback_scope::napi_async_init;
    napi_async_destroy 1 Basic (async_context: u32) => callback_scope::napi_async_destroy;
    napi_open_callback_scope 3 Basic (resource_object: u32, context: u32, result: u32) => callback_scope::napi_open_callback_scope;
    napi_close_callback_scope 3 Basic (scope: u32) => callback_scope::napi_close_callback_scope;
    napi_make_callback 1 Js (async_context: u32, recv: u32, func: u32, argc: u32, argv: u32, result: u32) => callback_scope::napi_make_callback;
    // ---- process
    napi_module_register 1 Void (mod_: u32) => node::napi_module_register;
    napi_fatal_error 1 Void (location: u32, location_len: u32, message: u32, message_len: u32) => node::napi_fatal_error;
    napi_fatal_exception 3 Js (err: u32) => node::napi_fatal_exception;
    napi_get_node_version 1 Basic (result: u32) => node::napi_get_node_version;
    napi_get_uv_event_loop 2 Basic (loop_: u32) => node::napi_get_uv_event_loop;
    node_api_get_module_file_name 9 Basic (result: u32) => node::node_api_get_module_file_name;
    // ---- buffers
    napi_create_buffer 1 Js (length: u32, data: u32, result: u32) => buffer::napi_create_buffer;
    napi_create_external_buffer 1 Js (length: u32, data: u32, finalize_cb: u32, finalize_hint: u32, result: u32) => buffer::napi_create_external_buffer;
    napi_create_buffer_copy 1 Js (length: u32, data: u32, result_data: u32, result: u32) => buffer::napi_create_buffer_copy;
    node_api_create_buffer_from_arraybuffer 10 Js (arraybuffer: u32, byte_offset: u32, byte_length: u32, result: u32) => buffer::node_api_create_buffer_from_arraybuffer;
    napi_is_buffer 1 Basic (value: u32, result: u32) => buffer::napi_is_buffer;
    napi_get_buffer_info 1 Basic (value: u32, data: u32, length: u32) => buffer::napi_get_buffer_info;
}

#[cfg(test)]
mod tests {
    use super::SUPPORTED;

    #[test]
    fn every_function_is_listed_once() {
        let mut names: Vec<_> = SUPPORTED.iter().map(|f| f.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }
}
