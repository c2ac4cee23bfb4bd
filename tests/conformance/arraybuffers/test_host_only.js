'use strict';
// What only napi-host can run: the experimental SharedArrayBuffer functions (Node 20
// predates them), emnapi's memory functions (emnapi's own, not Node's), and what
// happens to buffers over addon memory when the addon traps. The wasm build of the
// addon has them; under Node this test has nothing to check.
const { assert, isNapiHost, loadAddon, status } = require('../common');

if (!isNapiHost) {
  return;
}
const addon = loadAddon('arraybuffers');

// ---- node_api_create_sharedarraybuffer: zero-copy like napi_create_arraybuffer
{
  const sab = addon.sharedCreate(4);
  assert.ok(sab instanceof SharedArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(sab)], [1, 2, 3, 4]);
  addon.sharedWrite(0, 50);
  assert.strictEqual(new Uint8Array(sab)[0], 50);
  new Uint8Array(sab)[3] = 60;
  assert.strictEqual(addon.sharedRead(3), 60);
  assert.deepStrictEqual(addon.info(sab), [4, false, 50 + 2 + 3 + 60]);
  assert.strictEqual(addon.isShared(sab), true);
  assert.strictEqual(addon.isArrayBuffer(sab), false);
  assert.strictEqual(addon.isShared(new SharedArrayBuffer(1)), true);
  for (const value of [new ArrayBuffer(1), new Uint8Array(1), 1, null, {}]) {
    assert.strictEqual(addon.isShared(value), false);
  }
  assert.strictEqual(addon.sharedCreate(0).byteLength, 0);
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.sharedStatuses(sab), [ia, ia, ia, status.pending_exception]);
  // A SharedArrayBuffer JS created follows the copy rule: the addon's writes are in it
  // when the call returns.
  const jsShared = new SharedArrayBuffer(3);
  assert.strictEqual(addon.increment(jsShared, 2), true);
  assert.deepStrictEqual([...new Uint8Array(jsShared)], [2, 2, 2]);
}

// ---- emnapi_sync_memory: JS sees the addon's writes, and the other way round, in the
// middle of a call
{
  const bytes = new Uint8Array(4);
  const [seen, back] = addon.syncRoundTrip(bytes, (view) => {
    const first = view[0];
    view[1] = 7;
    return first;
  });
  assert.deepStrictEqual([seen, back], [42, 7]);
  assert.deepStrictEqual([...bytes], [42, 7, 0, 0]);
  // The same through a view with an offset, and on an ArrayBuffer.
  const buffer = new ArrayBuffer(8);
  const view = new Uint8Array(buffer, 4, 4);
  assert.deepStrictEqual(addon.syncRoundTrip(view, (v) => { v[1] = 9; return v[0]; }), [42, 9]);
  assert.deepStrictEqual([...new Uint8Array(buffer)], [0, 0, 0, 0, 42, 9, 0, 0]);
  const ab = new ArrayBuffer(2);
  assert.deepStrictEqual(addon.syncRoundTrip(ab, (b) => { new Uint8Array(b)[1] = 3; return new Uint8Array(b)[0]; }),
                         [42, 3]);
  // A buffer over addon memory needs no sync (it is a no-op) and behaves the same.
  const own = addon.create(2, 0);
  assert.deepStrictEqual(addon.syncRoundTrip(own, (b) => { new Uint8Array(b)[1] = 4; return new Uint8Array(b)[0]; }),
                         [42, 4]);

  // Statuses without a data pointer taken first: JS -> wasm makes the copy; wasm -> JS
  // has nothing to copy from (emnapi: "Unknown ArrayBuffer address").
  const fresh = new Uint8Array(4);
  assert.strictEqual(addon.syncStatus(fresh, true, 0, 0xffffffff), status.ok);
  assert.strictEqual(addon.syncStatus(fresh, false, 0, 0xffffffff), status.pending_exception);
  assert.strictEqual(addon.syncStatus(own, false, 0, 2), status.ok);
  // Outside the view: RangeError.
  assert.strictEqual(addon.syncStatus(fresh, true, 2, 3), status.pending_exception);
  assert.strictEqual(addon.syncStatus(fresh, true, 5, 0xffffffff), status.pending_exception);
  // Not a buffer or view, NULL pointer.
  assert.strictEqual(addon.syncStatus({}, true, 0, 0), status.invalid_arg);
}

// ---- emnapi_get_memory_address: [has an address, ownership, runtime_allocated]
{
  const runtime = 0;
  const userland = 1;
  assert.deepStrictEqual(addon.memoryAddress(addon.create(4, 0), false), [true, runtime, true]);
  assert.deepStrictEqual(addon.memoryAddress(addon.externalStatic(), false), [true, userland, false]);
  // A buffer JS created has an address only while the addon holds a copy.
  assert.deepStrictEqual(addon.memoryAddress(new ArrayBuffer(4), false), [false, runtime, false]);
  assert.deepStrictEqual(addon.memoryAddress(new ArrayBuffer(4), true), [true, runtime, true]);
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.memoryAddressStatuses(new ArrayBuffer(1)),
                         [ia, ia, status.pending_exception]);
}

// ---- emnapi_create_memory_view: zero-copy views over addon memory
{
  const types = [
    [0, Int8Array], [1, Uint8Array], [2, Uint8ClampedArray], [3, Int16Array], [4, Uint16Array],
    [5, Int32Array], [6, Uint32Array], [7, Float32Array], [8, Float64Array],
    [9, BigInt64Array], [10, BigUint64Array], [11, Float16Array], [-1, DataView],
  ];
  for (const [type, Ctor] of types) {
    const view = addon.memoryView(type, 16, 100 + type);
    assert.ok(view instanceof Ctor, Ctor.name);
    assert.strictEqual(view.byteLength, 16);
  }
  const bytes = addon.memoryView(1, 8, 1);
  addon.viewWrite(2, 99);
  assert.strictEqual(bytes[2], 99);
  assert.strictEqual(addon.memoryViewStatus(-2), status.pending_exception); // no Buffer
  assert.strictEqual(addon.memoryViewStatus(12), status.invalid_arg);
  assert.strictEqual(addon.memoryViewStatus(-3), status.invalid_arg);
}

// ---- an external buffer outside linear memory traps; the trap poisons the addon and
// detaches every ArrayBuffer over its memory
{
  const own = addon.create(4, 1);
  const ownView = new Uint8Array(own);
  const external = addon.externalStatic();
  const jsBuffer = new ArrayBuffer(4);
  assert.throws(() => addon.externalOutOfBounds(), (error) => {
    assert.strictEqual(error.code, 'ERR_WASM_TRAP');
    assert.match(error.message, /napi_create_external_arraybuffer/);
    assert.match(error.message, /0xfffffff0/);
    return true;
  });
  assert.strictEqual(own.byteLength, 0);
  assert.strictEqual(ownView.length, 0);
  assert.strictEqual(external.byteLength, 0);
  assert.strictEqual(jsBuffer.byteLength, 4); // JS's own buffers are untouched
  assert.throws(() => addon.create(1, 0), { code: 'ERR_ADDON_POISONED' });
}
