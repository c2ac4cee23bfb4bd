/* ArrayBuffers: napi_create_arraybuffer, napi_create_external_arraybuffer,
 * napi_get_arraybuffer_info, napi_is_arraybuffer, napi_detach_arraybuffer,
 * napi_is_detached_arraybuffer, napi_adjust_external_memory, and how buffer memory is
 * shared between JS and the addon. */
#include "common.h"
#include "report.h"

#include <stdint.h>
#include <stdlib.h>

static napi_value number(napi_env env, double value) {
  napi_value result = NULL;
  napi_create_double(env, value, &result);
  return result;
}

/* create(length, first): a new ArrayBuffer whose byte i is (first + i) & 0xff, written
 * through the `data` pointer napi_create_arraybuffer returned. */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t length, first;
  CHECK(env, napi_get_value_uint32(env, argv[0], &length));
  CHECK(env, napi_get_value_uint32(env, argv[1], &first));
  void* data = NULL;
  napi_value result;
  CHECK(env, napi_create_arraybuffer(env, length, &data, &result));
  uint8_t* bytes = data;
  for (uint32_t i = 0; i < length; i++) {
    EXPECT(env, bytes[i] == 0, "a new ArrayBuffer is zero-filled");
    bytes[i] = (uint8_t)(first + i);
  }
  return result;
}

/* createNoData(length): napi_create_arraybuffer without the data out-parameter. */
static napi_value CreateNoData(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t length;
  CHECK(env, napi_get_value_uint32(env, argv[0], &length));
  napi_value result;
  CHECK(env, napi_create_arraybuffer(env, length, NULL, &result));
  return result;
}

/* ---- one buffer the addon keeps the data pointer of, across calls -------------- */

static uint8_t* kept_data = NULL;
static size_t kept_length = 0;

/* keep(length): creates an ArrayBuffer and remembers its data pointer. */
static napi_value Keep(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t length;
  CHECK(env, napi_get_value_uint32(env, argv[0], &length));
  void* data = NULL;
  napi_value result;
  CHECK(env, napi_create_arraybuffer(env, length, &data, &result));
  kept_data = data;
  kept_length = length;
  return result;
}

/* keptWrite(index, value): writes through the remembered pointer (a later call). */
static napi_value KeptWrite(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index, value;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  CHECK(env, napi_get_value_uint32(env, argv[1], &value));
  EXPECT(env, kept_data != NULL && index < kept_length, "index out of range");
  kept_data[index] = (uint8_t)value;
  return NULL;
}

/* keptRead(index): reads through the remembered pointer. */
static napi_value KeptRead(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t index;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  EXPECT(env, kept_data != NULL && index < kept_length, "index out of range");
  return number(env, kept_data[index]);
}

/* keptIsInfoData(ab): whether napi_get_arraybuffer_info reports the remembered pointer. */
static napi_value KeptIsInfoData(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data = NULL;
  size_t length = 0;
  CHECK(env, napi_get_arraybuffer_info(env, argv[0], &data, &length));
  napi_value result;
  CHECK(env, napi_get_boolean(env, data == kept_data && length == kept_length, &result));
  return result;
}

/* ---- external ArrayBuffers ------------------------------------------------------- */

/* The hints of the finalizers that ran, in order. */
static uint32_t finalized_hints[64];
static uint32_t finalized_count = 0;

static void Record(void* hint) {
  if (finalized_count < 64) finalized_hints[finalized_count] = (uint32_t)(uintptr_t)hint;
  finalized_count++;
}

static void FreeExternal(napi_env env, void* data, void* hint) {
  Record(hint);
  free(data);
}

static void CountOnly(napi_env env, void* data, void* hint) { Record(hint); }

/* external(length, first, hint): an external ArrayBuffer over malloc'd memory filled
 * like create(); its finalizer frees it and counts. */
static napi_value External(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  uint32_t length, first, hint;
  CHECK(env, napi_get_value_uint32(env, argv[0], &length));
  CHECK(env, napi_get_value_uint32(env, argv[1], &first));
  CHECK(env, napi_get_value_uint32(env, argv[2], &hint));
  uint8_t* bytes = malloc(length > 0 ? length : 1);
  EXPECT(env, bytes != NULL, "malloc failed");
  for (uint32_t i = 0; i < length; i++) bytes[i] = (uint8_t)(first + i);
  napi_value result;
  CHECK(env, napi_create_external_arraybuffer(env, bytes, length, FreeExternal,
                                              (void*)(uintptr_t)hint, &result));
  return result;
}

static uint8_t static_bytes[16];

/* externalStatic(): an external ArrayBuffer over a static array, no finalizer. The
 * addon writes into the array with staticWrite() later. */
static napi_value ExternalStatic(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_external_arraybuffer(env, static_bytes, sizeof(static_bytes), NULL,
                                              NULL, &result));
  return result;
}

static napi_value StaticWrite(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index, value;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  CHECK(env, napi_get_value_uint32(env, argv[1], &value));
  EXPECT(env, index < sizeof(static_bytes), "index out of range");
  static_bytes[index] = (uint8_t)value;
  return NULL;
}

static napi_value StaticRead(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t index;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  EXPECT(env, index < sizeof(static_bytes), "index out of range");
  return number(env, static_bytes[index]);
}

/* externalNull(hint): napi_create_external_arraybuffer(NULL, 0) with a counting
 * finalizer. */
static napi_value ExternalNull(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t hint;
  CHECK(env, napi_get_value_uint32(env, argv[0], &hint));
  napi_value result;
  CHECK(env, napi_create_external_arraybuffer(env, NULL, 0, CountOnly, (void*)(uintptr_t)hint,
                                              &result));
  return result;
}

/* finalized(): the hints of the finalizers that ran, in order. */
static napi_value Finalized(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < finalized_count && i < 64; i++) {
    CHECK(env, napi_set_element(env, result, i, number(env, finalized_hints[i])));
  }
  return result;
}

/* ---- napi_get_arraybuffer_info on buffers JS created -------------------------------- */

/* info(ab): [byteLength, data is NULL, sum of the bytes]. */
static napi_value Info(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data = (void*)(uintptr_t)1;
  size_t length = 12345;
  CHECK(env, napi_get_arraybuffer_info(env, argv[0], &data, &length));
  double sum = 0;
  for (size_t i = 0; i < length; i++) sum += ((uint8_t*)data)[i];
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, number(env, (double)length)));
  napi_value is_null;
  CHECK(env, napi_get_boolean(env, data == NULL, &is_null));
  CHECK(env, napi_set_element(env, result, 1, is_null));
  CHECK(env, napi_set_element(env, result, 2, number(env, sum)));
  return result;
}

/* increment(ab, times): adds 1 to every byte, `times` times, each time through a fresh
 * napi_get_arraybuffer_info; returns whether every call gave the same pointer. */
static napi_value Increment(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t times;
  CHECK(env, napi_get_value_uint32(env, argv[1], &times));
  void* first = NULL;
  bool same = true;
  for (uint32_t t = 0; t < times; t++) {
    void* data = NULL;
    size_t length = 0;
    CHECK(env, napi_get_arraybuffer_info(env, argv[0], &data, &length));
    if (t == 0) first = data;
    same = same && data == first;
    for (size_t i = 0; i < length; i++) ((uint8_t*)data)[i]++;
  }
  napi_value result;
  CHECK(env, napi_get_boolean(env, same, &result));
  return result;
}

/* incrementThenCall(ab, fn): increments every byte, then calls fn(ab) and returns what
 * it returns. */
static napi_value IncrementThenCall(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  void* data = NULL;
  size_t length = 0;
  CHECK(env, napi_get_arraybuffer_info(env, argv[0], &data, &length));
  for (size_t i = 0; i < length; i++) ((uint8_t*)data)[i]++;
  napi_value global, result;
  CHECK(env, napi_get_global(env, &global));
  CHECK(env, napi_call_function(env, global, argv[1], 1, argv, &result));
  return result;
}

/* writeThenDetach(ab): writes 7 into byte 0 through the data pointer, then detaches
 * the buffer; returns [detach status, byteLength and data afterwards]. */
static napi_value WriteThenDetach(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data = NULL;
  size_t length = 0;
  CHECK(env, napi_get_arraybuffer_info(env, argv[0], &data, &length));
  if (length > 0) ((uint8_t*)data)[0] = 7;
  napi_status status = napi_detach_arraybuffer(env, argv[0]);
  CHECK(env, napi_get_arraybuffer_info(env, argv[0], &data, &length));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, status_value(env, status)));
  CHECK(env, napi_set_element(env, result, 1, number(env, (double)length)));
  napi_value is_null;
  CHECK(env, napi_get_boolean(env, data == NULL, &is_null));
  CHECK(env, napi_set_element(env, result, 2, is_null));
  return result;
}

/* ---- predicates, detach and statuses --------------------------------------------- */

static napi_value IsArrayBuffer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool is = false;
  CHECK(env, napi_is_arraybuffer(env, argv[0], &is));
  napi_value result;
  CHECK(env, napi_get_boolean(env, is, &result));
  return result;
}

static napi_value IsDetached(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool is = true;
  CHECK(env, napi_is_detached_arraybuffer(env, argv[0], &is));
  napi_value result;
  CHECK(env, napi_get_boolean(env, is, &result));
  return result;
}

/* detach(value): the status of napi_detach_arraybuffer. */
static napi_value Detach(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  return status_value(env, napi_detach_arraybuffer(env, argv[0]));
}

/* infoStatus(value): the status of napi_get_arraybuffer_info, outputs untouched on
 * failure. */
static napi_value InfoStatus(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data = (void*)(uintptr_t)1;
  size_t length = 12345;
  napi_status status = napi_get_arraybuffer_info(env, argv[0], &data, &length);
  if (status != napi_ok) {
    EXPECT(env, data == (void*)(uintptr_t)1 && length == 12345, "a failed call wrote results");
  }
  return status_value(env, status);
}

/* statuses(ab): NULL arguments, in order:
 * [is_arraybuffer NULL value, is_arraybuffer NULL result, get_info NULL value,
 *  get_info NULL data + NULL length (allowed), create NULL result,
 *  create_external NULL result, detach NULL, is_detached NULL value,
 *  is_detached NULL result, adjust_external_memory NULL result] */
static napi_value Statuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool b;
  void* data;
  napi_status statuses[10] = {
      napi_is_arraybuffer(env, NULL, &b),
      napi_is_arraybuffer(env, argv[0], NULL),
      napi_get_arraybuffer_info(env, NULL, &data, NULL),
      napi_get_arraybuffer_info(env, argv[0], NULL, NULL),
      napi_create_arraybuffer(env, 4, &data, NULL),
      napi_create_external_arraybuffer(env, static_bytes, 4, NULL, NULL, NULL),
      napi_detach_arraybuffer(env, NULL),
      napi_is_detached_arraybuffer(env, NULL, &b),
      napi_is_detached_arraybuffer(env, argv[0], NULL),
      napi_adjust_external_memory(env, 1, NULL),
  };
  return status_list(env, statuses, 10);
}

/* whilePending(ab): statuses with an exception pending:
 * [create_arraybuffer, create_external_arraybuffer, get_arraybuffer_info,
 *  is_arraybuffer, detach, is_detached] */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_throw_error(env, NULL, "pending");
  napi_value value;
  void* data;
  size_t length;
  bool b;
  napi_status statuses[6] = {
      napi_create_arraybuffer(env, 4, &data, &value),
      napi_create_external_arraybuffer(env, static_bytes, 4, NULL, NULL, &value),
      napi_get_arraybuffer_info(env, argv[0], &data, &length),
      napi_is_arraybuffer(env, argv[0], &b),
      napi_detach_arraybuffer(env, argv[0]),
      napi_is_detached_arraybuffer(env, argv[0], &b),
  };
  napi_value exception;
  napi_get_and_clear_last_exception(env, &exception);
  return status_list(env, statuses, 6);
}

/* adjust(change): napi_adjust_external_memory's result. */
static napi_value Adjust(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  int64_t change;
  CHECK(env, napi_get_value_int64(env, argv[0], &change));
  int64_t adjusted = -1;
  CHECK(env, napi_adjust_external_memory(env, change, &adjusted));
  return number(env, (double)adjusted);
}

/* ---- napi-host only: experimental SharedArrayBuffer functions, emnapi's memory
 * functions, traps. Node 20 has none of them (and a native trap would kill the
 * process), so they are built into the wasm addon only. -------------------------- */
#ifdef __wasm__

__attribute__((import_module("napi"), import_name("node_api_create_sharedarraybuffer")))
napi_status node_api_create_sharedarraybuffer(napi_env env, size_t byte_length, void** data,
                                              napi_value* result);
__attribute__((import_module("napi"), import_name("node_api_is_sharedarraybuffer")))
napi_status node_api_is_sharedarraybuffer(napi_env env, napi_value value, bool* result);

typedef enum { emnapi_runtime, emnapi_userland } emnapi_ownership;
__attribute__((import_module("emnapi"), import_name("emnapi_sync_memory")))
napi_status emnapi_sync_memory(napi_env env, bool js_to_wasm, napi_value* arraybuffer_or_view,
                               size_t byte_offset, size_t length);
__attribute__((import_module("emnapi"), import_name("emnapi_get_memory_address")))
napi_status emnapi_get_memory_address(napi_env env, napi_value arraybuffer_or_view,
                                      void** address, emnapi_ownership* ownership,
                                      bool* runtime_allocated);
__attribute__((import_module("emnapi"), import_name("emnapi_create_memory_view")))
napi_status emnapi_create_memory_view(napi_env env, int typedarray_type, void* external_data,
                                      size_t byte_length, napi_finalize finalize_cb,
                                      void* finalize_hint, napi_value* result);

static uint8_t* shared_data = NULL;

/* sharedCreate(length): a SharedArrayBuffer from node_api_create_sharedarraybuffer whose
 * byte i is i + 1; the addon keeps its data pointer. */
static napi_value SharedCreate(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t length;
  CHECK(env, napi_get_value_uint32(env, argv[0], &length));
  void* data = NULL;
  napi_value result;
  CHECK(env, node_api_create_sharedarraybuffer(env, length, &data, &result));
  for (uint32_t i = 0; i < length; i++) {
    EXPECT(env, ((uint8_t*)data)[i] == 0, "a new SharedArrayBuffer is zero-filled");
    ((uint8_t*)data)[i] = (uint8_t)(i + 1);
  }
  shared_data = data;
  return result;
}

static napi_value SharedWrite(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index, value;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  CHECK(env, napi_get_value_uint32(env, argv[1], &value));
  shared_data[index] = (uint8_t)value;
  return NULL;
}

static napi_value SharedRead(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t index;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  return number(env, shared_data[index]);
}

static napi_value IsShared(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool is = false;
  CHECK(env, node_api_is_sharedarraybuffer(env, argv[0], &is));
  napi_value result;
  CHECK(env, napi_get_boolean(env, is, &result));
  return result;
}

/* sharedStatuses(value): [is_shared NULL value, is_shared NULL result,
 * create NULL result, create while an exception is pending] */
static napi_value SharedStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool b;
  void* data;
  napi_value value;
  napi_status statuses[4];
  statuses[0] = node_api_is_sharedarraybuffer(env, NULL, &b);
  statuses[1] = node_api_is_sharedarraybuffer(env, argv[0], NULL);
  statuses[2] = node_api_create_sharedarraybuffer(env, 4, &data, NULL);
  napi_throw_error(env, NULL, "pending");
  statuses[3] = node_api_create_sharedarraybuffer(env, 4, &data, &value);
  napi_value exception;
  napi_get_and_clear_last_exception(env, &exception);
  return status_list(env, statuses, 4);
}

/* syncRoundTrip(bufferOrView, fn): writes 42 into the first byte through the data
 * pointer, syncs guest -> JS, calls fn(bufferOrView) (which may write byte 1), syncs
 * JS -> guest and returns [fn's result, byte 1 as the guest sees it]. */
static napi_value SyncRoundTrip(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  void* data = NULL;
  bool is_arraybuffer = false;
  CHECK(env, napi_is_arraybuffer(env, argv[0], &is_arraybuffer));
  if (is_arraybuffer) {
    CHECK(env, napi_get_arraybuffer_info(env, argv[0], &data, NULL));
  } else {
    CHECK(env, napi_get_typedarray_info(env, argv[0], NULL, NULL, &data, NULL, NULL));
  }
  ((uint8_t*)data)[0] = 42;
  napi_value view = argv[0];
  CHECK(env, emnapi_sync_memory(env, false, &view, 0, NAPI_AUTO_LENGTH));
  EXPECT(env, view == argv[0], "emnapi_sync_memory replaced the handle");
  napi_value global, returned;
  CHECK(env, napi_get_global(env, &global));
  CHECK(env, napi_call_function(env, global, argv[1], 1, argv, &returned));
  CHECK(env, emnapi_sync_memory(env, true, &view, 1, 1));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, returned));
  CHECK(env, napi_set_element(env, result, 1, number(env, ((uint8_t*)data)[1])));
  return result;
}

/* syncStatus(value, js_to_wasm, offset, length): the status of emnapi_sync_memory
 * (exception cleared) with no data pointer taken before. */
static napi_value SyncStatus(napi_env env, napi_callback_info info) {
  ARGS(env, info, 4);
  bool js_to_wasm;
  uint32_t offset, length;
  CHECK(env, napi_get_value_bool(env, argv[1], &js_to_wasm));
  CHECK(env, napi_get_value_uint32(env, argv[2], &offset));
  CHECK(env, napi_get_value_uint32(env, argv[3], &length));
  napi_value value = argv[0];
  napi_status status = emnapi_sync_memory(env, js_to_wasm, &value, offset,
                                          length == 0xffffffff ? NAPI_AUTO_LENGTH : length);
  napi_value exception;
  napi_get_and_clear_last_exception(env, &exception);
  if (status == napi_invalid_arg) {
    status = emnapi_sync_memory(env, js_to_wasm, NULL, offset, length);
    EXPECT(env, status == napi_invalid_arg, "NULL arraybuffer_or_view");
  }
  return status_value(env, status);
}

static napi_value address_result(napi_env env, void* address, emnapi_ownership ownership,
                                 bool runtime_allocated) {
  napi_value result, flag;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_get_boolean(env, address != NULL, &flag));
  CHECK(env, napi_set_element(env, result, 0, flag));
  CHECK(env, napi_set_element(env, result, 1, number(env, ownership)));
  CHECK(env, napi_get_boolean(env, runtime_allocated, &flag));
  CHECK(env, napi_set_element(env, result, 2, flag));
  return result;
}

/* memoryAddress(value, takeData): [has an address, ownership, runtime_allocated] from
 * emnapi_get_memory_address, after taking the data pointer first when takeData. */
static napi_value MemoryAddress(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  bool take_data;
  CHECK(env, napi_get_value_bool(env, argv[1], &take_data));
  void* data = NULL;
  if (take_data) CHECK(env, napi_get_arraybuffer_info(env, argv[0], &data, NULL));
  void* address = NULL;
  emnapi_ownership ownership = (emnapi_ownership)7;
  bool runtime_allocated = true;
  CHECK(env, emnapi_get_memory_address(env, argv[0], &address, &ownership, &runtime_allocated));
  EXPECT(env, !take_data || address == data, "the address is the data pointer");
  return address_result(env, address, ownership, runtime_allocated);
}

/* memoryAddressStatuses(value): [all outputs NULL, NULL value, not a buffer] */
static napi_value MemoryAddressStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* address;
  napi_status statuses[3];
  statuses[0] = emnapi_get_memory_address(env, argv[0], NULL, NULL, NULL);
  statuses[1] = emnapi_get_memory_address(env, NULL, &address, NULL, NULL);
  napi_value object;
  CHECK(env, napi_create_object(env, &object));
  statuses[2] = emnapi_get_memory_address(env, object, &address, NULL, NULL);
  napi_value exception;
  napi_get_and_clear_last_exception(env, &exception);
  return status_list(env, statuses, 3);
}

static uint8_t view_bytes[32];

/* memoryView(type, byteLength, hint): emnapi_create_memory_view over view_bytes, with a
 * counting finalizer. */
static napi_value MemoryView(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  int32_t type;
  uint32_t length, hint;
  CHECK(env, napi_get_value_int32(env, argv[0], &type));
  CHECK(env, napi_get_value_uint32(env, argv[1], &length));
  CHECK(env, napi_get_value_uint32(env, argv[2], &hint));
  napi_value result;
  CHECK(env, emnapi_create_memory_view(env, type, view_bytes, length, CountOnly,
                                       (void*)(uintptr_t)hint, &result));
  return result;
}

static napi_value ViewWrite(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index, value;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  CHECK(env, napi_get_value_uint32(env, argv[1], &value));
  view_bytes[index] = (uint8_t)value;
  return NULL;
}

/* memoryViewStatus(type): the status of emnapi_create_memory_view (exception cleared). */
static napi_value MemoryViewStatus(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  int32_t type;
  CHECK(env, napi_get_value_int32(env, argv[0], &type));
  napi_value result;
  napi_status status = emnapi_create_memory_view(env, type, view_bytes, 8, NULL, NULL, &result);
  napi_value exception;
  napi_get_and_clear_last_exception(env, &exception);
  return status_value(env, status);
}

/* externalOutOfBounds(): an external ArrayBuffer over bytes outside linear memory,
 * which traps. */
static napi_value ExternalOutOfBounds(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_create_external_arraybuffer(env, (void*)(uintptr_t)0xfffffff0u, 64, NULL, NULL, &result);
  return result;
}

#define WASM_ONLY_METHODS                                \
  METHOD("sharedCreate", SharedCreate),                  \
  METHOD("sharedWrite", SharedWrite),                    \
  METHOD("sharedRead", SharedRead),                      \
  METHOD("isShared", IsShared),                          \
  METHOD("sharedStatuses", SharedStatuses),              \
  METHOD("syncRoundTrip", SyncRoundTrip),                \
  METHOD("syncStatus", SyncStatus),                      \
  METHOD("memoryAddress", MemoryAddress),                \
  METHOD("memoryAddressStatuses", MemoryAddressStatuses),\
  METHOD("memoryView", MemoryView),                      \
  METHOD("viewWrite", ViewWrite),                        \
  METHOD("memoryViewStatus", MemoryViewStatus),          \
  METHOD("externalOutOfBounds", ExternalOutOfBounds),
#else
#define WASM_ONLY_METHODS
#endif

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("createNoData", CreateNoData),
      METHOD("keep", Keep),
      METHOD("keptWrite", KeptWrite),
      METHOD("keptRead", KeptRead),
      METHOD("keptIsInfoData", KeptIsInfoData),
      METHOD("external", External),
      METHOD("externalStatic", ExternalStatic),
      METHOD("staticWrite", StaticWrite),
      METHOD("staticRead", StaticRead),
      METHOD("externalNull", ExternalNull),
      METHOD("finalized", Finalized),
      METHOD("info", Info),
      METHOD("increment", Increment),
      METHOD("incrementThenCall", IncrementThenCall),
      METHOD("writeThenDetach", WriteThenDetach),
      METHOD("isArrayBuffer", IsArrayBuffer),
      METHOD("isDetached", IsDetached),
      METHOD("detach", Detach),
      METHOD("infoStatus", InfoStatus),
      METHOD("statuses", Statuses),
      METHOD("whilePending", WhilePending),
      METHOD("adjust", Adjust),
      WASM_ONLY_METHODS
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
