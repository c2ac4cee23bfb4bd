'use strict';
// Thread-safe functions called from the main thread: calls reach JS on later loop
// turns (never synchronously), in order, before immediates queued meanwhile; bounded
// queues refuse calls; release drains the queue and then finalizes; abort finalizes at
// once and hands queued data to call_js_cb with a NULL env; unref lets the process
// exit, and the function is finalized at teardown (see test.expected-output.txt).
const { assert, isNapiHost, loadAddon, mustCall, mustNotCall, status } = require('../common');
const addon = loadAddon('tsfn');

const CUSTOM = true;
const DEFAULT = false;
const turn = () => new Promise((resolve) => setImmediate(resolve));

async function until(predicate) {
  for (let i = 0; i < 100; i++) {
    if (predicate()) return;
    await turn();
  }
  assert.fail('timed out waiting for the event loop');
}

const finalized = (log) => log.some((line) => line.startsWith('finalize'));

async function main() {
  const noop = () => {};
  assert.deepStrictEqual(addon.nullArgs(noop), {
    noName: status.invalid_arg,
    noThreads: status.invalid_arg,
    noResult: status.invalid_arg,
    noFuncNoCallJs: status.invalid_arg,
    notAFunction: status.invalid_arg,
  });

  // Unbounded queue, custom call_js_cb: five calls in order, then the finalizer.
  let received = [];
  assert.strictEqual(addon.create(0, (value) => received.push(value), 0, 1, CUSTOM, false),
    status.ok);
  assert.strictEqual(addon.context(0), 100);
  for (let i = 0; i < 5; i++) assert.strictEqual(addon.call(0, i, false), status.ok);
  assert.deepStrictEqual(received, [], 'calls are never synchronous');
  assert.strictEqual(addon.release(0, false), status.ok);
  let log = [];
  await until(() => finalized(log = log.concat(addon.takeLog())));
  assert.deepStrictEqual(received, [0, 1, 2, 3, 4]);
  assert.deepStrictEqual(log, [
    'call 0 env=1 cb=1 ctx=100', 'call 1 env=1 cb=1 ctx=100', 'call 2 env=1 cb=1 ctx=100',
    'call 3 env=1 cb=1 ctx=100', 'call 4 env=1 cb=1 ctx=100',
    'finalize env=1 data=200 ctx=100',
  ]);

  // No call_js_cb: the function is called with no arguments.
  const argCounts = [];
  assert.strictEqual(addon.create(1, function () { argCounts.push(arguments.length); },
    0, 1, DEFAULT, false), status.ok);
  addon.call(1, 7, false);
  addon.call(1, 8, false);
  addon.release(1, false);
  await until(() => finalized(addon.takeLog()));
  assert.deepStrictEqual(argCounts, [0, 0]);

  // A bounded queue: a full queue is napi_queue_full; a blocking call on it could only
  // wait for this very thread (Node 20 hangs; napi-host says napi_would_deadlock).
  received = [];
  assert.strictEqual(addon.create(2, (value) => received.push(value), 2, 1, CUSTOM, false),
    status.ok);
  assert.strictEqual(addon.call(2, 10, false), status.ok);
  assert.strictEqual(addon.call(2, 11, false), status.ok);
  assert.strictEqual(addon.call(2, 12, false), status.queue_full);
  if (isNapiHost) assert.strictEqual(addon.call(2, 13, true), status.would_deadlock);
  assert.strictEqual(addon.release(2, false), status.ok);
  assert.strictEqual(addon.release(2, false), status.invalid_arg, 'thread count is already 0');
  await until(() => finalized(addon.takeLog()));
  assert.deepStrictEqual(received, [10, 11]);

  // Abort: later calls and acquires get napi_closing (while threads remain), the
  // finalizer runs first, then queued data goes to call_js_cb with no env and no
  // function. The JS function is never called.
  received = [];
  assert.strictEqual(addon.create(3, (value) => received.push(value), 0, 2, CUSTOM, false),
    status.ok);
  for (const value of [20, 21, 22]) assert.strictEqual(addon.call(3, value, false), status.ok);
  assert.strictEqual(addon.release(3, true), status.ok);
  assert.strictEqual(addon.call(3, 23, false), status.closing);
  assert.strictEqual(addon.call(3, 24, false), status.invalid_arg, 'no thread left');
  assert.strictEqual(addon.acquire(3), status.closing);
  log = [];
  await until(() => finalized(log = log.concat(addon.takeLog())));
  await turn();
  log = log.concat(addon.takeLog());
  assert.deepStrictEqual(log, [
    'finalize env=1 data=203 ctx=103',
    'call 20 env=0 cb=0 ctx=103', 'call 21 env=0 cb=0 ctx=103', 'call 22 env=0 cb=0 ctx=103',
  ]);
  assert.deepStrictEqual(received, []);

  // Acquire adds a thread; the function closes after the last release.
  assert.strictEqual(addon.create(4, noop, 0, 1, CUSTOM, false), status.ok);
  assert.strictEqual(addon.acquire(4), status.ok);
  assert.strictEqual(addon.release(4, false), status.ok);
  await turn();
  assert.deepStrictEqual(addon.takeLog(), [], 'one thread still holds it');
  assert.strictEqual(addon.release(4, false), status.ok);
  await until(() => finalized(addon.takeLog()));

  // Calls reach JS in the poll phase, before immediates queued at the same time; a
  // call made from the callback is dispatched in the same wake-up.
  const order = [];
  assert.strictEqual(addon.create(5, (value) => {
    order.push(`call ${value}`);
    if (value === 1) addon.call(5, 2, false);
    if (value === 2) addon.release(5, false);
  }, 0, 1, CUSTOM, false), status.ok);
  setImmediate(() => order.push('immediate'));
  addon.call(5, 1, false);
  await until(() => order.includes('immediate'));
  assert.deepStrictEqual(order, ['call 1', 'call 2', 'immediate']);
  await until(() => finalized(addon.takeLog()));

  // An exception thrown by the JS function: Node 20 drops it with a DEP0168
  // deprecation warning (modules below NAPI_VERSION_EXPERIMENTAL), not an uncaught
  // exception; the next call still runs.
  const warned = new Promise((resolve) => {
    process.once('warning', mustCall((warning) => {
      assert.strictEqual(warning.code, 'DEP0168');
      resolve();
    }));
  });
  let calls = 0;
  assert.strictEqual(addon.create(6, () => {
    calls++;
    throw new Error('thrown by the tsfn callback');
  }, 0, 1, DEFAULT, false), status.ok);
  process.on('uncaughtException', mustNotCall());
  addon.call(6, 0, false);
  addon.call(6, 1, false);
  addon.release(6, false);
  await warned;
  await until(() => finalized(addon.takeLog()));
  assert.strictEqual(calls, 2);
  process.removeAllListeners('uncaughtException');

  // Unreferenced, never released: the process still exits; teardown finalizes it.
  assert.strictEqual(addon.create(7, noop, 0, 1, CUSTOM, true), status.ok);
  assert.strictEqual(addon.unref(7), status.ok);
  assert.strictEqual(addon.ref(7), status.ok);
  assert.strictEqual(addon.unref(7), status.ok);
}

main().then(mustCall(() => {
  process.on('exit', () => console.log('exit'));
}));
