/* The benchmark addon: the operations measured against Node's native addon and emnapi
 * (figures in shared/README.md). */
#include <node_api.h>

static napi_value Noop(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result;
  napi_get_undefined(env, &result);
  return result;
}

static napi_value Add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  double a, b;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_double(env, argv[0], &a);
  napi_get_value_double(env, argv[1], &b);
  napi_create_double(env, a + b, &result);
  return result;
}

/* sumFloat64(array): the sum of a Float64Array's elements, read through the data
 * pointer napi_get_typedarray_info returns. */
static napi_value SumFloat64(napi_env env, napi_callback_info info) {
  size_t argc = 1, length;
  napi_value argv[1], result;
  napi_typedarray_type type;
  void* data;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_typedarray_info(env, argv[0], &type, &length, &data, NULL, NULL);
  double sum = 0;
  const double* values = data;
  for (size_t i = 0; i < length; i++) sum += values[i];
  napi_create_double(env, sum, &result);
  return result;
}

/* newFloat64(length): a Float64Array over a buffer the addon creates (filled with 0.5). */
static napi_value NewFloat64(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], buffer, result;
  uint32_t length;
  void* data;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_uint32(env, argv[0], &length);
  napi_create_arraybuffer(env, (size_t)length * sizeof(double), &data, &buffer);
  for (uint32_t i = 0; i < length; i++) ((double*)data)[i] = 0.5;
  napi_create_typedarray(env, napi_float64_array, length, buffer, 0, &result);
  return result;
}

/* strlen(s): UTF-8 length of a string, copied out of the engine (the 1 KiB string
 * round trip of the reference figures). */
static napi_value Strlen(napi_env env, napi_callback_info info) {
  static char buf[4096];
  size_t argc = 1, len = 0;
  napi_value argv[1], result;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_string_utf8(env, argv[0], buf, sizeof(buf), &len);
  napi_create_uint32(env, (uint32_t)len, &result);
  return result;
}

/* makeObj(): an object with 8 named int properties. */
static napi_value MakeObj(napi_env env, napi_callback_info info) {
  (void)info;
  static const char* names[8] = {"a", "b", "c", "d", "e", "f", "g", "h"};
  napi_value obj, value;
  napi_create_object(env, &obj);
  for (int i = 0; i < 8; i++) {
    napi_create_int32(env, i, &value);
    napi_set_named_property(env, obj, names[i], value);
  }
  return obj;
}

/* callJs(cb, n): calls cb(n) with one int argument and returns its result. */
static napi_value CallJs(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], global, result;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_global(env, &global);
  napi_call_function(env, global, argv[0], 1, &argv[1], &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      {"noop", NULL, Noop, NULL, NULL, NULL, napi_default, NULL},
      {"add", NULL, Add, NULL, NULL, NULL, napi_default, NULL},
      {"sumFloat64", NULL, SumFloat64, NULL, NULL, NULL, napi_default, NULL},
      {"newFloat64", NULL, NewFloat64, NULL, NULL, NULL, napi_default, NULL},
      {"strlen", NULL, Strlen, NULL, NULL, NULL, napi_default, NULL},
      {"makeObj", NULL, MakeObj, NULL, NULL, NULL, napi_default, NULL},
      {"callJs", NULL, CallJs, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods);
  return exports;
}
