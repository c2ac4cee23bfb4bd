//! Functions: creating napi functions, callback info, calling JS and constructing.

use crate::abi::NAPI_AUTO_LENGTH;
use crate::call::Cx;
use crate::engine::JsValue;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// A JS function that runs guest callback `cb` (a table index) with `data`.
pub(crate) fn new_function(cx: &Cx<'_>, name: &[u8], cb: u32, data: u32) -> NapiResult<JsValue> {
    // Resolve the callback now, so a bad table index fails here.
    let cb = cx.env.callback(cb)?;
    let env = cx.env.clone();
    let function = cx.js().new_function(
        name,
        0,
        true,
        Box::new(move |_js, call| env.invoke(&cb, data, call)),
    )?;
    Ok(function)
}

/// `napi_status napi_create_function(napi_env env, const char* utf8name, size_t length, napi_callback cb, void* data, napi_value* result)`
pub(crate) fn napi_create_function(
    cx: &mut Cx<'_>,
    utf8name: u32,
    length: u32,
    cb: u32,
    data: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    ensure_status!(cb != 0, InvalidArg);
    let name = if utf8name == 0 {
        Vec::new()
    } else {
        ensure_status!(
            length == NAPI_AUTO_LENGTH || length <= i32::MAX as u32,
            InvalidArg
        );
        cx.env.with_memory(|m| {
            m.str_with_len(utf8name, length, super::MAX_C_STRING)
                .map(<[u8]>::to_vec)
        })??
    };
    let function = new_function(cx, &name, cb, data)?;
    cx.set_result(result, function)
}

/// `napi_status napi_get_cb_info(napi_env env, napi_callback_info cbinfo, size_t* argc, napi_value* argv, napi_value* this_arg, void** data)`
///
/// Writes up to `*argc` arguments to `argv`, pads the rest of `argv` with `undefined`,
/// then sets `*argc` to the actual count.
pub(crate) fn napi_get_cb_info(
    cx: &mut Cx<'_>,
    cbinfo: u32,
    argc: GuestPtr<u32>,
    argv: GuestPtr<Handle>,
    this_arg: GuestPtr<Handle>,
    data: GuestPtr<u32>,
) -> NapiResult {
    ensure_status!(cbinfo != 0, InvalidArg);
    let (this, first_arg, actual, user_data) = cx
        .env
        .with_frame(cbinfo, |f| (f.this, f.first_arg, f.argc, f.data))?;
    if !argv.is_null() {
        argc.required()?;
    }
    // One pass over guest memory for every out-parameter.
    cx.env.with_memory(|m| -> NapiResult {
        if let Some(argv) = argv.non_null() {
            let capacity = m.read(argc)?;
            for i in 0..capacity {
                let handle = if i < actual {
                    Handle(first_arg.0 + i)
                } else {
                    Handle::UNDEFINED
                };
                m.write(argv.add(i), handle)?;
            }
        }
        if let Some(argc) = argc.non_null() {
            m.write(argc, actual)?;
        }
        if let Some(this_arg) = this_arg.non_null() {
            m.write(this_arg, this)?;
        }
        if let Some(data) = data.non_null() {
            m.write(data, user_data)?;
        }
        Ok(())
    })?
}

/// `napi_status napi_get_new_target(napi_env env, napi_callback_info cbinfo, napi_value* result)`
///
/// Writes NULL when the callback was not called with `new`.
pub(crate) fn napi_get_new_target(
    cx: &mut Cx<'_>,
    cbinfo: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    ensure_status!(cbinfo != 0, InvalidArg);
    let result = result.required()?;
    let target = cx.env.with_frame(cbinfo, |f| f.new_target)?;
    cx.write(result, target.unwrap_or(Handle::NULL))
}

/// Reads `argc` argument handles from `argv` (NULL allowed only when `argc` is 0).
fn read_args(cx: &Cx<'_>, argc: u32, argv: GuestPtr<Handle>) -> NapiResult<Vec<JsValue>> {
    if argc > 0 {
        argv.required()?;
    }
    (0..argc).map(|i| cx.value(cx.read(argv.add(i))?)).collect()
}

/// `napi_status napi_call_function(napi_env env, napi_value recv, napi_value func, size_t argc, const napi_value* argv, napi_value* result)`
pub(crate) fn napi_call_function(
    cx: &mut Cx<'_>,
    recv: Handle,
    func: Handle,
    argc: u32,
    argv: GuestPtr<Handle>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let recv = cx.value(recv)?;
    let args = read_args(cx, argc, argv)?;
    let func = cx.function(func, Status::InvalidArg)?;
    let value = cx.js().call(&func, &recv, &args)?;
    match result.non_null() {
        Some(result) => cx.set_result(result, value),
        None => Ok(()),
    }
}

/// `napi_status napi_new_instance(napi_env env, napi_value cons, size_t argc, const napi_value* argv, napi_value* result)`
pub(crate) fn napi_new_instance(
    cx: &mut Cx<'_>,
    cons: Handle,
    argc: u32,
    argv: GuestPtr<Handle>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let cons = cx.value(cons)?;
    let args = read_args(cx, argc, argv)?;
    let result = result.required()?;
    ensure_status!(cx.js().is_function(&cons), InvalidArg);
    let value = cx.js().construct(&cons, &args)?;
    cx.set_result(result, value)
}
