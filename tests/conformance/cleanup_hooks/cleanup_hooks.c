// napi-cc-variant: a -DADDON_NAME="a"
// napi-cc-variant: b -DADDON_NAME="b"
/* Environment cleanup hooks: they run at teardown after a natural exit, in reverse
 * order of registration across all addons, and print to stdout (JS cannot observe
 * them). Built twice (addons "a" and "b") to interleave two addons' hooks. */
#include "common.h"

#include <stdint.h>
#include <stdio.h>

#ifndef ADDON_NAME
#define ADDON_NAME "?"
#endif

static napi_env the_env;
static int ids[16] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

/* Prints its id and what Node-API calls return at teardown: a handle scope still
 * works, JS does not run (napi_pending_exception for this Node-API 8 module). */
static void Hook(void* arg) {
  int id = *(int*)arg;
  napi_handle_scope scope;
  napi_value global, value;
  napi_status open = napi_open_handle_scope(the_env, &scope);
  napi_status get_global = napi_get_global(the_env, &global);
  napi_status run_js = napi_get_named_property(the_env, global, "process", &value);
  printf("%s: cleanup(%d) scope=%d global=%d js=%d\n", ADDON_NAME, id, open, get_global,
         run_js);
  fflush(stdout);
  napi_close_handle_scope(the_env, scope);
}

static void AsyncHook(napi_async_cleanup_hook_handle handle, void* arg) {
  int id = *(int*)arg;
  napi_status removed = napi_remove_async_cleanup_hook(handle);
  printf("%s: async cleanup(%d) removed=%d\n", ADDON_NAME, id, removed);
  fflush(stdout);
}

static int32_t id_arg(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t id = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &id);
  return id >= 0 && id < 16 ? id : 0;
}

/* addHook(id) -> status */
static napi_value AddHook(napi_env env, napi_callback_info info) {
  return status_value(env, napi_add_env_cleanup_hook(env, Hook, &ids[id_arg(env, info)]));
}

/* removeHook(id) -> status */
static napi_value RemoveHook(napi_env env, napi_callback_info info) {
  return status_value(env, napi_remove_env_cleanup_hook(env, Hook, &ids[id_arg(env, info)]));
}

static napi_value set_status(napi_env env, napi_value object, const char* key,
                             napi_status status) {
  CHECK(env, napi_set_named_property(env, object, key, status_value(env, status)));
  return object;
}

/* Statuses of calls with NULL arguments, and of removing what is not registered. */
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result;
  napi_async_cleanup_hook_handle handle;
  CHECK(env, napi_create_object(env, &result));
  set_status(env, result, "addNull", napi_add_env_cleanup_hook(env, NULL, &ids[1]));
  set_status(env, result, "removeNull", napi_remove_env_cleanup_hook(env, NULL, &ids[1]));
  set_status(env, result, "removeUnknown", napi_remove_env_cleanup_hook(env, Hook, &ids[15]));
  set_status(env, result, "addAsyncNull", napi_add_async_cleanup_hook(env, NULL, NULL, &handle));
  set_status(env, result, "removeAsyncNull", napi_remove_async_cleanup_hook(NULL));
  return result;
}

/* duplicate(id) -> status of registering an already registered (fun, arg) pair. Node
 * aborts the process; napi-host refuses it with napi_invalid_arg. */
static napi_value Duplicate(napi_env env, napi_callback_info info) {
  return status_value(env, napi_add_env_cleanup_hook(env, Hook, &ids[id_arg(env, info)]));
}

NAPI_MODULE_INIT() {
  the_env = env;
  napi_async_cleanup_hook_handle handle;
  CHECK(env, napi_add_env_cleanup_hook(env, Hook, &ids[1]));
  CHECK(env, napi_add_env_cleanup_hook(env, Hook, &ids[2]));
  CHECK(env, napi_add_async_cleanup_hook(env, AsyncHook, &ids[3], NULL));
  CHECK(env, napi_add_env_cleanup_hook(env, Hook, &ids[4]));
  CHECK(env, napi_remove_env_cleanup_hook(env, Hook, &ids[2]));
  /* Registered, then removed before teardown: never runs. */
  CHECK(env, napi_add_async_cleanup_hook(env, AsyncHook, &ids[5], &handle));
  CHECK(env, napi_remove_async_cleanup_hook(handle));
  static const napi_property_descriptor methods[] = {
      METHOD("addHook", AddHook),
      METHOD("removeHook", RemoveHook),
      METHOD("nullArgs", NullArgs),
      METHOD("duplicate", Duplicate),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
