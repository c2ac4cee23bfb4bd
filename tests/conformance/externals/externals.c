/* Externals: napi_create_external, napi_get_value_external, and finalizers. */
#include "common.h"
#include "report.h"

#include <stdint.h>

/* wrap(n): an external whose data pointer is the number n (no finalizer). */
static napi_value Wrap(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t n;
  CHECK(env, napi_get_value_uint32(env, argv[0], &n));
  napi_value result;
  CHECK(env, napi_create_external(env, (void*)(uintptr_t)n, NULL, NULL, &result));
  return result;
}

/* unwrap(value): {status, value?}: the data pointer as a number. */
static napi_value Unwrap(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data = (void*)(uintptr_t)0xdead;
  napi_status status = napi_get_value_external(env, argv[0], &data);
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "status", status_value(env, status)));
  if (status == napi_ok) {
    napi_value number;
    CHECK(env, napi_create_uint32(env, (uint32_t)(uintptr_t)data, &number));
    CHECK(env, napi_set_named_property(env, result, "value", number));
  } else {
    EXPECT(env, data == (void*)(uintptr_t)0xdead, "a failed call wrote its result");
  }
  return result;
}

static const char* type_names[] = {"undefined", "null",   "boolean", "number",   "string",
                                   "symbol",    "object", "function", "external", "bigint"};

static napi_value TypeOf(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_valuetype type;
  CHECK(env, napi_typeof(env, argv[0], &type));
  napi_value result;
  CHECK(env, napi_create_string_utf8(env, type_names[type], NAPI_AUTO_LENGTH, &result));
  return result;
}

/* A real pointer round trip: an external pointing at a static struct. */
typedef struct {
  int32_t magic;
  int32_t counter;
} Counter;

static Counter counter = {0x5eed, 0};

static napi_value MakeCounter(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_external(env, &counter, NULL, NULL, &result));
  return result;
}

/* bump(external): increments the Counter the external points at; returns its count. */
static napi_value Bump(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data;
  CHECK(env, napi_get_value_external(env, argv[0], &data));
  Counter* c = (Counter*)data;
  EXPECT(env, c == &counter && c->magic == 0x5eed, "pointer round trip");
  c->counter++;
  napi_value result;
  CHECK(env, napi_create_int32(env, c->counter, &result));
  return result;
}

/* ---- finalizers ------------------------------------------------------------------ */

#define MAX_FINALIZED 64
static uint32_t finalized_data[MAX_FINALIZED];
static uint32_t finalized_hint[MAX_FINALIZED];
static napi_status finalized_status[MAX_FINALIZED];
static uint32_t finalized_count = 0;

/* Records (data, hint) and whether the env could create a value at that point. */
static void Finalize(napi_env env, void* data, void* hint) {
  if (finalized_count >= MAX_FINALIZED) return;
  napi_value object;
  finalized_status[finalized_count] = napi_create_object(env, &object);
  finalized_data[finalized_count] = (uint32_t)(uintptr_t)data;
  finalized_hint[finalized_count] = (uint32_t)(uintptr_t)hint;
  finalized_count++;
}

/* withFinalizer(data, hint): an external with Finalize as its finalizer. */
static napi_value WithFinalizer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t data, hint;
  CHECK(env, napi_get_value_uint32(env, argv[0], &data));
  CHECK(env, napi_get_value_uint32(env, argv[1], &hint));
  napi_value result;
  CHECK(env, napi_create_external(env, (void*)(uintptr_t)data, Finalize, (void*)(uintptr_t)hint,
                                  &result));
  return result;
}

/* finalized(): [[data, hint, status of napi_create_object in the finalizer], ...] in
 * the order the finalizers ran. */
static napi_value Finalized(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < finalized_count; i++) {
    napi_value entry, value;
    CHECK(env, napi_create_array(env, &entry));
    CHECK(env, napi_create_uint32(env, finalized_data[i], &value));
    CHECK(env, napi_set_element(env, entry, 0, value));
    CHECK(env, napi_create_uint32(env, finalized_hint[i], &value));
    CHECK(env, napi_set_element(env, entry, 1, value));
    CHECK(env, napi_set_element(env, entry, 2, status_value(env, finalized_status[i])));
    CHECK(env, napi_set_element(env, result, i, entry));
  }
  return result;
}

/* makeGarbage(n, base): n externals with finalizers (data base+i, hint 1000+base+i)
 * that nothing references once this returns. */
static napi_value MakeGarbage(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t n, base;
  CHECK(env, napi_get_value_uint32(env, argv[0], &n));
  CHECK(env, napi_get_value_uint32(env, argv[1], &base));
  for (uint32_t i = 0; i < n; i++) {
    napi_value external;
    CHECK(env, napi_create_external(env, (void*)(uintptr_t)(base + i), Finalize,
                                    (void*)(uintptr_t)(1000 + base + i), &external));
  }
  return NULL;
}

/* statuses(value): [create NULL result, get NULL value, get NULL result,
 * create with NULL data]. */
static napi_value Statuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value out;
  void* data;
  napi_status statuses[] = {
      napi_create_external(env, NULL, NULL, NULL, NULL),
      napi_get_value_external(env, NULL, &data),
      napi_get_value_external(env, argv[0], NULL),
      napi_create_external(env, NULL, NULL, NULL, &out),
  };
  return status_list(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
}

/* whilePending(external): [create_external, get_value_external] while an exception
 * is pending. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value out;
  void* data;
  CHECK(env, napi_throw_error(env, NULL, "pending"));
  napi_status statuses[] = {
      napi_create_external(env, (void*)(uintptr_t)1, NULL, NULL, &out),
      napi_get_value_external(env, argv[0], &data),
  };
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  return status_list(env, statuses, sizeof(statuses) / sizeof(statuses[0]));
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("wrap", Wrap),
      METHOD("unwrap", Unwrap),
      METHOD("typeOf", TypeOf),
      METHOD("makeCounter", MakeCounter),
      METHOD("bump", Bump),
      METHOD("withFinalizer", WithFinalizer),
      METHOD("finalized", Finalized),
      METHOD("makeGarbage", MakeGarbage),
      METHOD("statuses", Statuses),
      METHOD("whilePending", WhilePending),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
