// napi-cc-variant: v8 -DNAPI_VERSION=8
// napi-cc-variant: v10 -DNAPI_VERSION=10
// napi-cc-variant: experimental -DNAPI_VERSION=2147483647
/* References: napi_create_reference, napi_delete_reference, napi_reference_ref,
 * napi_reference_unref, napi_get_reference_value. Built at three module API versions:
 * which values may be referenced depends on it. References live in a table; the JS
 * side names them by index. */
#include "common.h"

#include <stdint.h>

#define MAX_REFS 256
static napi_ref refs[MAX_REFS];
static uint32_t ref_count = 0;
static uint32_t finalized = 0;

static napi_value object_with_status(napi_env env, napi_status status) {
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "status", status_value(env, status)));
  return result;
}

static napi_value uint_value(napi_env env, uint32_t value) {
  napi_value result;
  CHECK(env, napi_create_uint32(env, value, &result));
  return result;
}

static napi_ref ref_arg(napi_env env, napi_value value) {
  uint32_t index = 0;
  if (napi_get_value_uint32(env, value, &index) != napi_ok || index >= ref_count) return NULL;
  return refs[index];
}

/* version(): the NAPI_VERSION this build declares. */
static napi_value Version(napi_env env, napi_callback_info info) {
  return uint_value(env, NAPI_VERSION);
}

/* create(value, count): {status, index?} */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t count;
  CHECK(env, napi_get_value_uint32(env, argv[1], &count));
  EXPECT(env, ref_count < MAX_REFS, "too many references");
  napi_ref ref = NULL;
  napi_status status = napi_create_reference(env, argv[0], count, &ref);
  napi_value result = object_with_status(env, status);
  if (status == napi_ok) {
    refs[ref_count] = ref;
    CHECK(env, napi_set_named_property(env, result, "index", uint_value(env, ref_count)));
    ref_count++;
  } else {
    EXPECT(env, ref == NULL, "a failed call wrote its result");
  }
  return result;
}

/* get(index): {status, empty, value?}: empty when the result is NULL. */
static napi_value Get(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value value = NULL;
  napi_status status = napi_get_reference_value(env, ref_arg(env, argv[0]), &value);
  napi_value result = object_with_status(env, status);
  napi_value empty;
  CHECK(env, napi_get_boolean(env, value == NULL, &empty));
  CHECK(env, napi_set_named_property(env, result, "empty", empty));
  if (value != NULL) CHECK(env, napi_set_named_property(env, result, "value", value));
  return result;
}

/* ref(index) / unref(index): {status, count} (count 12345 when not written). */
static napi_value Ref(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t count = 12345;
  napi_status status = napi_reference_ref(env, ref_arg(env, argv[0]), &count);
  napi_value result = object_with_status(env, status);
  CHECK(env, napi_set_named_property(env, result, "count", uint_value(env, count)));
  return result;
}

static napi_value Unref(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t count = 12345;
  napi_status status = napi_reference_unref(env, ref_arg(env, argv[0]), &count);
  napi_value result = object_with_status(env, status);
  CHECK(env, napi_set_named_property(env, result, "count", uint_value(env, count)));
  return result;
}

/* del(index): status */
static napi_value Delete(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return status_value(env, napi_delete_reference(env, ref_arg(env, argv[0])));
}

/* statuses(object): NULL arguments, in a fixed order. */
static napi_value Statuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_ref ref;
  uint32_t count;
  napi_value value;
  napi_status statuses[9];
  statuses[0] = napi_create_reference(env, NULL, 1, &ref);
  statuses[1] = napi_create_reference(env, argv[0], 1, NULL);
  statuses[2] = napi_reference_ref(env, NULL, &count);
  statuses[3] = napi_reference_unref(env, NULL, &count);
  statuses[4] = napi_get_reference_value(env, NULL, &value);
  statuses[5] = napi_delete_reference(env, NULL);
  CHECK(env, napi_create_reference(env, argv[0], 1, &ref));
  statuses[6] = napi_get_reference_value(env, ref, NULL);
  /* The count out-parameter is optional. */
  statuses[7] = napi_reference_ref(env, ref, NULL);
  statuses[8] = napi_reference_unref(env, ref, NULL);
  CHECK(env, napi_delete_reference(env, ref));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < 9; i++) {
    CHECK(env, napi_set_element(env, result, i, status_value(env, statuses[i])));
  }
  return result;
}

/* whilePending(object): the reference functions work with an exception pending:
 * [create, get, ref, unref, delete], then the exception is cleared. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_throw_error(env, NULL, "pending"));
  napi_ref ref = NULL;
  napi_value value = NULL;
  uint32_t count;
  napi_status statuses[5];
  statuses[0] = napi_create_reference(env, argv[0], 1, &ref);
  statuses[1] = napi_get_reference_value(env, ref, &value);
  statuses[2] = napi_reference_ref(env, ref, &count);
  statuses[3] = napi_reference_unref(env, ref, &count);
  statuses[4] = napi_delete_reference(env, ref);
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < 5; i++) {
    CHECK(env, napi_set_element(env, result, i, status_value(env, statuses[i])));
  }
  return result;
}

static void CountFinalize(napi_env env, void* data, void* hint) {
  finalized++;
}

/* addFinalizer(object): counts a finalization (a sign that the GC ran). */
static napi_value AddFinalizer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_add_finalizer(env, argv[0], NULL, CountFinalize, NULL, NULL));
  return NULL;
}

static napi_value Finalized(napi_env env, napi_callback_info info) {
  return uint_value(env, finalized);
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("version", Version),   METHOD("create", Create),
      METHOD("get", Get),           METHOD("ref", Ref),
      METHOD("unref", Unref),       METHOD("del", Delete),
      METHOD("statuses", Statuses), METHOD("whilePending", WhilePending),
      METHOD("addFinalizer", AddFinalizer), METHOD("finalized", Finalized),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
