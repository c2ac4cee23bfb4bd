//! Version and lifecycle queries.

use crate::abi::NAPI_VERSION;
use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::status::NapiResult;

/// `napi_status napi_get_version(node_api_basic_env env, uint32_t* result)`
///
/// The highest Node-API version napi-host implements.
pub(crate) fn napi_get_version(cx: &mut Cx<'_>, result: GuestPtr<u32>) -> NapiResult {
    let result = result.required()?;
    cx.write(result, NAPI_VERSION)
}
