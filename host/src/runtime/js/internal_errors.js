'use strict';
// internal_errors.js — private helpers shared by the builtin modules: Node-style
// errors that carry a `code`, argument validators, and parsing of stack frames.

// Creates `new Base(message)` with `error.code = code`. Like Node, the code shows
// in the stack header ("TypeError [ERR_X]: message") but not in `error.name`.
function createError(Base, code, message) {
  const error = new Base(message);
  Object.defineProperty(error, 'name', {
    value: `${error.name} [${code}]`,
    writable: true,
    configurable: true,
  });
  Error.captureStackTrace(error, createError);
  delete error.name;
  error.code = code;
  return error;
}

// Node's wording for the offending value in ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === null || value === undefined) return `${value}`;
  if (typeof value === 'function' && value.name) return `function ${value.name}`;
  const { inspect } = require('util');
  if (typeof value === 'object') {
    const name = value.constructor?.name;
    return name ? `an instance of ${name}` : inspect(value, { depth: -1 });
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

// `expected` completes "must be ...", e.g. 'of type function'.
function invalidArgType(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return createError(
    TypeError,
    'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${kind} must be ${expected}. Received ${describeReceived(value)}`,
  );
}

function invalidArgValue(name, value, reason = 'is invalid') {
  const { inspect } = require('util');
  const kind = name.includes('.') ? 'property' : 'argument';
  return createError(
    TypeError,
    'ERR_INVALID_ARG_VALUE',
    `The ${kind} '${name}' ${reason}. Received ${inspect(value)}`,
  );
}

function outOfRange(name, range, value) {
  const { inspect } = require('util');
  return createError(
    RangeError,
    'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${inspect(value)}`,
  );
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw invalidArgType(name, 'of type object', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}

// A frame line is "    at name (file:line:column)" or "    at file:line:column".
const FRAME_PATTERN = /^\s*at (?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

function parseStackFrame(line) {
  const match = FRAME_PATTERN.exec(line);
  if (match === null) return null;
  return { name: match[1], file: match[2], line: Number(match[3]), column: Number(match[4]) };
}

// The "    at ..." lines of an error's stack (which may or may not start with a header).
function stackFrameLines(error) {
  const stack = typeof error?.stack === 'string' ? error.stack : '';
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}

module.exports = {
  createError,
  describeReceived,
  invalidArgType,
  invalidArgValue,
  outOfRange,
  validateFunction,
  validateString,
  validateObject,
  validateBoolean,
  parseStackFrame,
  stackFrameLines,
};
