/* External strings and property keys (Node-API 10):
 * node_api_create_external_string_latin1/utf16, node_api_create_property_key_*.
 * Node 20 supports Node-API 9 but already has these functions, so the module declares
 * version 9 and the prototypes (hidden below 10 by node-api-headers) are repeated. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#if NAPI_VERSION < 10
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_external_string_latin1(
    napi_env env, char* str, size_t length, node_api_basic_finalize finalize_callback,
    void* finalize_hint, napi_value* result, bool* copied);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_external_string_utf16(
    napi_env env, char16_t* str, size_t length, node_api_basic_finalize finalize_callback,
    void* finalize_hint, napi_value* result, bool* copied);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_latin1(
    napi_env env, const char* str, size_t length, napi_value* result);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_utf8(
    napi_env env, const char* str, size_t length, napi_value* result);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_utf16(
    napi_env env, const char16_t* str, size_t length, napi_value* result);
#endif

static int finalized = 0;
static void* last_finalized_data = NULL;
static int hint_value = 17;

static void Finalize(node_api_basic_env env, void* data, void* hint) {
  finalized += (hint == &hint_value) ? 1 : 1000;
  last_finalized_data = data;
  free(data);
}

/* {status, value, copied, finalized, finalizedOwnBuffer} */
static napi_value external_report(napi_env env, napi_status status, napi_value value,
                                  bool copied, void* buffer) {
  napi_value out = report(env, status, value);
  napi_value v;
  CHECK(env, napi_get_boolean(env, copied, &v));
  CHECK(env, napi_set_named_property(env, out, "copied", v));
  CHECK(env, napi_create_int32(env, finalized, &v));
  CHECK(env, napi_set_named_property(env, out, "finalized", v));
  CHECK(env, napi_get_boolean(env, last_finalized_data == buffer, &v));
  CHECK(env, napi_set_named_property(env, out, "finalizedOwnBuffer", v));
  return out;
}

/* latin1(string, auto, withFinalizer): a malloc'ed Latin-1 copy of the string's low
 * bytes, freed by the finalizer (or leaked when there is none: test only). */
static napi_value Latin1(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  size_t length;
  bool auto_length, with_finalizer;
  CHECK(env, napi_get_value_string_latin1(env, argv[0], NULL, 0, &length));
  CHECK(env, napi_get_value_bool(env, argv[1], &auto_length));
  CHECK(env, napi_get_value_bool(env, argv[2], &with_finalizer));
  char* buffer = malloc(length + 1);
  CHECK(env, napi_get_value_string_latin1(env, argv[0], buffer, length + 1, &length));
  finalized = 0;
  last_finalized_data = NULL;
  napi_value result = NULL;
  bool copied = false;
  napi_status status = node_api_create_external_string_latin1(
      env, buffer, auto_length ? NAPI_AUTO_LENGTH : length,
      with_finalizer ? Finalize : NULL, &hint_value, &result, &copied);
  return external_report(env, status, result, copied, buffer);
}

/* utf16(string, auto) with a finalizer. */
static napi_value Utf16(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  size_t length;
  bool auto_length;
  CHECK(env, napi_get_value_string_utf16(env, argv[0], NULL, 0, &length));
  CHECK(env, napi_get_value_bool(env, argv[1], &auto_length));
  char16_t* buffer = malloc(sizeof(char16_t) * (length + 1));
  CHECK(env, napi_get_value_string_utf16(env, argv[0], buffer, length + 1, &length));
  finalized = 0;
  last_finalized_data = NULL;
  napi_value result = NULL;
  bool copied = false;
  napi_status status = node_api_create_external_string_utf16(
      env, buffer, auto_length ? NAPI_AUTO_LENGTH : length, Finalize, &hint_value,
      &result, &copied);
  return external_report(env, status, result, copied, buffer);
}

/* noCopiedPointer(): `copied` is optional. */
static napi_value NoCopiedPointer(napi_env env, napi_callback_info info) {
  napi_value result = NULL;
  char* buffer = malloc(4);
  memcpy(buffer, "abc", 4);
  finalized = 0;
  napi_status status = node_api_create_external_string_latin1(
      env, buffer, 3, Finalize, &hint_value, &result, NULL);
  return report(env, status, result);
}

static napi_value Finalized(napi_env env, napi_callback_info info) {
  napi_value v;
  CHECK(env, napi_create_int32(env, finalized, &v));
  return v;
}

/* key(encoding, string, prefixLength | -1): 0 latin1, 1 utf8, 2 utf16. */
static napi_value Key(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  int32_t encoding, prefix;
  CHECK(env, napi_get_value_int32(env, argv[0], &encoding));
  CHECK(env, napi_get_value_int32(env, argv[2], &prefix));
  size_t length = prefix < 0 ? NAPI_AUTO_LENGTH : (size_t)prefix;
  napi_value result = NULL;
  napi_status status;
  if (encoding == 2) {
    char16_t buf[128];
    size_t copied;
    CHECK(env, napi_get_value_string_utf16(env, argv[1], buf, 128, &copied));
    status = node_api_create_property_key_utf16(env, buf, length, &result);
  } else {
    char buf[256];
    size_t copied;
    if (encoding == 0) {
      CHECK(env, napi_get_value_string_latin1(env, argv[1], buf, 256, &copied));
      status = node_api_create_property_key_latin1(env, buf, length, &result);
    } else {
      CHECK(env, napi_get_value_string_utf8(env, argv[1], buf, 256, &copied));
      status = node_api_create_property_key_utf8(env, buf, length, &result);
    }
  }
  return report(env, status, result);
}

static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  napi_value result;
  bool copied;
  char latin1[] = "x";
  char16_t utf16[] = {'x', 0};
  return STATUS_LIST(env,
                     node_api_create_external_string_latin1(env, latin1, 1, NULL, NULL, NULL, &copied),
                     node_api_create_external_string_latin1(env, NULL, 1, NULL, NULL, &result, &copied),
                     node_api_create_external_string_latin1(env, latin1, (size_t)INT32_MAX + 1, NULL, NULL, &result, &copied),
                     node_api_create_external_string_utf16(env, utf16, 1, NULL, NULL, NULL, &copied),
                     node_api_create_external_string_utf16(env, NULL, NAPI_AUTO_LENGTH, NULL, NULL, &result, &copied),
                     node_api_create_property_key_latin1(env, latin1, 1, NULL),
                     node_api_create_property_key_utf8(env, NULL, 1, &result),
                     node_api_create_property_key_utf16(env, utf16, (size_t)INT32_MAX + 1, &result));
}

/* emptyNull(): NULL strings with length 0 are the empty string. */
static napi_value EmptyNull(napi_env env, napi_callback_info info) {
  napi_value a, b, c, d, array;
  bool copied;
  CHECK(env, node_api_create_external_string_latin1(env, NULL, 0, NULL, NULL, &a, &copied));
  CHECK(env, node_api_create_property_key_latin1(env, NULL, 0, &b));
  CHECK(env, node_api_create_property_key_utf8(env, NULL, 0, &c));
  CHECK(env, node_api_create_property_key_utf16(env, NULL, 0, &d));
  CHECK(env, napi_create_array(env, &array));
  CHECK(env, napi_set_element(env, array, 0, a));
  CHECK(env, napi_set_element(env, array, 1, b));
  CHECK(env, napi_set_element(env, array, 2, c));
  CHECK(env, napi_set_element(env, array, 3, d));
  return array;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("latin1", Latin1),
      METHOD("utf16", Utf16),
      METHOD("noCopiedPointer", NoCopiedPointer),
      METHOD("finalized", Finalized),
      METHOD("key", Key),
      METHOD("nullStatuses", NullStatuses),
      METHOD("emptyNull", EmptyNull),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
