'use strict';
// timers.js — the `timers` builtin: the global timer functions, plus `promises`
// (also reachable as `timers/promises`) with their promise-based variants. The
// `signal` option of the promise variants is not supported.

const loop = require('internal:loop');
const { validateBoolean, validateObject } = require('internal:errors');

// Whether the timer behind a promise keeps the event loop alive (option `ref`).
function refOption(options) {
  validateObject(options, 'options');
  const { ref = true } = options;
  validateBoolean(ref, 'options.ref');
  return ref;
}

async function setTimeoutPromise(delay, value, options = {}) {
  const ref = refOption(options);
  return new Promise((resolve) => {
    const timeout = loop.setTimeout(resolve, delay, value);
    if (!ref) timeout.unref();
  });
}

async function setImmediatePromise(value, options = {}) {
  const ref = refOption(options);
  return new Promise((resolve) => {
    const immediate = loop.setImmediate(resolve, value);
    if (!ref) immediate.unref();
  });
}

// Yields `value` every `delay` milliseconds; ticks that fire while the consumer
// is busy are not lost.
async function* setIntervalPromise(delay, value, options = {}) {
  const ref = refOption(options);
  let pendingTicks = 0;
  let wake = null;
  const interval = loop.setInterval(() => {
    pendingTicks += 1;
    wake?.();
  }, delay);
  if (!ref) interval.unref();
  try {
    for (;;) {
      if (pendingTicks === 0) await new Promise((resolve) => { wake = resolve; });
      wake = null;
      pendingTicks -= 1;
      yield value;
    }
  } finally {
    loop.clearInterval(interval);
  }
}

const promises = {
  setImmediate: setImmediatePromise,
  setInterval: setIntervalPromise,
  setTimeout: setTimeoutPromise,
  scheduler: {
    wait: (delay, options) => setTimeoutPromise(delay, undefined, options),
    yield: () => setImmediatePromise(),
  },
};

module.exports = {
  clearImmediate: loop.clearImmediate,
  clearInterval: loop.clearInterval,
  clearTimeout: loop.clearTimeout,
  promises,
  setImmediate: loop.setImmediate,
  setInterval: loop.setInterval,
  setTimeout: loop.setTimeout,
};
