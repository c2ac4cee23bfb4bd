//! Instance data: one pointer per addon instance (`napi_set_instance_data`).

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::references::Finalizer;
use crate::status::NapiResult;

/// `napi_status napi_set_instance_data(node_api_basic_env env, void* data, napi_finalize finalize_cb, void* finalize_hint)`
///
/// Replaces the instance data; the previous data's finalizer does not run (Node's
/// contract). `finalize_cb` runs at env teardown, in creation order among the other
/// tracked finalizers (as in Node 20).
pub(crate) fn napi_set_instance_data(
    cx: &mut Cx<'_>,
    data: u32,
    finalize_cb: u32,
    finalize_hint: u32,
) -> NapiResult {
    let finalizer = if finalize_cb == 0 {
        None
    } else {
        cx.env.finalizer(finalize_cb)?;
        Some(Finalizer {
            callback: finalize_cb,
            hint: finalize_hint,
        })
    };
    cx.env.references.set_instance_data(data, finalizer);
    Ok(())
}

/// `napi_status napi_get_instance_data(node_api_basic_env env, void** data)`
///
/// NULL when no data was set.
pub(crate) fn napi_get_instance_data(cx: &mut Cx<'_>, data: GuestPtr<u32>) -> NapiResult {
    let data = data.required()?;
    cx.write(data, cx.env.references.instance_data())
}
