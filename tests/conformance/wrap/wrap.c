/* Object wrap: napi_wrap, napi_unwrap, napi_remove_wrap, napi_add_finalizer, type tags
 * (napi_type_tag_object, napi_check_object_type_tag) and instance data. Native objects
 * are small numbers cast to pointers; finalizers record (data, hint) pairs. */
#include "common.h"
#include "report.h"

#include <stdint.h>

#define MAX_ENTRIES 256

/* Finalizations seen, in order: data, hint, and for references owned by the addon the
 * status and emptiness of napi_get_reference_value inside the finalizer. */
typedef struct {
  uint32_t data;
  uint32_t hint;
  int32_t ref_status;
  int32_t ref_empty;
} Finalized;
static Finalized finalized[MAX_ENTRIES];
static uint32_t finalized_count = 0;

static napi_ref refs[MAX_ENTRIES];
static uint32_t ref_count = 0;

#define AS_PTR(n) ((void*)(uintptr_t)(n))
#define AS_U32(p) ((uint32_t)(uintptr_t)(p))

static void record(uint32_t data, uint32_t hint, int32_t ref_status, int32_t ref_empty) {
  if (finalized_count < MAX_ENTRIES) {
    Finalized entry = {data, hint, ref_status, ref_empty};
    finalized[finalized_count++] = entry;
  }
}

static void Finalize(napi_env env, void* data, void* hint) {
  record(AS_U32(data), AS_U32(hint), -1, -1);
}

/* For wraps whose reference the addon owns: the hint is the reference's index. The
 * finalizer reads the reference, then deletes it (the usual ObjectWrap pattern). */
static void FinalizeAndDelete(napi_env env, void* data, void* hint) {
  napi_ref ref = refs[AS_U32(hint)];
  napi_value value = NULL;
  napi_status status = napi_get_reference_value(env, ref, &value);
  record(AS_U32(data), AS_U32(hint), status, value == NULL);
  napi_delete_reference(env, ref);
}

static uint32_t u32_arg(napi_env env, napi_value value) {
  uint32_t result = 0;
  napi_get_value_uint32(env, value, &result);
  return result;
}

static napi_value uint_value(napi_env env, uint32_t value) {
  napi_value result;
  CHECK(env, napi_create_uint32(env, value, &result));
  return result;
}

/* {status, value?}: value is the native object (a number) when the call succeeded. */
static napi_value status_and_data(napi_env env, napi_status status, void* data) {
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "status", status_value(env, status)));
  if (status == napi_ok) {
    CHECK(env, napi_set_named_property(env, result, "value", uint_value(env, AS_U32(data))));
  }
  return result;
}

/* wrap(object, n): napi_wrap with a finalizer (hint n + 1000), no reference. */
static napi_value Wrap(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t n = u32_arg(env, argv[1]);
  return status_value(env, napi_wrap(env, argv[0], AS_PTR(n), Finalize, AS_PTR(n + 1000), NULL));
}

/* wrapPlain(object, n): napi_wrap without a finalizer. */
static napi_value WrapPlain(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  return status_value(env, napi_wrap(env, argv[0], AS_PTR(u32_arg(env, argv[1])), NULL, NULL, NULL));
}

/* wrapWithRef(object, n): {status, index}: the addon owns the (weak) reference. */
static napi_value WrapWithRef(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  EXPECT(env, ref_count < MAX_ENTRIES, "too many references");
  uint32_t index = ref_count;
  napi_status status = napi_wrap(env, argv[0], AS_PTR(u32_arg(env, argv[1])), FinalizeAndDelete,
                                 AS_PTR(index), &refs[index]);
  napi_value result = status_and_data(env, status, AS_PTR(index));
  if (status == napi_ok) ref_count++;
  return result;
}

/* refValue(index): the value of an addon-owned reference, or null when empty. */
static napi_value RefValue(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value value = NULL;
  CHECK(env, napi_get_reference_value(env, refs[u32_arg(env, argv[0])], &value));
  if (value == NULL) CHECK(env, napi_get_null(env, &value));
  return value;
}

/* refRef(index): napi_reference_ref (pins the wrapped object) -> count. */
static napi_value RefRef(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t count = 0;
  CHECK(env, napi_reference_ref(env, refs[u32_arg(env, argv[0])], &count));
  return uint_value(env, count);
}

static napi_value RefUnref(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t count = 0;
  CHECK(env, napi_reference_unref(env, refs[u32_arg(env, argv[0])], &count));
  return uint_value(env, count);
}

static napi_value Unwrap(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data = NULL;
  napi_status status = napi_unwrap(env, argv[0], &data);
  return status_and_data(env, status, data);
}

static napi_value RemoveWrap(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data = NULL;
  napi_status status = napi_remove_wrap(env, argv[0], &data);
  return status_and_data(env, status, data);
}

/* wrapStatuses(wrapped, plain): argument checks, in a fixed order. */
static napi_value WrapStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_value number;
  CHECK(env, napi_create_int32(env, 7, &number));
  napi_ref ref = NULL;
  void* data;
  napi_status statuses[11];
  statuses[0] = napi_wrap(env, NULL, AS_PTR(1), NULL, NULL, NULL);
  statuses[1] = napi_wrap(env, number, AS_PTR(1), NULL, NULL, NULL);
  statuses[2] = napi_wrap(env, argv[1], AS_PTR(1), NULL, NULL, &ref); /* result needs a finalizer */
  statuses[3] = napi_wrap(env, argv[0], AS_PTR(1), NULL, NULL, NULL); /* already wrapped */
  statuses[4] = napi_unwrap(env, NULL, &data);
  statuses[5] = napi_unwrap(env, argv[0], NULL);
  statuses[6] = napi_unwrap(env, number, &data);
  statuses[7] = napi_unwrap(env, argv[1], &data); /* not wrapped */
  statuses[8] = napi_remove_wrap(env, NULL, &data);
  statuses[9] = napi_remove_wrap(env, number, &data);
  statuses[10] = napi_remove_wrap(env, argv[1], &data);
  EXPECT(env, ref == NULL, "a failed napi_wrap wrote its reference");
  return status_list(env, statuses, 11);
}

/* removeWrapNoResult(object): napi_remove_wrap's result is optional. */
static napi_value RemoveWrapNoResult(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return status_value(env, napi_remove_wrap(env, argv[0], NULL));
}

/* addFinalizer(object, n): data n, hint n + 2000. */
static napi_value AddFinalizer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t n = u32_arg(env, argv[1]);
  return status_value(env, napi_add_finalizer(env, argv[0], AS_PTR(n), Finalize, AS_PTR(n + 2000), NULL));
}

/* addFinalizerWithRef(object, n): {status, index}: the addon owns the reference. */
static napi_value AddFinalizerWithRef(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  EXPECT(env, ref_count < MAX_ENTRIES, "too many references");
  uint32_t index = ref_count;
  napi_status status = napi_add_finalizer(env, argv[0], AS_PTR(u32_arg(env, argv[1])),
                                          FinalizeAndDelete, AS_PTR(index), &refs[index]);
  napi_value result = status_and_data(env, status, AS_PTR(index));
  if (status == napi_ok) ref_count++;
  return result;
}

/* addFinalizerStatuses(object): [NULL object, NULL finalizer, non-object]. */
static napi_value AddFinalizerStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value number;
  CHECK(env, napi_create_int32(env, 7, &number));
  napi_status statuses[3];
  statuses[0] = napi_add_finalizer(env, NULL, NULL, Finalize, NULL, NULL);
  statuses[1] = napi_add_finalizer(env, argv[0], NULL, NULL, NULL, NULL);
  statuses[2] = napi_add_finalizer(env, number, NULL, Finalize, NULL, NULL);
  return status_list(env, statuses, 3);
}

/* finalized(): [[data, hint, refStatus, refEmpty], ...] in finalization order. */
static napi_value GetFinalized(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < finalized_count; i++) {
    napi_value entry, value;
    CHECK(env, napi_create_array(env, &entry));
    CHECK(env, napi_set_element(env, entry, 0, uint_value(env, finalized[i].data)));
    CHECK(env, napi_set_element(env, entry, 1, uint_value(env, finalized[i].hint)));
    CHECK(env, napi_create_int32(env, finalized[i].ref_status, &value));
    CHECK(env, napi_set_element(env, entry, 2, value));
    CHECK(env, napi_create_int32(env, finalized[i].ref_empty, &value));
    CHECK(env, napi_set_element(env, entry, 3, value));
    CHECK(env, napi_set_element(env, result, i, entry));
  }
  return result;
}

/* ---- type tags */

static const napi_type_tag tags[] = {
    {0x1234567890abcdefULL, 0xfedcba0987654321ULL},
    {0x1234567890abcdefULL, 0x0ULL},
    {0x0ULL, 0x0ULL},
    {0x0ULL, 0xfedcba0987654321ULL},
};

/* tag(value, i): {status, pending}: the exception (if any) is cleared. */
static napi_value Tag(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_status status = napi_type_tag_object(env, argv[0], &tags[u32_arg(env, argv[1])]);
  bool pending;
  CHECK(env, napi_is_exception_pending(env, &pending));
  if (pending) {
    napi_value exception;
    CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  }
  napi_value result, flag;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "status", status_value(env, status)));
  CHECK(env, napi_get_boolean(env, pending, &flag));
  CHECK(env, napi_set_named_property(env, result, "pending", flag));
  return result;
}

/* check(value, i): {status, matches?, pending} */
static napi_value Check(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  bool matches = false;
  napi_status status = napi_check_object_type_tag(env, argv[0], &tags[u32_arg(env, argv[1])], &matches);
  bool pending;
  CHECK(env, napi_is_exception_pending(env, &pending));
  if (pending) {
    napi_value exception;
    CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  }
  napi_value result, flag;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "status", status_value(env, status)));
  if (status == napi_ok) {
    CHECK(env, napi_get_boolean(env, matches, &flag));
    CHECK(env, napi_set_named_property(env, result, "matches", flag));
  }
  CHECK(env, napi_get_boolean(env, pending, &flag));
  CHECK(env, napi_set_named_property(env, result, "pending", flag));
  return result;
}

/* tagStatuses(object): [tag NULL value, tag NULL tag, check NULL value, check NULL tag,
 * check NULL result]. */
static napi_value TagStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool matches;
  napi_status statuses[5];
  statuses[0] = napi_type_tag_object(env, NULL, &tags[0]);
  statuses[1] = napi_type_tag_object(env, argv[0], NULL);
  statuses[2] = napi_check_object_type_tag(env, NULL, &tags[0], &matches);
  statuses[3] = napi_check_object_type_tag(env, argv[0], NULL, &matches);
  statuses[4] = napi_check_object_type_tag(env, argv[0], &tags[0], NULL);
  return status_list(env, statuses, 5);
}

/* external(): an external value (no finalizer), to tag. */
static napi_value External(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_external(env, AS_PTR(5), NULL, NULL, &result));
  return result;
}

/* whilePending(wrapped, plain): with an exception pending, the NAPI_PREAMBLE functions
 * refuse and the others work: [wrap, unwrap, remove_wrap, type_tag, check_type_tag,
 * add_finalizer, get_instance_data]. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  CHECK(env, napi_throw_error(env, NULL, "pending"));
  void* data;
  bool matches;
  napi_status statuses[7];
  statuses[0] = napi_wrap(env, argv[1], AS_PTR(1), NULL, NULL, NULL);
  statuses[1] = napi_unwrap(env, argv[0], &data);
  statuses[2] = napi_remove_wrap(env, argv[0], &data);
  statuses[3] = napi_type_tag_object(env, argv[1], &tags[0]);
  statuses[4] = napi_check_object_type_tag(env, argv[1], &tags[0], &matches);
  statuses[5] = napi_add_finalizer(env, argv[1], AS_PTR(77), Finalize, AS_PTR(77), NULL);
  statuses[6] = napi_get_instance_data(env, &data);
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  return status_list(env, statuses, 7);
}

/* ---- instance data */

static void FinalizeInstanceData(napi_env env, void* data, void* hint) {
  record(AS_U32(data), AS_U32(hint), -1, -1);
}

/* setInstanceData(n): data n, hint n + 3000 (its finalizer only runs at teardown). */
static napi_value SetInstanceData(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t n = u32_arg(env, argv[0]);
  return status_value(env, napi_set_instance_data(env, AS_PTR(n), FinalizeInstanceData, AS_PTR(n + 3000)));
}

/* getInstanceData(): {status, value} */
static napi_value GetInstanceData(napi_env env, napi_callback_info info) {
  void* data = AS_PTR(12345);
  napi_status status = napi_get_instance_data(env, &data);
  return status_and_data(env, status, data);
}

static napi_value InstanceDataStatuses(napi_env env, napi_callback_info info) {
  napi_status statuses[1];
  statuses[0] = napi_get_instance_data(env, NULL);
  return status_list(env, statuses, 1);
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("wrap", Wrap),
      METHOD("wrapPlain", WrapPlain),
      METHOD("wrapWithRef", WrapWithRef),
      METHOD("refValue", RefValue),
      METHOD("refRef", RefRef),
      METHOD("refUnref", RefUnref),
      METHOD("unwrap", Unwrap),
      METHOD("removeWrap", RemoveWrap),
      METHOD("removeWrapNoResult", RemoveWrapNoResult),
      METHOD("wrapStatuses", WrapStatuses),
      METHOD("addFinalizer", AddFinalizer),
      METHOD("addFinalizerWithRef", AddFinalizerWithRef),
      METHOD("addFinalizerStatuses", AddFinalizerStatuses),
      METHOD("finalized", GetFinalized),
      METHOD("tag", Tag),
      METHOD("check", Check),
      METHOD("tagStatuses", TagStatuses),
      METHOD("external", External),
      METHOD("whilePending", WhilePending),
      METHOD("setInstanceData", SetInstanceData),
      METHOD("getInstanceData", GetInstanceData),
      METHOD("instanceDataStatuses", InstanceDataStatuses),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
