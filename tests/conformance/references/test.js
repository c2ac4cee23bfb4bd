'use strict';
// References: counts, weak references at count 0, and which values a module may
// reference depending on the Node-API version it declares (below 10: objects,
// functions and symbols only; from 10, and experimental: any value).
//
// The same C is built at versions 8, 10 and experimental. Node 20 (the oracle) cannot
// load a version-10 module (it only knows versions up to 9), so that build runs under
// napi-host only; its expectations are those of the experimental build, which is what
// Node >= 22.14 does for version 10 (`module_api_version < 10` in `napi_create_reference`).
const { assert, gcUntil, isNapiHost, loadAddon, status } = require('../common');

const builds = [
  { addon: loadAddon('references_v8'), allTypes: false },
  { addon: loadAddon('references_experimental'), allTypes: true },
];
if (isNapiHost) builds.push({ addon: loadAddon('references_v10'), allTypes: true });

const ok = { status: status.ok };

async function run({ addon, allTypes }) {
  const created = (value, count) => {
    const result = addon.create(value, count);
    assert.strictEqual(result.status, status.ok, `create(${String(value)}, ${count})`);
    return result.index;
  };

  // ---- NULL arguments; the count out-parameters are optional.
  assert.deepStrictEqual(addon.statuses({}), [
    status.invalid_arg, status.invalid_arg, status.invalid_arg, status.invalid_arg,
    status.invalid_arg, status.invalid_arg, status.invalid_arg, status.ok, status.ok,
  ]);

  // ---- None of them is refused while an exception is pending.
  assert.deepStrictEqual(addon.whilePending({}), [status.ok, status.ok, status.ok, status.ok, status.ok]);

  // ---- Which values can be referenced.
  const primitives = [undefined, null, false, 42, 'text', 9007199254740991n];
  for (const value of primitives) {
    const result = addon.create(value, 1);
    if (!allTypes) {
      assert.deepStrictEqual(result, { status: status.invalid_arg }, `create(${String(value)})`);
      continue;
    }
    assert.strictEqual(result.status, status.ok);
    const index = result.index;
    assert.deepStrictEqual(addon.get(index), { ...ok, empty: false, value });
    assert.deepStrictEqual(addon.ref(index), { ...ok, count: 2 });
    assert.deepStrictEqual(addon.unref(index), { ...ok, count: 1 });
    // At 0 a value that cannot be held weakly is released at once.
    assert.deepStrictEqual(addon.unref(index), { ...ok, count: 0 });
    assert.deepStrictEqual(addon.get(index), { ...ok, empty: true });
    // It cannot come back: ref reports 0 and leaves the count at 0.
    assert.deepStrictEqual(addon.ref(index), { ...ok, count: 0 });
    assert.deepStrictEqual(addon.unref(index), { status: status.generic_failure, count: 12345 });
    assert.strictEqual(addon.del(index), status.ok);
    // Created at 0: released at once.
    const weak = created(value, 0);
    assert.deepStrictEqual(addon.get(weak), { ...ok, empty: true });
    assert.strictEqual(addon.del(weak), status.ok);
  }

  // ---- Objects, functions and symbols: counts, and weak (but alive) at 0.
  const registered = Symbol.for('napi-host.references');
  const local = Symbol('local');
  const fn = () => 1;
  const object = { x: 1 };
  for (const value of [object, fn, local, registered]) {
    const index = created(value, 1);
    assert.deepStrictEqual(addon.get(index), { ...ok, empty: false, value });
    assert.deepStrictEqual(addon.ref(index), { ...ok, count: 2 });
    assert.deepStrictEqual(addon.unref(index), { ...ok, count: 1 });
    assert.deepStrictEqual(addon.unref(index), { ...ok, count: 0 });
    assert.deepStrictEqual(addon.get(index), { ...ok, empty: false, value });
    assert.deepStrictEqual(addon.unref(index), { status: status.generic_failure, count: 12345 });
    assert.deepStrictEqual(addon.ref(index), { ...ok, count: 1 });
    assert.strictEqual(addon.del(index), status.ok);
  }

  // ---- A weak reference lets its value be collected; then the value is NULL, and ref
  // reports 0 without reviving it. A strong one keeps its value alive.
  let weakObject;
  let weakFunction;
  let weakSymbol;
  let strong;
  let pinned;
  (() => {
    weakObject = created({ kind: 'weak' }, 0);
    weakFunction = created(function collected() {}, 0);
    weakSymbol = created(Symbol('collected'), 0);
    strong = created({ kind: 'strong' }, 1);
    // Registered symbols are never collected.
    pinned = created(Symbol.for('napi-host.pinned'), 0);
  })();
  await gcUntil('weak references cleared', () =>
    addon.get(weakObject).empty && addon.get(weakFunction).empty && addon.get(weakSymbol).empty);
  assert.deepStrictEqual(addon.ref(weakObject), { ...ok, count: 0 });
  assert.deepStrictEqual(addon.get(weakObject), { ...ok, empty: true });
  assert.deepStrictEqual(addon.unref(weakObject), { status: status.generic_failure, count: 12345 });
  assert.deepStrictEqual(addon.get(strong), { ...ok, empty: false, value: { kind: 'strong' } });
  assert.deepStrictEqual(addon.get(pinned), { ...ok, empty: false, value: Symbol.for('napi-host.pinned') });
  for (const index of [weakObject, weakFunction, weakSymbol, strong, pinned]) {
    assert.strictEqual(addon.del(index), status.ok);
  }

  // ---- Unref to 0 makes a reference weak: the value can then go.
  let dropped;
  (() => {
    dropped = created({ kind: 'dropped' }, 2);
    assert.deepStrictEqual(addon.unref(dropped), { ...ok, count: 1 });
  })();
  const before = addon.finalized();
  (() => { addon.addFinalizer({}); })();
  await gcUntil('a GC pass', () => addon.finalized() > before);
  assert.deepStrictEqual(addon.get(dropped), { ...ok, empty: false, value: { kind: 'dropped' } });
  assert.deepStrictEqual(addon.unref(dropped), { ...ok, count: 0 });
  await gcUntil('unref to 0 let the value go', () => addon.get(dropped).empty);
  assert.strictEqual(addon.del(dropped), status.ok);
}

(async () => {
  for (const build of builds) {
    await run(build);
  }
})();
