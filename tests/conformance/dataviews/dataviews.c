/* DataViews: napi_create_dataview, napi_get_dataview_info, napi_is_dataview. */
#include "common.h"

#include <stdint.h>

static napi_value number(napi_env env, double value) {
  napi_value result = NULL;
  napi_create_double(env, value, &result);
  return result;
}

static napi_value boolean(napi_env env, bool value) {
  napi_value result = NULL;
  napi_get_boolean(env, value, &result);
  return result;
}

/* create(arraybuffer, byteOffset, byteLength): {status, value?, error?}: the status of
 * napi_create_dataview, the view on success, and the exception it left pending
 * (cleared). */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  uint32_t offset, length;
  CHECK(env, napi_get_value_uint32(env, argv[1], &offset));
  CHECK(env, napi_get_value_uint32(env, argv[2], &length));
  napi_value value = NULL;
  napi_status status = napi_create_dataview(env, length, argv[0], offset, &value);
  bool pending = false;
  CHECK(env, napi_is_exception_pending(env, &pending));
  napi_value error = NULL;
  if (pending) CHECK(env, napi_get_and_clear_last_exception(env, &error));
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "status", status_value(env, status)));
  if (status == napi_ok) CHECK(env, napi_set_named_property(env, result, "value", value));
  if (pending) CHECK(env, napi_set_named_property(env, result, "error", error));
  return result;
}

/* info(dataview): {byteLength, byteOffset, buffer, dataIsNull, dataOffset}, where
 * dataOffset is the distance from the buffer's data to the view's data. */
static napi_value Info(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  size_t length, offset;
  void* data;
  napi_value buffer;
  CHECK(env, napi_get_dataview_info(env, argv[0], &length, &data, &buffer, &offset));
  bool is_arraybuffer = false;
  CHECK(env, napi_is_arraybuffer(env, buffer, &is_arraybuffer));
  void* buffer_data = NULL;
  size_t buffer_length = 0;
  if (is_arraybuffer) {
    CHECK(env, napi_get_arraybuffer_info(env, buffer, &buffer_data, &buffer_length));
  }
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "byteLength", number(env, (double)length)));
  CHECK(env, napi_set_named_property(env, result, "byteOffset", number(env, (double)offset)));
  CHECK(env, napi_set_named_property(env, result, "buffer", buffer));
  CHECK(env, napi_set_named_property(env, result, "dataIsNull", boolean(env, data == NULL)));
  if (is_arraybuffer && data != NULL) {
    CHECK(env, napi_set_named_property(
                   env, result, "dataOffset",
                   number(env, (double)((uint8_t*)data - (uint8_t*)buffer_data))));
  }
  return result;
}

/* infoNulls(dataview): [byteLength, byteOffset] read with the other outputs NULL. */
static napi_value InfoNulls(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  size_t length, offset;
  CHECK(env, napi_get_dataview_info(env, argv[0], &length, NULL, NULL, NULL));
  CHECK(env, napi_get_dataview_info(env, argv[0], NULL, NULL, NULL, &offset));
  CHECK(env, napi_get_dataview_info(env, argv[0], NULL, NULL, NULL, NULL));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, number(env, (double)length)));
  CHECK(env, napi_set_element(env, result, 1, number(env, (double)offset)));
  return result;
}

/* fill(dataview, value): writes `value` into every byte of the view through its data
 * pointer. */
static napi_value Fill(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t value;
  CHECK(env, napi_get_value_uint32(env, argv[1], &value));
  size_t length;
  void* data;
  CHECK(env, napi_get_dataview_info(env, argv[0], &length, &data, NULL, NULL));
  for (size_t i = 0; i < length; i++) ((uint8_t*)data)[i] = (uint8_t)value;
  return NULL;
}

/* overNewBuffer(length, offset): a DataView over bytes [offset, length) of a fresh
 * napi_create_arraybuffer buffer of `length` bytes, which the addon fills with 1, 2,
 * 3, ... after creating the view. */
static napi_value OverNewBuffer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t length, offset;
  CHECK(env, napi_get_value_uint32(env, argv[0], &length));
  CHECK(env, napi_get_value_uint32(env, argv[1], &offset));
  void* data;
  napi_value buffer, result;
  CHECK(env, napi_create_arraybuffer(env, length, &data, &buffer));
  CHECK(env, napi_create_dataview(env, length - offset, buffer, offset, &result));
  for (uint32_t i = 0; i < length; i++) ((uint8_t*)data)[i] = (uint8_t)(i + 1);
  return result;
}

static napi_value IsDataView(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool is = false;
  CHECK(env, napi_is_dataview(env, argv[0], &is));
  return boolean(env, is);
}

/* infoStatus(value): the status of napi_get_dataview_info (outputs untouched on
 * failure). */
static napi_value InfoStatus(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  size_t length = 12345;
  napi_status status = napi_get_dataview_info(env, argv[0], &length, NULL, NULL, NULL);
  if (status != napi_ok) EXPECT(env, length == 12345, "a failed call wrote its result");
  return status_value(env, status);
}

/* statuses(arraybuffer): [is_dataview NULL value, is_dataview NULL result,
 * get_dataview_info NULL value, create_dataview NULL arraybuffer,
 * create_dataview NULL result] */
static napi_value Statuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool b;
  size_t length;
  napi_value value;
  napi_status statuses[5] = {
      napi_is_dataview(env, NULL, &b),
      napi_is_dataview(env, argv[0], NULL),
      napi_get_dataview_info(env, NULL, &length, NULL, NULL, NULL),
      napi_create_dataview(env, 1, NULL, 0, &value),
      napi_create_dataview(env, 1, argv[0], 0, NULL),
  };
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < 5; i++) {
    CHECK(env, napi_set_element(env, result, i, status_value(env, statuses[i])));
  }
  return result;
}

/* whilePending(arraybuffer, dataview): [create_dataview, get_dataview_info,
 * is_dataview] with an exception pending. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_throw_error(env, NULL, "pending");
  napi_value value;
  size_t length;
  bool b;
  napi_status statuses[3] = {
      napi_create_dataview(env, 1, argv[0], 0, &value),
      napi_get_dataview_info(env, argv[1], &length, NULL, NULL, NULL),
      napi_is_dataview(env, argv[1], &b),
  };
  napi_value exception;
  napi_get_and_clear_last_exception(env, &exception);
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < 3; i++) {
    CHECK(env, napi_set_element(env, result, i, status_value(env, statuses[i])));
  }
  return result;
}

/* detach(arraybuffer): napi_detach_arraybuffer. */
static napi_value Detach(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_detach_arraybuffer(env, argv[0]));
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("info", Info),
      METHOD("infoNulls", InfoNulls),
      METHOD("fill", Fill),
      METHOD("overNewBuffer", OverNewBuffer),
      METHOD("isDataView", IsDataView),
      METHOD("infoStatus", InfoStatus),
      METHOD("statuses", Statuses),
      METHOD("whilePending", WhilePending),
      METHOD("detach", Detach),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
