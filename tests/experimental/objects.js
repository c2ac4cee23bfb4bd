'use strict';
// napi-host only (Node 20 lacks these experimental functions); expectations follow
// Node's documentation of node_api_set_prototype / node_api_create_object_with_properties.
const assert = require('assert');
const path = require('path');
const addon = require(path.join(process.env.NAPI_HOST_FIXTURES, 'wasm', 'experimental_objects.wasm'));
const INVALID_ARG = 1;
const NAME_EXPECTED = 4;
const GENERIC_FAILURE = 9;

// node_api_set_prototype
const proto = { greet() { return 'hi'; } };
const target = {};
assert.strictEqual(addon.setPrototype(target, proto), 0);
assert.strictEqual(Object.getPrototypeOf(target), proto);
assert.strictEqual(target.greet(), 'hi');
assert.strictEqual(addon.setPrototype(target, null), 0);
assert.strictEqual(Object.getPrototypeOf(target), null);
assert.strictEqual(addon.setPrototype({}, 42), INVALID_ARG);
assert.strictEqual(addon.setPrototype(Object.preventExtensions({}), proto), GENERIC_FAILURE);
const cyclic = Object.create(proto);
assert.strictEqual(addon.setPrototype(proto, cyclic), GENERIC_FAILURE);
const trap = new Proxy({}, { setPrototypeOf() { throw new Error('trap'); } });
assert.throws(() => addon.setPrototype(trap, proto), /trap/);

// node_api_create_object_with_properties
const sym = Symbol('s');
const made = addon.create(proto, ['a', sym, 'b'], [1, 2, 3]);
assert.strictEqual(Object.getPrototypeOf(made), proto);
assert.deepStrictEqual(Reflect.ownKeys(made), ['a', 'b', sym]);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(made, 'a'),
  { value: 1, writable: true, enumerable: true, configurable: true });
assert.strictEqual(made[sym], 2);
assert.strictEqual(Object.getPrototypeOf(addon.create(undefined, [], [])), null);
assert.strictEqual(Object.getPrototypeOf(addon.create(null, ['x'], [1])), null);
assert.strictEqual(addon.create(7, [], []), INVALID_ARG);
assert.strictEqual(addon.create(null, [1], [1]), NAME_EXPECTED);
assert.strictEqual(addon.createNullResult(), INVALID_ARG);
assert.strictEqual(addon.createNullArrays(), INVALID_ARG);
console.log('experimental objects: ok');
