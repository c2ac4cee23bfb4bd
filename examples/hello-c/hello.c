/*
 * hello.c - a small Node-API addon.
 *
 * The same source builds two ways:
 *   - for napi-host:  guest-sdk/c/napi-cc -o build/hello.wasm hello.c
 *   - for Node:       guest-sdk/c/napi-cc --native -o build/hello.node hello.c
 *
 * It only uses Node-API functions (no V8, no libuv), so the wasm build and the
 * native build behave the same and the native one can serve as an oracle.
 *
 * Exports:
 *   add(a, b)     -> a + b (as doubles)
 *   noop()        -> undefined
 *   strlen(s)     -> number of UTF-8 bytes in string s
 *   make_obj()    -> { a: 0, b: 1, ..., h: 7 }
 *   call_js(f, n) -> f(n), called with the global object as `this`
 *   hello()       -> "hello from C"
 */
#include <node_api.h>

/*
 * Throws a JS Error describing the Node-API call that just failed, unless a
 * JS exception is already pending (for example because a callback we called
 * threw; that exception must be allowed to propagate unchanged).
 *
 * napi_get_last_error_info must be the first Node-API call after the failing
 * one: any other call overwrites the last-error record.
 */
static void throw_last_error(napi_env env, const char* call) {
  const napi_extended_error_info* info = NULL;
  const char* message = NULL;
  if (napi_get_last_error_info(env, &info) == napi_ok && info != NULL) {
    message = info->error_message;
  }
  if (message == NULL) {
    message = call; /* No message from the runtime: name the failing call. */
  }

  bool pending = false;
  if (napi_is_exception_pending(env, &pending) == napi_ok && pending) {
    return;
  }
  napi_throw_error(env, NULL, message);
}

/*
 * NAPI_CALL(env, call): evaluates a Node-API call; if it does not return
 * napi_ok, throws (see above) and returns NULL from the enclosing function.
 * Returning NULL from a callback gives `undefined` (or the pending exception)
 * to JavaScript.
 */
#define NAPI_CALL(env, call)                                                   \
  do {                                                                         \
    napi_status napi_call_status_ = (call);                                    \
    if (napi_call_status_ != napi_ok) {                                        \
      throw_last_error((env), #call);                                          \
      return NULL;                                                             \
    }                                                                          \
  } while (0)

/* Fetches exactly `want` arguments; throws a TypeError if fewer were given. */
#define GET_ARGS(env, info, argv, want, fname)                                 \
  do {                                                                         \
    size_t argc_ = (want);                                                     \
    NAPI_CALL((env), napi_get_cb_info((env), (info), &argc_, (argv), NULL,     \
                                      NULL));                                  \
    if (argc_ < (want)) {                                                      \
      napi_throw_type_error((env), NULL,                                       \
                            fname " expects " #want " argument(s)");           \
      return NULL;                                                             \
    }                                                                          \
  } while (0)

/* add(a, b): converts both arguments to double and returns their sum.
 * A non-number argument makes napi_get_value_double fail with
 * napi_number_expected, which is reported as "A number was expected". */
static napi_value js_add(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  GET_ARGS(env, info, argv, 2, "add");

  double a = 0, b = 0;
  NAPI_CALL(env, napi_get_value_double(env, argv[0], &a));
  NAPI_CALL(env, napi_get_value_double(env, argv[1], &b));

  napi_value result;
  NAPI_CALL(env, napi_create_double(env, a + b, &result));
  return result;
}

/* noop(): does nothing; a NULL return value means `undefined`. */
static napi_value js_noop(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  return NULL;
}

/* strlen(s): the length in bytes of the UTF-8 encoding of s.
 * With a NULL buffer, napi_get_value_string_utf8 only reports the length
 * (not counting the terminating NUL) and copies nothing. */
static napi_value js_strlen(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  GET_ARGS(env, info, argv, 1, "strlen");

  size_t length = 0;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[0], NULL, 0, &length));

  napi_value result;
  NAPI_CALL(env, napi_create_double(env, (double)length, &result));
  return result;
}

/* make_obj(): a new object with eight int32 properties a..h = 0..7. */
static napi_value js_make_obj(napi_env env, napi_callback_info info) {
  (void)info;
  static const char* const names[] = {"a", "b", "c", "d", "e", "f", "g", "h"};

  napi_value obj;
  NAPI_CALL(env, napi_create_object(env, &obj));
  for (int32_t i = 0; i < 8; i++) {
    napi_value value;
    NAPI_CALL(env, napi_create_int32(env, i, &value));
    NAPI_CALL(env, napi_set_named_property(env, obj, names[i], value));
  }
  return obj;
}

/* call_js(f, n): calls f(n) with the global object as `this` and returns
 * what f returned. If f throws, napi_call_function fails with
 * napi_pending_exception and that exception propagates to our caller. */
static napi_value js_call_js(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  GET_ARGS(env, info, argv, 2, "call_js");

  napi_value global;
  NAPI_CALL(env, napi_get_global(env, &global));

  napi_value result;
  NAPI_CALL(env, napi_call_function(env, global, argv[0], 1, &argv[1], &result));
  return result;
}

/* hello(): a constant string. NAPI_AUTO_LENGTH means "NUL-terminated". */
static napi_value js_hello(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result;
  NAPI_CALL(env, napi_create_string_utf8(env, "hello from C", NAPI_AUTO_LENGTH,
                                         &result));
  return result;
}

/*
 * Module entry point. NAPI_MODULE_INIT() defines
 *   - napi_register_wasm_v1 (on wasm) or napi_register_module_v1 (native),
 *     called once with the `exports` object, and
 *   - node_api_module_get_api_version_v1, which returns NAPI_VERSION
 *     (8 unless -DNAPI_VERSION=... is given).
 * The body below receives `env` and `exports` and returns the exports.
 */
NAPI_MODULE_INIT() {
#define METHOD(name, fn) {name, NULL, fn, NULL, NULL, NULL, napi_default_jsproperty, NULL}
  const napi_property_descriptor methods[] = {
      METHOD("add", js_add),         METHOD("noop", js_noop),
      METHOD("strlen", js_strlen),   METHOD("make_obj", js_make_obj),
      METHOD("call_js", js_call_js), METHOD("hello", js_hello),
  };
#undef METHOD
  NAPI_CALL(env, napi_define_properties(
                     env, exports, sizeof(methods) / sizeof(methods[0]),
                     methods));
  return exports;
}
