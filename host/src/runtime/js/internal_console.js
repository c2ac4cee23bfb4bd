'use strict';
// internal_console.js — the global `console`. Output goes through
// process.stdout/process.stderr (looked up on each call, so replacing their
// `write` captures console output, as in Node). console.table is not provided.

const { formatWithOptions, inspect } = require('util');
const { process } = require('internal:process');
const { host } = require('internal:binding');
const { stackFrameLines } = require('internal:errors');

let groupIndentation = '';
const counts = new Map();
const timerStarts = new Map();

function write(stream, args) {
  let text = formatWithOptions({}, ...args);
  if (groupIndentation !== '') {
    text = groupIndentation + text.replaceAll('\n', `\n${groupIndentation}`);
  }
  stream.write(`${text}\n`);
}

// "1.234ms", "1.234s" or "1:02.345 (m:ss.mmm)", like Node.
function formatDuration(milliseconds) {
  if (milliseconds < 1000) return `${Number(milliseconds.toFixed(3))}ms`;
  if (milliseconds < 60000) return `${(milliseconds / 1000).toFixed(3)}s`;
  const hours = Math.floor(milliseconds / 3600000);
  const minutes = Math.floor(milliseconds / 60000) % 60;
  const seconds = ((milliseconds % 60000) / 1000).toFixed(3).padStart(6, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${seconds} (h:mm:ss.mmm)`;
  return `${minutes}:${seconds} (m:ss.mmm)`;
}

function elapsed(label, method) {
  const start = timerStarts.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return undefined;
  }
  return formatDuration(host.now() - start);
}

const console = {
  log: (...args) => write(process.stdout, args),
  info: (...args) => write(process.stdout, args),
  debug: (...args) => write(process.stdout, args),
  dirxml: (...args) => write(process.stdout, args),
  error: (...args) => write(process.stderr, args),
  warn: (...args) => write(process.stderr, args),

  dir(value, options) {
    write(process.stdout, [inspect(value, { customInspect: false, ...options })]);
  },

  trace(...args) {
    const header = args.length > 0 ? `Trace: ${formatWithOptions({}, ...args)}` : 'Trace';
    const site = {};
    Error.captureStackTrace(site, console.trace);
    write(process.stderr, [[header, ...stackFrameLines(site)].join('\n')]);
  },

  assert(value, ...args) {
    if (value) return;
    if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    console.warn(...args);
  },

  count(label = 'default') {
    const key = `${label}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    console.log(`${key}: ${count}`);
  },

  countReset(label = 'default') {
    const key = `${label}`;
    if (counts.has(key)) counts.delete(key);
    else process.emitWarning(`Count for '${key}' does not exist`);
  },

  group(...labels) {
    if (labels.length > 0) console.log(...labels);
    groupIndentation += '  ';
  },

  groupEnd() {
    groupIndentation = groupIndentation.slice(0, -2);
  },

  time(label = 'default') {
    const key = `${label}`;
    if (timerStarts.has(key)) {
      process.emitWarning(`Label '${key}' already exists for console.time()`);
      return;
    }
    timerStarts.set(key, host.now());
  },

  timeLog(label = 'default', ...data) {
    const key = `${label}`;
    const duration = elapsed(key, 'timeLog');
    if (duration !== undefined) console.log(`${key}: ${duration}`, ...data);
  },

  timeEnd(label = 'default') {
    const key = `${label}`;
    const duration = elapsed(key, 'timeEnd');
    if (duration === undefined) return;
    timerStarts.delete(key);
    console.log(`${key}: ${duration}`);
  },
};
console.groupCollapsed = console.group;
Object.defineProperty(console, Symbol.toStringTag, { value: 'console', configurable: true });

module.exports = console;
