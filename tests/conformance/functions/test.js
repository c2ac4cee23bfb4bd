'use strict';
// Functions: creation, callback info, new.target, calling JS and constructing.
// Addon calls named after a Node-API function return {status, value?, exception?}.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('functions');

const ok = (...value) => (value.length === 0 ? { status: status.ok } : { status: status.ok, value: value[0] });

// ---- napi_create_function: names, length, callability
{
  const named = addon.create('hello', -1); // NAPI_AUTO_LENGTH
  assert.strictEqual(named.status, status.ok);
  const fn = named.value;
  assert.strictEqual(typeof fn, 'function');
  assert.strictEqual(fn.name, 'hello');
  assert.strictEqual(fn.length, 0);
  assert.strictEqual(fn(1, 2, 3), 3, 'the callback runs');
  assert.strictEqual(Object.getPrototypeOf(fn), Function.prototype);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(fn, 'name'),
                         { value: 'hello', writable: false, enumerable: false, configurable: true });
  assert.strictEqual(Object.getOwnPropertyDescriptor(fn, 'length').value, 0);

  // An explicit length takes that many bytes of the name.
  assert.strictEqual(addon.create('hello world', 5).value.name, 'hello');
  assert.strictEqual(addon.create('hello', 0).value.name, '');
  // A NULL name gives an anonymous function (the length is ignored).
  const anonymous = addon.create(null, 5);
  assert.strictEqual(anonymous.status, status.ok);
  assert.strictEqual(anonymous.value.name, '');
  assert.strictEqual(anonymous.value(), 0);
  // UTF-8 names.
  assert.strictEqual(addon.create('ƒn😀', -1).value.name, 'ƒn😀');
  // Each call makes a distinct function.
  assert.notStrictEqual(addon.create('x', -1).value, addon.create('x', -1).value);

  // Functions made by napi_create_function are constructors with a prototype.
  assert.strictEqual(typeof fn.prototype, 'object');
  assert.strictEqual(fn.prototype.constructor, fn);
  const instance = new fn();
  assert.ok(instance instanceof fn, 'a non-object return value gives `this`');

  // [NULL cb, NULL result, NULL name with a non-zero length]
  assert.deepStrictEqual(addon.createStatuses(), [status.invalid_arg, status.invalid_arg, status.ok]);
}

// ---- napi_get_cb_info: argc in/out, argv padding, this, data
{
  for (const capacity of [0, 1, 2, 5, 8]) {
    const inspect = addon.inspector(capacity);
    assert.strictEqual(inspect.name, 'inspect');
    for (let count = 0; count <= 6; count++) {
      const args = Array.from({ length: count }, (_, i) => ({ i }));
      const info = inspect(...args);
      // argc reports the actual count, whatever the capacity.
      assert.strictEqual(info.argc, count, `argc with capacity ${capacity}, ${count} args`);
      // argv holds the first `capacity` arguments, padded with undefined.
      const expected = Array.from({ length: capacity }, (_, i) => (i < count ? args[i] : undefined));
      assert.strictEqual(info.argv.length, capacity);
      for (let i = 0; i < capacity; i++) assert.strictEqual(info.argv[i], expected[i]);
      // Nothing is written past `capacity`.
      assert.strictEqual(info.untouched, true);
      // The data pointer given to napi_create_function comes back.
      assert.strictEqual(info.tag, 100 + capacity);
      assert.strictEqual(info.newTarget, null);
    }
  }
  // Argument values keep their identity and type.
  const inspect = addon.inspector(5);
  const symbol = Symbol('s');
  const object = {};
  const values = inspect(symbol, object, null, 0n, 'str').argv;
  assert.strictEqual(values[0], symbol);
  assert.strictEqual(values[1], object);
  assert.strictEqual(values[2], null);
  assert.strictEqual(values[3], 0n);
  assert.strictEqual(values[4], 'str');
}

// ---- `this`: the receiver of a method call; for plain calls the global object and
// for primitives a wrapper object (the function is sloppy-mode, as in V8)
{
  const inspect = addon.inspector(0);
  const object = { inspect };
  assert.strictEqual(object.inspect().this, object);
  assert.strictEqual(inspect.call(object).this, object);
  assert.strictEqual(inspect.apply(object, []).this, object);
  assert.strictEqual(inspect.bind(object)().this, object);
  assert.strictEqual(inspect().this, globalThis);
  assert.strictEqual(inspect.call(undefined).this, globalThis);
  assert.strictEqual(inspect.call(null).this, globalThis);
  const boxed = inspect.call(5).this;
  assert.strictEqual(typeof boxed, 'object');
  assert.ok(boxed instanceof Number);
  assert.strictEqual(boxed.valueOf(), 5);
  const boxedString = inspect.call('str').this;
  assert.ok(boxedString instanceof String);
  assert.strictEqual(String(boxedString), 'str');
  const symbol = Symbol('receiver');
  const boxedSymbol = inspect.call(symbol).this;
  assert.strictEqual(typeof boxedSymbol, 'object');
  assert.strictEqual(boxedSymbol.valueOf(), symbol);
}

// ---- napi_get_new_target
{
  const inspect = addon.inspector(1);
  assert.strictEqual(inspect(1).newTarget, null, 'NULL when not called with new');
  const constructed = new inspect(7);
  assert.strictEqual(constructed.newTarget, inspect);
  assert.strictEqual(constructed.argc, 1);
  assert.strictEqual(constructed.argv[0], 7);
  // `this` of a construct call is a fresh object inheriting from the prototype.
  assert.strictEqual(Object.getPrototypeOf(constructed.this), inspect.prototype);

  class Sub extends inspect {}
  const viaSuper = new Sub(2);
  // The native constructor returned an object, so that object is the result.
  assert.strictEqual(viaSuper.newTarget, Sub);
  assert.strictEqual(Object.getPrototypeOf(viaSuper.this), Sub.prototype);
  assert.strictEqual(viaSuper.argv[0], 2);

  function Other() {}
  const reflected = Reflect.construct(inspect, [3], Other);
  assert.strictEqual(reflected.newTarget, Other);
  assert.strictEqual(Object.getPrototypeOf(reflected.this), Other.prototype);
}

// ---- constructors that return NULL (this) or an object
{
  const { NativeClass } = addon;
  assert.strictEqual(NativeClass.name, 'NativeClass');
  const plain = new NativeClass(1, 'two');
  assert.ok(plain instanceof NativeClass);
  assert.deepStrictEqual(plain.args, [1, 'two']);
  const override = { replaced: true };
  assert.strictEqual(new NativeClass(1, override), override);

  class Derived extends NativeClass {
    constructor(...args) {
      super(...args);
      this.derived = true;
    }
  }
  const derived = new Derived('a');
  assert.ok(derived instanceof Derived);
  assert.ok(derived instanceof NativeClass);
  assert.deepStrictEqual(derived.args, ['a']);
  assert.strictEqual(derived.derived, true);
}

// ---- a callback returning NULL gives undefined; an exception wins over a return value
{
  assert.strictEqual(addon.returnNull(), undefined);
  assert.strictEqual(addon.returnNull(1, 2), undefined);
  assert.ok(new addon.returnNull() instanceof addon.returnNull);
  assert.throws(() => addon.throwAndReturn(5),
                { name: 'Error', code: 'ERR_THROWN', message: 'thrown by the addon' });
  for (const value of [42, 'text', null, undefined, { custom: true }]) {
    assert.throws(() => addon.throwValue(value), (e) => e === value);
  }
}

// ---- napi_get_cb_info / napi_get_new_target argument checks:
// [NULL cbinfo, argv without argc, nothing requested, argc only,
//  new_target NULL cbinfo, new_target NULL result, argc reported with argv NULL]
{
  const ia = status.invalid_arg;
  assert.deepStrictEqual(addon.cbInfoStatuses(), [ia, ia, status.ok, status.ok, ia, ia, 0]);
  assert.deepStrictEqual(addon.cbInfoStatuses('a', 'b', 'c'), [ia, ia, status.ok, status.ok, ia, ia, 3]);
}

// ---- napi_call_function
{
  const sloppyThis = Function('return this'); // this file is strict-mode code
  const strictThis = function () { 'use strict'; return this; };
  assert.deepStrictEqual(addon.call(undefined, sloppyThis), ok(globalThis));
  assert.deepStrictEqual(addon.call(undefined, strictThis), ok(undefined));
  assert.deepStrictEqual(addon.call(5, strictThis), ok(5));
  const receiver = {};
  assert.strictEqual(addon.call(receiver, strictThis).value, receiver);
  assert.deepStrictEqual(addon.call(null, (...args) => args, 1, 'b', null, undefined),
                         ok([1, 'b', null, undefined]));
  assert.deepStrictEqual(addon.call(null, function () { return arguments.length; }), ok(0));
  // Built-ins and bound functions are functions too.
  assert.deepStrictEqual(addon.call(null, Math.max, 3, 9, 4), ok(9));
  assert.deepStrictEqual(addon.call('abc', String.prototype.toUpperCase), ok('ABC'));
  const bound = function () { return this.tag; }.bind({ tag: 'bound' });
  assert.deepStrictEqual(addon.call(null, bound), ok('bound'));
  // Native functions can be called back from C.
  assert.strictEqual(addon.call(null, addon.inspector(1), 'x').value.argv[0], 'x');
  // Classes throw when called without new.
  const classResult = addon.call(undefined, class {});
  assert.strictEqual(classResult.status, status.pending_exception);
  assert.ok(classResult.exception instanceof TypeError);

  // Not a function: napi_invalid_arg, nothing pending.
  for (const notFunction of [{}, 1, 'f', null, undefined, Symbol('f')]) {
    assert.deepStrictEqual(addon.call(undefined, notFunction), { status: status.invalid_arg });
  }

  // A throwing function: napi_pending_exception with the thrown value.
  const error = new Error('thrown by JS');
  const thrown = addon.call(undefined, () => { throw error; });
  assert.strictEqual(thrown.status, status.pending_exception);
  assert.strictEqual(thrown.exception, error);
  assert.strictEqual('value' in thrown, false);
  assert.deepStrictEqual(addon.call(undefined, () => { throw 7; }), { status: status.pending_exception, exception: 7 });

  // The result pointer is optional.
  const seen = [];
  assert.deepStrictEqual(addon.callNoResult((v) => { seen.push(v); return 'ignored'; }, 'arg'), ok());
  assert.deepStrictEqual(seen, ['arg']);

  // Left pending, the exception reaches the caller of the native function.
  assert.throws(() => addon.callOrThrow(() => { throw error; }, 1), (e) => e === error);
  assert.strictEqual(addon.callOrThrow((v) => v * 2, 21), 42);

  // [NULL recv, NULL func, argc 1 with NULL argv, argc 0 with NULL argv]
  let calls = 0;
  assert.deepStrictEqual(addon.callStatuses(() => { calls++; }),
                         [status.invalid_arg, status.invalid_arg, status.invalid_arg, status.ok]);
  assert.strictEqual(calls, 1, 'only the valid call ran');
}

// ---- napi_new_instance
{
  class Point {
    constructor(x, y) { this.x = x; this.y = y; }
  }
  const point = addon.construct(Point, 1, 2);
  assert.strictEqual(point.status, status.ok);
  assert.ok(point.value instanceof Point);
  assert.deepStrictEqual({ ...point.value }, { x: 1, y: 2 });
  assert.deepStrictEqual(addon.construct(Array, 3).value.length, 3);
  assert.ok(addon.construct(Date, 0).value instanceof Date);
  function Legacy(a) { this.a = a; }
  assert.strictEqual(addon.construct(Legacy, 'v').value.a, 'v');
  // Native constructors, and the object they return.
  const native = addon.construct(addon.NativeClass, 'n').value;
  assert.ok(native instanceof addon.NativeClass);
  assert.deepStrictEqual(native.args, ['n']);
  const override = {};
  assert.strictEqual(addon.construct(addon.NativeClass, 1, override).value, override);
  // new.target inside is the constructor itself.
  let target;
  addon.construct(function Probe() { target = new.target; });
  assert.strictEqual(target.name, 'Probe');

  // Not a function: napi_invalid_arg. A function that is not a constructor throws.
  for (const notFunction of [{}, 1, null, undefined]) {
    assert.deepStrictEqual(addon.construct(notFunction), { status: status.invalid_arg });
  }
  for (const notConstructor of [() => {}, Math.max, { m() {} }.m]) {
    const result = addon.construct(notConstructor);
    assert.strictEqual(result.status, status.pending_exception);
    assert.ok(result.exception instanceof TypeError);
  }
  const error = new Error('constructor');
  const thrown = addon.construct(class { constructor() { throw error; } });
  assert.strictEqual(thrown.status, status.pending_exception);
  assert.strictEqual(thrown.exception, error);

  // [NULL cons, NULL result, argc 2 with NULL argv]
  let constructed = 0;
  assert.deepStrictEqual(addon.constructStatuses(class { constructor() { constructed++; } }),
                         [status.invalid_arg, status.invalid_arg, status.invalid_arg]);
  assert.strictEqual(constructed, 0);
}

// ---- with an exception pending: create/call/new_instance refuse; the callback-info
// functions do not run JS and still work
{
  let ran = false;
  const result = addon.whilePending(() => { ran = true; });
  const pe = status.pending_exception;
  assert.deepStrictEqual(result.statuses, [pe, pe, pe, status.ok, status.ok]);
  assert.strictEqual(result.exception.message, 'pending');
  assert.strictEqual(ran, false);
}

// ---- re-entrancy: JS -> native -> JS -> native ..., with handles and callback info
// of the outer frames still valid after the inner ones return
{
  function again(depth) { return addon.nest(depth, again); }
  assert.deepStrictEqual(addon.nest(0, again), [0]);
  assert.deepStrictEqual(addon.nest(5, again), [5, 4, 3, 2, 1, 0]);
  // (napi-host: each level uses wasm stack too, and wasmtime's default 512 KiB limit
  // is reached at about 50 levels in a debug build, so stay well below that.)
  const deep = addon.nest(25, again);
  assert.deepStrictEqual(deep, Array.from({ length: 26 }, (_, i) => 25 - i));

  // An exception thrown at the bottom unwinds through every native frame.
  const error = new Error('bottom');
  let frames = 0;
  function failing(depth) {
    frames++;
    if (depth === 0) throw error;
    return addon.nest(depth, failing);
  }
  assert.throws(() => addon.nest(4, failing), (e) => e === error);
  assert.strictEqual(frames, 4);
  // Everything still works afterwards.
  assert.deepStrictEqual(addon.nest(2, again), [2, 1, 0]);
}
