'use strict';
// Handle scopes and escapable handle scopes.
const { assert, isNapiHost, loadAddon, status } = require('../common');
const addon = loadAddon('scopes');

// ---- open, use, close
assert.deepStrictEqual(addon.openClose(), [status.ok, status.ok, 'before']);

// ---- escaping a value to the enclosing scope
{
  const inner = { deep: true };
  const escaped = addon.escape(inner);
  assert.deepStrictEqual(escaped.statuses, [status.ok, status.ok, status.ok]);
  assert.strictEqual(escaped.wrapped, inner);
  assert.strictEqual(addon.escape('text').wrapped, 'text');
  assert.strictEqual(addon.escape(undefined).wrapped, undefined);
  // A second escape from the same scope is refused; the first escaped value survives.
  assert.deepStrictEqual(addon.escapeTwice(),
                         [status.ok, status.escape_called_twice, status.ok, 'first']);
}

// ---- NULL arguments:
// [open(NULL), close(NULL), open_escapable(NULL), close_escapable(NULL),
//  escape(NULL scope), escape(NULL value), escape(NULL result), then a valid escape]
{
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.nullArgs(), [ia, ia, ia, ia, ia, ia, ia, status.ok]);
}

// ---- closing more scopes than were opened: napi_handle_scope_mismatch
assert.deepStrictEqual(addon.doubleClose(), [
  status.ok, status.ok, status.handle_scope_mismatch,
  status.ok, status.ok, status.handle_scope_mismatch,
]);

// ---- many scopes, each holding values, in a loop and nested
{
  const n = 100000;
  assert.deepStrictEqual(addon.loop(n), { sum: (n * (n - 1)) / 2 });
  assert.deepStrictEqual(addon.loop(0), { sum: 0 });
  const escaped = addon.escapeLoop(10000);
  assert.strictEqual(escaped.length, 10000);
  escaped.forEach((object, i) => assert.deepStrictEqual(object, { i }));
  assert.strictEqual(addon.nested(1000), 1000);
  assert.strictEqual(addon.nested(4096), 4096);
  // A value escaped through 100 nested escapable scopes, one level at a time.
  assert.deepStrictEqual(addon.escapeThrough(0), { depth: 0 });
  assert.deepStrictEqual(addon.escapeThrough(100), { depth: 100 });
  // Repeating it all works the same (no state is left behind).
  assert.deepStrictEqual(addon.loop(1000), { sum: 499500 });
  assert.strictEqual(addon.nested(10), 10);
}

// ---- the scope functions do not run JS: a pending exception does not stop them
assert.deepStrictEqual(addon.whilePending(), [0, 0, 0, 0, 0]);

// ---- misuse Node cannot detect (undefined behaviour in Node, which may crash or
// abort): napi-host checks it. Not run under Node.
if (isNapiHost) {
  const mismatch = status.handle_scope_mismatch;
  // Closing an outer scope while an inner one is open is refused; both can then be
  // closed in the right order.
  assert.deepStrictEqual(addon.outOfOrder(), [status.ok, status.ok, mismatch, status.ok, status.ok]);
  // [escapable closed as plain, escapable closed right, plain closed as escapable,
  //  plain closed right, escape from a plain scope]
  assert.deepStrictEqual(addon.wrongKind(),
                         [mismatch, status.ok, mismatch, status.ok, status.invalid_arg]);
  // A handle from a closed scope is napi_invalid_arg, never another value.
  assert.strictEqual(addon.staleHandle(), status.invalid_arg);
  // Returning with a scope still open (Node aborts the process) throws.
  assert.throws(() => addon.leaveOpen(), { code: 'ERR_NAPI_HANDLE_SCOPE_MISMATCH' });
  // The addon keeps working.
  assert.strictEqual(addon.escape(1).wrapped, 1);
  assert.deepStrictEqual(addon.loop(10), { sum: 45 });
}
