/* Experimental object functions (Node >= 24.12 / 25.2; absent from Node 20, so this
 * test runs under napi-host only). node-api-headers strips experimental declarations,
 * so they are declared here as Node's js_native_api.h declares them. */
#include <node_api.h>

NAPI_EXTERN napi_status NAPI_CDECL node_api_set_prototype(napi_env env, napi_value object,
                                                          napi_value value);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_object_with_properties(
    napi_env env, napi_value prototype_or_null, const napi_value* property_names,
    const napi_value* property_values, size_t property_count, napi_value* result);

static napi_value status_or(napi_env env, napi_status status, napi_value value) {
  napi_value result;
  if (status == napi_ok && value != NULL) return value;
  napi_create_int32(env, (int32_t)status, &result);
  return result;
}

/* setPrototype(object, proto) -> status */
static napi_value SetPrototype(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  return status_or(env, node_api_set_prototype(env, argv[0], argv[1]), NULL);
}

/* create(proto | undefined for NULL, names[], values[]) -> object or status */
static napi_value Create(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], names[8], values[8], result = NULL;
  uint32_t count = 0;
  napi_valuetype proto_type;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_array_length(env, argv[1], &count);
  if (count > 8) count = 8;
  for (uint32_t i = 0; i < count; i++) {
    napi_get_element(env, argv[1], i, &names[i]);
    napi_get_element(env, argv[2], i, &values[i]);
  }
  napi_typeof(env, argv[0], &proto_type);
  napi_value proto = proto_type == napi_undefined ? NULL : argv[0];
  napi_status status =
      node_api_create_object_with_properties(env, proto, names, values, count, &result);
  return status_or(env, status, result);
}

/* createNullResult() -> status with a NULL result pointer */
static napi_value CreateNullResult(napi_env env, napi_callback_info info) {
  return status_or(env, node_api_create_object_with_properties(env, NULL, NULL, NULL, 0, NULL),
                   NULL);
}

/* createNullArrays() -> status for count 1 with NULL arrays */
static napi_value CreateNullArrays(napi_env env, napi_callback_info info) {
  napi_value result;
  return status_or(env, node_api_create_object_with_properties(env, NULL, NULL, NULL, 1, &result),
                   NULL);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      {"setPrototype", NULL, SetPrototype, NULL, NULL, NULL, napi_default, NULL},
      {"create", NULL, Create, NULL, NULL, NULL, napi_default, NULL},
      {"createNullResult", NULL, CreateNullResult, NULL, NULL, NULL, napi_default, NULL},
      {"createNullArrays", NULL, CreateNullArrays, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 4, methods);
  return exports;
}
