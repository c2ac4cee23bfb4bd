'use strict';
// internal_buffer.js — Node's Buffer over Uint8Array (a Buffer *is* a Uint8Array, as in
// Node): the public `buffer` builtin (`api`, which buffer.js re-exports) and the global
// `Buffer`, plus FastBuffer, which the host builds Node-API Buffers with. Encodings
// utf8, utf16le/ucs2, latin1/binary, ascii, hex, base64 and base64url; the byte
// comparison/search helpers, the numeric read/write accessors, and Node's
// `<Buffer 01 02>` inspection. Blob, File and transcode are not provided.

const {
  createError, describeReceived, invalidArgType, invalidArgValue, outOfRange, validateString,
} = require('internal:errors');
const types = require('internal:types');
const { TextDecoder } = require('internal:encoding');

// QuickJS's limits: array buffers up to 2^31 - 1 bytes, strings up to 2^30 - 1 units.
const kMaxLength = 2 ** 31 - 1;
const kStringMaxLength = 2 ** 30 - 1;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------
// Errors

function unknownEncoding(encoding) {
  return createError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
}

function outOfBounds(name) {
  const message = name
    ? `"${name}" is outside of buffer bounds`
    : 'Attempt to access memory outside buffer bounds';
  return createError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', message);
}

// ERR_INVALID_ARG_TYPE for "must be an instance of Buffer or Uint8Array".
const notABuffer = (name, value) =>
  invalidArgType(name, 'an instance of Buffer or Uint8Array', value);

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateNumber(value, name);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateBuffer(value, name = 'buffer') {
  if (!types.isUint8Array(value)) throw notABuffer(name, value);
}

// ---------------------------------------------------------------------------
// Encodings. Each has byteLength(string), write(buf, string, offset, length) ->
// bytes written, and slice(buf, start, end) -> string.

function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === 'utf8' ||
      encoding === 'utf-8' || encoding === '') {
    return 'utf8';
  }
  switch (`${encoding}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
    case '':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    default:
      return undefined;
  }
}

const CHUNK = 8192;

// String.fromCharCode over `codes` (an array or typed array), in chunks.
function fromCodes(codes, start, end) {
  let result = '';
  for (let i = start; i < end; i += CHUNK) {
    result += String.fromCharCode.apply(null, codes.subarray
      ? codes.subarray(i, Math.min(i + CHUNK, end))
      : codes.slice(i, Math.min(i + CHUNK, end)));
  }
  return result;
}

function utf8ByteLength(string) {
  let length = 0;
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code < 0x80) {
      length += 1;
    } else if (code < 0x800) {
      length += 2;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < string.length &&
               (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 4;
      i++;
    } else {
      length += 3;
    }
  }
  return length;
}

// Writes whole characters only; a lone surrogate is written as U+FFFD.
function utf8Write(buf, string, offset, length) {
  const end = offset + length;
  let position = offset;
  for (let i = 0; i < string.length; i++) {
    let code = string.charCodeAt(i);
    let size;
    if (code < 0x80) {
      size = 1;
    } else if (code < 0x800) {
      size = 2;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = string.charCodeAt(i + 1);
      if (code <= 0xdbff && (next & 0xfc00) === 0xdc00) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        size = 4;
      } else {
        code = 0xfffd;
        size = 3;
      }
    } else {
      size = 3;
    }
    if (position + size > end) break;
    if (size === 1) {
      buf[position] = code;
    } else if (size === 2) {
      buf[position] = 0xc0 | (code >> 6);
      buf[position + 1] = 0x80 | (code & 0x3f);
    } else if (size === 3) {
      buf[position] = 0xe0 | (code >> 12);
      buf[position + 1] = 0x80 | ((code >> 6) & 0x3f);
      buf[position + 2] = 0x80 | (code & 0x3f);
    } else {
      buf[position] = 0xf0 | (code >> 18);
      buf[position + 1] = 0x80 | ((code >> 12) & 0x3f);
      buf[position + 2] = 0x80 | ((code >> 6) & 0x3f);
      buf[position + 3] = 0x80 | (code & 0x3f);
      i++;
    }
    position += size;
  }
  return position - offset;
}

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function utf8Slice(buf, start, end) {
  // ASCII runs are decoded directly; anything else goes through the WHATWG decoder
  // (one U+FFFD per maximal invalid subpart, as V8 does).
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (buf[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return fromCodes(buf, start, end);
  return utf8Decoder.decode(buf.subarray(start, end));
}

function latin1Write(buf, string, offset, length) {
  const count = Math.min(string.length, length);
  for (let i = 0; i < count; i++) buf[offset + i] = string.charCodeAt(i);
  return count;
}

const latin1Slice = (buf, start, end) => fromCodes(buf, start, end);

function asciiSlice(buf, start, end) {
  const codes = new Uint8Array(end - start);
  for (let i = start; i < end; i++) codes[i - start] = buf[i] & 0x7f;
  return fromCodes(codes, 0, codes.length);
}

function utf16Write(buf, string, offset, length) {
  const count = Math.min(string.length, length >>> 1);
  for (let i = 0; i < count; i++) {
    const code = string.charCodeAt(i);
    buf[offset + 2 * i] = code & 0xff;
    buf[offset + 2 * i + 1] = code >>> 8;
  }
  return count * 2;
}

function utf16Slice(buf, start, end) {
  const count = (end - start) >>> 1;
  const codes = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    codes[i] = buf[start + 2 * i] | (buf[start + 2 * i + 1] << 8);
  }
  return fromCodes(codes, 0, count);
}

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  return -1;
}

// Stops at the first pair that is not two hex digits (Node truncates there).
function hexWrite(buf, string, offset, length) {
  const count = Math.min(string.length >>> 1, length);
  let i = 0;
  for (; i < count; i++) {
    const high = hexValue(string.charCodeAt(2 * i));
    const low = hexValue(string.charCodeAt(2 * i + 1));
    if (high < 0 || low < 0) break;
    buf[offset + i] = (high << 4) | low;
  }
  return i;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hexSlice(buf, start, end) {
  let result = '';
  for (let i = start; i < end; i++) result += HEX[buf[i]];
  return result;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Both alphabets decode; anything else is skipped; '=' ends the data.
const BASE64_VALUES = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  BASE64_VALUES[BASE64.charCodeAt(i)] = i;
  BASE64_VALUES[BASE64URL.charCodeAt(i)] = i;
}

function base64ByteLength(string) {
  let length = string.length;
  if (length > 0 && string.charCodeAt(length - 1) === 0x3d) length--;
  if (length > 1 && string.charCodeAt(length - 1) === 0x3d) length--;
  return (length * 3) >>> 2;
}

function base64Write(buf, string, offset, length) {
  let written = 0;
  let accumulator = 0;
  let bits = 0;
  for (let i = 0; i < string.length && written < length; i++) {
    const code = string.charCodeAt(i);
    if (code === 0x3d) break;
    const value = code < 256 ? BASE64_VALUES[code] : -1;
    if (value < 0) continue;
    accumulator = (accumulator << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      buf[offset + written++] = (accumulator >> bits) & 0xff;
    }
  }
  return written;
}

function base64Encode(buf, start, end, alphabet, pad) {
  let result = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    result += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] +
      alphabet[n & 63];
  }
  if (end - i === 1) {
    const n = buf[i] << 16;
    result += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (pad ? '==' : '');
  } else if (end - i === 2) {
    const n = (buf[i] << 16) | (buf[i + 1] << 8);
    result += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] +
      (pad ? '=' : '');
  }
  return result;
}

const encodingOps = {
  utf8: { byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice },
  utf16le: { byteLength: (s) => s.length * 2, write: utf16Write, slice: utf16Slice },
  latin1: { byteLength: (s) => s.length, write: latin1Write, slice: latin1Slice },
  ascii: { byteLength: (s) => s.length, write: latin1Write, slice: asciiSlice },
  hex: { byteLength: (s) => s.length >>> 1, write: hexWrite, slice: hexSlice },
  base64: {
    byteLength: base64ByteLength,
    write: base64Write,
    slice: (buf, start, end) => base64Encode(buf, start, end, BASE64, true),
  },
  base64url: {
    byteLength: base64ByteLength,
    write: base64Write,
    slice: (buf, start, end) => base64Encode(buf, start, end, BASE64URL, false),
  },
};

function getEncodingOps(encoding) {
  const name = normalizeEncoding(encoding);
  return name === undefined ? undefined : encodingOps[name];
}

// ---------------------------------------------------------------------------
// Buffer

// Every Buffer is a FastBuffer; `Buffer` itself is Node's legacy constructor function
// sharing FastBuffer's prototype, so `buf instanceof Buffer` and
// `buf.constructor === Buffer` hold.
class FastBuffer extends Uint8Array {
  // Passing the arguments through keeps `new FastBuffer()` (no arguments) working.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let deprecationWarned = false;

function Buffer(arg, encodingOrOffset, length) {
  if (!deprecationWarned) {
    deprecationWarned = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
      'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw invalidArgType('string', 'of type string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function validateSize(size) {
  validateNumber(size, 'size');
  if (!(size >= 0 && size <= kMaxLength)) {
    throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
  }
}

function fromString(string, encoding) {
  const ops = typeof encoding === 'string' && encoding.length > 0
    ? getEncodingOps(encoding)
    : encodingOps.utf8;
  if (ops === undefined) throw unknownEncoding(encoding);
  const length = ops.byteLength(string);
  const buf = new FastBuffer(length);
  const written = ops.write(buf, string, 0, length);
  return written === length ? buf : new FastBuffer(buf.buffer, 0, written);
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw outOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw outOfBounds('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

function fromArrayLike(arrayLike) {
  if (!(arrayLike.length > 0)) return new FastBuffer();
  return new FastBuffer(arrayLike);
}

function fromObject(object) {
  if (object.length !== undefined || types.isAnyArrayBuffer(object.buffer)) {
    if (typeof object.length !== 'number') return new FastBuffer();
    return fromArrayLike(object);
  }
  if (object.type === 'Buffer' && Array.isArray(object.data)) return fromArrayLike(object.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (types.isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const buf = fromObject(value);
    if (buf !== undefined) return buf;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw createError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The first argument must be of type string or an instance of Buffer, ArrayBuffer, ' +
    `or Array or an Array-like Object. Received ${describeReceived(value)}`);
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillBuffer(buf, fill, 0, buf.length, encoding);
  }
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

// The legacy SlowBuffer(size) export.
function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (types.isArrayBufferView(string) || types.isAnyArrayBuffer(string)) {
      return string.byteLength;
    }
    throw invalidArgType('string',
      'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  const ops = getEncodingOps(encoding) ?? encodingOps.utf8;
  return ops.byteLength(string);
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const length = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < length; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  return aLength < bLength ? -1 : aLength > bLength ? 1 : 0;
}

Buffer.compare = function compare(buf1, buf2) {
  validateBuffer(buf1, 'buf1');
  validateBuffer(buf2, 'buf2');
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let position = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!types.isUint8Array(buf)) throw notABuffer(`list[${i}]`, buf);
    position += copyBytes(buf, buffer, position, 0, buf.length);
  }
  if (position < length) buffer.fill(0, position, length);
  return buffer;
};

// Copies source[sourceStart, sourceEnd) to target at targetStart, as much as fits.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  const count = Math.min(sourceEnd - sourceStart, target.length - targetStart);
  if (count <= 0) return 0;
  target.set(source.subarray(sourceStart, sourceStart + count), targetStart);
  return count;
}

// ---------------------------------------------------------------------------
// Buffer.prototype

const proto = Buffer.prototype;

// Node's offset rule for slice/subarray.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

proto.subarray = function subarray(start, end) {
  const length = this.length;
  start = adjustOffset(start, length);
  end = end !== undefined ? adjustOffset(end, length) : length;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Slice(this, 0, this.length);
  const length = this.length;
  if (start <= 0) start = 0;
  else if (start >= length) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return utf8Slice(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw unknownEncoding(encoding);
  return ops.slice(this, start, end);
};

proto.toLocaleString = proto.toString;

proto.write = function write(string, offset, length, encoding) {
  validateString(string, 'string');
  if (offset === undefined) return utf8Write(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding) return utf8Write(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw unknownEncoding(encoding);
  return ops.write(this, string, offset, length);
};

// The per-encoding methods Node exposes (`buf.hexSlice(start, end)`,
// `buf.utf8Write(string, offset, length)`, ...).
for (const [prefix, name] of [
  ['utf8', 'utf8'], ['ucs2', 'utf16le'], ['utf16le', 'utf16le'], ['latin1', 'latin1'],
  ['ascii', 'ascii'], ['hex', 'hex'], ['base64', 'base64'], ['base64url', 'base64url'],
]) {
  const ops = encodingOps[name];
  Object.defineProperty(proto, `${prefix}Slice`, {
    value: function (start = 0, end = this.length) {
      if (start < 0 || end > this.length || start > end) throw outOfBounds();
      return ops.slice(this, start, end);
    },
    writable: true,
    configurable: true,
  });
  Object.defineProperty(proto, `${prefix}Write`, {
    value: function (string, offset = 0, length = this.length - offset) {
      validateString(string, 'string');
      if (offset < 0 || offset > this.length) throw outOfBounds('offset');
      return ops.write(this, string, offset, Math.min(length, this.length - offset));
    },
    writable: true,
    configurable: true,
  });
}

proto.equals = function equals(other) {
  if (!types.isUint8Array(other)) throw notABuffer('otherBuffer', other);
  if (this === other) return true;
  if (this.length !== other.length) return false;
  return compareBytes(this, 0, this.length, other, 0, other.length) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!types.isUint8Array(target)) throw notABuffer('target', target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!types.isUint8Array(target)) throw notABuffer('target', target);
  targetStart = targetStart === undefined ? 0 : Math.trunc(+targetStart) || 0;
  if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  sourceStart = sourceStart === undefined ? 0 : Math.trunc(+sourceStart) || 0;
  if (sourceStart < 0 || sourceStart > this.length) {
    throw outOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  }
  sourceEnd = sourceEnd === undefined ? this.length : Math.trunc(+sourceEnd) || 0;
  if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  if (sourceEnd > this.length) sourceEnd = this.length;
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

function fillBuffer(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    if (encoding !== undefined && normalizeEncoding(encoding) === undefined) {
      validateString(encoding, 'encoding');
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) value = 0;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (offset > buf.length) throw outOfRange('offset', `>= 0 && <= ${buf.length}`, offset);
  let bytes;
  if (typeof value === 'string') {
    bytes = fromString(value, encoding);
  } else if (types.isUint8Array(value)) {
    bytes = value;
  } else if (types.isArrayBufferView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    Uint8Array.prototype.fill.call(buf, Number(value) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw invalidArgValue('value', value);
  for (let position = offset; position < end; position += bytes.length) {
    buf.set(bytes.subarray(0, Math.min(bytes.length, end - position)), position);
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
};

// The bytes to look for, or a number (a single byte), for indexOf and friends.
function needleBytes(value, encoding) {
  if (typeof value === 'number') return value >>> 0 & 255;
  if (typeof value === 'string') {
    const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
    if (ops === undefined) throw unknownEncoding(encoding);
    const bytes = new FastBuffer(ops.byteLength(value));
    return bytes.subarray(0, ops.write(bytes, value, 0, bytes.length));
  }
  if (types.isUint8Array(value)) return value;
  throw invalidArgType('value',
    'one of type number or string or an instance of Buffer or Uint8Array', value);
}

function indexOf(buf, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  byteOffset = +byteOffset;
  const length = buf.length;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : length;
  byteOffset = Math.trunc(byteOffset);
  if (byteOffset < 0) byteOffset += length;
  const needle = needleBytes(value, encoding);
  if (typeof needle === 'number') {
    if (forward) {
      for (let i = Math.max(byteOffset, 0); i < length; i++) if (buf[i] === needle) return i;
    } else {
      for (let i = Math.min(byteOffset, length - 1); i >= 0; i--) if (buf[i] === needle) return i;
    }
    return -1;
  }
  const size = needle.length;
  if (size === 0) {
    if (forward) return Math.min(Math.max(byteOffset, 0), length);
    return byteOffset < 0 ? -1 : Math.min(byteOffset, length);
  }
  const matchesAt = (i) => {
    for (let j = 0; j < size; j++) if (buf[i + j] !== needle[j]) return false;
    return true;
  };
  if (forward) {
    for (let i = Math.max(byteOffset, 0); i + size <= length; i++) if (matchesAt(i)) return i;
  } else {
    for (let i = Math.min(byteOffset, length - size); i >= 0; i--) if (matchesAt(i)) return i;
  }
  return -1;
}

proto.indexOf = function (value, byteOffset, encoding) {
  return indexOf(this, value, byteOffset, encoding, true);
};

proto.lastIndexOf = function (value, byteOffset, encoding) {
  return indexOf(this, value, byteOffset, encoding, false);
};

proto.includes = function (value, byteOffset, encoding) {
  return indexOf(this, value, byteOffset, encoding, true) !== -1;
};

function swap(buf, size) {
  if (buf.length % size !== 0) {
    throw createError(RangeError, 'ERR_INVALID_BUFFER_SIZE',
      `Buffer size must be a multiple of ${size * 8}-bits`);
  }
  for (let i = 0; i < buf.length; i += size) {
    for (let j = 0; j < size / 2; j++) {
      const t = buf[i + j];
      buf[i + j] = buf[i + size - 1 - j];
      buf[i + size - 1 - j] = t;
    }
  }
  return buf;
}

proto.swap16 = function swap16() { return swap(this, 2); };
proto.swap32 = function swap32() { return swap(this, 4); };
proto.swap64 = function swap64() { return swap(this, 8); };

Object.defineProperty(proto, 'parent', {
  get() { return types.isUint8Array(this) ? this.buffer : undefined; },
  enumerable: true,
  configurable: true,
});

Object.defineProperty(proto, 'offset', {
  get() { return types.isUint8Array(this) ? this.byteOffset : undefined; },
  enumerable: true,
  configurable: true,
});

// ---------------------------------------------------------------------------
// Numeric accessors, through a DataView over the buffer's bytes.

const view = (buf) => new DataView(buf.buffer, buf.byteOffset, buf.byteLength);

function checkOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (Number.isInteger(offset) && offset >= 0 && offset + size <= buf.length) return offset;
  if (!Number.isInteger(offset)) throw outOfRange('offset', 'an integer', offset);
  if (buf.length - size < 0) throw outOfBounds();
  throw outOfRange('offset', `>= 0 and <= ${buf.length - size}`, offset);
}

function checkValue(value, min, max, size) {
  validateNumber(value, 'value');
  if (value < min || value > max) {
    let range = `>= ${min} and <= ${max}`;
    if (size > 3) {
      range = min === 0
        ? `>= 0 and < 2 ** ${size * 8}`
        : `>= -(2 ** ${size * 8 - 1}) and < 2 ** ${size * 8 - 1}`;
    }
    throw outOfRange('value', range, value);
  }
}

const INTEGER_ACCESSORS = [
  // [name, size, signed, DataView getter/setter suffix]
  ['UInt8', 1, false, 'Uint8'], ['Int8', 1, true, 'Int8'],
  ['UInt16', 2, false, 'Uint16'], ['Int16', 2, true, 'Int16'],
  ['UInt32', 4, false, 'Uint32'], ['Int32', 4, true, 'Int32'],
];

for (const [name, size, signed, method] of INTEGER_ACCESSORS) {
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  const endians = size === 1 ? [''] : ['LE', 'BE'];
  for (const endian of endians) {
    const little = endian === 'LE';
    const read = function (offset) {
      offset = checkOffset(this, offset, size);
      return view(this)[`get${method}`](offset, little);
    };
    const write = function (value, offset) {
      offset = checkOffset(this, offset, size);
      checkValue(value, min, max, size);
      view(this)[`set${method}`](offset, value, little);
      return offset + size;
    };
    for (const alias of [name, name.replace('UInt', 'Uint')]) {
      proto[`read${alias}${endian}`] = read;
      proto[`write${alias}${endian}`] = write;
    }
  }
}

for (const [name, method, size] of [['Float', 'Float32', 4], ['Double', 'Float64', 8]]) {
  for (const endian of ['LE', 'BE']) {
    const little = endian === 'LE';
    proto[`read${name}${endian}`] = function (offset) {
      offset = checkOffset(this, offset, size);
      return view(this)[`get${method}`](offset, little);
    };
    proto[`write${name}${endian}`] = function (value, offset) {
      offset = checkOffset(this, offset, size);
      view(this)[`set${method}`](offset, +value, little);
      return offset + size;
    };
  }
}

for (const [name, method, signed] of [['BigUInt64', 'BigUint64', false],
  ['BigInt64', 'BigInt64', true]]) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  for (const endian of ['LE', 'BE']) {
    const little = endian === 'LE';
    const read = function (offset) {
      offset = checkOffset(this, offset, 8);
      return view(this)[`get${method}`](offset, little);
    };
    const write = function (value, offset) {
      offset = checkOffset(this, offset, 8);
      if (typeof value !== 'bigint') throw invalidArgType('value', 'of type bigint', value);
      if (value < min || value > max) {
        throw outOfRange('value', signed ? '>= -(2n ** 63n) and < 2n ** 63n'
          : '>= 0n and < 2n ** 64n', value);
      }
      view(this)[`set${method}`](offset, value, little);
      return offset + 8;
    };
    for (const alias of [name, name.replace('UInt', 'Uint')]) {
      proto[`read${alias}${endian}`] = read;
      proto[`write${alias}${endian}`] = write;
    }
  }
}

// readUIntLE(offset, byteLength) and friends: 1 to 6 bytes.
function checkByteLength(byteLength) {
  validateNumber(byteLength, 'byteLength');
  if (!Number.isInteger(byteLength) || byteLength < 1 || byteLength > 6) {
    throw outOfRange('byteLength', '>= 1 and <= 6', byteLength);
  }
}

function readVariable(buf, offset, byteLength, little, signed) {
  checkByteLength(byteLength);
  offset = checkOffset(buf, offset, byteLength);
  let value = 0;
  for (let i = 0; i < byteLength; i++) {
    const byte = buf[offset + (little ? byteLength - 1 - i : i)];
    value = value * 256 + byte;
  }
  if (signed && value >= 2 ** (8 * byteLength - 1)) value -= 2 ** (8 * byteLength);
  return value;
}

function writeVariable(buf, value, offset, byteLength, little, signed) {
  checkByteLength(byteLength);
  offset = checkOffset(buf, offset, byteLength);
  const bits = 8 * byteLength;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  checkValue(value, min, max, byteLength > 3 ? 0 : byteLength);
  let rest = value < 0 ? value + 2 ** bits : value;
  for (let i = 0; i < byteLength; i++) {
    buf[offset + (little ? i : byteLength - 1 - i)] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return offset + byteLength;
}

for (const alias of ['UInt', 'Uint']) {
  proto[`read${alias}LE`] = function (offset, byteLength) {
    return readVariable(this, offset, byteLength, true, false);
  };
  proto[`read${alias}BE`] = function (offset, byteLength) {
    return readVariable(this, offset, byteLength, false, false);
  };
  proto[`write${alias}LE`] = function (value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, true, false);
  };
  proto[`write${alias}BE`] = function (value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, false, false);
  };
}
proto.readIntLE = function (offset, byteLength) {
  return readVariable(this, offset, byteLength, true, true);
};
proto.readIntBE = function (offset, byteLength) {
  return readVariable(this, offset, byteLength, false, true);
};
proto.writeIntLE = function (value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, true, true);
};
proto.writeIntBE = function (value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, false, true);
};

// ---------------------------------------------------------------------------
// Inspection: <Buffer 68 69> (at most INSPECT_MAX_BYTES bytes), with any extra
// own enumerable properties after the bytes, as Node prints them.

Object.defineProperty(proto, customInspectSymbol, {
  value: function inspect(recurseTimes, ctx, inspectValue) {
    const max = INSPECT_MAX_BYTES;
    const shown = Math.min(max, this.length);
    const remaining = this.length - max;
    let text = hexSlice(this, 0, shown).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx && typeof inspectValue === 'function') {
      const extras = Object.keys(this).filter((key) => !/^(0|[1-9][0-9]*)$/.test(key));
      if (extras.length > 0) {
        const object = Object.fromEntries(extras.map((key) => [key, this[key]]));
        const shownExtras = inspectValue(object, { ...ctx, breakLength: Infinity, compact: true });
        if (this.length !== 0) text += ', ';
        text += shownExtras.slice(2, -2);
      }
    }
    return `<${this.constructor.name} ${text}>`;
  },
  writable: true,
  configurable: true,
});

// ---------------------------------------------------------------------------
// atob / btoa (WHATWG forgiving-base64), isUtf8, isAscii

function invalidCharacter(message) {
  const error = new Error(message);
  error.name = 'InvalidCharacterError';
  error.code = 5;
  return error;
}

function btoa(input) {
  if (arguments.length === 0) throw createError(TypeError, 'ERR_MISSING_ARGS',
    'The "input" argument must be specified');
  const string = `${input}`;
  const bytes = new FastBuffer(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 0xff) throw invalidCharacter('Invalid character');
    bytes[i] = code;
  }
  return base64Encode(bytes, 0, bytes.length, BASE64, true);
}

function atob(input) {
  if (arguments.length === 0) throw createError(TypeError, 'ERR_MISSING_ARGS',
    'The "input" argument must be specified');
  let string = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (string.length % 4 === 0) string = string.replace(/==?$/, '');
  if (string.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(string)) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const bytes = new FastBuffer(base64ByteLength(string));
  return latin1Slice(bytes, 0, base64Write(bytes, string, 0, bytes.length));
}

function isUtf8(input) {
  const bytes = toBytes(input, 'input');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(input) {
  const bytes = toBytes(input, 'input');
  return bytes.every((byte) => byte < 0x80);
}

function toBytes(input, name) {
  if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (types.isArrayBufferView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw invalidArgType(name, 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

const api = {
  Buffer,
  SlowBuffer,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: Object.freeze({ MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength }),
};

Object.defineProperty(api, 'INSPECT_MAX_BYTES', {
  get: () => INSPECT_MAX_BYTES,
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES');
    if (!(value >= 0)) throw outOfRange('INSPECT_MAX_BYTES', '>= 0', value);
    INSPECT_MAX_BYTES = value;
  },
  enumerable: true,
  configurable: true,
});

// `api` is the public module; FastBuffer is what the host builds Node-API Buffers with
// (`napi_create_buffer`), as Node's internal FastBuffer.
module.exports = { api, FastBuffer };
