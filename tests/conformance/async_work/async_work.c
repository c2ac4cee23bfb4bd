/* Async work: napi_create/queue/cancel/delete_async_work. `complete` reports to JS by
 * calling globalThis.asyncWorkDone(id, status, result), so the test needs no
 * references. `execute` runs on a thread-pool thread under Node: it only computes. */
#include "common.h"

#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_JOBS 32
#define FLAG_THROW 1
#define FLAG_DELETE 2

typedef struct {
  napi_async_work work;
  int32_t id;
  uint32_t input;
  uint32_t output;
  uint32_t sleep_ms;
  int32_t repeat;
  int32_t flags;
  int32_t executions;
} Job;

static Job* jobs[MAX_JOBS];

/* The number of primes below n (something for execute to compute). */
static uint32_t count_primes(uint32_t n) {
  uint32_t count = 0;
  for (uint32_t i = 2; i < n; i++) {
    uint32_t d = 2;
    while (d * d <= i && i % d != 0) d++;
    if (d * d > i) count++;
  }
  return count;
}

static void Execute(napi_env env, void* data) {
  (void)env;
  Job* job = data;
  if (job->sleep_ms > 0) usleep(job->sleep_ms * 1000);
  job->output = count_primes(job->input);
  job->executions++;
}

/* globalThis.asyncWorkDone(id, status, output) */
static void report(napi_env env, Job* job, napi_status status) {
  napi_value global, callback, argv[3], ignored;
  if (napi_get_global(env, &global) != napi_ok) return;
  if (napi_get_named_property(env, global, "asyncWorkDone", &callback) != napi_ok) return;
  napi_create_int32(env, job->id, &argv[0]);
  napi_create_int32(env, (int32_t)status, &argv[1]);
  napi_create_uint32(env, job->output, &argv[2]);
  napi_call_function(env, global, callback, 3, argv, &ignored);
}

static void Complete(napi_env env, napi_status status, void* data) {
  Job* job = data;
  report(env, job, status);
  if (job->flags & FLAG_THROW) {
    napi_throw_error(env, "ERR_TEST_COMPLETE", "thrown in complete");
    return;
  }
  if (status == napi_ok && job->repeat > 0) {
    job->repeat--;
    napi_queue_async_work(env, job->work);
    return;
  }
  if (job->flags & FLAG_DELETE) {
    napi_delete_async_work(env, job->work);
    jobs[job->id] = NULL;
    free(job);
  }
}

static int32_t int_arg(napi_env env, napi_value value) {
  int32_t result = 0;
  napi_get_value_int32(env, value, &result);
  return result;
}

/* start(id, input, sleepMs, repeat, flags) -> status of napi_queue_async_work */
static napi_value Start(napi_env env, napi_callback_info info) {
  ARGS(env, info, 5);
  int32_t id = int_arg(env, argv[0]);
  EXPECT(env, id >= 0 && id < MAX_JOBS && jobs[id] == NULL, "bad job id");
  Job* job = calloc(1, sizeof(Job));
  job->id = id;
  job->input = (uint32_t)int_arg(env, argv[1]);
  job->sleep_ms = (uint32_t)int_arg(env, argv[2]);
  job->repeat = int_arg(env, argv[3]);
  job->flags = int_arg(env, argv[4]);
  napi_value name;
  CHECK(env, napi_create_string_utf8(env, "conformance:async_work", NAPI_AUTO_LENGTH, &name));
  CHECK(env, napi_create_async_work(env, NULL, name, Execute, Complete, job, &job->work));
  jobs[id] = job;
  return status_value(env, napi_queue_async_work(env, job->work));
}

static Job* job_arg(napi_env env, napi_value value) {
  int32_t id = int_arg(env, value);
  return id >= 0 && id < MAX_JOBS ? jobs[id] : NULL;
}

/* cancel(id) -> status */
static napi_value Cancel(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  Job* job = job_arg(env, argv[0]);
  EXPECT(env, job != NULL, "no such job");
  return status_value(env, napi_cancel_async_work(env, job->work));
}

/* queueAgain(id) -> status */
static napi_value QueueAgain(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  Job* job = job_arg(env, argv[0]);
  EXPECT(env, job != NULL, "no such job");
  return status_value(env, napi_queue_async_work(env, job->work));
}

/* remove(id) -> status of napi_delete_async_work */
static napi_value Remove(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  Job* job = job_arg(env, argv[0]);
  EXPECT(env, job != NULL, "no such job");
  napi_status status = napi_delete_async_work(env, job->work);
  jobs[job->id] = NULL;
  free(job);
  return status_value(env, status);
}

/* executions(id) -> how many times execute ran */
static napi_value Executions(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  Job* job = job_arg(env, argv[0]);
  EXPECT(env, job != NULL, "no such job");
  napi_value result;
  CHECK(env, napi_create_int32(env, job->executions, &result));
  return result;
}

static void Nothing(napi_env env, void* data) {
  (void)env;
  (void)data;
}

static napi_value set_status(napi_env env, napi_value object, const char* key,
                             napi_status status) {
  CHECK(env, napi_set_named_property(env, object, key, status_value(env, status)));
  return object;
}

/* The statuses of calls with NULL arguments. */
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result, name;
  napi_async_work work;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_create_string_utf8(env, "x", NAPI_AUTO_LENGTH, &name));
  set_status(env, result, "createNoExecute",
             napi_create_async_work(env, NULL, name, NULL, NULL, NULL, &work));
  set_status(env, result, "createNoResult",
             napi_create_async_work(env, NULL, name, Nothing, NULL, NULL, NULL));
  set_status(env, result, "createNoName",
             napi_create_async_work(env, NULL, NULL, Nothing, NULL, NULL, &work));
  set_status(env, result, "queueNull", napi_queue_async_work(env, NULL));
  set_status(env, result, "cancelNull", napi_cancel_async_work(env, NULL));
  set_status(env, result, "deleteNull", napi_delete_async_work(env, NULL));
  return result;
}

static napi_status last_create_status = napi_ok;

/* create(resource, name) -> status: the conversions of the resource and its name. A
 * conversion that throws leaves its exception to be thrown when this returns (Node
 * does not capture it: napi_create_async_work has no NAPI_PREAMBLE), so the status is
 * also kept for lastCreateStatus(). */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_async_work work = NULL;
  napi_value resource = argv[0];
  napi_valuetype type;
  CHECK(env, napi_typeof(env, argv[0], &type));
  if (type == napi_undefined) resource = NULL;
  napi_status status = napi_create_async_work(env, resource, argv[1], Nothing, NULL, NULL, &work);
  last_create_status = status;
  if (status == napi_ok) napi_delete_async_work(env, work);
  return status_value(env, status);
}

static napi_value LastCreateStatus(napi_env env, napi_callback_info info) {
  (void)info;
  return status_value(env, last_create_status);
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("start", Start),
      METHOD("cancel", Cancel),
      METHOD("queueAgain", QueueAgain),
      METHOD("remove", Remove),
      METHOD("executions", Executions),
      METHOD("nullArgs", NullArgs),
      METHOD("create", Create),
      METHOD("lastCreateStatus", LastCreateStatus),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
