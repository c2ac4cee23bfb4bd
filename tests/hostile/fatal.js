'use strict';
// napi_fatal_error stops the runtime like Node's abort: no catch block, no 'exit'
// listener, exit code 134, "FATAL ERROR: location message" on stderr.
const path = require('path');
const fatal = require(path.join(process.env.NAPI_HOST_FIXTURES, 'wasm', 'fatal.wasm'));
process.on('exit', () => console.log('exit listener ran'));
console.log(fatal.ok());
try {
  fatal.fatal();
} catch (error) {
  console.log('caught', error.code);
}
console.log('still running');
