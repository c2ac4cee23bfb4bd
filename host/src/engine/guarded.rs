//! Length-guarded functions: a function that hands each call, unchanged (receiver and
//! arguments), to one of two targets, `fast` when every array the call would walk is a
//! short real Array and `slow` otherwise.
//!
//! napi-host's interruptible Array built-ins (`runtime/js/internal_interruptible_arrays.js`)
//! are made of these: QuickJS's native method is `fast`, and `slow` is a path whose
//! loops poll the deadline. The choice runs no JS: it looks at object classes, array
//! lengths and own data properties only, so it is not observable.

use super::{Js, JsResult, JsValue};
use rquickjs::qjs;
use std::ffi::c_int;

/// What a guarded call checks before it takes the fast target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LengthGuard {
    /// The receiver is a real Array (not a Proxy) of at most `max_length` elements.
    Receiver,
    /// The receiver and every object argument are real Arrays of at most `max_length`
    /// elements in all (`concat`).
    ReceiverAndArguments,
    /// The receiver is a real Array whose elements, as deep as the first argument asks
    /// (absent, `undefined` or a number: `flat`'s depth), are data properties, the
    /// arrays among them real Arrays, at most `max_length` elements in all (`flat`).
    Nested,
}

impl LengthGuard {
    fn from_magic(magic: c_int) -> LengthGuard {
        match magic {
            0 => LengthGuard::Receiver,
            1 => LengthGuard::ReceiverAndArguments,
            _ => LengthGuard::Nested,
        }
    }

    fn magic(self) -> c_int {
        match self {
            LengthGuard::Receiver => 0,
            LengthGuard::ReceiverAndArguments => 1,
            LengthGuard::Nested => 2,
        }
    }
}

/// Nesting the `Nested` check follows before it gives the call to `slow`.
const MAX_NESTING: u32 = 32;

impl Js {
    /// A function named `name` with `length` that calls `fast` or `slow` as `guard`
    /// decides, passing its receiver and arguments through.
    pub(crate) fn new_length_guarded(
        self,
        name: &std::ffi::CStr,
        length: u32,
        fast: &JsValue,
        slow: &JsValue,
        guard: LengthGuard,
        max_length: u32,
    ) -> JsResult<JsValue> {
        let mut data = [
            fast.as_raw(),
            slow.as_raw(),
            self.number(f64::from(max_length)).into_raw(),
        ];
        let length = c_int::try_from(length).unwrap_or(c_int::MAX);
        // SAFETY: `data` holds live values, which `JS_NewCFunctionData2` duplicates into
        // the function (their marks keep them alive); the result is owned; the number in
        // `data[2]` is not reference counted.
        unsafe {
            self.check(qjs::JS_NewCFunctionData2(
                self.ctx,
                Some(guarded_call),
                name.as_ptr(),
                length,
                guard.magic(),
                3,
                data.as_mut_ptr(),
            ))
        }
    }
}

/// An exception is pending in the context.
struct Thrown;

unsafe extern "C" fn guarded_call(
    ctx: *mut qjs::JSContext,
    this: qjs::JSValue,
    argc: c_int,
    argv: *mut qjs::JSValue,
    magic: c_int,
    data: *mut qjs::JSValue,
) -> qjs::JSValue {
    // Nothing below can panic: no unwinding crosses this C frame.
    // SAFETY: QuickJS passes the three values given to `JS_NewCFunctionData2` and
    // `argc` live arguments; none of them is freed during the call.
    unsafe {
        let (fast, slow, max) = (*data, *data.add(1), *data.add(2));
        let args = match usize::try_from(argc) {
            Ok(len) if len > 0 && !argv.is_null() => std::slice::from_raw_parts(argv, len),
            _ => &[],
        };
        let mut budget = number(max).map_or(0, |max| max as i64);
        let verdict = match LengthGuard::from_magic(magic) {
            LengthGuard::Receiver => take_array(ctx, this, &mut budget).map(|l| l.is_some()),
            LengthGuard::ReceiverAndArguments => take_arrays(ctx, this, args, &mut budget),
            LengthGuard::Nested => match flat_depth(args.first().copied()) {
                Some(depth) => take_nested(ctx, this, depth, 0, &mut budget),
                None => Ok(false),
            },
        };
        match verdict {
            Ok(is_fast) => qjs::JS_Call(ctx, if is_fast { fast } else { slow }, this, argc, argv),
            Err(Thrown) => qjs::JS_EXCEPTION,
        }
    }
}

/// A value's tag (`JS_TAG_*`).
fn tag(value: qjs::JSValue) -> i32 {
    // SAFETY: reading a value's tag has no preconditions.
    unsafe { qjs::JS_VALUE_GET_TAG(value) }
}

/// A number's value.
fn number(value: qjs::JSValue) -> Option<f64> {
    // SAFETY: the payload is read as the kind of number the tag says it holds.
    unsafe {
        match tag(value) {
            qjs::JS_TAG_INT => Some(f64::from(qjs::JS_VALUE_GET_INT(value))),
            qjs::JS_TAG_FLOAT64 => Some(qjs::JS_VALUE_GET_FLOAT64(value)),
            _ => None,
        }
    }
}

/// `flat`'s depth from its first argument, when converting it runs no JS.
fn flat_depth(argument: Option<qjs::JSValue>) -> Option<f64> {
    let depth = match argument {
        None => 1.0,
        Some(value) if tag(value) == qjs::JS_TAG_UNDEFINED => 1.0,
        Some(value) => number(value)?,
    };
    Some(if depth.is_nan() { 0.0 } else { depth.trunc() })
}

/// The length of a real Array (not a Proxy), or `None`.
///
/// # Safety
/// `value` must be a live value of `ctx`.
unsafe fn array_length(
    ctx: *mut qjs::JSContext,
    value: qjs::JSValue,
) -> Result<Option<i64>, Thrown> {
    // SAFETY: `value` is live. The length of a real Array is its own data property:
    // reading it runs no JS.
    unsafe {
        if !qjs::JS_IsArray(value) {
            return Ok(None);
        }
        let mut length = 0i64;
        if qjs::JS_GetLength(ctx, value, &mut length) < 0 {
            return Err(Thrown);
        }
        Ok(Some(length))
    }
}

/// The length of `value` when it is a real Array of at most `budget` elements, taken
/// from the budget.
///
/// # Safety
/// `value` must be a live value of `ctx`.
unsafe fn take_array(
    ctx: *mut qjs::JSContext,
    value: qjs::JSValue,
    budget: &mut i64,
) -> Result<Option<i64>, Thrown> {
    // SAFETY: forwarded from the caller.
    match unsafe { array_length(ctx, value) }? {
        Some(length) if length <= *budget => {
            *budget -= length;
            Ok(Some(length))
        }
        _ => Ok(None),
    }
}

/// Whether the receiver and every object argument are real Arrays of at most `budget`
/// elements in all.
///
/// # Safety
/// `this` and `args` must be live values of `ctx`.
unsafe fn take_arrays(
    ctx: *mut qjs::JSContext,
    this: qjs::JSValue,
    args: &[qjs::JSValue],
    budget: &mut i64,
) -> Result<bool, Thrown> {
    for &value in std::iter::once(&this).chain(args) {
        // SAFETY: `value` is live.
        if tag(value) == qjs::JS_TAG_OBJECT && unsafe { take_array(ctx, value, budget) }?.is_none()
        {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether `array` and the arrays in it, down to `depth`, hold only own data properties
/// and at most `budget` elements in all; takes them from it.
///
/// # Safety
/// `array` must be a live value of `ctx`.
unsafe fn take_nested(
    ctx: *mut qjs::JSContext,
    array: qjs::JSValue,
    depth: f64,
    nesting: u32,
    budget: &mut i64,
) -> Result<bool, Thrown> {
    // SAFETY: `array` is live.
    let Some(length) = unsafe { take_array(ctx, array, budget) }? else {
        return Ok(false);
    };
    if depth < 1.0 {
        return Ok(true);
    }
    for index in 0..length {
        // SAFETY: `array` is live.
        let Some(element) = unsafe { own_data_element(ctx, array, index) }? else {
            return Ok(false);
        };
        // SAFETY: `element` is an owned value of `ctx`, released exactly once here.
        let fine = unsafe {
            let fine = if qjs::JS_IsArray(element) {
                if nesting < MAX_NESTING {
                    take_nested(ctx, element, depth - 1.0, nesting + 1, budget)
                } else {
                    Ok(false)
                }
            } else {
                Ok(!qjs::JS_IsProxy(element))
            };
            qjs::JS_FreeValue(ctx, element);
            fine
        };
        if !fine? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The value of `array[index]` when it is an own data property (not a hole, not an
/// accessor), owned.
///
/// # Safety
/// `array` must be a live value of `ctx`.
unsafe fn own_data_element(
    ctx: *mut qjs::JSContext,
    array: qjs::JSValue,
    index: i64,
) -> Result<Option<qjs::JSValue>, Thrown> {
    let Ok(index) = u32::try_from(index) else {
        return Ok(None);
    };
    // SAFETY: the atom is created and freed here; `descriptor` is filled by
    // `JS_GetOwnProperty` only when it returns 1, and then owns its three values.
    unsafe {
        let atom = qjs::JS_NewAtomUInt32(ctx, index);
        if atom == qjs::JS_ATOM_NULL {
            return Err(Thrown);
        }
        let mut descriptor = std::mem::zeroed::<qjs::JSPropertyDescriptor>();
        let found = qjs::JS_GetOwnProperty(ctx, &mut descriptor, array, atom);
        qjs::JS_FreeAtom(ctx, atom);
        match found {
            1 => {}
            0 => return Ok(None),
            _ => return Err(Thrown),
        }
        qjs::JS_FreeValue(ctx, descriptor.getter);
        qjs::JS_FreeValue(ctx, descriptor.setter);
        if descriptor.flags & qjs::JS_PROP_GETSET as c_int != 0 {
            qjs::JS_FreeValue(ctx, descriptor.value);
            return Ok(None);
        }
        Ok(Some(descriptor.value))
    }
}
