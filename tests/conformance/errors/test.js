'use strict';
// Creating and throwing errors: napi_create_*error, napi_throw*, napi_is_error.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('errors');

const KINDS = [
  { kind: 0, ctor: Error, name: 'Error' },
  { kind: 1, ctor: TypeError, name: 'TypeError' },
  { kind: 2, ctor: RangeError, name: 'RangeError' },
  { kind: 3, ctor: SyntaxError, name: 'SyntaxError' },
];
const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

// Runs fn and returns what it threw (fails if it did not throw).
function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('expected a throw');
}

function checkError(error, { ctor, name }, message, code) {
  assert.ok(error instanceof ctor, `${name} instanceof`);
  assert.ok(error instanceof Error);
  assert.strictEqual(Object.getPrototypeOf(error), ctor.prototype);
  assert.strictEqual(error.name, name);
  assert.strictEqual(error.message, message);
  assert.strictEqual(typeof error.stack, 'string');
  if (code === undefined) {
    assert.strictEqual(hasOwn(error, 'code'), false, 'no code property');
  } else {
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(error, 'code'),
                           { value: code, writable: true, enumerable: true, configurable: true });
  }
  assert.strictEqual(addon.isError(error), true);
}

// ---- napi_create_error / _type_error / _range_error / node_api_create_syntax_error ----

for (const entry of KINDS) {
  const { kind } = entry;
  let [st, error] = addon.createError(kind, 'boom');
  assert.strictEqual(st, status.ok);
  checkError(error, entry, 'boom', undefined);

  [st, error] = addon.createError(kind, 'with code', 'ERR_SOMETHING');
  assert.strictEqual(st, status.ok);
  checkError(error, entry, 'with code', 'ERR_SOMETHING');

  [st, error] = addon.createError(kind, '', '');
  assert.strictEqual(st, status.ok);
  checkError(error, entry, '', '');

  [st, error] = addon.createError(kind, 'é€😀\u0000!', 'CODE_é');
  assert.strictEqual(st, status.ok);
  checkError(error, entry, 'é€😀\u0000!', 'CODE_é');

  // The message must be a string, and so must the code when one is given (a JS
  // undefined or null is a value, not a missing code).
  const se = status.string_expected;
  for (const msg of [42, undefined, null, {}, new String('boxed'), Symbol('m'), ['m']]) {
    assert.deepStrictEqual(addon.createError(kind, msg), [se, undefined], `msg ${String(msg)}`);
    assert.deepStrictEqual(addon.createError(kind, msg, 'CODE'), [se, undefined]);
  }
  for (const code of [42, undefined, null, {}, new String('boxed'), Symbol('c')]) {
    assert.deepStrictEqual(addon.createError(kind, 'm', code), [se, undefined], `code ${String(code)}`);
  }

  // [NULL msg, NULL result, both NULL, number msg + NULL result, NULL env]
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.createErrorStatuses(kind), [ia, ia, ia, ia, ia]);
}

// Errors come from the intrinsic constructors, not whatever the global names hold now.
{
  const saved = KINDS.map(({ name }) => globalThis[name]);
  try {
    for (const { name } of KINDS) globalThis[name] = function Impostor() {};
    for (const [i, entry] of KINDS.entries()) {
      const [st, error] = addon.createError(entry.kind, 'real');
      assert.strictEqual(st, status.ok);
      assert.strictEqual(Object.getPrototypeOf(error), saved[i].prototype);
      const caught = thrown(() => addon.throwError(entry.kind, null, 'real'));
      assert.strictEqual(Object.getPrototypeOf(caught), saved[i].prototype);
    }
  } finally {
    for (const [i, { name }] of KINDS.entries()) globalThis[name] = saved[i];
  }
}

// ---- napi_throw_error / _type_error / _range_error / node_api_throw_syntax_error ----

for (const entry of KINDS) {
  const { kind } = entry;
  checkError(thrown(() => addon.throwError(kind, null, 'plain')), entry, 'plain', undefined);
  checkError(thrown(() => addon.throwError(kind, 'ERR_CODE', 'coded')), entry, 'coded', 'ERR_CODE');
  checkError(thrown(() => addon.throwError(kind, '', '')), entry, '', '');
  checkError(thrown(() => addon.throwError(kind, 'É', 'héllo €😀')), entry, 'héllo €😀', 'É');
  // A NULL message is invalid_arg and nothing is thrown (with or without a code).
  assert.strictEqual(addon.throwError(kind, null, null), status.invalid_arg);
  assert.strictEqual(addon.throwError(kind, 'CODE', null), status.invalid_arg);
}

// Messages are decoded as UTF-8, invalid bytes becoming U+FFFD (as in
// napi_create_string_utf8).
assert.strictEqual(thrown(() => addon.throwRawUtf8(0x61, 0xc3, 0xa9, 0x62)).message, 'aéb');
assert.strictEqual(thrown(() => addon.throwRawUtf8(0x61, 0xff, 0x62)).message, 'a\ufffdb');
assert.strictEqual(thrown(() => addon.throwRawUtf8(0xe2, 0x82, 0x41)).message, '\ufffdA');
assert.strictEqual(thrown(() => addon.throwRawUtf8(0xed, 0xa0, 0x80)).message, '\ufffd\ufffd\ufffd');
assert.strictEqual(thrown(() => addon.throwRawUtf8(0xf0, 0x9f, 0x98)).message, '\ufffd');

// napi_throw throws any value, as it is.
for (const value of [new Error('e'), new TypeError('t'), 42, 'text', undefined, null, { a: 1 }, Symbol('s'), 10n, [1]]) {
  const caught = thrown(() => addon.throwValue(value));
  assert.ok(Object.is(caught, value), `napi_throw(${String(value)})`);
}
{
  const error = new Error('identity');
  assert.strictEqual(thrown(() => addon.throwValue(error)), error);
}

// [napi_throw(NULL), then per kind: NULL msg, NULL msg with a code]; none throws.
assert.deepStrictEqual(addon.throwStatuses(), Array(9).fill(status.invalid_arg));

// Every function here rejects a NULL env with napi_invalid_arg.
assert.deepStrictEqual(addon.nullEnvStatuses(), Array(13).fill(status.invalid_arg));

// While one exception is pending, further throws fail with napi_pending_exception and
// the first exception is the one that reaches JS.
{
  const error = thrown(() => addon.throwTwice());
  assert.ok(error instanceof Error);
  assert.strictEqual(error.message, 'first');
  assert.strictEqual(error.code, 'FIRST');
  assert.deepStrictEqual(error.statuses, Array(6).fill(status.pending_exception));
}

// ---- napi_is_error -------------------------------------------------------------------

class MyError extends Error {}
class MyTypeError extends TypeError {}
const errors = [
  new Error('e'), new TypeError('t'), new RangeError('r'), new SyntaxError('s'),
  new ReferenceError('r'), new EvalError('e'), new URIError('u'), new MyError('m'),
  new MyTypeError('m'), new AggregateError([], 'a'), Error('called without new'),
];
for (const value of errors) {
  assert.strictEqual(addon.isError(value), true, `isError(${value})`);
}
// Caught engine errors are errors too (their messages are not compared).
{
  let caught;
  try {
    null.property; // eslint-disable-line no-unused-expressions
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof TypeError);
  assert.strictEqual(addon.isError(caught), true);
}
const notErrors = [
  Object.create(Error.prototype), { name: 'Error', message: 'x', stack: '' }, 'Error',
  42, undefined, null, true, Symbol('e'), 10n, Error, () => {}, [], new Proxy(new Error('p'), {}),
];
for (const value of notErrors) {
  assert.strictEqual(addon.isError(value), false, `isError(${String(value)})`);
}
// [NULL value, NULL result]
assert.deepStrictEqual(addon.isErrorStatuses(new Error('x')), [status.invalid_arg, status.invalid_arg]);
