/* An addon whose module initializer throws: the exception it leaves pending is thrown
 * by the require() that loads it. */
#include "common.h"

static int attempts = 0;

NAPI_MODULE_INIT() {
  attempts++;
  napi_value count;
  napi_create_int32(env, attempts, &count);
  napi_value error, code, msg;
  napi_create_string_utf8(env, "ERR_ON_LOAD", NAPI_AUTO_LENGTH, &code);
  napi_create_string_utf8(env, "init failed", NAPI_AUTO_LENGTH, &msg);
  napi_create_type_error(env, code, msg, &error);
  napi_set_named_property(env, error, "attempt", count);
  napi_throw(env, error);
  return exports;
}
