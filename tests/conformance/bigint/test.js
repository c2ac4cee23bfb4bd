'use strict';
// BigInts: creation from int64/uint64/words and reading them back.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('bigint');

const ok = (value, extra = {}) => ({ status: status.ok, value, ...extra });
const U64 = 2n ** 64n - 1n;
const FILL = 0xAAAAAAAAAAAAAAAAn;

// ---- creation edge values
assert.deepStrictEqual(addon.edges(), [-(2n ** 63n), 2n ** 63n - 1n, U64, 0n, -1n]);

// ---- napi_get_value_bigint_int64
assert.deepStrictEqual(addon.int64(0n), ok(0n, { lossless: true }));
assert.deepStrictEqual(addon.int64(-5n), ok(-5n, { lossless: true }));
assert.deepStrictEqual(addon.int64(2n ** 63n - 1n), ok(2n ** 63n - 1n, { lossless: true }));
assert.deepStrictEqual(addon.int64(-(2n ** 63n)), ok(-(2n ** 63n), { lossless: true }));
// Out of range: wrapped modulo 2^64, not lossless.
assert.deepStrictEqual(addon.int64(2n ** 63n), ok(-(2n ** 63n), { lossless: false }));
assert.deepStrictEqual(addon.int64(U64), ok(-1n, { lossless: false }));
assert.deepStrictEqual(addon.int64(2n ** 70n + 5n), ok(5n, { lossless: false }));
assert.deepStrictEqual(addon.int64(-(2n ** 64n) - 3n), ok(-3n, { lossless: false }));

// ---- napi_get_value_bigint_uint64
assert.deepStrictEqual(addon.uint64(0n), ok(0n, { lossless: true }));
assert.deepStrictEqual(addon.uint64(U64), ok(U64, { lossless: true }));
assert.deepStrictEqual(addon.uint64(2n ** 64n), ok(0n, { lossless: false }));
assert.deepStrictEqual(addon.uint64(-1n), ok(U64, { lossless: false }));
assert.deepStrictEqual(addon.uint64(2n ** 64n + 7n), ok(7n, { lossless: false }));

// Only BigInts: numbers are not converted.
for (const bad of [1, '1', true, {}, null, undefined, Object(1n)]) {
  assert.deepStrictEqual(addon.int64(bad), { status: status.bigint_expected });
  assert.deepStrictEqual(addon.uint64(bad), { status: status.bigint_expected });
  assert.deepStrictEqual(addon.words(bad, 2), { status: status.bigint_expected });
  assert.deepStrictEqual(addon.wordCount(bad), { status: status.bigint_expected });
}

// ---- napi_get_value_bigint_words
const words = (b, capacity) => addon.words(b, capacity);
assert.deepStrictEqual(addon.wordCount(0n), ok(0));
assert.deepStrictEqual(addon.wordCount(1n), ok(1));
assert.deepStrictEqual(addon.wordCount(-U64), ok(1));
assert.deepStrictEqual(addon.wordCount(2n ** 64n), ok(2));
assert.deepStrictEqual(addon.wordCount(-(2n ** 200n)), ok(4));

assert.deepStrictEqual(words(0n, 2), { status: status.ok, sign: 0, count: 0, words: [FILL, FILL, FILL] });
assert.deepStrictEqual(words(5n, 2), { status: status.ok, sign: 0, count: 1, words: [5n, FILL, FILL] });
assert.deepStrictEqual(words(-5n, 2), { status: status.ok, sign: 1, count: 1, words: [5n, FILL, FILL] });
const big = (3n << 128n) + (2n << 64n) + 1n;
assert.deepStrictEqual(words(big, 3), { status: status.ok, sign: 0, count: 3, words: [1n, 2n, 3n, FILL] });
assert.deepStrictEqual(words(-big, 4), { status: status.ok, sign: 1, count: 3, words: [1n, 2n, 3n, FILL, FILL] });
// Too small a buffer: the low words are written, the count needed is returned.
assert.deepStrictEqual(words(big, 2), { status: status.ok, sign: 0, count: 3, words: [1n, 2n, FILL] });
assert.deepStrictEqual(words(-big, 0), { status: status.ok, sign: 1, count: 3, words: [FILL] });
assert.deepStrictEqual(words(U64, 1), { status: status.ok, sign: 0, count: 1, words: [U64, FILL] });

// ---- napi_create_bigint_words
assert.deepStrictEqual(addon.fromWords(0, []), ok(0n));
assert.deepStrictEqual(addon.fromWords(0, [7n]), ok(7n));
assert.deepStrictEqual(addon.fromWords(1, [7n]), ok(-7n));
assert.deepStrictEqual(addon.fromWords(0, [1n, 2n, 3n]), ok(big));
assert.deepStrictEqual(addon.fromWords(1, [1n, 2n, 3n]), ok(-big));
assert.deepStrictEqual(addon.fromWords(0, [U64, U64]), ok(2n ** 128n - 1n));
// Leading zero words are dropped; a zero magnitude is 0n whatever the sign.
assert.deepStrictEqual(addon.fromWords(0, [9n, 0n, 0n]), ok(9n));
assert.deepStrictEqual(addon.fromWords(1, [0n, 0n]), ok(0n));
assert.deepStrictEqual(addon.zeroWords(), ok(0n));
// Round trip of a large value.
{
  const huge = -(2n ** 4000n) + 12345678901234567890n;
  const count = addon.wordCount(huge).value;
  const got = words(huge, count);
  assert.strictEqual(got.sign, 1);
  assert.deepStrictEqual(addon.fromWords(1, got.words.slice(0, count)), ok(huge));
}

// Counts above INT_MAX are invalid; counts over the engine's largest BigInt throw a
// RangeError before any word is read (the buffer here holds one word).
assert.deepStrictEqual(addon.fromWordCount(2 ** 31), { status: status.invalid_arg });
{
  const r = addon.fromWordCount(2 ** 31 - 1);
  assert.strictEqual(r.status, status.pending_exception);
  assert.ok(r.exception instanceof RangeError);
}
{
  const r = addon.fromWordCount(2 ** 26);
  assert.strictEqual(r.status, status.pending_exception);
  assert.ok(r.exception instanceof RangeError);
}

// ---- NULL arguments
assert.deepStrictEqual(addon.nullStatuses(1n), new Array(14).fill(status.invalid_arg));
