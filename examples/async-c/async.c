/* Counting primes off the JS thread: async work computes, a thread-safe function
 * reports progress while it runs, and the result comes back with a Buffer.
 *
 * Under Node, `Execute` runs on libuv's thread pool and calls the thread-safe function
 * from there. Under napi-host (single-threaded wasm32-wasip1), `Execute` runs on the
 * JS thread on a later event-loop turn; the same calls are queued and reach JS after
 * it, in the same order. Either way the final callback runs from the thread-safe
 * function's finalizer, after every progress call was delivered. */
#include <node_api.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CALL(env, call)                                                        \
  do {                                                                         \
    if ((call) != napi_ok) {                                                   \
      napi_throw_error((env), NULL, "Node-API call failed: " #call);           \
      return NULL;                                                             \
    }                                                                          \
  } while (0)

#define LARGEST 4

typedef struct {
  napi_async_work work;
  napi_threadsafe_function progress;
  napi_ref callback;
  uint32_t limit;
  uint32_t count;
  uint32_t checksum; /* FNV-1a over the primes as little-endian 32-bit words */
  uint32_t largest[LARGEST];
} Job;

static int is_prime(uint32_t n) {
  if (n < 2) return 0;
  for (uint32_t d = 2; d * d <= n; d++) {
    if (n % d == 0) return 0;
  }
  return 1;
}

/* Runs on a worker thread under Node: no JS, only the thread-safe function. */
static void Execute(napi_env env, void* data) {
  (void)env;
  Job* job = data;
  uint32_t step = job->limit / 4;
  job->checksum = 2166136261u;
  for (uint32_t n = 2; n < job->limit; n++) {
    if (is_prime(n)) {
      job->count++;
      for (int i = 0; i < 4; i++) {
        job->checksum = (job->checksum ^ ((n >> (8 * i)) & 0xff)) * 16777619u;
      }
      memmove(job->largest + 1, job->largest, sizeof(uint32_t) * (LARGEST - 1));
      job->largest[0] = n;
    }
    if (step > 0 && n % step == 0) {
      uintptr_t percent = (uintptr_t)((uint64_t)n * 100 / job->limit);
      napi_call_threadsafe_function(job->progress, (void*)percent, napi_tsfn_nonblocking);
    }
  }
}

/* On the JS thread: onProgress(percent). */
static void CallProgress(napi_env env, napi_value on_progress, void* context, void* data) {
  (void)context;
  if (env == NULL) return;
  napi_value percent, undefined;
  napi_create_uint32(env, (uint32_t)(uintptr_t)data, &percent);
  napi_get_undefined(env, &undefined);
  napi_call_function(env, undefined, on_progress, 1, &percent, NULL);
}

/* The work is done: let the progress function go. Its finalizer reports. */
static void Complete(napi_env env, napi_status status, void* data) {
  (void)env;
  (void)status;
  Job* job = data;
  napi_release_threadsafe_function(job->progress, napi_tsfn_release);
}

static napi_value result_object(napi_env env, Job* job) {
  napi_value result, value;
  CALL(env, napi_create_object(env, &result));
  CALL(env, napi_create_uint32(env, job->count, &value));
  CALL(env, napi_set_named_property(env, result, "count", value));
  CALL(env, napi_create_uint32(env, job->checksum, &value));
  CALL(env, napi_set_named_property(env, result, "checksum", value));
  /* The largest primes, as little-endian 32-bit words, in a Buffer. */
  uint8_t bytes[4 * LARGEST];
  for (int i = 0; i < LARGEST; i++) {
    for (int b = 0; b < 4; b++) bytes[4 * i + b] = (uint8_t)(job->largest[i] >> (8 * b));
  }
  CALL(env, napi_create_buffer_copy(env, sizeof(bytes), bytes, NULL, &value));
  CALL(env, napi_set_named_property(env, result, "largest", value));
  return result;
}

/* After the last progress call: callback(null, result), then clean up. */
static void Finalize(napi_env env, void* data, void* hint) {
  (void)hint;
  Job* job = data;
  napi_value callback, undefined, argv[2];
  if (napi_get_reference_value(env, job->callback, &callback) == napi_ok &&
      napi_get_undefined(env, &undefined) == napi_ok &&
      napi_get_null(env, &argv[0]) == napi_ok) {
    argv[1] = result_object(env, job);
    if (argv[1] != NULL) napi_call_function(env, undefined, callback, 2, argv, NULL);
  }
  napi_delete_reference(env, job->callback);
  napi_delete_async_work(env, job->work);
  free(job);
}

/* countPrimes(limit, onProgress, callback) */
static napi_value CountPrimes(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], name;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  Job* job = calloc(1, sizeof(Job));
  if (job == NULL) {
    napi_throw_error(env, NULL, "out of memory");
    return NULL;
  }
  CALL(env, napi_get_value_uint32(env, argv[0], &job->limit));
  CALL(env, napi_create_reference(env, argv[2], 1, &job->callback));
  CALL(env, napi_create_string_utf8(env, "countPrimes", NAPI_AUTO_LENGTH, &name));
  CALL(env, napi_create_threadsafe_function(env, argv[1], NULL, name, 0, 1, job, Finalize,
                                            NULL, CallProgress, &job->progress));
  CALL(env, napi_create_async_work(env, NULL, name, Execute, Complete, job, &job->work));
  CALL(env, napi_queue_async_work(env, job->work));
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  CALL(env, napi_create_function(env, "countPrimes", NAPI_AUTO_LENGTH, CountPrimes, NULL, &fn));
  CALL(env, napi_set_named_property(env, exports, "countPrimes", fn));
  return exports;
}
