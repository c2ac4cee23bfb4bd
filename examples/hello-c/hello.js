'use strict';
// Prints what each export of the hello-c addon returns (see ./report.js).
//
// Under napi-host, require('./build/hello.node') loads ./build/hello.wasm, the
// .wasm next to it; under Node it loads the native build.
require('./report')(require('./build/hello.node'));
