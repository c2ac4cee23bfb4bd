'use strict';
// ArrayBuffers: creation, info, detach, external buffers and their finalizers, and how
// buffer bytes are shared between JS and the addon.
//
// napi-host's memory rule (README, host/src/env/transfer.rs): buffers the addon creates
// alias its memory (zero-copy, like Node); buffers JS creates are copied into addon
// memory once per outermost call and copied back when it returns. Where that differs
// from Node (JS running *during* a call), the test says so.
const { assert, isNapiHost, loadAddon, mustCall, status } = require('../common');
const addon = loadAddon('arraybuffers');

// ---- napi_create_arraybuffer: zero-filled, written through `data`
{
  const ab = addon.create(8, 1);
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepStrictEqual(addon.info(ab), [8, false, 36]);
  assert.strictEqual(addon.isDetached(ab), false);
  // Each call makes a new buffer.
  assert.notStrictEqual(addon.create(1, 0), addon.create(1, 0));
  // Without the data out-parameter.
  const noData = addon.createNoData(3);
  assert.deepStrictEqual([...new Uint8Array(noData)], [0, 0, 0]);
  // A zero-length buffer has no data (NULL), with or without the out-parameter.
  assert.deepStrictEqual(addon.info(addon.createNoData(0)), [0, true, 0]);
  assert.deepStrictEqual(addon.info(addon.create(0, 0)), [0, true, 0]);
  // A larger one.
  const big = addon.create(100000, 0);
  assert.strictEqual(big.byteLength, 100000);
  assert.strictEqual(new Uint8Array(big)[99999], 99999 & 0xff);
}

// ---- zero-copy: the addon keeps the data pointer and uses it in later calls
{
  const ab = addon.keep(4);
  addon.keptWrite(2, 9); // a later call writes through the kept pointer...
  assert.deepStrictEqual([...new Uint8Array(ab)], [0, 0, 9, 0]); // ...JS sees it
  new Uint8Array(ab)[1] = 5; // JS writes...
  assert.strictEqual(addon.keptRead(1), 5); // ...the next call sees it
  assert.strictEqual(addon.keptIsInfoData(ab), true); // info reports the same pointer
  const view = new DataView(ab);
  view.setUint16(2, 0x1234, true);
  assert.strictEqual(addon.keptRead(2), 0x34);
  assert.strictEqual(addon.keptRead(3), 0x12);
}

// ---- napi_get_arraybuffer_info on buffers JS created: one pointer per call, and the
// addon's writes are in the buffer when the call returns
{
  const bytes = new Uint8Array([1, 2, 3]);
  assert.strictEqual(addon.increment(bytes.buffer, 3), true); // same pointer 3 times
  assert.deepStrictEqual([...bytes], [4, 5, 6]);
  assert.deepStrictEqual(addon.info(bytes.buffer), [3, false, 15]);
  assert.deepStrictEqual(addon.info(new ArrayBuffer(0)), [0, true, 0]);

  // JS that the addon calls while it holds the data pointer. Node shares one memory;
  // napi-host copies JS-created buffers in at the first info call and back at the end
  // of the outermost call, so JS inside the call sees the bytes from before the
  // addon's writes, and its own writes are overwritten by the copy-back.
  let seen;
  const inside = addon.incrementThenCall(bytes.buffer, (b) => {
    const v = new Uint8Array(b);
    seen = [...v];
    v[0] = 100;
    return seen;
  });
  assert.strictEqual(inside, seen);
  if (isNapiHost) {
    assert.deepStrictEqual(seen, [4, 5, 6]);
    assert.deepStrictEqual([...bytes], [5, 6, 7]);
  } else {
    assert.deepStrictEqual(seen, [5, 6, 7]);
    assert.deepStrictEqual([...bytes], [100, 6, 7]);
  }
  // A nested call (JS called by the addon calls the addon again) uses the same copy:
  // "once per outermost call". Both runtimes agree here.
  const nested = new Uint8Array([1, 2, 3]);
  addon.incrementThenCall(nested.buffer, (b) => addon.increment(b, 1));
  assert.deepStrictEqual([...nested], [3, 4, 5]);
  // A buffer the addon created is shared memory under napi-host too.
  const own = addon.create(3, 4);
  addon.incrementThenCall(own, (b) => {
    const v = new Uint8Array(b);
    assert.deepStrictEqual([...v], [5, 6, 7]);
    v[0] = 100;
  });
  assert.deepStrictEqual([...new Uint8Array(own)], [100, 6, 7]);
}

// ---- detach
{
  const ab = new ArrayBuffer(4);
  const view = new Uint8Array(ab);
  // Written through the data pointer, then detached in the same call: nothing to see.
  assert.deepStrictEqual(addon.writeThenDetach(ab), [status.ok, 0, true]);
  assert.strictEqual(ab.byteLength, 0);
  assert.strictEqual(view.length, 0);
  assert.strictEqual(addon.isDetached(ab), true);
  assert.deepStrictEqual(addon.info(ab), [0, true, 0]);
  assert.strictEqual(addon.detach(ab), status.ok); // again: still ok
  assert.strictEqual(addon.isDetached(ab), true);

  // A buffer over addon memory.
  const own = addon.create(4, 1);
  const ownView = new Uint8Array(own);
  assert.strictEqual(addon.detach(own), status.ok);
  assert.strictEqual(own.byteLength, 0);
  assert.strictEqual(ownView.length, 0);
  assert.strictEqual(addon.isDetached(own), true);

  // Not ArrayBuffers.
  const others = [new SharedArrayBuffer(4), new Uint8Array(2), new DataView(new ArrayBuffer(2)),
                  1, null, undefined, {}, 'ab'];
  for (const value of others) {
    assert.strictEqual(addon.detach(value), status.arraybuffer_expected);
    assert.strictEqual(addon.isDetached(value), false);
  }
  assert.strictEqual(addon.isDetached(new ArrayBuffer(1)), false);
}

// ---- napi_is_arraybuffer / info on other values
{
  assert.strictEqual(addon.isArrayBuffer(new ArrayBuffer(1)), true);
  assert.strictEqual(addon.isArrayBuffer(addon.create(1, 0)), true);
  for (const value of [new SharedArrayBuffer(4), new Uint8Array(2), 1, null, {}, [],
                       new DataView(new ArrayBuffer(2))]) {
    assert.strictEqual(addon.isArrayBuffer(value), false);
  }
  for (const value of [new Uint8Array(2), new DataView(new ArrayBuffer(2)), 1, null, {}]) {
    assert.strictEqual(addon.infoStatus(value), status.invalid_arg);
  }
  // Node accepts SharedArrayBuffers since the SharedArrayBuffer API (nodejs/node#59071);
  // Node 20 predates it.
  assert.strictEqual(addon.infoStatus(new SharedArrayBuffer(4)),
                     isNapiHost ? status.ok : status.invalid_arg);
}

// ---- NULL arguments and pending exceptions
{
  const ia = status.invalid_arg;
  // create_external_arraybuffer with a NULL result succeeds (Node creates the buffer
  // and writes nothing).
  assert.deepStrictEqual(addon.statuses(new ArrayBuffer(2)),
                         [ia, ia, ia, status.ok, ia, status.ok, ia, ia, ia, ia]);
  const pe = status.pending_exception;
  assert.deepStrictEqual(addon.whilePending(new ArrayBuffer(2)), [pe, pe, 0, 0, 0, 0]);
}

// ---- napi_adjust_external_memory returns the running total
{
  const base = addon.adjust(0);
  assert.strictEqual(typeof base, 'number');
  assert.ok(base >= 0);
  assert.strictEqual(addon.adjust(1000), base + 1000);
  assert.strictEqual(addon.adjust(-1000), base);
}

// ---- external ArrayBuffers: zero-copy over addon memory
{
  const ab = addon.external(4, 10, 1);
  assert.deepStrictEqual([...new Uint8Array(ab)], [10, 11, 12, 13]);
  assert.deepStrictEqual(addon.info(ab), [4, false, 46]);

  const s = addon.externalStatic();
  assert.strictEqual(s.byteLength, 16);
  addon.staticWrite(3, 77);
  assert.strictEqual(new Uint8Array(s)[3], 77);
  new Uint8Array(s)[4] = 66;
  assert.strictEqual(addon.staticRead(4), 66);
  assert.strictEqual(addon.detach(s), status.ok);
  assert.strictEqual(s.byteLength, 0);
  // Detaching does not touch the addon's bytes.
  assert.strictEqual(addon.staticRead(4), 66);
}

// ---- finalizers: run from the event loop after the buffer is collected (or, for a
// NULL data pointer, right away: Node gives an empty, detached buffer)

// Polls `done()` for a few turns of the event loop (collecting garbage each time), then
// calls `then`.
function eventually(done, then, turns = 20) {
  if (done()) {
    then();
    return;
  }
  assert.ok(turns > 0, 'finalizers did not run within a few event-loop turns');
  gc();
  setImmediate(() => eventually(done, then, turns - 1));
}

const nullExternal = addon.externalNull(42);
assert.strictEqual(nullExternal.byteLength, 0);
assert.strictEqual(addon.isDetached(nullExternal), true);
assert.deepStrictEqual(addon.info(nullExternal), [0, true, 0]);

const finalizedHints = () => [...addon.finalized()].sort((x, y) => x - y);
assert.deepStrictEqual(addon.finalized(), [], 'finalizers never run synchronously');
(() => { addon.external(8, 0, 7); })();
let keptExternal = addon.external(8, 0, 9);
gc();
assert.deepStrictEqual(addon.finalized(), [], 'finalizers never run inside gc()');
// Unreachable: the external buffers with hints 1 (above) and 7, and the NULL one (42).
eventually(() => addon.finalized().length >= 3, mustCall(() => {
  assert.deepStrictEqual(finalizedHints(), [1, 7, 42]);
  // The one still referenced was not finalized, and still works.
  assert.deepStrictEqual(addon.info(keptExternal), [8, false, 28]);
  keptExternal = null;
  eventually(() => addon.finalized().length > 3, mustCall(() => {
    assert.deepStrictEqual(finalizedHints(), [1, 7, 9, 42]);
    // Each finalizer ran once.
    setImmediate(mustCall(() => {
      gc();
      setImmediate(mustCall(() => assert.strictEqual(addon.finalized().length, 4)));
    }));
  }));
}));
