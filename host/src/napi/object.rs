//! Objects and properties: creation, keyed and named access, property definition.

use crate::abi::{property_attributes as attr, property_descriptor as pd};
use crate::call::Cx;
use crate::engine::{JsType, KeyFilter, PropertyDefinition, PropertyValue};
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// `napi_status napi_create_object(napi_env env, napi_value* result)`
pub(crate) fn napi_create_object(cx: &mut Cx<'_>, result: GuestPtr<Handle>) -> NapiResult {
    let result = result.required()?;
    let object = cx.js().new_object()?;
    cx.set_result(result, object)
}

/// `napi_status napi_set_property(napi_env env, napi_value object, napi_value key, napi_value value)`
///
/// Sloppy-mode `[[Set]]`, like V8's `Object::Set`: a refused assignment is `napi_ok`.
/// As in Node 20, JS that throws in any of the property functions (getters, setters,
/// proxy traps, key conversion) is `napi_generic_failure` with the exception pending.
pub(crate) fn napi_set_property(
    cx: &mut Cx<'_>,
    object: Handle,
    key: Handle,
    value: Handle,
) -> NapiResult {
    let key = cx.value(key)?;
    let value = cx.value(value)?;
    let object = cx.to_object(object)?;
    cx.js()
        .set_sloppy(&object, &key, value)
        .map_err(cx.thrown(Status::GenericFailure))
}

/// `napi_status napi_has_property(napi_env env, napi_value object, napi_value key, bool* result)`
pub(crate) fn napi_has_property(
    cx: &mut Cx<'_>,
    object: Handle,
    key: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let result = result.required()?;
    let key = cx.value(key)?;
    let object = cx.to_object(object)?;
    let has = cx
        .js()
        .has(&object, &key)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.write(result, has)
}

/// `napi_status napi_get_property(napi_env env, napi_value object, napi_value key, napi_value* result)`
pub(crate) fn napi_get_property(
    cx: &mut Cx<'_>,
    object: Handle,
    key: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let key = cx.value(key)?;
    let object = cx.to_object(object)?;
    let value = cx
        .js()
        .get(&object, &key)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.set_result(result, value)
}

/// `napi_status napi_delete_property(napi_env env, napi_value object, napi_value key, bool* result)`
///
/// `result` (optional) is false when the property is non-configurable.
pub(crate) fn napi_delete_property(
    cx: &mut Cx<'_>,
    object: Handle,
    key: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let key = cx.value(key)?;
    let object = cx.to_object(object)?;
    let deleted = cx
        .js()
        .delete(&object, &key)
        .map_err(cx.thrown(Status::GenericFailure))?;
    match result.non_null() {
        Some(result) => cx.write(result, deleted),
        None => Ok(()),
    }
}

/// `napi_status napi_has_own_property(napi_env env, napi_value object, napi_value key, bool* result)`
pub(crate) fn napi_has_own_property(
    cx: &mut Cx<'_>,
    object: Handle,
    key: Handle,
    result: GuestPtr<bool>,
) -> NapiResult {
    let key = cx.value(key)?;
    let result = result.required()?;
    let object = cx.to_object(object)?;
    ensure_status!(key.is_name(), NameExpected);
    let has = cx
        .js()
        .has_own(&object, &key)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.write(result, has)
}

/// `napi_status napi_set_named_property(napi_env env, napi_value object, const char* utf8name, napi_value value)`
pub(crate) fn napi_set_named_property(
    cx: &mut Cx<'_>,
    object: Handle,
    utf8name: GuestPtr<u8>,
    value: Handle,
) -> NapiResult {
    let value = cx.value(value)?;
    let object = cx.to_object(object)?;
    let name = cx.c_string(utf8name)?;
    let js = cx.js();
    let key = js
        .string_from_utf8(&name)
        .map_err(|_| Status::GenericFailure)?;
    js.set_sloppy(&object, &key, value)
        .map_err(cx.thrown(Status::GenericFailure))
}

/// `napi_status napi_has_named_property(napi_env env, napi_value object, const char* utf8name, bool* result)`
pub(crate) fn napi_has_named_property(
    cx: &mut Cx<'_>,
    object: Handle,
    utf8name: GuestPtr<u8>,
    result: GuestPtr<bool>,
) -> NapiResult {
    let result = result.required()?;
    let object = cx.to_object(object)?;
    let name = cx.c_string(utf8name)?;
    let has = cx
        .js()
        .has_named(&object, &name)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.write(result, has)
}

/// `napi_status napi_get_named_property(napi_env env, napi_value object, const char* utf8name, napi_value* result)`
pub(crate) fn napi_get_named_property(
    cx: &mut Cx<'_>,
    object: Handle,
    utf8name: GuestPtr<u8>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let name = cx.c_string(utf8name)?;
    let object = cx.to_object(object)?;
    let value = cx
        .js()
        .get_named(&object, &name)
        .map_err(cx.thrown(Status::GenericFailure))?;
    cx.set_result(result, value)
}

/// One `napi_property_descriptor` read from guest memory.
pub(crate) struct Descriptor {
    pub(crate) utf8name: u32,
    pub(crate) name: Handle,
    pub(crate) method: u32,
    pub(crate) getter: u32,
    pub(crate) setter: u32,
    pub(crate) value: Handle,
    pub(crate) attributes: u32,
    pub(crate) data: u32,
}

impl Descriptor {
    /// Reads descriptor `index` of the array at `base`.
    pub(crate) fn read(cx: &Cx<'_>, base: GuestPtr<u8>, index: u32) -> NapiResult<Descriptor> {
        let at = base.addr().wrapping_add(index.wrapping_mul(pd::SIZE));
        let field = |offset: u32| cx.read(GuestPtr::<u32>::new(at.wrapping_add(offset)));
        // The whole struct must be addressable, even the fields we might not read.
        cx.env.with_memory(|m| m.bytes(at, pd::SIZE).map(drop))??;
        Ok(Descriptor {
            utf8name: field(pd::UTF8NAME)?,
            name: Handle(field(pd::NAME)?),
            method: field(pd::METHOD)?,
            getter: field(pd::GETTER)?,
            setter: field(pd::SETTER)?,
            value: Handle(field(pd::VALUE)?),
            attributes: field(pd::ATTRIBUTES)?,
            data: field(pd::DATA)?,
        })
    }

    /// The property key: `utf8name` if set, else `name` (which must be a string or
    /// symbol: `napi_name_expected`).
    pub(crate) fn key(&self, cx: &Cx<'_>) -> NapiResult<crate::engine::JsValue> {
        if self.utf8name != 0 {
            let name = cx.c_string(GuestPtr::new(self.utf8name))?;
            return cx
                .js()
                .string_from_utf8(&name)
                .map_err(|_| Status::GenericFailure.into());
        }
        ensure_status!(self.name != Handle::NULL, NameExpected);
        let name = cx.value(self.name)?;
        ensure_status!(name.is_name(), NameExpected);
        Ok(name)
    }

    /// Node 20's status when the object refuses this definition or JS throws while
    /// defining it: `napi_generic_failure` for a method, `napi_invalid_arg` otherwise.
    pub(crate) fn refused_status(&self) -> Status {
        if self.getter == 0 && self.setter == 0 && self.method != 0 {
            Status::GenericFailure
        } else {
            Status::InvalidArg
        }
    }

    /// The definition this descriptor asks for, creating functions for
    /// methods/getters/setters (unnamed, as in Node).
    pub(crate) fn definition(&self, cx: &Cx<'_>) -> NapiResult<PropertyDefinition> {
        let enumerable = self.attributes & attr::ENUMERABLE != 0;
        let configurable = self.attributes & attr::CONFIGURABLE != 0;
        let writable = self.attributes & attr::WRITABLE != 0;
        let value = if self.getter != 0 || self.setter != 0 {
            let make = |cb: u32| -> NapiResult<Option<crate::engine::JsValue>> {
                (cb != 0)
                    .then(|| super::function::new_function(cx, b"", cb, self.data))
                    .transpose()
            };
            PropertyValue::Accessor {
                getter: make(self.getter)?,
                setter: make(self.setter)?,
            }
        } else if self.method != 0 {
            PropertyValue::Data(super::function::new_function(
                cx,
                b"",
                self.method,
                self.data,
            )?)
        } else {
            PropertyValue::Data(cx.value(self.value)?)
        };
        Ok(PropertyDefinition {
            value,
            writable,
            enumerable,
            configurable,
        })
    }
}

/// `napi_status napi_define_properties(napi_env env, napi_value object, size_t property_count, const napi_property_descriptor* properties)`
///
/// Descriptors are defined in order; the first failure stops the loop, leaving the
/// earlier ones defined. Statuses: `invalid_arg` (NULL `properties` with a count, or a
/// refused value/accessor definition), `generic_failure` (refused method definition),
/// `name_expected`, `object_expected`; a throwing proxy trap leaves its exception
/// pending with the refusal status.
pub(crate) fn napi_define_properties(
    cx: &mut Cx<'_>,
    object: Handle,
    property_count: u32,
    properties: GuestPtr<u8>,
) -> NapiResult {
    if property_count > 0 {
        properties.required()?;
    }
    let object = cx.to_object(object)?;
    let js = cx.js();
    for i in 0..property_count {
        let descriptor = Descriptor::read(cx, properties, i)?;
        let key = descriptor.key(cx)?;
        let definition = descriptor.definition(cx)?;
        let refused = descriptor.refused_status();
        let defined = js
            .define_property(&object, &key, definition)
            .map_err(cx.thrown(refused))?;
        if !defined {
            return Err(refused.into());
        }
    }
    Ok(())
}

/// `napi_key_collection_mode`, `napi_key_filter` and `napi_key_conversion` values
/// (`js_native_api_types.h`).
mod key {
    pub(super) const INCLUDE_PROTOTYPES: u32 = 0;
    pub(super) const OWN_ONLY: u32 = 1;
    pub(super) const WRITABLE: u32 = 1;
    pub(super) const ENUMERABLE: u32 = 1 << 1;
    pub(super) const CONFIGURABLE: u32 = 1 << 2;
    pub(super) const SKIP_STRINGS: u32 = 1 << 3;
    pub(super) const SKIP_SYMBOLS: u32 = 1 << 4;
    pub(super) const KEEP_NUMBERS: u32 = 0;
    pub(super) const NUMBERS_TO_STRINGS: u32 = 1;
}

/// `napi_status napi_get_property_names(napi_env env, napi_value object, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. `napi_get_all_property_names` with the
/// prototype chain, enumerable string keys only, numbers converted to strings: the keys
/// `for-in` visits. Statuses: as `napi_get_all_property_names`.
pub(crate) fn napi_get_property_names(
    cx: &mut Cx<'_>,
    object: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    napi_get_all_property_names(
        cx,
        object,
        key::INCLUDE_PROTOTYPES,
        key::ENUMERABLE | key::SKIP_SYMBOLS,
        key::NUMBERS_TO_STRINGS,
        result,
    )
}

/// `napi_status napi_get_all_property_names(napi_env env, napi_value object, napi_key_collection_mode key_mode, napi_key_filter key_filter, napi_key_conversion key_conversion, napi_value* result)`
///
/// Node: `js_native_api_v8.cc` (V8's `GetPropertyNames`). Entry: js. An array of the
/// object's keys (with `napi_key_include_prototypes`, then those of its prototypes not
/// seen yet), indices first, then strings, then symbols, per object; accessors count
/// as writable. Statuses: `invalid_arg` (NULL `result`, unknown mode or conversion),
/// `object_expected` (`undefined`/`null`, TypeError pending), `pending_exception` (a
/// proxy trap threw).
pub(crate) fn napi_get_all_property_names(
    cx: &mut Cx<'_>,
    object: Handle,
    key_mode: u32,
    key_filter: u32,
    key_conversion: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let object = cx.to_object(object)?;
    let include_prototypes = match key_mode {
        key::INCLUDE_PROTOTYPES => true,
        key::OWN_ONLY => false,
        _ => return Err(Status::InvalidArg.into()),
    };
    let keep_numbers = match key_conversion {
        key::KEEP_NUMBERS => true,
        key::NUMBERS_TO_STRINGS => false,
        _ => return Err(Status::InvalidArg.into()),
    };
    let filter = KeyFilter {
        writable: key_filter & key::WRITABLE != 0,
        enumerable: key_filter & key::ENUMERABLE != 0,
        configurable: key_filter & key::CONFIGURABLE != 0,
        skip_strings: key_filter & key::SKIP_STRINGS != 0,
        skip_symbols: key_filter & key::SKIP_SYMBOLS != 0,
    };
    let keys = cx
        .js()
        .property_keys(&object, include_prototypes, filter, keep_numbers)?;
    cx.set_result(result, keys)
}

/// `napi_status napi_object_freeze(napi_env env, napi_value object)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. `Object.freeze`. Statuses: `invalid_arg`,
/// `object_expected`, `pending_exception` (a proxy refused or threw).
pub(crate) fn napi_object_freeze(cx: &mut Cx<'_>, object: Handle) -> NapiResult {
    let object = cx.to_object(object)?;
    Ok(cx.js().freeze(&object)?)
}

/// `napi_status napi_object_seal(napi_env env, napi_value object)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. `Object.seal`. Statuses: as
/// [`napi_object_freeze`].
pub(crate) fn napi_object_seal(cx: &mut Cx<'_>, object: Handle) -> NapiResult {
    let object = cx.to_object(object)?;
    Ok(cx.js().seal(&object)?)
}

/// `napi_status napi_get_prototype(napi_env env, napi_value object, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. Primitives are converted with `ToObject`
/// first. Statuses: `invalid_arg`, `object_expected`.
pub(crate) fn napi_get_prototype(
    cx: &mut Cx<'_>,
    object: Handle,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let object = cx.to_object(object)?;
    let prototype = cx.js().get_prototype(&object)?;
    cx.set_result(result, prototype)
}

/// `napi_status node_api_set_prototype(napi_env env, napi_value object, napi_value value)`
///
/// Experimental. Entry: `js`. `value` must be an object or `null` (`napi_invalid_arg`);
/// a refused change (non-extensible object, cycle) is `napi_generic_failure`; a proxy
/// trap that throws leaves its exception pending.
pub(crate) fn node_api_set_prototype(cx: &mut Cx<'_>, object: Handle, value: Handle) -> NapiResult {
    let value = cx.value(value)?;
    let object = cx.to_object(object)?;
    let js = cx.js();
    ensure_status!(
        value.is_object() || js.type_of(&value) == JsType::Null,
        InvalidArg
    );
    ensure_status!(js.set_prototype(&object, &value)?, GenericFailure);
    Ok(())
}

/// `napi_status node_api_create_object_with_properties(napi_env env, napi_value prototype_or_null, const napi_value* property_names, const napi_value* property_values, size_t property_count, napi_value* result)`
///
/// Experimental. Entry: `js`. A NULL `prototype_or_null` means `null`; otherwise it
/// must be an object or `null` (`napi_invalid_arg`). Each name must be a string or a
/// symbol (`napi_name_expected`); properties are created as by an object literal
/// (writable, enumerable, configurable), in order.
pub(crate) fn node_api_create_object_with_properties(
    cx: &mut Cx<'_>,
    prototype_or_null: Handle,
    property_names: GuestPtr<Handle>,
    property_values: GuestPtr<Handle>,
    property_count: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    if property_count > 0 {
        property_names.required()?;
        property_values.required()?;
    }
    let js = cx.js();
    let prototype = match prototype_or_null {
        Handle::NULL => js.null(),
        handle => cx.value(handle)?,
    };
    ensure_status!(
        prototype.is_object() || js.type_of(&prototype) == JsType::Null,
        InvalidArg
    );
    let mut properties = Vec::with_capacity(property_count as usize);
    for i in 0..property_count {
        let name = cx.value(cx.read(property_names.add(i))?)?;
        ensure_status!(name.is_name(), NameExpected);
        let value = cx.value(cx.read(property_values.add(i))?)?;
        properties.push((name, value));
    }
    let object = js.new_object_with_prototype(&prototype)?;
    for (name, value) in properties {
        let definition = PropertyDefinition {
            value: PropertyValue::Data(value),
            writable: true,
            enumerable: true,
            configurable: true,
        };
        ensure_status!(
            js.define_property(&object, &name, definition)?,
            GenericFailure
        );
    }
    cx.set_result(result, object)
}
