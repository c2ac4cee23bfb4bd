/* Arrays: napi_create_array(_with_length), napi_get_array_length, napi_is_array and
 * indexed element access. */
#include "common.h"
#include "report.h"

#include <stdint.h>

static bool get_index(napi_env env, napi_value value, uint32_t* index) {
  return napi_get_value_uint32(env, value, index) == napi_ok;
}

static napi_value Create(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  return result;
}

/* createWithLength(n): n is read as a double and passed as size_t. */
static napi_value CreateWithLength(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  double length;
  CHECK(env, napi_get_value_double(env, argv[0], &length));
  napi_value result;
  CHECK(env, napi_create_array_with_length(env, (size_t)length, &result));
  return result;
}

/* length(value) */
static napi_value Length(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t length = 0;
  napi_status status = napi_get_array_length(env, argv[0], &length);
  napi_value value = NULL;
  if (status == napi_ok) CHECK(env, napi_create_uint32(env, length, &value));
  return report(env, status, value);
}

/* isArray(value) */
static napi_value IsArray(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool result = false;
  napi_status status = napi_is_array(env, argv[0], &result);
  return report_bool(env, status, result);
}

/* set(object, index, value) */
static napi_value SetElement(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  uint32_t index;
  EXPECT(env, get_index(env, argv[1], &index), "index");
  return report(env, napi_set_element(env, argv[0], index, argv[2]), NULL);
}

/* get(object, index) */
static napi_value GetElement(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index;
  EXPECT(env, get_index(env, argv[1], &index), "index");
  napi_value result = NULL;
  napi_status status = napi_get_element(env, argv[0], index, &result);
  return report(env, status, result);
}

/* has(object, index) */
static napi_value HasElement(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index;
  EXPECT(env, get_index(env, argv[1], &index), "index");
  bool result = false;
  napi_status status = napi_has_element(env, argv[0], index, &result);
  return report_bool(env, status, result);
}

/* delete(object, index) */
static napi_value DeleteElement(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index;
  EXPECT(env, get_index(env, argv[1], &index), "index");
  bool result = false;
  napi_status status = napi_delete_element(env, argv[0], index, &result);
  return report_bool(env, status, result);
}

/* deleteNoResult(object, index) */
static napi_value DeleteNoResult(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index;
  EXPECT(env, get_index(env, argv[1], &index), "index");
  return report(env, napi_delete_element(env, argv[0], index, NULL), NULL);
}

/* reverse(array): a new array with the elements in reverse order, built with the
 * element functions only. */
static napi_value Reverse(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t length;
  CHECK(env, napi_get_array_length(env, argv[0], &length));
  napi_value result;
  CHECK(env, napi_create_array_with_length(env, length, &result));
  for (uint32_t i = 0; i < length; i++) {
    bool has;
    CHECK(env, napi_has_element(env, argv[0], i, &has));
    if (!has) continue; /* keep holes */
    napi_value element;
    CHECK(env, napi_get_element(env, argv[0], i, &element));
    CHECK(env, napi_set_element(env, result, length - 1 - i, element));
  }
  return result;
}

/* range(n): [0, 1, ..., n-1] built by napi_set_element on an empty array. */
static napi_value Range(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t n;
  CHECK(env, napi_get_value_uint32(env, argv[0], &n));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < n; i++) {
    napi_value value;
    CHECK(env, napi_create_uint32(env, i, &value));
    CHECK(env, napi_set_element(env, result, i, value));
  }
  return result;
}

static napi_value push_status(napi_env env, napi_value array, uint32_t* index,
                              napi_status status) {
  CHECK(env, napi_set_element(env, array, (*index)++, status_value(env, status)));
  return array;
}

/* nullStatuses(array) */
static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value array = argv[0], value, out;
  CHECK(env, napi_create_int32(env, 1, &value));
  bool flag;
  uint32_t length;
  napi_status statuses[] = {
      napi_create_array(env, NULL),
      napi_create_array_with_length(env, 3, NULL),
      napi_get_array_length(env, NULL, &length),
      napi_get_array_length(env, array, NULL),
      napi_is_array(env, NULL, &flag),
      napi_is_array(env, array, NULL),
      napi_set_element(env, NULL, 0, value),
      napi_set_element(env, array, 0, NULL),
      napi_get_element(env, NULL, 0, &out),
      napi_get_element(env, array, 0, NULL),
      napi_has_element(env, NULL, 0, &flag),
      napi_has_element(env, array, 0, NULL),
      napi_delete_element(env, NULL, 0, &flag),
  };
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  uint32_t index = 0;
  for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
    if (push_status(env, result, &index, statuses[i]) == NULL) return NULL;
  }
  return result;
}

/* whilePending(array): statuses of the array functions while an exception is
 * pending; returns {statuses, exception}. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value array = argv[0], value, out;
  CHECK(env, napi_create_int32(env, 9, &value));
  bool flag;
  uint32_t length;
  CHECK(env, napi_throw_error(env, NULL, "pending"));
  napi_status statuses[] = {
      napi_get_array_length(env, array, &length),
      napi_set_element(env, array, 0, value),
      napi_get_element(env, array, 0, &out),
      napi_has_element(env, array, 0, &flag),
      napi_delete_element(env, array, 0, &flag),
      napi_is_array(env, array, &flag),
      napi_create_array(env, &out),
      napi_create_array_with_length(env, 2, &out),
  };
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  napi_value result, list;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_create_array(env, &list));
  uint32_t index = 0;
  for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
    if (push_status(env, list, &index, statuses[i]) == NULL) return NULL;
  }
  CHECK(env, napi_set_named_property(env, result, "statuses", list));
  CHECK(env, napi_set_named_property(env, result, "exception", exception));
  return result;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("createWithLength", CreateWithLength),
      METHOD("length", Length),
      METHOD("isArray", IsArray),
      METHOD("set", SetElement),
      METHOD("get", GetElement),
      METHOD("has", HasElement),
      METHOD("delete", DeleteElement),
      METHOD("deleteNoResult", DeleteNoResult),
      METHOD("reverse", Reverse),
      METHOD("range", Range),
      METHOD("nullStatuses", NullStatuses),
      METHOD("whilePending", WhilePending),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
