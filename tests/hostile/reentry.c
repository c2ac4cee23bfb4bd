/* Finalizers that misbehave, and out-parameters that overlap. */
#include <node_api.h>
#include <stdint.h>
#include <string.h>

#define EXPORT(name, fn)                                                         \
  { name, NULL, fn, NULL, NULL, NULL, napi_default, NULL }

static napi_ref callback_ref;
static int finalized;

static void TrapFinalizer(napi_env env, void* data, void* hint) {
  finalized++;
  __builtin_trap();
}

/* A finalizer that calls back into JS, which calls back into this addon. */
static void ReentrantFinalizer(napi_env env, void* data, void* hint) {
  napi_value callback, global, result;
  finalized++;
  if (napi_get_reference_value(env, callback_ref, &callback) != napi_ok || callback == NULL)
    return;
  napi_get_global(env, &global);
  napi_call_function(env, global, callback, 0, NULL, &result);
}

static napi_value MakeExternal(napi_env env, napi_callback_info info, napi_finalize fin) {
  napi_value result;
  napi_create_external(env, (void*)(uintptr_t)1, fin, NULL, &result);
  return result;
}

static napi_value ExternalTrappingOnFinalize(napi_env env, napi_callback_info info) {
  return MakeExternal(env, info, TrapFinalizer);
}

/* setCallback(fn): fn is what the re-entrant finalizer calls. */
static napi_value SetCallback(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_create_reference(env, argv[0], 1, &callback_ref);
  return NULL;
}

static napi_value ExternalReentrantOnFinalize(napi_env env, napi_callback_info info) {
  return MakeExternal(env, info, ReentrantFinalizer);
}

static napi_value Finalized(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_create_int32(env, finalized, &result);
  return result;
}

/* get_cb_info whose argv overlaps argc: the host must not corrupt its own state. */
static napi_value OverlappingCbInfo(napi_env env, napi_callback_info info) {
  uint32_t block[4] = {3, 0, 0, 0};
  size_t* argc = (size_t*)&block[0];
  napi_value* argv = (napi_value*)&block[0]; /* same address as argc */
  napi_status status = napi_get_cb_info(env, info, argc, argv, NULL, NULL);
  napi_value result;
  napi_create_int32(env, (int32_t)status, &result);
  return result;
}

/* get_value_string_utf8 whose result pointer lies inside the output buffer. */
static napi_value OverlappingStringOut(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result;
  char buf[16];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  size_t* len = (size_t*)(void*)&buf[4];
  napi_status status = napi_get_value_string_utf8(env, argv[0], buf, sizeof(buf), len);
  napi_create_int32(env, status == napi_ok ? (int32_t)*len : -1, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      EXPORT("externalTrappingOnFinalize", ExternalTrappingOnFinalize),
      EXPORT("externalReentrantOnFinalize", ExternalReentrantOnFinalize),
      EXPORT("setCallback", SetCallback),
      EXPORT("finalized", Finalized),
      EXPORT("overlappingCbInfo", OverlappingCbInfo),
      EXPORT("overlappingStringOut", OverlappingStringOut),
  };
  napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods);
  return exports;
}
