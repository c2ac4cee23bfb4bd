'use strict';
// Prints what each export of the hello-emnapi addon returns: the same
// ../hello-c/hello.c, built against emnapi's headers and libemnapi-basic.a.
// The output must match ../hello-c/expected-output.txt line for line.
require('../hello-c/report')(require('./build/hello.wasm'));
