/* Promises: napi_create_promise, napi_resolve_deferred, napi_reject_deferred,
 * napi_is_promise. */
#include "report.h"

#define MAX_DEFERREDS 16
static napi_deferred deferreds[MAX_DEFERREDS];

/* create(slot) -> promise; the deferred is kept in `slot`. */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t slot;
  CHECK(env, napi_get_value_uint32(env, argv[0], &slot));
  EXPECT(env, slot < MAX_DEFERREDS, "slot out of range");
  napi_value promise;
  CHECK(env, napi_create_promise(env, &deferreds[slot], &promise));
  return promise;
}

/* conclude(slot, resolve, value) -> status */
static napi_value Conclude(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  uint32_t slot;
  bool resolve;
  CHECK(env, napi_get_value_uint32(env, argv[0], &slot));
  CHECK(env, napi_get_value_bool(env, argv[1], &resolve));
  EXPECT(env, slot < MAX_DEFERREDS, "slot out of range");
  napi_status status = resolve ? napi_resolve_deferred(env, deferreds[slot], argv[2])
                               : napi_reject_deferred(env, deferreds[slot], argv[2]);
  return report(env, status, NULL);
}

/* resolveNull(slot): a NULL resolution is invalid and keeps the deferred usable. */
static napi_value ResolveNull(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t slot;
  CHECK(env, napi_get_value_uint32(env, argv[0], &slot));
  return STATUS_LIST(env, napi_resolve_deferred(env, deferreds[slot], NULL),
                     napi_reject_deferred(env, deferreds[slot], NULL));
}

/* createAndResolve(value): resolved before JS sees the promise. */
static napi_value CreateAndResolve(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_deferred deferred;
  napi_value promise;
  CHECK(env, napi_create_promise(env, &deferred, &promise));
  CHECK(env, napi_resolve_deferred(env, deferred, argv[0]));
  return promise;
}

static napi_value IsPromise(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool result = false;
  napi_status status = napi_is_promise(env, argv[0], &result);
  return report_bool(env, status, result);
}

static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_deferred deferred;
  napi_value promise;
  bool b;
  return STATUS_LIST(env,
                     napi_create_promise(env, NULL, &promise),
                     napi_create_promise(env, &deferred, NULL),
                     napi_is_promise(env, NULL, &b),
                     napi_is_promise(env, argv[0], NULL));
}

/* whilePending(): napi_create_promise with an exception pending. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  napi_deferred deferred;
  napi_value promise, exception;
  napi_throw_error(env, NULL, "pending");
  napi_status status = napi_create_promise(env, &deferred, &promise);
  napi_get_and_clear_last_exception(env, &exception);
  return status_value(env, status);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("conclude", Conclude),
      METHOD("resolveNull", ResolveNull),
      METHOD("createAndResolve", CreateAndResolve),
      METHOD("isPromise", IsPromise),
      METHOD("nullStatuses", NullStatuses),
      METHOD("whilePending", WhilePending),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
