//! Native functions and host objects: JS objects whose behaviour or data lives in Rust.
//!
//! Both are custom QuickJS classes whose opaque pointer is a boxed Rust value, dropped by
//! the class finalizer. Finalizers run inside the engine's GC: the Rust values stored here
//! must not call into JS or the guest when dropped (queue work instead), and must not
//! own `JsValue`s (the cycle collector cannot see them).

use super::class::{self, Brand};
use super::{Js, JsException, JsResult, JsValue};
use rquickjs::qjs;
use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The Rust side of a native function: `(js, call) -> result`.
pub(crate) type NativeFn = dyn Fn(Js, &CallArgs) -> JsResult<JsValue>;

/// The arguments of one native call.
pub(crate) struct CallArgs {
    js: Js,
    this: qjs::JSValue,
    argc: usize,
    argv: *const qjs::JSValue,
    new_target: Option<qjs::JSValue>,
}

impl CallArgs {
    /// Number of arguments passed.
    pub(crate) fn len(&self) -> usize {
        self.argc
    }

    /// Argument `index`, or `undefined` past the end.
    pub(crate) fn arg(&self, index: usize) -> JsValue {
        if index >= self.argc {
            return self.js.undefined();
        }
        // SAFETY: `index < argc`, and QuickJS keeps `argv` alive for the call.
        unsafe { self.js.dup_raw(*self.argv.add(index)) }
    }

    /// The receiver (for `new`, the freshly created object).
    pub(crate) fn this(&self) -> JsValue {
        // SAFETY: `this` is live for the call.
        unsafe { self.js.dup_raw(self.this) }
    }

    /// `new.target` when called as a constructor.
    pub(crate) fn new_target(&self) -> Option<JsValue> {
        // SAFETY: `new_target` is live for the call.
        self.new_target.map(|t| unsafe { self.js.dup_raw(t) })
    }
}

struct HostData(Box<dyn Any>);

/// What kind of function a native function object is.
#[derive(Clone, Copy, Debug)]
pub(super) enum FunctionKind {
    /// An ordinary function; `true`: also a constructor, with a `prototype` object.
    Plain(bool),
    /// A class constructor: `new` creates an instance branded with the class (see
    /// [`class`]); no `prototype` is created here.
    Class(Brand),
    /// A class method (a constructor too, with a `prototype`): a plain call checks that
    /// the receiver carries the brand.
    Method(Brand),
}

/// The opaque of a native function object.
struct NativeFunction {
    func: Box<NativeFn>,
    kind: FunctionKind,
}

pub(super) fn new_class(
    rt: *mut qjs::JSRuntime,
    name: &'static std::ffi::CStr,
    finalizer: qjs::JSClassFinalizer,
    call: qjs::JSClassCall,
) -> qjs::JSClassID {
    let mut id = 0;
    let def = qjs::JSClassDef {
        class_name: name.as_ptr(),
        finalizer,
        gc_mark: None,
        call,
        exotic: std::ptr::null_mut(),
    };
    // SAFETY: `rt` is live; `def` is copied by `JS_NewClass`; `name` is 'static.
    unsafe {
        qjs::JS_NewClassID(rt, &mut id);
        let status = qjs::JS_NewClass(rt, id, &def);
        assert!(status == 0, "QuickJS class registration failed");
    }
    id
}

pub(super) fn register_function_class(rt: *mut qjs::JSRuntime) -> qjs::JSClassID {
    new_class(
        rt,
        c"Function",
        Some(finalize_function),
        Some(call_function),
    )
}

pub(super) fn register_host_object_class(rt: *mut qjs::JSRuntime) -> qjs::JSClassID {
    new_class(rt, c"Object", Some(finalize_host_object), None)
}

unsafe extern "C" fn finalize_function(_rt: *mut qjs::JSRuntime, value: qjs::JSValue) {
    let mut class = 0;
    // SAFETY: this finalizer is only installed on the function class, whose opaque is
    // always a `Box<NativeFunction>` set at creation (or NULL if creation failed).
    unsafe {
        let opaque = qjs::JS_GetAnyOpaque(value, &mut class);
        if !opaque.is_null() {
            drop(Box::from_raw(opaque.cast::<NativeFunction>()));
        }
    }
}

unsafe extern "C" fn finalize_host_object(_rt: *mut qjs::JSRuntime, value: qjs::JSValue) {
    let mut class = 0;
    // SAFETY: this finalizer is only installed on the host-object class, whose opaque is
    // always a `Box<HostData>` set at creation (or NULL if creation failed).
    unsafe {
        let opaque = qjs::JS_GetAnyOpaque(value, &mut class);
        if !opaque.is_null() {
            drop(Box::from_raw(opaque.cast::<HostData>()));
        }
    }
}

/// Creates `this` for a constructor call: an ordinary object whose prototype is
/// `new_target.prototype` (or `Object.prototype` when that is not an object).
fn construct_this(js: Js, new_target: qjs::JSValue) -> JsResult<JsValue> {
    // SAFETY: `new_target` is live for the call; results are owned.
    unsafe {
        let target = js.dup_raw(new_target);
        let proto = js.get_named(&target, b"prototype")?;
        if proto.is_object() {
            js.check(qjs::JS_NewObjectProto(js.ctx, proto.as_raw()))
        } else {
            js.new_object()
        }
    }
}

unsafe extern "C" fn call_function(
    ctx: *mut qjs::JSContext,
    func_obj: qjs::JSValue,
    this_val: qjs::JSValue,
    argc: i32,
    argv: *mut qjs::JSValue,
    flags: i32,
) -> qjs::JSValue {
    let js = Js { ctx };
    let class = js.state().function_class;
    // SAFETY: this call handler is only installed on the function class, whose opaque is
    // a `Box<NativeFunction>` that lives as long as `func_obj` (alive for the call).
    let native = unsafe { &*qjs::JS_GetOpaque(func_obj, class).cast::<NativeFunction>() };
    let func = &native.func;
    let is_construct = flags & qjs::JS_CALL_FLAG_CONSTRUCTOR as i32 != 0;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        if let FunctionKind::Method(brand) = native.kind
            && !is_construct
            && !class::has_brand(js, this_val, brand)
        {
            let error = js.new_error_str(super::ErrorKind::TypeError, "Illegal invocation");
            return Err(JsException(error));
        }
        let this = if is_construct {
            match native.kind {
                FunctionKind::Class(brand) => {
                    // SAFETY: `this_val` (`new.target`) is live for the call.
                    let new_target = unsafe { js.dup_raw(this_val) };
                    class::construct_instance(js, &new_target, brand)?
                }
                _ => construct_this(js, this_val)?,
            }
        } else {
            // SAFETY: `this_val` is live for the call.
            unsafe { js.dup_raw(this_val) }
        };
        let args = CallArgs {
            js,
            this: this.as_raw(),
            argc: usize::try_from(argc).unwrap_or(0),
            argv,
            new_target: is_construct.then_some(this_val),
        };
        let result = func(js, &args)?;
        Ok(if is_construct && !result.is_object() {
            this
        } else {
            result
        })
    }));
    match outcome {
        Ok(Ok(value)) => value.into_raw(),
        Ok(Err(JsException(thrown))) => {
            js.throw(thrown);
            qjs::JS_EXCEPTION
        }
        Err(_) => {
            let error = js.new_error_str(
                super::ErrorKind::Error,
                "napi-host internal error in a native function (this is a bug)",
            );
            js.throw(error);
            qjs::JS_EXCEPTION
        }
    }
}

pub(super) fn new_function(
    js: Js,
    name: &[u8],
    length: u32,
    constructor: bool,
    func: Box<NativeFn>,
) -> JsResult<JsValue> {
    new_native_function(js, name, length, FunctionKind::Plain(constructor), func)
}

pub(super) fn new_native_function(
    js: Js,
    name: &[u8],
    length: u32,
    kind: FunctionKind,
    func: Box<NativeFn>,
) -> JsResult<JsValue> {
    let state = js.state();
    let constructor = !matches!(kind, FunctionKind::Plain(false));
    let func = NativeFunction { func, kind };
    // SAFETY: the function prototype is owned and freed after use; the new object is
    // owned; the opaque box is handed to the object and freed by `finalize_function`.
    let object = unsafe {
        let proto = js.own(qjs::JS_GetFunctionProto(js.ctx));
        let object = js.check(qjs::JS_NewObjectProtoClass(
            js.ctx,
            proto.as_raw(),
            state.function_class,
        ))?;
        qjs::JS_SetOpaque(object.as_raw(), Box::into_raw(Box::new(func)).cast());
        if constructor {
            qjs::JS_SetConstructorBit(js.ctx, object.as_raw(), true);
        }
        object
    };
    let hidden = |value| super::PropertyDefinition {
        value: super::PropertyValue::Data(value),
        writable: false,
        enumerable: false,
        configurable: true,
    };
    js.define_named(&object, b"length", hidden(js.number(f64::from(length))))?;
    js.define_named(&object, b"name", hidden(js.string_from_utf8(name)?))?;
    if constructor && !matches!(kind, FunctionKind::Class(_)) {
        let prototype = js.new_object()?;
        js.define_named(
            &prototype,
            b"constructor",
            super::PropertyDefinition {
                value: super::PropertyValue::Data(object.clone()),
                writable: true,
                enumerable: false,
                configurable: true,
            },
        )?;
        js.define_named(
            &object,
            b"prototype",
            super::PropertyDefinition {
                value: super::PropertyValue::Data(prototype),
                writable: true,
                enumerable: false,
                configurable: false,
            },
        )?;
    }
    Ok(object)
}

pub(super) fn new_host_object(js: Js, data: Box<dyn Any>) -> JsResult<JsValue> {
    let state = js.state();
    // SAFETY: the new object is owned; the opaque box is handed to the object and freed
    // by `finalize_host_object`.
    unsafe {
        let object = js.check(qjs::JS_NewObjectProtoClass(
            js.ctx,
            qjs::JS_NULL,
            state.host_object_class,
        ))?;
        qjs::JS_SetOpaque(
            object.as_raw(),
            Box::into_raw(Box::new(HostData(data))).cast(),
        );
        Ok(object)
    }
}

pub(super) fn host_data<T: 'static>(js: Js, value: &JsValue) -> Option<&T> {
    let class = js.state().host_object_class;
    // SAFETY: objects of the host-object class always carry a `HostData` opaque that
    // lives as long as the object, which `value` keeps alive.
    let data = unsafe {
        qjs::JS_GetOpaque(value.as_raw(), class)
            .cast::<HostData>()
            .as_ref()
    }?;
    data.0.downcast_ref::<T>()
}
