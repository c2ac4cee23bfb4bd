'use strict';
// Prints what each export of the hello-rust addon returns.
// examples/build.sh copies the module to ./build/hello_rust.wasm.
// Expected output: ./expected-output.txt (recorded with emnapi's JS runtime
// on Node, a second, independent implementation of the same imports).
const addon = require('./build/hello_rust.wasm');

function show(label, fn) {
  try {
    console.log(`${label} = ${fn()}`);
  } catch (e) {
    console.log(`${label} threw ${e.name}: ${e.message}`);
  }
}

console.log(`exports: ${Object.keys(addon).join(', ')}`);
show('hello()', () => JSON.stringify(addon.hello()));
show('add(2, 3)', () => addon.add(2, 3));
show('add(0.1, 0.2)', () => addon.add(0.1, 0.2));
show('greet("wasm")', () => JSON.stringify(addon.greet('wasm')));
show('greet("wörld 😀")', () => JSON.stringify(addon.greet('wörld 😀')));

// A Node-API failure returned as Err(status) becomes a thrown error:
// a TypeError for the "... was expected" statuses.
show('greet(42)', () => addon.greet(42));
show('greet()', () => addon.greet());
show('add(1, "2")', () => addon.add(1, '2'));
