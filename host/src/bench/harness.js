'use strict';
// The harness of `napi-host bench`: runs one benchmark script's cases and prints one
// result line per case. The same file runs under napi-host, under Node with native
// addons, and under Node with wasm addons loaded through emnapi, so that the figures
// are measured the same way in each.
//
// Usage: <runtime> harness.js SCRIPT MODE BATCH_MS BATCHES [FILTER]
//   MODE is napi-host, node or emnapi. In emnapi mode, `require('x.node')` loads
//   `x.wasm` with @emnapi/core and @emnapi/runtime (resolved from the script's folder).
//
// Output (stdout): for each case, in the script's order, after "(empty loop)":
//   \x01result\t<name>\t<min ns>\t<median ns>\t<iterations per batch>
//   \x01error\t<name>\t<message>          (the case threw; the others still run)
// A script that cannot be loaded prints one error line named "*" and exits 1.

const path = require('path');

const [script, mode, batchMs, batchCount, filter = ''] = process.argv.slice(2);
const MARK = '\u0001';

function emit(...fields) {
  const clean = fields.map((field) => String(field).replace(/[\t\r\n]/g, ' '));
  process.stdout.write(`${MARK}${clean.join('\t')}\n`);
}

function oneLine(error) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0];
}

// emnapi mode: `.node` requests load the wasm build next to them through emnapi.
function loadNodeRequestsThroughEmnapi(scriptDir) {
  const Module = require('module');
  const fs = require('fs');
  const fromScript = (name) => require(require.resolve(name, { paths: [scriptDir, process.cwd()] }));
  const { instantiateNapiModuleSync } = fromScript('@emnapi/core');
  const { getDefaultContext } = fromScript('@emnapi/runtime');
  const { WASI } = require('wasi');
  Module._extensions['.node'] = (module, filename) => {
    const wasm = `${filename.slice(0, -'.node'.length)}.wasm`;
    const { napiModule } = instantiateNapiModuleSync(fs.readFileSync(wasm), {
      context: getDefaultContext(),
      wasi: new WASI({ version: 'preview1', returnOnExit: true }),
      asyncWorkPoolSize: 0,
    });
    module.exports = napiModule.exports;
  };
}

const now = () => Number(process.hrtime.bigint());

// A loop of `n` runs of `body` (an expression of the loop index `i`), with the names
// of `scope` in view; returns the nanoseconds it took.
function compileLoop(scope, body) {
  const names = Object.keys(scope);
  const source = `let sink; const start = now(); for (let i = 0; i < n; i++) { sink = (${body}); }
    const end = now(); globalThis.__benchSink = sink; return end - start;`;
  const loop = new Function(...names, 'now', 'n', source);
  const values = names.map((name) => scope[name]);
  return (n) => loop(...values, now, n);
}

// Grows the batch until it takes `batchNs`, then times `batches` batches of that size.
function measure(loop, batchNs, batches) {
  let n = 1;
  while (loop(n) < batchNs && n < 2 ** 40) n *= 2;
  const perOp = [];
  for (let b = 0; b < batches; b++) perOp.push(loop(n) / n);
  perOp.sort((a, b) => a - b);
  const median = batches % 2 ? perOp[(batches - 1) / 2] : (perOp[batches / 2 - 1] + perOp[batches / 2]) / 2;
  return { min: perOp[0], median, n };
}

function main() {
  const file = path.resolve(script);
  let suite;
  try {
    if (mode === 'emnapi') loadNodeRequestsThroughEmnapi(path.dirname(file));
    suite = require(file);
    if (suite === null || typeof suite !== 'object' || typeof suite.cases !== 'object') {
      throw new TypeError(`${script} must export { scope, cases }`);
    }
  } catch (error) {
    emit('error', '*', oneLine(error));
    process.exitCode = 1;
    return;
  }
  const scope = { ...suite.scope };
  const batchNs = Number(batchMs) * 1e6;
  const batches = Math.max(1, Number(batchCount));
  const cases = [['(empty loop)', 'i'], ...Object.entries(suite.cases)];
  for (const [name, body] of cases) {
    if (!name.includes(filter) && name !== '(empty loop)') continue;
    try {
      let loop;
      if (typeof body === 'function') {
        loop = compileLoop({ ...scope, __case: body }, '__case(i)');
      } else if (typeof body === 'string') {
        loop = compileLoop(scope, body);
      } else {
        throw new TypeError('a case is an expression string or a function (i) => ...');
      }
      const { min, median, n } = measure(loop, batchNs, batches);
      emit('result', name, min.toFixed(2), median.toFixed(2), n);
    } catch (error) {
      emit('error', name, oneLine(error));
    }
  }
}

main();
