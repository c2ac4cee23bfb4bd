/* Primitive values: singletons, numbers, booleans, napi_typeof, napi_strict_equals. */
#include "common.h"

#include <math.h>
#include <stdint.h>

static napi_value Singletons(napi_env env, napi_callback_info info) {
  napi_value result, value;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_get_undefined(env, &value));
  CHECK(env, napi_set_element(env, result, 0, value));
  CHECK(env, napi_get_null(env, &value));
  CHECK(env, napi_set_element(env, result, 1, value));
  CHECK(env, napi_get_boolean(env, true, &value));
  CHECK(env, napi_set_element(env, result, 2, value));
  CHECK(env, napi_get_boolean(env, false, &value));
  CHECK(env, napi_set_element(env, result, 3, value));
  CHECK(env, napi_get_global(env, &value));
  CHECK(env, napi_set_element(env, result, 4, value));
  return result;
}

/* Round-trips a number through each C type: returns [double, int32, uint32, int64]. */
static napi_value Conversions(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  double d;
  int32_t i32;
  uint32_t u32;
  int64_t i64;
  CHECK(env, napi_get_value_double(env, argv[0], &d));
  CHECK(env, napi_get_value_int32(env, argv[0], &i32));
  CHECK(env, napi_get_value_uint32(env, argv[0], &u32));
  CHECK(env, napi_get_value_int64(env, argv[0], &i64));
  napi_value result, value;
  CHECK(env, napi_create_array_with_length(env, 4, &result));
  CHECK(env, napi_create_double(env, d, &value));
  CHECK(env, napi_set_element(env, result, 0, value));
  CHECK(env, napi_create_int32(env, i32, &value));
  CHECK(env, napi_set_element(env, result, 1, value));
  CHECK(env, napi_create_uint32(env, u32, &value));
  CHECK(env, napi_set_element(env, result, 2, value));
  /* int64 as a decimal string, so that no precision is lost on the way back. */
  char text[32];
  int64_t magnitude = i64;
  int negative = i64 < 0;
  size_t len = 0;
  char digits[32];
  do {
    int64_t digit = magnitude % 10;
    digits[len++] = (char)('0' + (digit < 0 ? -digit : digit));
    magnitude /= 10;
  } while (magnitude != 0);
  size_t pos = 0;
  if (negative) text[pos++] = '-';
  while (len > 0) text[pos++] = digits[--len];
  CHECK(env, napi_create_string_utf8(env, text, pos, &value));
  CHECK(env, napi_set_element(env, result, 3, value));
  return result;
}

static napi_value CreateInt64(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  double d;
  CHECK(env, napi_get_value_double(env, argv[0], &d));
  napi_value result;
  CHECK(env, napi_create_int64(env, (int64_t)d, &result));
  return result;
}

static napi_value GetBool(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool b;
  CHECK(env, napi_get_value_bool(env, argv[0], &b));
  napi_value result;
  CHECK(env, napi_get_boolean(env, !b, &result));
  return result;
}

static const char* type_names[] = {"undefined", "null",   "boolean", "number",   "string",
                                   "symbol",    "object", "function", "external", "bigint"};

static napi_value TypeOf(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_valuetype type;
  CHECK(env, napi_typeof(env, argv[0], &type));
  napi_value result;
  CHECK(env, napi_create_string_utf8(env, type_names[type], NAPI_AUTO_LENGTH, &result));
  return result;
}

static napi_value StrictEquals(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  bool equal;
  CHECK(env, napi_strict_equals(env, argv[0], argv[1], &equal));
  napi_value result;
  CHECK(env, napi_get_boolean(env, equal, &result));
  return result;
}

/* Statuses of the getters for a value of the wrong type and for NULL arguments:
 * [double, int32, uint32, int64, bool] for argv[0], then NULL value, then NULL result. */
static napi_value WrongTypeStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  double d;
  int32_t i32;
  uint32_t u32;
  int64_t i64;
  bool b;
  napi_status statuses[7] = {
      napi_get_value_double(env, argv[0], &d),
      napi_get_value_int32(env, argv[0], &i32),
      napi_get_value_uint32(env, argv[0], &u32),
      napi_get_value_int64(env, argv[0], &i64),
      napi_get_value_bool(env, argv[0], &b),
      napi_get_value_double(env, NULL, &d),
      napi_get_value_double(env, argv[0], NULL),
  };
  napi_value result, value;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < 7; i++) {
    CHECK(env, napi_set_element(env, result, i, status_value(env, statuses[i])));
  }
  (void)value;
  return result;
}

/* Status of napi_get_undefined / napi_typeof with a NULL result pointer. */
static napi_value NullResultStatuses(napi_env env, napi_callback_info info) {
  napi_value undefined;
  CHECK(env, napi_get_undefined(env, &undefined));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, status_value(env, napi_get_undefined(env, NULL))));
  CHECK(env, napi_set_element(env, result, 1, status_value(env, napi_typeof(env, undefined, NULL))));
  CHECK(env, napi_set_element(env, result, 2, status_value(env, napi_create_double(env, 1, NULL))));
  CHECK(env, napi_set_element(env, result, 3, status_value(env, napi_get_boolean(env, true, NULL))));
  return result;
}

/* Numbers made in C at the edges of each type:
 * [int32 min, int32 max, uint32 max, uint32 0, int64 max, int64 min, int64 2^53 + 1,
 *  int64 -1, double -0, double NaN, double +Inf, double -Inf, double min subnormal,
 *  int32 -1] */
static napi_value CreateEdges(napi_env env, napi_callback_info info) {
  napi_value items[14];
  uint32_t n = 0;
  CHECK(env, napi_create_int32(env, INT32_MIN, &items[n++]));
  CHECK(env, napi_create_int32(env, INT32_MAX, &items[n++]));
  CHECK(env, napi_create_uint32(env, UINT32_MAX, &items[n++]));
  CHECK(env, napi_create_uint32(env, 0, &items[n++]));
  CHECK(env, napi_create_int64(env, INT64_MAX, &items[n++]));
  CHECK(env, napi_create_int64(env, INT64_MIN, &items[n++]));
  CHECK(env, napi_create_int64(env, ((int64_t)1 << 53) + 1, &items[n++]));
  CHECK(env, napi_create_int64(env, -1, &items[n++]));
  CHECK(env, napi_create_double(env, -0.0, &items[n++]));
  CHECK(env, napi_create_double(env, NAN, &items[n++]));
  CHECK(env, napi_create_double(env, INFINITY, &items[n++]));
  CHECK(env, napi_create_double(env, -INFINITY, &items[n++]));
  CHECK(env, napi_create_double(env, 4.9406564584124654e-324, &items[n++]));
  CHECK(env, napi_create_int32(env, -1, &items[n++]));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < n; i++) CHECK(env, napi_set_element(env, result, i, items[i]));
  return result;
}

static napi_value statuses_array(napi_env env, const napi_status* statuses, uint32_t count) {
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < count; i++) {
    CHECK(env, napi_set_element(env, result, i, status_value(env, statuses[i])));
  }
  return result;
}

/* Every function of this area called with a NULL env (Node: napi_invalid_arg). */
static napi_value NullEnvStatuses(napi_env env, napi_callback_info info) {
  napi_value value = NULL, one;
  CHECK(env, napi_create_int32(env, 1, &one));
  double d;
  int32_t i32;
  uint32_t u32;
  int64_t i64;
  bool b;
  napi_valuetype type;
  napi_status statuses[] = {
      napi_get_undefined(NULL, &value),
      napi_get_null(NULL, &value),
      napi_get_global(NULL, &value),
      napi_get_boolean(NULL, true, &value),
      napi_create_double(NULL, 1.5, &value),
      napi_create_int32(NULL, 1, &value),
      napi_create_uint32(NULL, 1, &value),
      napi_create_int64(NULL, 1, &value),
      napi_get_value_double(NULL, one, &d),
      napi_get_value_int32(NULL, one, &i32),
      napi_get_value_uint32(NULL, one, &u32),
      napi_get_value_int64(NULL, one, &i64),
      napi_get_value_bool(NULL, one, &b),
      napi_typeof(NULL, one, &type),
      napi_strict_equals(NULL, one, one, &b),
  };
  EXPECT(env, value == NULL, "a call with a NULL env wrote its result");
  return statuses_array(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
}

/* NULL arguments: [typeof(NULL value), strict_equals(NULL lhs), (NULL rhs),
 * (NULL result), get_value_{int32,uint32,int64,bool}(NULL value),
 * get_value_{int32,uint32,int64,bool}(NULL result), get_null(NULL), get_global(NULL),
 * create_{int32,uint32,int64}(NULL)] */
static napi_value NullArgStatuses(napi_env env, napi_callback_info info) {
  napi_value one;
  CHECK(env, napi_create_int32(env, 1, &one));
  bool b;
  int32_t i32;
  uint32_t u32;
  int64_t i64;
  napi_valuetype type;
  napi_status statuses[] = {
      napi_typeof(env, NULL, &type),
      napi_strict_equals(env, NULL, one, &b),
      napi_strict_equals(env, one, NULL, &b),
      napi_strict_equals(env, one, one, NULL),
      napi_get_value_int32(env, NULL, &i32),
      napi_get_value_uint32(env, NULL, &u32),
      napi_get_value_int64(env, NULL, &i64),
      napi_get_value_bool(env, NULL, &b),
      napi_get_value_int32(env, one, NULL),
      napi_get_value_uint32(env, one, NULL),
      napi_get_value_int64(env, one, NULL),
      napi_get_value_bool(env, one, NULL),
      napi_get_null(env, NULL),
      napi_get_global(env, NULL),
      napi_create_int32(env, 1, NULL),
      napi_create_uint32(env, 1, NULL),
      napi_create_int64(env, 1, NULL),
  };
  return statuses_array(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
}

/* An external value (for napi_typeof). */
static napi_value MakeExternal(napi_env env, napi_callback_info info) {
  static int data;
  napi_value result;
  CHECK(env, napi_create_external(env, &data, NULL, NULL, &result));
  return result;
}

/* Compares argv[0] with the string "abc" made in C, and with the global. */
static napi_value StrictEqualsMade(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value made, global, result;
  bool same_string = false, same_global = false;
  CHECK(env, napi_create_string_utf8(env, "abc", NAPI_AUTO_LENGTH, &made));
  CHECK(env, napi_get_global(env, &global));
  CHECK(env, napi_strict_equals(env, argv[0], made, &same_string));
  CHECK(env, napi_strict_equals(env, argv[0], global, &same_global));
  CHECK(env, napi_create_array(env, &result));
  napi_value value;
  CHECK(env, napi_get_boolean(env, same_string, &value));
  CHECK(env, napi_set_element(env, result, 0, value));
  CHECK(env, napi_get_boolean(env, same_global, &value));
  CHECK(env, napi_set_element(env, result, 1, value));
  return result;
}

/* napi_strict_equals while an exception is pending (NAPI_PREAMBLE):
 * [status, whether the result was left alone], then the exception is cleared. */
static napi_value StrictEqualsWhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_throw(env, argv[0]));
  bool equal = true;
  napi_status status = napi_strict_equals(env, argv[0], argv[0], &equal);
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  napi_value result, untouched;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, status_value(env, status)));
  CHECK(env, napi_get_boolean(env, equal, &untouched));
  CHECK(env, napi_set_element(env, result, 1, untouched));
  return result;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("singletons", Singletons),
      METHOD("conversions", Conversions),
      METHOD("createInt64", CreateInt64),
      METHOD("getBool", GetBool),
      METHOD("typeOf", TypeOf),
      METHOD("strictEquals", StrictEquals),
      METHOD("wrongTypeStatuses", WrongTypeStatuses),
      METHOD("nullResultStatuses", NullResultStatuses),
      METHOD("createEdges", CreateEdges),
      METHOD("nullEnvStatuses", NullEnvStatuses),
      METHOD("nullArgStatuses", NullArgStatuses),
      METHOD("makeExternal", MakeExternal),
      METHOD("strictEqualsMade", StrictEqualsMade),
      METHOD("strictEqualsWhilePending", StrictEqualsWhilePending),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
