//! Handle scopes opened by the guest (`napi_open_handle_scope` and friends).

use crate::call::Cx;
use crate::guest::GuestPtr;
use crate::handles::{Handle, ScopeId, ScopeKind};
use crate::status::{NapiResult, Status, bail_status, ensure_status};

/// `napi_status napi_open_handle_scope(napi_env env, napi_handle_scope* result)`
pub(crate) fn napi_open_handle_scope(cx: &mut Cx<'_>, result: GuestPtr<u32>) -> NapiResult {
    let result = result.required()?;
    let scope = cx.env.open_scope(ScopeKind::Guest);
    cx.write(result, scope.0)
}

/// Closes a guest scope: it must be the innermost one and opened by the guest with the
/// matching kind (`napi_handle_scope_mismatch` otherwise).
fn close(cx: &Cx<'_>, scope: u32, escapable: bool) -> NapiResult {
    ensure_status!(scope != 0, InvalidArg);
    let Some((innermost, kind)) = cx.env.innermost_scope() else {
        bail_status!(HandleScopeMismatch);
    };
    let kind_matches = match kind {
        ScopeKind::Host => false,
        ScopeKind::Guest => !escapable,
        ScopeKind::Escapable { .. } => escapable,
    };
    if innermost != ScopeId(scope) || !kind_matches {
        bail_status!(HandleScopeMismatch);
    }
    cx.env.close_scope(innermost)
}

/// `napi_status napi_close_handle_scope(napi_env env, napi_handle_scope scope)`
pub(crate) fn napi_close_handle_scope(cx: &mut Cx<'_>, scope: u32) -> NapiResult {
    close(cx, scope, false)
}

/// `napi_status napi_open_escapable_handle_scope(napi_env env, napi_escapable_handle_scope* result)`
pub(crate) fn napi_open_escapable_handle_scope(
    cx: &mut Cx<'_>,
    result: GuestPtr<u32>,
) -> NapiResult {
    let result = result.required()?;
    let scope = cx.env.open_escapable_scope()?;
    cx.write(result, scope.0)
}

/// `napi_status napi_close_escapable_handle_scope(napi_env env, napi_escapable_handle_scope scope)`
pub(crate) fn napi_close_escapable_handle_scope(cx: &mut Cx<'_>, scope: u32) -> NapiResult {
    close(cx, scope, true)
}

/// `napi_status napi_escape_handle(napi_env env, napi_escapable_handle_scope scope, napi_value escapee, napi_value* result)`
///
/// A second escape from the same scope is `napi_escape_called_twice`.
pub(crate) fn napi_escape_handle(
    cx: &mut Cx<'_>,
    scope: u32,
    escapee: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    ensure_status!(scope != 0, InvalidArg);
    let value = cx.value(escapee)?;
    let result = result.required()?;
    let escaped = cx.env.escape(ScopeId(scope), value).map_err(|e| match e {
        crate::status::NapiError::Status(Status::EscapeCalledTwice) => Status::EscapeCalledTwice,
        _ => Status::InvalidArg,
    })?;
    cx.write(result, escaped)
}
