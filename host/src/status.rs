//! Node-API status codes and the error type every napi body returns.

use crate::engine::JsValue;

/// A `napi_status` value (`js_native_api_types.h`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum Status {
    /// `napi_ok`
    Ok = 0,
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
    /// `napi_pending_exception`
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
    /// `napi_would_deadlock` (unused by Node, kept for numbering)
    WouldDeadlock,
    /// `napi_no_external_buffers_allowed`
    NoExternalBuffersAllowed,
    /// `napi_cannot_run_js`
    CannotRunJs,
}

impl Status {
    /// Every status, in numeric order.
    pub const ALL: [Status; 24] = [
        Status::Ok,
        Status::InvalidArg,
        Status::ObjectExpected,
        Status::StringExpected,
        Status::NameExpected,
        Status::FunctionExpected,
        Status::NumberExpected,
        Status::BooleanExpected,
        Status::ArrayExpected,
        Status::GenericFailure,
        Status::PendingException,
        Status::Cancelled,
        Status::EscapeCalledTwice,
        Status::HandleScopeMismatch,
        Status::CallbackScopeMismatch,
        Status::QueueFull,
        Status::Closing,
        Status::BigintExpected,
        Status::DateExpected,
        Status::ArraybufferExpected,
        Status::DetachableArraybufferExpected,
        Status::WouldDeadlock,
        Status::NoExternalBuffersAllowed,
        Status::CannotRunJs,
    ];

    /// The message `napi_get_last_error_info` reports for this status (Node's texts).
    pub fn message(self) -> &'static str {
        MESSAGES[self as usize]
    }

    /// The status with this numeric value, if any.
    pub fn from_code(code: i32) -> Option<Status> {
        usize::try_from(code)
            .ok()
            .and_then(|i| Status::ALL.get(i).copied())
    }
}

/// Node's `error_messages` table (`js_native_api_v8.cc`), indexed by status.
const MESSAGES: [&str; 24] = [
    "",
    "Invalid argument",
    "An object was expected",
    "A string was expected",
    "A string or symbol was expected",
    "A function was expected",
    "A number was expected",
    "A boolean was expected",
    "An array was expected",
    "Unknown failure",
    "An exception is pending",
    "The async work item was cancelled",
    "napi_escape_handle already called on scope",
    "Invalid handle scope usage",
    "Invalid callback scope usage",
    "Thread-safe function queue is full",
    "Thread-safe function handle is closing",
    "A bigint was expected",
    "A date was expected",
    "An arraybuffer was expected",
    "A detachable arraybuffer was expected",
    "Main thread would deadlock",
    "External buffers are not allowed",
    "Cannot run JavaScript",
];

/// Why a napi body did not succeed.
#[derive(Debug)]
pub enum NapiError {
    /// A status returned to the guest (and recorded as the last error).
    Status(Status),
    /// JavaScript threw: the value becomes the env's pending exception and the guest
    /// sees `napi_pending_exception`.
    Exception(JsValue),
    /// The guest did something that must stop it (out-of-bounds pointer, poisoned
    /// instance): the wasm call traps.
    Trap(wasmtime::Error),
}

impl From<Status> for NapiError {
    fn from(status: Status) -> Self {
        NapiError::Status(status)
    }
}

impl From<crate::engine::JsException> for NapiError {
    fn from(exception: crate::engine::JsException) -> Self {
        NapiError::Exception(exception.0)
    }
}

impl From<crate::guest::GuestFault> for NapiError {
    fn from(fault: crate::guest::GuestFault) -> Self {
        NapiError::Trap(wasmtime::Error::msg(fault.to_string()))
    }
}

/// The result of a napi body.
pub type NapiResult<T = ()> = Result<T, NapiError>;

/// Returns early from a napi body with the given status.
macro_rules! bail_status {
    ($status:ident) => {
        return Err($crate::status::NapiError::Status(
            $crate::status::Status::$status,
        ))
    };
}
pub(crate) use bail_status;

/// Returns the given status unless the condition holds.
macro_rules! ensure_status {
    ($cond:expr, $status:ident) => {
        if !$cond {
            $crate::status::bail_status!($status);
        }
    };
}
pub(crate) use ensure_status;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_numbered_like_node() {
        for (i, s) in Status::ALL.iter().enumerate() {
            assert_eq!(*s as usize, i);
            assert_eq!(Status::from_code(i as i32), Some(*s));
        }
        assert_eq!(Status::CannotRunJs as i32, 23);
        assert_eq!(Status::from_code(24), None);
        assert_eq!(Status::InvalidArg.message(), "Invalid argument");
    }
}
