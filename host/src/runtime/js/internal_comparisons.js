'use strict';
// internal_comparisons.js — the deep-equality algorithm behind assert.deepEqual,
// assert.deepStrictEqual and util.isDeepStrictEqual, following Node's rules. Strict
// mode compares with Object.is, requires equal prototypes and also compares own
// enumerable symbol keys; loose mode compares primitives with == and ignores
// prototypes. Both compare Maps and Sets regardless of order and handle cycles.

const types = require('internal:types');

const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const isPrimitive = (value) =>
  value === null || (typeof value !== 'object' && typeof value !== 'function');
const isError = (value) => types.isNativeError(value) || value instanceof Error;
const tagOf = (value) => Object.prototype.toString.call(value);

const setHas = (set, value) => Set.prototype.has.call(set, value);
const setValues = (set) => Reflect.apply(Set.prototype.values, set, []);
const mapHas = (map, key) => Map.prototype.has.call(map, key);
const mapGet = (map, key) => Map.prototype.get.call(map, key);
const mapEntries = (map) => Reflect.apply(Map.prototype.entries, map, []);
const getTime = (date) => Date.prototype.getTime.call(date);

function isDeepEqual(a, b, strict) {
  return compare(a, b, strict, { a: new Map(), b: new Map(), position: 0 });
}

const isDeepStrictEqual = (a, b) => isDeepEqual(a, b, true);
const isDeepLooseEqual = (a, b) => isDeepEqual(a, b, false);

function compare(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      // eslint-disable-next-line eqeqeq -- loose equality is the point of loose mode
      return (b === null || typeof b !== 'object') &&
        (a == b || (Number.isNaN(a) && Number.isNaN(b)));
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return compareObjects(a, b, strict, memo);
}

function compareObjects(a, b, strict, memo) {
  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return compareProperties(a, b, strict, memo, compareArrayElements, nonIndexKeys);
  }
  if (tag === '[object Object]') return compareProperties(a, b, strict, memo);
  if (types.isDate(a)) {
    if (!types.isDate(b) || getTime(a) !== getTime(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (types.isArrayBufferView(a)) {
    if (!sameViewContents(a, b, strict)) return false;
    return compareProperties(a, b, strict, memo, undefined, nonIndexKeys);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return compareProperties(a, b, strict, memo, compareSetValues);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return compareProperties(a, b, strict, memo, compareMapEntries);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b)) return false;
    if (!sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (hasSpecialKind(b)) {
    return false;
  }
  return compareProperties(a, b, strict, memo);
}

const hasSpecialKind = (value) =>
  Array.isArray(value) || types.isArrayBufferView(value) || types.isSet(value) ||
  types.isMap(value) || types.isDate(value) || types.isRegExp(value) ||
  types.isAnyArrayBuffer(value) || types.isBoxedPrimitive(value) || isError(value);

// The own enumerable keys that take part in the comparison: strings, plus symbols
// in strict mode.
function propertyKeys(object, strict) {
  const keys = Object.keys(object);
  if (!strict) return keys;
  const symbols = Object.getOwnPropertySymbols(object).filter((key) => isEnumerable(object, key));
  return keys.concat(symbols);
}

const isIndexKey = (key) => /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
const nonIndexKeys = (object, strict) =>
  propertyKeys(object, strict).filter((key) => typeof key === 'symbol' || !isIndexKey(key));

// Compares the entries (via `compareEntries`) and the own properties of two objects
// of the same kind.
function compareProperties(a, b, strict, memo, compareEntries, keysOf = propertyKeys) {
  const keys = keysOf(a, strict);
  if (keys.length !== keysOf(b, strict).length) return false;
  if (!keys.every((key) => isEnumerable(b, key))) return false;
  return withCycleCheck(a, b, memo, () =>
    (compareEntries === undefined || compareEntries(a, b, strict, memo)) &&
    keys.every((key) => compare(a[key], b[key], strict, memo)));
}

// Two objects met again while comparing their own contents are equal if they were
// first met as a pair.
function withCycleCheck(a, b, memo, compareContents) {
  const positionA = memo.a.get(a);
  if (positionA !== undefined) {
    const positionB = memo.b.get(b);
    if (positionB !== undefined) return positionA === positionB;
  }
  const position = memo.position++;
  memo.a.set(a, position);
  memo.b.set(b, position);
  try {
    return compareContents();
  } finally {
    memo.a.delete(a);
    memo.b.delete(b);
  }
}

function compareArrayElements(a, b, strict, memo) {
  for (let i = 0; i < a.length; i++) {
    const present = Object.hasOwn(a, i);
    if (present !== Object.hasOwn(b, i)) return false;
    if (present && !compare(a[i], b[i], strict, memo)) return false;
  }
  return true;
}

function compareSetValues(a, b, strict, memo) {
  const unmatched = [...setValues(a)].filter((value) => !setHas(b, value));
  if (unmatched.length === 0) return true;
  const candidates = [...setValues(b)].filter((value) => !setHas(a, value));
  return pairUp(unmatched, candidates, (x, y) => compare(x, y, strict, memo));
}

function compareMapEntries(a, b, strict, memo) {
  const matchedKeys = new Set();
  const unmatched = [];
  for (const [key, value] of mapEntries(a)) {
    if (isPrimitive(key) && mapHas(b, key) && compare(value, mapGet(b, key), strict, memo)) {
      matchedKeys.add(key);
    } else if (isPrimitive(key) && strict) {
      return false;
    } else {
      unmatched.push([key, value]);
    }
  }
  if (unmatched.length === 0) return true;
  const candidates = [...mapEntries(b)].filter(([key]) => !matchedKeys.has(key));
  return pairUp(unmatched, candidates, ([keyA, valueA], [keyB, valueB]) =>
    compare(keyA, keyB, strict, memo) && compare(valueA, valueB, strict, memo));
}

// Whether every item of `items` has its own equal partner among `candidates`.
function pairUp(items, candidates, equal) {
  const remaining = [...candidates];
  return items.every((item) => {
    const index = remaining.findIndex((candidate) => equal(item, candidate));
    if (index === -1) return false;
    remaining.splice(index, 1);
    return true;
  });
}

const sameRegExp = (a, b) =>
  a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;

const FLOAT_ARRAYS = new Set(['Float16Array', 'Float32Array', 'Float64Array']);

function sameViewContents(a, b, strict) {
  const name = types.typedArrayName(a);
  if (name !== types.typedArrayName(b)) return false;
  if (!strict && FLOAT_ARRAYS.has(name)) {
    // eslint-disable-next-line eqeqeq -- loose mode: -0 equals 0, NaN differs from NaN
    return a.length === b.length && Array.prototype.every.call(a, (value, i) => value == b[i]);
  }
  const bytesOf = (view) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return sameBytes(bytesOf(a), bytesOf(b));
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxedPrimitive(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  const kinds = [
    [types.isStringObject, String.prototype.valueOf],
    [types.isBooleanObject, Boolean.prototype.valueOf],
    [types.isBigIntObject, BigInt.prototype.valueOf],
    [types.isSymbolObject, Symbol.prototype.valueOf],
  ];
  const [isKind, valueOf] = kinds.find(([check]) => check(a));
  return isKind(b) && valueOf.call(a) === valueOf.call(b);
}

module.exports = { isDeepLooseEqual, isDeepStrictEqual };
