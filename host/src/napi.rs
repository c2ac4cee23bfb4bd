//! Node-API function bodies, one file per area of the Node-API documentation.
//!
//! Every function is named after its C symbol and takes the [`Cx`] of the call followed
//! by the C parameters (handles as [`Handle`], pointers as [`GuestPtr`]). Bodies check
//! out-pointers first, then inputs, then call the engine; they never record the last
//! error or touch exceptions themselves: [`crate::call::enter`] does.
//!
//! [`Cx`]: crate::call::Cx
//! [`Handle`]: crate::handles::Handle
//! [`GuestPtr`]: crate::guest::GuestPtr

pub(crate) mod array;
pub(crate) mod arraybuffer;
pub(crate) mod async_work;
pub(crate) mod bigint;
pub(crate) mod buffer;
pub(crate) mod callback_scope;
pub(crate) mod class;
pub(crate) mod cleanup;
pub(crate) mod coerce;
pub(crate) mod dataview;
pub(crate) mod date;
pub(crate) mod emnapi;
pub(crate) mod emnapi_node;
pub(crate) mod error;
pub(crate) mod external;
pub(crate) mod function;
pub(crate) mod instance_data;
pub(crate) mod lifecycle;
pub(crate) mod node;
pub(crate) mod object;
pub(crate) mod promise;
pub(crate) mod reference;
pub(crate) mod scope;
pub(crate) mod script;
pub(crate) mod string;
pub(crate) mod symbol;
pub(crate) mod tsfn;
pub(crate) mod typedarray;
pub(crate) mod value;
pub(crate) mod wrap;

use crate::call::Cx;
use crate::engine::{JsException, JsType, JsValue};
use crate::handles::Handle;
use crate::status::{NapiError, NapiResult, Status};

/// Longest C string (names, messages) read from the guest.
pub(crate) const MAX_C_STRING: u32 = 16 << 20;

impl Cx<'_> {
    /// `CHECK_TO_OBJECT`: the handle's value converted with `ToObject`; `napi_invalid_arg`
    /// for NULL, `napi_object_expected` for `undefined`/`null` (whose TypeError stays
    /// pending, as in Node).
    pub(crate) fn to_object(&self, handle: Handle) -> NapiResult<JsValue> {
        let value = self.value(handle)?;
        if value.is_object() {
            return Ok(value);
        }
        self.js()
            .to_object(&value)
            .map_err(self.thrown(Status::ObjectExpected))
    }

    /// For engine calls that Node checks with `CHECK_MAYBE_EMPTY` /
    /// `RETURN_STATUS_IF_FALSE` rather than its `_WITH_PREAMBLE` variants (Node 20's
    /// property and element functions): when JS throws, the exception stays pending and
    /// the call fails with `status` (not `napi_pending_exception`).
    pub(crate) fn thrown(&self, status: Status) -> impl FnOnce(JsException) -> NapiError + '_ {
        move |exception| {
            self.env.set_pending_exception(exception.0);
            NapiError::Status(status)
        }
    }

    /// The handle's value if it is a function, else `status`.
    pub(crate) fn function(&self, handle: Handle, status: Status) -> NapiResult<JsValue> {
        let value = self.value(handle)?;
        if self.js().type_of(&value) == JsType::Function {
            Ok(value)
        } else {
            Err(status.into())
        }
    }

    /// Reads a C string argument (NULL is `napi_invalid_arg`).
    pub(crate) fn c_string(&self, ptr: crate::guest::GuestPtr<u8>) -> NapiResult<Vec<u8>> {
        let ptr = ptr.required()?;
        Ok(self
            .env
            .with_memory(|m| m.c_str(ptr.addr(), MAX_C_STRING).map(<[u8]>::to_vec))??)
    }
}
