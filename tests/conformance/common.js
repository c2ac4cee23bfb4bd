'use strict';
// Harness shared by the conformance tests. Each test runs unchanged under napi-host
// (loading the wasm build of its addon) and under Node (loading the native build), so
// Node is the oracle for every expectation.
const assert = require('assert');
const path = require('path');

const isNapiHost = typeof process.versions['napi-host'] === 'string';

// napi_status values (js_native_api_types.h).
const status = Object.freeze({
  ok: 0, invalid_arg: 1, object_expected: 2, string_expected: 3, name_expected: 4,
  function_expected: 5, number_expected: 6, boolean_expected: 7, array_expected: 8,
  generic_failure: 9, pending_exception: 10, cancelled: 11, escape_called_twice: 12,
  handle_scope_mismatch: 13, callback_scope_mismatch: 14, queue_full: 15, closing: 16,
  bigint_expected: 17, date_expected: 18, arraybuffer_expected: 19,
  detachable_arraybuffer_expected: 20, would_deadlock: 21,
  no_external_buffers_allowed: 22, cannot_run_js: 23,
});

// Loads the addon built from `<name>.c` for the current runtime. The test runner passes
// the build directory in NAPI_HOST_FIXTURES (holding wasm/ and native/).
function loadAddon(name) {
  const root = process.env.NAPI_HOST_FIXTURES;
  assert.ok(root, 'NAPI_HOST_FIXTURES must point at the built fixtures');
  const file = isNapiHost
    ? path.join(root, 'wasm', `${name}.wasm`)
    : path.join(root, 'native', `${name}.node`);
  return require(file);
}

const pendingCalls = [];

// Wraps `fn` so that the test fails at exit unless it was called exactly `times` times.
function mustCall(fn = () => {}, times = 1) {
  const record = { fn, times, actual: 0, stack: new Error().stack };
  pendingCalls.push(record);
  return function (...args) {
    record.actual++;
    return fn.apply(this, args);
  };
}

// A function that fails the test if it is ever called.
function mustNotCall(message = 'function should not have been called') {
  return () => assert.fail(message);
}

// Collects garbage and turns the event loop (so that queued finalizers run) until
// `done()` holds, at most `turns` times: GC timing differs between V8 and QuickJS, so
// tests wait for the effect instead of counting collections.
async function gcUntil(what, done, turns = 50) {
  for (let i = 0; i < turns && !done(); i++) {
    gc();
    await new Promise(setImmediate);
  }
  assert.ok(done(), `${what}: not within ${turns} GC + event-loop turns`);
}

process.on('exit', (code) => {
  if (code !== 0) return;
  for (const record of pendingCalls) {
    if (record.actual !== record.times) {
      process.exitCode = 1;
      console.error(`mustCall: expected ${record.times} call(s), got ${record.actual}\n${record.stack}`);
    }
  }
});

module.exports = { assert, gcUntil, isNapiHost, loadAddon, mustCall, mustNotCall, status };
