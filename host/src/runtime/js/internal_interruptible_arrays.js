'use strict';
// internal_interruptible_arrays.js — makes the Array built-ins whose loops could run
// without bound honour the host's deadline (`--timeout`, `Limits::call_timeout`).
//
// QuickJS polls its interrupt handler from the bytecode interpreter and on every call,
// but some native Array methods walk `length` indices touching only properties and
// calling nothing: `new Array(2 ** 32 - 1).join('')` or
// `Array.prototype.reverse.call({ length: 2 ** 53 - 1 })` would spin for minutes past
// any deadline. Holes and array-likes cost no memory, so the JS heap limit cannot stop
// them either.
//
// Each such method becomes a native "length-guarded" function (host/src/engine/
// guarded.rs) with the same name and length. When every array the call would walk is
// a real Array (not a Proxy) of at most NATIVE_MAX_LENGTH elements in all, it calls
// the native method as before: that loop is short (a few milliseconds at most).
// Otherwise it calls a slow path whose loops poll the deadline:
//
// - for methods that only walk their receiver, the native method runs on a forwarding
//   Proxy of the receiver. The traps are JS functions, so every element access is a
//   call, which polls. They forward to the receiver itself, so getters, setters and the
//   receiver's own traps see what they would see natively; a result that is the Proxy
//   is replaced by the receiver.
// - concat, flat and flatMap also walk arrays found in their arguments or elements:
//   their slow paths are the specification's algorithms, written below in JS. The
//   arrays flatMap's callback returns are not known in advance, so on a short receiver
//   the native flatMap gets a callback that hands it only short real Arrays, any other
//   array through a forwarding Proxy.
//
// Work bounded by memory the script holds (sorting a long dense array, typed arrays,
// JSON.stringify) is left to the natives: the JS heap limit bounds it.

const { host: { lengthGuarded } } = require('internal:binding');

const NATIVE_MAX_LENGTH = 1 << 18;
const MAX_SAFE_LENGTH = Number.MAX_SAFE_INTEGER;

const { apply, construct, defineProperty, deleteProperty, get, has, set, setPrototypeOf } = Reflect;
const call = Function.prototype.call.bind(Function.prototype.call);
const { isArray } = Array;
const { min, trunc } = Math;
const ArrayConstructor = Array;
const ArrayPrototype = Array.prototype;
const ObjectConstructor = Object;
const ProxyConstructor = Proxy;
const TypeErrorConstructor = TypeError;
const { isConcatSpreadable: spreadableKey, species: speciesKey } = Symbol;

function install(name, method) {
  defineProperty(ArrayPrototype, name, {
    __proto__: null, value: method, writable: true, enumerable: false, configurable: true,
  });
}

const forwardingTraps = ObjectConstructor.freeze({
  __proto__: null,
  get: (target, key) => get(target, key),
  set: (target, key, value) => set(target, key, value),
  has: (target, key) => has(target, key),
  deleteProperty: (target, key) => deleteProperty(target, key),
});

// Methods whose only unbounded loops walk the receiver.
for (const name of ['copyWithin', 'join', 'reverse', 'shift', 'slice', 'sort', 'splice',
  'toLocaleString', 'unshift']) {
  const native = ArrayPrototype[name];
  function throughProxy() {
    if (this === undefined || this === null) return apply(native, this, arguments);
    const receiver = ObjectConstructor(this);
    const proxy = new ProxyConstructor(receiver, forwardingTraps);
    const result = apply(native, proxy, arguments);
    return result === proxy ? receiver : result;
  }
  install(name, lengthGuarded(native, throughProxy, 'receiver', NATIVE_MAX_LENGTH));
}

// ECMA-262 Array.prototype.concat.
function concat() {
  const object = toObject(this);
  const result = arraySpeciesCreate(object);
  let n = 0;
  for (let i = -1; i < arguments.length; i++) {
    const item = i < 0 ? object : arguments[i];
    if (isConcatSpreadable(item)) {
      const length = lengthOfArrayLike(item);
      if (n + length > MAX_SAFE_LENGTH) throw tooLong();
      for (let k = 0; k < length; k++, n++) {
        if (k in item) result.add(n, item[k]);
      }
    } else {
      if (n >= MAX_SAFE_LENGTH) throw tooLong();
      result.add(n++, item);
    }
  }
  const array = result.finish();
  if (!set(array, 'length', n)) throw new TypeErrorConstructor('Cannot set length');
  return array;
}

// ECMA-262 Array.prototype.flat.
function flat() {
  const object = toObject(this);
  const length = lengthOfArrayLike(object);
  const depthArgument = arguments[0];
  const depth = depthArgument === undefined ? 1 : max0(toIntegerOrInfinity(depthArgument));
  const result = arraySpeciesCreate(object);
  flattenIntoArray(result, object, length, 0, depth);
  return result.finish();
}

// ECMA-262 Array.prototype.flatMap (FlattenIntoArray at depth 1, inlined).
const flatMap = {
  flatMap(mapper) {
    const object = toObject(this);
    const length = lengthOfArrayLike(object);
    if (typeof mapper !== 'function') throw new TypeErrorConstructor('not a function');
    const thisArg = arguments[1];
    const result = arraySpeciesCreate(object);
    let targetIndex = 0;
    for (let sourceIndex = 0; sourceIndex < length; sourceIndex++) {
      if (!(sourceIndex in object)) continue;
      const element = call(mapper, thisArg, object[sourceIndex], sourceIndex, object);
      if (!isArray(element)) {
        if (targetIndex >= MAX_SAFE_LENGTH) throw tooLong();
        result.add(targetIndex++, element);
        continue;
      }
      const elementLength = lengthOfArrayLike(element);
      for (let k = 0; k < elementLength; k++) {
        if (!(k in element)) continue;
        if (targetIndex >= MAX_SAFE_LENGTH) throw tooLong();
        result.add(targetIndex++, element[k]);
      }
    }
    return result.finish();
  },
}.flatMap;

install('concat', lengthGuarded(ArrayPrototype.concat, concat, 'arguments', NATIVE_MAX_LENGTH));
install('flat', lengthGuarded(ArrayPrototype.flat, flat, 'nested', NATIVE_MAX_LENGTH));
install('flatMap', lengthGuarded(flatMapOfShortArray(), flatMap, 'receiver', NATIVE_MAX_LENGTH));

// flatMap on a short real Array: the native method, with the arrays the mapper returns
// handed to its loop only when they are short real Arrays too; any other array goes
// through a forwarding Proxy (flatMap flattens it one level, so only its elements,
// never the Proxy, reach the result).
function flatMapOfShortArray() {
  const native = ArrayPrototype.flatMap;
  const walkable = lengthGuarded(function walkable() { return this; },
    function walkableThroughProxy() { return new ProxyConstructor(this, forwardingTraps); },
    'receiver', NATIVE_MAX_LENGTH);
  return {
    flatMap(mapper) {
      if (typeof mapper !== 'function') return apply(native, this, arguments);
      const guarded = function (element, index, array) {
        const result = call(mapper, this, element, index, array);
        return isArray(result) ? call(walkable, result) : result;
      };
      return call(native, this, guarded, arguments[1]);
    },
  }.flatMap;
}

// ECMA-262 FlattenIntoArray.
function flattenIntoArray(result, source, sourceLength, start, depth) {
  let targetIndex = start;
  for (let sourceIndex = 0; sourceIndex < sourceLength; sourceIndex++) {
    if (!(sourceIndex in source)) continue;
    const element = source[sourceIndex];
    if (depth > 0 && isArray(element)) {
      targetIndex = flattenIntoArray(result, element, lengthOfArrayLike(element), targetIndex,
        depth - 1);
    } else {
      if (targetIndex >= MAX_SAFE_LENGTH) throw tooLong();
      result.add(targetIndex++, element);
    }
  }
  return targetIndex;
}

// The array a method returns, filled in order with CreateDataPropertyOrThrow. A plain
// Array is filled by assignment while its prototype is null (no inherited setter can
// run; nothing else sees it before `finish`), which is much faster than defining each
// property; an object from a species constructor gets real property definitions.
class Result {
  constructor(object) {
    this.object = object;
    this.plain = object === undefined;
    if (this.plain) {
      this.object = [];
      setPrototypeOf(this.object, null);
    }
  }

  add(index, value) {
    if (this.plain) {
      this.object[index] = value;
      return;
    }
    const descriptor = { __proto__: null, value, writable: true, enumerable: true, configurable: true };
    if (!defineProperty(this.object, index, descriptor)) {
      throw new TypeErrorConstructor(`Cannot add property ${index}`);
    }
  }

  finish() {
    if (this.plain) setPrototypeOf(this.object, ArrayPrototype);
    return this.object;
  }
}

// ECMA-262 ArraySpeciesCreate(original, 0) (napi-host has a single realm), as a Result.
function arraySpeciesCreate(original) {
  if (!isArray(original)) return new Result(undefined);
  let constructor = original.constructor;
  if (isObject(constructor)) {
    constructor = constructor[speciesKey];
    if (constructor === null) constructor = undefined;
  }
  if (constructor === undefined || constructor === ArrayConstructor) return new Result(undefined);
  if (!isConstructor(constructor)) {
    throw new TypeErrorConstructor('constructor[Symbol.species] is not a constructor');
  }
  return new Result(construct(constructor, [0]));
}

function isConcatSpreadable(value) {
  if (!isObject(value)) return false;
  const spreadable = value[spreadableKey];
  return spreadable === undefined ? isArray(value) : !!spreadable;
}

// A Proxy has [[Construct]] exactly when its target has one; this trap answers without
// touching the target.
const constructProbeTraps = ObjectConstructor.freeze({ __proto__: null, construct: () => ({}) });

function isConstructor(value) {
  if (typeof value !== 'function') return false;
  try {
    construct(new ProxyConstructor(value, constructProbeTraps), []);
    return true;
  } catch {
    return false;
  }
}

function isObject(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function toObject(value) {
  if (value === undefined || value === null) {
    throw new TypeErrorConstructor('cannot convert to object');
  }
  return ObjectConstructor(value);
}

function toIntegerOrInfinity(value) {
  const number = +value;
  return number !== number ? 0 : trunc(number) + 0; // NaN → 0, -0 → +0
}

const max0 = (number) => (number < 0 ? 0 : number);

function lengthOfArrayLike(object) {
  return min(max0(toIntegerOrInfinity(object.length)), MAX_SAFE_LENGTH);
}

const tooLong = () => new TypeErrorConstructor('Array too long');
