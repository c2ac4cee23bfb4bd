'use strict';
// Object wrap: napi_wrap / napi_unwrap / napi_remove_wrap on any object, finalizers
// (napi_add_finalizer and wrap finalizers, run after collection from the event loop),
// type tags and instance data.
const { assert, gcUntil, loadAddon, status } = require('../common');
const addon = loadAddon('wrap');

const ok = (value) => ({ status: status.ok, value });
const finalizedData = () => addon.finalized().map(([data]) => data);
const finalizedEntry = (data) => addon.finalized().find(([d]) => d === data);

(async () => {
  // ---- wrap / unwrap / remove_wrap, on any kind of object; nothing visible to JS.
  const targets = [
    {}, [], () => {}, class {}, new Map(), Object.freeze({ frozen: true }),
    Object.create(null),
    new Proxy({}, { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); } }),
  ];
  const proxy = targets.length - 1; // its traps throw: wrapping must not run them
  targets.forEach((target, i) => {
    const keys = i === proxy ? [] : Reflect.ownKeys(target);
    assert.strictEqual(addon.wrapPlain(target, 100 + i), status.ok);
    assert.deepStrictEqual(addon.unwrap(target), ok(100 + i));
    if (i !== proxy) {
      assert.deepStrictEqual(Reflect.ownKeys(target), keys, 'a wrap adds no property');
    }
    assert.deepStrictEqual(addon.removeWrap(target), ok(100 + i));
    assert.deepStrictEqual(addon.unwrap(target), { status: status.invalid_arg });
    // Once removed, the object can be wrapped again.
    assert.strictEqual(addon.wrapPlain(target, 200 + i), status.ok);
    assert.deepStrictEqual(addon.unwrap(target), ok(200 + i));
    assert.strictEqual(addon.removeWrapNoResult(target), status.ok);
  });
  assert.ok(Object.isFrozen(targets[5]));

  // ---- argument checks: [wrap NULL, wrap number, wrap with result but no finalizer,
  // wrap twice, unwrap NULL, unwrap NULL result, unwrap number, unwrap unwrapped,
  // remove_wrap NULL, remove_wrap number, remove_wrap unwrapped].
  {
    const wrapped = {};
    assert.strictEqual(addon.wrapPlain(wrapped, 1), status.ok);
    assert.deepStrictEqual(addon.wrapStatuses(wrapped, {}), Array(11).fill(status.invalid_arg));
    assert.deepStrictEqual(addon.unwrap(wrapped), ok(1));
  }

  // ---- with an exception pending: [wrap, unwrap, remove_wrap, type_tag, check] are
  // refused (NAPI_PREAMBLE); add_finalizer and get_instance_data are not.
  {
    const wrapped = {};
    assert.strictEqual(addon.wrapPlain(wrapped, 2), status.ok);
    assert.deepStrictEqual(addon.whilePending(wrapped, {}), [
      status.pending_exception, status.pending_exception, status.pending_exception,
      status.pending_exception, status.pending_exception, status.ok, status.ok,
    ]);
    assert.deepStrictEqual(addon.unwrap(wrapped), ok(2));
  }

  // ---- finalizers run once the object is collected, from the event loop, never
  // inside gc(); a removed wrap's finalizer never runs.
  (() => {
    assert.strictEqual(addon.wrap({}, 1), status.ok);
    assert.strictEqual(addon.addFinalizer(() => {}, 2), status.ok);
    // Several finalizers on one object, plus a wrap.
    const both = {};
    assert.strictEqual(addon.wrap(both, 3), status.ok);
    assert.strictEqual(addon.addFinalizer(both, 4), status.ok);
    assert.strictEqual(addon.addFinalizer(both, 5), status.ok);
    const removed = {};
    assert.strictEqual(addon.wrap(removed, 6), status.ok);
    assert.deepStrictEqual(addon.removeWrap(removed), ok(6));
  })();
  gc();
  assert.deepStrictEqual(addon.finalized(), [], 'finalizers never run inside gc()');
  // (77: the finalizer added while an exception was pending, above.)
  await gcUntil('finalizers of collected objects', () => addon.finalized().length >= 6);
  assert.deepStrictEqual(finalizedData().sort((a, b) => a - b), [1, 2, 3, 4, 5, 77]);
  assert.deepStrictEqual(finalizedEntry(1), [1, 1001, -1, -1]);
  assert.deepStrictEqual(finalizedEntry(2), [2, 2002, -1, -1]);

  // ---- references the addon owns (napi_wrap / napi_add_finalizer with `result`):
  // weak, naming the object while it lives; empty inside the finalizer, which deletes
  // them. napi_reference_ref pins the object.
  let wrapRef;
  let finalizerRef;
  let pinnedRef;
  let pinned;
  (() => {
    const object = { name: 'wrapped' };
    const result = addon.wrapWithRef(object, 10);
    assert.strictEqual(result.status, status.ok);
    wrapRef = result.value;
    assert.strictEqual(addon.refValue(wrapRef), object);
    assert.deepStrictEqual(addon.unwrap(object), ok(10));
    finalizerRef = addon.addFinalizerWithRef(function f() {}, 11).value;
    pinned = { name: 'pinned' };
    pinnedRef = addon.wrapWithRef(pinned, 12).value;
    assert.strictEqual(addon.refRef(pinnedRef), 1);
  })();
  pinned = null;
  await gcUntil('finalizers of wrapped objects', () => finalizedData().includes(10) && finalizedData().includes(11));
  assert.deepStrictEqual(finalizedEntry(10), [10, wrapRef, status.ok, 1]);
  assert.deepStrictEqual(finalizedEntry(11), [11, finalizerRef, status.ok, 1]);
  assert.deepStrictEqual(addon.refValue(pinnedRef), { name: 'pinned' });
  assert.strictEqual(finalizedEntry(12), undefined);
  assert.strictEqual(addon.refUnref(pinnedRef), 0);
  await gcUntil('the unpinned object', () => finalizedData().includes(12));
  assert.deepStrictEqual(finalizedEntry(12), [12, pinnedRef, status.ok, 1]);

  // ---- napi_add_finalizer argument checks: [NULL object, NULL finalizer, number].
  assert.deepStrictEqual(addon.addFinalizerStatuses({}), Array(3).fill(status.invalid_arg));

  // ---- type tags: set once, checked by value; invisible to JS.
  {
    const a = {};
    const b = {};
    assert.deepStrictEqual(addon.check(a, 0), { status: status.ok, matches: false, pending: false });
    assert.deepStrictEqual(addon.tag(a, 0), { status: status.ok, pending: false });
    assert.deepStrictEqual(addon.tag(a, 0), { status: status.invalid_arg, pending: false });
    assert.deepStrictEqual(addon.tag(a, 1), { status: status.invalid_arg, pending: false });
    assert.deepStrictEqual(Reflect.ownKeys(a), []);
    assert.deepStrictEqual(addon.check(a, 0), { status: status.ok, matches: true, pending: false });
    for (const other of [1, 2, 3]) {
      assert.deepStrictEqual(addon.check(a, other), { status: status.ok, matches: false, pending: false });
    }
    // Tags that share a word, or are all zero, are still distinct.
    for (const [index, object] of [[1, b], [2, {}], [3, []]]) {
      assert.deepStrictEqual(addon.tag(object, index), { status: status.ok, pending: false });
      for (let other = 0; other < 4; other++) {
        assert.deepStrictEqual(addon.check(object, other),
                               { status: status.ok, matches: other === index, pending: false });
      }
    }
    // Externals, functions and wrapped objects can be tagged too.
    for (const object of [addon.external(), () => {}, (() => { const w = {}; addon.wrapPlain(w, 9); return w; })()]) {
      assert.deepStrictEqual(addon.tag(object, 2), { status: status.ok, pending: false });
      assert.deepStrictEqual(addon.check(object, 2), { status: status.ok, matches: true, pending: false });
    }
    // Primitives are converted with ToObject: the tag goes on a temporary wrapper.
    for (const primitive of [5, 'text', true, Symbol('s')]) {
      assert.deepStrictEqual(addon.tag(primitive, 0), { status: status.ok, pending: false });
      assert.deepStrictEqual(addon.check(primitive, 0), { status: status.ok, matches: false, pending: false });
    }
    // ... and undefined / null throw (napi_pending_exception).
    for (const nothing of [undefined, null]) {
      assert.deepStrictEqual(addon.tag(nothing, 0), { status: status.pending_exception, pending: true });
      assert.deepStrictEqual(addon.check(nothing, 0), { status: status.pending_exception, pending: true });
    }
    // [tag NULL value, tag NULL tag, check NULL value, check NULL tag, check NULL result]
    assert.deepStrictEqual(addon.tagStatuses({}), Array(5).fill(status.invalid_arg));
  }

  // ---- instance data: NULL until set; replacing it does not finalize the old data
  // (its finalizer only runs at teardown: see ../finalizers).
  assert.deepStrictEqual(addon.getInstanceData(), ok(0));
  assert.strictEqual(addon.setInstanceData(40), status.ok);
  assert.deepStrictEqual(addon.getInstanceData(), ok(40));
  assert.strictEqual(addon.setInstanceData(41), status.ok);
  assert.deepStrictEqual(addon.getInstanceData(), ok(41));
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise(setImmediate);
  }
  assert.strictEqual(finalizedEntry(40), undefined);
  assert.deepStrictEqual(addon.instanceDataStatuses(), [status.invalid_arg]);
})();
