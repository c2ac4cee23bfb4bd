'use strict';
// napi_run_script: a string evaluated as a classic global script.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('run_script');

const ok = (value) => ({ status: status.ok, value });

assert.deepStrictEqual(addon.run('1 + 2'), ok(3));
assert.deepStrictEqual(addon.run(''), ok(undefined));
assert.deepStrictEqual(addon.run('"str" + "ing"'), ok('string'));
// The completion value of the last statement.
assert.deepStrictEqual(addon.run('let x = 2; if (x) { x * 21 } else { 0 }'), ok(42));
// Global scope: declarations become globals; `this` is the global object.
assert.deepStrictEqual(addon.run('var runScriptGlobal = 7; this === globalThis'), ok(true));
assert.strictEqual(globalThis.runScriptGlobal, 7);
// Sloppy mode, no module or function wrapper.
assert.deepStrictEqual(addon.run('typeof require + typeof module + (function () { return this === globalThis; })()'),
                       ok('undefinedundefinedtrue'));
{
  const object = addon.run('({ a: [1, 2] })').value;
  assert.deepStrictEqual(object, { a: [1, 2] });
}

// Only strings: nothing is converted, nothing thrown.
for (const v of [1, {}, { toString: () => '1' }, null, undefined, Symbol('s')]) {
  assert.deepStrictEqual(addon.run(v), { status: status.string_expected });
}

// A script that throws, or does not compile: the exception stays pending (Node returns
// napi_generic_failure, not napi_pending_exception).
{
  const r = addon.run('throw new RangeError("from script")');
  assert.strictEqual(r.status, status.generic_failure);
  assert.ok(r.exception instanceof RangeError);
  const thrown = addon.run('throw 5');
  assert.deepStrictEqual(thrown, { status: status.generic_failure, exception: 5 });
  const syntax = addon.run('let let = ;');
  assert.strictEqual(syntax.status, status.generic_failure);
  assert.ok(syntax.exception instanceof SyntaxError);
}

assert.deepStrictEqual(addon.nullStatuses('1'), [status.invalid_arg, status.invalid_arg]);
assert.strictEqual(addon.whilePending('globalThis.ranWhilePending = true'), status.pending_exception);
assert.strictEqual(globalThis.ranWhilePending, undefined);
