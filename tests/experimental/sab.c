/* node_api_create_external_sharedarraybuffer (Node >= 26.1, experimental; absent from
 * Node 20, so this test runs under napi-host only). Declared as Node declares it. */
#include <node_api.h>
#include <stdint.h>

typedef void(NAPI_CDECL* node_api_noenv_finalize)(void* data, void* hint);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_external_sharedarraybuffer(
    napi_env env, void* external_data, size_t byte_length, node_api_noenv_finalize finalize_cb,
    void* finalize_hint, napi_value* result);
NAPI_EXTERN napi_status NAPI_CDECL node_api_is_sharedarraybuffer(napi_env env, napi_value value,
                                                                 bool* result);

static uint8_t storage[16];
static int finalized;
static void* finalized_data;
static void* finalized_hint;

static void Finalize(void* data, void* hint) {
  finalized++;
  finalized_data = data;
  finalized_hint = hint;
}

static napi_value number(napi_env env, double d) {
  napi_value v;
  napi_create_double(env, d, &v);
  return v;
}

/* create() -> SharedArrayBuffer over `storage`, storage[0] = 7 */
static napi_value Create(napi_env env, napi_callback_info info) {
  napi_value result;
  storage[0] = 7;
  if (node_api_create_external_sharedarraybuffer(env, storage, sizeof(storage), Finalize,
                                                 (void*)(uintptr_t)42, &result) != napi_ok)
    return NULL;
  return result;
}

/* isShared(value) -> bool */
static napi_value IsShared(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result;
  bool shared = false;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  node_api_is_sharedarraybuffer(env, argv[0], &shared);
  napi_get_boolean(env, shared, &result);
  return result;
}

/* peek(i) -> storage[i], as the guest sees it */
static napi_value Peek(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  uint32_t i = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_uint32(env, argv[0], &i);
  return number(env, storage[i % sizeof(storage)]);
}

/* poke(i, v): the guest writes storage[i] */
static napi_value Poke(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  uint32_t i = 0, v = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_uint32(env, argv[0], &i);
  napi_get_value_uint32(env, argv[1], &v);
  storage[i % sizeof(storage)] = (uint8_t)v;
  return NULL;
}

/* finalized() -> [count, data is storage, hint] */
static napi_value Finalized(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_create_array(env, &result);
  napi_set_element(env, result, 0, number(env, finalized));
  napi_value same;
  napi_get_boolean(env, finalized_data == (void*)storage, &same);
  napi_set_element(env, result, 1, same);
  napi_set_element(env, result, 2, number(env, (double)(uintptr_t)finalized_hint));
  return result;
}

/* statuses() -> [NULL result, NULL data with length 4] */
static napi_value Statuses(napi_env env, napi_callback_info info) {
  napi_value result, sab;
  napi_create_array(env, &result);
  napi_set_element(env, result, 0,
                   number(env, node_api_create_external_sharedarraybuffer(env, storage, 4, NULL,
                                                                          NULL, NULL)));
  napi_set_element(env, result, 1,
                   number(env, node_api_create_external_sharedarraybuffer(env, NULL, 4, NULL,
                                                                          NULL, &sab)));
  return result;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      {"create", NULL, Create, NULL, NULL, NULL, napi_default, NULL},
      {"isShared", NULL, IsShared, NULL, NULL, NULL, napi_default, NULL},
      {"peek", NULL, Peek, NULL, NULL, NULL, napi_default, NULL},
      {"poke", NULL, Poke, NULL, NULL, NULL, napi_default, NULL},
      {"finalized", NULL, Finalized, NULL, NULL, NULL, napi_default, NULL},
      {"statuses", NULL, Statuses, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods);
  return exports;
}
