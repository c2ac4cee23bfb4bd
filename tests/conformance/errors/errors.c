/* Errors and exceptions: napi_create_*error, napi_throw*, napi_is_error,
 * napi_is_exception_pending, napi_get_and_clear_last_exception,
 * napi_get_last_error_info, and Node's rules for a pending exception. */
#define NAPI_VERSION 9
#include "common.h"

#include <stdint.h>

enum { KIND_ERROR = 0, KIND_TYPE = 1, KIND_RANGE = 2, KIND_SYNTAX = 3 };

static napi_status create_kind(napi_env env, int32_t kind, napi_value code, napi_value msg,
                               napi_value* result) {
  switch (kind) {
    case KIND_ERROR:
      return napi_create_error(env, code, msg, result);
    case KIND_TYPE:
      return napi_create_type_error(env, code, msg, result);
    case KIND_RANGE:
      return napi_create_range_error(env, code, msg, result);
    default:
      return node_api_create_syntax_error(env, code, msg, result);
  }
}

static napi_status throw_kind(napi_env env, int32_t kind, const char* code, const char* msg) {
  switch (kind) {
    case KIND_ERROR:
      return napi_throw_error(env, code, msg);
    case KIND_TYPE:
      return napi_throw_type_error(env, code, msg);
    case KIND_RANGE:
      return napi_throw_range_error(env, code, msg);
    default:
      return node_api_throw_syntax_error(env, code, msg);
  }
}

static napi_value make_array(napi_env env, const napi_value* items, uint32_t count) {
  napi_value result;
  CHECK(env, napi_create_array_with_length(env, count, &result));
  for (uint32_t i = 0; i < count; i++) {
    napi_value item = items[i];
    if (item == NULL) CHECK(env, napi_get_undefined(env, &item));
    CHECK(env, napi_set_element(env, result, i, item));
  }
  return result;
}

static napi_value make_statuses(napi_env env, const napi_status* statuses, uint32_t count) {
  napi_value result;
  CHECK(env, napi_create_array_with_length(env, count, &result));
  for (uint32_t i = 0; i < count; i++) {
    CHECK(env, napi_set_element(env, result, i, status_value(env, statuses[i])));
  }
  return result;
}

/* createError(kind, msg[, code]) -> [status, error | undefined]. Without a third
 * argument the code is NULL. */
static napi_value CreateError(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t kind = 0;
  CHECK(env, napi_get_value_int32(env, argv[0], &kind));
  napi_value result = NULL;
  napi_status status = create_kind(env, kind, argc >= 3 ? argv[2] : NULL, argv[1], &result);
  napi_value items[2] = {status_value(env, status), result};
  return make_array(env, items, 2);
}

/* createErrorStatuses(kind) -> statuses of [NULL msg, NULL result, NULL msg and NULL
 * result, number msg with NULL result, NULL env], and whether any wrote a result. */
static napi_value CreateErrorStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  int32_t kind = 0;
  CHECK(env, napi_get_value_int32(env, argv[0], &kind));
  napi_value msg, number, result = NULL;
  CHECK(env, napi_create_string_utf8(env, "message", NAPI_AUTO_LENGTH, &msg));
  CHECK(env, napi_create_int32(env, 7, &number));
  napi_status statuses[5] = {
      create_kind(env, kind, NULL, NULL, &result),
      create_kind(env, kind, NULL, msg, NULL),
      create_kind(env, kind, NULL, NULL, NULL),
      create_kind(env, kind, NULL, number, NULL),
      create_kind(NULL, kind, NULL, msg, &result),
  };
  EXPECT(env, result == NULL, "a failing call wrote its result");
  return make_statuses(env, statuses, 5);
}

/* A C string argument: a JS string, or null for a NULL pointer. */
static bool c_string_arg(napi_env env, napi_value value, char* buf, size_t size,
                         const char** out) {
  napi_valuetype type;
  if (napi_typeof(env, value, &type) != napi_ok) return false;
  if (type == napi_null) {
    *out = NULL;
    return true;
  }
  if (napi_get_value_string_utf8(env, value, buf, size, NULL) != napi_ok) return false;
  *out = buf;
  return true;
}

/* throwError(kind, code | null, msg | null): throws, or returns the failing status. */
static napi_value ThrowError(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  int32_t kind = 0;
  CHECK(env, napi_get_value_int32(env, argv[0], &kind));
  char code_buf[128], msg_buf[256];
  const char *code = NULL, *msg = NULL;
  EXPECT(env, c_string_arg(env, argv[1], code_buf, sizeof(code_buf), &code), "bad code");
  EXPECT(env, c_string_arg(env, argv[2], msg_buf, sizeof(msg_buf), &msg), "bad msg");
  napi_status status = throw_kind(env, kind, code, msg);
  if (status == napi_ok) return NULL;
  bool pending = true;
  CHECK(env, napi_is_exception_pending(env, &pending));
  EXPECT(env, !pending, "a failing throw left an exception pending");
  return status_value(env, status);
}

/* throwRawUtf8(bytes...): napi_throw_error with a message made of these bytes. */
static napi_value ThrowRawUtf8(napi_env env, napi_callback_info info) {
  size_t argc = 16;
  napi_value argv[16];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char msg[17];
  size_t i = 0;
  for (; i < argc && i < 16; i++) {
    uint32_t byte = 0;
    CHECK(env, napi_get_value_uint32(env, argv[i], &byte));
    msg[i] = (char)byte;
  }
  msg[i] = '\0';
  CHECK(env, napi_throw_error(env, "RAW", msg));
  return NULL;
}

/* throwNullEnv() -> statuses of every throwing / exception function called with a NULL
 * env, then whether anything became pending. */
static napi_value NullEnvStatuses(napi_env env, napi_callback_info info) {
  napi_value msg, value = NULL, error;
  bool flag = false;
  const napi_extended_error_info* error_info = NULL;
  CHECK(env, napi_create_string_utf8(env, "m", NAPI_AUTO_LENGTH, &msg));
  CHECK(env, napi_create_error(env, NULL, msg, &error));
  napi_status statuses[13] = {
      napi_create_error(NULL, NULL, msg, &value),
      napi_create_type_error(NULL, NULL, msg, &value),
      napi_create_range_error(NULL, NULL, msg, &value),
      node_api_create_syntax_error(NULL, NULL, msg, &value),
      napi_throw(NULL, error),
      napi_throw_error(NULL, NULL, "m"),
      napi_throw_type_error(NULL, NULL, "m"),
      napi_throw_range_error(NULL, NULL, "m"),
      node_api_throw_syntax_error(NULL, NULL, "m"),
      napi_is_error(NULL, error, &flag),
      napi_is_exception_pending(NULL, &flag),
      napi_get_and_clear_last_exception(NULL, &value),
      napi_get_last_error_info(NULL, &error_info),
  };
  bool pending = true;
  CHECK(env, napi_is_exception_pending(env, &pending));
  EXPECT(env, !pending, "a call with a NULL env threw");
  EXPECT(env, value == NULL && error_info == NULL, "a call with a NULL env wrote a result");
  return make_statuses(env, statuses, 13);
}

/* throwValue(value): napi_throw(value). */
static napi_value ThrowValue(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_throw(env, argv[0]));
  return NULL;
}

/* throwStatuses() -> [napi_throw(NULL), napi_throw_error(NULL msg) per kind ...],
 * none of which may leave an exception pending. */
static napi_value ThrowStatuses(napi_env env, napi_callback_info info) {
  napi_status statuses[9] = {napi_throw(env, NULL)};
  for (int kind = 0; kind < 4; kind++) {
    statuses[1 + 2 * kind] = throw_kind(env, kind, NULL, NULL);
    statuses[2 + 2 * kind] = throw_kind(env, kind, "CODE", NULL);
  }
  bool pending = true;
  CHECK(env, napi_is_exception_pending(env, &pending));
  EXPECT(env, !pending, "a failing throw left an exception pending");
  return make_statuses(env, statuses, 9);
}

/* throwTwice(kind): throws "first", then tries to throw "second" and a value while the
 * first is pending; the second attempts' statuses are returned through the first
 * error's `statuses` property. */
static napi_value ThrowTwice(napi_env env, napi_callback_info info) {
  napi_value first, msg, code, other;
  CHECK(env, napi_create_string_utf8(env, "first", NAPI_AUTO_LENGTH, &msg));
  CHECK(env, napi_create_string_utf8(env, "FIRST", NAPI_AUTO_LENGTH, &code));
  CHECK(env, napi_create_error(env, code, msg, &first));
  CHECK(env, napi_create_string_utf8(env, "other", NAPI_AUTO_LENGTH, &other));
  CHECK(env, napi_throw(env, first));
  napi_status statuses[6] = {
      napi_throw(env, other),
      napi_throw_error(env, "SECOND", "second"),
      napi_throw_type_error(env, "SECOND", "second"),
      napi_throw_range_error(env, "SECOND", "second"),
      node_api_throw_syntax_error(env, "SECOND", "second"),
      napi_throw(env, NULL),
  };
  /* napi_create_* do not run JS and still work; use them to report. */
  napi_value list;
  CHECK(env, napi_create_array(env, &list));
  for (uint32_t i = 0; i < 6; i++) {
    napi_value number;
    CHECK(env, napi_create_int32(env, statuses[i], &number));
    /* napi_set_element runs JS (NAPI_PREAMBLE) and fails while pending. */
    EXPECT(env, napi_set_element(env, list, i, number) == napi_pending_exception,
           "napi_set_element ran with an exception pending");
  }
  /* Take the exception, attach the statuses, throw it again. */
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  napi_value reported;
  CHECK(env, napi_create_array(env, &reported));
  for (uint32_t i = 0; i < 6; i++) {
    CHECK(env, napi_set_element(env, reported, i, status_value(env, statuses[i])));
  }
  CHECK(env, napi_set_named_property(env, exception, "statuses", reported));
  CHECK(env, napi_throw(env, exception));
  return NULL;
}

/* isError(value) -> bool */
static napi_value IsError(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool result = false;
  CHECK(env, napi_is_error(env, argv[0], &result));
  napi_value value;
  CHECK(env, napi_get_boolean(env, result, &value));
  return value;
}

/* isErrorStatuses(value) -> [status(NULL value), status(NULL result)] */
static napi_value IsErrorStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool result = false;
  napi_status statuses[2] = {napi_is_error(env, NULL, &result),
                             napi_is_error(env, argv[0], NULL)};
  return make_statuses(env, statuses, 2);
}

/* nothingPending() -> [is_exception_pending status, pending, get_and_clear status,
 * cleared value (undefined), status(is_exception_pending NULL),
 * status(get_and_clear NULL)] */
static napi_value NothingPending(napi_env env, napi_callback_info info) {
  bool pending = true;
  napi_status s1 = napi_is_exception_pending(env, &pending);
  napi_value cleared = NULL;
  napi_status s2 = napi_get_and_clear_last_exception(env, &cleared);
  napi_status s3 = napi_is_exception_pending(env, NULL);
  napi_status s4 = napi_get_and_clear_last_exception(env, NULL);
  napi_value flag;
  CHECK(env, napi_get_boolean(env, pending, &flag));
  napi_value items[6] = {status_value(env, s1), flag, status_value(env, s2), cleared,
                         status_value(env, s3), status_value(env, s4)};
  return make_array(env, items, 6);
}

/* callAndCatch(fn, ...args) -> [status of napi_call_function, pending after the call,
 * the cleared exception, pending after clearing, whether result was written].
 * The exception is cleared, so the callback returns normally. */
static napi_value CallAndCatch(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  EXPECT(env, argc >= 1, "callAndCatch(fn, ...args)");
  napi_value global, result = NULL;
  CHECK(env, napi_get_global(env, &global));
  napi_status status = napi_call_function(env, global, argv[0], argc - 1, argv + 1, &result);
  bool pending_after_call = false, pending_after_clear = true;
  CHECK(env, napi_is_exception_pending(env, &pending_after_call));
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  CHECK(env, napi_is_exception_pending(env, &pending_after_clear));
  napi_value a, b, c;
  CHECK(env, napi_get_boolean(env, pending_after_call, &a));
  CHECK(env, napi_get_boolean(env, pending_after_clear, &b));
  CHECK(env, napi_get_boolean(env, result != NULL, &c));
  napi_value items[5] = {status_value(env, status), a, exception, b, c};
  return make_array(env, items, 5);
}

/* callAndLeavePending(fn): calls fn and returns "returned" even when fn threw; the
 * exception left pending must reach the JS caller instead of the return value. */
static napi_value CallAndLeavePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value global, ignored, returned;
  CHECK(env, napi_get_global(env, &global));
  napi_call_function(env, global, argv[0], 0, NULL, &ignored);
  CHECK(env, napi_create_string_utf8(env, "returned", NAPI_AUTO_LENGTH, &returned));
  return returned;
}

/* throwThenReturn(): a pending exception wins over the returned value. */
static napi_value ThrowThenReturn(napi_env env, napi_callback_info info) {
  napi_value returned;
  CHECK(env, napi_throw_range_error(env, "ERR_LATE", "thrown before returning"));
  CHECK(env, napi_create_string_utf8(env, "returned", NAPI_AUTO_LENGTH, &returned));
  return returned;
}

/* clearAndReturn(value): throws value, clears it, returns what was cleared. */
static napi_value ClearAndReturn(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_throw(env, argv[0]));
  bool pending = false;
  CHECK(env, napi_is_exception_pending(env, &pending));
  EXPECT(env, pending, "napi_throw did not make the value pending");
  napi_value cleared;
  CHECK(env, napi_get_and_clear_last_exception(env, &cleared));
  CHECK(env, napi_is_exception_pending(env, &pending));
  EXPECT(env, !pending, "napi_get_and_clear_last_exception did not clear");
  return cleared;
}

/* whilePending(fn, value): calls fn, which must throw; then, with its exception pending,
 * calls one function of each entry kind and reports their statuses:
 * [call, strict_equals, napi_call_function again, napi_create_function,
 *  napi_set_named_property, napi_get_named_property, napi_get_array_length,
 *  napi_throw, napi_throw_error,
 *  -- functions without Node's NAPI_PREAMBLE: --
 *  napi_get_undefined, napi_get_null, napi_get_global, napi_get_boolean,
 *  napi_create_double, napi_create_int32, napi_create_string_utf8, napi_create_object,
 *  napi_create_array, napi_typeof, napi_get_value_double, napi_get_value_string_utf8,
 *  napi_create_error, napi_is_error, napi_get_cb_info, napi_is_array,
 *  napi_is_exception_pending]
 * then clears the exception, checks napi_strict_equals works again, and returns
 * { statuses, exception, after }. */
static napi_value Noop(napi_env env, napi_callback_info info) { return NULL; }

static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_value global, result = NULL, scratch = NULL, object, msg;
  CHECK(env, napi_get_global(env, &global));
  CHECK(env, napi_create_object(env, &object));
  CHECK(env, napi_create_string_utf8(env, "m", NAPI_AUTO_LENGTH, &msg));
  bool flag = false;
  uint32_t length = 0;
  napi_valuetype type;
  double number;
  char buf[8];
  size_t cb_argc = 0;
  napi_status statuses[26];
  int n = 0;
  statuses[n++] = napi_call_function(env, global, argv[0], 0, NULL, &result);
  statuses[n++] = napi_strict_equals(env, argv[1], argv[1], &flag);
  statuses[n++] = napi_call_function(env, global, argv[0], 0, NULL, &scratch);
  statuses[n++] = napi_create_function(env, "f", NAPI_AUTO_LENGTH, Noop, NULL, &scratch);
  statuses[n++] = napi_set_named_property(env, object, "x", argv[1]);
  statuses[n++] = napi_get_named_property(env, object, "x", &scratch);
  statuses[n++] = napi_get_array_length(env, argv[1], &length);
  statuses[n++] = napi_throw(env, argv[1]);
  statuses[n++] = napi_throw_error(env, NULL, "second");
  EXPECT(env, result == NULL && scratch == NULL, "a call refused for a pending exception wrote its result");
  statuses[n++] = napi_get_undefined(env, &scratch);
  statuses[n++] = napi_get_null(env, &scratch);
  statuses[n++] = napi_get_global(env, &scratch);
  statuses[n++] = napi_get_boolean(env, true, &scratch);
  statuses[n++] = napi_create_double(env, 1.5, &scratch);
  statuses[n++] = napi_create_int32(env, 3, &scratch);
  statuses[n++] = napi_create_string_utf8(env, "s", NAPI_AUTO_LENGTH, &scratch);
  statuses[n++] = napi_create_object(env, &scratch);
  statuses[n++] = napi_create_array(env, &scratch);
  statuses[n++] = napi_typeof(env, argv[1], &type);
  statuses[n++] = napi_get_value_double(env, argv[1], &number);
  statuses[n++] = napi_get_value_string_utf8(env, msg, buf, sizeof(buf), NULL);
  statuses[n++] = napi_create_error(env, NULL, msg, &scratch);
  statuses[n++] = napi_is_error(env, scratch, &flag);
  statuses[n++] = napi_get_cb_info(env, info, &cb_argc, NULL, NULL, NULL);
  statuses[n++] = napi_is_array(env, argv[1], &flag);
  statuses[n++] = napi_is_exception_pending(env, &flag);
  EXPECT(env, flag, "the exception is no longer pending");

  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  bool equal = false;
  CHECK(env, napi_strict_equals(env, argv[1], argv[1], &equal));
  EXPECT(env, equal, "napi_strict_equals after clearing");

  napi_value out, after;
  CHECK(env, napi_create_object(env, &out));
  CHECK(env, napi_set_named_property(env, out, "statuses", make_statuses(env, statuses, n)));
  CHECK(env, napi_set_named_property(env, out, "exception", exception));
  CHECK(env, napi_get_boolean(env, equal, &after));
  CHECK(env, napi_set_named_property(env, out, "after", after));
  return out;
}

/* ---- napi_get_last_error_info --------------------------------------------------- */

/* [error_code, error_message | null, engine_error_code, engine_reserved is NULL] */
static napi_value error_record(napi_env env, const napi_extended_error_info* info) {
  napi_value items[4];
  CHECK(env, napi_create_int32(env, (int32_t)info->error_code, &items[0]));
  if (info->error_message == NULL) {
    CHECK(env, napi_get_null(env, &items[1]));
  } else {
    CHECK(env, napi_create_string_utf8(env, info->error_message, NAPI_AUTO_LENGTH, &items[1]));
  }
  CHECK(env, napi_create_uint32(env, info->engine_error_code, &items[2]));
  CHECK(env, napi_get_boolean(env, info->engine_reserved == NULL, &items[3]));
  return make_array(env, items, 4);
}

/* Copies the last error record into `slot` (converted to JS later, since building
 * arrays runs JS and fails while an exception is pending). */
#define RECORD(env, slot)                                                        \
  do {                                                                           \
    const napi_extended_error_info* info_ = NULL;                                \
    napi_status s_ = napi_get_last_error_info((env), &info_);                    \
    EXPECT((env), s_ == napi_ok && info_ != NULL, "napi_get_last_error_info failed"); \
    (slot) = *info_;                                                             \
  } while (0)

/* lastError(scenario) -> the record(s) napi_get_last_error_info reports after the
 * scenario's calls (see the test for what each scenario does). */
static napi_value LastError(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  int32_t scenario = 0;
  CHECK(env, napi_get_value_int32(env, argv[0], &scenario));
  napi_value arg = argv[1];
  napi_extended_error_info records[3];
  uint32_t count = 1;
  napi_value value, number, string, undefined;
  double d;
  bool b;
  uint32_t u;
  char buf[4];
  CHECK(env, napi_create_int32(env, 5, &number));
  CHECK(env, napi_create_string_utf8(env, "str", NAPI_AUTO_LENGTH, &string));
  CHECK(env, napi_get_undefined(env, &undefined));
  switch (scenario) {
    case 0: /* a successful call */
      napi_get_undefined(env, &value);
      RECORD(env, records[0]);
      break;
    case 1: /* number_expected, read twice: reading does not reset the record */
      napi_get_value_double(env, string, &d);
      RECORD(env, records[0]);
      RECORD(env, records[1]);
      count = 2;
      break;
    case 2: /* a failure, then a success */
      napi_get_value_double(env, string, &d);
      napi_get_undefined(env, &value);
      RECORD(env, records[0]);
      break;
    case 3: /* napi_get_last_error_info(env, NULL) itself fails and records that */
      napi_get_value_double(env, string, &d);
      EXPECT(env, napi_get_last_error_info(env, NULL) == napi_invalid_arg, "NULL result");
      RECORD(env, records[0]);
      break;
    case 4: /* a call with a NULL env does not touch this env's record */
      napi_get_value_bool(env, number, &b);
      EXPECT(env, napi_get_undefined(NULL, &value) == napi_invalid_arg, "NULL env");
      RECORD(env, records[0]);
      break;
    case 5: /* string_expected */
      napi_create_error(env, NULL, number, &value);
      RECORD(env, records[0]);
      break;
    case 6: /* boolean_expected */
      napi_get_value_bool(env, number, &b);
      RECORD(env, records[0]);
      break;
    case 7: /* array_expected */
      napi_get_array_length(env, string, &u);
      RECORD(env, records[0]);
      break;
    case 8: /* invalid_arg */
      napi_create_string_utf8(env, NULL, 3, &value);
      RECORD(env, records[0]);
      break;
    case 9: /* string_expected from a string getter */
      napi_get_value_string_utf8(env, number, buf, sizeof(buf), NULL);
      RECORD(env, records[0]);
      break;
    case 10: { /* a JS callee throws: pending_exception; then a refused call; then the
                  non-throwing napi_is_exception_pending resets the record */
      napi_value global;
      CHECK(env, napi_get_global(env, &global));
      napi_call_function(env, global, arg, 0, NULL, &value);
      RECORD(env, records[0]);
      napi_strict_equals(env, number, number, &b);
      RECORD(env, records[1]);
      napi_is_exception_pending(env, &b);
      RECORD(env, records[2]);
      count = 3;
      napi_get_and_clear_last_exception(env, &value);
      break;
    }
    case 11: /* napi_throw succeeds (ok) although it leaves an exception pending */
      napi_throw(env, number);
      RECORD(env, records[0]);
      napi_get_and_clear_last_exception(env, &value);
      break;
    case 12: /* a failure, then a successful NAPI_PREAMBLE call */
      napi_get_value_double(env, string, &d);
      napi_strict_equals(env, number, undefined, &b);
      RECORD(env, records[0]);
      break;
    case 13: /* a failure inside a NAPI_PREAMBLE function (no exception) */
      napi_strict_equals(env, number, NULL, &b);
      RECORD(env, records[0]);
      break;
    case 14: /* the message of a failed napi_throw_error (NULL msg) */
      napi_throw_error(env, "CODE", NULL);
      RECORD(env, records[0]);
      break;
    default:
      napi_throw_error(env, NULL, "unknown scenario");
      return NULL;
  }
  napi_value items[3];
  for (uint32_t i = 0; i < count; i++) {
    items[i] = error_record(env, &records[i]);
    if (items[i] == NULL) return NULL;
  }
  return make_array(env, items, count);
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("createError", CreateError),
      METHOD("createErrorStatuses", CreateErrorStatuses),
      METHOD("throwError", ThrowError),
      METHOD("throwRawUtf8", ThrowRawUtf8),
      METHOD("nullEnvStatuses", NullEnvStatuses),
      METHOD("throwValue", ThrowValue),
      METHOD("throwStatuses", ThrowStatuses),
      METHOD("throwTwice", ThrowTwice),
      METHOD("isError", IsError),
      METHOD("isErrorStatuses", IsErrorStatuses),
      METHOD("nothingPending", NothingPending),
      METHOD("callAndCatch", CallAndCatch),
      METHOD("callAndLeavePending", CallAndLeavePending),
      METHOD("throwThenReturn", ThrowThenReturn),
      METHOD("clearAndReturn", ClearAndReturn),
      METHOD("whilePending", WhilePending),
      METHOD("lastError", LastError),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
