/* report(): {status, value?, exception?} for tests that compare statuses: the status of
 * a Node-API call, its result when it succeeded, and the exception it left pending
 * (taken out, so that JS can look at it). */
#ifndef NAPI_HOST_CONFORMANCE_REPORT_H
#define NAPI_HOST_CONFORMANCE_REPORT_H

#include "common.h"

static inline napi_value report(napi_env env, napi_status status, napi_value value) {
  bool pending = false;
  napi_value exception = NULL;
  CHECK(env, napi_is_exception_pending(env, &pending));
  if (pending) CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  napi_value out;
  CHECK(env, napi_create_object(env, &out));
  CHECK(env, napi_set_named_property(env, out, "status", status_value(env, status)));
  if (status == napi_ok && value != NULL) {
    CHECK(env, napi_set_named_property(env, out, "value", value));
  }
  if (pending) CHECK(env, napi_set_named_property(env, out, "exception", exception));
  return out;
}

static inline napi_value report_bool(napi_env env, napi_status status, bool value) {
  napi_value boolean = NULL;
  if (status == napi_ok) CHECK(env, napi_get_boolean(env, value, &boolean));
  return report(env, status, boolean);
}

/* An array of the statuses given. */
static inline napi_value status_list(napi_env env, const napi_status* statuses, size_t count) {
  napi_value array;
  CHECK(env, napi_create_array(env, &array));
  for (size_t i = 0; i < count; i++) {
    CHECK(env, napi_set_element(env, array, (uint32_t)i, status_value(env, statuses[i])));
  }
  return array;
}
#define STATUS_LIST(env, ...)                                                   \
  status_list((env), (const napi_status[]){__VA_ARGS__},                        \
              sizeof((const napi_status[]){__VA_ARGS__}) / sizeof(napi_status))

#endif
