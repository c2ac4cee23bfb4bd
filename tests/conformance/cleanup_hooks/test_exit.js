'use strict';
// process.exit() skips the cleanup hooks (test_exit.expected-output.txt), as in Node.
const { loadAddon } = require('../common');
const a = loadAddon('cleanup_hooks_a');
a.addHook(9);
process.on('exit', (code) => console.log(`exit ${code}`));
process.exit(0);
