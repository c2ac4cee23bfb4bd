'use strict';
// DataViews: napi_create_dataview (bounds and its RangeError), napi_get_dataview_info,
// napi_is_dataview.
const { assert, isNapiHost, loadAddon, status } = require('../common');
const addon = loadAddon('dataviews');

// ---- creation and bounds: offset + length must fit in the buffer
{
  const ab = new ArrayBuffer(16);
  for (const [offset, length] of [[0, 16], [4, 12], [16, 0], [3, 5], [0, 0], [15, 1]]) {
    const r = addon.create(ab, offset, length);
    assert.strictEqual(r.status, status.ok, `${offset} ${length}`);
    assert.ok(r.value instanceof DataView);
    assert.strictEqual(Object.getPrototypeOf(r.value), DataView.prototype);
    assert.strictEqual(r.value.buffer, ab);
    assert.strictEqual(r.value.byteOffset, offset);
    assert.strictEqual(r.value.byteLength, length);
    assert.strictEqual(r.error, undefined);
  }
  // Out of bounds: napi_pending_exception with a RangeError (unlike typed arrays,
  // whose RangeErrors come with napi_generic_failure).
  for (const [offset, length] of [[17, 0], [0, 17], [8, 9], [16, 1], [0xffffffff, 1],
                                  [1, 0xffffffff]]) {
    const r = addon.create(ab, offset, length);
    assert.strictEqual(r.status, status.pending_exception, `${offset} ${length}`);
    assert.strictEqual(r.value, undefined);
    assert.ok(r.error instanceof RangeError);
    assert.strictEqual(r.error.code, 'ERR_NAPI_INVALID_DATAVIEW_ARGS');
    assert.strictEqual(r.error.message, 'byte_offset + byte_length should be less than or ' +
                       'equal to the size in bytes of the array passed in');
  }
  // Not a buffer.
  for (const value of [new Uint8Array(4), {}, 1, null, new DataView(new ArrayBuffer(1))]) {
    assert.deepStrictEqual(addon.create(value, 0, 1), { status: status.invalid_arg });
  }
  // nodejs/node#60473 (after Node 20) accepts SharedArrayBuffers.
  const sab = new SharedArrayBuffer(4);
  const r = addon.create(sab, 1, 2);
  if (isNapiHost) {
    assert.strictEqual(r.status, status.ok);
    assert.strictEqual(r.value.buffer, sab);
    assert.strictEqual(r.value.byteOffset, 1);
  } else {
    assert.deepStrictEqual(r, { status: status.invalid_arg });
  }
}

// ---- napi_get_dataview_info
{
  const ab = new ArrayBuffer(16);
  const view = new DataView(ab, 4, 8);
  assert.deepStrictEqual(addon.info(view), {
    byteLength: 8, byteOffset: 4, buffer: ab, dataIsNull: false, dataOffset: 4,
  });
  assert.deepStrictEqual(addon.infoNulls(view), [8, 4]);
  // Over a SharedArrayBuffer.
  const sab = new SharedArrayBuffer(8);
  const shared = addon.info(new DataView(sab, 2));
  assert.strictEqual(shared.byteLength, 6);
  assert.strictEqual(shared.byteOffset, 2);
  assert.strictEqual(shared.buffer, sab);
  assert.strictEqual(shared.dataIsNull, false);
  // Empty.
  const empty = new DataView(new ArrayBuffer(0));
  assert.deepStrictEqual(addon.info(empty),
                         { byteLength: 0, byteOffset: 0, buffer: empty.buffer, dataIsNull: true });
  const emptyOnFull = addon.info(new DataView(new ArrayBuffer(8), 5, 0));
  assert.strictEqual(emptyOnFull.dataIsNull, false);
  assert.strictEqual(emptyOnFull.dataOffset, 5);
}

// ---- over a detached buffer: length 0, offset 0, NULL data
{
  const ab = new ArrayBuffer(8);
  const view = new DataView(ab, 2, 4);
  addon.detach(ab);
  assert.deepStrictEqual(addon.info(view),
                         { byteLength: 0, byteOffset: 0, buffer: ab, dataIsNull: true });
  assert.deepStrictEqual(addon.infoNulls(view), [0, 0]);
  // Querying it runs no JS, not even a user Error.prepareStackTrace.
  let calls = 0;
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = () => { calls++; return ''; };
  try {
    addon.info(view);
    addon.fill(view, 1);
  } finally {
    Error.prepareStackTrace = saved;
  }
  assert.strictEqual(calls, 0);
}

// ---- writing through the data pointer: in the buffer when the call returns
{
  const ab = new ArrayBuffer(16);
  addon.fill(new DataView(ab, 4, 8), 9);
  assert.deepStrictEqual([...new Uint8Array(ab)], [0, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 0, 0]);
  const sab = new SharedArrayBuffer(8);
  addon.fill(new DataView(sab, 2), 3);
  assert.deepStrictEqual([...new Uint8Array(sab)], [0, 0, 3, 3, 3, 3, 3, 3]);
  // A view over a buffer the addon created, which the addon fills afterwards.
  const view = addon.overNewBuffer(8, 3);
  assert.strictEqual(view.byteOffset, 3);
  assert.strictEqual(view.byteLength, 5);
  assert.deepStrictEqual([...new Uint8Array(view.buffer)], [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.strictEqual(view.getUint8(0), 4);
}

// ---- napi_is_dataview and info on other values
{
  assert.strictEqual(addon.isDataView(new DataView(new ArrayBuffer(1))), true);
  for (const value of [1, {}, new ArrayBuffer(2), new Uint8Array(2), null, []]) {
    assert.strictEqual(addon.isDataView(value), false);
    assert.strictEqual(addon.infoStatus(value), status.invalid_arg);
  }
}

// ---- NULL arguments and pending exceptions
{
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.statuses(new ArrayBuffer(4)), [ia, ia, ia, ia, ia]);
  assert.deepStrictEqual(addon.whilePending(new ArrayBuffer(4), new DataView(new ArrayBuffer(1))),
                         [status.pending_exception, status.ok, status.ok]);
}
