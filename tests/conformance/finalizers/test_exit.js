'use strict';
// conformance: compare-stdout
//
// process.exit() skips env teardown: no finalizer runs (as in Node).
const { loadAddon } = require('../common');

const addon = loadAddon('teardown_v8');
globalThis.kept = [{}, {}];
addon.wrap(globalThis.kept[0], 'never printed: wrap');
addon.addFinalizer(globalThis.kept[1], 'never printed: add_finalizer');
addon.setInstanceData('never printed: instance data');

process.on('exit', (code) => console.log(`exit event (code ${code})`));
console.log('end of script');
process.exit(0);
