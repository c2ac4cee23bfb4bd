/* BigInts: napi_create_bigint_int64/uint64/words and napi_get_value_bigint_*. */
#include "report.h"

#include <stdint.h>
#include <stdlib.h>

/* int64(bigint) -> {status, value?: BigInt(result), lossless?} */
static napi_value Int64(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  int64_t value = 0;
  bool lossless = false;
  napi_status status = napi_get_value_bigint_int64(env, argv[0], &value, &lossless);
  napi_value back = NULL;
  if (status == napi_ok) CHECK(env, napi_create_bigint_int64(env, value, &back));
  napi_value out = report(env, status, back);
  if (status == napi_ok) {
    napi_value flag;
    CHECK(env, napi_get_boolean(env, lossless, &flag));
    CHECK(env, napi_set_named_property(env, out, "lossless", flag));
  }
  return out;
}

/* uint64(bigint) -> {status, value?: BigInt(result), lossless?} */
static napi_value Uint64(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint64_t value = 0;
  bool lossless = false;
  napi_status status = napi_get_value_bigint_uint64(env, argv[0], &value, &lossless);
  napi_value back = NULL;
  if (status == napi_ok) CHECK(env, napi_create_bigint_uint64(env, value, &back));
  napi_value out = report(env, status, back);
  if (status == napi_ok) {
    napi_value flag;
    CHECK(env, napi_get_boolean(env, lossless, &flag));
    CHECK(env, napi_set_named_property(env, out, "lossless", flag));
  }
  return out;
}

/* words(bigint, capacity) -> {status, sign, count, words: [BigInt...]} with the words
 * buffer pre-filled with 0xAA.. so that untouched words show. */
static napi_value Words(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  uint32_t capacity;
  CHECK(env, napi_get_value_uint32(env, argv[1], &capacity));
  uint64_t* words = malloc(sizeof(uint64_t) * (capacity + 1));
  for (uint32_t i = 0; i <= capacity; i++) words[i] = 0xAAAAAAAAAAAAAAAAull;
  int sign = 7;
  size_t count = capacity;
  napi_status status = napi_get_value_bigint_words(env, argv[0], &sign, &count, words);
  napi_value out = report(env, status, NULL);
  if (status == napi_ok) {
    napi_value v, array;
    CHECK(env, napi_create_int32(env, sign, &v));
    CHECK(env, napi_set_named_property(env, out, "sign", v));
    CHECK(env, napi_create_uint32(env, (uint32_t)count, &v));
    CHECK(env, napi_set_named_property(env, out, "count", v));
    CHECK(env, napi_create_array(env, &array));
    for (uint32_t i = 0; i <= capacity; i++) {
      CHECK(env, napi_create_bigint_uint64(env, words[i], &v));
      CHECK(env, napi_set_element(env, array, i, v));
    }
    CHECK(env, napi_set_named_property(env, out, "words", array));
  }
  free(words);
  return out;
}

/* wordCount(bigint) -> {status, value: count} with sign_bit and words NULL. */
static napi_value WordCount(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  size_t count = 12345;
  napi_status status = napi_get_value_bigint_words(env, argv[0], NULL, &count, NULL);
  napi_value v = NULL;
  if (status == napi_ok) CHECK(env, napi_create_uint32(env, (uint32_t)count, &v));
  return report(env, status, v);
}

/* fromWords(sign, [BigInt words]) -> {status, value} */
static napi_value FromWords(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  int32_t sign;
  CHECK(env, napi_get_value_int32(env, argv[0], &sign));
  uint32_t count;
  CHECK(env, napi_get_array_length(env, argv[1], &count));
  uint64_t words[64];
  EXPECT(env, count <= 64, "at most 64 words");
  for (uint32_t i = 0; i < count; i++) {
    napi_value element;
    bool lossless;
    CHECK(env, napi_get_element(env, argv[1], i, &element));
    CHECK(env, napi_get_value_bigint_uint64(env, element, &words[i], &lossless));
  }
  napi_value result = NULL;
  napi_status status = napi_create_bigint_words(env, sign, count, words, &result);
  return report(env, status, result);
}

/* fromWordCount(count): create_bigint_words with a huge claimed count over a
 * one-word buffer; the size check must come before any word is read. */
static napi_value FromWordCount(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  double count;
  CHECK(env, napi_get_value_double(env, argv[0], &count));
  uint64_t word = 1;
  napi_value result = NULL;
  napi_status status = napi_create_bigint_words(env, 0, (size_t)count, &word, &result);
  return report(env, status, result);
}

/* nullStatuses(bigint) */
static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value result;
  int64_t i64;
  uint64_t u64, words[2];
  bool lossless;
  int sign;
  size_t count = 2;
  return STATUS_LIST(env,
                     napi_create_bigint_int64(env, 1, NULL),
                     napi_create_bigint_uint64(env, 1, NULL),
                     napi_create_bigint_words(env, 0, 1, NULL, &result),
                     napi_create_bigint_words(env, 0, 0, NULL, &result),
                     napi_create_bigint_words(env, 0, 1, words, NULL),
                     napi_get_value_bigint_int64(env, NULL, &i64, &lossless),
                     napi_get_value_bigint_int64(env, argv[0], NULL, &lossless),
                     napi_get_value_bigint_int64(env, argv[0], &i64, NULL),
                     napi_get_value_bigint_uint64(env, argv[0], NULL, &lossless),
                     napi_get_value_bigint_uint64(env, argv[0], &u64, NULL),
                     napi_get_value_bigint_words(env, argv[0], &sign, NULL, words),
                     napi_get_value_bigint_words(env, argv[0], NULL, &count, words),
                     napi_get_value_bigint_words(env, argv[0], &sign, &count, NULL),
                     napi_get_value_bigint_words(env, NULL, &sign, &count, words));
}

/* createdZeroWords(): create_bigint_words with no words and a negative sign. */
static napi_value ZeroWords(napi_env env, napi_callback_info info) {
  uint64_t unused = 0;
  napi_value result = NULL;
  napi_status status = napi_create_bigint_words(env, 1, 0, &unused, &result);
  return report(env, status, result);
}

/* createInt64(min?) / createUint64(max?) edge values */
static napi_value Edges(napi_env env, napi_callback_info info) {
  napi_value array, v;
  CHECK(env, napi_create_array(env, &array));
  CHECK(env, napi_create_bigint_int64(env, INT64_MIN, &v));
  CHECK(env, napi_set_element(env, array, 0, v));
  CHECK(env, napi_create_bigint_int64(env, INT64_MAX, &v));
  CHECK(env, napi_set_element(env, array, 1, v));
  CHECK(env, napi_create_bigint_uint64(env, UINT64_MAX, &v));
  CHECK(env, napi_set_element(env, array, 2, v));
  CHECK(env, napi_create_bigint_int64(env, 0, &v));
  CHECK(env, napi_set_element(env, array, 3, v));
  CHECK(env, napi_create_bigint_int64(env, -1, &v));
  CHECK(env, napi_set_element(env, array, 4, v));
  return array;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("int64", Int64),
      METHOD("uint64", Uint64),
      METHOD("words", Words),
      METHOD("wordCount", WordCount),
      METHOD("fromWords", FromWords),
      METHOD("fromWordCount", FromWordCount),
      METHOD("zeroWords", ZeroWords),
      METHOD("edges", Edges),
      METHOD("nullStatuses", NullStatuses),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
