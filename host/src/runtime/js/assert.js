'use strict';
// assert.js — the `assert` builtin: assert()/ok, (not)equal, (not)strictEqual,
// (not)deep(Strict)Equal, throws/doesNotThrow, rejects/doesNotReject,
// match/doesNotMatch, fail, ifError, AssertionError and `assert.strict`.
// Failure messages follow Node's wording; multi-line values are compared with a
// plain line diff ("+ actual - expected").

const { inspect } = require('util');
const { host } = require('internal:binding');
const { isDeepLooseEqual, isDeepStrictEqual } = require('internal:comparisons');
const {
  createError,
  describeReceived,
  invalidArgType,
  invalidArgValue,
  parseStackFrame,
  stackFrameLines,
  validateFunction,
  validateObject,
} = require('internal:errors');
const types = require('internal:types');

const READABLE_OPERATOR = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const SAME_STRUCTURE = 'Values have same structure but are not reference-equal:';
// Values this short are shown as "actual !== expected" instead of a diff.
const MAX_SHORT_LENGTH = 12;
// Above this many line pairs the diff lists all lines instead of aligning them.
const MAX_DIFF_CELLS = 4e6;

const isObjectLike = (value) =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';
const isError = (value) => types.isNativeError(value) || value instanceof Error;

// The layout used for values in messages: one property per line, sorted keys.
const inspectValue = (value) => inspect(value, {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
});

// ---------------------------------------------------------------------------
// AssertionError

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { actual, expected, message, operator, stackStartFn } = options;
    super(assertionMessage(actual, expected, message, operator));
    this.generatedMessage = message === undefined;
    // Capture the stack while the name shows the code, like Node does.
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Error.captureStackTrace(this, stackStartFn || new.target);
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function assertionMessage(actual, expected, message, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return comparisonMessage(actual, expected, operator, message);
  }
  if (message !== undefined) return String(message);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return unequalMessage(actual, operator);
  }
  return looseMessage(actual, expected, operator);
}

// Message of a failed strictEqual/deepStrictEqual: short values side by side,
// anything else as a line diff. A custom message replaces the header.
function comparisonMessage(actual, expected, operator, message) {
  if (isError(actual) && isError(expected)) {
    // Compare errors without their stack traces.
    actual = withoutStack(actual);
    expected = withoutStack(expected);
  }
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  if (actualText === expectedText) return `${message ?? SAME_STRUCTURE}\n\n${actualText}\n`;
  const actualLines = actualText.split('\n');
  const expectedLines = expectedText.split('\n');
  const isReferenceCheck =
    operator === 'strictEqual' && isObjectLike(actual) && isObjectLike(expected);
  const header = message !== undefined
    ? String(message)
    : READABLE_OPERATOR[isReferenceCheck ? 'strictEqualObject' : operator];
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1) {
    const inputLength = actualText.length + expectedText.length;
    if (inputLength <= MAX_SHORT_LENGTH) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${actualText} !== ${expectedText}\n`;
      }
    } else if (!isReferenceCheck && inputLength < 80) {
      indicator = mismatchIndicator(actualText, expectedText);
    }
  }
  return `${header}\n+ actual - expected\n\n${lineDiff(actualLines, expectedLines)}${indicator}`;
}

// A copy of an error, with its properties and message but no stack.
function withoutStack(error) {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(error)), error);
  Object.defineProperty(copy, 'message', { value: error.message });
  return copy;
}

// A caret under the first differing character of two single-line values.
function mismatchIndicator(actualText, expectedText) {
  let index = 0;
  while (actualText[index] === expectedText[index]) index++;
  return index > 2 ? `\n  ${' '.repeat(index)}^` : '';
}

// Common lines are prefixed with "  ", lines only in `actual` with "+ " and lines
// only in `expected` with "- " (based on their longest common subsequence).
function lineDiff(actualLines, expectedLines) {
  const rows = actualLines.length;
  const columns = expectedLines.length;
  if (rows * columns > MAX_DIFF_CELLS) {
    return [...actualLines.map((line) => `+ ${line}`), ...expectedLines.map((line) => `- ${line}`)]
      .join('\n');
  }
  // common[i][j]: length of the longest common subsequence of the suffixes at i, j.
  const common = Array.from({ length: rows + 1 }, () => new Uint32Array(columns + 1));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      common[i][j] = actualLines[i] === expectedLines[j]
        ? common[i + 1][j + 1] + 1
        : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const output = [];
  let added = [];
  let removed = [];
  const flushChanges = () => {
    output.push(...added.map((line) => `+ ${line}`), ...removed.map((line) => `- ${line}`));
    added = [];
    removed = [];
  };
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && actualLines[i] === expectedLines[j]) {
      flushChanges();
      output.push(`  ${actualLines[i]}`);
      i++;
      j++;
    } else if (j === columns || (i < rows && common[i + 1][j] >= common[i][j + 1])) {
      added.push(actualLines[i++]);
    } else {
      removed.push(expectedLines[j++]);
    }
  }
  flushChanges();
  return output.join('\n');
}

function unequalMessage(actual, operator) {
  const header = operator === 'notStrictEqual' && isObjectLike(actual)
    ? READABLE_OPERATOR.notStrictEqualObject
    : READABLE_OPERATOR[operator];
  const lines = inspectValue(actual).split('\n');
  if (lines.length === 1) return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${header}\n\n${lines.join('\n')}\n`;
}

function looseMessage(actual, expected, operator) {
  const actualText = truncate(inspectValue(actual), 512);
  const expectedText = truncate(inspectValue(expected), 512);
  if (operator === 'deepEqual') {
    return `${READABLE_OPERATOR.deepEqual}\n\n${actualText}\n\n` +
      `should loosely deep-equal\n\n${expectedText}`;
  }
  if (operator === 'notDeepEqual') {
    if (actualText === expectedText) return `${READABLE_OPERATOR.notDeepEqual}\n\n${actualText}`;
    return `${READABLE_OPERATOR.notDeepEqualUnequal}\n\n${actualText}\n\n` +
      `should not loosely deep-equal\n\n${expectedText}`;
  }
  return `${actualText} ${operator} ${expectedText}`;
}

const truncate = (text, length) =>
  (text.length > length ? `${text.slice(0, length - 3)}...` : text);

function innerFail(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

function missingArgs() {
  return createError(TypeError, 'ERR_MISSING_ARGS',
    'The "actual" and "expected" arguments must be specified');
}

// ---------------------------------------------------------------------------
// ok

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

function innerOk(stackStartFn, argCount, value, message) {
  if (value) return;
  if (message instanceof Error) throw message;
  let generatedMessage = false;
  if (argCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message === undefined) {
    generatedMessage = true;
    message = `The expression evaluated to a falsy value:\n\n  ${
      callSiteSource(stackStartFn) ?? `assert.ok(${inspect(value)})`}\n`;
  }
  const error = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn,
  });
  error.generatedMessage = generatedMessage;
  throw error;
}

// The source text of the running call to `fn`, read from the caller's file, or
// undefined when it cannot be located.
function callSiteSource(fn) {
  const site = {};
  Error.captureStackTrace(site, fn);
  const frame = parseStackFrame(stackFrameLines(site)[0] ?? '');
  if (frame === null) return undefined;
  let source;
  try {
    source = host.readFile(frame.file);
  } catch {
    return undefined;
  }
  const lines = source.split('\n');
  if (frame.line > lines.length) return undefined;
  const lineStart = lines.slice(0, frame.line - 1)
    .reduce((offset, line) => offset + line.length + 1, 0);
  const open = findCallParen(source, lineStart + frame.column - 1);
  if (open === -1) return undefined;
  const close = matchingParen(source, open);
  if (close === -1) return undefined;
  return formatCallSource(source, calleeStart(source, open), close);
}

const QUOTES = '\'"`';
const NON_CALL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return']);

// The opening parenthesis of the call at `offset`. V8 reports a call at its
// callee, QuickJS somewhere inside its arguments: this takes the outermost call
// enclosing `offset` within the same statement, or else a call starting there.
function findCallParen(source, offset) {
  let found = -1;
  let depth = 0;
  for (let i = offset - 1; i >= 0 && offset - i < 10000; i--) {
    const char = source[i];
    if (QUOTES.includes(char)) {
      i = startOfString(source, i);
    } else if (')]}'.includes(char)) {
      depth++;
    } else if ('([{'.includes(char)) {
      if (depth > 0) depth--;
      else if (char === '{') break;
      else if (char === '(' && isCallParen(source, i)) found = i;
    } else if (depth === 0 && (char === ';' || (char === ',' && found !== -1) ||
               (char === '>' && source[i - 1] === '='))) {
      break;
    }
  }
  if (found !== -1) return found;
  const direct = /^[\w$.]+\s*\(/.exec(source.slice(offset, offset + 200));
  return direct === null ? -1 : offset + direct[0].length - 1;
}

function calleeStart(source, open) {
  let start = open;
  while (start > 0 && /\s/.test(source[start - 1])) start--;
  while (start > 0 && /[\w$.]/.test(source[start - 1])) start--;
  return start;
}

function isCallParen(source, open) {
  const callee = source.slice(calleeStart(source, open), open).trim();
  return callee !== '' && !NON_CALL_KEYWORDS.has(callee);
}

// Index of the parenthesis closing the one at `open`, skipping string literals.
function matchingParen(source, open) {
  let depth = 0;
  for (let i = open; i < source.length && i < open + 10000; i++) {
    const char = source[i];
    if (QUOTES.includes(char)) {
      i = endOfString(source, i);
    } else if (char === '(') {
      depth++;
    } else if (char === ')' && --depth === 0) {
      return i;
    }
  }
  return -1;
}

function endOfString(source, start) {
  let i = start + 1;
  while (i < source.length && source[i] !== source[start]) i += source[i] === '\\' ? 2 : 1;
  return i;
}

function startOfString(source, end) {
  let i = end - 1;
  while (i >= 0 && (source[i] !== source[end] || source[i - 1] === '\\')) i--;
  return Math.max(i, 0);
}

// Continuation lines lose the indentation up to the call's column, like Node.
function formatCallSource(source, start, end) {
  const column = start - (source.lastIndexOf('\n', start - 1) + 1);
  const [first, ...rest] = source.slice(start, end + 1).split('\n');
  return [first, ...rest.map((line) => {
    let trimmed = 0;
    while (trimmed < column && (line[trimmed] === ' ' || line[trimmed] === '\t')) trimmed++;
    return `  ${line.slice(trimmed)}`;
  })].join('\n');
}

// ---------------------------------------------------------------------------
// Comparisons

function failComparison(operator, stackStartFn, actual, expected, message) {
  innerFail({ actual, expected, message, operator, stackStartFn });
}

function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq -- assert.equal is the loose comparison
  if (actual != expected && !(Number.isNaN(actual) && Number.isNaN(expected))) {
    failComparison('==', equal, actual, expected, message);
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq -- assert.notEqual is the loose comparison
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    failComparison('!=', notEqual, actual, expected, message);
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!Object.is(actual, expected)) {
    failComparison('strictEqual', strictEqual, actual, expected, message);
  }
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (Object.is(actual, expected)) {
    failComparison('notStrictEqual', notStrictEqual, actual, expected, message);
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepLooseEqual(actual, expected)) {
    failComparison('deepEqual', deepEqual, actual, expected, message);
  }
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepLooseEqual(actual, expected)) {
    failComparison('notDeepEqual', notDeepEqual, actual, expected, message);
  }
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepStrictEqual(actual, expected)) {
    failComparison('deepStrictEqual', deepStrictEqual, actual, expected, message);
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepStrictEqual(actual, expected)) {
    failComparison('notDeepStrictEqual', notDeepStrictEqual, actual, expected, message);
  }
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

function internalMatch(string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
  const shouldMatch = fn === match;
  if (typeof string === 'string' &&
      (RegExp.prototype.exec.call(regexp, string) !== null) === shouldMatch) {
    return;
  }
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (generatedMessage) {
    message = typeof string !== 'string'
      ? 'The "string" argument must be of type string. ' +
        `Received type ${typeof string} (${inspect(string)})`
      : `The input ${shouldMatch ? 'did not match' : 'was expected to not match'} the regular ` +
        `expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
  }
  const error = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
  });
  error.generatedMessage = generatedMessage;
  throw error;
}

function fail(message) {
  if (message instanceof Error) throw message;
  const error = new AssertionError({
    message: message ?? 'Failed', operator: 'fail', stackStartFn: fail,
  });
  error.generatedMessage = message === undefined;
  throw error;
}

function ifError(value) {
  if (value === null || value === undefined) return;
  let shown = inspect(value);
  if (typeof value === 'object' && typeof value.message === 'string') {
    const { message } = value;
    shown = message.length === 0 && value.constructor ? value.constructor.name : message;
  }
  throw new AssertionError({
    actual: value,
    expected: null,
    operator: 'ifError',
    message: `ifError got unwanted exception: ${shown}`,
    stackStartFn: ifError,
  });
}

// ---------------------------------------------------------------------------
// throws / rejects

const NO_EXCEPTION = Symbol('no exception');

function throws(fn, ...args) {
  expectsError(throws, getActual(fn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

async function doesNotReject(promiseFn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(promiseFn), ...args);
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

const isThenable = (value) => isObjectLike(value) && typeof value.then === 'function';

async function waitForActual(promiseFn) {
  let promise = promiseFn;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isThenable(promise)) {
      throw createError(TypeError, 'ERR_INVALID_RETURN_VALUE',
        'Expected instance of Promise to be returned from the "promiseFn" function ' +
        `but got ${describeReceived(promise)}.`);
    }
  } else if (!isThenable(promiseFn)) {
    throw invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

const EXPECTED_ERROR_TYPES = 'of type function or an instance of Error, RegExp, or Object';

function expectsError(stackStartFn, actual, error, message, ...rest) {
  if (typeof error === 'string') {
    if (message !== undefined || rest.length > 0) {
      throw invalidArgType('error', EXPECTED_ERROR_TYPES, error);
    }
    checkAmbiguousMessage(actual, error);
    message = error;
    error = undefined;
  } else if (error !== undefined && error !== null && !isObjectLike(error)) {
    throw invalidArgType('error', EXPECTED_ERROR_TYPES, error);
  }
  if (actual === NO_EXCEPTION) {
    let details = error?.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const kind = stackStartFn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn,
    });
  }
  if (error !== undefined && error !== null) {
    expectedException(actual, error, message, stackStartFn);
  }
}

function checkAmbiguousMessage(actual, message) {
  const thrownMessage = isObjectLike(actual) ? actual.message : actual;
  if (thrownMessage !== message) return;
  const what = isObjectLike(actual) ? 'error message' : 'error';
  throw createError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
    `The "error/message" argument is ambiguous. ` +
    `The ${what} "${message}" is identical to the message.`);
}

// Checks a thrown value against the `expected` argument of throws()/rejects().
function expectedException(actual, expected, message, fn) {
  if (typeof expected === 'function') {
    expectedByFunction(actual, expected, message, fn);
  } else if (types.isRegExp(expected)) {
    const text = String(actual);
    if (RegExp.prototype.exec.call(expected, text) !== null) return;
    throwMismatch(actual, expected, message, fn,
      `The input did not match the regular expression ${inspect(expected)}. ` +
      `Input:\n\n${inspect(text)}\n`);
  } else if (!isObjectLike(actual)) {
    const error = new AssertionError({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
    });
    error.operator = fn.name;
    throw error;
  } else {
    expectedProperties(actual, expected, message, fn);
  }
}

function expectedByFunction(actual, expected, message, fn) {
  if (expected.prototype !== undefined && actual instanceof expected) return;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    let generated = `The error is expected to be an instance of "${expected.name}". Received `;
    if (isError(actual)) {
      const name = actual.constructor?.name || actual.name;
      generated += expected.name === name
        ? 'an error with identical name but a different prototype.'
        : `"${name}"`;
      if (actual.message) generated += `\n\nError message:\n\n${actual.message}`;
    } else {
      generated += `"${inspect(actual, { depth: -1 })}"`;
    }
    throwMismatch(actual, expected, message, fn, generated);
  }
  const result = Reflect.apply(expected, {}, [actual]);
  if (result === true) return;
  const name = expected.name ? `"${expected.name}" ` : '';
  let generated =
    `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
  if (isError(actual)) generated += `\n\nCaught error:\n\n${actual}`;
  throwMismatch(actual, expected, message, fn, generated);
}

function throwMismatch(actual, expected, message, fn, generatedMessage) {
  if (message instanceof Error) throw message;
  const error = new AssertionError({
    actual, expected, message: message || generatedMessage, operator: fn.name, stackStartFn: fn,
  });
  error.generatedMessage = !message;
  throw error;
}

// Every listed property of `expected` must deep-equal the thrown error's
// (string properties may also be matched by a RegExp).
function expectedProperties(actual, expected, message, fn) {
  const keys = Object.keys(expected);
  if (expected instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) {
    throw invalidArgValue('error', expected, 'may not be an empty object');
  }
  for (const key of keys) {
    if (matchesByRegExp(actual[key], expected[key])) continue;
    if (key in actual && isDeepStrictEqual(actual[key], expected[key])) continue;
    if (message) innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    const error = new AssertionError({
      actual: comparison(actual, keys),
      expected: comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    error.actual = actual;
    error.expected = expected;
    error.operator = fn.name;
    throw error;
  }
}

const matchesByRegExp = (actualValue, expectedValue) =>
  typeof actualValue === 'string' && types.isRegExp(expectedValue) &&
  RegExp.prototype.exec.call(expectedValue, actualValue) !== null;

// The listed properties of `source`, for a readable diff. Expected RegExps that
// match the actual value are shown as that value.
class Comparison {}

function comparison(source, keys, actual) {
  const result = new Comparison();
  for (const key of keys) {
    if (!(key in source)) continue;
    result[key] = actual !== undefined && matchesByRegExp(actual[key], source[key])
      ? actual[key]
      : source[key];
  }
  return result;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (error === undefined || error === null || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = stackStartFn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    }
    throw invalidArgType('expected', 'of type function or an instance of RegExp', expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

// ---------------------------------------------------------------------------
// Exports

const assert = ok;
Object.assign(assert, {
  AssertionError,
  deepEqual,
  deepStrictEqual,
  doesNotMatch,
  doesNotReject,
  doesNotThrow,
  equal,
  fail,
  ifError,
  match,
  notDeepEqual,
  notDeepStrictEqual,
  notEqual,
  notStrictEqual,
  ok,
  rejects,
  strictEqual,
  throws,
});

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  deepEqual: deepStrictEqual,
  equal: strictEqual,
  notDeepEqual: notDeepStrictEqual,
  notEqual: notStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
