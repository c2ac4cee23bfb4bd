'use strict';
// Counts primes with the async-c addon: async work does the counting, a thread-safe
// function reports progress meanwhile, and the result carries a Buffer.
//
// Under napi-host, require('./build/async.node') loads ./build/async.wasm; under
// Node it loads the native build. ./expected-output.txt is the output under Node
// with the native build.
const { countPrimes } = require('./build/async.node');

function count(limit) {
  return new Promise((resolve, reject) => {
    const progress = [];
    countPrimes(limit, (percent) => progress.push(`${percent}%`), (error, result) => {
      if (error) reject(error);
      else resolve({ ...result, progress });
    });
  });
}

async function main() {
  console.log('queued, the main script goes on');
  for (const limit of [1000, 250000]) {
    const { count: primes, checksum, largest, progress } = await count(limit);
    const words = [0, 1, 2, 3].map((i) => largest.readUInt32LE(4 * i));
    console.log(`primes below ${limit}: ${primes}`);
    console.log(`  progress: ${progress.join(' ')}`);
    console.log(`  checksum: 0x${checksum.toString(16).padStart(8, '0')}`);
    console.log(`  largest: ${words.join(', ')}`);
    console.log(`  as a Buffer: ${require('util').inspect(largest)}`);
    console.log(`  base64: ${largest.toString('base64')}`);
  }
}

main();
console.log('main script done');
