'use strict';
// An exception left pending by a module initializer is thrown by require(), and the
// returned exports are dropped.
const { assert, loadAddon } = require('../common');

let caught;
try {
  loadAddon('errors_on_load');
} catch (e) {
  caught = e;
}
assert.ok(caught instanceof TypeError, 'require() throws the pending exception');
assert.strictEqual(caught.message, 'init failed');
assert.strictEqual(caught.code, 'ERR_ON_LOAD');
assert.strictEqual(caught.attempt, 1);

// A failed load is not cached: requiring again runs the initializer again, which
// throws again.
let again;
try {
  loadAddon('errors_on_load');
} catch (e) {
  again = e;
}
assert.ok(again instanceof TypeError);
assert.notStrictEqual(again, caught);
assert.strictEqual(again.code, 'ERR_ON_LOAD');
