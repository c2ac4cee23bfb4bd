/* Shared helpers for napi-host's conformance addons. The same sources are built to
 * wasm32-wasip1 (run by napi-host) and natively (run by Node, the oracle). */
#ifndef NAPI_HOST_CONFORMANCE_COMMON_H
#define NAPI_HOST_CONFORMANCE_COMMON_H

#include <node_api.h>
#include <stddef.h>
#include <string.h>

/* Calls a Node-API function; on failure throws an Error carrying the status message
 * (unless an exception is already pending) and returns NULL from the caller. */
#define CHECK(env, call)                                                        \
  do {                                                                          \
    napi_status check_status_ = (call);                                         \
    if (check_status_ != napi_ok) {                                             \
      conformance_throw_status((env), check_status_, #call);                    \
      return NULL;                                                              \
    }                                                                           \
  } while (0)

/* Throws unless `cond` holds. */
#define EXPECT(env, cond, message)                                              \
  do {                                                                          \
    if (!(cond)) {                                                              \
      napi_throw_error((env), "ERR_CONFORMANCE", (message));                    \
      return NULL;                                                              \
    }                                                                           \
  } while (0)

/* A property descriptor for a method. */
#define METHOD(name, fn) { (name), NULL, (fn), NULL, NULL, NULL, napi_default, NULL }

static inline void conformance_throw_status(napi_env env, napi_status status,
                                            const char* call) {
  /* Read the record first: any other call (even napi_is_exception_pending) resets it. */
  const napi_extended_error_info* info = NULL;
  napi_get_last_error_info(env, &info);
  const char* message =
      (info != NULL && info->error_message != NULL) ? info->error_message : "failed";
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return;
  (void)call;
  napi_throw_error(env, NULL, message);
}

/* Reads `argc` arguments into `argv` (missing ones are undefined). */
#define ARGS(env, info, count)                                                  \
  size_t argc = (count);                                                        \
  napi_value argv[(count) > 0 ? (count) : 1];                                   \
  CHECK((env), napi_get_cb_info((env), (info), &argc, argv, NULL, NULL))

/* A napi_value for a status code (a number), for tests that compare statuses. */
static inline napi_value status_value(napi_env env, napi_status status) {
  napi_value result = NULL;
  napi_create_int32(env, (int32_t)status, &result);
  return result;
}

/* Exports `count` methods on `exports`. */
static inline napi_value export_methods(napi_env env, napi_value exports,
                                        const napi_property_descriptor* methods,
                                        size_t count) {
  CHECK(env, napi_define_properties(env, exports, count, methods));
  return exports;
}

#endif
