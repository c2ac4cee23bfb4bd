'use strict';
// External strings (node_api_create_external_string_latin1/utf16) and property keys
// (node_api_create_property_key_latin1/utf8/utf16). An engine may copy the characters
// (napi-host always does; Node does when built with the V8 sandbox): then `*copied` is
// true and the finalizer has already run when the call returns. Otherwise (Node 20)
// the string uses the buffer and the finalizer runs once the string is collected.
const { assert, gcUntil, isNapiHost, loadAddon, status } = require('../common');
const addon = loadAddon('external_strings');

async function check(result, expected) {
  assert.strictEqual(result.status, status.ok);
  assert.strictEqual(result.value, expected);
  if (result.copied) {
    assert.strictEqual(result.finalized, 1);
    assert.strictEqual(result.finalizedOwnBuffer, true);
  } else {
    assert.strictEqual(result.finalized, 0);
    delete result.value;
    await gcUntil('external string finalizer', () => addon.finalized() === 1);
  }
}

async function main() {
  if (isNapiHost) assert.strictEqual(addon.latin1('abc', false, true).copied, true);
  await check(addon.latin1('hello', false, true), 'hello');
  await check(addon.latin1('auto length', true, true), 'auto length');
  await check(addon.latin1('caf\xe9 \xff', false, true), 'caf\xe9 \xff');
  await check(addon.utf16('h\u00e9llo \u{1F600}', false), 'h\u00e9llo \u{1F600}');
  await check(addon.utf16('auto \u4e16', true), 'auto \u4e16');
  {
    // No finalizer: nothing to call.
    const r = addon.latin1('plain', false, false);
    assert.strictEqual(r.status, status.ok);
    assert.strictEqual(r.value, 'plain');
    assert.strictEqual(r.finalized, 0);
  }
  {
    const r = addon.noCopiedPointer();
    assert.deepStrictEqual(r, { status: status.ok, value: 'abc' });
  }

  // ---- property keys
  const LATIN1 = 0, UTF8 = 1, UTF16 = 2;
  const ok = (value) => ({ status: status.ok, value });
  assert.deepStrictEqual(addon.key(LATIN1, 'key\xe9', -1), ok('key\xe9'));
  assert.deepStrictEqual(addon.key(UTF8, 'k\u00e9y\u{1F600}', -1), ok('k\u00e9y\u{1F600}'));
  assert.deepStrictEqual(addon.key(UTF16, 'k\u4e16y', -1), ok('k\u4e16y'));
  assert.deepStrictEqual(addon.key(LATIN1, 'abcdef', 2), ok('ab'));
  assert.deepStrictEqual(addon.key(UTF8, 'abcdef', 3), ok('abc'));
  assert.deepStrictEqual(addon.key(UTF16, 'abcdef', 4), ok('abcd'));
  assert.deepStrictEqual(addon.key(UTF8, 'abc', 0), ok(''));
  {
    const key = addon.key(UTF8, 'prop', -1).value;
    const o = { [key]: 1 };
    assert.deepStrictEqual(Object.keys(o), ['prop']);
  }

  assert.deepStrictEqual(addon.emptyNull(), ['', '', '', '']);
  assert.deepStrictEqual(addon.nullStatuses(), new Array(8).fill(status.invalid_arg));
}

main();
