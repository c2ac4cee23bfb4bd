/* A guest that misbehaves on purpose. Each export exercises one failure path; the
 * host must answer with the documented status or trap, and keep running. */
#include <node_api.h>
#include <stdint.h>

#define EXPORT(name, fn)                                                         \
  { name, NULL, fn, NULL, NULL, NULL, napi_default, NULL }

/* A result pointer far outside linear memory: the call must trap. */
static napi_value WildResultPointer(napi_env env, napi_callback_info info) {
  napi_create_int32(env, 1, (napi_value*)(uintptr_t)0xFFFFFFF0u);
  return NULL;
}

/* A string whose length runs past the end of memory: the call must trap. */
static napi_value WildStringLength(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_create_string_utf8(env, "abc", 0x7FFFFFF0u, &result);
  return result;
}

/* A NULL result pointer: napi_invalid_arg, returned as a number. */
static napi_value NullResultStatus(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_status status = napi_create_int32(env, 1, NULL);
  napi_create_int32(env, (int32_t)status, &result);
  return result;
}

/* A handle id that was never issued: napi_invalid_arg. */
static napi_value BogusHandleStatus(napi_env env, napi_callback_info info) {
  napi_value result;
  double d;
  napi_status status = napi_get_value_double(env, (napi_value)(uintptr_t)0x7FFFF123u, &d);
  napi_create_int32(env, (int32_t)status, &result);
  return result;
}

/* A handle from a scope that was closed: napi_invalid_arg. */
static napi_value StaleHandleStatus(napi_env env, napi_callback_info info) {
  napi_handle_scope scope;
  napi_value inner, result;
  napi_open_handle_scope(env, &scope);
  napi_create_double(env, 1.5, &inner);
  napi_close_handle_scope(env, scope);
  napi_create_double(env, 2.5, &result); /* reuses the closed slot */
  double d = 0;
  napi_status status = napi_get_value_double(env, inner, &d);
  napi_create_int32(env, (int32_t)status, &result);
  return result;
}

/* A trap in guest code. */
static napi_value Trap(napi_env env, napi_callback_info info) {
  __builtin_trap();
}

/* Returns with a handle scope still open. */
static napi_value LeakScope(napi_env env, napi_callback_info info) {
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  return NULL;
}

/* Closing the callback's own scope is refused: napi_handle_scope_mismatch. */
static napi_value CloseForeignScopeStatus(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_status status = napi_close_handle_scope(env, (napi_handle_scope)(uintptr_t)1);
  napi_create_int32(env, (int32_t)status, &result);
  return result;
}

/* Calls the JS function argument; a trap inside it poisons this instance. */
static napi_value CallJs(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], global, result;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_global(env, &global);
  napi_status status = napi_call_function(env, global, argv[0], 0, NULL, &result);
  if (status != napi_ok) return NULL;
  return result;
}

static napi_value Ok(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_create_string_utf8(env, "ok", NAPI_AUTO_LENGTH, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor exports_list[] = {
      EXPORT("wildResultPointer", WildResultPointer),
      EXPORT("wildStringLength", WildStringLength),
      EXPORT("nullResultStatus", NullResultStatus),
      EXPORT("bogusHandleStatus", BogusHandleStatus),
      EXPORT("staleHandleStatus", StaleHandleStatus),
      EXPORT("trap", Trap),
      EXPORT("leakScope", LeakScope),
      EXPORT("closeForeignScopeStatus", CloseForeignScopeStatus),
      EXPORT("callJs", CallJs),
      EXPORT("ok", Ok),
  };
  napi_define_properties(env, exports, sizeof(exports_list) / sizeof(exports_list[0]),
                         exports_list);
  return exports;
}
