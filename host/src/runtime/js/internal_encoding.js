'use strict';
// internal_encoding.js — TextEncoder and TextDecoder (WHATWG Encoding), UTF-8 only.

const { createError, invalidArgType, validateObject } = require('internal:errors');
const types = require('internal:types');

const REPLACEMENT_CHARACTER = 0xfffd;
const UTF8_LABELS = new Set([
  'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8',
]);

// The code point at `index` of `string`, with lone surrogates replaced by U+FFFD.
function scalarValueAt(string, index) {
  const code = string.codePointAt(index);
  return code >= 0xd800 && code <= 0xdfff ? REPLACEMENT_CHARACTER : code;
}

// The first byte of a multi-byte sequence, indexed by the sequence length.
const LEAD_BYTE_MARKERS = [0, 0, 0xc0, 0xe0, 0xf0];

const utf8Length = (codePoint) =>
  (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

function writeUtf8(bytes, offset, codePoint) {
  const length = utf8Length(codePoint);
  if (length === 1) {
    bytes[offset] = codePoint;
    return 1;
  }
  for (let i = length - 1; i > 0; i--) {
    bytes[offset + i] = 0x80 | (codePoint & 0x3f);
    codePoint >>= 6;
  }
  bytes[offset] = LEAD_BYTE_MARKERS[length] | codePoint;
  return length;
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    const string = `${input}`;
    const codePoints = [];
    let byteLength = 0;
    for (let i = 0; i < string.length; i++) {
      const codePoint = scalarValueAt(string, i);
      if (codePoint > 0xffff) i++;
      codePoints.push(codePoint);
      byteLength += utf8Length(codePoint);
    }
    const bytes = new Uint8Array(byteLength);
    let offset = 0;
    for (const codePoint of codePoints) offset += writeUtf8(bytes, offset, codePoint);
    return bytes;
  }

  encodeInto(source, destination) {
    if (!types.isUint8Array(destination)) {
      throw invalidArgType('dest', 'an instance of Uint8Array', destination);
    }
    const string = `${source}`;
    let read = 0;
    let written = 0;
    while (read < string.length) {
      const codePoint = scalarValueAt(string, read);
      if (written + utf8Length(codePoint) > destination.length) break;
      written += writeUtf8(destination, written, codePoint);
      read += codePoint > 0xffff ? 2 : 1;
    }
    return { read, written };
  }
}

class TextDecoder {
  #fatal;
  #ignoreBOM;
  // Decoder state, kept across decode(..., { stream: true }) calls.
  #codePoint = 0;
  #bytesNeeded = 0;
  #bytesSeen = 0;
  #lowerBoundary = 0x80;
  #upperBoundary = 0xbf;
  #atStart = true;

  constructor(label = 'utf-8', options = {}) {
    const encoding = `${label}`.trim().toLowerCase();
    if (!UTF8_LABELS.has(encoding)) {
      throw createError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED',
        `The "${label}" encoding is not supported`);
    }
    validateObject(options, 'options');
    this.#fatal = Boolean(options.fatal);
    this.#ignoreBOM = Boolean(options.ignoreBOM);
  }

  get encoding() {
    return 'utf-8';
  }

  get fatal() {
    return this.#fatal;
  }

  get ignoreBOM() {
    return this.#ignoreBOM;
  }

  decode(input = new Uint8Array(0), options = {}) {
    const bytes = toBytes(input);
    const stream = Boolean(options?.stream);
    const codeUnits = [];
    for (const byte of bytes) this.#push(byte, codeUnits);
    if (!stream) {
      if (this.#bytesNeeded !== 0) {
        this.#resetSequence();
        this.#emit(REPLACEMENT_CHARACTER, codeUnits, true);
      }
      this.#atStart = true;
    }
    return codeUnitsToString(codeUnits);
  }

  // One step of the WHATWG UTF-8 decoder.
  #push(byte, codeUnits) {
    if (this.#bytesNeeded === 0) {
      this.#startSequence(byte, codeUnits);
      return;
    }
    if (byte < this.#lowerBoundary || byte > this.#upperBoundary) {
      this.#resetSequence();
      this.#emit(REPLACEMENT_CHARACTER, codeUnits, true);
      this.#push(byte, codeUnits);
      return;
    }
    this.#lowerBoundary = 0x80;
    this.#upperBoundary = 0xbf;
    this.#codePoint = (this.#codePoint << 6) | (byte & 0x3f);
    this.#bytesSeen += 1;
    if (this.#bytesSeen === this.#bytesNeeded) {
      const codePoint = this.#codePoint;
      this.#resetSequence();
      this.#emit(codePoint, codeUnits);
    }
  }

  #startSequence(byte, codeUnits) {
    if (byte <= 0x7f) {
      this.#emit(byte, codeUnits);
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      this.#bytesNeeded = 1;
      this.#codePoint = byte & 0x1f;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      if (byte === 0xe0) this.#lowerBoundary = 0xa0;
      if (byte === 0xed) this.#upperBoundary = 0x9f;
      this.#bytesNeeded = 2;
      this.#codePoint = byte & 0xf;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      if (byte === 0xf0) this.#lowerBoundary = 0x90;
      if (byte === 0xf4) this.#upperBoundary = 0x8f;
      this.#bytesNeeded = 3;
      this.#codePoint = byte & 0x7;
    } else {
      this.#emit(REPLACEMENT_CHARACTER, codeUnits, true);
    }
  }

  #resetSequence() {
    this.#codePoint = 0;
    this.#bytesNeeded = 0;
    this.#bytesSeen = 0;
    this.#lowerBoundary = 0x80;
    this.#upperBoundary = 0xbf;
  }

  #emit(codePoint, codeUnits, isError = false) {
    if (isError && this.#fatal) {
      this.#resetSequence();
      this.#atStart = true;
      throw createError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
        'The encoded data was not valid for encoding utf-8');
    }
    const isLeadingBOM = this.#atStart && codePoint === 0xfeff && !this.#ignoreBOM;
    this.#atStart = false;
    if (isLeadingBOM) return;
    if (codePoint > 0xffff) {
      codePoint -= 0x10000;
      codeUnits.push(0xd800 | (codePoint >> 10), 0xdc00 | (codePoint & 0x3ff));
    } else {
      codeUnits.push(codePoint);
    }
  }
}

function toBytes(input) {
  if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (types.isArrayBufferView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw invalidArgType('input', 'an instance of ArrayBuffer or ArrayBufferView', input);
}

function codeUnitsToString(codeUnits) {
  const chunkSize = 8192;
  let string = '';
  for (let i = 0; i < codeUnits.length; i += chunkSize) {
    string += String.fromCharCode(...codeUnits.slice(i, i + chunkSize));
  }
  return string;
}

module.exports = { TextDecoder, TextEncoder };
