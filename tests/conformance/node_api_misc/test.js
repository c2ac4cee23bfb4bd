'use strict';
// napi_get_node_version matches process.versions.node; the module file name is the
// addon's file:// URL; napi_fatal_exception reaches process.on('uncaughtException')
// synchronously; napi_make_callback calls with a receiver and runs nextTicks only when
// nothing runs below it; callback scopes and async contexts report misuse.
const path = require('path');
const { assert, isNapiHost, loadAddon, status } = require('../common');
const addon = loadAddon('node_api_misc');

// Version.
const version = addon.nodeVersion();
assert.strictEqual(`${version.major}.${version.minor}.${version.patch}`, process.versions.node);
assert.strictEqual(version.release, 'node');
assert.strictEqual(version.release, process.release.name);
assert.strictEqual(version.samePointer, true);
assert.strictEqual(version.nullResult, status.invalid_arg);

// Module file name: file:// + the absolute path of the file that was loaded.
const file = path.join(process.env.NAPI_HOST_FIXTURES,
  isNapiHost ? 'wasm/node_api_misc.wasm' : 'native/node_api_misc.node');
const name = addon.fileName();
assert.ok(name.startsWith('file:///'), name);
assert.strictEqual(decodeURIComponent(name.slice('file://'.length)), file);
assert.strictEqual(addon.fileName(), name);

// napi_fatal_exception: the listener runs before the call returns.
const error = new Error('fatal exception');
const seen = [];
process.on('uncaughtException', (e, origin) => seen.push([e, origin]));
assert.strictEqual(addon.fatalException(error), status.ok);
assert.deepStrictEqual(seen, [[error, 'uncaughtException']]);
assert.strictEqual(addon.fatalExceptionNull(), status.invalid_arg);
process.removeAllListeners('uncaughtException');

// No libuv loop to hand out in napi-host.
assert.deepStrictEqual(addon.uvLoop(),
  [isNapiHost ? status.generic_failure : status.ok, status.invalid_arg]);

// napi_make_callback.
const recv = { name: 'recv' };
let received;
assert.strictEqual(addon.makeCallback(recv, function (...args) {
  received = [this, args];
  return 'result';
}, 1, 'two'), 'result');
assert.strictEqual(received[0], recv);
assert.deepStrictEqual(received[1], [1, 'two']);
addon.makeCallback(5, function () {
  assert.strictEqual(typeof this, 'object');
  assert.strictEqual(this.valueOf(), 5);
});
assert.throws(() => addon.makeCallback(recv, () => { throw new RangeError('from callback'); }),
  /from callback/);

// JS is running below these calls: nextTicks wait for it, as in Node.
const order = [];
addon.makeCallback(recv, () => process.nextTick(() => order.push('make_callback tick')));
addon.inCallbackScope(() => process.nextTick(() => order.push('scope tick')));
order.push('sync');
process.nextTick(() => {
  assert.deepStrictEqual(order, ['sync', 'make_callback tick', 'scope tick']);
});

assert.deepStrictEqual(addon.statuses(() => {}), {
  initNoName: status.invalid_arg,
  initNoResult: status.invalid_arg,
  destroyNull: status.invalid_arg,
  init: status.ok,
  openNoResult: status.invalid_arg,
  open: status.ok,
  close: status.ok,
  closeAgain: status.callback_scope_mismatch,
  closeNull: status.invalid_arg,
  makeCallbackNoRecv: status.invalid_arg,
  makeCallbackNotAFunction: status.invalid_arg,
  makeCallbackNoArgv: status.invalid_arg,
  makeCallbackNoContext: status.ok,
  destroy: status.ok,
});
