'use strict';
// Cleanup hooks of two addons run after 'exit', in reverse order of registration
// across both (test.expected-output.txt), with JS disabled.
const { assert, isNapiHost, loadAddon, status } = require('../common');
const a = loadAddon('cleanup_hooks_a');
const b = loadAddon('cleanup_hooks_b');

assert.deepStrictEqual(a.nullArgs(), {
  addNull: status.invalid_arg,
  removeNull: status.invalid_arg,
  removeUnknown: status.ok,
  addAsyncNull: status.invalid_arg,
  removeAsyncNull: status.invalid_arg,
});
assert.strictEqual(a.addHook(7), status.ok);
assert.strictEqual(b.addHook(8), status.ok);
assert.strictEqual(a.removeHook(4), status.ok);
if (isNapiHost) {
  // Node aborts on a duplicate registration; napi-host refuses it.
  assert.strictEqual(b.duplicate(8), status.invalid_arg);
}
process.on('exit', (code) => console.log(`exit ${code}`));
