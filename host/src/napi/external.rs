//! External values: opaque guest pointers carried by JS objects.

use crate::call::Cx;
use crate::env::ExternalData;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::references::{Finalizer, NewEntry, Ownership};
use crate::status::{NapiResult, Status};

/// `napi_status napi_create_external(napi_env env, void* data, napi_finalize finalize_cb, void* finalize_hint, napi_value* result)`
///
/// `finalize_cb` (if any) is tracked like a `napi_add_finalizer` finalizer (see
/// [`crate::references`]): it runs from the event loop after the value is collected,
/// never inside the engine's GC, or at env teardown. Like V8's `v8::External`, the value is an
/// object with a `null` prototype that cannot be extended. Entry: `js` (Node uses
/// `NAPI_PREAMBLE`: `napi_pending_exception` while an exception is pending).
pub(crate) fn napi_create_external(
    cx: &mut Cx<'_>,
    data: u32,
    finalize_cb: u32,
    finalize_hint: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    if finalize_cb != 0 {
        cx.env.finalizer(finalize_cb)?;
    }
    let external = ExternalData::new(cx.env, data, None);
    let value = cx.js().new_host_object(Box::new(external))?;
    cx.js().prevent_extensions(&value)?;
    if finalize_cb != 0 {
        let new = NewEntry {
            count: 0,
            ownership: Ownership::Runtime,
            finalizer: Some(Finalizer {
                callback: finalize_cb,
                hint: finalize_hint,
            }),
            data,
            user: false,
        };
        cx.env.references.create(cx.js(), value.clone(), new)?;
    }
    cx.set_result(result, value)
}

/// `napi_status napi_get_value_external(napi_env env, napi_value value, void** result)`
pub(crate) fn napi_get_value_external(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<u32>,
) -> NapiResult {
    let value = cx.value(value)?;
    let result = result.required()?;
    let data = cx
        .js()
        .host_data::<ExternalData>(&value)
        .map(|e| e.data)
        .ok_or(Status::InvalidArg)?;
    cx.write(result, data)
}
