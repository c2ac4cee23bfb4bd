/* Symbols: napi_create_symbol and node_api_symbol_for (Node-API 9). */
#define NAPI_VERSION 9
#include "report.h"

/* create(description): `undefined` passes a NULL description. */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_valuetype type;
  CHECK(env, napi_typeof(env, argv[0], &type));
  napi_value result = NULL;
  napi_status status =
      napi_create_symbol(env, type == napi_undefined ? NULL : argv[0], &result);
  return report(env, status, result);
}

/* symbolFor(string, explicitLength): the description passed with its byte length, or
 * NUL-terminated (NAPI_AUTO_LENGTH). */
static napi_value SymbolFor(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  char buf[256];
  size_t length;
  CHECK(env, napi_get_value_string_utf8(env, argv[0], buf, sizeof(buf), &length));
  bool explicit_length;
  CHECK(env, napi_get_value_bool(env, argv[1], &explicit_length));
  napi_value result = NULL;
  napi_status status =
      node_api_symbol_for(env, buf, explicit_length ? length : NAPI_AUTO_LENGTH, &result);
  return report(env, status, result);
}

/* symbolForPrefix(string, length): only the first `length` bytes. */
static napi_value SymbolForPrefix(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  char buf[256];
  size_t length;
  CHECK(env, napi_get_value_string_utf8(env, argv[0], buf, sizeof(buf), &length));
  uint32_t prefix;
  CHECK(env, napi_get_value_uint32(env, argv[1], &prefix));
  napi_value result = NULL;
  napi_status status = node_api_symbol_for(env, buf, prefix, &result);
  return report(env, status, result);
}

/* symbolForNull(): NULL description with length 0 (the empty description). */
static napi_value SymbolForNull(napi_env env, napi_callback_info info) {
  napi_value result = NULL;
  napi_status status = node_api_symbol_for(env, NULL, 0, &result);
  return report(env, status, result);
}

/* nullStatuses(): statuses for NULL arguments. */
static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result;
  return STATUS_LIST(env,
                     napi_create_symbol(env, argv[0], NULL),
                     node_api_symbol_for(env, "x", 1, NULL),
                     node_api_symbol_for(env, NULL, 3, &result),
                     node_api_symbol_for(env, NULL, NAPI_AUTO_LENGTH, &result),
                     node_api_symbol_for(env, "x", (size_t)INT32_MAX + 1, &result));
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("symbolFor", SymbolFor),
      METHOD("symbolForPrefix", SymbolForPrefix),
      METHOD("symbolForNull", SymbolForNull),
      METHOD("nullStatuses", NullStatuses),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
