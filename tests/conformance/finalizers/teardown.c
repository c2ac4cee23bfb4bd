// napi-cc-variant: v8 -DNAPI_VERSION=8
// napi-cc-variant: experimental -DNAPI_VERSION=2147483647
/* Finalizers at exit: every finalizer still registered runs when the env is torn down
 * (after the 'exit' event, after a natural exit only), most recently registered first,
 * with JS refused. Each finalizer prints a line; the test compares the output with
 * Node's. Names are copied to malloc'd strings that the finalizers free. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>

static char* name_arg(napi_env env, napi_value value) {
  char* name = malloc(64);
  size_t length = 0;
  if (name == NULL) return NULL;
  if (napi_get_value_string_utf8(env, value, name, 64, &length) != napi_ok) name[0] = 0;
  return name;
}

/* What a finalizer may do at teardown: property access (JS) is refused
 * (napi_pending_exception below version 10, napi_cannot_run_js from 10 and for
 * experimental modules), creating values works, throwing is refused. */
static void Finalize(napi_env env, void* data, void* hint) {
  napi_value global, value, object;
  napi_get_global(env, &global);
  napi_status get = napi_get_named_property(env, global, "Object", &value);
  napi_status create = napi_create_object(env, &object);
  napi_status thrown = napi_throw_error(env, NULL, "from a finalizer");
  bool pending = true;
  napi_is_exception_pending(env, &pending);
  printf("finalize %s: get_named_property=%d create_object=%d throw_error=%d pending=%d\n",
         (char*)data, get, create, thrown, pending);
  fflush(stdout);
  free(data);
}

/* A finalizer registered with a reference the addon owns: it reads, then deletes it. */
typedef struct {
  char name[64];
  napi_ref ref;
} Owned;

static void FinalizeOwned(napi_env env, void* data, void* hint) {
  Owned* owned = data;
  napi_value value = NULL;
  napi_status get = napi_get_reference_value(env, owned->ref, &value);
  napi_status deleted = napi_delete_reference(env, owned->ref);
  printf("finalize %s: get_reference_value=%d (%s) delete_reference=%d\n", owned->name, get,
         value == NULL ? "empty" : "value", deleted);
  fflush(stdout);
  free(owned);
}

static napi_value Wrap(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  CHECK(env, napi_wrap(env, argv[0], name_arg(env, argv[1]), Finalize, NULL, NULL));
  return NULL;
}

static napi_value AddFinalizer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  CHECK(env, napi_add_finalizer(env, argv[0], name_arg(env, argv[1]), Finalize, NULL, NULL));
  return NULL;
}

/* addFinalizerWithRef(object, name) */
static napi_value AddFinalizerWithRef(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  Owned* owned = malloc(sizeof(Owned));
  EXPECT(env, owned != NULL, "out of memory");
  size_t length;
  CHECK(env, napi_get_value_string_utf8(env, argv[1], owned->name, sizeof(owned->name), &length));
  CHECK(env, napi_add_finalizer(env, argv[0], owned, FinalizeOwned, NULL, &owned->ref));
  return NULL;
}

static napi_value External(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result;
  CHECK(env, napi_create_external(env, name_arg(env, argv[0]), Finalize, NULL, &result));
  return result;
}

static napi_value SetInstanceData(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_set_instance_data(env, name_arg(env, argv[0]), Finalize, NULL));
  return NULL;
}

/* reference(value): a strong reference, never deleted (no finalizer: prints nothing). */
static napi_value Reference(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_ref ref;
  CHECK(env, napi_create_reference(env, argv[0], 1, &ref));
  return NULL;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("wrap", Wrap),
      METHOD("addFinalizer", AddFinalizer),
      METHOD("addFinalizerWithRef", AddFinalizerWithRef),
      METHOD("external", External),
      METHOD("setInstanceData", SetInstanceData),
      METHOD("reference", Reference),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
