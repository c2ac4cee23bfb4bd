/* Coercion: napi_coerce_to_bool, _number, _object and _string. */
#include "report.h"

#define COERCE(Name, fn)                                                        \
  static napi_value Name(napi_env env, napi_callback_info info) {               \
    ARGS(env, info, 1);                                                         \
    napi_value result = NULL;                                                   \
    napi_status status = fn(env, argv[0], &result);                             \
    return report(env, status, result);                                         \
  }

COERCE(ToBool, napi_coerce_to_bool)
COERCE(ToNumber, napi_coerce_to_number)
COERCE(ToObject, napi_coerce_to_object)
COERCE(ToString, napi_coerce_to_string)

static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result;
  return STATUS_LIST(env,
                     napi_coerce_to_bool(env, NULL, &result),
                     napi_coerce_to_bool(env, argv[0], NULL),
                     napi_coerce_to_number(env, NULL, &result),
                     napi_coerce_to_number(env, argv[0], NULL),
                     napi_coerce_to_object(env, NULL, &result),
                     napi_coerce_to_object(env, argv[0], NULL),
                     napi_coerce_to_string(env, NULL, &result),
                     napi_coerce_to_string(env, argv[0], NULL));
}

static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result, exception;
  napi_throw_error(env, NULL, "pending");
  napi_status b = napi_coerce_to_bool(env, argv[0], &result);
  napi_status n = napi_coerce_to_number(env, argv[0], &result);
  napi_status o = napi_coerce_to_object(env, argv[0], &result);
  napi_status s = napi_coerce_to_string(env, argv[0], &result);
  napi_get_and_clear_last_exception(env, &exception);
  return STATUS_LIST(env, b, n, o, s);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("toBool", ToBool),
      METHOD("toNumber", ToNumber),
      METHOD("toObject", ToObject),
      METHOD("toString", ToString),
      METHOD("nullStatuses", NullStatuses),
      METHOD("whilePending", WhilePending),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
