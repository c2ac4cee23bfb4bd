'use strict';
// Async work: execute + complete run after the current macrotask, cancellation only
// succeeds while the work waits in the queue, complete may queue the work again, and
// an exception thrown in complete is an uncaught exception. Node runs execute on its
// thread pool; one pool thread makes the cancellation below deterministic there.
process.env.UV_THREADPOOL_SIZE = '1';
const { assert, loadAddon, mustCall, status } = require('../common');
const addon = loadAddon('async_work');

const completions = [];
const waiting = new Map();
const onDone = new Map();
globalThis.asyncWorkDone = (id, code, output) => {
  completions.push([id, code, output]);
  onDone.get(id)?.();
  const resolve = waiting.get(id);
  waiting.delete(id);
  resolve?.([code, output]);
};
const completion = (id) => new Promise((resolve) => waiting.set(id, resolve));
const FLAG_THROW = 1;
const FLAG_DELETE = 2;

async function main() {
  // NULL arguments and conversions.
  assert.deepStrictEqual(addon.nullArgs(), {
    createNoExecute: status.invalid_arg,
    createNoResult: status.invalid_arg,
    createNoName: status.invalid_arg,
    queueNull: status.invalid_arg,
    cancelNull: status.invalid_arg,
    deleteNull: status.invalid_arg,
  });
  assert.strictEqual(addon.create(undefined, 'name'), status.ok);
  assert.strictEqual(addon.create({}, 123), status.ok);
  assert.strictEqual(addon.create(42, 'boxed resource'), status.ok);
  // A conversion that throws: the status says so and the exception reaches JS.
  assert.throws(() => addon.create(null, 'name'), TypeError);
  assert.strictEqual(addon.lastCreateStatus(), status.object_expected);
  assert.throws(() => addon.create(undefined, Symbol('s')), TypeError);
  assert.strictEqual(addon.lastCreateStatus(), status.string_expected);

  // Completion is asynchronous and carries execute's result.
  const first = completion(1);
  assert.strictEqual(addon.start(1, 100, 0, 0, 0), status.ok);
  assert.deepStrictEqual(completions, []);
  assert.deepStrictEqual(await first, [status.ok, 25]);
  assert.strictEqual(addon.executions(1), 1);

  // Once finished, the work cannot be cancelled (libuv's UV_EBUSY), but may be queued
  // again.
  assert.strictEqual(addon.cancel(1), status.generic_failure);
  const again = completion(1);
  assert.strictEqual(addon.queueAgain(1), status.ok);
  assert.deepStrictEqual(await again, [status.ok, 25]);
  assert.strictEqual(addon.executions(1), 2);
  assert.strictEqual(addon.remove(1), status.ok);

  // Work 3 waits behind work 2 (the only pool thread is busy): cancelling it succeeds
  // and its complete runs with napi_cancelled, before work 2 finishes; execute never
  // runs for it.
  completions.length = 0;
  const busy = completion(2);
  const cancelled = completion(3);
  assert.strictEqual(addon.start(2, 1000, 100, 0, 0), status.ok);
  assert.strictEqual(addon.start(3, 1000, 0, 0, 0), status.ok);
  assert.strictEqual(addon.cancel(3), status.ok);
  assert.deepStrictEqual(await cancelled, [status.cancelled, 0]);
  assert.deepStrictEqual(await busy, [status.ok, 168]);
  assert.deepStrictEqual(completions.map(([id]) => id), [3, 2]);
  assert.strictEqual(addon.executions(3), 0);
  assert.strictEqual(addon.remove(2), status.ok);
  assert.strictEqual(addon.remove(3), status.ok);

  // complete queues the work again: three completions.
  completions.length = 0;
  for (let round = 0; round < 3; round++) {
    const next = completion(4);
    if (round === 0) assert.strictEqual(addon.start(4, 10, 0, 2, FLAG_DELETE), status.ok);
    assert.deepStrictEqual(await next, [status.ok, 4]);
  }
  assert.deepStrictEqual(completions.map(([id]) => id), [4, 4, 4]);

  // An exception thrown in complete is an uncaught exception.
  const caught = new Promise((resolve) => {
    process.once('uncaughtException', mustCall((error, origin) => {
      assert.strictEqual(error.code, 'ERR_TEST_COMPLETE');
      assert.strictEqual(origin, 'uncaughtException');
      resolve();
    }));
  });
  assert.strictEqual(addon.start(5, 10, 0, 0, FLAG_THROW), status.ok);
  await caught;
  assert.strictEqual(addon.remove(5), status.ok);

  // nextTick callbacks and microtasks queued by complete run right after it (Node's
  // callback scope), before any other macrotask.
  const order = [];
  onDone.set(6, () => {
    setImmediate(() => order.push('immediate'));
    Promise.resolve().then(() => order.push('microtask'));
    process.nextTick(() => order.push('tick'));
    order.push('complete');
  });
  const ticked = completion(6);
  addon.start(6, 10, 0, 0, FLAG_DELETE);
  await ticked;
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(order, ['complete', 'tick', 'microtask', 'immediate']);
}

main().then(mustCall());
