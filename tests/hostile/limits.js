'use strict';
// napi-host only: each limit, when hit, is a typed error and the host goes on.
// Usage: napi-host run [limit flags] limits.js <case>; the fixtures dir is granted
// as NAPI_HOST_FIXTURES. Prints one line per check.
const assert = require('assert');
const path = require('path');
const dir = path.join(process.env.NAPI_HOST_FIXTURES, 'wasm');
const load = (name) => require(path.join(dir, `${name}.wasm`));

const cases = {
  // --max-wasm-memory 8M
  'wasm-memory'() {
    const a = load('limits');
    assert.strictEqual(a.allocate(2), 2);
    assert.throws(() => a.allocate(64), { code: 'ERR_WASM_MEMORY_LIMIT' });
    assert.throws(() => a.ok(), { code: 'ERR_ADDON_POISONED' });
    assert.strictEqual(load('limits-copy').ok(), 'ok');
  },
  // --timeout 300
  timeout() {
    const a = load('limits');
    assert.throws(() => a.spin(), { code: 'ERR_TIMEOUT' });
    assert.throws(() => a.ok(), { code: 'ERR_ADDON_POISONED' });
    setTimeout(() => {
      // A new top-level call gets a fresh deadline.
      assert.strictEqual(load('limits-copy').ok(), 'ok');
      console.log('after timeout: ok');
    }, 1);
  },
  // no flags: deep wasm recursion and deep JS <-> wasm recursion
  stack() {
    const a = load('limits');
    assert.strictEqual(a.recurse(100), 100);
    assert.throws(() => a.recurse(1e7), (e) => e instanceof RangeError && e.code === 'ERR_WASM_STACK_OVERFLOW');
    const b = load('limits-copy');
    const dive = () => b.callJs(dive);
    assert.throws(dive, (e) => e instanceof RangeError);
    console.log('deep recursion: RangeError');
  },
  // no flags: a guest that creates handles forever is refused past the cap
  // (napi_generic_failure) instead of growing host memory without bound.
  handles() {
    const a = load('limits');
    const created = a.handleFlood();
    assert.ok(created > 1000000 && created < 1 << 20, `created ${created}`);
    assert.strictEqual(a.ok(), 'ok');
  },
};

const name = process.argv[2];
cases[name]();
console.log(`${name}: host still alive`);
