'use strict';
// util.js — the `util` builtin: inspect/format, promisify/callbackify, deprecate,
// inherits, debuglog, isDeepStrictEqual, util.types and TextEncoder/TextDecoder.

const {
  customInspectSymbol,
  defaultOptions,
  format,
  formatWithOptions,
  inspect,
} = require('internal:inspect');
const internalTypes = require('internal:types');
const { isDeepStrictEqual } = require('internal:comparisons');
const { TextDecoder, TextEncoder } = require('internal:encoding');
const { nextTick } = require('internal:loop');
const {
  createError,
  validateFunction,
  validateObject,
  validateString,
} = require('internal:errors');

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get: () => defaultOptions,
  set(options) {
    validateObject(options, 'options');
    Object.assign(defaultOptions, options);
  },
  enumerable: true,
});

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  const custom = original[promisifyCustom];
  if (custom !== undefined) {
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, promisifyCustom, { value: custom, configurable: true });
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (error, value) => {
        if (error) reject(error);
        else resolve(value);
      }]);
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, promisifyCustom, { value: promisified, configurable: true });
  return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = promisifyCustom;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    Reflect.apply(original, this, args).then(
      (value) => nextTick(callback, null, value),
      (reason) => nextTick(callback, rejectionToError(reason)),
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length?.value === 'number') descriptors.length.value += 1;
  if (typeof descriptors.name?.value === 'string') descriptors.name.value += 'Callbackified';
  return Object.defineProperties(callbackified, descriptors);
}

// A falsy rejection reason still has to reach the callback as an error.
function rejectionToError(reason) {
  if (reason) return reason;
  const error = createError(Error, 'ERR_FALSY_VALUE_REJECTION',
    'Promise was rejected with falsy value');
  error.reason = reason;
  return error;
}

const warnedDeprecationCodes = new Set();

function deprecate(fn, message, code) {
  validateFunction(fn, 'fn');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !(code !== undefined && warnedDeprecationCodes.has(code))) {
      warned = true;
      if (code !== undefined) warnedDeprecationCodes.add(code);
      process.emitWarning(message, 'DeprecationWarning', code, deprecated);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function inherits(ctor, superCtor) {
  validateFunction(ctor, 'ctor');
  validateFunction(superCtor, 'superCtor');
  validateObject(superCtor.prototype, 'superCtor.prototype');
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Sections enabled through NODE_DEBUG (comma separated, `*` wildcards).
function debugSectionPattern() {
  const sections = (process.env.NODE_DEBUG ?? '').trim();
  if (sections === '') return null;
  const alternatives = sections.split(/[\s,]+/).map((section) =>
    section.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*'));
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
}

function debuglog(section, onInit) {
  validateString(section, 'section');
  const enabled = debugSectionPattern()?.test(section) ?? false;
  const name = section.toUpperCase();
  const logger = (...args) => {
    if (enabled) process.stderr.write(`${name} ${process.pid}: ${format(...args)}\n`);
  };
  Object.defineProperty(logger, 'enabled', { value: enabled, enumerable: true });
  if (typeof onInit === 'function') onInit(logger);
  return logger;
}

const types = {
  isAnyArrayBuffer: internalTypes.isAnyArrayBuffer,
  isArgumentsObject: internalTypes.isArgumentsObject,
  isArrayBuffer: internalTypes.isArrayBuffer,
  isArrayBufferView: internalTypes.isArrayBufferView,
  isAsyncFunction: internalTypes.isAsyncFunction,
  isBigInt64Array: internalTypes.isBigInt64Array,
  isBigIntObject: internalTypes.isBigIntObject,
  isBigUint64Array: internalTypes.isBigUint64Array,
  isBooleanObject: internalTypes.isBooleanObject,
  isBoxedPrimitive: internalTypes.isBoxedPrimitive,
  isDataView: internalTypes.isDataView,
  isDate: internalTypes.isDate,
  isExternal: internalTypes.isExternal,
  isFloat16Array: internalTypes.isFloat16Array,
  isFloat32Array: internalTypes.isFloat32Array,
  isFloat64Array: internalTypes.isFloat64Array,
  isGeneratorFunction: internalTypes.isGeneratorFunction,
  isInt16Array: internalTypes.isInt16Array,
  isInt32Array: internalTypes.isInt32Array,
  isInt8Array: internalTypes.isInt8Array,
  isMap: internalTypes.isMap,
  isMapIterator: internalTypes.isMapIterator,
  isNativeError: internalTypes.isNativeError,
  isNumberObject: internalTypes.isNumberObject,
  isPromise: internalTypes.isPromise,
  isRegExp: internalTypes.isRegExp,
  isSet: internalTypes.isSet,
  isSetIterator: internalTypes.isSetIterator,
  isSharedArrayBuffer: internalTypes.isSharedArrayBuffer,
  isStringObject: internalTypes.isStringObject,
  isSymbolObject: internalTypes.isSymbolObject,
  isTypedArray: internalTypes.isTypedArray,
  isUint16Array: internalTypes.isUint16Array,
  isUint32Array: internalTypes.isUint32Array,
  isUint8Array: internalTypes.isUint8Array,
  isUint8ClampedArray: internalTypes.isUint8ClampedArray,
  isWeakMap: internalTypes.isWeakMap,
  isWeakSet: internalTypes.isWeakSet,
};

module.exports = {
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isDeepStrictEqual,
  promisify,
  TextDecoder,
  TextEncoder,
  types,
};
