'use strict';
// napi-host only (a native addon would crash Node): every fault is reported as a typed
// error, the faulting instance is poisoned, and the host and other instances go on.
const assert = require('assert');
const path = require('path');
const dir = process.env.NAPI_HOST_FIXTURES;
const faults = require(path.join(dir, 'wasm', 'faults.wasm'));
const INVALID_ARG = 1;
const HANDLE_SCOPE_MISMATCH = 13;

// Statuses, not traps.
assert.strictEqual(faults.nullResultStatus(), INVALID_ARG);
assert.strictEqual(faults.bogusHandleStatus(), INVALID_ARG);
assert.strictEqual(faults.staleHandleStatus(), INVALID_ARG);
assert.strictEqual(faults.closeForeignScopeStatus(), HANDLE_SCOPE_MISMATCH);
assert.throws(() => faults.leakScope(), { code: 'ERR_NAPI_HANDLE_SCOPE_MISMATCH' });
assert.strictEqual(faults.ok(), 'ok');

// A wild pointer traps; the error names the Node-API call.
assert.throws(() => faults.wildResultPointer(), (err) => {
  assert.strictEqual(err.code, 'ERR_WASM_TRAP');
  assert.match(err.message, /napi_create_int32/);
  assert.match(err.message, /0xfffffff0/);
  return true;
});
// The instance is poisoned from now on.
assert.throws(() => faults.ok(), { code: 'ERR_ADDON_POISONED' });

// A fresh instance (another path) is unaffected; a guest trap is reported the same way.
const second = require(path.join(dir, 'wasm', 'faults-copy.wasm'));
assert.strictEqual(second.ok(), 'ok');
assert.throws(() => second.wildStringLength(), { code: 'ERR_WASM_TRAP' });

const third = require(path.join(dir, 'wasm', 'faults-copy2.wasm'));
assert.throws(() => third.trap(), (err) => {
  assert.strictEqual(err.code, 'ERR_WASM_TRAP');
  assert.match(err.message, /unreachable|wasm trap/);
  return true;
});

// A trap in a nested call (JS -> wasm -> JS -> wasm) surfaces through every level.
const fourth = require(path.join(dir, 'wasm', 'faults-copy3.wasm'));
assert.throws(() => fourth.callJs(() => fourth.trap()), { code: 'ERR_WASM_TRAP' });
assert.throws(() => fourth.ok(), { code: 'ERR_ADDON_POISONED' });

// Missing imports are listed by module and name.
assert.throws(() => require(path.join(dir, 'wasm', 'missing_import.wasm')), (err) => {
  assert.strictEqual(err.code, 'ERR_DLOPEN_FAILED');
  assert.match(err.message, /napi::napi_not_a_real_function/);
  assert.match(err.message, /env::also_missing/);
  return true;
});

console.log('host still alive');
