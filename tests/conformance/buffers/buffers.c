/* Node-API Buffers: creation (fresh, copied, external), napi_is_buffer and
 * napi_get_buffer_info on every ArrayBufferView, and data pointers that stay valid
 * for buffers the addon created. */
#include "common.h"

#include <stdint.h>
#include <string.h>

#if NAPI_VERSION < 10
/* Node-API 10 (not in Node 20: only called under napi-host). */
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_buffer_from_arraybuffer(
    napi_env env, napi_value arraybuffer, size_t byte_offset, size_t byte_length,
    napi_value* result);
#endif

static uint8_t* kept_data;
static size_t kept_length;
static int32_t external_finalized;
static char external_text[] = "external bytes";

/* createBuffer(size) -> a Buffer whose bytes the addon writes through `data` (i * 3). The
 * data pointer is kept for poke()/peek(). */
static napi_value CreateBuffer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t size = 0;
  CHECK(env, napi_get_value_uint32(env, argv[0], &size));
  void* data = NULL;
  napi_value result;
  CHECK(env, napi_create_buffer(env, size, &data, &result));
  EXPECT(env, size == 0 || data != NULL, "napi_create_buffer gave no data");
  uint8_t* bytes = data;
  for (uint32_t i = 0; i < size; i++) bytes[i] = (uint8_t)(i * 3);
  kept_data = bytes;
  kept_length = size;
  return result;
}

/* poke(index, byte): writes through the pointer kept by createBuffer. */
static napi_value Poke(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index = 0, byte = 0;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  CHECK(env, napi_get_value_uint32(env, argv[1], &byte));
  EXPECT(env, index < kept_length, "index out of range");
  kept_data[index] = (uint8_t)byte;
  return NULL;
}

/* peek(index) -> the byte at the pointer kept by createBuffer */
static napi_value Peek(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t index = 0;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  EXPECT(env, index < kept_length, "index out of range");
  napi_value result;
  CHECK(env, napi_create_uint32(env, kept_data[index], &result));
  return result;
}

/* copyString(text) -> a Buffer copied from the addon's bytes of `text` */
static napi_value CopyString(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  char text[64];
  size_t length = 0;
  CHECK(env, napi_get_value_string_utf8(env, argv[0], text, sizeof(text), &length));
  void* copy = NULL;
  napi_value result;
  CHECK(env, napi_create_buffer_copy(env, length, text, &copy, &result));
  EXPECT(env, length == 0 || (copy != NULL && copy != (void*)text), "no separate copy");
  EXPECT(env, memcmp(copy, text, length) == 0, "copy differs");
  memset(text, 'x', length); /* the copy must not change */
  return result;
}

static void FinalizeExternal(napi_env env, void* data, void* hint) {
  (void)env;
  if (data == external_text && hint == (void*)&external_finalized) external_finalized++;
}

/* external() -> a Buffer over static bytes of the addon, finalized when collected */
static napi_value External(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result;
  CHECK(env, napi_create_external_buffer(env, strlen(external_text), external_text,
                                         FinalizeExternal, &external_finalized, &result));
  return result;
}

static napi_value ExternalFinalized(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value result;
  CHECK(env, napi_create_int32(env, external_finalized, &result));
  return result;
}

/* setExternalByte(index, byte): writes the static bytes behind external() */
static napi_value SetExternalByte(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t index = 0, byte = 0;
  CHECK(env, napi_get_value_uint32(env, argv[0], &index));
  CHECK(env, napi_get_value_uint32(env, argv[1], &byte));
  EXPECT(env, index < strlen(external_text), "index out of range");
  external_text[index] = (char)byte;
  return NULL;
}

static napi_value IsBuffer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  bool is = false;
  CHECK(env, napi_is_buffer(env, argv[0], &is));
  napi_value result;
  CHECK(env, napi_get_boolean(env, is, &result));
  return result;
}

/* info(value) -> [status, byteLength, sum of the bytes read through data] */
static napi_value Info(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data = NULL;
  size_t length = 0;
  napi_status status = napi_get_buffer_info(env, argv[0], &data, &length);
  uint32_t sum = 0;
  for (size_t i = 0; status == napi_ok && i < length; i++) sum += ((uint8_t*)data)[i];
  napi_value result, value;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, status_value(env, status)));
  CHECK(env, napi_create_uint32(env, (uint32_t)length, &value));
  CHECK(env, napi_set_element(env, result, 1, value));
  CHECK(env, napi_create_uint32(env, sum, &value));
  CHECK(env, napi_set_element(env, result, 2, value));
  return result;
}

/* reverseInPlace(view): reverses the bytes through napi_get_buffer_info's data */
static napi_value ReverseInPlace(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint8_t* data = NULL;
  size_t length = 0;
  CHECK(env, napi_get_buffer_info(env, argv[0], (void**)&data, &length));
  for (size_t i = 0; i < length / 2; i++) {
    uint8_t t = data[i];
    data[i] = data[length - 1 - i];
    data[length - 1 - i] = t;
  }
  return argv[0];
}

static napi_value set_status(napi_env env, napi_value object, const char* key,
                             napi_status status) {
  CHECK(env, napi_set_named_property(env, object, key, status_value(env, status)));
  return object;
}

static napi_value NullArgs(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result, buffer;
  bool is;
  void* data;
  CHECK(env, napi_create_object(env, &result));
  set_status(env, result, "createNoResult", napi_create_buffer(env, 4, &data, NULL));
  set_status(env, result, "copyNoResult", napi_create_buffer_copy(env, 1, "x", &data, NULL));
  set_status(env, result, "externalNoResult",
             napi_create_external_buffer(env, 1, external_text, NULL, NULL, NULL));
  set_status(env, result, "isBufferNoValue", napi_is_buffer(env, NULL, &is));
  set_status(env, result, "isBufferNoResult", napi_is_buffer(env, argv[0], NULL));
  set_status(env, result, "infoNoValue", napi_get_buffer_info(env, NULL, &data, NULL));
  set_status(env, result, "infoNoOutputs", napi_get_buffer_info(env, argv[0], NULL, NULL));
  set_status(env, result, "createEmpty", napi_create_buffer(env, 0, NULL, &buffer));
  return result;
}

/* fromArrayBuffer(arrayBuffer, offset, length) -> [status, buffer] (napi-host only) */
static napi_value FromArrayBuffer(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  uint32_t offset = 0, length = 0;
  CHECK(env, napi_get_value_uint32(env, argv[1], &offset));
  CHECK(env, napi_get_value_uint32(env, argv[2], &length));
  napi_value buffer = NULL, result, undefined;
  napi_status status = node_api_create_buffer_from_arraybuffer(env, argv[0], offset, length, &buffer);
  if (status == napi_pending_exception) return NULL;
  CHECK(env, napi_get_undefined(env, &undefined));
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, status_value(env, status)));
  CHECK(env, napi_set_element(env, result, 1, buffer != NULL ? buffer : undefined));
  return result;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("createBuffer", CreateBuffer),
      METHOD("poke", Poke),
      METHOD("peek", Peek),
      METHOD("copyString", CopyString),
      METHOD("external", External),
      METHOD("externalFinalized", ExternalFinalized),
      METHOD("setExternalByte", SetExternalByte),
      METHOD("isBuffer", IsBuffer),
      METHOD("info", Info),
      METHOD("reverseInPlace", ReverseInPlace),
      METHOD("nullArgs", NullArgs),
      METHOD("fromArrayBuffer", FromArrayBuffer),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
