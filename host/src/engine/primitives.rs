//! Symbols, BigInts, Dates, promises, coercions, prototypes and key enumeration.
//!
//! Operations the C API lacks (BigInt words, `Date.prototype.getTime`, `Symbol.for`
//! with any description) go through a few intrinsics captured when the engine starts,
//! before any script runs, so later patches of the globals do not affect them.

use super::{Js, JsException, JsResult, JsValue};
use rquickjs::qjs;
use std::collections::HashSet;

/// The most 64-bit words a BigInt may have here: QuickJS caps BigInts at 2^20 bits
/// (V8 at 2^30). Larger requests throw a `RangeError` before any word is read.
pub(crate) const MAX_BIGINT_WORDS: u32 = (1 << 20) / 64;

/// Helpers compiled once at engine start (see the module docs).
const HELPERS: &str = r"(function () {
  'use strict';
  const BigIntFn = BigInt;
  const apply = Reflect.apply;
  const bigintToString = BigInt.prototype.toString;
  const getTime = Date.prototype.getTime;
  return [
    Symbol,
    Symbol.for,
    (negative, hex) => { const b = BigIntFn(hex); return negative ? -b : b; },
    (b) => { const negative = b < 0n; return [negative, apply(bigintToString, negative ? -b : b, [16])]; },
    (date) => apply(getTime, date, []),
    Reflect.setPrototypeOf,
  ];
})()";

/// The captured intrinsics.
pub(super) struct PrimitiveState {
    symbol: JsValue,
    symbol_for: JsValue,
    bigint_from_hex: JsValue,
    bigint_to_hex: JsValue,
    date_time: JsValue,
    set_prototype_of: JsValue,
}

impl PrimitiveState {
    /// Compiles the helpers (called by `Engine::new`, before any user script).
    pub(super) fn new(js: Js) -> PrimitiveState {
        let helpers = js
            .eval(HELPERS, "<napi-host primitives>")
            .unwrap_or_else(|_| js.undefined());
        let get = |i| js.get_index(&helpers, i).unwrap_or_else(|_| js.undefined());
        PrimitiveState {
            symbol: get(0),
            symbol_for: get(1),
            bigint_from_hex: get(2),
            bigint_to_hex: get(3),
            date_time: get(4),
            set_prototype_of: get(5),
        }
    }
}

/// Which keys `Js::property_keys` keeps (`napi_key_filter`).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct KeyFilter {
    /// Only writable properties (accessors count as writable, as in V8).
    pub(crate) writable: bool,
    /// Only enumerable properties.
    pub(crate) enumerable: bool,
    /// Only configurable properties.
    pub(crate) configurable: bool,
    /// Leave out string keys (array indices included).
    pub(crate) skip_strings: bool,
    /// Leave out symbol keys.
    pub(crate) skip_symbols: bool,
}

impl Js {
    fn primitives(self) -> &'static PrimitiveState {
        &self.state().primitives
    }

    /// `Symbol(description)`, or `Symbol()` when `description` is `None`.
    pub(crate) fn new_symbol(self, description: Option<&JsValue>) -> JsResult<JsValue> {
        let args: Vec<JsValue> = description.into_iter().cloned().collect();
        self.call(&self.primitives().symbol, &self.undefined(), &args)
    }

    /// `Symbol.for(description)`.
    pub(crate) fn symbol_for(self, description: &JsValue) -> JsResult<JsValue> {
        let args = [description.clone()];
        self.call(&self.primitives().symbol_for, &self.undefined(), &args)
    }

    /// `ToBoolean(value)` (never throws).
    pub(crate) fn to_boolean(self, value: &JsValue) -> bool {
        // SAFETY: `value` is live; `JS_ToBool` only reads it.
        unsafe { qjs::JS_ToBool(self.ctx, value.as_raw()) > 0 }
    }

    /// `ToNumber(value)`: may run `valueOf`/`toString`, throws for symbols and BigInts.
    pub(crate) fn to_number(self, value: &JsValue) -> JsResult<JsValue> {
        // SAFETY: `value` is live; the result is owned or `JS_EXCEPTION`.
        unsafe { self.check(qjs::JS_ToNumber(self.ctx, value.as_raw())) }
    }

    /// `ToString(value)`: may run `toString`/`valueOf`, throws for symbols.
    pub(crate) fn to_js_string(self, value: &JsValue) -> JsResult<JsValue> {
        // SAFETY: `value` is live; the result is owned or `JS_EXCEPTION`.
        unsafe { self.check(qjs::JS_ToString(self.ctx, value.as_raw())) }
    }

    /// Whether the value is a BigInt.
    pub(crate) fn is_bigint(self, value: &JsValue) -> bool {
        // SAFETY: reading the tag.
        unsafe { qjs::JS_IsBigInt(value.as_raw()) }
    }

    /// A BigInt from an `i64`.
    pub(crate) fn bigint_from_i64(self, value: i64) -> JsResult<JsValue> {
        // SAFETY: the result is owned or `JS_EXCEPTION`.
        unsafe { self.check(qjs::JS_NewBigInt64(self.ctx, value)) }
    }

    /// A BigInt from a `u64`.
    pub(crate) fn bigint_from_u64(self, value: u64) -> JsResult<JsValue> {
        // SAFETY: the result is owned or `JS_EXCEPTION`.
        unsafe { self.check(qjs::JS_NewBigUint64(self.ctx, value)) }
    }

    /// `BigInt.asIntN(64, value)` and whether that lost nothing. `value` must be a
    /// BigInt.
    pub(crate) fn bigint_to_i64(self, value: &JsValue) -> JsResult<(i64, bool)> {
        let mut out = 0i64;
        // SAFETY: `value` is live; `out` is a valid out-pointer.
        let status = unsafe { qjs::JS_ToBigInt64(self.ctx, &mut out, value.as_raw()) };
        self.check_int(status)?;
        // The engine wraps silently: the conversion was lossless when converting back
        // gives the same BigInt.
        let back = self.bigint_from_i64(out)?;
        Ok((out, self.strict_equals(&back, value)))
    }

    /// `BigInt.asUintN(64, value)` and whether that lost nothing. `value` must be a
    /// BigInt.
    pub(crate) fn bigint_to_u64(self, value: &JsValue) -> JsResult<(u64, bool)> {
        let mut out = 0u64;
        // SAFETY: `value` is live; `out` is a valid out-pointer.
        let status = unsafe { qjs::JS_ToBigUint64(self.ctx, &mut out, value.as_raw()) };
        self.check_int(status)?;
        let back = self.bigint_from_u64(out)?;
        Ok((out, self.strict_equals(&back, value)))
    }

    /// A BigInt from its sign and magnitude words (least significant first). Throws a
    /// `RangeError` when the result is too large for the engine.
    pub(crate) fn bigint_from_words(self, negative: bool, words: &[u64]) -> JsResult<JsValue> {
        let mut hex = String::with_capacity(2 + words.len() * 16);
        hex.push_str("0x");
        let mut leading = true;
        for word in words.iter().rev() {
            if leading {
                if *word == 0 {
                    continue;
                }
                hex.push_str(&format!("{word:x}"));
                leading = false;
            } else {
                hex.push_str(&format!("{word:016x}"));
            }
        }
        if leading {
            hex.push('0');
        }
        let hex = self.string_from_utf8(hex.as_bytes())?;
        let args = [self.boolean(negative), hex];
        self.call(&self.primitives().bigint_from_hex, &self.undefined(), &args)
    }

    /// The sign (true when negative) and magnitude words (least significant first, no
    /// leading zero words; none for `0n`) of a BigInt.
    pub(crate) fn bigint_words(self, value: &JsValue) -> JsResult<(bool, Vec<u64>)> {
        let args = [value.clone()];
        let pair = self.call(&self.primitives().bigint_to_hex, &self.undefined(), &args)?;
        let negative = self.get_index(&pair, 0)?.as_bool().unwrap_or(false);
        let hex = self.get_index(&pair, 1)?;
        let hex = self.to_utf8(&hex)?;
        let digits = hex.bytes();
        let mut words = Vec::with_capacity(digits.len().div_ceil(16));
        for chunk in digits.rchunks(16) {
            let text = std::str::from_utf8(chunk).unwrap_or("0");
            words.push(u64::from_str_radix(text, 16).unwrap_or(0));
        }
        while words.last() == Some(&0) {
            words.pop();
        }
        Ok((negative, words))
    }

    /// `new Date(time)` (the time is clipped like `TimeClip`).
    pub(crate) fn new_date(self, time: f64) -> JsResult<JsValue> {
        // SAFETY: the result is owned or `JS_EXCEPTION`.
        unsafe { self.check(qjs::JS_NewDate(self.ctx, time)) }
    }

    /// Whether the value is a Date.
    pub(crate) fn is_date(self, value: &JsValue) -> bool {
        // SAFETY: `value` is live.
        unsafe { qjs::JS_IsDate(value.as_raw()) }
    }

    /// The time value of a Date (the intrinsic `Date.prototype.getTime`).
    pub(crate) fn date_value(self, date: &JsValue) -> JsResult<f64> {
        let args = [date.clone()];
        let time = self.call(&self.primitives().date_time, &self.undefined(), &args)?;
        Ok(time.as_f64().unwrap_or(f64::NAN))
    }

    /// A new pending promise with its `resolve` and `reject` functions.
    pub(crate) fn new_promise(self) -> JsResult<(JsValue, JsValue, JsValue)> {
        let mut funcs = [qjs::JS_UNDEFINED, qjs::JS_UNDEFINED];
        // SAFETY: `funcs` has room for the two resolving functions, which the engine
        // fills with owned values when it returns a promise.
        let promise =
            unsafe { self.check(qjs::JS_NewPromiseCapability(self.ctx, funcs.as_mut_ptr()))? };
        // SAFETY: on success both entries are owned values of this context.
        let (resolve, reject) = unsafe { (self.own(funcs[0]), self.own(funcs[1])) };
        Ok((promise, resolve, reject))
    }

    /// Whether the value is a native promise.
    pub(crate) fn is_promise(self, value: &JsValue) -> bool {
        // SAFETY: reading the value's class.
        unsafe { qjs::JS_IsPromise(value.as_raw()) }
    }

    /// `Object.getPrototypeOf(object)`.
    pub(crate) fn get_prototype(self, object: &JsValue) -> JsResult<JsValue> {
        // SAFETY: `object` is live; the result is owned or `JS_EXCEPTION`.
        unsafe { self.check(qjs::JS_GetPrototype(self.ctx, object.as_raw())) }
    }

    /// The intrinsic `Reflect.setPrototypeOf`: `Ok(false)` when the object is not
    /// extensible or the new prototype would make a cycle (a proxy trap may throw).
    pub(crate) fn set_prototype(self, object: &JsValue, prototype: &JsValue) -> JsResult<bool> {
        let args = [object.clone(), prototype.clone()];
        let done = self.call(
            &self.primitives().set_prototype_of,
            &self.undefined(),
            &args,
        )?;
        Ok(done.as_bool().unwrap_or(false))
    }

    /// `Object.create(prototype)`; `prototype` must be an object or `null`.
    pub(crate) fn new_object_with_prototype(self, prototype: &JsValue) -> JsResult<JsValue> {
        // SAFETY: `prototype` is live; the result is owned or `JS_EXCEPTION`.
        unsafe { self.check(qjs::JS_NewObjectProto(self.ctx, prototype.as_raw())) }
    }

    /// `Object.freeze(object)`.
    pub(crate) fn freeze(self, object: &JsValue) -> JsResult<()> {
        // SAFETY: `object` is live.
        let status = unsafe { qjs::JS_FreezeObject(self.ctx, object.as_raw()) };
        self.check_int(status).map(drop)
    }

    /// `Object.seal(object)`.
    pub(crate) fn seal(self, object: &JsValue) -> JsResult<()> {
        // SAFETY: `object` is live.
        let status = unsafe { qjs::JS_SealObject(self.ctx, object.as_raw()) };
        self.check_int(status).map(drop)
    }

    /// The keys of `object` (and, with `include_prototypes`, of its prototype chain,
    /// like `for-in`: each key once, nearer objects shadowing farther ones), filtered by
    /// `filter`, in own-keys order per object. Array-index keys become numbers when
    /// `keep_numbers` is set.
    pub(crate) fn property_keys(
        self,
        object: &JsValue,
        include_prototypes: bool,
        filter: KeyFilter,
        keep_numbers: bool,
    ) -> JsResult<JsValue> {
        let mut seen = AtomSet {
            js: self,
            atoms: HashSet::new(),
        };
        let mut keys = Vec::new();
        let mut current = object.clone();
        loop {
            self.collect_own_keys(&current, filter, keep_numbers, &mut seen, &mut keys)?;
            if !include_prototypes {
                break;
            }
            current = self.get_prototype(&current)?;
            if !current.is_object() {
                break;
            }
        }
        self.new_array_from(keys)
    }

    fn collect_own_keys(
        self,
        object: &JsValue,
        filter: KeyFilter,
        keep_numbers: bool,
        seen: &mut AtomSet,
        keys: &mut Vec<JsValue>,
    ) -> JsResult<()> {
        let mut tab: *mut qjs::JSPropertyEnum = std::ptr::null_mut();
        let mut len: u32 = 0;
        let flags = (qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_SYMBOL_MASK) as i32;
        // SAFETY: `object` is live; on success `tab`/`len` describe an engine-owned
        // table released below with `JS_FreePropertyEnum`.
        let status = unsafe {
            qjs::JS_GetOwnPropertyNames(self.ctx, &mut tab, &mut len, object.as_raw(), flags)
        };
        self.check_int(status)?;
        let atoms: Vec<qjs::JSAtom> = (0..len as usize)
            // SAFETY: `tab` holds `len` entries.
            .map(|i| unsafe { (*tab.add(i)).atom })
            .collect();
        let result = atoms.iter().try_for_each(|&atom| {
            if !seen.insert(atom) {
                return Ok(());
            }
            // SAFETY: `atom` is live (held by `tab` and `seen`); the result is owned.
            let key = unsafe { self.check(qjs::JS_AtomToValue(self.ctx, atom))? };
            let is_string = key.is_string();
            if (is_string && filter.skip_strings) || (!is_string && filter.skip_symbols) {
                return Ok(());
            }
            if (filter.writable || filter.enumerable || filter.configurable)
                && !self.own_property_matches(object, atom, filter)?
            {
                return Ok(());
            }
            let key = match (keep_numbers && is_string, self.array_index(&key)) {
                (true, Some(index)) => self.number(f64::from(index)),
                _ => key,
            };
            keys.push(key);
            Ok(())
        });
        // SAFETY: `tab`/`len` came from `JS_GetOwnPropertyNames` and are freed once.
        unsafe { qjs::JS_FreePropertyEnum(self.ctx, tab, len) };
        result
    }

    /// Whether the own property `atom` of `object` passes the attribute filters (a
    /// property that vanished, e.g. behind a proxy, does not).
    fn own_property_matches(
        self,
        object: &JsValue,
        atom: qjs::JSAtom,
        filter: KeyFilter,
    ) -> JsResult<bool> {
        let mut desc = qjs::JSPropertyDescriptor {
            flags: 0,
            value: qjs::JS_UNDEFINED,
            getter: qjs::JS_UNDEFINED,
            setter: qjs::JS_UNDEFINED,
        };
        // SAFETY: `object` is live and `atom` valid; on success the descriptor's values
        // are owned and freed right away.
        let found = unsafe {
            let found = qjs::JS_GetOwnProperty(self.ctx, &mut desc, object.as_raw(), atom);
            if found > 0 {
                qjs::JS_FreeValue(self.ctx, desc.value);
                qjs::JS_FreeValue(self.ctx, desc.getter);
                qjs::JS_FreeValue(self.ctx, desc.setter);
            }
            found
        };
        if self.check_int(found)? == 0 {
            return Ok(false);
        }
        let flags = desc.flags as u32;
        let accessor = flags & qjs::JS_PROP_GETSET != 0;
        let writable = accessor || flags & qjs::JS_PROP_WRITABLE != 0;
        Ok((!filter.writable || writable)
            && (!filter.enumerable || flags & qjs::JS_PROP_ENUMERABLE != 0)
            && (!filter.configurable || flags & qjs::JS_PROP_CONFIGURABLE != 0))
    }

    /// The array index (0 ..= 2^32 - 2) a canonical key string names, if any.
    fn array_index(self, key: &JsValue) -> Option<u32> {
        let units = self.to_utf16(key).ok()?;
        let units = units.units();
        if units.is_empty() || units.len() > 10 || (units.len() > 1 && units[0] == u16::from(b'0'))
        {
            return None;
        }
        let mut index: u64 = 0;
        for &unit in units {
            let digit = char::from_u32(u32::from(unit))?.to_digit(10)?;
            index = index * 10 + u64::from(digit);
        }
        u32::try_from(index).ok().filter(|&i| i != u32::MAX)
    }

    /// Evaluates `source` (a string value) as a classic global script.
    pub(crate) fn run_script(self, source: &JsValue) -> JsResult<JsValue> {
        let text = self.to_utf8(source)?;
        let text = String::from_utf8_lossy(text.bytes()).into_owned();
        self.eval(&text, "evalmachine.<anonymous>")
    }

    /// A `RangeError` exception with `message`.
    pub(crate) fn range_error(self, message: &str) -> JsException {
        JsException(self.new_error_str(super::ErrorKind::RangeError, message))
    }
}

/// Atoms already seen during a key walk; holds one reference to each.
struct AtomSet {
    js: Js,
    atoms: HashSet<qjs::JSAtom>,
}

impl AtomSet {
    /// Records `atom`; false if it was already there.
    fn insert(&mut self, atom: qjs::JSAtom) -> bool {
        if self.atoms.contains(&atom) {
            return false;
        }
        // SAFETY: `atom` is live; the duplicate is released in `Drop`.
        let atom = unsafe { qjs::JS_DupAtom(self.js.ctx, atom) };
        self.atoms.insert(atom)
    }
}

impl Drop for AtomSet {
    fn drop(&mut self) {
        for &atom in &self.atoms {
            // SAFETY: each atom was duplicated once in `insert`.
            unsafe { qjs::JS_FreeAtom(self.js.ctx, atom) };
        }
    }
}
