'use strict';
// The JS <-> wasm boundary benchmark of `napi-host bench` (README, "Benchmarks"): the
// operations of the reference figures, on the addon built from benches/addon.c.
// `require('./build/bench.node')` loads the native build under Node and bench.wasm
// under napi-host and emnapi (examples/build.sh builds both).
const addon = require('./build/bench.node');

module.exports = {
  scope: {
    addon,
    kib: 'x'.repeat(1024),
    increment: (n) => n + 1,
    jsFloat64: new Float64Array(1 << 20).fill(0.5),
    addonFloat64: addon.newFloat64(1 << 20),
  },
  cases: {
    'noop()': 'addon.noop()',
    'add(a, b)': 'addon.add(i, 1)',
    'strlen (1 KiB string)': 'addon.strlen(kib)',
    'makeObj (8 properties)': 'addon.makeObj()',
    'callJs(cb, n)': 'addon.callJs(increment, i)',
    'sum of a 1M Float64Array (JS)': 'addon.sumFloat64(jsFloat64)',
    'sum of a 1M Float64Array (addon)': 'addon.sumFloat64(addonFloat64)',
  },
};
