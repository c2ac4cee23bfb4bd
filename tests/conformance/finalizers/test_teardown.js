'use strict';
// conformance: compare-stdout
//
// Finalizers at exit (see teardown.c): after the 'exit' event, each env is torn down,
// the most recently loaded first; in each, every finalizer still registered runs, the
// most recently registered first (the instance data takes its place in that order, and
// replaced instance data is never finalized). JS is refused: napi_pending_exception
// (10) for version 8, napi_cannot_run_js (23) for experimental modules. The output must
// match Node's line for line.
const { loadAddon } = require('../common');

const v8 = loadAddon('teardown_v8');
const experimental = loadAddon('teardown_experimental');

globalThis.kept = [];
const keep = (value) => { globalThis.kept.push(value); return value; };

for (const [prefix, addon] of [['v8', v8], ['experimental', experimental]]) {
  addon.setInstanceData(`${prefix} instance data (replaced, never finalized)`);
  addon.wrap(keep({}), `${prefix} wrap 1`);
  keep(addon.external(`${prefix} external`));
  addon.addFinalizer(keep(() => {}), `${prefix} add_finalizer`);
  addon.setInstanceData(`${prefix} instance data`);
  const both = keep({});
  addon.wrap(both, `${prefix} wrap 2`);
  addon.addFinalizer(both, `${prefix} add_finalizer on wrap 2`);
  addon.addFinalizerWithRef(keep({}), `${prefix} owned reference`);
  addon.reference({ strong: true });
}

process.on('exit', (code) => console.log(`exit event (code ${code})`));
console.log('end of script');
