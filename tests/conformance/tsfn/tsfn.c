/* Thread-safe functions, called from the only thread there is: queueing, dispatch on
 * later loop turns, queue limits, acquire/release/abort, ref/unref, the default
 * call_js_cb, and the finalizer order. Events go to a log that JS reads with
 * takeLog(); finalizers of functions marked "loud" also print to stdout (they may run
 * at teardown, when JS can no longer observe anything). */
#include "common.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#define SLOTS 16
#define LOG_LINES 64

static napi_threadsafe_function slots[SLOTS];
static int loud[SLOTS];
static char log_lines[LOG_LINES][80];
static int log_count;

static void log_event(const char* format, ...) {
  if (log_count >= LOG_LINES) return;
  va_list args;
  va_start(args, format);
  vsnprintf(log_lines[log_count++], sizeof(log_lines[0]), format, args);
  va_end(args);
}

static void CallJs(napi_env env, napi_value js_cb, void* context, void* data) {
  int value = (int)(intptr_t)data;
  log_event("call %d env=%d cb=%d ctx=%d", value, env != NULL, js_cb != NULL,
            (int)(intptr_t)context);
  if (env == NULL || js_cb == NULL) return;
  napi_value arg, undefined;
  napi_create_int32(env, value, &arg);
  napi_get_undefined(env, &undefined);
  napi_call_function(env, undefined, js_cb, 1, &arg, NULL);
}

static void Finalize(napi_env env, void* data, void* context) {
  int slot = (int)(intptr_t)context - 100;
  log_event("finalize env=%d data=%d ctx=%d", env != NULL, (int)(intptr_t)data,
            (int)(intptr_t)context);
  if (slot >= 0 && slot < SLOTS && loud[slot]) {
    printf("tsfn %d finalized\n", slot);
    fflush(stdout);
  }
}

static int32_t int_arg(napi_env env, napi_value value) {
  int32_t result = 0;
  napi_get_value_int32(env, value, &result);
  return result;
}

static int slot_arg(napi_env env, napi_value value) {
  int32_t slot = int_arg(env, value);
  return slot >= 0 && slot < SLOTS ? slot : 0;
}

/* create(slot, func | undefined, maxQueueSize, threads, customCallJs, loud) -> status */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 6);
  int slot = slot_arg(env, argv[0]);
  napi_valuetype type;
  CHECK(env, napi_typeof(env, argv[1], &type));
  napi_value func = type == napi_undefined ? NULL : argv[1];
  bool custom = false, is_loud = false;
  CHECK(env, napi_get_value_bool(env, argv[4], &custom));
  CHECK(env, napi_get_value_bool(env, argv[5], &is_loud));
  loud[slot] = is_loud;
  napi_value name;
  CHECK(env, napi_create_string_utf8(env, "conformance:tsfn", NAPI_AUTO_LENGTH, &name));
  napi_status status = napi_create_threadsafe_function(
      env, func, NULL, name, (size_t)int_arg(env, argv[2]), (size_t)int_arg(env, argv[3]),
      (void*)(intptr_t)(slot + 200), Finalize, (void*)(intptr_t)(slot + 100),
      custom ? CallJs : NULL, &slots[slot]);
  return status_value(env, status);
}

/* call(slot, value, blocking) -> status */
static napi_value Call(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  bool blocking = false;
  CHECK(env, napi_get_value_bool(env, argv[2], &blocking));
  napi_status status = napi_call_threadsafe_function(
      slots[slot_arg(env, argv[0])], (void*)(intptr_t)int_arg(env, argv[1]),
      blocking ? napi_tsfn_blocking : napi_tsfn_nonblocking);
  return status_value(env, status);
}

static napi_value Acquire(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return status_value(env, napi_acquire_threadsafe_function(slots[slot_arg(env, argv[0])]));
}

/* release(slot, abort) -> status */
static napi_value Release(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  bool abort = false;
  CHECK(env, napi_get_value_bool(env, argv[1], &abort));
  return status_value(env, napi_release_threadsafe_function(
                               slots[slot_arg(env, argv[0])],
                               abort ? napi_tsfn_abort : napi_tsfn_release));
}

static napi_value Ref(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return status_value(env, napi_ref_threadsafe_function(env, slots[slot_arg(env, argv[0])]));
}

static napi_value Unref(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return status_value(env, napi_unref_threadsafe_function(env, slots[slot_arg(env, argv[0])]));
}

/* context(slot) -> the context pointer as a number */
static napi_value Context(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* context = NULL;
  CHECK(env, napi_get_threadsafe_function_context(slots[slot_arg(env, argv[0])], &context));
  napi_value result;
  CHECK(env, napi_create_int32(env, (int32_t)(intptr_t)context, &result));
  return result;
}

static napi_value TakeLog(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result, line;
  CHECK(env, napi_create_array(env, &result));
  for (int i = 0; i < log_count; i++) {
    CHECK(env, napi_create_string_utf8(env, log_lines[i], NAPI_AUTO_LENGTH, &line));
    CHECK(env, napi_set_element(env, result, (uint32_t)i, line));
  }
  log_count = 0;
  return result;
}

static napi_value set_status(napi_env env, napi_value object, const char* key,
                             napi_status status) {
  CHECK(env, napi_set_named_property(env, object, key, status_value(env, status)));
  return object;
}

/* nullArgs(func) -> statuses of napi_create_threadsafe_function with bad arguments */
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result, name, number;
  napi_threadsafe_function tsfn;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_create_string_utf8(env, "x", NAPI_AUTO_LENGTH, &name));
  CHECK(env, napi_create_int32(env, 1, &number));
  set_status(env, result, "noName",
             napi_create_threadsafe_function(env, argv[0], NULL, NULL, 0, 1, NULL, NULL,
                                             NULL, NULL, &tsfn));
  set_status(env, result, "noThreads",
             napi_create_threadsafe_function(env, argv[0], NULL, name, 0, 0, NULL, NULL,
                                             NULL, NULL, &tsfn));
  set_status(env, result, "noResult",
             napi_create_threadsafe_function(env, argv[0], NULL, name, 0, 1, NULL, NULL,
                                             NULL, NULL, NULL));
  set_status(env, result, "noFuncNoCallJs",
             napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL, NULL,
                                             NULL, NULL, &tsfn));
  set_status(env, result, "notAFunction",
             napi_create_threadsafe_function(env, number, NULL, name, 0, 1, NULL, NULL,
                                             NULL, NULL, &tsfn));
  return result;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("create", Create),   METHOD("call", Call),       METHOD("acquire", Acquire),
      METHOD("release", Release), METHOD("ref", Ref),         METHOD("unref", Unref),
      METHOD("context", Context), METHOD("takeLog", TakeLog), METHOD("nullArgs", NullArgs),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
