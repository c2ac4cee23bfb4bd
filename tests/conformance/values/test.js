'use strict';
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('values');

assert.deepStrictEqual(addon.singletons(), [undefined, null, true, false, globalThis]);

// [double, int32 (ToInt32), uint32 (ToUint32), int64 (saturating, as a string)]
const conversions = [
  [0, [0, 0, 0, '0']],
  [-0, [-0, 0, 0, '0']],
  [1.9, [1.9, 1, 1, '1']],
  [-1.9, [-1.9, -1, 4294967295, '-1']],
  [2 ** 31, [2 ** 31, -(2 ** 31), 2 ** 31, '2147483648']],
  [2 ** 32 + 3, [2 ** 32 + 3, 3, 3, '4294967299']],
  [-(2 ** 32) - 3, [-(2 ** 32) - 3, -3, 4294967293, '-4294967299']],
  [NaN, [NaN, 0, 0, '0']],
  [Infinity, [Infinity, 0, 0, '0']],
  [-Infinity, [-Infinity, 0, 0, '0']],
  [Number.MAX_SAFE_INTEGER, [Number.MAX_SAFE_INTEGER, -1, 4294967295, '9007199254740991']],
  [Number.MIN_VALUE, [Number.MIN_VALUE, 0, 0, '0']],
];
for (const [input, expected] of conversions) {
  assert.deepStrictEqual(addon.conversions(input), expected, `conversions(${input})`);
}

assert.strictEqual(addon.createInt64(-42), -42);
assert.strictEqual(addon.createInt64(2 ** 40), 2 ** 40);

assert.strictEqual(addon.getBool(true), false);
assert.strictEqual(addon.getBool(false), true);

const types = [
  [undefined, 'undefined'], [null, 'null'], [true, 'boolean'], [1.5, 'number'],
  ['s', 'string'], [Symbol('s'), 'symbol'], [{}, 'object'], [[], 'object'],
  [() => {}, 'function'], [class {}, 'function'], [10n, 'bigint'], [new Date(), 'object'],
];
for (const [value, name] of types) {
  assert.strictEqual(addon.typeOf(value), name);
}

const object = {};
assert.strictEqual(addon.strictEquals(object, object), true);
assert.strictEqual(addon.strictEquals(object, {}), false);
assert.strictEqual(addon.strictEquals(1, 1), true);
assert.strictEqual(addon.strictEquals(1, '1'), false);
assert.strictEqual(addon.strictEquals(NaN, NaN), false);
assert.strictEqual(addon.strictEquals(0, -0), true);
assert.strictEqual(addon.strictEquals('ab', 'a' + 'b'), true);

const ne = status.number_expected;
const be = status.boolean_expected;
const ia = status.invalid_arg;
assert.deepStrictEqual(addon.wrongTypeStatuses('1'), [ne, ne, ne, ne, be, ia, ia]);
assert.deepStrictEqual(addon.wrongTypeStatuses(true), [ne, ne, ne, ne, 0, ia, ia]);
assert.deepStrictEqual(addon.wrongTypeStatuses(1), [0, 0, 0, 0, be, ia, ia]);
assert.deepStrictEqual(addon.nullResultStatuses(), [ia, ia, ia, ia]);

// ---- more edges --------------------------------------------------------------------

assert.strictEqual(addon.singletons()[4], globalThis);

// ToInt32 / ToUint32 wrap modulo 2^32; napi_get_value_int64 truncates and saturates.
const moreConversions = [
  [2 ** 31 - 1, [2 ** 31 - 1, 2147483647, 2147483647, '2147483647']],
  [-(2 ** 31), [-(2 ** 31), -2147483648, 2147483648, '-2147483648']],
  [-(2 ** 31) - 1, [-(2 ** 31) - 1, 2147483647, 2147483647, '-2147483649']],
  [4294967295.5, [4294967295.5, -1, 4294967295, '4294967295']],
  [-0.5, [-0.5, 0, 0, '0']],
  [1e20, [1e20, 1661992960, 1661992960, '9223372036854775807']],
  [2 ** 53 + 2, [2 ** 53 + 2, 2, 2, '9007199254740994']],
  [-(2 ** 53) - 2, [-(2 ** 53) - 2, -2, 4294967294, '-9007199254740994']],
  [2 ** 63 - 1024, [2 ** 63 - 1024, -1024, 4294966272, '9223372036854774784']],
  [-(2 ** 63) + 1024, [-(2 ** 63) + 1024, 1024, 1024, '-9223372036854774784']],
  [2 ** 63, [2 ** 63, 0, 0, '9223372036854775807']],
  [-(2 ** 63), [-(2 ** 63), 0, 0, '-9223372036854775808']],
  [2 ** 64, [2 ** 64, 0, 0, '9223372036854775807']],
  [1e300, [1e300, 0, 0, '9223372036854775807']],
  [-1e300, [-1e300, 0, 0, '-9223372036854775808']],
  [Number.MAX_VALUE, [Number.MAX_VALUE, 0, 0, '9223372036854775807']],
  [-Number.MIN_VALUE, [-Number.MIN_VALUE, 0, 0, '0']],
];
for (const [input, expected] of moreConversions) {
  const actual = addon.conversions(input);
  assert.strictEqual(actual.length, 4);
  for (let i = 0; i < 4; i++) {
    assert.ok(Object.is(actual[i], expected[i]), `conversions(${input})[${i}]: ${actual[i]} !== ${expected[i]}`);
  }
}
// -0 keeps its sign as a double; the integer getters give +0.
{
  const [d, i32, u32, i64] = addon.conversions(-0);
  assert.ok(Object.is(d, -0));
  assert.ok(Object.is(i32, 0) && Object.is(u32, 0));
  assert.strictEqual(i64, '0');
}

// Numbers created in C at each type's edges (int64 goes through a double, so it
// rounds: INT64_MAX -> 2^63, 2^53 + 1 -> 2^53).
{
  const expected = [
    -2147483648, 2147483647, 4294967295, 0, 2 ** 63, -(2 ** 63), 2 ** 53, -1,
    -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -1,
  ];
  const actual = addon.createEdges();
  assert.strictEqual(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(Object.is(actual[i], expected[i]), `createEdges()[${i}]: ${actual[i]} !== ${expected[i]}`);
  }
}

// More napi_typeof.
const moreTypes = [
  [addon.makeExternal(), 'external'],
  [globalThis, 'object'],
  [new Number(1), 'object'],
  [new String('s'), 'object'],
  [new Boolean(false), 'object'],
  [Object(Symbol('s')), 'object'],
  [Object(1n), 'object'],
  [Symbol.iterator, 'symbol'],
  [Symbol.for('registered'), 'symbol'],
  [-0, 'number'],
  [NaN, 'number'],
  [2n ** 100n, 'bigint'],
  ['', 'string'],
  [async () => {}, 'function'],
  [function* generator() {}, 'function'],
  [Math.max, 'function'],
  [new Proxy(() => {}, {}), 'function'],
  [new Proxy({}, {}), 'object'],
  [new Error('e'), 'object'],
  [/re/, 'object'],
  [Promise.resolve(), 'object'],
];
for (const [i, [value, name]] of moreTypes.entries()) {
  assert.strictEqual(addon.typeOf(value), name, `moreTypes[${i}]`);
}

// More napi_strict_equals (=== semantics).
{
  const sym = Symbol('s');
  assert.strictEqual(addon.strictEquals(sym, sym), true);
  assert.strictEqual(addon.strictEquals(Symbol('s'), Symbol('s')), false);
  assert.strictEqual(addon.strictEquals(Symbol.for('k'), Symbol.for('k')), true);
  assert.strictEqual(addon.strictEquals(10n, 10n), true);
  assert.strictEqual(addon.strictEquals(10n, 10), false);
  assert.strictEqual(addon.strictEquals(null, undefined), false);
  assert.strictEqual(addon.strictEquals(undefined, undefined), true);
  assert.strictEqual(addon.strictEquals(null, null), true);
  assert.strictEqual(addon.strictEquals(true, 1), false);
  assert.strictEqual(addon.strictEquals('', 0), false);
  assert.strictEqual(addon.strictEquals(globalThis, globalThis), true);
  const fn = () => {};
  assert.strictEqual(addon.strictEquals(fn, fn), true);
  assert.strictEqual(addon.strictEquals(new String('a'), 'a'), false);
  // A string made in C equals an equal JS string; the global is napi_get_global's.
  assert.deepStrictEqual(addon.strictEqualsMade('abc'), [true, false]);
  assert.deepStrictEqual(addon.strictEqualsMade(['a', 'b', 'c'].join('')), [true, false]);
  assert.deepStrictEqual(addon.strictEqualsMade(globalThis), [false, true]);
  // NAPI_PREAMBLE: refused while an exception is pending, result untouched.
  assert.deepStrictEqual(addon.strictEqualsWhilePending(new Error('x')), [status.pending_exception, true]);
  assert.deepStrictEqual(addon.strictEqualsWhilePending(undefined), [status.pending_exception, true]);
}

// Wrong types for the getters: [double, int32, uint32, int64, bool, NULL value, NULL result]
for (const value of [undefined, null, {}, [], 10n, Symbol('s'), new Number(1), () => 1]) {
  assert.deepStrictEqual(addon.wrongTypeStatuses(value), [ne, ne, ne, ne, be, ia, ia], String(value));
}
assert.deepStrictEqual(addon.wrongTypeStatuses(new Boolean(true)), [ne, ne, ne, ne, be, ia, ia]);
assert.deepStrictEqual(addon.wrongTypeStatuses(NaN), [0, 0, 0, 0, be, ia, ia]);
assert.deepStrictEqual(addon.wrongTypeStatuses(-0), [0, 0, 0, 0, be, ia, ia]);

// NULL env -> napi_invalid_arg for every function of this area.
assert.deepStrictEqual(addon.nullEnvStatuses(), Array(15).fill(ia));
// NULL value / NULL result arguments.
assert.deepStrictEqual(addon.nullArgStatuses(), Array(17).fill(ia));
