'use strict';
// The pending exception: napi_is_exception_pending, napi_get_and_clear_last_exception,
// JS exceptions caught by napi_call_function, Node's NAPI_PREAMBLE (functions that may
// run JS refuse to start while an exception is pending; the others keep working), and
// an exception left pending when a callback returns being thrown to its JS caller.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('errors');

const pe = status.pending_exception;

// Nothing pending: [is_exception_pending status, pending, get_and_clear status, the
// cleared value (undefined), is_exception_pending(NULL), get_and_clear(NULL)]
assert.deepStrictEqual(addon.nothingPending(), [0, false, 0, undefined, status.invalid_arg, status.invalid_arg]);

// napi_call_function of a throwing function returns napi_pending_exception and leaves
// the thrown value pending: [status, pending after the call, the cleared exception,
// pending after clearing, result written]
{
  const error = new Error('from js');
  const [st, pendingAfterCall, exception, pendingAfterClear, wroteResult] =
    addon.callAndCatch(() => { throw error; });
  assert.strictEqual(st, pe);
  assert.strictEqual(pendingAfterCall, true);
  assert.strictEqual(exception, error);
  assert.strictEqual(pendingAfterClear, false);
  assert.strictEqual(wroteResult, false);
}
// Any thrown value, including undefined, counts as pending.
for (const value of [42, 'text', null, undefined, { a: 1 }, Symbol('s')]) {
  const result = addon.callAndCatch(() => { throw value; });
  assert.strictEqual(result.length, 5);
  assert.deepStrictEqual([result[0], result[1], result[3], result[4]], [pe, true, false, false], String(value));
  assert.ok(Object.is(result[2], value), String(value));
}
// An engine error (its message text is the engine's own and is not compared).
{
  const [st, , exception] = addon.callAndCatch(() => null.property);
  assert.strictEqual(st, pe);
  assert.ok(exception instanceof TypeError);
}
// A function that returns normally: ok, nothing pending, result written.
assert.deepStrictEqual(addon.callAndCatch((a, b) => a + b, 1, 2), [0, false, undefined, false, true]);
// An addon error thrown from a nested call reaches the outer napi_call_function.
{
  const [st, , exception] = addon.callAndCatch(() => addon.throwError(1, 'ERR_INNER', 'inner'));
  assert.strictEqual(st, pe);
  assert.ok(exception instanceof TypeError);
  assert.strictEqual(exception.message, 'inner');
  assert.strictEqual(exception.code, 'ERR_INNER');
}
// ... unless JS catches it on the way: then nothing is pending in the outer call.
assert.deepStrictEqual(
  addon.callAndCatch(() => {
    try {
      addon.throwError(0, null, 'caught in js');
    } catch {
      return 'caught';
    }
  }),
  [0, false, undefined, false, true]);

// A callback that returns with an exception pending throws it to its caller; the
// returned value is dropped.
{
  const error = new RangeError('left pending');
  let caught;
  try {
    addon.callAndLeavePending(() => { throw error; });
  } catch (e) {
    caught = e;
  }
  assert.strictEqual(caught, error);
  assert.strictEqual(addon.callAndLeavePending(() => 1), 'returned');
}
assert.throws(() => addon.throwThenReturn(), (e) => {
  assert.ok(e instanceof RangeError);
  assert.strictEqual(e.message, 'thrown before returning');
  assert.strictEqual(e.code, 'ERR_LATE');
  return true;
});

// napi_throw + napi_get_and_clear_last_exception hands the same value back and nothing
// reaches JS.
for (const value of [new Error('x'), 0, '', undefined, null, Symbol('s'), { o: 1 }]) {
  assert.ok(Object.is(addon.clearAndReturn(value), value), String(value));
}

// While an exception is pending, functions with Node's NAPI_PREAMBLE return
// napi_pending_exception without running; the others succeed.
{
  const error = new Error('pending');
  const preamble = [
    'napi_call_function', 'napi_strict_equals', 'napi_call_function (again)',
    'napi_create_function', 'napi_set_named_property', 'napi_get_named_property',
    'napi_get_array_length', 'napi_throw', 'napi_throw_error',
  ];
  const noPreamble = [
    'napi_get_undefined', 'napi_get_null', 'napi_get_global', 'napi_get_boolean',
    'napi_create_double', 'napi_create_int32', 'napi_create_string_utf8',
    'napi_create_object', 'napi_create_array', 'napi_typeof', 'napi_get_value_double',
    'napi_get_value_string_utf8', 'napi_create_error', 'napi_is_error', 'napi_get_cb_info',
    'napi_is_array', 'napi_is_exception_pending',
  ];
  const calls = mustCallOnce(() => { throw error; });
  const { statuses, exception, after } = addon.whilePending(calls.fn, 5);
  assert.strictEqual(calls.count(), 1, 'the refused second napi_call_function must not run JS');
  const named = (names, list) => Object.fromEntries(names.map((name, i) => [name, list[i]]));
  assert.deepStrictEqual(named(preamble, statuses.slice(0, preamble.length)),
                         named(preamble, Array(preamble.length).fill(pe)));
  assert.deepStrictEqual(named(noPreamble, statuses.slice(preamble.length)),
                         named(noPreamble, Array(noPreamble.length).fill(status.ok)));
  assert.strictEqual(statuses.length, preamble.length + noPreamble.length);
  // The exception pending throughout is the first one (the refused throws changed
  // nothing), and clearing it makes NAPI_PREAMBLE functions work again.
  assert.strictEqual(exception, error);
  assert.strictEqual(after, true);
}

function mustCallOnce(body) {
  let count = 0;
  return { fn: (...args) => { count++; return body(...args); }, count: () => count };
}
