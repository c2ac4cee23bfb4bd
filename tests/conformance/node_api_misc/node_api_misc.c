/* The process-level node_api.h functions: the Node version, the module file name,
 * napi_fatal_exception, napi_get_uv_event_loop, async contexts, callback scopes and
 * napi_make_callback. */
#define NAPI_VERSION 9 /* node_api_get_module_file_name */
#include "common.h"

#include <stdint.h>

static napi_value NodeVersion(napi_env env, napi_callback_info info) {
  (void)info;
  const napi_node_version* version = NULL;
  const napi_node_version* again = NULL;
  CHECK(env, napi_get_node_version(env, &version));
  CHECK(env, napi_get_node_version(env, &again));
  napi_value result, value;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_create_uint32(env, version->major, &value));
  CHECK(env, napi_set_named_property(env, result, "major", value));
  CHECK(env, napi_create_uint32(env, version->minor, &value));
  CHECK(env, napi_set_named_property(env, result, "minor", value));
  CHECK(env, napi_create_uint32(env, version->patch, &value));
  CHECK(env, napi_set_named_property(env, result, "patch", value));
  CHECK(env, napi_create_string_utf8(env, version->release, NAPI_AUTO_LENGTH, &value));
  CHECK(env, napi_set_named_property(env, result, "release", value));
  CHECK(env, napi_get_boolean(env, version == again, &value));
  CHECK(env, napi_set_named_property(env, result, "samePointer", value));
  CHECK(env, napi_set_named_property(env, result, "nullResult",
                                     status_value(env, napi_get_node_version(env, NULL))));
  return result;
}

static napi_value FileName(napi_env env, napi_callback_info info) {
  (void)info;
  const char* name = NULL;
  CHECK(env, node_api_get_module_file_name(env, &name));
  napi_value result;
  CHECK(env, napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &result));
  return result;
}

/* fatalException(err) -> status */
static napi_value FatalException(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return status_value(env, napi_fatal_exception(env, argv[0]));
}

static napi_value FatalExceptionNull(napi_env env, napi_callback_info info) {
  (void)info;
  return status_value(env, napi_fatal_exception(env, NULL));
}

/* uvLoop() -> [status, status with a NULL result] */
static napi_value UvLoop(napi_env env, napi_callback_info info) {
  (void)info;
  struct uv_loop_s* loop = NULL;
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, status_value(env, napi_get_uv_event_loop(env, &loop))));
  CHECK(env, napi_set_element(env, result, 1, status_value(env, napi_get_uv_event_loop(env, NULL))));
  return result;
}

/* makeCallback(recv, fn, ...args) -> what fn returns, through an async context */
static napi_value MakeCallback(napi_env env, napi_callback_info info) {
  size_t argc = 8;
  napi_value argv[8];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  EXPECT(env, argc >= 2, "makeCallback(recv, fn, ...args)");
  napi_value name, result = NULL;
  napi_async_context context;
  CHECK(env, napi_create_string_utf8(env, "conformance:misc", NAPI_AUTO_LENGTH, &name));
  CHECK(env, napi_async_init(env, NULL, name, &context));
  napi_status status = napi_make_callback(env, context, argv[0], argv[1], argc - 2, argv + 2, &result);
  CHECK(env, napi_async_destroy(env, context));
  CHECK(env, status);
  return result;
}

static napi_value set_status(napi_env env, napi_value object, const char* key,
                             napi_status status) {
  CHECK(env, napi_set_named_property(env, object, key, status_value(env, status)));
  return object;
}

/* Statuses of async contexts, callback scopes and napi_make_callback misuse. */
static napi_value Statuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result, name, object;
  napi_async_context context;
  napi_callback_scope scope;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_create_object(env, &object));
  CHECK(env, napi_create_string_utf8(env, "conformance:misc", NAPI_AUTO_LENGTH, &name));
  set_status(env, result, "initNoName", napi_async_init(env, NULL, NULL, &context));
  set_status(env, result, "initNoResult", napi_async_init(env, NULL, name, NULL));
  set_status(env, result, "destroyNull", napi_async_destroy(env, NULL));
  set_status(env, result, "init", napi_async_init(env, object, name, &context));
  set_status(env, result, "openNoResult", napi_open_callback_scope(env, object, context, NULL));
  set_status(env, result, "open", napi_open_callback_scope(env, object, context, &scope));
  set_status(env, result, "close", napi_close_callback_scope(env, scope));
  set_status(env, result, "closeAgain", napi_close_callback_scope(env, scope));
  set_status(env, result, "closeNull", napi_close_callback_scope(env, NULL));
  napi_value ignored;
  set_status(env, result, "makeCallbackNoRecv",
             napi_make_callback(env, context, NULL, argv[0], 0, NULL, &ignored));
  set_status(env, result, "makeCallbackNotAFunction",
             napi_make_callback(env, context, object, object, 0, NULL, &ignored));
  set_status(env, result, "makeCallbackNoArgv",
             napi_make_callback(env, context, object, argv[0], 1, NULL, &ignored));
  set_status(env, result, "makeCallbackNoContext",
             napi_make_callback(env, NULL, object, argv[0], 0, NULL, &ignored));
  set_status(env, result, "destroy", napi_async_destroy(env, context));
  return result;
}

/* inCallbackScope(fn): calls fn inside a callback scope opened from JS (not the
 * outermost scope: nextTicks wait for the JS below). */
static napi_value InCallbackScope(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value name, object, undefined;
  napi_async_context context;
  napi_callback_scope scope;
  CHECK(env, napi_create_object(env, &object));
  CHECK(env, napi_get_undefined(env, &undefined));
  CHECK(env, napi_create_string_utf8(env, "conformance:scope", NAPI_AUTO_LENGTH, &name));
  CHECK(env, napi_async_init(env, object, name, &context));
  CHECK(env, napi_open_callback_scope(env, object, context, &scope));
  CHECK(env, napi_call_function(env, undefined, argv[0], 0, NULL, NULL));
  CHECK(env, napi_close_callback_scope(env, scope));
  CHECK(env, napi_async_destroy(env, context));
  return NULL;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("nodeVersion", NodeVersion),
      METHOD("fileName", FileName),
      METHOD("fatalException", FatalException),
      METHOD("fatalExceptionNull", FatalExceptionNull),
      METHOD("uvLoop", UvLoop),
      METHOD("makeCallback", MakeCallback),
      METHOD("statuses", Statuses),
      METHOD("inCallbackScope", InCallbackScope),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
