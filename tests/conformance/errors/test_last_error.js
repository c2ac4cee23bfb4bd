'use strict';
// napi_get_last_error_info: the record describes the previous call (code and Node's
// message), is not reset by reading it, and is reset by the next call that succeeds.
const { assert, loadAddon, status } = require('../common');
const addon = loadAddon('errors');

// Each record: [error_code, error_message (null for napi_ok), engine_error_code,
// engine_reserved is NULL]
const ok = [status.ok, null, 0, true];
const record = (code, message) => [code, message, 0, true];
const invalidArg = record(status.invalid_arg, 'Invalid argument');
const stringExpected = record(status.string_expected, 'A string was expected');
const numberExpected = record(status.number_expected, 'A number was expected');
const booleanExpected = record(status.boolean_expected, 'A boolean was expected');
const arrayExpected = record(status.array_expected, 'An array was expected');
const pending = record(status.pending_exception, 'An exception is pending');

const throws = () => { throw new Error('callee'); };
const scenarios = [
  [0, 'after a successful call', [ok]],
  [1, 'read twice after a failure: reading does not reset it', [numberExpected, numberExpected]],
  [2, 'a failure followed by a success', [ok]],
  [3, 'napi_get_last_error_info(env, NULL) records its own failure', [invalidArg]],
  [4, 'a call with a NULL env leaves the record alone', [booleanExpected]],
  [5, 'napi_create_error with a number message', [stringExpected]],
  [6, 'napi_get_value_bool of a number', [booleanExpected]],
  [7, 'napi_get_array_length of a string', [arrayExpected]],
  [8, 'napi_create_string_utf8(NULL, 3)', [invalidArg]],
  [9, 'napi_get_value_string_utf8 of a number', [stringExpected]],
  [10, 'callee threw; refused call; then a call that clears', [pending, pending, ok]],
  [11, 'napi_throw succeeds although it leaves an exception pending', [ok]],
  [12, 'a failure followed by a successful NAPI_PREAMBLE call', [ok]],
  [13, 'a NULL argument to a NAPI_PREAMBLE function', [invalidArg]],
  [14, 'napi_throw_error with a NULL message', [invalidArg]],
];
for (const [scenario, description, expected] of scenarios) {
  assert.deepStrictEqual(addon.lastError(scenario, throws), expected, `${scenario}: ${description}`);
}

// Scenario 10's exception was cleared inside the addon: nothing leaked.
assert.deepStrictEqual(addon.nothingPending(), [0, false, 0, undefined, status.invalid_arg, status.invalid_arg]);
