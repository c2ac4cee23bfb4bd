'use strict';
// The Array methods napi-host replaces so that they stop at the deadline (join,
// toString, toLocaleString, reverse, copyWithin, slice, splice, sort, shift, unshift,
// concat, flat, flatMap) behave as in Node on every kind of receiver: long sparse
// arrays, array-likes, proxies, primitives, subclasses. No addon: Node's own
// built-ins are the oracle.
const { assert } = require('../common');

const LONG = 2 ** 20; // past the length napi-host hands to the native loops

// A long sparse array with `values` at its start and `tail` at its end.
function sparse(values, tail = []) {
  const array = new Array(LONG);
  values.forEach((v, i) => { array[i] = v; });
  tail.forEach((v, i) => { array[LONG - tail.length + i] = v; });
  return array;
}

const ownEntries = (object) => Object.keys(object).map((k) => [k, object[k]]);

// ---- names and lengths are the built-ins'
{
  const expected = {
    concat: 1, copyWithin: 2, flat: 0, flatMap: 1, join: 1, reverse: 0, shift: 0,
    slice: 2, sort: 1, splice: 2, toLocaleString: 0, unshift: 1,
  };
  for (const [name, length] of Object.entries(expected)) {
    const method = Array.prototype[name];
    assert.strictEqual(method.name, name);
    assert.strictEqual(method.length, length, name);
    const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, name);
    assert.deepStrictEqual(
      [descriptor.writable, descriptor.enumerable, descriptor.configurable],
      [true, false, true], name);
    assert.throws(() => new method(), TypeError, `${name} is not a constructor`);
    assert.throws(() => method.call(null), TypeError);
    assert.throws(() => method.call(undefined), TypeError);
  }
}

// ---- join, toString, toLocaleString
{
  const long = sparse(['a', null, undefined, 1], ['z']);
  const joined = long.join('');
  assert.strictEqual(joined, 'a1z');
  assert.strictEqual(long.join().length, LONG - 1 + 3);
  assert.ok(String(long).startsWith('a,,,1,,'));
  assert.ok(long.toString().endsWith(',,z'));
  assert.strictEqual(long.toLocaleString().length, LONG - 1 + 3);

  const like = { length: 3, 0: 'x', 2: 'y' };
  assert.strictEqual(Array.prototype.join.call(like, '-'), 'x--y');
  assert.strictEqual(Array.prototype.join.call('abc', '+'), 'a+b+c');
  assert.strictEqual(Array.prototype.join.call(42), '');
  assert.strictEqual(Array.prototype.toString.call({ join: Array.prototype.join, length: 2, 1: 7 }), ',7');
  assert.strictEqual(Array.prototype.toString.call({}), '[object Object]');
  // The element conversion uses the element's own methods.
  assert.strictEqual([{ toString: () => 'T' }, { toLocaleString: () => 'L' }].join(), 'T,[object Object]');
  assert.strictEqual(Array.prototype.toLocaleString.call({ length: 1, 0: { toLocaleString: () => 'L' } }), 'L');
  // Symbols cannot be joined.
  assert.throws(() => Array.prototype.join.call({ length: 1, 0: Symbol('s') }), TypeError);
  // Nested arrays join through their own (replaced) join.
  assert.strictEqual([1, [2, [3, sparse([4])]]].join().slice(0, 9), '1,2,3,4,,');
}

// ---- getters see the receiver; accesses happen in the specified order
{
  const log = [];
  const target = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
  const receiver = new Proxy(target, {
    get(t, key, r) {
      log.push(`get ${String(key)}`);
      assert.strictEqual(r, receiver);
      return Reflect.get(t, key, r);
    },
    has(t, key) {
      log.push(`has ${String(key)}`);
      return Reflect.has(t, key);
    },
    set(t, key, value, r) {
      log.push(`set ${String(key)}=${value}`);
      return Reflect.set(t, key, value, r);
    },
    deleteProperty(t, key) {
      log.push(`delete ${String(key)}`);
      return Reflect.deleteProperty(t, key);
    },
  });
  assert.strictEqual(Array.prototype.join.call(receiver, ''), 'abc');
  assert.deepStrictEqual(log, ['get length', 'get 0', 'get 1', 'get 2']);

  log.length = 0;
  assert.strictEqual(Array.prototype.reverse.call(receiver), receiver);
  assert.deepStrictEqual(log, [
    'get length', 'has 0', 'get 0', 'has 2', 'get 2', 'set 0=c', 'set 2=a',
  ]);
  assert.deepStrictEqual(ownEntries(target), [['0', 'c'], ['1', 'b'], ['2', 'a'], ['length', 3]]);

  const self = { length: 1, get 0() { return this; } };
  assert.strictEqual(Array.prototype.slice.call(self)[0], self);
}

// ---- reverse, copyWithin, sort return the receiver itself
{
  const long = sparse([1, 2], [9]);
  assert.strictEqual(long.reverse(), long);
  assert.deepStrictEqual([long[0], long[LONG - 2], long[LONG - 1], 1 in long], [9, 2, 1, false]);

  const like = { length: 4, 0: 'a', 1: 'b', 3: 'd' };
  assert.strictEqual(Array.prototype.copyWithin.call(like, 0, 1), like);
  assert.deepStrictEqual(ownEntries(like), [['0', 'b'], ['2', 'd'], ['3', 'd'], ['length', 4]]);

  const toSort = sparse([3, undefined, 1, 10, 2]);
  assert.strictEqual(toSort.sort(), toSort);
  assert.deepStrictEqual(toSort.slice(0, 5), [1, 10, 2, 3, undefined]);
  assert.strictEqual(5 in toSort, false);
  const sortedLike = { length: 3, 0: 'b', 2: 'a' };
  assert.strictEqual(Array.prototype.sort.call(sortedLike, (x, y) => (x < y ? 1 : -1)), sortedLike);
  assert.deepStrictEqual(ownEntries(sortedLike), [['0', 'b'], ['1', 'a'], ['length', 3]]);
  assert.throws(() => [2, 1].sort('not a function'), TypeError);
  // Stable, as the specification requires.
  const records = sparse([{ k: 1, i: 0 }, { k: 0, i: 1 }, { k: 1, i: 2 }, { k: 0, i: 3 }]);
  records.sort((a, b) => a.k - b.k);
  assert.deepStrictEqual(records.slice(0, 4).map((r) => r.i), [1, 3, 0, 2]);

  const boxed = Array.prototype.reverse.call('');
  assert.ok(boxed instanceof String);
}

// ---- slice, splice, shift, unshift
{
  const long = sparse(['a', 'b'], ['y', 'z']);
  const tail = long.slice(LONG - 3);
  assert.deepStrictEqual([tail.length, 0 in tail, tail[1], tail[2]], [3, false, 'y', 'z']);
  assert.strictEqual(long.slice(0, 3).length, 3);
  assert.deepStrictEqual(long.slice(-1), ['z']);

  const removed = long.splice(1, 2, 'B1', 'B2', 'B3');
  assert.strictEqual(removed.length, 2);
  assert.deepStrictEqual([removed[0], 1 in removed], ['b', false]);
  assert.deepStrictEqual([long.length, long[0], long[1], long[3], long[LONG]], [LONG + 1, 'a', 'B1', 'B3', 'z']);
  // One argument removes to the end; an explicit undefined count removes nothing.
  const a = sparse([1, 2, 3]);
  assert.strictEqual(a.splice(2).length, LONG - 2);
  assert.strictEqual(a.length, 2);
  const b = sparse([1, 2, 3]);
  assert.strictEqual(b.splice(2, undefined).length, 0);
  assert.strictEqual(b.length, LONG);

  const queue = sparse(['first', 'second']);
  assert.strictEqual(queue.shift(), 'first');
  assert.deepStrictEqual([queue.length, queue[0], 1 in queue], [LONG - 1, 'second', false]);
  assert.strictEqual(queue.unshift('zero', 'one'), LONG + 1);
  assert.deepStrictEqual([queue[0], queue[1], queue[2]], ['zero', 'one', 'second']);

  const like = { length: 2, 0: 'p', 1: 'q' };
  assert.strictEqual(Array.prototype.shift.call(like), 'p');
  assert.deepStrictEqual(ownEntries(like), [['0', 'q'], ['length', 1]]);
  assert.strictEqual(Array.prototype.unshift.call(like, 'o'), 2);
  assert.deepStrictEqual(ownEntries(like), [['0', 'o'], ['1', 'q'], ['length', 2]]);
  assert.throws(() => Array.prototype.unshift.call({ length: 2 ** 53 - 1 }, 1), TypeError);
  assert.deepStrictEqual(Array.prototype.splice.call({ length: 3, 0: 1, 1: 2, 2: 3 }, 1, 1), [2]);
}

// ---- species: subclasses and custom constructors
{
  class Sub extends Array {}
  const sub = Sub.from([1, 2, 3]);
  sub.length = LONG;
  for (const result of [sub.slice(0, 2), sub.splice(0, 1), sub.concat([4]), sub.flat(), sub.flatMap((x) => [x])]) {
    assert.ok(result instanceof Sub);
  }
  const made = [];
  const custom = sparse([1, 2]);
  custom.constructor = {
    [Symbol.species]: function Made(length) {
      made.push(length);
      return {};
    },
  };
  const sliced = custom.slice(0, 2);
  assert.deepStrictEqual(ownEntries(sliced), [['0', 1], ['1', 2], ['length', 2]]);
  custom.constructor = { [Symbol.species]: null };
  assert.ok(Array.isArray(custom.concat()));
  custom.constructor = { [Symbol.species]: 'nope' };
  assert.throws(() => custom.flat(), TypeError);
  assert.throws(() => custom.concat(), TypeError);
  custom.constructor = { [Symbol.species]: () => {} };
  assert.throws(() => custom.flatMap((x) => x), TypeError);
  const custom2 = [1];
  custom2.constructor = { [Symbol.species]: function Made2(length) { made.push(length); return {}; } };
  assert.deepStrictEqual(ownEntries(custom2.concat([2])), [['0', 1], ['1', 2], ['length', 2]]);
  assert.deepStrictEqual(ownEntries(custom2.flat()), [['0', 1]]);
  assert.deepStrictEqual(made, [2, 0, 0]);
}

// ---- concat
{
  const object = { a: 1 };
  const result = [1].concat(object, 'str', [2, , 3], { length: 2, 0: 'x', [Symbol.isConcatSpreadable]: true });
  assert.strictEqual(result.length, 8);
  assert.strictEqual(result[1], object);
  assert.deepStrictEqual([result[2], result[3], 4 in result, result[5], result[6], 7 in result],
    ['str', 2, false, 3, 'x', false]);
  const unspread = [5, 6];
  unspread[Symbol.isConcatSpreadable] = false;
  assert.strictEqual([].concat(unspread)[0], unspread);
  const long = sparse(['a'], ['z']);
  const joined = [0].concat(long, [1]);
  assert.deepStrictEqual([joined.length, joined[1], joined[LONG], joined[LONG + 1]], [LONG + 2, 'a', 'z', 1]);
  const primitive = Array.prototype.concat.call(7, 8);
  assert.ok(primitive[0] instanceof Number);
  assert.strictEqual(primitive[1], 8);
  const fn = Object.assign(function (a) {}, { 0: 'f', [Symbol.isConcatSpreadable]: true });
  assert.deepStrictEqual([].concat(fn), ['f']);
  assert.throws(() => [1].concat({ length: 2 ** 53 - 1, [Symbol.isConcatSpreadable]: true }), TypeError);
  assert.throws(() => [].concat(new Proxy({}, { get() { throw new RangeError('trap'); } })), RangeError);
}

// ---- flat and flatMap
{
  const nested = [1, [2, , [3, [4, sparse(['deep'])]]], , 5];
  assert.deepStrictEqual(nested.flat(), [1, 2, [3, [4, nested[1][2][1][1]]], 5]);
  assert.deepStrictEqual(nested.flat(2).length, 5);
  const all = nested.flat(Infinity);
  assert.deepStrictEqual(all, [1, 2, 3, 4, 'deep', 5]);
  assert.deepStrictEqual(nested.flat(-1), [1, nested[1], 5]);
  assert.deepStrictEqual(nested.flat('1'), nested.flat(1));
  assert.deepStrictEqual([[1, [2]]].flat(NaN), [[1, [2]]]);
  assert.throws(() => [].flat(1n), TypeError);
  assert.deepStrictEqual(Array.prototype.flat.call({ length: 2, 0: [1, 2], 1: 3 }), [1, 2, 3]);
  // Array-likes inside are values; only arrays are flattened.
  const like = { length: 1, 0: 'x' };
  assert.strictEqual([like].flat()[0], like);

  const source = sparse(['a', 'b']);
  const seen = [];
  const thisArg = {};
  const mapped = source.flatMap(function (element, index, array) {
    seen.push([element, index, array === source, this === thisArg]);
    return index === 0 ? [element, [element]] : element;
  }, thisArg);
  assert.deepStrictEqual(seen, [['a', 0, true, true], ['b', 1, true, true]]);
  assert.deepStrictEqual(mapped, ['a', ['a'], 'b']);
  assert.throws(() => [1].flatMap(), TypeError);
  assert.throws(() => [1].flatMap({}), TypeError);
  assert.deepStrictEqual([1, 2].flatMap((x) => ({ length: 1, 0: x })).map((o) => o[0]), [1, 2]);
  assert.deepStrictEqual(Array.prototype.flatMap.call('ab', (c) => [c, c]), ['a', 'a', 'b', 'b']);
}

// ---- what is read, and how often, does not depend on the path taken
{
  let getterCalls = 0;
  const withGetter = [1, 2];
  Object.defineProperty(withGetter, 0, {
    get() { getterCalls++; return [3]; }, enumerable: true, configurable: true,
  });
  assert.deepStrictEqual(withGetter.flat(), [3, 2]);
  assert.deepStrictEqual(withGetter.concat([4]), [[3], 2, 4]);
  assert.strictEqual(withGetter.join(), '3,2');
  assert.strictEqual(getterCalls, 3);

  let depthReads = 0;
  const depth = { valueOf() { depthReads++; return 2; } };
  assert.deepStrictEqual([[1, [2, [3]]]].flat(depth), [1, 2, [3]]);
  assert.strictEqual(depthReads, 1);

  let inheritedReads = 0;
  Object.defineProperty(Array.prototype, 1, {
    get() { inheritedReads++; return 'inherited'; }, configurable: true,
  });
  try {
    assert.deepStrictEqual([[0, , 2]].flat(), [0, 'inherited', 2]);
    assert.deepStrictEqual([0, , 2].concat([]), [0, 'inherited', 2]);
    assert.strictEqual([0, , 2].join(), '0,inherited,2');
  } finally {
    delete Array.prototype[1];
  }
  assert.strictEqual(inheritedReads, 3);

  const spreadReads = [];
  const spreadable = new Proxy([5, 6], {
    get(target, key) {
      spreadReads.push(String(key));
      return Reflect.get(target, key);
    },
  });
  assert.deepStrictEqual([4].concat(spreadable), [4, 5, 6]);
  assert.deepStrictEqual(spreadReads, ['Symbol(Symbol.isConcatSpreadable)', 'length', '0', '1']);
  assert.deepStrictEqual([[1], new Proxy([2, [3]], {})].flat(), [1, 2, [3]]);

  // Arrays the flatMap callback returns are flattened one level, whatever they are.
  const long = sparse(['a'], ['z']);
  assert.deepStrictEqual([1].flatMap(() => long), ['a', 'z']);
  assert.deepStrictEqual([1].flatMap(() => new Proxy([7, [8]], {})), [7, [8]]);
  assert.deepStrictEqual([1, 2].flatMap((x) => [x, [x]]), [1, [1], 2, [2]]);
  const inner = [9];
  assert.strictEqual([1].flatMap(() => [inner])[0], inner);
}

console.log('array built-ins: ok');
