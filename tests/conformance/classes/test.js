'use strict';
// Classes: napi_define_class (constructor, prototype and static properties with their
// attributes, receiver checks of methods, new.target, subclassing from JS) and
// napi_instanceof.
const { assert, gcUntil, loadAddon, status } = require('../common');
const addon = loadAddon('classes');

const symbol = Symbol('method');
const Point = addon.define(symbol);
const describe = (object, key) => {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  for (const part of ['value', 'get', 'set']) {
    if (typeof descriptor[part] === 'function') descriptor[part] = `function ${descriptor[part].name}`;
  }
  return descriptor;
};

// ---- the constructor.
assert.strictEqual(typeof Point, 'function');
assert.deepStrictEqual(describe(Point, 'name'),
                       { value: 'Point', writable: false, enumerable: false, configurable: true });
assert.deepStrictEqual(describe(Point, 'length'),
                       { value: 0, writable: false, enumerable: false, configurable: true });
assert.deepStrictEqual(describe(Point, 'prototype'),
                       { value: Point.prototype, writable: true, enumerable: false, configurable: false });
assert.strictEqual(Object.getPrototypeOf(Point), Function.prototype);
assert.strictEqual(addon.defineNamed('Pointless', 5).name, 'Point');
assert.strictEqual(addon.defineNamed('Pointless', -1).name, 'Pointless');
assert.strictEqual(addon.defineNamed('Pointless', 0).name, '');

// ---- prototype properties: the instance properties, then `constructor`.
assert.deepStrictEqual(Reflect.ownKeys(Point.prototype), ['sum', 'self', 'x', 'kind', 'constructor', symbol]);
assert.deepStrictEqual(describe(Point.prototype, 'constructor'),
                       { value: 'function Point', writable: true, enumerable: false, configurable: true });
assert.deepStrictEqual(describe(Point.prototype, 'sum'),
                       { value: 'function sum', writable: false, enumerable: false, configurable: false });
assert.deepStrictEqual(describe(Point.prototype, 'self'),
                       { value: 'function self', writable: true, enumerable: true, configurable: true });
// A method under a symbol key, and accessors, are unnamed.
assert.deepStrictEqual(describe(Point.prototype, symbol),
                       { value: 'function ', writable: false, enumerable: false, configurable: false });
assert.deepStrictEqual(describe(Point.prototype, 'x'),
                       { get: 'function ', set: 'function ', enumerable: true, configurable: false });
assert.deepStrictEqual(describe(Point.prototype, 'kind'),
                       { value: 'point', writable: false, enumerable: true, configurable: false });
assert.strictEqual(Point.prototype.sum.length, 0);

// ---- static properties, defined like napi_define_properties (methods are unnamed).
assert.deepStrictEqual(describe(Point, 'origin'),
                       { value: 'function ', writable: false, enumerable: false, configurable: false });
assert.deepStrictEqual(describe(Point, 'dimensions'),
                       { value: 2, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(describe(Point, 'freed'),
                       { value: 'function ', writable: true, enumerable: false, configurable: false });
assert.ok(!('origin' in Point.prototype) && !('sum' in Point));

// ---- instances.
const p = new Point(3, 4);
assert.ok(p instanceof Point);
assert.strictEqual(Object.getPrototypeOf(p), Point.prototype);
assert.strictEqual(p.target, Point, 'new.target');
assert.strictEqual(p.sum(), 7);
assert.strictEqual(p.self(), p);
assert.strictEqual(p[symbol](), p);
assert.strictEqual(p.x, 3);
p.x = 10;
assert.strictEqual(p.sum(), 14);
assert.strictEqual(p.kind, 'point');
assert.deepStrictEqual(Object.keys(p), ['target']);
assert.strictEqual(Object.prototype.toString.call(p), '[object Object]');
assert.strictEqual(JSON.stringify(p), '{}');
const origin = Point.origin();
assert.ok(origin instanceof Point);
assert.strictEqual(origin.sum(), 0);

// ---- methods check their receiver (V8's signature: "Illegal invocation"); accessors
// do not; constructing with a method is not checked.
for (const receiver of [{}, Object.create(Point.prototype), 5, undefined, Point]) {
  assert.throws(() => Point.prototype.sum.call(receiver), { name: 'TypeError', message: 'Illegal invocation' });
}
assert.strictEqual(Object.getOwnPropertyDescriptor(Point.prototype, 'x').get.call({}), undefined);
assert.strictEqual(typeof new Point.prototype.self(), 'object');
assert.strictEqual(typeof Point.prototype.self.prototype, 'object');

// ---- called without new: no new.target, `this` is the global object.
assert.strictEqual(Point(1, 2), 'called');

// ---- subclasses: instances of the native class, new.target is the subclass.
class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
  total() { return this.sum() + this.z; }
}
const q = new Point3(1, 2, 3);
assert.ok(q instanceof Point3 && q instanceof Point);
assert.strictEqual(q.target, Point3);
assert.strictEqual(q.total(), 6);
assert.strictEqual(q.x, 1);
const r = Reflect.construct(Point, [5, 6], Point3);
assert.strictEqual(Object.getPrototypeOf(r), Point3.prototype);
assert.strictEqual(r.target, Point3);
assert.strictEqual(r.sum(), 11);
// A new.target whose prototype is not an object gives Object.prototype.
function Plain() {}
Plain.prototype = 5;
const plain = Reflect.construct(Point, [1, 1], Plain);
assert.strictEqual(Object.getPrototypeOf(plain), Object.prototype);
assert.strictEqual(Point.prototype.sum.call(plain), 2);

// ---- classes are distinct: methods of one class refuse instances of another.
const Other = addon.define(Symbol('other'));
assert.throws(() => Other.prototype.sum.call(p), { name: 'TypeError', message: 'Illegal invocation' });
assert.ok(!(p instanceof Other));

// ---- napi_define_class argument checks: [NULL result, NULL constructor, NULL name,
// NULL properties with a count, a non-name key, NULL properties with count 0].
assert.deepStrictEqual(addon.defineStatuses(), [
  status.invalid_arg, status.invalid_arg, status.invalid_arg, status.invalid_arg,
  status.name_expected, status.ok,
]);

// ---- napi_instanceof
assert.deepStrictEqual(addon.instanceOf(p, Point), { status: status.ok, result: true });
assert.deepStrictEqual(addon.instanceOf(q, Point), { status: status.ok, result: true });
assert.deepStrictEqual(addon.instanceOf({}, Point), { status: status.ok, result: false });
assert.deepStrictEqual(addon.instanceOf(5, Point), { status: status.ok, result: false });
assert.deepStrictEqual(addon.instanceOf([], Array), { status: status.ok, result: true });
{
  const Even = function () {};
  Object.defineProperty(Even, Symbol.hasInstance, { value: (v) => v % 2 === 0 });
  assert.deepStrictEqual(addon.instanceOf(4, Even), { status: status.ok, result: true });
  assert.deepStrictEqual(addon.instanceOf(3, Even), { status: status.ok, result: false });
}
// Not a function: a TypeError (code ERR_NAPI_CONS_FUNCTION) and napi_function_expected.
for (const notFunction of [{}, 5, 'text']) {
  const result = addon.instanceOf(p, notFunction);
  assert.strictEqual(result.status, status.function_expected);
  assert.strictEqual(result.result, false);
  assert.ok(result.error instanceof TypeError);
  assert.strictEqual(result.error.code, 'ERR_NAPI_CONS_FUNCTION');
  assert.strictEqual(result.error.message, 'Constructor must be a function');
}
// undefined / null: ToObject throws (napi_object_expected).
for (const nothing of [undefined, null]) {
  const result = addon.instanceOf(p, nothing);
  assert.strictEqual(result.status, status.object_expected);
  assert.ok(result.error instanceof TypeError);
}
// `instanceof` itself throws: napi_generic_failure, the exception pending.
{
  const Throws = function () {};
  Object.defineProperty(Throws, Symbol.hasInstance, { value: () => { throw new RangeError('no'); } });
  const result = addon.instanceOf(p, Throws);
  assert.strictEqual(result.status, status.generic_failure);
  assert.ok(result.error instanceof RangeError);
  const arrow = addon.instanceOf(p, () => {});
  assert.strictEqual(arrow.status, status.generic_failure);
  assert.ok(arrow.error instanceof TypeError);
}
// [NULL object, NULL constructor, NULL result]
assert.deepStrictEqual(addon.instanceOfStatuses(Point), Array(3).fill(status.invalid_arg));

// ---- wrapped instances are finalized once collected.
(async () => {
  (() => {
    for (let i = 0; i < 5; i++) new Point(i, i);
  })();
  await gcUntil('instances finalized', () => Point.freed() >= 5);
})();
