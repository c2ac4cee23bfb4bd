/* napi_fatal_error: Node prints "FATAL ERROR: location message" and aborts the
 * process. napi-host stops only this addon and its runtime (napi-host only: a native
 * build would abort the test's node process). */
#include <node_api.h>

#include <stddef.h>

static napi_value Fatal(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  napi_fatal_error("fatal.c:Fatal", NAPI_AUTO_LENGTH, "something went wrong",
                   NAPI_AUTO_LENGTH);
  return NULL;
}

/* Explicit lengths: only the first 5 bytes of each string count. */
static napi_value FatalWithLengths(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  napi_fatal_error("where?ignored", 6, "what!ignored", 5);
  return NULL;
}

static napi_value Ok(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result;
  napi_create_string_utf8(env, "ok", NAPI_AUTO_LENGTH, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      {"fatal", NULL, Fatal, NULL, NULL, NULL, napi_default, NULL},
      {"fatalWithLengths", NULL, FatalWithLengths, NULL, NULL, NULL, napi_default, NULL},
      {"ok", NULL, Ok, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 3, methods);
  return exports;
}
