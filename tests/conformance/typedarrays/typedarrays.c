/* TypedArrays: napi_create_typedarray, napi_get_typedarray_info, napi_is_typedarray. */
#include "common.h"

#include <stdint.h>

#ifndef NODE_API_HAS_FLOAT16_ARRAY
#define napi_float16_array ((napi_typedarray_type)11)
#endif

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

/* create(type, arraybuffer, byteOffset, length): {status, value?, pending?, error?}:
 * the status of napi_create_typedarray, the typed array on success, and the exception
 * it left pending otherwise (cleared). */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 4);
  int32_t type;
  uint32_t offset, length;
  CHECK(env, napi_get_value_int32(env, argv[0], &type));
  CHECK(env, napi_get_value_uint32(env, argv[2], &offset));
  CHECK(env, napi_get_value_uint32(env, argv[3], &length));
  napi_value value = NULL;
  napi_status status =
      napi_create_typedarray(env, (napi_typedarray_type)type, length, argv[1], offset, &value);
  bool pending = false;
  CHECK(env, napi_is_exception_pending(env, &pending));
  napi_value error = NULL;
  if (pending) CHECK(env, napi_get_and_clear_last_exception(env, &error));
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "status", status_value(env, status)));
  if (status == napi_ok) {
    CHECK(env, napi_set_named_property(env, result, "value", value));
  }
  if (pending) CHECK(env, napi_set_named_property(env, result, "error", error));
  return result;
}

/* info(typedarray): {type, length, byteOffset, buffer, dataIsNull, dataOffset} where
 * dataOffset is the distance from the buffer's data to the typed array's data. */
static napi_value Info(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_typedarray_type type;
  size_t length, offset;
  void* data;
  napi_value buffer;
  CHECK(env, napi_get_typedarray_info(env, argv[0], &type, &length, &data, &buffer, &offset));
  void* buffer_data = NULL;
  size_t buffer_length = 0;
  bool is_arraybuffer = false;
  CHECK(env, napi_is_arraybuffer(env, buffer, &is_arraybuffer));
  if (is_arraybuffer) {
    CHECK(env, napi_get_arraybuffer_info(env, buffer, &buffer_data, &buffer_length));
  }
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "type", number(env, type)));
  CHECK(env, napi_set_named_property(env, result, "length", number(env, (double)length)));
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

/* infoNulls(typedarray): napi_get_typedarray_info with every output NULL but one, in
 * turn; returns [type, length, byteOffset] read that way. */
static napi_value InfoNulls(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_typedarray_type type;
  size_t length, offset;
  CHECK(env, napi_get_typedarray_info(env, argv[0], &type, NULL, NULL, NULL, NULL));
  CHECK(env, napi_get_typedarray_info(env, argv[0], NULL, &length, NULL, NULL, NULL));
  CHECK(env, napi_get_typedarray_info(env, argv[0], NULL, NULL, NULL, NULL, &offset));
  CHECK(env, napi_get_typedarray_info(env, argv[0], NULL, NULL, NULL, NULL, NULL));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, number(env, type)));
  CHECK(env, napi_set_element(env, result, 1, number(env, (double)length)));
  CHECK(env, napi_set_element(env, result, 2, number(env, (double)offset)));
  return result;
}

/* setAll(typedarray, value): stores `value` (a number; for BigInt arrays an integer)
 * into every element through the data pointer, in the element's C type. */
static napi_value SetAll(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  double value;
  CHECK(env, napi_get_value_double(env, argv[1], &value));
  napi_typedarray_type type;
  size_t length;
  void* data;
  CHECK(env, napi_get_typedarray_info(env, argv[0], &type, &length, &data, NULL, NULL));
  for (size_t i = 0; i < length; i++) {
    switch (type) {
      case napi_int8_array: ((int8_t*)data)[i] = (int8_t)value; break;
      case napi_uint8_array: ((uint8_t*)data)[i] = (uint8_t)value; break;
      case napi_uint8_clamped_array: ((uint8_t*)data)[i] = (uint8_t)value; break;
      case napi_int16_array: ((int16_t*)data)[i] = (int16_t)value; break;
      case napi_uint16_array: ((uint16_t*)data)[i] = (uint16_t)value; break;
      case napi_int32_array: ((int32_t*)data)[i] = (int32_t)value; break;
      case napi_uint32_array: ((uint32_t*)data)[i] = (uint32_t)value; break;
      case napi_float32_array: ((float*)data)[i] = (float)value; break;
      case napi_float64_array: ((double*)data)[i] = value; break;
      case napi_bigint64_array: ((int64_t*)data)[i] = (int64_t)value; break;
      case napi_biguint64_array: ((uint64_t*)data)[i] = (uint64_t)value; break;
      default: /* float16: 1.0 is 0x3c00 */ ((uint16_t*)data)[i] = 0x3c00; break;
    }
  }
  return NULL;
}

/* sum(typedarray): the sum of a Float64Array's elements, read through the data
 * pointer. */
static napi_value Sum(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_typedarray_type type;
  size_t length;
  void* data;
  CHECK(env, napi_get_typedarray_info(env, argv[0], &type, &length, &data, NULL, NULL));
  EXPECT(env, type == napi_float64_array, "expected a Float64Array");
  double sum = 0;
  for (size_t i = 0; i < length; i++) sum += ((double*)data)[i];
  return number(env, sum);
}

/* twoViews(a, b): writes 1 into every byte of a, then 2 into every byte of b, each
 * through napi_get_typedarray_info; returns whether both views' data pointers are
 * consistent with their byte offsets into one shared buffer copy. */
static napi_value TwoViews(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  size_t length_a, length_b, offset_a, offset_b;
  void *data_a, *data_b;
  napi_typedarray_type type;
  CHECK(env, napi_get_typedarray_info(env, argv[0], &type, &length_a, &data_a, NULL, &offset_a));
  EXPECT(env, type == napi_uint8_array, "expected a Uint8Array");
  for (size_t i = 0; i < length_a; i++) ((uint8_t*)data_a)[i] = 1;
  CHECK(env, napi_get_typedarray_info(env, argv[1], &type, &length_b, &data_b, NULL, &offset_b));
  EXPECT(env, type == napi_uint8_array, "expected a Uint8Array");
  for (size_t i = 0; i < length_b; i++) ((uint8_t*)data_b)[i] = 2;
  return boolean(env, (uint8_t*)data_a - offset_a == (uint8_t*)data_b - offset_b);
}

static napi_value IsTypedArray(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool is = false;
  CHECK(env, napi_is_typedarray(env, argv[0], &is));
  return boolean(env, is);
}

/* infoStatus(value): the status of napi_get_typedarray_info (outputs untouched on
 * failure). */
static napi_value InfoStatus(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  size_t length = 12345;
  napi_status status = napi_get_typedarray_info(env, argv[0], NULL, &length, NULL, NULL, NULL);
  if (status != napi_ok) EXPECT(env, length == 12345, "a failed call wrote its result");
  return status_value(env, status);
}

/* statuses(arraybuffer): [is_typedarray NULL value, is_typedarray NULL result,
 * get_typedarray_info NULL value, create_typedarray NULL arraybuffer,
 * create_typedarray NULL result] */
static napi_value Statuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool b;
  size_t length;
  napi_value value;
  napi_status statuses[5] = {
      napi_is_typedarray(env, NULL, &b),
      napi_is_typedarray(env, argv[0], NULL),
      napi_get_typedarray_info(env, NULL, NULL, &length, NULL, NULL, NULL),
      napi_create_typedarray(env, napi_uint8_array, 1, NULL, 0, &value),
      napi_create_typedarray(env, napi_uint8_array, 1, argv[0], 0, NULL),
  };
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < 5; i++) {
    CHECK(env, napi_set_element(env, result, i, status_value(env, statuses[i])));
  }
  return result;
}

/* whilePending(arraybuffer, typedarray): [create_typedarray, get_typedarray_info,
 * is_typedarray] with an exception pending. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_throw_error(env, NULL, "pending");
  napi_value value;
  size_t length;
  bool b;
  napi_status statuses[3] = {
      napi_create_typedarray(env, napi_uint8_array, 1, argv[0], 0, &value),
      napi_get_typedarray_info(env, argv[1], NULL, &length, NULL, NULL, NULL),
      napi_is_typedarray(env, argv[1], &b),
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

/* overNewBuffer(type, length): a typed array over a fresh napi_create_arraybuffer
 * buffer, whose elements the addon then fills with 1, 2, 3, ... (as bytes for 1-byte
 * types, as element values otherwise). */
static napi_value OverNewBuffer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  int32_t type;
  uint32_t length;
  CHECK(env, napi_get_value_int32(env, argv[0], &type));
  CHECK(env, napi_get_value_uint32(env, argv[1], &length));
  void* data;
  napi_value buffer, result;
  CHECK(env, napi_create_arraybuffer(env, (size_t)length * 8, &data, &buffer));
  CHECK(env, napi_create_typedarray(env, (napi_typedarray_type)type, length, buffer, 0, &result));
  for (uint32_t i = 0; i < length; i++) {
    switch (type) {
      case napi_int32_array: ((int32_t*)data)[i] = (int32_t)(i + 1); break;
      case napi_float64_array: ((double*)data)[i] = (double)(i + 1); break;
      default: ((uint8_t*)data)[i] = (uint8_t)(i + 1); break;
    }
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
      METHOD("setAll", SetAll),
      METHOD("sum", Sum),
      METHOD("twoViews", TwoViews),
      METHOD("isTypedArray", IsTypedArray),
      METHOD("infoStatus", InfoStatus),
      METHOD("statuses", Statuses),
      METHOD("whilePending", WhilePending),
      METHOD("overNewBuffer", OverNewBuffer),
      METHOD("detach", Detach),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
