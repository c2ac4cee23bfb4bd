'use strict';
// Arrays and elements. Addon calls return {status, value?, exception?} (see objects).
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('arrays');

const ok = (...value) => (value.length === 0 ? { status: status.ok } : { status: status.ok, value: value[0] });

// ---- napi_create_array / napi_create_array_with_length
{
  const array = addon.create();
  assert.ok(Array.isArray(array));
  assert.strictEqual(array.length, 0);
  assert.strictEqual(Object.getPrototypeOf(array), Array.prototype);
  for (const n of [0, 1, 3, 1000, 100000]) {
    const sized = addon.createWithLength(n);
    assert.ok(Array.isArray(sized));
    assert.strictEqual(sized.length, n);
    // Every slot is a hole.
    assert.strictEqual(Object.keys(sized).length, 0);
    if (n > 0) assert.strictEqual(n - 1 in sized, false);
  }  // V8 takes the length as an int: past INT32_MAX (size_t 2^31 and up) it is negative
  // and the array is empty. (Lengths from about 2^27 to INT32_MAX abort Node: V8
  // allocates them; napi-host makes them sparse.)
  for (const n of [2 ** 31, 2 ** 32 - 1]) assert.strictEqual(addon.createWithLength(n).length, 0);
}

// ---- napi_get_array_length / napi_is_array
{
  assert.deepStrictEqual(addon.length([]), ok(0));
  assert.deepStrictEqual(addon.length([1, 2, 3]), ok(3));
  assert.deepStrictEqual(addon.length(new Array(7)), ok(7));
  const grown = [];
  grown[41] = 1;
  assert.deepStrictEqual(addon.length(grown), ok(42));
  const huge = [];
  huge.length = 2 ** 32 - 1;
  assert.deepStrictEqual(addon.length(huge), ok(2 ** 32 - 1));
  class Sub extends Array {}
  assert.deepStrictEqual(addon.length(Sub.from([1, 2])), ok(2));
  assert.deepStrictEqual(addon.isArray(new Sub()), ok(true));

  // Anything that is not an Array exotic object: napi_array_expected, no exception.
  const notArrays = [
    { length: 3 }, 'abc', 3, undefined, null, new Uint8Array(2), new Proxy([1, 2], {}),
    (function () { return arguments; })(1, 2), new Set([1]),
  ];
  for (const value of notArrays) {
    assert.deepStrictEqual(addon.length(value), { status: status.array_expected });
    assert.deepStrictEqual(addon.isArray(value), ok(false));
  }
  assert.deepStrictEqual(addon.isArray([]), ok(true));
  assert.deepStrictEqual(addon.isArray(addon.createWithLength(2)), ok(true));
}

// ---- set / get / has / delete elements
{
  const array = ['a', 'b'];
  assert.deepStrictEqual(addon.get(array, 0), ok('a'));
  assert.deepStrictEqual(addon.get(array, 1), ok('b'));
  assert.deepStrictEqual(addon.get(array, 2), ok(undefined));
  assert.deepStrictEqual(addon.has(array, 1), ok(true));
  assert.deepStrictEqual(addon.has(array, 2), ok(false));

  // Setting past the end grows the array and leaves holes.
  assert.deepStrictEqual(addon.set(array, 5, 'f'), ok());
  assert.strictEqual(array.length, 6);
  assert.deepStrictEqual(addon.has(array, 3), ok(false));
  assert.deepStrictEqual(addon.get(array, 3), ok(undefined));
  assert.deepStrictEqual(addon.get(array, 5), ok('f'));

  // Deleting leaves a hole and keeps the length.
  assert.deepStrictEqual(addon.delete(array, 0), ok(true));
  assert.strictEqual(array.length, 6);
  assert.strictEqual(0 in array, false);
  assert.deepStrictEqual(addon.has(array, 0), ok(false));
  assert.deepStrictEqual(addon.delete(array, 100), ok(true));
  assert.deepStrictEqual(addon.deleteNoResult(array, 1), ok());
  assert.strictEqual(1 in array, false);

  // A hole that was filled in the prototype chain is found through it.
  const holey = [, 'x'];
  Object.setPrototypeOf(holey, Object.assign(Object.create(Array.prototype), { 0: 'inherited' }));
  assert.deepStrictEqual(addon.has(holey, 0), ok(true));
  assert.deepStrictEqual(addon.get(holey, 0), ok('inherited'));

  // The largest uint32 is not an array index: a plain property, length unchanged.
  const big = [];
  assert.deepStrictEqual(addon.set(big, 2 ** 32 - 1, 'max'), ok());
  assert.strictEqual(big.length, 0);
  assert.strictEqual(big['4294967295'], 'max');
  assert.deepStrictEqual(addon.get(big, 2 ** 32 - 1), ok('max'));
  assert.deepStrictEqual(addon.has(big, 2 ** 32 - 1), ok(true));
  // The largest array index sets the largest length.
  assert.deepStrictEqual(addon.set(big, 2 ** 32 - 2, 'last'), ok());
  assert.strictEqual(big.length, 2 ** 32 - 1);
}

// ---- elements of non-arrays
{
  const object = {};
  assert.deepStrictEqual(addon.set(object, 0, 'zero'), ok());
  assert.deepStrictEqual(addon.set(object, 10, 'ten'), ok());
  assert.deepStrictEqual(object, { 0: 'zero', 10: 'ten' });
  assert.deepStrictEqual(addon.get({ 3: 'three' }, 3), ok('three'));
  assert.deepStrictEqual(addon.has({ 3: 'three' }, 3), ok(true));
  assert.deepStrictEqual(addon.delete(object, 10), ok(true));
  assert.deepStrictEqual(object, { 0: 'zero' });
  const typed = new Uint8Array([5, 6]);
  assert.deepStrictEqual(addon.get(typed, 1), ok(6));
  assert.deepStrictEqual(addon.set(typed, 0, 300), ok());
  assert.strictEqual(typed[0], 300 & 0xff);
  assert.deepStrictEqual(addon.has(typed, 2), ok(false));
  // Primitives are converted with ToObject.
  assert.deepStrictEqual(addon.get('abc', 1), ok('b'));
  assert.deepStrictEqual(addon.has('abc', 2), ok(true));
  assert.deepStrictEqual(addon.has('abc', 5), ok(false));
  assert.deepStrictEqual(addon.delete('abc', 0), ok(false));
  assert.deepStrictEqual(addon.set('abc', 0, 'z'), ok());
  // Getters and setters on indices run.
  const seen = [];
  const accessors = Object.defineProperty([], 0, {
    get() { return 'got'; },
    set(v) { seen.push(v); },
  });
  assert.deepStrictEqual(addon.get(accessors, 0), ok('got'));
  assert.deepStrictEqual(addon.set(accessors, 0, 'put'), ok());
  assert.deepStrictEqual(seen, ['put']);
}

// ---- frozen arrays: a failed set is napi_ok with nothing changed; delete says false
{
  const frozen = Object.freeze([1, 2]);
  assert.deepStrictEqual(addon.set(frozen, 0, 9), ok());
  assert.deepStrictEqual(addon.set(frozen, 5, 9), ok());
  assert.deepStrictEqual(addon.delete(frozen, 0), ok(false));
  assert.deepStrictEqual(frozen, [1, 2]);
  const fixedLength = Object.defineProperty([1], 'length', { writable: false });
  assert.deepStrictEqual(addon.set(fixedLength, 3, 'x'), ok());
  assert.deepStrictEqual(fixedLength, [1]);
}

// ---- undefined/null receivers and JS that throws
{
  for (const receiver of [undefined, null]) {
    for (const [name, call] of Object.entries({
      get: () => addon.get(receiver, 0),
      set: () => addon.set(receiver, 0, 1),
      has: () => addon.has(receiver, 0),
      delete: () => addon.delete(receiver, 0),
    })) {
      const result = call();
      assert.strictEqual(result.status, status.object_expected, name);
      assert.ok(result.exception instanceof TypeError, name);
    }
  }
  const errors = {};
  const trap = (name) => () => { throw (errors[name] = new Error(name)); };
  const proxy = new Proxy([], {
    get: trap('get'), set: trap('set'), has: trap('has'), deleteProperty: trap('delete'),
  });
  const expectThrown = (result, error, label) => {
    assert.strictEqual(result.status, status.generic_failure, label);
    assert.strictEqual(result.exception, error, label);
  };
  expectThrown(addon.get(proxy, 0), errors.get, 'get');
  expectThrown(addon.set(proxy, 0, 1), errors.set, 'set');
  expectThrown(addon.has(proxy, 0), errors.has, 'has');
  expectThrown(addon.delete(proxy, 0), errors.delete, 'delete');
  expectThrown(addon.deleteNoResult(proxy, 0), errors.delete, 'deleteNoResult');
  const getterError = new Error('element getter');
  expectThrown(addon.get(Object.defineProperty([], 2, { get() { throw getterError; } }), 2),
               getterError, 'element getter');
}

// ---- building arrays from C
{
  assert.deepStrictEqual(addon.range(0), []);
  assert.deepStrictEqual(addon.range(5), [0, 1, 2, 3, 4]);
  const large = addon.range(10000);
  assert.strictEqual(large.length, 10000);
  assert.strictEqual(large[9999], 9999);
  assert.deepStrictEqual(addon.reverse([1, 'two', { three: 3 }]), [{ three: 3 }, 'two', 1]);
  // Holes survive the round trip.
  const reversed = addon.reverse([1, , 3, , ]); // eslint-disable-line no-sparse-arrays
  assert.strictEqual(reversed.length, 4);
  assert.deepStrictEqual(Object.keys(reversed), ['1', '3']);
  assert.strictEqual(reversed[1], 3);
  assert.strictEqual(reversed[3], 1);
  // napi_get_array_length fails with napi_array_expected; CHECK turns that into a throw.
  assert.throws(() => addon.reverse({ length: 2 }), Error);
}

// ---- NULL arguments and pending exceptions
{
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.nullStatuses([1]), [
    ia, ia, // create_array, create_array_with_length
    ia, ia, // get_array_length: value, result
    ia, ia, // is_array: value, result
    ia, ia, // set_element: object, value
    ia, ia, // get_element: object, result
    ia, ia, // has_element: object, result
    ia, // delete_element: object
  ]);
  const array = [1];
  const pe = status.pending_exception;
  const result = addon.whilePending(array);
  // get_array_length and the element functions run JS (NAPI_PREAMBLE); is_array and
  // the constructors do not.
  assert.deepStrictEqual(result.statuses, [pe, pe, pe, pe, pe, status.ok, status.ok, status.ok]);
  assert.strictEqual(result.exception.message, 'pending');
  assert.deepStrictEqual(array, [1]);
}
