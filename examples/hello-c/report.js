'use strict';
// Prints what each export of the hello addon (hello-c/hello.c) returns, as plain
// text (no console.log object formatting), so that runs under napi-host and under
// Node can be compared line by line. Used by hello-c/hello.js and
// hello-emnapi/hello.js; ./expected-output.txt is the output under Node with the
// native build.

function show(label, fn) {
  try {
    console.log(`${label} = ${fn()}`);
  } catch (e) {
    console.log(`${label} threw ${e.name}: ${e.message}`);
  }
}

module.exports = function report(addon) {
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
};
