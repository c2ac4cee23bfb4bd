'use strict';
// Coercion: napi_coerce_to_bool, _number, _object and _string. A conversion that
// throws leaves its exception pending and fails with the expected type's status.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('coercion');

const ok = (value) => ({ status: status.ok, value });
const sym = Symbol('s');
const boom = new Error('boom');
const throwing = { valueOf() { throw boom; }, toString() { throw boom; } };

// ---- napi_coerce_to_bool
for (const [v, b] of [[0, false], [-0, false], [NaN, false], ['', false], [null, false],
  [undefined, false], [0n, false], [1, true], ['0', true], [{}, true], [[], true], [sym, true],
  [1n, true], [throwing, true], [() => {}, true]]) {
  assert.deepStrictEqual(addon.toBool(v), ok(b));
}

// ---- napi_coerce_to_number
for (const [v, n] of [['42', 42], [' 1.5 ', 1.5], ['', 0], ['0x10', 16], [true, 1],
  [false, 0], [null, 0], [[], 0], [[7], 7], [{ valueOf: () => 9 }, 9], [new Date(5), 5]]) {
  assert.deepStrictEqual(addon.toNumber(v), ok(n));
}
assert.ok(Number.isNaN(addon.toNumber(undefined).value));
assert.ok(Number.isNaN(addon.toNumber('abc').value));
assert.ok(Number.isNaN(addon.toNumber({}).value));
assert.ok(Object.is(addon.toNumber(-0).value, -0));
{
  const r = addon.toNumber(sym);
  assert.strictEqual(r.status, status.number_expected);
  assert.ok(r.exception instanceof TypeError);
}
{
  const r = addon.toNumber(10n);
  assert.strictEqual(r.status, status.number_expected);
  assert.ok(r.exception instanceof TypeError);
}
assert.deepStrictEqual(addon.toNumber(throwing), { status: status.number_expected, exception: boom });

// ---- napi_coerce_to_object
{
  const o = {};
  assert.strictEqual(addon.toObject(o).value, o);
  const f = () => {};
  assert.strictEqual(addon.toObject(f).value, f);
  const n = addon.toObject(5).value;
  assert.strictEqual(typeof n, 'object');
  assert.ok(n instanceof Number);
  assert.strictEqual(n.valueOf(), 5);
  assert.ok(addon.toObject('s').value instanceof String);
  assert.ok(addon.toObject(true).value instanceof Boolean);
  assert.strictEqual(addon.toObject(sym).value.valueOf(), sym);
  assert.strictEqual(addon.toObject(3n).value.valueOf(), 3n);
  for (const v of [undefined, null]) {
    const r = addon.toObject(v);
    assert.strictEqual(r.status, status.object_expected);
    assert.ok(r.exception instanceof TypeError);
  }
}

// ---- napi_coerce_to_string
for (const [v, s] of [[42, '42'], [-0, '0'], [1.5e300, '1.5e+300'], [true, 'true'],
  [null, 'null'], [undefined, 'undefined'], [[1, [2, 3]], '1,2,3'], [{}, '[object Object]'],
  [12n, '12'], [{ toString: () => 'custom' }, 'custom'], ['same', 'same']]) {
  assert.deepStrictEqual(addon.toString(v), ok(s));
}
{
  const r = addon.toString(sym);
  assert.strictEqual(r.status, status.string_expected);
  assert.ok(r.exception instanceof TypeError);
}
assert.deepStrictEqual(addon.toString(throwing), { status: status.string_expected, exception: boom });

// ---- NULL arguments and pending exceptions
assert.deepStrictEqual(addon.nullStatuses(1), new Array(8).fill(status.invalid_arg));
assert.deepStrictEqual(addon.whilePending(1), new Array(4).fill(status.pending_exception));
