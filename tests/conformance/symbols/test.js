'use strict';
// Symbols: napi_create_symbol and node_api_symbol_for.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('symbols');

// ---- napi_create_symbol
{
  const { status: s, value } = addon.create('desc');
  assert.strictEqual(s, status.ok);
  assert.strictEqual(typeof value, 'symbol');
  assert.strictEqual(value.description, 'desc');
  assert.strictEqual(value.toString(), 'Symbol(desc)');
  // Each call makes a new symbol, not a registered one.
  assert.notStrictEqual(addon.create('desc').value, value);
  assert.strictEqual(Symbol.keyFor(value), undefined);

  // NULL description: no description at all.
  const bare = addon.create(undefined).value;
  assert.strictEqual(typeof bare, 'symbol');
  assert.strictEqual(bare.description, undefined);
  assert.strictEqual(addon.create('').value.description, '');
  assert.strictEqual(addon.create('é\u{1F600}').value.description, 'é\u{1F600}');

  // The description must be a string: nothing is converted.
  for (const bad of [null, 1, {}, Symbol('s'), true, 1n]) {
    assert.deepStrictEqual(addon.create(bad), { status: status.string_expected });
  }
  // Patching the global Symbol does not matter.
  const saved = globalThis.Symbol;
  globalThis.Symbol = () => 'patched';
  try {
    assert.strictEqual(typeof addon.create('x').value, 'symbol');
  } finally {
    globalThis.Symbol = saved;
  }
}

// ---- node_api_symbol_for
{
  const a = addon.symbolFor('shared', true);
  assert.strictEqual(a.status, status.ok);
  assert.strictEqual(a.value, Symbol.for('shared'));
  assert.strictEqual(Symbol.keyFor(a.value), 'shared');
  assert.strictEqual(addon.symbolFor('shared', false).value, Symbol.for('shared'));
  assert.strictEqual(addon.symbolFor('ünï', true).value, Symbol.for('ünï'));
  assert.strictEqual(addon.symbolForPrefix('abcdef', 3).value, Symbol.for('abc'));
  assert.strictEqual(addon.symbolForPrefix('abcdef', 0).value, Symbol.for(''));
  assert.deepStrictEqual(addon.symbolForNull(), { status: status.ok, value: Symbol.for('') });
}

// ---- NULL arguments
assert.deepStrictEqual(addon.nullStatuses('d'), [
  status.invalid_arg, status.invalid_arg, status.invalid_arg, status.invalid_arg,
  status.invalid_arg,
]);
