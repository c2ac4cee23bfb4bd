'use strict';
// Prints what each export of the hello-emnapi addon returns: the same
// ../hello-c/hello.c, built against emnapi's headers and libemnapi-basic.a.
// The output must match ../hello-c/expected-output.txt line for line.
const addon = require('./build/hello.wasm');

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
show('noop()', () => addon.noop());
show('strlen("hello")', () => addon.strlen('hello'));
show('strlen("héllo wörld €")', () => addon.strlen('héllo wörld €'));
show('strlen("😀")', () => addon.strlen('😀'));
show('make_obj()', () => JSON.stringify(addon.make_obj()));
show('call_js((n) => n * 2, 21)', () => addon.call_js((n) => n * 2, 21));
show('call_js(function () { return this === globalThis; }, 0)',
  () => addon.call_js(function () { return this === globalThis; }, 0));

// Failures: a Node-API status other than napi_ok becomes a thrown Error whose
// message comes from napi_get_last_error_info; a JS exception passes through.
show('add("2", 3)', () => addon.add('2', 3));
show('add(1)', () => addon.add(1));
show('strlen(42)', () => addon.strlen(42));
show('call_js(() => { throw new RangeError("boom"); }, 1)',
  () => addon.call_js(() => { throw new RangeError('boom'); }, 1));
