'use strict';
// Promises: napi_create_promise, napi_resolve_deferred, napi_reject_deferred,
// napi_is_promise.
const { assert, loadAddon, mustCall, status } = require('../common');
const addon = loadAddon('promises');

const ok = { status: status.ok };

async function main() {
  // ---- resolve
  {
    const promise = addon.create(0);
    assert.ok(promise instanceof Promise);
    assert.deepStrictEqual(addon.isPromise(promise), { status: status.ok, value: true });
    let settled = false;
    promise.then(() => { settled = true; });
    assert.deepStrictEqual(addon.conclude(0, true, 42), ok);
    // Reactions run as microtasks, not during the call.
    assert.strictEqual(settled, false);
    assert.strictEqual(await promise, 42);
    assert.strictEqual(settled, true);
  }

  // ---- reject
  {
    const promise = addon.create(1);
    const reason = new Error('no');
    assert.deepStrictEqual(addon.conclude(1, false, reason), ok);
    await assert.rejects(promise, (e) => e === reason);
  }

  // ---- resolving with a promise or a thenable adopts its state
  {
    const inner = addon.create(2);
    const outer = addon.create(3);
    assert.deepStrictEqual(addon.conclude(3, true, inner), ok);
    assert.deepStrictEqual(addon.conclude(2, true, 'inner'), ok);
    assert.strictEqual(await outer, 'inner');

    const thenable = addon.create(4);
    assert.deepStrictEqual(addon.conclude(4, true, { then: (res) => res('from then') }), ok);
    assert.strictEqual(await thenable, 'from then');
  }

  // ---- resolved before JS sees it; rejection with a non-error
  assert.strictEqual(await addon.createAndResolve('early'), 'early');
  {
    const promise = addon.create(5);
    assert.deepStrictEqual(addon.conclude(5, false, undefined), ok);
    await promise.then(assert.fail, mustCall((reason) => assert.strictEqual(reason, undefined)));
  }

  // ---- NULL resolution keeps the deferred usable
  {
    const promise = addon.create(6);
    assert.deepStrictEqual(addon.resolveNull(6), [status.invalid_arg, status.invalid_arg]);
    assert.deepStrictEqual(addon.conclude(6, true, 'later'), ok);
    assert.strictEqual(await promise, 'later');
  }

  // ---- napi_is_promise
  for (const v of [{ then() {} }, Promise, {}, null, undefined, 1, 'p']) {
    assert.deepStrictEqual(addon.isPromise(v), { status: status.ok, value: false });
  }
  assert.deepStrictEqual(addon.isPromise(Promise.resolve(1)), { status: status.ok, value: true });
  assert.deepStrictEqual(addon.isPromise((async () => {})()), { status: status.ok, value: true });
  class MyPromise extends Promise {}
  assert.deepStrictEqual(addon.isPromise(MyPromise.resolve(1)), { status: status.ok, value: true });

  // ---- NULL arguments and pending exceptions
  assert.deepStrictEqual(addon.nullStatuses(1), new Array(4).fill(status.invalid_arg));
  assert.strictEqual(addon.whilePending(), status.pending_exception);

  // ---- many promises in flight, settled in reverse order
  {
    const promises = [];
    for (let i = 8; i < 16; i++) promises.push(addon.create(i));
    for (let i = 15; i >= 8; i--) addon.conclude(i, i % 2 === 0, i);
    const results = await Promise.allSettled(promises);
    assert.deepStrictEqual(results.map((r) => r.status),
                           ['fulfilled', 'rejected', 'fulfilled', 'rejected',
                            'fulfilled', 'rejected', 'fulfilled', 'rejected']);
  }
}

main().then(mustCall());
