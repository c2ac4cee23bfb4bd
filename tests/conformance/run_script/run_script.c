/* napi_run_script. */
#include "report.h"

static napi_value Run(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result = NULL;
  napi_status status = napi_run_script(env, argv[0], &result);
  return report(env, status, result);
}

static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result;
  return STATUS_LIST(env, napi_run_script(env, NULL, &result),
                     napi_run_script(env, argv[0], NULL));
}

static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result, exception;
  napi_throw_error(env, NULL, "pending");
  napi_status status = napi_run_script(env, argv[0], &result);
  napi_get_and_clear_last_exception(env, &exception);
  return status_value(env, status);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("run", Run),
      METHOD("nullStatuses", NullStatuses),
      METHOD("whilePending", WhilePending),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
