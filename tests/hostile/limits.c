/* A guest that tries to exhaust the host: memory, time and stack. */
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT(name, fn)                                                         \
  { name, NULL, fn, NULL, NULL, NULL, napi_default, NULL }

static napi_value number(napi_env env, double d) {
  napi_value v;
  napi_create_double(env, d, &v);
  return v;
}

/* Blocks stay reachable so the compiler cannot drop the allocations. */
static char* volatile blocks[4096];

/* Allocates and touches `mb` megabytes; returns how many it got. */
static napi_value Allocate(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double mb = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_double(env, argv[0], &mb);
  double got = 0;
  for (int i = 0; i < (int)mb; i++) {
    char* block = malloc(1 << 20);
    if (block == NULL) break;
    memset(block, 1, 1 << 20);
    blocks[i % 4096] = block;
    got++;
  }
  return number(env, got);
}

/* Never returns. */
static napi_value Spin(napi_env env, napi_callback_info info) {
  volatile uint64_t n = 0;
  for (;;) n++;
  return NULL;
}

static volatile int bias = 1;

/* Recursion on the wasm stack only (no address-taken locals, so no shadow stack). */
__attribute__((noinline)) static int depth(int n) {
  return n <= 0 ? 0 : depth(n - bias) + bias;
}

/* Recurses `n` levels in wasm. */
static napi_value Recurse(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double n = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_double(env, argv[0], &n);
  return number(env, depth((int)n));
}

/* Calls the JS function argument (for JS <-> wasm recursion). */
static napi_value CallJs(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], global, result = NULL;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_global(env, &global);
  napi_call_function(env, global, argv[0], 0, NULL, &result);
  return result;
}

/* Creates handles until the host refuses one, then closes the scope and reports how
 * many it got. */
static napi_value HandleFlood(napi_env env, napi_callback_info info) {
  napi_handle_scope scope;
  napi_value v;
  double created = 0;
  napi_open_handle_scope(env, &scope);
  while (napi_create_double(env, created, &v) == napi_ok) created++;
  napi_close_handle_scope(env, scope);
  return number(env, created);
}

/* Stringifies an array whose length is 2^32 - 1 (all holes): the engine's join walks
 * every index. Returns the string, or NULL with the exception pending. */
static napi_value StringifyLongArray(napi_env env, napi_callback_info info) {
  napi_value array, length, string;
  if (napi_create_array(env, &array) != napi_ok ||
      napi_create_uint32(env, UINT32_MAX, &length) != napi_ok ||
      napi_set_named_property(env, array, "length", length) != napi_ok ||
      napi_coerce_to_string(env, array, &string) != napi_ok)
    return NULL;
  return string;
}

static napi_value Ok(napi_env env, napi_callback_info info) {
  napi_value v;
  napi_create_string_utf8(env, "ok", NAPI_AUTO_LENGTH, &v);
  return v;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      EXPORT("allocate", Allocate), EXPORT("spin", Spin),          EXPORT("recurse", Recurse),
      EXPORT("callJs", CallJs),     EXPORT("handleFlood", HandleFlood), EXPORT("ok", Ok),
      EXPORT("stringifyLongArray", StringifyLongArray),
  };
  napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods);
  return exports;
}
