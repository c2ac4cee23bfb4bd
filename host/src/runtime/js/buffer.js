'use strict';
// buffer.js — the `buffer` builtin. The implementation (and the global `Buffer`) is in
// internal_buffer.js.

module.exports = require('internal:buffer').api;
