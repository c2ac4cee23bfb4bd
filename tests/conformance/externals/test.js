'use strict';
// Externals: opaque native pointers carried by JS values, and their finalizers.
const { assert, loadAddon, mustCall, status } = require('../common');
const addon = loadAddon('externals');

// ---- napi_create_external / napi_get_value_external
{
  const external = addon.wrap(1234);
  assert.strictEqual(typeof external, 'object');
  assert.strictEqual(addon.typeOf(external), 'external');
  assert.deepStrictEqual(addon.unwrap(external), { status: status.ok, value: 1234 });
  // The pointer value round-trips exactly, including NULL and the largest 32-bit one.
  for (const n of [0, 1, 0x7fffffff, 0xffffffff]) {
    assert.deepStrictEqual(addon.unwrap(addon.wrap(n)), { status: status.ok, value: n });
  }
  // Each call makes a new value.
  assert.notStrictEqual(addon.wrap(1), addon.wrap(1));

  // An external is an empty object with a null prototype that cannot be extended.
  assert.strictEqual(Object.getPrototypeOf(external), null);
  assert.deepStrictEqual(Reflect.ownKeys(external), []);
  assert.strictEqual(Object.isExtensible(external), false);
  assert.throws(() => { external.x = 1; }, TypeError); // strict mode
  assert.strictEqual(external.x, undefined);
  assert.throws(() => String(external), TypeError); // no toString to find
  assert.strictEqual(Object.prototype.toString.call(external), '[object Object]');
  // It keeps working as an external.
  assert.deepStrictEqual(addon.unwrap(external), { status: status.ok, value: 1234 });
}

// ---- a real pointer: the addon reads and writes the struct it points at
{
  const counter = addon.makeCounter();
  assert.strictEqual(addon.bump(counter), 1);
  assert.strictEqual(addon.bump(counter), 2);
  assert.strictEqual(addon.bump(addon.makeCounter()), 3);
}

// ---- values that are not externals: napi_invalid_arg, the result left unwritten
{
  const notExternals = [{}, [], 1, 'str', null, undefined, () => {}, Object.create(null), Symbol('e')];
  for (const value of notExternals) {
    assert.deepStrictEqual(addon.unwrap(value), { status: status.invalid_arg });
    assert.notStrictEqual(addon.typeOf(value), 'external');
  }
}

// ---- NULL arguments: [create NULL result, get NULL value, get NULL result,
// create with NULL data (allowed)]
assert.deepStrictEqual(addon.statuses(addon.wrap(1)),
                       [status.invalid_arg, status.invalid_arg, status.invalid_arg, status.ok]);

// ---- napi_create_external runs under NAPI_PREAMBLE (refused while an exception is
// pending); napi_get_value_external does not.
assert.deepStrictEqual(addon.whilePending(addon.wrap(5)), [status.pending_exception, status.ok]);

// ---- finalizers: called with the data and hint once the external is unreachable and
// collected, from the event loop (not during gc()). The order among externals
// collected together is unspecified.

// Polls `done()` for a few turns of the event loop (collecting garbage each time),
// then calls `then`.
function eventually(done, then, turns = 20) {
  if (done()) {
    then();
    return;
  }
  assert.ok(turns > 0, 'finalizers did not run within a few event-loop turns');
  gc();
  setImmediate(() => eventually(done, then, turns - 1));
}

const byData = (entries) => [...entries].sort((a, b) => a[0] - b[0]);

addon.makeGarbage(3, 0); // data 0, 1, 2 (0 is NULL); hints 1000, 1001, 1002
(() => { addon.withFinalizer(8, 80); })();
let kept = addon.withFinalizer(7, 70);
gc();
assert.deepStrictEqual(addon.finalized(), [], 'finalizers never run inside gc()');

// [data, hint, status of napi_create_object inside the finalizer]
const firstBatch = [[0, 1000, 0], [1, 1001, 0], [2, 1002, 0], [8, 80, 0]];
eventually(() => addon.finalized().length >= firstBatch.length, mustCall(() => {
  assert.deepStrictEqual(byData(addon.finalized()), firstBatch);
  // The external that is still referenced was not finalized and still works.
  assert.deepStrictEqual(addon.unwrap(kept), { status: status.ok, value: 7 });
  kept = null;
  eventually(() => addon.finalized().length > firstBatch.length, mustCall(() => {
    assert.deepStrictEqual(byData(addon.finalized()), byData([...firstBatch, [7, 70, 0]]));
    // Each finalizer ran exactly once.
    setImmediate(mustCall(() => {
      gc();
      setImmediate(mustCall(() => assert.strictEqual(addon.finalized().length, 5)));
    }));
  }));
}));
