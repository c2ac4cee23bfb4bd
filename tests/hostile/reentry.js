'use strict';
// napi-host only: finalizers that trap or re-enter JS, and overlapping out-parameters.
const assert = require('assert');
const path = require('path');
const dir = path.join(process.env.NAPI_HOST_FIXTURES, 'wasm');

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function main() {
  // Overlapping out-parameters are written in a defined order; no host state breaks.
  const a = require(path.join(dir, 'reentry.wasm'));
  assert.strictEqual(a.overlappingCbInfo(1, 2), 0);
  assert.strictEqual(typeof a.overlappingStringOut('hello world'), 'number');

  // A finalizer that calls into JS, which calls the addon again.
  let reentered = 0;
  a.setCallback(() => {
    reentered++;
    return a.finalized();
  });
  (() => a.externalReentrantOnFinalize())();
  for (let i = 0; i < 10 && reentered === 0; i++) {
    gc();
    await turn();
  }
  assert.strictEqual(reentered, 1);
  assert.strictEqual(a.finalized(), 1);

  // A finalizer that traps: reported like any trap (here as an uncaught exception from
  // the event loop), the instance is poisoned, other instances keep working.
  const b = require(path.join(dir, 'reentry-copy.wasm'));
  const errors = [];
  process.on('uncaughtException', (e) => errors.push(e));
  (() => b.externalTrappingOnFinalize())();
  for (let i = 0; i < 10 && errors.length === 0; i++) {
    gc();
    await turn();
  }
  assert.strictEqual(errors.length, 1);
  assert.strictEqual(errors[0].code, 'ERR_WASM_TRAP');
  assert.throws(() => b.finalized(), { code: 'ERR_ADDON_POISONED' });
  assert.strictEqual(a.finalized(), 1);
  console.log('finalizers: host still alive');
}

main();
