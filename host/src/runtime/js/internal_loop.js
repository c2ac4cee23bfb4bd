'use strict';
// internal_loop.js — the JavaScript half of the event loop: the process.nextTick
// queue, timers and immediates. The Rust host drives it through the `loop`
// object built in bootstrap.js. Every queue entry is removed before its callback
// runs, so when a callback throws (the error propagates to the host) the queues
// are consistent and the host can simply call back in to continue.

const { host } = require('internal:binding');
const { validateFunction } = require('internal:errors');

const TIMEOUT_MAX = 2 ** 31 - 1;

// A FIFO queue with O(1) push and shift.
class Queue {
  #items = [];
  #head = 0;

  get isEmpty() {
    return this.#head === this.#items.length;
  }

  push(item) {
    this.#items.push(item);
  }

  shift() {
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head += 1;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    }
    return item;
  }
}

// ---------------------------------------------------------------------------
// process.nextTick and microtasks

const ticks = new Queue();

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  ticks.push({ callback, args });
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  host.enqueueMicrotask(callback);
}

// Runs every queued tick (including ticks queued meanwhile), then the engine's
// microtasks, until both are drained.
function processTicksAndRejections() {
  do {
    while (!ticks.isEmpty) {
      const { callback, args } = ticks.shift();
      Reflect.apply(callback, undefined, args);
    }
    host.runMicrotasks();
  } while (!ticks.isEmpty);
}

// ---------------------------------------------------------------------------
// Timers
//
// Scheduled timers sit in a binary min-heap of entries ordered by due time, then
// by scheduling order. Clearing or rescheduling a timer only detaches its entry
// (`timer.entry`); detached entries are dropped when they reach the top.

const timerHeap = [];
const timersById = new Map(); // scheduled timers, for clearTimeout(id)
const timerRecords = new WeakMap(); // Timeout → its internal record
let timerSequence = 0;
let nextTimerId = 1;
let refedTimerCount = 0;

const entryPrecedes = (a, b) => a.due < b.due || (a.due === b.due && a.sequence < b.sequence);

function heapPush(entry) {
  timerHeap.push(entry);
  let index = timerHeap.length - 1;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (!entryPrecedes(timerHeap[index], timerHeap[parent])) break;
    [timerHeap[index], timerHeap[parent]] = [timerHeap[parent], timerHeap[index]];
    index = parent;
  }
}

function heapPop() {
  const last = timerHeap.pop();
  if (timerHeap.length === 0) return;
  timerHeap[0] = last;
  let index = 0;
  for (;;) {
    let smallest = index;
    for (const child of [2 * index + 1, 2 * index + 2]) {
      if (child < timerHeap.length && entryPrecedes(timerHeap[child], timerHeap[smallest])) {
        smallest = child;
      }
    }
    if (smallest === index) return;
    [timerHeap[index], timerHeap[smallest]] = [timerHeap[smallest], timerHeap[index]];
    index = smallest;
  }
}

// The earliest entry whose timer is still scheduled on it.
function peekTimer() {
  while (timerHeap.length > 0 && timerHeap[0].timer.entry !== timerHeap[0]) heapPop();
  return timerHeap[0];
}

function schedule(timer, now) {
  unschedule(timer);
  timer.entry = { timer, due: now + timer.delay, sequence: timerSequence++ };
  heapPush(timer.entry);
  timersById.set(timer.id, timer);
  if (timer.refed) refedTimerCount += 1;
}

function unschedule(timer) {
  if (timer.entry === null) return;
  timer.entry = null;
  timersById.delete(timer.id);
  if (timer.refed) refedTimerCount -= 1;
}

function setTimerRef(timer, refed) {
  if (timer.refed === refed) return;
  timer.refed = refed;
  if (timer.entry !== null) refedTimerCount += refed ? 1 : -1;
}

// Node's coercion: anything that is not a number in [1, TIMEOUT_MAX] becomes 1.
function timerDelay(delay) {
  const milliseconds = delay * 1;
  if (milliseconds >= 1 && milliseconds <= TIMEOUT_MAX) return milliseconds;
  if (milliseconds > TIMEOUT_MAX) {
    process.emitWarning(
      `${milliseconds} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
      'TimeoutOverflowWarning',
    );
  }
  return 1;
}

class Timeout {
  constructor(callback, delay, args, repeat) {
    const timer = {
      handle: this,
      id: nextTimerId++,
      callback,
      args,
      delay: timerDelay(delay),
      repeat,
      refed: true,
      entry: null,
      cleared: false,
    };
    timerRecords.set(this, timer);
    schedule(timer, host.now());
  }

  ref() {
    setTimerRef(timerRecords.get(this), true);
    return this;
  }

  unref() {
    setTimerRef(timerRecords.get(this), false);
    return this;
  }

  hasRef() {
    return timerRecords.get(this).refed;
  }

  // Restarts the countdown; revives a timer that already fired but not a cleared one.
  refresh() {
    const timer = timerRecords.get(this);
    if (!timer.cleared) schedule(timer, host.now());
    return this;
  }

  close() {
    const timer = timerRecords.get(this);
    timer.cleared = true;
    unschedule(timer);
    return this;
  }

  [Symbol.toPrimitive]() {
    return timerRecords.get(this).id;
  }
}

function setTimeout(callback, delay, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, delay, args, false);
}

function setInterval(callback, delay, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, delay, args, true);
}

// Accepts a Timeout or the number its Symbol.toPrimitive returns.
function clearTimeout(timeout) {
  if (timeout instanceof Timeout) {
    timeout.close();
  } else if (typeof timeout === 'number' || typeof timeout === 'string') {
    timersById.get(Number(timeout))?.handle.close();
  }
}

function clearInterval(timeout) {
  clearTimeout(timeout);
}

// Runs every timer due at `now`, in due order, draining ticks and microtasks after
// each. Intervals are rescheduled before their callback runs.
function runTimers(now) {
  for (let entry = peekTimer(); entry !== undefined && entry.due <= now; entry = peekTimer()) {
    heapPop();
    const { timer } = entry;
    unschedule(timer);
    if (timer.repeat) schedule(timer, now);
    Reflect.apply(timer.callback, timer.handle, timer.args);
    processTicksAndRejections();
  }
}

function nextTimerDelay(now) {
  const entry = peekTimer();
  return entry === undefined ? -1 : Math.max(0, entry.due - now);
}

const hasRefedTimers = () => refedTimerCount > 0;

// ---------------------------------------------------------------------------
// Immediates
//
// Queued immediates form a doubly linked list in FIFO order, so clearImmediate
// is O(1). Each has a sequence number: runImmediates only runs those queued
// before it was called.

const immediateRecords = new WeakMap(); // Immediate → its internal record
let immediateHead = null;
let immediateTail = null;
let immediateSequence = 0;
let refedImmediateCount = 0;

function enqueueImmediate(immediate) {
  immediate.previous = immediateTail;
  if (immediateTail === null) immediateHead = immediate;
  else immediateTail.next = immediate;
  immediateTail = immediate;
  immediate.queued = true;
  if (immediate.refed) refedImmediateCount += 1;
}

function dequeueImmediate(immediate) {
  if (!immediate.queued) return;
  if (immediate.previous === null) immediateHead = immediate.next;
  else immediate.previous.next = immediate.next;
  if (immediate.next === null) immediateTail = immediate.previous;
  else immediate.next.previous = immediate.previous;
  immediate.previous = null;
  immediate.next = null;
  immediate.queued = false;
  if (immediate.refed) refedImmediateCount -= 1;
}

class Immediate {
  constructor(callback, args) {
    const immediate = {
      handle: this,
      callback,
      args,
      sequence: immediateSequence++,
      refed: true,
      queued: false,
      previous: null,
      next: null,
    };
    immediateRecords.set(this, immediate);
    enqueueImmediate(immediate);
  }

  ref() {
    setImmediateRef(immediateRecords.get(this), true);
    return this;
  }

  unref() {
    setImmediateRef(immediateRecords.get(this), false);
    return this;
  }

  hasRef() {
    return immediateRecords.get(this).refed;
  }
}

function setImmediateRef(immediate, refed) {
  if (immediate.refed === refed) return;
  immediate.refed = refed;
  if (immediate.queued) refedImmediateCount += refed ? 1 : -1;
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  const record = immediateRecords.get(immediate);
  if (record !== undefined) dequeueImmediate(record);
}

function runImmediates() {
  const lastSequence = immediateSequence - 1;
  while (immediateHead !== null && immediateHead.sequence <= lastSequence) {
    const immediate = immediateHead;
    dequeueImmediate(immediate);
    Reflect.apply(immediate.callback, immediate.handle, immediate.args);
    processTicksAndRejections();
  }
}

const hasRefedImmediates = () => refedImmediateCount > 0;

module.exports = {
  Immediate,
  Timeout,
  clearImmediate,
  clearInterval,
  clearTimeout,
  hasRefedImmediates,
  hasRefedTimers,
  nextTick,
  nextTimerDelay,
  processTicksAndRejections,
  queueMicrotask,
  runImmediates,
  runTimers,
  setImmediate,
  setInterval,
  setTimeout,
};
