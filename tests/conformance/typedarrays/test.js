'use strict';
// Typed arrays: napi_create_typedarray (every type, the RangeErrors), napi_get_typedarray_info
// (outputs, offsets, detached buffers, data pointers), napi_is_typedarray.
const { assert, isNapiHost, loadAddon, status } = require('../common');
const addon = loadAddon('typedarrays');

// napi_typedarray_type -> constructor.
const types = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
];
const hasFloat16 = typeof Float16Array === 'function';

// ---- every type over one buffer
{
  const ab = new ArrayBuffer(64);
  types.forEach((Ctor, type) => {
    const { status: s, value } = addon.create(type, ab, 8, 2);
    assert.strictEqual(s, status.ok, Ctor.name);
    assert.ok(value instanceof Ctor, Ctor.name);
    assert.strictEqual(Object.getPrototypeOf(value), Ctor.prototype);
    assert.strictEqual(value.buffer, ab);
    assert.strictEqual(value.byteOffset, 8);
    assert.strictEqual(value.length, 2);
    const info = addon.info(value);
    assert.strictEqual(info.type, type);
    assert.strictEqual(info.length, 2);
    assert.strictEqual(info.byteOffset, 8);
    assert.strictEqual(info.buffer, ab);
    assert.strictEqual(info.dataIsNull, false);
    assert.strictEqual(info.dataOffset, 8); // data points at the first element
    assert.deepStrictEqual(addon.infoNulls(value), [type, 2, 8]);
    assert.strictEqual(addon.isTypedArray(value), true);
  });
  // napi_float16_array (11): Node versions whose V8 has Float16Array support it; Node 20
  // does not (invalid_arg). napi-host's engine has Float16Array.
  const float16 = addon.create(11, ab, 8, 2);
  if (hasFloat16) {
    assert.strictEqual(float16.status, status.ok);
    assert.ok(float16.value instanceof Float16Array);
    assert.strictEqual(float16.value.byteOffset, 8);
    assert.deepStrictEqual(addon.infoNulls(float16.value), [11, 2, 8]);
    assert.deepStrictEqual(addon.infoNulls(new Float16Array(3)), [11, 3, 0]);
  } else {
    assert.deepStrictEqual(float16, { status: status.invalid_arg });
  }
  // Unknown types: invalid_arg, nothing pending.
  for (const type of [-1, 12, 100]) {
    assert.deepStrictEqual(addon.create(type, ab, 0, 1), { status: status.invalid_arg });
  }
}

// ---- offsets and lengths: RangeErrors exactly as Node throws them
{
  const ab = new ArrayBuffer(16);
  const alignment = (name, size) => ({
    name: 'RangeError',
    code: 'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT',
    message: `start offset of ${name} should be a multiple of ${size}`,
  });
  const length = {
    name: 'RangeError', code: 'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH',
    message: 'Invalid typed array length',
  };
  const check = (type, offset, len, expected) => {
    const r = addon.create(type, ab, offset, len);
    if (expected === 'ok') {
      assert.strictEqual(r.status, status.ok, `${type} ${offset} ${len}`);
      assert.strictEqual(r.value.length, len);
      assert.strictEqual(r.value.byteOffset, offset);
      assert.strictEqual(r.error, undefined);
    } else {
      // The error is pending when the call returns napi_generic_failure.
      assert.strictEqual(r.status, status.generic_failure, `${type} ${offset} ${len}`);
      assert.strictEqual(r.value, undefined);
      assert.ok(r.error instanceof RangeError);
      assert.strictEqual(r.error.code, expected.code);
      assert.strictEqual(r.error.message, expected.message);
    }
  };
  check(1, 0, 16, 'ok');
  check(1, 1, 15, 'ok');
  check(1, 16, 0, 'ok'); // empty, at the very end
  check(1, 1, 16, length);
  check(1, 17, 0, length);
  check(1, 0, 17, length);
  check(3, 1, 1, alignment('Int16Array', 2));
  check(3, 3, 100, alignment('Int16Array', 2)); // alignment is checked first
  check(3, 0, 8, 'ok');
  check(3, 0, 9, length);
  check(3, 2, 8, length);
  check(5, 2, 1, alignment('Int32Array', 4));
  check(6, 4, 3, 'ok');
  check(7, 6, 1, alignment('Float32Array', 4));
  check(8, 8, 1, 'ok');
  check(8, 8, 2, length);
  check(8, 4, 1, alignment('Float64Array', 8));
  check(9, 12, 1, alignment('BigInt64Array', 8));
  check(10, 0, 3, length);
  check(2, 3, 13, 'ok');
  // Huge lengths do not overflow.
  check(8, 0, 0x7fffffff, length);
  check(1, 0xfffffff0, 0x20, length);
  // Over an empty buffer.
  assert.strictEqual(addon.create(1, new ArrayBuffer(0), 0, 0).status, status.ok);
}

// ---- the buffer must be an ArrayBuffer (or, in current Node, a SharedArrayBuffer)
{
  for (const value of [new Uint8Array(4), {}, [], 1, 'ab', null, undefined,
                       new DataView(new ArrayBuffer(4))]) {
    assert.deepStrictEqual(addon.create(1, value, 0, 1), { status: status.invalid_arg });
  }
  // nodejs/node#62710 (after Node 20) accepts SharedArrayBuffers.
  const sab = new SharedArrayBuffer(4);
  const r = addon.create(1, sab, 1, 2);
  if (isNapiHost) {
    assert.strictEqual(r.status, status.ok);
    assert.strictEqual(r.value.buffer, sab);
  } else {
    assert.deepStrictEqual(r, { status: status.invalid_arg });
  }
}

// ---- napi_get_typedarray_info on views JS made
{
  const ab = new ArrayBuffer(16);
  const u16 = new Uint16Array(ab, 4, 3);
  assert.deepStrictEqual(addon.info(u16), {
    type: 4, length: 3, byteOffset: 4, buffer: ab, dataIsNull: false, dataOffset: 4,
  });
  // Views over a SharedArrayBuffer (the buffer is reported as is).
  const sab = new SharedArrayBuffer(8);
  const i8 = new Int8Array(sab, 2, 3);
  const info = addon.info(i8);
  assert.strictEqual(info.type, 0);
  assert.strictEqual(info.length, 3);
  assert.strictEqual(info.byteOffset, 2);
  assert.strictEqual(info.buffer, sab);
  assert.strictEqual(info.dataIsNull, false);
  // Empty views: NULL data over an empty buffer.
  const empty = new Uint8Array(0);
  assert.deepStrictEqual(addon.info(empty),
                         { type: 1, length: 0, byteOffset: 0, buffer: empty.buffer, dataIsNull: true });
  const emptyOnFull = addon.info(new Uint8Array(new ArrayBuffer(8), 3, 0));
  assert.strictEqual(emptyOnFull.dataIsNull, false);
  assert.strictEqual(emptyOnFull.dataOffset, 3);
  // Typed arrays JS made without an explicit buffer.
  assert.deepStrictEqual(addon.infoNulls(new Float64Array([1, 2, 3])), [8, 3, 0]);
  assert.deepStrictEqual(addon.infoNulls(new BigUint64Array(5)), [10, 5, 0]);
  // A subarray.
  const whole = new Int32Array([1, 2, 3, 4, 5]);
  assert.deepStrictEqual(addon.infoNulls(whole.subarray(2, 4)), [5, 2, 8]);
}

// ---- views over a detached buffer: length 0, offset 0, NULL data
{
  const ab = new ArrayBuffer(8);
  const view = new Uint32Array(ab, 4, 1);
  addon.detach(ab);
  const info = addon.info(view);
  assert.strictEqual(info.type, 6);
  assert.strictEqual(info.length, 0);
  assert.strictEqual(info.byteOffset, 0);
  assert.strictEqual(info.buffer, ab);
  assert.strictEqual(info.dataIsNull, true);
  assert.deepStrictEqual(addon.infoNulls(view), [6, 0, 0]);
  // Querying them runs no JS, not even a user Error.prepareStackTrace.
  let calls = 0;
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = () => { calls++; return ''; };
  try {
    addon.info(view);
    addon.setAll(view, 1);
  } finally {
    Error.prepareStackTrace = saved;
  }
  assert.strictEqual(calls, 0);
}

// ---- writing through the data pointer of views JS made: the values are in the array
// when the call returns (napi-host copies JS-created buffers in and back once per call)
{
  const values = [
    [Int8Array, -5, -5], [Uint8Array, 250, 250], [Uint8ClampedArray, 77, 77],
    [Int16Array, -300, -300], [Uint16Array, 60000, 60000], [Int32Array, -70000, -70000],
    [Uint32Array, 4000000000, 4000000000], [Float32Array, 1.5, 1.5], [Float64Array, 0.1, 0.1],
    [BigInt64Array, -3, -3n], [BigUint64Array, 12, 12n],
  ];
  for (const [Ctor, input, expected] of values) {
    const array = new Ctor(3);
    addon.setAll(array, input);
    assert.deepStrictEqual([...array], [expected, expected, expected], Ctor.name);
  }
  if (hasFloat16) {
    const array = new Float16Array(2);
    addon.setAll(array, 1);
    assert.deepStrictEqual([...array], [1, 1]);
  }
  // Only the view's bytes change, at its offset.
  const bytes = new Uint8Array(8);
  addon.setAll(new Int16Array(bytes.buffer, 2, 2), -2);
  assert.deepStrictEqual([...bytes], [0, 0, 0xfe, 0xff, 0xfe, 0xff, 0, 0]);
  // Over a SharedArrayBuffer.
  const shared = new Int8Array(new SharedArrayBuffer(4));
  addon.setAll(shared, -1);
  assert.deepStrictEqual([...shared], [-1, -1, -1, -1]);
  // Two overlapping views of one buffer share one copy in the same call.
  const buf = new ArrayBuffer(8);
  assert.strictEqual(addon.twoViews(new Uint8Array(buf, 0, 4), new Uint8Array(buf, 2, 4)), true);
  assert.deepStrictEqual([...new Uint8Array(buf)], [1, 1, 2, 2, 2, 2, 0, 0]);
  // Reading.
  assert.strictEqual(addon.sum(new Float64Array([1.5, 2.5, 3])), 7);
  const large = new Float64Array(100000).fill(0.5);
  assert.strictEqual(addon.sum(large), 50000);
}

// ---- typed arrays over buffers the addon created: shared memory
{
  assert.deepStrictEqual([...addon.overNewBuffer(5, 3)], [1, 2, 3]);
  assert.deepStrictEqual([...addon.overNewBuffer(8, 2)], [1, 2]);
  assert.deepStrictEqual([...addon.overNewBuffer(1, 4)], [1, 2, 3, 4]);
}

// ---- napi_is_typedarray and info on other values
{
  for (const value of [1, {}, new ArrayBuffer(2), new DataView(new ArrayBuffer(2)), [], null,
                       new SharedArrayBuffer(2), 'str']) {
    assert.strictEqual(addon.isTypedArray(value), false);
    assert.strictEqual(addon.infoStatus(value), status.invalid_arg);
  }
  assert.strictEqual(addon.isTypedArray(new Uint8Array(1)), true);
}

// ---- NULL arguments and pending exceptions
{
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.statuses(new ArrayBuffer(4)), [ia, ia, ia, ia, ia]);
  assert.deepStrictEqual(addon.whilePending(new ArrayBuffer(4), new Uint8Array(1)),
                         [status.pending_exception, status.ok, status.ok]);
}
