//! `napi_run_script`.

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// `napi_status napi_run_script(napi_env env, napi_value script, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. Compiles and runs the string as a classic
/// global script (sloppy mode, top-level declarations become globals). Statuses:
/// `invalid_arg`, `string_expected` (not a string, nothing thrown); as in Node, a
/// script that fails to compile or throws leaves its exception pending and fails with
/// `napi_generic_failure`.
pub(crate) fn napi_run_script(
    cx: &mut Cx<'_>,
    script: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let script = cx.value(script)?;
    let result = result.required()?;
    ensure_status!(script.is_string(), StringExpected);
    let value = cx
        .js()
        .run_script(&script)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.set_result(result, value)
}
