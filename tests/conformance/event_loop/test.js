'use strict';
// Event-loop ordering that Node guarantees (pure JS, checked against Node):
// synchronous code, then process.nextTick callbacks, then promise microtasks; ticks
// and microtasks drain after every timer and immediate callback; immediates queued by
// a timer run before timers queued by it; timers fire in due order (FIFO when equal);
// 'beforeExit' can revive the loop; 'exit' comes last. The log is printed from 'exit'
// and compared with test.expected-output.txt.
const assert = require('assert');

const log = [];
const say = (text) => log.push(text);

say('main: start');
process.nextTick(() => {
  say('tick 1');
  process.nextTick(() => say('tick 1.1 (queued by a tick: before promises)'));
  Promise.resolve().then(() => say('microtask queued by a tick'));
});
Promise.resolve().then(() => {
  say('microtask 1');
  process.nextTick(() => say('tick queued by a microtask (after the microtask queue)'));
  Promise.resolve().then(() => say('microtask 1.1'));
});
queueMicrotask(() => say('queueMicrotask 2'));
process.nextTick(() => say('tick 2'));
say('main: end');

// Phase ordering, from inside a timer (deterministic in Node, unlike from the main
// script where a 1 ms timer may or may not be due on the first iteration).
setTimeout(() => {
  say('timer A');
  setTimeout(() => say('timer queued by timer A (next iteration)'), 0);
  setImmediate(() => {
    say('immediate queued by timer A (same iteration)');
    process.nextTick(() => say('tick queued by that immediate'));
  });
  process.nextTick(() => say('tick queued by timer A'));
  Promise.resolve().then(() => say('microtask queued by timer A'));
  setTimeout(() => stage2(), 20);
}, 5);

// Due order and cancellation (delays far apart, so that a slow machine keeps the
// order).
function stage2() {
  setTimeout(() => say('timeout 250'), 250);
  setTimeout(() => say('timeout 100 (first)'), 100);
  setTimeout(() => say('timeout 100 (second)'), 100);
  const cancelled = setTimeout(() => say('never: cleared timeout'), 100);
  setTimeout(() => clearTimeout(cancelled), 1);
  let cancelledImmediate;
  setImmediate(() => {
    say('immediate 1');
    clearImmediate(cancelledImmediate);
    process.nextTick(() => say('tick between immediates'));
    setImmediate(() => say('immediate queued by immediate 1'));
  });
  cancelledImmediate = setImmediate(() => say('never: cleared immediate'));
  setImmediate(() => say('immediate 2'));
  let ticks = 0;
  const interval = setInterval(() => {
    ticks += 1;
    say(`interval ${ticks}`);
    if (ticks === 3) {
      clearInterval(interval);
      setTimeout(() => stage3(), 40);
    }
  }, 150);
  // An unreferenced timer does not keep the loop alive.
  setTimeout(() => say('never: unreferenced timer'), 60000).unref();
}

// Uncaught exceptions in a callback go to the listener and the loop goes on.
function stage3() {
  process.once('uncaughtException', (error) => say(`uncaughtException: ${error.message}`));
  setTimeout(() => { throw new Error('thrown by a timer'); }, 0);
  setTimeout(() => say('timer after the throwing one'), 5);
}

let revived = false;
process.on('beforeExit', (code) => {
  say(`beforeExit ${code}`);
  if (!revived) {
    revived = true;
    setTimeout(() => say('timer scheduled by beforeExit'), 1);
  }
});

process.on('exit', (code) => {
  say(`exit ${code}`);
  setTimeout(() => assert.fail('timers never run after exit'), 0);
  console.log(log.join('\n'));
});
