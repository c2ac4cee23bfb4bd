'use strict';
// Dates: napi_create_date, napi_is_date, napi_get_date_value.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('dates');

// ---- napi_create_date
{
  const { status: s, value } = addon.create(1549183351000);
  assert.strictEqual(s, status.ok);
  assert.ok(value instanceof Date);
  assert.strictEqual(value.getTime(), 1549183351000);
  assert.strictEqual(value.toISOString(), '2019-02-03T08:42:31.000Z');
  // TimeClip: fractions are truncated, -0 becomes +0, out of range becomes NaN.
  assert.strictEqual(addon.create(1.9).value.getTime(), 1);
  assert.strictEqual(addon.create(-1.9).value.getTime(), -1);
  assert.ok(Object.is(addon.create(-0).value.getTime(), 0));
  assert.strictEqual(addon.create(8.64e15).value.getTime(), 8.64e15);
  assert.ok(Number.isNaN(addon.create(8.64e15 + 1).value.getTime()));
  assert.ok(Number.isNaN(addon.create(-Infinity).value.getTime()));
  assert.ok(Number.isNaN(addon.create(NaN).value.getTime()));
}

// ---- napi_is_date
assert.deepStrictEqual(addon.isDate(new Date()), { status: status.ok, value: true });
assert.deepStrictEqual(addon.isDate(new Date(NaN)), { status: status.ok, value: true });
for (const v of [Date.now(), '2019', {}, Object.create(Date.prototype), null, undefined]) {
  assert.deepStrictEqual(addon.isDate(v), { status: status.ok, value: false });
}
class MyDate extends Date {}
assert.deepStrictEqual(addon.isDate(new MyDate(5)), { status: status.ok, value: true });

// ---- napi_get_date_value
assert.deepStrictEqual(addon.getValue(new Date(-12345)), { status: status.ok, value: -12345 });
assert.deepStrictEqual(addon.getValue(new MyDate(77)), { status: status.ok, value: 77 });
{
  const r = addon.getValue(new Date(NaN));
  assert.strictEqual(r.status, status.ok);
  assert.ok(Number.isNaN(r.value));
}
for (const v of [0, '2019', {}, Object.create(Date.prototype), null]) {
  assert.deepStrictEqual(addon.getValue(v), { status: status.date_expected });
}
// The time value is read directly: patched methods are not run.
{
  const d = new Date(42);
  d.valueOf = () => 1;
  d.getTime = () => 2;
  const savedGetTime = Date.prototype.getTime;
  const savedValueOf = Date.prototype.valueOf;
  Date.prototype.getTime = () => 3;
  Date.prototype.valueOf = () => 4;
  try {
    assert.deepStrictEqual(addon.getValue(d), { status: status.ok, value: 42 });
  } finally {
    Date.prototype.getTime = savedGetTime;
    Date.prototype.valueOf = savedValueOf;
  }
}

// ---- NULL arguments and pending exceptions
assert.deepStrictEqual(addon.nullStatuses(new Date()), new Array(5).fill(status.invalid_arg));
assert.deepStrictEqual(addon.whilePending(new Date()),
                       [status.pending_exception, status.ok, status.pending_exception]);
