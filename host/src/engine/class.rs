//! Native classes: constructors whose instances carry a *brand*, and methods that check
//! it, like V8's function templates and signatures.
//!
//! A class constructor creates `this` (for `new C`, `super()` in `class D extends C`,
//! `Reflect.construct(C, args, D)`) as an object of a private instance class whose opaque
//! is the constructor's brand, an engine-wide number that is never dereferenced. A
//! method of the class throws `TypeError: Illegal invocation` when called on anything
//! else, as V8 does for template functions with a signature; constructing with a method
//! (`new C.prototype.m()`) is not checked, as in V8.

use super::native::{FunctionKind, NativeFn};
use super::{Js, JsResult, JsValue};
use rquickjs::qjs;
use std::cell::Cell;
use std::num::NonZeroU32;

/// A class identity shared by a constructor, its instances and its methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Brand(NonZeroU32);

/// Engine-wide state of native classes, owned by the engine state.
pub(super) struct ClassState {
    instance_class: qjs::JSClassID,
    next_brand: Cell<u32>,
}

impl ClassState {
    /// Registers the instance class.
    pub(super) fn new(rt: *mut qjs::JSRuntime) -> ClassState {
        ClassState {
            instance_class: super::native::new_class(rt, c"Object", None, None),
            next_brand: Cell::new(1),
        }
    }
}

/// Creates `this` for a construct call of a class constructor: an instance-class object
/// branded `brand`, whose prototype is `new_target.prototype` (or `Object.prototype`
/// when that is not an object, as for ordinary constructors).
pub(super) fn construct_instance(js: Js, new_target: &JsValue, brand: Brand) -> JsResult<JsValue> {
    let mut proto = js.get_named(new_target, b"prototype")?;
    if !proto.is_object() {
        let plain = js.new_object()?;
        // SAFETY: `plain` is live; `JS_GetPrototype` returns an owned reference (here the
        // intrinsic `Object.prototype`).
        proto = unsafe { js.own(qjs::JS_GetPrototype(js.ctx, plain.as_raw())) };
    }
    let class = js.state().class.instance_class;
    // SAFETY: `proto` is live for the call; the result is owned. The opaque is a plain
    // number, never dereferenced, so the instance class needs no finalizer.
    unsafe {
        let object = js.check(qjs::JS_NewObjectProtoClass(js.ctx, proto.as_raw(), class))?;
        let brand = std::ptr::without_provenance_mut(brand.0.get() as usize);
        qjs::JS_SetOpaque(object.as_raw(), brand);
        Ok(object)
    }
}

/// Whether `value` is an instance branded `brand`.
pub(super) fn has_brand(js: Js, value: qjs::JSValue, brand: Brand) -> bool {
    let class = js.state().class.instance_class;
    // SAFETY: `value` is live for the call; the opaque of instance-class objects is a
    // brand number, compared and never dereferenced.
    let opaque = unsafe { qjs::JS_GetOpaque(value, class) };
    opaque as usize == brand.0.get() as usize
}

impl Js {
    /// A new brand, distinct from every other of this engine.
    pub(crate) fn new_brand(self) -> Brand {
        let next = &self.state().class.next_brand;
        let brand = next.get();
        next.set(brand.wrapping_add(1).max(1));
        Brand(NonZeroU32::new(brand).unwrap_or(NonZeroU32::MIN))
    }

    /// A class constructor named `name` whose instances carry `brand`. It has no
    /// `prototype` property yet: the caller defines it (and `prototype.constructor`).
    pub(crate) fn new_class_constructor(
        self,
        name: &[u8],
        brand: Brand,
        func: Box<NativeFn>,
    ) -> JsResult<JsValue> {
        super::native::new_native_function(self, name, 0, FunctionKind::Class(brand), func)
    }

    /// A method of the class `brand`: calling it on anything but an instance throws
    /// `TypeError: Illegal invocation`.
    pub(crate) fn new_method(
        self,
        name: &[u8],
        brand: Brand,
        func: Box<NativeFn>,
    ) -> JsResult<JsValue> {
        super::native::new_native_function(self, name, 0, FunctionKind::Method(brand), func)
    }

    /// `value instanceof constructor` (`Symbol.hasInstance` included).
    pub(crate) fn instance_of(self, value: &JsValue, constructor: &JsValue) -> JsResult<bool> {
        // SAFETY: both values are live for the call.
        let status =
            unsafe { qjs::JS_IsInstanceOf(self.ctx, value.as_raw(), constructor.as_raw()) };
        self.check_int(status).map(|r| r != 0)
    }
}
