'use strict';
// Objects and properties. Each addon call returns {status, value?, exception?}: the
// status of the Node-API call, its result on success, and the exception it left
// pending (taken out by the addon).
const { assert, isNapiHost, loadAddon, status } = require('../common');
const addon = loadAddon('objects');

// A successful call; with an argument, one that produced `value`.
const ok = (...value) => (value.length === 0 ? { status: status.ok } : { status: status.ok, value: value[0] });

// ---- napi_create_object
{
  const object = addon.create();
  assert.strictEqual(typeof object, 'object');
  assert.strictEqual(Object.getPrototypeOf(object), Object.prototype);
  assert.deepStrictEqual(Object.getOwnPropertyNames(object), []);
  assert.notStrictEqual(addon.create(), object);
}

// ---- string, symbol and number keys
{
  const symbol = Symbol('key');
  const object = { name: 'n', 1: 'one', [symbol]: 's' };
  assert.deepStrictEqual(addon.get(object, 'name'), ok('n'));
  assert.deepStrictEqual(addon.get(object, symbol), ok('s'));
  assert.deepStrictEqual(addon.get(object, 1), ok('one'));
  assert.deepStrictEqual(addon.get(object, '1'), ok('one'));
  assert.deepStrictEqual(addon.get(object, 'missing'), ok(undefined));
  // Inherited properties are found by get/has, not by hasOwn.
  assert.deepStrictEqual(addon.get(object, 'toString'), ok(Object.prototype.toString));
  assert.deepStrictEqual(addon.has(object, 'toString'), ok(true));
  assert.deepStrictEqual(addon.hasOwn(object, 'toString'), ok(false));

  assert.deepStrictEqual(addon.set(object, 'added', 10), ok());
  assert.deepStrictEqual(addon.set(object, symbol, 'S'), ok());
  assert.deepStrictEqual(addon.set(object, 2.5, 'float'), ok());
  assert.strictEqual(object.added, 10);
  assert.strictEqual(object[symbol], 'S');
  assert.strictEqual(object['2.5'], 'float');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(object, 'added'),
                         { value: 10, writable: true, enumerable: true, configurable: true });

  assert.deepStrictEqual(addon.has(object, 'added'), ok(true));
  assert.deepStrictEqual(addon.has(object, symbol), ok(true));
  assert.deepStrictEqual(addon.has(object, 1), ok(true));
  assert.deepStrictEqual(addon.has(object, 'nope'), ok(false));
  assert.deepStrictEqual(addon.has(object, Symbol('key')), ok(false));

  assert.deepStrictEqual(addon.hasOwn(object, 'added'), ok(true));
  assert.deepStrictEqual(addon.hasOwn(object, symbol), ok(true));
  assert.deepStrictEqual(addon.hasOwn(object, 'nope'), ok(false));
  // hasOwn takes only names (strings and symbols).
  assert.deepStrictEqual(addon.hasOwn(object, 1), { status: status.name_expected });
  assert.deepStrictEqual(addon.hasOwn({ undefined: 1 }, undefined), { status: status.name_expected });
  assert.deepStrictEqual(addon.hasOwn(object, {}), { status: status.name_expected });

  // Keys that are not names are converted with ToPropertyKey.
  assert.deepStrictEqual(addon.has({ undefined: 1 }, undefined), ok(true));
  assert.deepStrictEqual(addon.get({ '[object Object]': 'o' }, {}), ok('o'));
  const key = { toString: () => 'custom' };
  assert.deepStrictEqual(addon.set(object, key, 'c'), ok());
  assert.strictEqual(object.custom, 'c');
}

// ---- napi_delete_property
{
  const symbol = Symbol('d');
  const object = { a: 1, [symbol]: 2 };
  Object.defineProperty(object, 'fixed', { value: 3, configurable: false });
  assert.deepStrictEqual(addon.delete(object, 'a'), ok(true));
  assert.strictEqual('a' in object, false);
  assert.deepStrictEqual(addon.delete(object, symbol), ok(true));
  assert.strictEqual(symbol in object, false);
  assert.deepStrictEqual(addon.delete(object, 'missing'), ok(true));
  // A non-configurable property stays, and the result says so (no exception).
  assert.deepStrictEqual(addon.delete(object, 'fixed'), ok(false));
  assert.strictEqual(object.fixed, 3);
  assert.deepStrictEqual(addon.delete(Object.freeze({ x: 1 }), 'x'), ok(false));
  // The result pointer is optional.
  const other = { b: 1, c: 2 };
  assert.deepStrictEqual(addon.deleteNoResult(other, 'b'), ok());
  assert.deepStrictEqual(Object.keys(other), ['c']);
  assert.deepStrictEqual(addon.deleteNoResult(object, 'fixed'), ok());
  // Deleting an inherited property is a no-op that succeeds.
  assert.deepStrictEqual(addon.delete({}, 'toString'), ok(true));
  assert.strictEqual(typeof Object.prototype.toString, 'function');
}

// ---- named properties
{
  const object = { 'héllo 😀': 'unicode', plain: 1 };
  assert.deepStrictEqual(addon.getNamed(object, 'héllo 😀'), ok('unicode'));
  assert.deepStrictEqual(addon.getNamed(object, 'plain'), ok(1));
  assert.deepStrictEqual(addon.getNamed(object, 'missing'), ok(undefined));
  assert.deepStrictEqual(addon.getNamed(object, ''), ok(undefined));
  assert.deepStrictEqual(addon.hasNamed(object, 'héllo 😀'), ok(true));
  assert.deepStrictEqual(addon.hasNamed(object, 'hasOwnProperty'), ok(true));
  assert.deepStrictEqual(addon.hasNamed(object, 'nope'), ok(false));
  assert.deepStrictEqual(addon.setNamed(object, 'ünï', [1]), ok());
  assert.deepStrictEqual(object['ünï'], [1]);
  assert.deepStrictEqual(addon.setNamed(object, '', 'empty'), ok());
  assert.strictEqual(object[''], 'empty');
  assert.deepStrictEqual(addon.setNamed(object, '7', 'seven'), ok());
  assert.strictEqual(object[7], 'seven');
}

// ---- setters run, with the object as `this`
{
  const seen = [];
  const object = {
    set x(v) { seen.push([this, v]); },
    get y() { return this; },
  };
  assert.deepStrictEqual(addon.set(object, 'x', 1), ok());
  assert.deepStrictEqual(addon.setNamed(object, 'x', 2), ok());
  assert.deepStrictEqual(seen, [[object, 1], [object, 2]]);
  assert.strictEqual(addon.get(object, 'y').value, object);
  assert.strictEqual(addon.getNamed(object, 'y').value, object);
}

// ---- a failed [[Set]] is not an error (V8's Object::Set is sloppy-mode): the status
// is napi_ok and nothing changes.
{
  const frozen = Object.freeze({ x: 1 });
  assert.deepStrictEqual(addon.set(frozen, 'x', 2), ok());
  assert.deepStrictEqual(addon.set(frozen, 'y', 2), ok());
  assert.deepStrictEqual(addon.setNamed(frozen, 'x', 2), ok());
  assert.deepStrictEqual(frozen, { x: 1 });
  const getterOnly = { get g() { return 1; } };
  assert.deepStrictEqual(addon.set(getterOnly, 'g', 2), ok());
  assert.strictEqual(getterOnly.g, 1);
  const readOnly = Object.defineProperty({}, 'r', { value: 1, writable: false });
  assert.deepStrictEqual(addon.setNamed(readOnly, 'r', 2), ok());
  assert.strictEqual(readOnly.r, 1);
  const refusing = new Proxy({}, { set: () => false });
  assert.deepStrictEqual(addon.set(refusing, 'x', 1), ok());
  assert.deepStrictEqual(addon.delete(new Proxy({}, { deleteProperty: () => false }), 'x'), ok(false));
}

// ---- primitive receivers are converted with ToObject
{
  assert.deepStrictEqual(addon.get('abc', 'length'), ok(3));
  assert.deepStrictEqual(addon.get('abc', 1), ok('b'));
  assert.deepStrictEqual(addon.get(1.5, 'toFixed'), ok(Number.prototype.toFixed));
  assert.deepStrictEqual(addon.getNamed(true, 'valueOf'), ok(Boolean.prototype.valueOf));
  assert.deepStrictEqual(addon.has('abc', 'length'), ok(true));
  assert.deepStrictEqual(addon.hasNamed('abc', 'length'), ok(true));
  assert.deepStrictEqual(addon.hasOwn('abc', 'length'), ok(true));
  assert.deepStrictEqual(addon.hasOwn('abc', 'toString'), ok(false));
  const symbol = Symbol('s');
  assert.deepStrictEqual(addon.get(symbol, 'description'), ok('s'));
  // Writing to the temporary wrapper succeeds and is lost.
  assert.deepStrictEqual(addon.set('abc', 'x', 1), ok());
  assert.deepStrictEqual(addon.set('abc', 'length', 1), ok());
  assert.deepStrictEqual(addon.delete('abc', 'x'), ok(true));
  assert.deepStrictEqual(addon.delete('abc', 'length'), ok(false));
}

// ---- undefined and null receivers: napi_object_expected, and ToObject's TypeError
// is left pending.
for (const receiver of [undefined, null]) {
  const calls = {
    get: () => addon.get(receiver, 'x'),
    set: () => addon.set(receiver, 'x', 1),
    has: () => addon.has(receiver, 'x'),
    hasOwn: () => addon.hasOwn(receiver, 'x'),
    hasOwnNumber: () => addon.hasOwn(receiver, 1),
    delete: () => addon.delete(receiver, 'x'),
    getNamed: () => addon.getNamed(receiver, 'x'),
    setNamed: () => addon.setNamed(receiver, 'x', 1),
    hasNamed: () => addon.hasNamed(receiver, 'x'),
    defineOne: () => addon.defineOne(receiver, 'x', 1, 0),
  };
  for (const [name, call] of Object.entries(calls)) {
    const result = call();
    assert.strictEqual(result.status, status.object_expected, `${name}(${receiver})`);
    assert.ok(result.exception instanceof TypeError, `${name}(${receiver}) leaves a TypeError pending`);
    assert.strictEqual('value' in result, false);
  }
}

// ---- JS that throws during the operation: Node 20 reports napi_generic_failure and
// leaves the exception pending.
{
  const errors = {};
  const trap = (name) => () => { throw (errors[name] = new Error(name)); };
  const proxy = new Proxy({}, {
    get: trap('get'), set: trap('set'), has: trap('has'), deleteProperty: trap('delete'),
    getOwnPropertyDescriptor: trap('own'),
  });
  const expectThrown = (result, error, label) => {
    assert.strictEqual(result.status, status.generic_failure, label);
    assert.strictEqual(result.exception, error, label);
    assert.strictEqual('value' in result, false, label);
  };
  expectThrown(addon.get(proxy, 'x'), errors.get, 'get');
  expectThrown(addon.getNamed(proxy, 'x'), errors.get, 'getNamed');
  expectThrown(addon.set(proxy, 'x', 1), errors.set, 'set');
  expectThrown(addon.setNamed(proxy, 'x', 1), errors.set, 'setNamed');
  expectThrown(addon.has(proxy, 'x'), errors.has, 'has');
  expectThrown(addon.hasNamed(proxy, 'x'), errors.has, 'hasNamed');
  expectThrown(addon.hasOwn(proxy, 'x'), errors.own, 'hasOwn');
  expectThrown(addon.delete(proxy, 'x'), errors.delete, 'delete');
  expectThrown(addon.deleteNoResult(proxy, 'x'), errors.delete, 'deleteNoResult');

  const getterError = new Error('getter');
  const setterError = new RangeError('setter');
  const accessors = {
    get x() { throw getterError; },
    set x(v) { throw setterError; },
  };
  expectThrown(addon.get(accessors, 'x'), getterError, 'getter');
  expectThrown(addon.getNamed(accessors, 'x'), getterError, 'named getter');
  expectThrown(addon.set(accessors, 'x', 1), setterError, 'setter');
  expectThrown(addon.setNamed(accessors, 'x', 1), setterError, 'named setter');

  // Converting the key can throw too.
  const keyError = new Error('key');
  const key = { toString() { throw keyError; } };
  expectThrown(addon.get({}, key), keyError, 'get key');
  expectThrown(addon.set({}, key, 1), keyError, 'set key');
  expectThrown(addon.has({}, key), keyError, 'has key');
  expectThrown(addon.delete({}, key), keyError, 'delete key');
}

// ---- an exception left pending reaches the JS caller when the callback returns
{
  const error = new Error('from getter');
  assert.throws(() => addon.getOrThrow({ get x() { throw error; } }, 'x'), (e) => e === error);
  const setterError = new Error('from setter');
  assert.throws(() => addon.setNamedOrThrow({ set x(v) { throw setterError; } }, 'x', 1),
                (e) => e === setterError);
  assert.throws(() => addon.setNamedOrThrow(null, 'x', 1), TypeError);
  assert.throws(() => addon.getOrThrow(undefined, 'x'), TypeError);
  // The env is usable afterwards.
  assert.deepStrictEqual(addon.get({ x: 1 }, 'x'), ok(1));
}

// ---- NULL arguments
{
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.nullStatuses({ k: 1 }), [
    ia, // create_object(NULL)
    ia, ia, ia, // set_property: object, key, value
    ia, ia, ia, // get_property: object, key, result
    ia, ia, ia, // has_property: object, key, result
    ia, ia, // delete_property: object, key
    ia, ia, ia, // has_own_property: object, key, result
    ia, ia, ia, // set_named_property: object, name, value
    ia, ia, ia, // get_named_property: object, name, result
    ia, ia, ia, // has_named_property: object, name, result
    ia, // define_properties(NULL object)
    ia, // define_properties(count 1, NULL descriptors)
    status.ok, // define_properties(count 0, NULL descriptors)
  ]);
}

// ---- which check comes first: [status, exception left pending] for
// get_named(undefined, NULL name), set_named(undefined, NULL name),
// has_named(undefined, NULL name), has_own(undefined, 2), set_property(undefined, 2, NULL)
assert.deepStrictEqual(addon.checkOrder(), [
  [status.invalid_arg, false], // the name is checked before the receiver
  [status.object_expected, true], // the receiver is checked before the name
  [status.object_expected, true],
  [status.object_expected, true], // the receiver is checked before the key's type
  [status.invalid_arg, false], // NULL value before the receiver
]);

// ---- NAPI_PREAMBLE functions refuse to run while an exception is pending
{
  const object = { k: 1 };
  const result = addon.whilePending(object, 'k');
  const pe = status.pending_exception;
  assert.deepStrictEqual(result.statuses, [pe, pe, pe, pe, pe, pe, pe, pe, pe, status.ok]);
  assert.strictEqual(result.exception.message, 'pending');
  assert.deepStrictEqual(object, { k: 1 }, 'nothing ran');
}

// ---- napi_define_properties
{
  const symbol = Symbol('defined');
  const target = {};
  assert.strictEqual(addon.defineAll(target, symbol, 42), target);
  const descriptor = (key) => Object.getOwnPropertyDescriptor(target, key);
  const data = (value, writable, enumerable, configurable) =>
    ({ value, writable, enumerable, configurable });

  // Methods: functions with no name and length 0; attributes as given.
  const method = descriptor('method');
  assert.strictEqual(typeof method.value, 'function');
  assert.deepStrictEqual({ ...method, value: null }, data(null, false, false, false));
  assert.strictEqual(method.value.name, '');
  assert.strictEqual(method.value.length, 0);
  assert.deepStrictEqual({ ...descriptor('writableMethod'), value: null },
                         data(null, true, false, true));
  assert.notStrictEqual(target.method, target.writableMethod);
  // The method receives the descriptor's data pointer and its receiver.
  assert.deepStrictEqual(target.method(1, 2), [target, 1001, 2]);
  const other = { m: target.method };
  assert.deepStrictEqual(other.m(), [other, 1001, 0]);

  // Values with each attribute combination.
  assert.deepStrictEqual(descriptor('value'), data(42, true, true, false));
  assert.deepStrictEqual(descriptor('readonly'), data(42, false, true, false));
  assert.deepStrictEqual(descriptor('plain'), data(42, false, false, false));
  assert.deepStrictEqual(descriptor('jsLike'), data(42, true, true, true));

  // Accessors: napi_writable does not apply; `set`/`get` are undefined when absent.
  const accessor = descriptor('accessor');
  assert.deepStrictEqual(Object.keys(accessor).sort(), ['configurable', 'enumerable', 'get', 'set']);
  assert.strictEqual(accessor.enumerable, true);
  assert.strictEqual(accessor.configurable, true);
  assert.strictEqual(accessor.get.name, '');
  const getterOnly = descriptor('getterOnly');
  assert.strictEqual(typeof getterOnly.get, 'function');
  assert.strictEqual(getterOnly.set, undefined);
  assert.strictEqual(getterOnly.enumerable, false);
  assert.strictEqual(getterOnly.configurable, false);
  const setterOnly = descriptor('setterOnly');
  assert.strictEqual(setterOnly.get, undefined);
  assert.strictEqual(typeof setterOnly.set, 'function');
  assert.strictEqual(setterOnly.configurable, true);

  // The accessors call into the addon.
  assert.strictEqual(target.accessor, 0);
  target.accessor = 7.5;
  assert.strictEqual(target.accessor, 7.5);
  assert.strictEqual(target.getterOnly, 7.5);
  assert.strictEqual(target.lastThis, target);
  target.setterOnly = 3;
  assert.strictEqual(target.accessor, 3);
  assert.strictEqual(target.setterOnly, undefined);

  // Names given as napi_values; utf8name wins over name.
  assert.deepStrictEqual(descriptor('byName'), data(42, false, true, false));
  assert.deepStrictEqual(descriptor(symbol), data('symbolValue', true, true, false));
  assert.deepStrictEqual(descriptor('utf8Wins'), data(42, false, true, false));
  // Accessors win over method and value; a method wins over value.
  const accessorWins = descriptor('accessorWins');
  assert.strictEqual(typeof accessorWins.get, 'function');
  assert.strictEqual('value' in accessorWins, false);
  assert.strictEqual(target.accessorWins, 3);
  assert.strictEqual(typeof target.methodWins, 'function');
  assert.deepStrictEqual(target.methodWins(), [target, 1001, 0]);

  assert.deepStrictEqual(Object.keys(target).sort(),
                         ['accessor', 'byName', 'jsLike', 'lastThis', 'readonly', 'utf8Wins', 'value']);

  // A getter that throws: the exception reaches the JS that read the property.
  addon.setAccessorValue(-1);
  assert.throws(() => target.accessor, { name: 'RangeError', code: 'ERR_GETTER', message: 'getter refused' });
  // ... and through napi_get_property it is generic_failure + pending exception.
  const viaNapi = addon.get(target, 'accessor');
  assert.strictEqual(viaNapi.status, status.generic_failure);
  assert.strictEqual(viaNapi.exception.code, 'ERR_GETTER');
  addon.setAccessorValue(1);
  assert.deepStrictEqual(addon.get(target, 'accessor'), ok(1));
}

// ---- napi_define_properties with a single property and its attributes
{
  const target = {};
  const attrs = { writable: 1, enumerable: 2, configurable: 4 };
  for (let bits = 0; bits < 8; bits++) {
    const name = `p${bits}`;
    assert.deepStrictEqual(addon.defineOne(target, name, bits, bits), ok());
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(target, name), {
      value: bits,
      writable: (bits & attrs.writable) !== 0,
      enumerable: (bits & attrs.enumerable) !== 0,
      configurable: (bits & attrs.configurable) !== 0,
    });
  }
  // Redefining a configurable property replaces it.
  assert.deepStrictEqual(addon.defineOne(target, 'p4', 'again', 0), ok());
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(target, 'p4'),
                         { value: 'again', writable: false, enumerable: false, configurable: false });
  // Symbols and index names.
  const symbol = Symbol('one');
  assert.deepStrictEqual(addon.defineOne(target, symbol, 's', 7), ok());
  assert.strictEqual(target[symbol], 's');
  const array = [];
  assert.deepStrictEqual(addon.defineOne(array, '3', 'x', 7), ok());
  assert.strictEqual(array.length, 4);
  // Names that are neither strings nor symbols.
  assert.deepStrictEqual(addon.defineOne(target, 12, 'n', 7), { status: status.name_expected });
  assert.deepStrictEqual(addon.defineOne(target, null, 'n', 7), { status: status.name_expected });
  assert.strictEqual('12' in target, false);
  // A primitive receiver gets a temporary wrapper.
  assert.deepStrictEqual(addon.defineOne(1, 'x', 2, 7), ok());
}

// ---- napi_define_properties that the object refuses: napi_invalid_arg for values and
// accessors, napi_generic_failure for methods; no exception.
{
  const fixed = Object.defineProperty({}, 'x', { value: 1 });
  assert.deepStrictEqual(addon.defineOne(fixed, 'x', 2, 0), { status: status.invalid_arg });
  assert.strictEqual(fixed.x, 1);
  const frozen = Object.freeze({});
  assert.deepStrictEqual(addon.defineOne(frozen, 'x', 2, 0), { status: status.invalid_arg });
  assert.deepStrictEqual(addon.defineOne(frozen, 'x', 2, 7), { status: status.invalid_arg });
  assert.deepStrictEqual(addon.defineAccessorOver(frozen, 'x'), { status: status.invalid_arg });
  assert.deepStrictEqual(addon.defineMethodOver(frozen, 'x'), { status: status.generic_failure });
  assert.deepStrictEqual(Object.getOwnPropertyNames(frozen), []);
  const refusing = new Proxy({}, { defineProperty: () => false });
  assert.deepStrictEqual(addon.defineOne(refusing, 'x', 2, 0), { status: status.invalid_arg });
  assert.deepStrictEqual(addon.defineOne(refusing, 'x', 2, 7), { status: status.invalid_arg });
  // A trap that throws: same status, and the exception is left pending.
  const error = new Error('trap');
  const throwing = new Proxy({}, { defineProperty() { throw error; } });
  for (const attributes of [0, 7]) {
    const result = addon.defineOne(throwing, 'x', 2, attributes);
    assert.strictEqual(result.status, status.invalid_arg);
    assert.strictEqual(result.exception, error);
  }
  const viaMethod = addon.defineMethodOver(throwing, 'x');
  assert.strictEqual(viaMethod.status, status.generic_failure);
  assert.strictEqual(viaMethod.exception, error);
  const viaAccessor = addon.defineAccessorOver(throwing, 'x');
  assert.strictEqual(viaAccessor.status, status.invalid_arg);
  assert.strictEqual(viaAccessor.exception, error);
}

// ---- names that are not names, and a batch that stops at its first failure
{
  const target = {};
  assert.deepStrictEqual(addon.defineBadNames(target), [status.name_expected, status.name_expected]);
  assert.deepStrictEqual(Object.keys(target), ['first']);
}

// ---- a descriptor with neither utf8name nor name: napi_name_expected in napi-host
// (Node dereferences the NULL name and crashes, so this is not run under Node)
if (isNapiHost) {
  const target = {};
  assert.strictEqual(addon.defineUnnamed(target), status.name_expected);
  assert.deepStrictEqual(Reflect.ownKeys(target), []);
}
