'use strict';
// napi_create_string_* and napi_get_value_string_*: lengths, NAPI_AUTO_LENGTH, NUL
// inside strings, invalid UTF-8, lone surrogates, truncation, sentinels past the
// terminator, NULL arguments and wrong types.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('strings');

const LATIN1 = 0;
const UTF8 = 1;
const UTF16 = 2;
const KINDS = [LATIN1, UTF8, UTF16];
const KIND_NAMES = ['latin1', 'utf8', 'utf16'];
const AUTO = -1; // NAPI_AUTO_LENGTH
const NULL_BUF = 1;
const NULL_RESULT = 2;
const NULL_VALUE = 4;
const NULL_ENV = 8;
const SENTINEL = [0xaa, 0xaa, 0xaaaa]; // initial buffer contents, by kind

// ---- helpers ---------------------------------------------------------------------

const codeUnits = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

// UTF-8 bytes of each code point of `s` (lone surrogates as U+FFFD, as V8 writes them).
function utf8Chars(s) {
  const chars = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) chars.push([c]);
    else if (c < 0x800) chars.push([0xc0 | (c >> 6), 0x80 | (c & 63)]);
    else if (c < 0x10000) chars.push([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]);
    else {
      chars.push([0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]);
    }
  }
  return chars;
}
const utf8Bytes = (s) => utf8Chars(s).flat();

// The units napi_get_value_string_<kind> produces for `s`.
function encoded(kind, s) {
  if (kind === UTF8) return utf8Bytes(s);
  if (kind === LATIN1) return codeUnits(s).map((u) => u & 0xff);
  return codeUnits(s);
}

function create(kind, units, length = units.length) {
  const [st, value] = addon.create(kind, units, length);
  assert.strictEqual(st, status.ok, `create ${KIND_NAMES[kind]} [${units}] length ${length}`);
  assert.strictEqual(typeof value, 'string');
  return value;
}

function get(kind, value, bufsize, flags = 0) {
  const [st, result, contents] = addon.get(kind, value, bufsize, flags);
  return { status: st, result, contents };
}

// ---- creating strings ---------------------------------------------------------------

for (const kind of KINDS) {
  const name = KIND_NAMES[kind];
  const hello = codeUnits('hello');
  assert.strictEqual(create(kind, hello), 'hello', name);
  assert.strictEqual(create(kind, hello, AUTO), 'hello', name);
  assert.strictEqual(create(kind, hello, 3), 'hel', `${name}: explicit length takes a prefix`);
  assert.strictEqual(create(kind, hello, 0), '', `${name}: length 0`);
  assert.strictEqual(create(kind, []), '', name);
  assert.strictEqual(create(kind, [], AUTO), '', name);
  // NUL inside: kept with an explicit length, the terminator with NAPI_AUTO_LENGTH.
  assert.strictEqual(create(kind, [0x61, 0, 0x62]), 'a\0b', name);
  assert.strictEqual(create(kind, [0x61, 0, 0x62], AUTO), 'a', name);
  assert.strictEqual(create(kind, [0]), '\0', name);
  // A long string.
  const long = 'x'.repeat(500) + 'y'.repeat(499);
  assert.strictEqual(create(kind, codeUnits(long)), long, name);
  assert.strictEqual(create(kind, codeUnits(long), AUTO), long, name);

  // [NULL str + length 0 -> ok, its string, NULL str + length 1, NULL str + AUTO,
  //  NULL result, length INT_MAX + 1, length SIZE_MAX - 1, NULL env,
  //  str + length 0 -> ok, its string]
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.createEdges(kind), [0, '', ia, ia, ia, ia, ia, ia, 0, ''], name);
}

// Latin-1: every byte value is one UTF-16 code unit.
{
  const all = Array.from({ length: 256 }, (_, i) => i);
  const expected = String.fromCharCode(...all);
  assert.strictEqual(create(LATIN1, all), expected);
  assert.strictEqual(create(LATIN1, all.slice(1), AUTO), expected.slice(1));
  assert.strictEqual(create(LATIN1, [0xe9, 0x74, 0xe9]), 'été');
}

// UTF-8: valid input.
{
  const text = 'aé€😀\u{10ffff}';
  assert.strictEqual(create(UTF8, utf8Bytes(text)), text);
  assert.strictEqual(create(UTF8, utf8Bytes(text), AUTO), text);
  assert.strictEqual(create(UTF8, [0xef, 0xbf, 0xbd]), '\ufffd');
  assert.strictEqual(create(UTF8, [0xed, 0x9f, 0xbf]), '\ud7ff');
  assert.strictEqual(create(UTF8, [0xee, 0x80, 0x80]), '\ue000');
  // A length that ends inside a character.
  assert.strictEqual(create(UTF8, utf8Bytes('é€'), 4), 'é\ufffd');
}

// UTF-8: invalid input is decoded with U+FFFD for each maximal invalid subpart (the
// WHATWG / Unicode rule V8 follows), never rejected.
{
  const R = '\ufffd';
  const cases = [
    [[0xff], R],
    [[0x80], R],
    [[0x80, 0x80], R + R],
    [[0xc2], R],
    [[0xc3, 0x41], R + 'A'],
    [[0xe2, 0x82], R], // truncated 3-byte sequence: one replacement
    [[0xe2, 0x82, 0x41], R + 'A'],
    [[0xf0, 0x9f, 0x98], R], // truncated 4-byte sequence: one replacement
    [[0xf0, 0x9f, 0x98, 0x41], R + 'A'],
    [[0xc0, 0x80], R + R], // overlong
    [[0xe0, 0x80, 0x80], R + R + R], // overlong
    [[0xed, 0xa0, 0x80], R + R + R], // an encoded surrogate is not UTF-8
    [[0xed, 0xbf, 0xbf], R + R + R],
    [[0xf4, 0x90, 0x80, 0x80], R + R + R + R], // above U+10FFFF
    [[0xf8, 0x88, 0x80, 0x80, 0x80], R + R + R + R + R],
    [[0x61, 0xff, 0x62, 0xc3, 0xa9], 'a' + R + 'bé'],
  ];
  for (const [bytes, expected] of cases) {
    assert.strictEqual(create(UTF8, bytes), expected, `utf8 [${bytes.map((b) => b.toString(16))}]`);
    assert.strictEqual(create(UTF8, bytes, AUTO), expected, `utf8 auto [${bytes}]`);
  }
}

// UTF-16: surrogate pairs and lone surrogates are kept as they are.
{
  for (const text of ['😀', '\ud800', '\udc00', '\udc00\ud800', 'a\ud83db', '\uffff\u0100']) {
    assert.strictEqual(create(UTF16, codeUnits(text)), text);
    assert.strictEqual(create(UTF16, codeUnits(text), AUTO), text);
  }
  // Only the low 16 bits of each unit count; an explicit length includes U+0000.
  assert.strictEqual(create(UTF16, [0x20ac, 0, 0x41], 3), '€\0A');
}

// ---- reading strings ------------------------------------------------------------------

const samples = ['', 'hello', 'aé€😀', 'a\0b', '\ud800', '\udc00\ud800', 'a\ud800b\udc00', 'é€\u0100\uffff'];

for (const kind of KINDS) {
  const name = KIND_NAMES[kind];
  const S = SENTINEL[kind];
  for (const text of samples) {
    const units = encoded(kind, text);
    const label = `${name} ${JSON.stringify(text)}`;
    // NULL buf: the full length in units (bytes for UTF-8), nothing else.
    assert.deepStrictEqual(get(kind, text, 0, NULL_BUF), { status: 0, result: units.length, contents: [] }, label);
    assert.deepStrictEqual(get(kind, text, 100, NULL_BUF), { status: 0, result: units.length, contents: [] }, label);
    // Exact fit (room for the terminator), and more room than needed.
    assert.deepStrictEqual(get(kind, text, units.length + 1),
                           { status: 0, result: units.length, contents: [...units, 0, S, S] }, label);
    assert.deepStrictEqual(get(kind, text, units.length + 3),
                           { status: 0, result: units.length, contents: [...units, 0, S, S, S, S] }, label);
    // The result pointer is optional when buf is given.
    assert.deepStrictEqual(get(kind, text, units.length + 1, NULL_RESULT),
                           { status: 0, result: null, contents: [...units, 0, S, S] }, label);
    // bufsize 0: nothing written, result 0.
    assert.deepStrictEqual(get(kind, text, 0), { status: 0, result: 0, contents: [S, S] }, label);
    assert.deepStrictEqual(get(kind, text, 0, NULL_RESULT), { status: 0, result: null, contents: [S, S] }, label);
    // bufsize 1: just the terminator.
    assert.deepStrictEqual(get(kind, text, 1), { status: 0, result: 0, contents: [0, S, S] }, label);
  }
}

// Truncation. Latin-1 and UTF-16 copy bufsize - 1 code units (UTF-16 may split a
// surrogate pair); UTF-8 copies only whole characters that fit.
for (const kind of [LATIN1, UTF16]) {
  const S = SENTINEL[kind];
  for (const text of samples) {
    const units = encoded(kind, text);
    for (let bufsize = 1; bufsize <= units.length; bufsize++) {
      const copied = units.slice(0, bufsize - 1);
      assert.deepStrictEqual(get(kind, text, bufsize),
                             { status: 0, result: copied.length, contents: [...copied, 0, S, S] },
                             `${KIND_NAMES[kind]} ${JSON.stringify(text)} bufsize ${bufsize}`);
    }
  }
}
assert.deepStrictEqual(get(UTF16, '😀x', 2), { status: 0, result: 1, contents: [0xd83d, 0, 0xaaaa, 0xaaaa] });

for (const text of samples) {
  const chars = utf8Chars(text);
  const total = chars.flat().length;
  for (let bufsize = 1; bufsize <= total; bufsize++) {
    const copied = [];
    for (const char of chars) {
      if (copied.length + char.length > bufsize - 1) break;
      copied.push(...char);
    }
    const padding = Array(bufsize + 1 - copied.length).fill(0xaa);
    assert.deepStrictEqual(get(UTF8, text, bufsize),
                           { status: 0, result: copied.length, contents: [...copied, 0, ...padding] },
                           `utf8 ${JSON.stringify(text)} bufsize ${bufsize}`);
  }
}
// The same rule spelled out for one string: 'a' (1 byte) 'é' (2) '€' (3) '😀' (4).
{
  const byBufsize = [[1, 0], [2, 1], [3, 1], [4, 3], [6, 3], [7, 6], [10, 6], [11, 10]];
  for (const [bufsize, result] of byBufsize) {
    assert.strictEqual(get(UTF8, 'aé€😀', bufsize).result, result, `bufsize ${bufsize}`);
  }
}

// Length queries of long strings (one-, two- and four-byte UTF-8 characters).
{
  const n = 100000;
  const cases = [['a'.repeat(n), n, n], ['é'.repeat(n), n, 2 * n], ['€'.repeat(n), n, 3 * n],
                 ['😀'.repeat(n), 2 * n, 4 * n], ['\ud800x'.repeat(n), 2 * n, 4 * n]];
  for (const [text, units, bytes] of cases) {
    assert.strictEqual(get(LATIN1, text, 0, NULL_BUF).result, units);
    assert.strictEqual(get(UTF16, text, 0, NULL_BUF).result, units);
    assert.strictEqual(get(UTF8, text, 0, NULL_BUF).result, bytes);
  }
}

// Lone surrogates are written as U+FFFD (EF BF BD) and counted as 3 bytes.
assert.deepStrictEqual(get(UTF8, '\ud800', 4), { status: 0, result: 3, contents: [0xef, 0xbf, 0xbd, 0, 0xaa, 0xaa] });
assert.strictEqual(get(UTF8, '\ud83d', 0, NULL_BUF).result, 3);
assert.strictEqual(get(UTF8, 'a\ud800b\udc00', 0, NULL_BUF).result, 8);
// Latin-1 keeps the low byte of each code unit.
assert.deepStrictEqual(get(LATIN1, 'é€\u0100\uffff', 5).contents, [0xe9, 0xac, 0x00, 0xff, 0, 0xaa, 0xaa]);

// ---- failures ------------------------------------------------------------------------

for (const kind of KINDS) {
  const name = KIND_NAMES[kind];
  for (const value of [42, undefined, null, true, {}, [], Symbol('s'), new String('boxed'), 10n, () => 'f']) {
    for (const flags of [0, NULL_BUF, NULL_RESULT, NULL_BUF | NULL_RESULT]) {
      // The type check comes before the NULL-argument checks.
      const r = get(kind, value, 8, flags);
      assert.strictEqual(r.status, status.string_expected, `${name} ${String(value)} flags ${flags}`);
      assert.strictEqual(r.result, null);
      if (!(flags & NULL_BUF)) assert.deepStrictEqual(r.contents, Array(10).fill(SENTINEL[kind]));
    }
  }
  // NULL value, NULL buf with NULL result, NULL env.
  assert.strictEqual(get(kind, 'abc', 8, NULL_VALUE).status, status.invalid_arg, name);
  assert.strictEqual(get(kind, 'abc', 8, NULL_VALUE | NULL_BUF).status, status.invalid_arg, name);
  assert.strictEqual(get(kind, 'abc', 8, NULL_BUF | NULL_RESULT).status, status.invalid_arg, name);
  assert.strictEqual(get(kind, 'abc', 0, NULL_BUF | NULL_RESULT).status, status.invalid_arg, name);
  const noEnv = get(kind, 'abc', 8, NULL_ENV);
  assert.deepStrictEqual(noEnv, { status: status.invalid_arg, result: null, contents: Array(10).fill(SENTINEL[kind]) });
}
