/* Dates: napi_create_date, napi_is_date, napi_get_date_value (Node-API 5). */
#include "report.h"

static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  double time;
  CHECK(env, napi_get_value_double(env, argv[0], &time));
  napi_value result = NULL;
  napi_status status = napi_create_date(env, time, &result);
  return report(env, status, result);
}

static napi_value IsDate(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool result = false;
  napi_status status = napi_is_date(env, argv[0], &result);
  return report_bool(env, status, result);
}

static napi_value GetValue(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  double time = 0;
  napi_status status = napi_get_date_value(env, argv[0], &time);
  napi_value v = NULL;
  if (status == napi_ok) CHECK(env, napi_create_double(env, time, &v));
  return report(env, status, v);
}

static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool b;
  double d;
  return STATUS_LIST(env,
                     napi_create_date(env, 0, NULL),
                     napi_is_date(env, NULL, &b),
                     napi_is_date(env, argv[0], NULL),
                     napi_get_date_value(env, NULL, &d),
                     napi_get_date_value(env, argv[0], NULL));
}

/* whilePending(date): the statuses while an exception is pending. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result;
  bool b;
  double d;
  napi_throw_error(env, NULL, "pending");
  napi_status create = napi_create_date(env, 0, &result);
  napi_status is = napi_is_date(env, argv[0], &b);
  napi_status get = napi_get_date_value(env, argv[0], &d);
  napi_value exception;
  napi_get_and_clear_last_exception(env, &exception);
  return STATUS_LIST(env, create, is, get);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("isDate", IsDate),
      METHOD("getValue", GetValue),
      METHOD("nullStatuses", NullStatuses),
      METHOD("whilePending", WhilePending),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
