'use strict';
// When finalizers run (see finalizers.c). Version-8 modules: from the event loop after
// collection, never inside gc(), and they may call JS. Experimental modules: during GC,
// so already done when gc() returns, without calling JS; node_api_post_finalizer defers
// what needs JS to the event loop.
const { assert, gcUntil, isNapiHost, loadAddon, status } = require('../common');

const v8 = loadAddon('finalizers_v8');
const experimental = loadAddon('finalizers_experimental');
assert.strictEqual(v8.experimental(), false);
assert.strictEqual(experimental.experimental(), true);

// state(): [count, status of a JS call from a finalizer, probe status, instance data seen]
(async () => {
  // ---- version 8: queued, run from the event loop.
  (() => { v8.addFinalizer({}); })();
  gc();
  assert.strictEqual(v8.state()[0], 0, 'finalizers never run inside gc()');
  await gcUntil('v8 finalizer', () => v8.state()[0] === 1);
  assert.strictEqual(v8.state()[3], 1, 'the finalizer read the instance data');

  // ... and they may call JS.
  let called = false;
  (() => { v8.addFinalizerWithJS({}, () => { called = true; }); })();
  await gcUntil('v8 finalizer calling JS', () => called);
  assert.deepStrictEqual(v8.state().slice(0, 2), [2, status.ok]);

  // ---- experimental: finalized during GC, i.e. by the time gc() returns.
  (() => { experimental.addFinalizer({}); })();
  for (let i = 0; i < 10 && experimental.state()[0] === 0; i++) gc();
  assert.deepStrictEqual(experimental.state(), [1, -1, -1, 1]);

  // ... JS work goes through node_api_post_finalizer, which runs it from the event loop.
  called = false;
  (() => { experimental.addFinalizerWithJS({}, () => { called = true; }); })();
  for (let i = 0; i < 10 && !called && experimental.state()[0] === 1; i++) gc();
  assert.strictEqual(called, false, 'posted finalizers do not run inside gc()');
  await gcUntil('posted finalizer', () => called);
  assert.deepStrictEqual(experimental.state().slice(0, 2), [2, status.ok]);
  assert.strictEqual(experimental.postNull(), status.ok);

  // ---- a GC finalizer that tries to run JS: Node aborts the process ("Finalizer is
  // calling a function that may affect GC state"); napi-host refuses the call with
  // napi_cannot_run_js instead. Only napi-host can run this part.
  if (isNapiHost) {
    (() => { experimental.addProbe({}); })();
    gc();
    assert.deepStrictEqual(experimental.state().slice(0, 3), [3, status.ok, status.cannot_run_js]);
  }
})();
