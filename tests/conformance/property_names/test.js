'use strict';
// Key enumeration (napi_get_property_names, napi_get_all_property_names) and
// napi_object_freeze, napi_object_seal, napi_get_prototype.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('property_names');

const ok = (value) => ({ status: status.ok, value });
// napi_key_collection_mode, napi_key_filter, napi_key_conversion
const INCLUDE_PROTOTYPES = 0, OWN_ONLY = 1;
const ALL = 0, WRITABLE = 1, ENUMERABLE = 2, CONFIGURABLE = 4, SKIP_STRINGS = 8, SKIP_SYMBOLS = 16;
const KEEP_NUMBERS = 0, NUMBERS_TO_STRINGS = 1;

const sym = Symbol('sym');
const hidden = Symbol('hidden');
const proto = { inherited: 1, shadowed: 2, 7: 'p' };
Object.defineProperty(proto, 'protoHidden', { value: 3, enumerable: false });
proto[hidden] = 'h';
const object = Object.create(proto);
object.b = 1;
object[2] = 'two';
object.a = 2;
object[sym] = 3;
object[0] = 'zero';
Object.defineProperty(object, 'shadowed', { value: 4, enumerable: false, writable: true, configurable: true });
Object.defineProperty(object, 'readOnly', { value: 5, enumerable: true, writable: false, configurable: true });
Object.defineProperty(object, 'fixed', { value: 6, enumerable: true, writable: true, configurable: false });
Object.defineProperty(object, 'accessor', { get() { return 7; }, enumerable: true, configurable: true });

// ---- napi_get_property_names: what for-in visits, indices as strings.
{
  const forIn = [];
  for (const k in object) forIn.push(k);
  assert.deepStrictEqual(addon.names(object), ok(forIn));
  assert.deepStrictEqual(forIn, ['0', '2', 'b', 'a', 'readOnly', 'fixed', 'accessor', '7', 'inherited']);
  assert.deepStrictEqual(addon.names([5, 6]), ok(['0', '1']));
  assert.deepStrictEqual(addon.names({}), ok([]));
  assert.deepStrictEqual(addon.names(Object.create(null)), ok([]));
  // Primitives are converted to objects.
  assert.deepStrictEqual(addon.names('ab'), ok(['0', '1']));
  assert.deepStrictEqual(addon.names(5), ok([]));
  for (const v of [undefined, null]) {
    const r = addon.names(v);
    assert.strictEqual(r.status, status.object_expected);
    assert.ok(r.exception instanceof TypeError);
  }
}

// ---- napi_get_all_property_names
const all = (mode, filter, conversion = KEEP_NUMBERS, o = object) => addon.all(o, mode, filter, conversion);
assert.deepStrictEqual(all(OWN_ONLY, ALL), ok([0, 2, 'b', 'a', 'shadowed', 'readOnly', 'fixed', 'accessor', sym]));
assert.deepStrictEqual(all(OWN_ONLY, ALL, NUMBERS_TO_STRINGS),
                       ok(['0', '2', 'b', 'a', 'shadowed', 'readOnly', 'fixed', 'accessor', sym]));
assert.deepStrictEqual(all(OWN_ONLY, ENUMERABLE), ok([0, 2, 'b', 'a', 'readOnly', 'fixed', 'accessor', sym]));
assert.deepStrictEqual(all(OWN_ONLY, WRITABLE), ok([0, 2, 'b', 'a', 'shadowed', 'fixed', 'accessor', sym]));
assert.deepStrictEqual(all(OWN_ONLY, CONFIGURABLE), ok([0, 2, 'b', 'a', 'shadowed', 'readOnly', 'accessor', sym]));
assert.deepStrictEqual(all(OWN_ONLY, SKIP_STRINGS), ok([sym]));
assert.deepStrictEqual(all(OWN_ONLY, SKIP_SYMBOLS), ok([0, 2, 'b', 'a', 'shadowed', 'readOnly', 'fixed', 'accessor']));
assert.deepStrictEqual(all(OWN_ONLY, SKIP_STRINGS | SKIP_SYMBOLS), ok([]));
assert.deepStrictEqual(all(OWN_ONLY, ENUMERABLE | WRITABLE | CONFIGURABLE | SKIP_SYMBOLS),
                       ok([0, 2, 'b', 'a', 'accessor']));
assert.deepStrictEqual(all(INCLUDE_PROTOTYPES, ENUMERABLE | SKIP_SYMBOLS),
                       ok([0, 2, 'b', 'a', 'readOnly', 'fixed', 'accessor', 7, 'inherited']));
assert.deepStrictEqual(all(INCLUDE_PROTOTYPES, ENUMERABLE | SKIP_STRINGS, KEEP_NUMBERS, object),
                       ok([sym, hidden]));
// Array indices up to 2^32 - 2 are numbers; larger integer keys stay strings.
{
  const o = { 4294967294: 'max', 4294967295: 'over', '01': 'lead', '-1': 'neg', 1.5: 'f' };
  assert.deepStrictEqual(all(OWN_ONLY, ALL, KEEP_NUMBERS, o),
                         ok([4294967294, '4294967295', '01', '-1', '1.5']));
  assert.deepStrictEqual(all(OWN_ONLY, ALL, KEEP_NUMBERS, ['x']), ok([0, 'length']));
  assert.deepStrictEqual(all(OWN_ONLY, ENUMERABLE, KEEP_NUMBERS, new Uint8Array(2)), ok([0, 1]));
}
// Unknown mode or conversion.
assert.deepStrictEqual(all(2, ALL), { status: status.invalid_arg });
assert.deepStrictEqual(all(OWN_ONLY, ALL, 2), { status: status.invalid_arg });
// Proxies: the ownKeys trap runs; a throwing trap leaves its exception pending.
{
  const p = new Proxy({ x: 1, y: 2 }, { ownKeys: () => ['y', 'x'] });
  assert.deepStrictEqual(all(OWN_ONLY, ALL, KEEP_NUMBERS, p), ok(['y', 'x']));
  const boom = new Error('boom');
  const bad = new Proxy({}, { ownKeys() { throw boom; } });
  assert.deepStrictEqual(all(OWN_ONLY, ALL, KEEP_NUMBERS, bad), { status: status.pending_exception, exception: boom });
  assert.deepStrictEqual(addon.names(bad), { status: status.pending_exception, exception: boom });
}

// ---- napi_object_freeze / napi_object_seal
{
  const o = { a: 1 };
  assert.deepStrictEqual(addon.freeze(o), { status: status.ok });
  assert.ok(Object.isFrozen(o));
  const s = { a: 1 };
  assert.deepStrictEqual(addon.seal(s), { status: status.ok });
  assert.ok(Object.isSealed(s));
  assert.ok(!Object.isFrozen(s));
  s.a = 2;
  assert.strictEqual(s.a, 2);
  // Primitives are converted (the wrapper is frozen, nothing visible happens).
  assert.deepStrictEqual(addon.freeze(1), { status: status.ok });
  for (const v of [undefined, null]) {
    assert.strictEqual(addon.freeze(v).status, status.object_expected);
    assert.strictEqual(addon.seal(v).status, status.object_expected);
  }
  const boom = new Error('boom');
  const p = new Proxy({}, { preventExtensions() { throw boom; } });
  assert.deepStrictEqual(addon.freeze(p), { status: status.pending_exception, exception: boom });
  assert.deepStrictEqual(addon.seal(p), { status: status.pending_exception, exception: boom });
  const refuses = new Proxy({}, { preventExtensions: () => false });
  assert.strictEqual(addon.freeze(refuses).status, status.pending_exception);
  assert.ok(addon.seal(refuses).exception instanceof TypeError);
}

// ---- napi_get_prototype
assert.deepStrictEqual(addon.prototype(object), ok(proto));
assert.deepStrictEqual(addon.prototype(Object.create(null)), ok(null));
assert.deepStrictEqual(addon.prototype([]), ok(Array.prototype));
assert.deepStrictEqual(addon.prototype(5), ok(Number.prototype));
assert.deepStrictEqual(addon.prototype('s'), ok(String.prototype));
assert.strictEqual(addon.prototype(null).status, status.object_expected);

// ---- NULL arguments and pending exceptions
assert.deepStrictEqual(addon.nullStatuses({}), new Array(8).fill(status.invalid_arg));
assert.deepStrictEqual(addon.whilePending({}), new Array(5).fill(status.pending_exception));
