/* Strings: napi_create_string_{latin1,utf8,utf16} and
 * napi_get_value_string_{latin1,utf8,utf16}, driven from JS with explicit byte / code
 * unit arrays so that every edge (NUL inside, invalid UTF-8, lone surrogates,
 * truncation, sentinels after the buffer) is visible to the test. */
#include "common.h"

#include <limits.h>
#include <stdint.h>

enum { KIND_LATIN1 = 0, KIND_UTF8 = 1, KIND_UTF16 = 2 };

/* Large enough for every string the tests pass, plus a NUL terminator and sentinels. */
#define CAPACITY 1024

/* Reads a JS array of numbers into `units` (each truncated to `mask`), zero-filling
 * the rest of the buffer so NAPI_AUTO_LENGTH finds a terminator. */
static bool read_units(napi_env env, napi_value array, uint32_t mask, uint16_t* units,
                       uint32_t* count) {
  uint32_t length = 0;
  if (napi_get_array_length(env, array, &length) != napi_ok || length >= CAPACITY) {
    napi_throw_error(env, "ERR_CONFORMANCE", "expected an array of fewer than 1024 numbers");
    return false;
  }
  for (uint32_t i = 0; i < CAPACITY; i++) units[i] = 0;
  for (uint32_t i = 0; i < length; i++) {
    napi_value element;
    uint32_t unit = 0;
    if (napi_get_element(env, array, i, &element) != napi_ok ||
        napi_get_value_uint32(env, element, &unit) != napi_ok) {
      napi_throw_error(env, "ERR_CONFORMANCE", "expected numbers");
      return false;
    }
    units[i] = (uint16_t)(unit & mask);
  }
  *count = length;
  return true;
}

/* A JS length argument: -1 means NAPI_AUTO_LENGTH, otherwise a size_t. */
static bool read_length(napi_env env, napi_value value, size_t* length) {
  double d = 0;
  if (napi_get_value_double(env, value, &d) != napi_ok) {
    napi_throw_error(env, "ERR_CONFORMANCE", "expected a length");
    return false;
  }
  *length = d < 0 ? NAPI_AUTO_LENGTH : (size_t)d;
  return true;
}

static napi_value pair(napi_env env, napi_status status, napi_value value) {
  napi_value result;
  CHECK(env, napi_create_array_with_length(env, 2, &result));
  CHECK(env, napi_set_element(env, result, 0, status_value(env, status)));
  if (value == NULL) CHECK(env, napi_get_undefined(env, &value));
  CHECK(env, napi_set_element(env, result, 1, value));
  return result;
}

/* create(kind, units, length) -> [status, string | undefined]
 * `units` are bytes for latin1/utf8 and UTF-16 code units for utf16. */
static napi_value Create(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  int32_t kind = 0;
  CHECK(env, napi_get_value_int32(env, argv[0], &kind));
  static uint16_t units[CAPACITY];
  uint32_t count = 0;
  if (!read_units(env, argv[1], kind == KIND_UTF16 ? 0xffff : 0xff, units, &count)) return NULL;
  size_t length = 0;
  if (!read_length(env, argv[2], &length)) return NULL;
  static char bytes[CAPACITY];
  for (uint32_t i = 0; i < CAPACITY; i++) bytes[i] = (char)units[i];
  napi_value result = NULL;
  napi_status status;
  switch (kind) {
    case KIND_LATIN1:
      status = napi_create_string_latin1(env, bytes, length, &result);
      break;
    case KIND_UTF8:
      status = napi_create_string_utf8(env, bytes, length, &result);
      break;
    default:
      status = napi_create_string_utf16(env, (const char16_t*)units, length, &result);
      break;
  }
  return pair(env, status, result);
}

static napi_status create_kind(napi_env env, int32_t kind, const void* str, size_t length,
                               napi_value* result) {
  switch (kind) {
    case KIND_LATIN1:
      return napi_create_string_latin1(env, (const char*)str, length, result);
    case KIND_UTF8:
      return napi_create_string_utf8(env, (const char*)str, length, result);
    default:
      return napi_create_string_utf16(env, (const char16_t*)str, length, result);
  }
}

/* createEdges(kind) -> [
 *   status(NULL str, length 0), the string it made,
 *   status(NULL str, length 1), status(NULL str, NAPI_AUTO_LENGTH),
 *   status(result NULL), status(length INT_MAX + 1), status(length SIZE_MAX - 1),
 *   status(NULL env), status(non-NULL str, length 0), the string it made ] */
static napi_value CreateEdges(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  int32_t kind = 0;
  CHECK(env, napi_get_value_int32(env, argv[0], &kind));
  static const char narrow[] = "abc";
  static const char16_t wide[] = {'a', 'b', 'c', 0};
  const void* abc = kind == KIND_UTF16 ? (const void*)wide : (const void*)narrow;

  napi_value empty = NULL, empty2 = NULL, unused = NULL;
  napi_status statuses[8];
  statuses[0] = create_kind(env, kind, NULL, 0, &empty);
  statuses[1] = create_kind(env, kind, NULL, 1, &unused);
  statuses[2] = create_kind(env, kind, NULL, NAPI_AUTO_LENGTH, &unused);
  statuses[3] = create_kind(env, kind, abc, 3, NULL);
  statuses[4] = create_kind(env, kind, abc, (size_t)INT_MAX + 1, &unused);
  statuses[5] = create_kind(env, kind, abc, SIZE_MAX - 1, &unused);
  statuses[6] = create_kind(NULL, kind, abc, 3, &unused);
  statuses[7] = create_kind(env, kind, abc, 0, &empty2);
  EXPECT(env, unused == NULL, "a failing call wrote its result");

  napi_value result, undefined;
  CHECK(env, napi_get_undefined(env, &undefined));
  CHECK(env, napi_create_array(env, &result));
  uint32_t i = 0;
  CHECK(env, napi_set_element(env, result, i++, status_value(env, statuses[0])));
  CHECK(env, napi_set_element(env, result, i++, empty ? empty : undefined));
  for (int s = 1; s < 8; s++) {
    CHECK(env, napi_set_element(env, result, i++, status_value(env, statuses[s])));
  }
  CHECK(env, napi_set_element(env, result, i++, empty2 ? empty2 : undefined));
  return result;
}

enum { NULL_BUF = 1, NULL_RESULT = 2, NULL_VALUE = 4, NULL_ENV = 8 };
#define SENTINEL8 0xAA
#define SENTINEL16 0xAAAA
#define UNWRITTEN ((size_t)0x5EED)

/* get(kind, value, bufsize, flags) -> [status, result | null, contents]
 * The buffer starts filled with sentinels (0xAA / 0xAAAA); `contents` holds its first
 * bufsize + 2 units, so the test sees the terminator and that nothing past it changed.
 * `result` is null when the call did not write it. */
static napi_value Get(napi_env env, napi_callback_info info) {
  ARGS(env, info, 4);
  int32_t kind = 0, flags = 0;
  uint32_t bufsize = 0;
  CHECK(env, napi_get_value_int32(env, argv[0], &kind));
  CHECK(env, napi_get_value_uint32(env, argv[2], &bufsize));
  CHECK(env, napi_get_value_int32(env, argv[3], &flags));
  EXPECT(env, bufsize + 2 <= CAPACITY, "bufsize too large");

  static char narrow[CAPACITY];
  static char16_t wide[CAPACITY];
  for (uint32_t i = 0; i < CAPACITY; i++) {
    narrow[i] = (char)SENTINEL8;
    wide[i] = SENTINEL16;
  }
  napi_env call_env = (flags & NULL_ENV) ? NULL : env;
  napi_value value = (flags & NULL_VALUE) ? NULL : argv[1];
  size_t written = UNWRITTEN;
  size_t* result = (flags & NULL_RESULT) ? NULL : &written;
  napi_status status;
  switch (kind) {
    case KIND_LATIN1:
      status = napi_get_value_string_latin1(call_env, value, (flags & NULL_BUF) ? NULL : narrow,
                                            bufsize, result);
      break;
    case KIND_UTF8:
      status = napi_get_value_string_utf8(call_env, value, (flags & NULL_BUF) ? NULL : narrow,
                                          bufsize, result);
      break;
    default:
      status = napi_get_value_string_utf16(call_env, value, (flags & NULL_BUF) ? NULL : wide,
                                           bufsize, result);
      break;
  }

  napi_value out, contents, item;
  CHECK(env, napi_create_array_with_length(env, 3, &out));
  CHECK(env, napi_set_element(env, out, 0, status_value(env, status)));
  if (written == UNWRITTEN) {
    CHECK(env, napi_get_null(env, &item));
  } else {
    CHECK(env, napi_create_double(env, (double)written, &item));
  }
  CHECK(env, napi_set_element(env, out, 1, item));
  CHECK(env, napi_create_array(env, &contents));
  if (!(flags & NULL_BUF)) {
    for (uint32_t i = 0; i < bufsize + 2; i++) {
      uint32_t unit = kind == KIND_UTF16 ? (uint32_t)wide[i] : (uint32_t)(unsigned char)narrow[i];
      CHECK(env, napi_create_uint32(env, unit, &item));
      CHECK(env, napi_set_element(env, contents, i, item));
    }
  }
  CHECK(env, napi_set_element(env, out, 2, contents));
  return out;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("createEdges", CreateEdges),
      METHOD("get", Get),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
