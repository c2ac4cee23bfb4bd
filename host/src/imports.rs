//! The import table: every Node-API function the host provides, written once.
//!
//! Each row names the C symbol, the Node-API version that introduced it, its entry kind
//! (see [`Entry`]), its wasm parameters after `env`, and its body. The macro registers
//! each row under the import modules `napi` (node-api-headers, emnapi) and `env`
//! (napi-rs, `--allow-undefined` builds), and produces [`SUPPORTED`] for `inspect`.

use crate::addon::Host;
use crate::call::{Entry, enter};
use crate::napi::{array, error, external, function, lifecycle, object, scope, string, value};
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
            for module in IMPORT_MODULES {
                $(
                    linker.func_wrap(
                        module,
                        stringify!($name),
                        |mut caller: Caller<'_, Host>, env: u32 $(, $arg: $ty)*| {
                            enter(&mut caller, env, Entry::$entry, stringify!($name), |cx| {
                                $body(cx $(, $arg.into())*)
                            })
                        },
                    )?;
                )*
            }
            Ok(())
        }
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
    // ---- strings
    napi_create_string_latin1 1 Basic (str_: u32, length: u32, result: u32) => string::napi_create_string_latin1;
    napi_create_string_utf8 1 Basic (str_: u32, length: u32, result: u32) => string::napi_create_string_utf8;
    napi_create_string_utf16 1 Basic (str_: u32, length: u32, result: u32) => string::napi_create_string_utf16;
    napi_get_value_string_latin1 1 Basic (value: u32, buf: u32, bufsize: u32, result: u32) => string::napi_get_value_string_latin1;
    napi_get_value_string_utf8 1 Basic (value: u32, buf: u32, bufsize: u32, result: u32) => string::napi_get_value_string_utf8;
    napi_get_value_string_utf16 1 Basic (value: u32, buf: u32, bufsize: u32, result: u32) => string::napi_get_value_string_utf16;
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
    // ---- handle scopes
    napi_open_handle_scope 1 Basic (result: u32) => scope::napi_open_handle_scope;
    napi_close_handle_scope 1 Basic (scope: u32) => scope::napi_close_handle_scope;
    napi_open_escapable_handle_scope 1 Basic (result: u32) => scope::napi_open_escapable_handle_scope;
    napi_close_escapable_handle_scope 1 Basic (scope: u32) => scope::napi_close_escapable_handle_scope;
    napi_escape_handle 1 Basic (scope: u32, escapee: u32, result: u32) => scope::napi_escape_handle;
    // ---- lifecycle
    napi_get_version 1 Basic (result: u32) => lifecycle::napi_get_version;
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
