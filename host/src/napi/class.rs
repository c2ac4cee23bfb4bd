//! Classes: `napi_define_class` and `napi_instanceof`.
//!
//! A class is a native constructor (see `engine/class.rs`) whose instances carry the
//! class's brand. Instance properties go on `prototype`, as V8's prototype template
//! would put them: methods are named after their (string) key and check their receiver
//! (`TypeError: Illegal invocation`, V8's signature check); accessors are unnamed and
//! unchecked. `constructor` is defined last, as in V8. `napi_static` properties are
//! then defined on the constructor exactly as `napi_define_properties` would.

use crate::abi::{NAPI_AUTO_LENGTH, property_attributes as attr};
use crate::call::Cx;
use crate::engine::{Brand, ErrorKind, JsValue, PropertyDefinition, PropertyValue};
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::napi::object::Descriptor;
use crate::status::{NapiResult, Status, ensure_status};

/// A guest callback as a method of class `brand`, named `name`.
fn new_method(cx: &Cx<'_>, name: &[u8], brand: Brand, cb: u32, data: u32) -> NapiResult<JsValue> {
    let cb = cx.env.callback(cb)?;
    let env = cx.env.clone();
    let method = cx.js().new_method(
        name,
        brand,
        Box::new(move |_js, call| env.invoke(&cb, data, call)),
    )?;
    Ok(method)
}

/// The prototype property a non-static descriptor defines.
fn instance_property(
    cx: &Cx<'_>,
    descriptor: &Descriptor,
    key: &JsValue,
    brand: Brand,
) -> NapiResult<PropertyDefinition> {
    if descriptor.getter != 0 || descriptor.setter != 0 || descriptor.method == 0 {
        return descriptor.definition(cx);
    }
    let name = if key.is_string() {
        cx.js().to_utf8(key)?.bytes().to_vec()
    } else {
        Vec::new()
    };
    Ok(PropertyDefinition {
        value: PropertyValue::Data(new_method(
            cx,
            &name,
            brand,
            descriptor.method,
            descriptor.data,
        )?),
        writable: descriptor.attributes & attr::WRITABLE != 0,
        enumerable: descriptor.attributes & attr::ENUMERABLE != 0,
        configurable: descriptor.attributes & attr::CONFIGURABLE != 0,
    })
}

/// A hidden data property (`writable`, not enumerable).
fn hidden(value: JsValue, configurable: bool) -> PropertyDefinition {
    PropertyDefinition {
        value: PropertyValue::Data(value),
        writable: true,
        enumerable: false,
        configurable,
    }
}

/// `napi_status napi_define_class(napi_env env, const char* utf8name, size_t length, napi_callback constructor, void* data, size_t property_count, const napi_property_descriptor* properties, napi_value* result)`
///
/// Statuses: `invalid_arg` (NULL `result`, `constructor`, `utf8name`, or `properties`
/// with a count), `name_expected`; a failing static property returns its
/// `napi_define_properties` status, with `result` already written (as in Node).
#[expect(clippy::too_many_arguments, reason = "mirrors the C signature")]
pub(crate) fn napi_define_class(
    cx: &mut Cx<'_>,
    utf8name: u32,
    length: u32,
    constructor: u32,
    data: u32,
    property_count: u32,
    properties: GuestPtr<u8>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    ensure_status!(constructor != 0, InvalidArg);
    if property_count > 0 {
        properties.required()?;
    }
    let constructor = cx.env.callback(constructor)?;
    ensure_status!(
        length == NAPI_AUTO_LENGTH || length <= i32::MAX as u32,
        InvalidArg
    );
    ensure_status!(utf8name != 0, InvalidArg);
    let name = cx.env.with_memory(|m| {
        m.str_with_len(utf8name, length, super::MAX_C_STRING)
            .map(<[u8]>::to_vec)
    })??;
    let js = cx.js();
    let brand = js.new_brand();
    let env = cx.env.clone();
    let class = js.new_class_constructor(
        &name,
        brand,
        Box::new(move |_js, call| env.invoke(&constructor, data, call)),
    )?;
    let prototype = js.new_object()?;
    let mut statics = Vec::new();
    for i in 0..property_count {
        let descriptor = Descriptor::read(cx, properties, i)?;
        if descriptor.attributes & attr::STATIC != 0 {
            statics.push(descriptor);
            continue;
        }
        let key = descriptor.key(cx)?;
        let definition = instance_property(cx, &descriptor, &key, brand)?;
        js.define_property(&prototype, &key, definition)?;
    }
    js.define_named(&prototype, b"constructor", hidden(class.clone(), true))?;
    js.define_named(&class, b"prototype", hidden(prototype, false))?;
    cx.set_result(result, class.clone())?;
    for descriptor in statics {
        let key = descriptor.key(cx)?;
        let definition = descriptor.definition(cx)?;
        let refused = descriptor.refused_status();
        let defined = js
            .define_property(&class, &key, definition)
            .map_err(cx.thrown(refused))?;
        if !defined {
            return Err(refused.into());
        }
    }
    Ok(())
}

/// `napi_status napi_instanceof(napi_env env, napi_value object, napi_value constructor, bool* result)`
///
/// Statuses: `object_expected` (`constructor` is `undefined`/`null`, TypeError pending),
/// `function_expected` (not a function: a `TypeError` with code
/// `ERR_NAPI_CONS_FUNCTION` is thrown), `generic_failure` (`instanceof` threw; the
/// exception stays pending). `result` is false on every failure.
pub(crate) fn napi_instanceof(
    cx: &mut Cx<'_>,
    object: Handle,
    constructor: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let object = cx.value(object)?;
    let result = result.required()?;
    cx.write(result, false)?;
    let constructor = cx.to_object(constructor)?;
    let js = cx.js();
    if !js.is_function(&constructor) {
        let error = js.new_error_str(ErrorKind::TypeError, "Constructor must be a function");
        js.set_named(
            &error,
            b"code",
            js.string_from_utf8(b"ERR_NAPI_CONS_FUNCTION")?,
        )?;
        cx.env.set_pending_exception(error);
        return Err(Status::FunctionExpected.into());
    }
    let is_instance = js
        .instance_of(&object, &constructor)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.write(result, is_instance)
}
