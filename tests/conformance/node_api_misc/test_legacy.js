'use strict';
// A module registered with napi_module_register (from a constructor) loads through its
// nm_register_func.
const { assert, loadAddon } = require('../common');
assert.strictEqual(loadAddon('legacy').registeredBy, 'napi_module_register');
