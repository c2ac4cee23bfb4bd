// napi-cc-variant: v8 -DNAPI_VERSION=8
// napi-cc-variant: experimental -DNAPI_EXPERIMENTAL -DNAPI_VERSION=2147483647
/* When finalizers run. Modules of API version 8 get their finalizers from the event
 * loop after collection, where they may call JS. Experimental modules get them during
 * GC (napi-host: as soon as gc() returns), where they must not call JS and use
 * node_api_post_finalizer to defer work that does. */
#include "common.h"

#include <stdint.h>

#ifdef NAPI_EXPERIMENTAL
/* Experimental: not declared by the npm node-api-headers. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_post_finalizer(node_api_basic_env env,
                                                           napi_finalize finalize_cb,
                                                           void* finalize_data,
                                                           void* finalize_hint);
#endif

static int32_t finalize_count = 0;
static napi_ref js_callback = NULL;
static int32_t js_status = -1;
static int32_t gc_probe_status = -1;
static int32_t instance_data_ok = 0;

/* A finalizer that only counts (and reads the instance data). */
static void CountFinalize(napi_env env, void* data, void* hint) {
  void* instance = NULL;
  finalize_count++;
  if (napi_get_instance_data(env, &instance) == napi_ok && instance == &finalize_count) {
    instance_data_ok++;
  }
}

/* A finalizer that calls the JS callback given to addFinalizerWithJS. */
static void CallJsFinalize(napi_env env, void* data, void* hint) {
  napi_value callback, global, ignored;
  finalize_count++;
  if (napi_get_reference_value(env, js_callback, &callback) != napi_ok || callback == NULL) return;
  napi_get_global(env, &global);
  js_status = napi_call_function(env, global, callback, 0, NULL, &ignored);
  napi_delete_reference(env, js_callback);
  js_callback = NULL;
}

#ifdef NAPI_EXPERIMENTAL
/* A GC finalizer: defers the JS call with node_api_post_finalizer. */
static void PostingFinalize(napi_env env, void* data, void* hint) {
  node_api_post_finalizer(env, CallJsFinalize, data, hint);
}

/* A GC finalizer that tries to run JS. Node aborts the process here; napi-host returns
 * napi_cannot_run_js. */
static void ProbeFinalize(napi_env env, void* data, void* hint) {
  napi_value global, value;
  finalize_count++;
  napi_get_global(env, &global);
  gc_probe_status = napi_get_named_property(env, global, "Object", &value);
}
#endif

static napi_value int_value(napi_env env, int32_t value) {
  napi_value result;
  CHECK(env, napi_create_int32(env, value, &result));
  return result;
}

static napi_value Experimental(napi_env env, napi_callback_info info) {
  napi_value result;
#ifdef NAPI_EXPERIMENTAL
  CHECK(env, napi_get_boolean(env, true, &result));
#else
  CHECK(env, napi_get_boolean(env, false, &result));
#endif
  return result;
}

/* addFinalizer(object) */
static napi_value AddFinalizer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_add_finalizer(env, argv[0], NULL, CountFinalize, NULL, NULL));
  return NULL;
}

/* addFinalizerWithJS(object, callback): the callback runs when the object is finalized
 * (for experimental modules through node_api_post_finalizer). */
static napi_value AddFinalizerWithJS(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  EXPECT(env, js_callback == NULL, "one at a time");
  CHECK(env, napi_create_reference(env, argv[1], 1, &js_callback));
#ifdef NAPI_EXPERIMENTAL
  CHECK(env, napi_add_finalizer(env, argv[0], NULL, PostingFinalize, NULL, NULL));
#else
  CHECK(env, napi_add_finalizer(env, argv[0], NULL, CallJsFinalize, NULL, NULL));
#endif
  return NULL;
}

/* addProbe(object): experimental only; its finalizer tries to run JS. */
static napi_value AddProbe(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
#ifdef NAPI_EXPERIMENTAL
  CHECK(env, napi_add_finalizer(env, argv[0], NULL, ProbeFinalize, NULL, NULL));
#endif
  return NULL;
}

/* postNull(): node_api_post_finalizer accepts a NULL finalizer (and does nothing). */
static napi_value PostNull(napi_env env, napi_callback_info info) {
#ifdef NAPI_EXPERIMENTAL
  return status_value(env, node_api_post_finalizer(env, NULL, NULL, NULL));
#else
  return status_value(env, napi_ok);
#endif
}

/* state(): [finalize count, status of the JS call made from a finalizer, status of the
 * probe, finalizers that saw the instance data] */
static napi_value State(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, int_value(env, finalize_count)));
  CHECK(env, napi_set_element(env, result, 1, int_value(env, js_status)));
  CHECK(env, napi_set_element(env, result, 2, int_value(env, gc_probe_status)));
  CHECK(env, napi_set_element(env, result, 3, int_value(env, instance_data_ok)));
  return result;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("experimental", Experimental),
      METHOD("addFinalizer", AddFinalizer),
      METHOD("addFinalizerWithJS", AddFinalizerWithJS),
      METHOD("addProbe", AddProbe),
      METHOD("postNull", PostNull),
      METHOD("state", State),
  };
  CHECK(env, napi_set_instance_data(env, &finalize_count, NULL, NULL));
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
