'use strict';
// internal_types.js — brand checks for builtin object kinds (backing util.types,
// util.inspect and the deep-equality algorithm). JavaScript cannot ask "is this a
// Map?" directly, so most checks call a builtin accessor or method that only works
// on objects of its own kind and report whether it threw.

const { host } = require('internal:binding');

const isObjectLike = (value) =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

const getterOf = (prototype, key) => Object.getOwnPropertyDescriptor(prototype, key).get;

// A check that succeeds when `method` accepts `value` as its receiver.
function acceptedBy(method, ...args) {
  return (value) => {
    if (!isObjectLike(value)) return false;
    try {
      Reflect.apply(method, value, args);
      return true;
    } catch {
      return false;
    }
  };
}

const isMap = acceptedBy(getterOf(Map.prototype, 'size'));
const isSet = acceptedBy(getterOf(Set.prototype, 'size'));
const isWeakMap = acceptedBy(WeakMap.prototype.has, {});
const isWeakSet = acceptedBy(WeakSet.prototype.has, {});
const isDate = acceptedBy(Date.prototype.getTime);
const isArrayBuffer = acceptedBy(getterOf(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function'
  ? acceptedBy(getterOf(SharedArrayBuffer.prototype, 'byteLength'))
  : () => false;
const isDataView = acceptedBy(getterOf(DataView.prototype, 'buffer'));
const isNumberObject = acceptedBy(Number.prototype.valueOf);
const isStringObject = acceptedBy(String.prototype.valueOf);
const isBooleanObject = acceptedBy(Boolean.prototype.valueOf);
const isBigIntObject = acceptedBy(BigInt.prototype.valueOf);
const isSymbolObject = acceptedBy(Symbol.prototype.valueOf);

// RegExp.prototype's own `source` getter answers for RegExp.prototype itself too.
const acceptedBySourceGetter = acceptedBy(getterOf(RegExp.prototype, 'source'));
const isRegExp = (value) => value !== RegExp.prototype && acceptedBySourceGetter(value);

// Error.isError is the exact check; the fallback trusts Object.prototype.toString.
const isNativeError = typeof Error.isError === 'function'
  ? (value) => Error.isError(value)
  : (value) => isObjectLike(value) && Object.prototype.toString.call(value) === '[object Error]';

// The %TypedArray%.prototype[Symbol.toStringTag] getter returns the element type
// name for typed arrays and undefined for everything else, without throwing.
const typedArrayTag = getterOf(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
const typedArrayName = (value) => Reflect.apply(typedArrayTag, value, []);
const isTypedArray = (value) => typedArrayName(value) !== undefined;
const isArrayBufferView = (value) => isTypedArray(value) || isDataView(value);

function isPromise(value) {
  if (!isObjectLike(value)) return false;
  try {
    return host.promiseState(value) !== undefined;
  } catch {
    return false;
  }
}

const isExternal = (value) => isObjectLike(value) && host.externalAddress(value) !== undefined;

const isBoxedPrimitive = (value) =>
  isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
  isBigIntObject(value) || isSymbolObject(value);

const isAnyArrayBuffer = (value) => isArrayBuffer(value) || isSharedArrayBuffer(value);

const isArgumentsObject = (value) =>
  isObjectLike(value) && value[Symbol.toStringTag] === undefined &&
  Object.prototype.toString.call(value) === '[object Arguments]';

const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
const MapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().values());

function hasPrototype(value, ...prototypes) {
  return isObjectLike(value) && prototypes.includes(Object.getPrototypeOf(value));
}

const isAsyncFunction = (value) => typeof value === 'function' &&
  hasPrototype(value, AsyncFunctionPrototype, AsyncGeneratorFunctionPrototype);
const isGeneratorFunction = (value) => typeof value === 'function' &&
  hasPrototype(value, GeneratorFunctionPrototype, AsyncGeneratorFunctionPrototype);
const isMapIterator = (value) => hasPrototype(value, MapIteratorPrototype);
const isSetIterator = (value) => hasPrototype(value, SetIteratorPrototype);

const TYPED_ARRAY_NAMES = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array',
];
const typedArrayChecks = Object.fromEntries(TYPED_ARRAY_NAMES.map((name) =>
  [`is${name}`, (value) => typedArrayName(value) === name]));

module.exports = {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isArrayBufferView,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isMap,
  isMapIterator,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
  ...typedArrayChecks,
  typedArrayName,
};
