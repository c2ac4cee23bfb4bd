/* Functions: napi_create_function, napi_get_cb_info, napi_get_new_target,
 * napi_call_function and napi_new_instance. */
#include "common.h"
#include "report.h"
#include "report.h"

#include <stdint.h>

/* ---- napi_create_function and napi_get_cb_info ------------------------------------ */

/* What an inspector function reports about its call. `capacity` is the argv size it
 * passes to napi_get_cb_info. */
typedef struct {
  size_t capacity;
  int32_t tag;
} Inspector;

#define MAX_CAPACITY 8
#define SENTINEL_SLOTS 2

/* Returns {argc, argv, this, tag, untouched, newTarget}: argv is what napi_get_cb_info
 * wrote (capacity entries), `untouched` whether the slots after them kept their
 * sentinel, newTarget is new.target or null when napi_get_new_target gave NULL. */
static napi_value Inspect(napi_env env, napi_callback_info info) {
  void* data = NULL;
  CHECK(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  Inspector* inspector = (Inspector*)data;
  EXPECT(env, inspector != NULL && inspector->capacity <= MAX_CAPACITY, "data pointer");
  napi_value sentinel;
  CHECK(env, napi_create_string_utf8(env, "sentinel", NAPI_AUTO_LENGTH, &sentinel));
  napi_value argv[MAX_CAPACITY + SENTINEL_SLOTS];
  for (size_t i = 0; i < MAX_CAPACITY + SENTINEL_SLOTS; i++) argv[i] = sentinel;
  size_t argc = inspector->capacity;
  napi_value self = NULL;
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  napi_value new_target = NULL;
  CHECK(env, napi_get_new_target(env, info, &new_target));

  napi_value result, list, value;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_create_uint32(env, (uint32_t)argc, &value));
  CHECK(env, napi_set_named_property(env, result, "argc", value));
  CHECK(env, napi_create_array(env, &list));
  for (size_t i = 0; i < inspector->capacity; i++) {
    CHECK(env, napi_set_element(env, list, (uint32_t)i, argv[i]));
  }
  CHECK(env, napi_set_named_property(env, result, "argv", list));
  bool untouched = true;
  for (size_t i = inspector->capacity; i < inspector->capacity + SENTINEL_SLOTS; i++) {
    untouched = untouched && argv[i] == sentinel;
  }
  CHECK(env, napi_get_boolean(env, untouched, &value));
  CHECK(env, napi_set_named_property(env, result, "untouched", value));
  CHECK(env, napi_set_named_property(env, result, "this", self));
  CHECK(env, napi_create_int32(env, inspector->tag, &value));
  CHECK(env, napi_set_named_property(env, result, "tag", value));
  if (new_target == NULL) CHECK(env, napi_get_null(env, &new_target));
  CHECK(env, napi_set_named_property(env, result, "newTarget", new_target));
  return result;
}

static Inspector inspectors[MAX_CAPACITY + 1];

/* inspector(capacity): a function running Inspect with that argv capacity; its data
 * pointer is the Inspector and its tag is 100 + capacity. */
static napi_value MakeInspector(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t capacity;
  CHECK(env, napi_get_value_uint32(env, argv[0], &capacity));
  EXPECT(env, capacity <= MAX_CAPACITY, "capacity");
  inspectors[capacity].capacity = capacity;
  inspectors[capacity].tag = 100 + (int32_t)capacity;
  napi_value fn;
  CHECK(env, napi_create_function(env, "inspect", NAPI_AUTO_LENGTH, Inspect,
                                  &inspectors[capacity], &fn));
  return fn;
}

static napi_value ReturnArgCount(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  CHECK(env, napi_get_cb_info(env, info, &argc, NULL, NULL, NULL));
  napi_value result;
  CHECK(env, napi_create_uint32(env, (uint32_t)argc, &result));
  return result;
}

/* create(name, length): napi_create_function with utf8name = the UTF-8 bytes of
 * `name` (NULL when name is null) and the given length (-1 for NAPI_AUTO_LENGTH). */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  char name[256];
  size_t copied = 0;
  napi_valuetype type;
  CHECK(env, napi_typeof(env, argv[0], &type));
  if (type == napi_string) {
    CHECK(env, napi_get_value_string_utf8(env, argv[0], name, sizeof(name), &copied));
  }
  int32_t length;
  CHECK(env, napi_get_value_int32(env, argv[1], &length));
  size_t size = length < 0 ? NAPI_AUTO_LENGTH : (size_t)length;
  napi_value fn = NULL;
  napi_status status = napi_create_function(env, type == napi_string ? name : NULL, size,
                                            ReturnArgCount, NULL, &fn);
  return report(env, status, fn);
}

/* createStatuses(): [NULL cb, NULL result, NULL name with a length]. */
static napi_value CreateStatuses(napi_env env, napi_callback_info info) {
  napi_value fn;
  napi_status statuses[] = {
      napi_create_function(env, "f", NAPI_AUTO_LENGTH, NULL, NULL, &fn),
      napi_create_function(env, "f", NAPI_AUTO_LENGTH, ReturnArgCount, NULL, NULL),
      napi_create_function(env, NULL, 5, ReturnArgCount, NULL, &fn),
  };
  return status_list(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
}

/* cbInfoStatuses(...args): statuses of napi_get_cb_info / napi_get_new_target with
 * optional and NULL out-pointers, plus argc as reported with argv NULL. */
static napi_value CbInfoStatuses(napi_env env, napi_callback_info info) {
  napi_value argv[2], self, target;
  size_t argc = 2;
  void* data;
  size_t count_only = 99;
  napi_status statuses[] = {
      napi_get_cb_info(env, NULL, &argc, argv, &self, &data),
      napi_get_cb_info(env, info, NULL, argv, NULL, NULL), /* argv without argc */
      napi_get_cb_info(env, info, NULL, NULL, NULL, NULL), /* nothing asked */
      napi_get_cb_info(env, info, &count_only, NULL, NULL, NULL),
      napi_get_new_target(env, NULL, &target),
      napi_get_new_target(env, info, NULL),
  };
  napi_value result = status_list(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
  if (result == NULL) return NULL;
  napi_value value;
  CHECK(env, napi_create_uint32(env, (uint32_t)count_only, &value));
  CHECK(env, napi_set_element(env, result, 6, value));
  return result;
}

static napi_value ReturnNull(napi_env env, napi_callback_info info) { return NULL; }

/* throwAndReturn(value): throws, then returns `value`; the exception wins. */
static napi_value ThrowAndReturn(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_throw_error(env, "ERR_THROWN", "thrown by the addon");
  return argv[0];
}

/* throwValue(value): napi_throw with any value. */
static napi_value ThrowValue(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_throw(env, argv[0]));
  return NULL;
}

/* A constructor: sets this.args = [...arguments] and returns `this`, or the object
 * passed as `override` in the second argument when there is one. */
static napi_value Construct(napi_env env, napi_callback_info info) {
  napi_value argv[2], self;
  size_t argc = 2;
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  napi_value args;
  CHECK(env, napi_create_array(env, &args));
  for (size_t i = 0; i < argc && i < 2; i++) {
    CHECK(env, napi_set_element(env, args, (uint32_t)i, argv[i]));
  }
  if (argc >= 2) {
    napi_valuetype type;
    CHECK(env, napi_typeof(env, argv[1], &type));
    if (type == napi_object) return argv[1];
  }
  CHECK(env, napi_set_named_property(env, self, "args", args));
  return NULL;
}

/* ---- napi_call_function ---------------------------------------------------------- */

/* call(recv, fn, ...args): up to 4 args. */
static napi_value Call(napi_env env, napi_callback_info info) {
  napi_value argv[6];
  size_t argc = 6;
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  EXPECT(env, argc >= 2, "call(recv, fn, ...args)");
  napi_value result = NULL;
  napi_status status =
      napi_call_function(env, argv[0], argv[1], argc - 2, argc > 2 ? argv + 2 : NULL, &result);
  return report(env, status, result);
}

/* callNoResult(fn, arg): the optional result pointer left NULL. */
static napi_value CallNoResult(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_value undefined;
  CHECK(env, napi_get_undefined(env, &undefined));
  return report(env, napi_call_function(env, undefined, argv[0], 1, &argv[1], NULL), NULL);
}

/* callOrThrow(fn, arg): leaves a pending exception to the JS caller. */
static napi_value CallOrThrow(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_value global, result;
  CHECK(env, napi_get_global(env, &global));
  CHECK(env, napi_call_function(env, global, argv[0], 1, &argv[1], &result));
  return result;
}

/* callStatuses(fn): NULL recv, NULL func, argc > 0 with NULL argv, argc 0 with NULL
 * argv; then the number of times fn was called is checked by the caller. */
static napi_value CallStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value undefined, result;
  CHECK(env, napi_get_undefined(env, &undefined));
  napi_status statuses[] = {
      napi_call_function(env, NULL, argv[0], 0, NULL, &result),
      napi_call_function(env, undefined, NULL, 0, NULL, &result),
      napi_call_function(env, undefined, argv[0], 1, NULL, &result),
      napi_call_function(env, undefined, argv[0], 0, NULL, &result),
  };
  return status_list(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
}

/* ---- napi_new_instance ----------------------------------------------------------- */

/* construct(cons, ...args): up to 4 args. */
static napi_value NewInstance(napi_env env, napi_callback_info info) {
  napi_value argv[5];
  size_t argc = 5;
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  EXPECT(env, argc >= 1, "construct(cons, ...args)");
  napi_value result = NULL;
  napi_status status =
      napi_new_instance(env, argv[0], argc - 1, argc > 1 ? argv + 1 : NULL, &result);
  return report(env, status, result);
}

/* constructStatuses(cons): NULL cons, NULL result, argc > 0 with NULL argv. */
static napi_value ConstructStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result;
  napi_status statuses[] = {
      napi_new_instance(env, NULL, 0, NULL, &result),
      napi_new_instance(env, argv[0], 0, NULL, NULL),
      napi_new_instance(env, argv[0], 2, NULL, &result),
  };
  return status_list(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
}

/* whilePending(fn): statuses while an exception is pending, fn must not run:
 * [create_function, call_function, new_instance, get_cb_info, get_new_target]. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value undefined, out, target;
  size_t count = 1;
  CHECK(env, napi_get_undefined(env, &undefined));
  CHECK(env, napi_throw_error(env, NULL, "pending"));
  napi_status statuses[] = {
      napi_create_function(env, "f", NAPI_AUTO_LENGTH, ReturnNull, NULL, &out),
      napi_call_function(env, undefined, argv[0], 0, NULL, &out),
      napi_new_instance(env, argv[0], 0, NULL, &out),
      napi_get_cb_info(env, info, &count, argv, NULL, NULL),
      napi_get_new_target(env, info, &target),
  };
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  napi_value list = status_list(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
  if (list == NULL) return NULL;
  CHECK(env, napi_set_named_property(env, result, "statuses", list));
  CHECK(env, napi_set_named_property(env, result, "exception", exception));
  return result;
}

/* ---- re-entrancy ------------------------------------------------------------------ */

/* nest(depth, fn): [depth, ...fn(depth - 1)] for depth > 0, [0] otherwise. A value
 * created before the nested call and the callback info are checked after it returns.
 * A failed call leaves its exception to the caller. */
static napi_value Nest(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  int32_t depth;
  CHECK(env, napi_get_value_int32(env, argv[0], &depth));
  napi_value result, marker;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_create_object(env, &marker));
  CHECK(env, napi_set_named_property(env, marker, "depth", argv[0]));
  CHECK(env, napi_set_element(env, result, 0, argv[0]));
  if (depth <= 0) return result;

  napi_value next, global, inner;
  CHECK(env, napi_create_int32(env, depth - 1, &next));
  CHECK(env, napi_get_global(env, &global));
  CHECK(env, napi_call_function(env, global, argv[1], 1, &next, &inner));

  /* Everything from before the nested calls is still valid. */
  napi_value again[2], value;
  size_t count = 2;
  CHECK(env, napi_get_cb_info(env, info, &count, again, NULL, NULL));
  int32_t depth_again, marked;
  CHECK(env, napi_get_value_int32(env, again[0], &depth_again));
  EXPECT(env, count == 2 && depth_again == depth, "callback info changed after re-entry");
  CHECK(env, napi_get_named_property(env, marker, "depth", &value));
  CHECK(env, napi_get_value_int32(env, value, &marked));
  EXPECT(env, marked == depth, "a value changed after re-entry");

  uint32_t length;
  CHECK(env, napi_get_array_length(env, inner, &length));
  for (uint32_t i = 0; i < length; i++) {
    CHECK(env, napi_get_element(env, inner, i, &value));
    CHECK(env, napi_set_element(env, result, i + 1, value));
  }
  return result;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("inspector", MakeInspector),
      METHOD("create", Create),
      METHOD("createStatuses", CreateStatuses),
      METHOD("cbInfoStatuses", CbInfoStatuses),
      METHOD("returnNull", ReturnNull),
      METHOD("throwAndReturn", ThrowAndReturn),
      METHOD("throwValue", ThrowValue),
      METHOD("call", Call),
      METHOD("callNoResult", CallNoResult),
      METHOD("callOrThrow", CallOrThrow),
      METHOD("callStatuses", CallStatuses),
      METHOD("construct", NewInstance),
      METHOD("constructStatuses", ConstructStatuses),
      METHOD("whilePending", WhilePending),
      METHOD("nest", Nest),
  };
  napi_value result = export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
  if (result == NULL) return NULL;
  napi_value ctor;
  CHECK(env, napi_create_function(env, "NativeClass", NAPI_AUTO_LENGTH, Construct, NULL, &ctor));
  CHECK(env, napi_set_named_property(env, exports, "NativeClass", ctor));
  return exports;
}
