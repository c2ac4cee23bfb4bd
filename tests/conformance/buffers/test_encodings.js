'use strict';
// The Buffer builtin (pure JS): encodings in both directions, lengths, truncation
// rules, views sharing memory, comparison and search, numeric accessors, inspection
// and the errors Node throws.
const assert = require('assert');
const util = require('util');
const { Buffer: BufferExport, constants, INSPECT_MAX_BYTES } = require('buffer');

assert.strictEqual(BufferExport, Buffer);
assert.strictEqual(INSPECT_MAX_BYTES, 50);
assert.ok(constants.MAX_LENGTH > 2 ** 30);

// Encodings: [encoding, string, hex of the bytes, decoded back]
const text = 'Añ€𝄞\u0000z';
const vectors = [
  ['utf8', text, '41c3b1e282acf09d849e007a', text],
  ['utf-8', 'é', 'c3a9', 'é'],
  ['latin1', 'Añ\u00ff\u0100', '41f1ff00', 'Añ\u00ff\u0000'],
  ['binary', 'ÿ', 'ff', 'ÿ'],
  ['ascii', 'Az\u00e9', '417ae9', 'Azi'],
  ['ucs2', 'A€', '4100ac20', 'A€'],
  ['utf16le', '𝄞', '34d81edd', '𝄞'],
  ['hex', '00ff10Ab', '00ff10ab', '00ff10ab'],
  ['base64', '+/8A', 'fbff00', '+/8A'],
  ['base64url', '-_8A', 'fbff00', '-_8A'],
  ['base64', 'aGVsbG8=', '68656c6c6f', 'aGVsbG8='],
  ['base64url', 'aGVsbG8', '68656c6c6f', 'aGVsbG8'],
];
for (const [encoding, string, hex, back] of vectors) {
  const buf = Buffer.from(string, encoding);
  assert.strictEqual(buf.toString('hex'), hex, `${encoding} encode of ${string}`);
  assert.strictEqual(buf.toString(encoding), back, `${encoding} decode`);
  assert.strictEqual(Buffer.from(hex, 'hex').toString(encoding), back);
}
assert.strictEqual(Buffer.from('ABC', 'UTF8').toString('HEX'), '414243');
assert.ok(Buffer.isEncoding('Latin1'));
assert.ok(!Buffer.isEncoding('utf7'));
assert.ok(!Buffer.isEncoding(''));

// Decoding rules.
assert.strictEqual(Buffer.from([0xff, 0x41, 0xe2, 0x82]).toString(), '\ufffdA\ufffd');
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).toString(), '\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString(), '\ufeffA');
assert.strictEqual(Buffer.from('\ud800x').toString('hex'), 'efbfbd78');
assert.strictEqual(Buffer.from([0x41, 0x00, 0x42]).toString('ucs2'), 'A');
assert.strictEqual(Buffer.from('abc1z2', 'hex').toString('hex'), 'abc1');
assert.strictEqual(Buffer.from('abc', 'hex').toString('hex'), 'ab');
assert.strictEqual(Buffer.from(' aGVs\nbG8 ', 'base64').toString(), 'hello');
assert.strictEqual(Buffer.from('aGVsbG8=IGlnbm9yZWQ', 'base64').toString(), 'hello');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');

// byteLength.
assert.strictEqual(Buffer.byteLength(text), 12);
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('€', 'ucs2'), 2);
assert.strictEqual(Buffer.byteLength('€', 'latin1'), 1);
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);

// Construction.
assert.deepStrictEqual([...Buffer.from([257, -1, 1.9, '7', 'x'])], [1, 255, 1, 7, 0]);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([0x1234, 0x0056]))], [0x34, 0x56]);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [5, 6] })], [5, 6]);
assert.strictEqual(Buffer.from(new String('boxed')).toString(), 'boxed');
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]: () => 'prim' }).toString(), 'prim');
const source = Buffer.from('copy');
const copied = Buffer.from(source);
copied[0] = 0x43;
assert.strictEqual(source.toString(), 'copy');
assert.strictEqual(Buffer.alloc(4).toString('hex'), '00000000');
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, 0x101).toString('hex'), '01010101');
assert.strictEqual(Buffer.alloc(3, Buffer.from([1, 2])).toString('hex'), '010201');
assert.strictEqual(Buffer.alloc(4, 'YQ==', 'base64').toString(), 'aaaa');
assert.strictEqual(Buffer.allocUnsafe(3).length, 3);
assert.strictEqual(Buffer(2).length, 2);
assert.strictEqual(new Buffer('x').toString(), 'x');

// Views over an ArrayBuffer share its memory.
const arrayBuffer = new ArrayBuffer(8);
const over = Buffer.from(arrayBuffer, 2, 3);
over[0] = 9;
assert.strictEqual(new Uint8Array(arrayBuffer)[2], 9);
assert.strictEqual(over.byteOffset, 2);
assert.strictEqual(Buffer.from(arrayBuffer, 6).length, 2);
assert.throws(() => Buffer.from(arrayBuffer, 9), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => Buffer.from(arrayBuffer, 2, 7), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

// slice/subarray share memory; negative and out-of-range offsets clamp.
const base = Buffer.from('abcdef');
const middle = base.slice(1, 4);
middle[0] = 0x42;
assert.strictEqual(base.toString(), 'aBcdef');
assert.strictEqual(base.subarray(-2).toString(), 'ef');
assert.strictEqual(base.slice(4, 100).toString(), 'ef');
assert.strictEqual(base.slice(5, 2).length, 0);
assert.ok(Buffer.isBuffer(base.subarray(1)));
assert.ok(Buffer.isBuffer(base.map((x) => x)));
assert.ok(!Buffer.isBuffer(new Uint8Array(2)));
assert.strictEqual(base.toString('utf8', 1, 3), 'Bc');
assert.strictEqual(base.toString(undefined, -5, 2), 'aB');

// concat, compare, equals, copy, toJSON, fill.
const joined = Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.from('d')]);
assert.strictEqual(joined.toString(), 'abcd');
assert.strictEqual(Buffer.concat([Buffer.from('ab')], 4).toString('hex'), '61620000');
assert.strictEqual(Buffer.concat([Buffer.from('abc')], 2).toString(), 'ab');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
assert.strictEqual(Buffer.compare(Buffer.from('b'), Buffer.from('a')), 1);
assert.strictEqual(Buffer.compare(Buffer.from('ab'), Buffer.from('a')), 1);
assert.strictEqual(joined.compare(Buffer.from('abcd')), 0);
assert.strictEqual(joined.compare(Buffer.from('xbcx'), 1, 3, 1, 3), 0);
assert.ok(joined.equals(Buffer.from('abcd')));
assert.ok(!joined.equals(Buffer.from('abce')));
const target = Buffer.alloc(6, '.');
assert.strictEqual(joined.copy(target, 1, 1), 3);
assert.strictEqual(target.toString(), '.bcd..');
assert.strictEqual(joined.copy(target, 4), 2);
assert.strictEqual(target.toString(), '.bcdab');
assert.deepStrictEqual(JSON.parse(JSON.stringify(Buffer.from([1, 2]))), { type: 'Buffer', data: [1, 2] });
assert.strictEqual(Buffer.alloc(5).fill('xy', 1, 4).toString('latin1'), '\u0000xyx\u0000');
assert.strictEqual(Buffer.alloc(3).fill(0x1ff).toString('hex'), 'ffffff');

// Search.
const haystack = Buffer.from('one two one');
assert.strictEqual(haystack.indexOf('one'), 0);
assert.strictEqual(haystack.indexOf('one', 1), 8);
assert.strictEqual(haystack.lastIndexOf('one'), 8);
assert.strictEqual(haystack.lastIndexOf('one', 7), 0);
assert.strictEqual(haystack.indexOf(0x74), 4);
assert.strictEqual(haystack.indexOf(Buffer.from('two')), 4);
assert.strictEqual(haystack.indexOf('o', -3), 8);
assert.strictEqual(haystack.indexOf('zzz'), -1);
assert.ok(haystack.includes('two'));
assert.ok(!haystack.includes('two', 5));
assert.strictEqual(Buffer.from('6f6e65', 'hex').indexOf('6f', 0, 'hex'), 0);

// Numeric accessors.
const numbers = Buffer.alloc(16);
assert.strictEqual(numbers.writeUInt32LE(0xdeadbeef, 0), 4);
assert.strictEqual(numbers.writeInt16BE(-2, 4), 6);
assert.strictEqual(numbers.writeUInt8(0x7f, 6), 7);
assert.strictEqual(numbers.writeDoubleLE(1.5, 8), 16);
assert.strictEqual(numbers.toString('hex', 0, 7), 'efbeaddefffe7f');
assert.strictEqual(numbers.readUInt32LE(0), 0xdeadbeef);
assert.strictEqual(numbers.readUint32BE(0), 0xefbeadde);
assert.strictEqual(numbers.readInt32LE(0), 0xdeadbeef | 0);
assert.strictEqual(numbers.readInt16BE(4), -2);
assert.strictEqual(numbers.readUInt16BE(4), 0xfffe);
assert.strictEqual(numbers.readInt8(5), -2);
assert.strictEqual(numbers.readDoubleLE(8), 1.5);
assert.strictEqual(numbers.readUIntBE(0, 3), 0xefbead);
assert.strictEqual(numbers.readIntLE(4, 2), -257);
assert.strictEqual(numbers.readBigUInt64LE(8), 0x3ff8000000000000n);
numbers.writeBigInt64BE(-1n, 0);
assert.strictEqual(numbers.readBigInt64BE(0), -1n);
numbers.writeUIntLE(0x123456, 0, 3);
assert.strictEqual(numbers.toString('hex', 0, 3), '563412');
numbers.writeFloatBE(0.5, 0);
assert.strictEqual(numbers.readFloatBE(0), 0.5);
assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap16().toString('hex'), '02010403');
assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap32().toString('hex'), '04030201');

// Inspection.
assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(52, 1)),
  `<Buffer ${'01 '.repeat(50).trim()} ... 2 more bytes>`);
const extra = Buffer.from([1]);
extra.label = 'x';
assert.strictEqual(util.inspect(extra), "<Buffer 01, label: 'x'>");
assert.strictEqual(util.inspect({ b: Buffer.from([255]) }), '{ b: <Buffer ff> }');
assert.strictEqual(util.format('%s', Buffer.from('ab')), 'ab');
assert.ok(util.format('%o', Buffer.from([1])).startsWith('<Buffer 01'));

// atob / btoa.
assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(atob(' aGVs bG8= '), 'hello');
assert.throws(() => atob('a'), { name: 'InvalidCharacterError' });
assert.throws(() => btoa('€'), { name: 'InvalidCharacterError' });

// Errors.
assert.throws(() => Buffer.from(5), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => Buffer.from('x', 'utf7'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => Buffer.from('x').toString('nope'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope',
});
assert.throws(() => Buffer.alloc(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => Buffer.alloc('3'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.from('a').equals('a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => numbers.readUInt32LE(13), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => numbers.readUInt8(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.alloc(2).readUInt32LE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => numbers.writeUInt8(256, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
});
assert.throws(() => numbers.writeInt8(-129, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.from('abc').write('x', 4), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.from([1, 2, 3]).swap16(), { code: 'ERR_INVALID_BUFFER_SIZE' });

// write.
const written = Buffer.alloc(6);
assert.strictEqual(written.write('héllo', 1), 5);
assert.strictEqual(written.toString('hex'), '0068c3a96c6c');
assert.strictEqual(written.write('€', 5), 0);
assert.strictEqual(written.write('ff00', 'hex'), 2);
assert.strictEqual(written.write('zz', 4, 'latin1'), 2);
assert.strictEqual(written.write('abc', 1, 1), 1);
assert.strictEqual(written.toString('hex'), 'ff61c3a97a7a');
