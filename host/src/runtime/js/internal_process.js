'use strict';
// internal_process.js — builds the global `process` object (an EventEmitter)
// from the values the host provides, and the exit bookkeeping shared with the
// event loop (`emitExit`, `exitCode`).

const EventEmitter = require('events');
const { host } = require('internal:binding');
const { TextDecoder } = require('internal:encoding');
const loop = require('internal:loop');
const { invalidArgType } = require('internal:errors');
const types = require('internal:types');

const startTime = host.now();
let exitEmitted = false;

// process.stdout / process.stderr: synchronous writers to the host's fds.
class StdioStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') callback = encoding;
    let text = chunk;
    if (types.isArrayBufferView(chunk)) {
      text = new TextDecoder().decode(chunk);
    } else if (typeof chunk !== 'string') {
      throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
    }
    host.write(this.fd, text);
    if (typeof callback === 'function') loop.nextTick(callback);
    return true;
  }
}

// Its class is named like Node's: `process.constructor.name === 'process'`.
const process = new (class process extends EventEmitter {})();
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });

// process.exitCode as an integer, 0 when unset.
function exitCode() {
  const code = Number(process.exitCode ?? 0);
  return Number.isInteger(code) ? code : 0;
}

// Emits 'exit' once, with `code`, and returns the code the process exits with
// (an 'exit' listener may still change process.exitCode).
function emitExit(code) {
  if (!exitEmitted) {
    exitEmitted = true;
    process._exiting = true;
    if (code !== exitCode()) process.exitCode = code;
    process.emit('exit', code);
  }
  return exitCode();
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  host.exit(emitExit(exitCode()));
}

const NANOSECONDS_PER_SECOND = 1e9;

function hrtime(previous) {
  const nanoseconds = Math.round(host.now() * 1e6);
  let seconds = Math.floor(nanoseconds / NANOSECONDS_PER_SECOND);
  let rest = nanoseconds % NANOSECONDS_PER_SECOND;
  if (previous !== undefined) {
    if (!Array.isArray(previous) || previous.length !== 2) {
      throw invalidArgType('time', 'an instance of Array of length 2', previous);
    }
    seconds -= previous[0];
    rest -= previous[1];
    if (rest < 0) {
      seconds -= 1;
      rest += NANOSECONDS_PER_SECOND;
    }
  }
  return [seconds, rest];
}
hrtime.bigint = () => BigInt(Math.round(host.now() * 1e6));

function memoryUsage() {
  return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
}
memoryUsage.rss = () => 0;

// process.emitWarning(warning[, type[, code]][, ctor]) or (warning, options).
function emitWarning(warning, typeOrOptions, code, ctor) {
  let type = 'Warning';
  let detail;
  if (typeOrOptions !== null && typeof typeOrOptions === 'object') {
    ({ type = 'Warning', code, detail } = typeOrOptions);
  } else if (typeof typeOrOptions === 'function') {
    ctor = typeOrOptions;
    code = undefined;
  } else if (typeOrOptions !== undefined) {
    type = String(typeOrOptions);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (typeof warning === 'string') {
    warning = createWarning(warning, type, code, detail, ctor ?? emitWarning);
  } else if (!(warning instanceof Error)) {
    throw invalidArgType('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  loop.nextTick(() => {
    printWarning(warning);
    process.emit('warning', warning);
  });
}

function createWarning(message, type, code, detail, ctor) {
  const warning = new Error(message);
  warning.name = type;
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor);
  return warning;
}

function printWarning(warning) {
  let text = `(node:${process.pid}) `;
  if (warning.code) text += `[${warning.code}] `;
  text += String(warning);
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  process.stderr.write(`${text}\n`);
}

Object.assign(process, {
  title: 'napi-host',
  version: `v${host.versions.node}`,
  versions: host.versions,
  arch: host.arch,
  platform: host.platform,
  release: { name: 'node' },
  argv: [...host.argv],
  argv0: host.argv[0],
  execArgv: [],
  execPath: host.execPath,
  env: host.env,
  pid: host.pid,
  exitCode: undefined,
  stdout: new StdioStream(1),
  stderr: new StdioStream(2),
  cwd: () => host.cwd,
  exit,
  nextTick: loop.nextTick,
  hrtime,
  uptime: () => (host.now() - startTime) / 1000,
  memoryUsage,
  emitWarning,
});

module.exports = { emitExit, exitCode, process };
