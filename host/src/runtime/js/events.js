'use strict';
// events.js — the `events` builtin: EventEmitter with Node's semantics. It is a
// plain constructor function (not a class) so that pre-ES2015 code can still
// inherit with `EventEmitter.call(this)`. Like Node, listeners live in
// `_events[name]`, either as a single function or as an array of functions.

const { createError, invalidArgType, outOfRange, validateFunction } = require('internal:errors');

const errorMonitor = Symbol('events.errorMonitor');
let defaultMaxListeners = 10;

function EventEmitter() {
  EventEmitter.init.call(this);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init() {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
};

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get: () => defaultMaxListeners,
  set(value) {
    validateMaxListeners(value, 'defaultMaxListeners');
    defaultMaxListeners = value;
  },
  enumerable: true,
});

function validateMaxListeners(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (value < 0 || Number.isNaN(value)) throw outOfRange(name, '>= 0', value);
}

const listenerArray = (entry) => (typeof entry === 'function' ? [entry] : entry);
const unwrap = (listener) => listener.listener ?? listener;

function addListener(emitter, type, listener, prepend) {
  validateFunction(listener, 'listener');
  if (emitter._events === undefined) EventEmitter.init.call(emitter);
  if (emitter._events.newListener !== undefined) {
    emitter.emit('newListener', type, unwrap(listener));
  }
  const events = emitter._events;
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    emitter._eventsCount += 1;
    return emitter;
  }
  const list = typeof existing === 'function' ? [existing] : existing;
  if (prepend) list.unshift(listener);
  else list.push(listener);
  events[type] = list;
  warnOnListenerLeak(emitter, type, list);
  return emitter;
}

function warnOnListenerLeak(emitter, type, list) {
  const max = emitter.getMaxListeners();
  if (max <= 0 || list.length <= max || list.warned) return;
  list.warned = true;
  const { inspect } = require('util');
  const warning = new Error(
    `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners ` +
    `added to ${inspect(emitter, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit',
  );
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = emitter;
  warning.type = type;
  warning.count = list.length;
  process.emitWarning(warning);
}

function onceWrapper(emitter, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    fired = true;
    emitter.removeListener(type, wrapper);
    return Reflect.apply(listener, emitter, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

function unhandledError(error) {
  if (error instanceof Error) return error;
  let shown;
  try {
    shown = require('util').inspect(error);
  } catch {
    shown = error;
  }
  const wrapped = createError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${shown})`);
  wrapped.context = error;
  return wrapped;
}

Object.assign(EventEmitter.prototype, {
  addListener(type, listener) {
    return addListener(this, type, listener, false);
  },

  prependListener(type, listener) {
    return addListener(this, type, listener, true);
  },

  once(type, listener) {
    validateFunction(listener, 'listener');
    return addListener(this, type, onceWrapper(this, type, listener), false);
  },

  prependOnceListener(type, listener) {
    validateFunction(listener, 'listener');
    return addListener(this, type, onceWrapper(this, type, listener), true);
  },

  removeListener(type, listener) {
    validateFunction(listener, 'listener');
    const events = this._events;
    const entry = events?.[type];
    if (entry === undefined) return this;
    const list = listenerArray(entry);
    const index = list.findLastIndex((item) => item === listener || item.listener === listener);
    if (index === -1) return this;
    const [removed] = list.splice(index, 1);
    if (list.length === 0) {
      this._eventsCount -= 1;
      if (this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    } else if (list.length === 1) {
      events[type] = list[0];
    }
    if (events.removeListener !== undefined) this.emit('removeListener', type, unwrap(removed));
    return this;
  },

  removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    const removingAll = arguments.length === 0;
    if (events.removeListener === undefined) {
      // Nobody listens for removals: drop the listeners without emitting.
      if (removingAll) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        this._eventsCount -= 1;
        if (this._eventsCount === 0) this._events = Object.create(null);
        else delete events[type];
      }
      return this;
    }
    if (removingAll) {
      for (const name of Reflect.ownKeys(events)) {
        if (name !== 'removeListener') this.removeAllListeners(name);
      }
      this.removeAllListeners('removeListener');
      return this;
    }
    const entry = events[type];
    if (entry !== undefined) {
      const list = [...listenerArray(entry)];
      for (let i = list.length - 1; i >= 0; i--) this.removeListener(type, list[i]);
    }
    return this;
  },

  emit(type, ...args) {
    const events = this._events;
    if (type === 'error') {
      if (events?.[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
      if (events?.error === undefined) throw unhandledError(args[0]);
    }
    const entry = events?.[type];
    if (entry === undefined) return false;
    if (typeof entry === 'function') {
      Reflect.apply(entry, this, args);
    } else {
      // Copy, so that listeners added or removed meanwhile do not affect this emit.
      for (const listener of [...entry]) Reflect.apply(listener, this, args);
    }
    return true;
  },

  listeners(type) {
    const entry = this._events?.[type];
    return entry === undefined ? [] : listenerArray(entry).map(unwrap);
  },

  rawListeners(type) {
    const entry = this._events?.[type];
    return entry === undefined ? [] : [...listenerArray(entry)];
  },

  listenerCount(type, listener) {
    const entry = this._events?.[type];
    if (entry === undefined) return 0;
    const list = listenerArray(entry);
    if (listener === undefined || listener === null) return list.length;
    return list.filter((item) => item === listener || item.listener === listener).length;
  },

  eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  },

  setMaxListeners(n) {
    validateMaxListeners(n, 'setMaxListeners');
    this._maxListeners = n;
    return this;
  },

  getMaxListeners() {
    return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
  },
});

EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

// Resolves with the arguments of the next `name` event; rejects on an 'error' event.
function once(emitter, name) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      emitter.removeListener(name, onEvent);
      reject(error);
    };
    const onEvent = (...args) => {
      if (name !== 'error') emitter.removeListener('error', onError);
      resolve(args);
    };
    emitter.once(name, onEvent);
    if (name !== 'error') emitter.once('error', onError);
  });
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.errorMonitor = errorMonitor;
EventEmitter.once = once;
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);

module.exports = EventEmitter;
