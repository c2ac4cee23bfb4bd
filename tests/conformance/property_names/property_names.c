/* Key enumeration and integrity: napi_get_property_names, napi_get_all_property_names,
 * napi_object_freeze, napi_object_seal, napi_get_prototype. */
#include "report.h"

static napi_value Names(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result = NULL;
  napi_status status = napi_get_property_names(env, argv[0], &result);
  return report(env, status, result);
}

/* all(object, mode, filter, conversion) */
static napi_value All(napi_env env, napi_callback_info info) {
  ARGS(env, info, 4);
  int32_t mode, filter, conversion;
  CHECK(env, napi_get_value_int32(env, argv[1], &mode));
  CHECK(env, napi_get_value_int32(env, argv[2], &filter));
  CHECK(env, napi_get_value_int32(env, argv[3], &conversion));
  napi_value result = NULL;
  napi_status status = napi_get_all_property_names(
      env, argv[0], (napi_key_collection_mode)mode, (napi_key_filter)filter,
      (napi_key_conversion)conversion, &result);
  return report(env, status, result);
}

static napi_value Freeze(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return report(env, napi_object_freeze(env, argv[0]), NULL);
}

static napi_value Seal(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return report(env, napi_object_seal(env, argv[0]), NULL);
}

static napi_value Prototype(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result = NULL;
  napi_status status = napi_get_prototype(env, argv[0], &result);
  return report(env, status, result);
}

static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result;
  return STATUS_LIST(env,
                     napi_get_property_names(env, argv[0], NULL),
                     napi_get_property_names(env, NULL, &result),
                     napi_get_all_property_names(env, argv[0], napi_key_own_only,
                                                 napi_key_all_properties,
                                                 napi_key_keep_numbers, NULL),
                     napi_get_all_property_names(env, NULL, napi_key_own_only,
                                                 napi_key_all_properties,
                                                 napi_key_keep_numbers, &result),
                     napi_object_freeze(env, NULL),
                     napi_object_seal(env, NULL),
                     napi_get_prototype(env, argv[0], NULL),
                     napi_get_prototype(env, NULL, &result));
}

static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result, exception;
  napi_throw_error(env, NULL, "pending");
  napi_status a = napi_get_property_names(env, argv[0], &result);
  napi_status b = napi_get_all_property_names(env, argv[0], napi_key_own_only,
                                              napi_key_all_properties,
                                              napi_key_keep_numbers, &result);
  napi_status c = napi_object_freeze(env, argv[0]);
  napi_status d = napi_object_seal(env, argv[0]);
  napi_status e = napi_get_prototype(env, argv[0], &result);
  napi_get_and_clear_last_exception(env, &exception);
  return STATUS_LIST(env, a, b, c, d, e);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("names", Names),
      METHOD("all", All),
      METHOD("freeze", Freeze),
      METHOD("seal", Seal),
      METHOD("prototype", Prototype),
      METHOD("nullStatuses", NullStatuses),
      METHOD("whilePending", WhilePending),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
