'use strict';
// napi-host only (Node 20 lacks node_api_create_external_sharedarraybuffer); expectations
// follow Node's documentation: a zero-copy SharedArrayBuffer over the addon's bytes,
// finalized with (data, hint) after it is collected.
const assert = require('assert');
const path = require('path');
const addon = require(path.join(process.env.NAPI_HOST_FIXTURES, 'wasm', 'experimental_sab.wasm'));

async function main() {
  (() => {
    const sab = addon.create();
    assert.ok(sab instanceof SharedArrayBuffer);
    assert.strictEqual(sab.byteLength, 16);
    assert.strictEqual(addon.isShared(sab), true);
    const bytes = new Uint8Array(sab);
    assert.strictEqual(bytes[0], 7);
    bytes[1] = 99; // JS writes are the guest's bytes...
    assert.strictEqual(addon.peek(1), 99);
    addon.poke(2, 55); // ...and the guest's writes are visible to JS.
    assert.strictEqual(bytes[2], 55);
  })();
  assert.deepStrictEqual(addon.statuses(), [1, 1]);
  for (let i = 0; i < 10 && addon.finalized()[0] === 0; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.deepStrictEqual(addon.finalized(), [1, true, 42]);
  console.log('external SharedArrayBuffer: ok');
}

main();
