'use strict';
// Node-API Buffers: real Buffers; the addon's data pointers stay valid
// while the Buffer lives (writes on either side are seen by the other); copies are
// copies; external Buffers are finalized after collection; every ArrayBufferView is a
// buffer for napi_is_buffer / napi_get_buffer_info (Node 20).
const { assert, gcUntil, isNapiHost, loadAddon, status } = require('../common');
const addon = loadAddon('buffers');

async function main() {
  const buf = addon.createBuffer(8);
  assert.ok(Buffer.isBuffer(buf));
  assert.ok(buf instanceof Buffer);
  assert.strictEqual(buf.constructor, Buffer);
  assert.deepStrictEqual([...buf], [0, 3, 6, 9, 12, 15, 18, 21]);
  assert.strictEqual(buf.toString('hex'), '000306090c0f1215');
  // The addon's pointer and the Buffer are the same memory.
  addon.poke(1, 0xaa);
  assert.strictEqual(buf[1], 0xaa);
  buf[2] = 0x55;
  assert.strictEqual(addon.peek(2), 0x55);
  assert.strictEqual(addon.createBuffer(0).length, 0);

  const copy = addon.copyString('héllo');
  assert.ok(Buffer.isBuffer(copy));
  assert.strictEqual(copy.toString(), 'héllo');
  assert.strictEqual(copy.length, 6);

  // External buffers: the addon's bytes, finalized once collected.
  let external = addon.external();
  assert.ok(Buffer.isBuffer(external));
  assert.strictEqual(external.toString(), 'external bytes');
  addon.setExternalByte(0, 0x45);
  assert.strictEqual(external.toString('latin1', 0, 8), 'External');
  assert.strictEqual(addon.externalFinalized(), 0);
  external = null;
  await gcUntil('external buffer finalizer', () => addon.externalFinalized() === 1);

  // napi_is_buffer and napi_get_buffer_info accept every ArrayBufferView.
  const bytes = Buffer.from([1, 2, 3, 4, 5, 6]);
  const views = [
    [bytes, 6, 21],
    [new Uint8Array([10, 20]), 2, 30],
    [new Uint16Array([0x0102, 0x0304]), 4, 10],
    [new DataView(bytes.buffer, bytes.byteOffset + 2, 3), 3, 12],
    [bytes.subarray(4), 2, 11],
  ];
  for (const [view, length, sum] of views) {
    assert.strictEqual(addon.isBuffer(view), true);
    assert.deepStrictEqual(addon.info(view), [status.ok, length, sum]);
  }
  for (const value of [new ArrayBuffer(4), {}, 'string', [1, 2]]) {
    assert.strictEqual(addon.isBuffer(value), false);
    assert.strictEqual(addon.info(value)[0], status.invalid_arg);
  }
  // Writes through the data pointer of a JS-created Buffer reach JS.
  const js = Buffer.from('abcdef');
  const middle = js.subarray(1, 5);
  assert.strictEqual(addon.reverseInPlace(middle), middle);
  assert.strictEqual(js.toString(), 'aedcbf');
}

main().then(() => {
  assert.deepStrictEqual(addon.nullArgs(Buffer.alloc(1)), {
    createNoResult: status.invalid_arg,
    copyNoResult: status.invalid_arg,
    externalNoResult: status.invalid_arg,
    isBufferNoValue: status.invalid_arg,
    isBufferNoResult: status.invalid_arg,
    infoNoValue: status.invalid_arg,
    infoNoOutputs: status.ok,
    createEmpty: status.ok,
  });
  if (isNapiHost) {
    // node_api_create_buffer_from_arraybuffer (Node-API 10; not in Node 20).
    const arrayBuffer = new ArrayBuffer(8);
    const [code, view] = addon.fromArrayBuffer(arrayBuffer, 2, 4);
    assert.strictEqual(code, status.ok);
    assert.ok(Buffer.isBuffer(view));
    assert.strictEqual(view.length, 4);
    view[0] = 7;
    assert.strictEqual(new Uint8Array(arrayBuffer)[2], 7);
    assert.throws(() => addon.fromArrayBuffer(arrayBuffer, 6, 4),
      { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
    assert.strictEqual(addon.fromArrayBuffer(new Uint8Array(8), 0, 1)[0],
      status.arraybuffer_expected);
  }
});
