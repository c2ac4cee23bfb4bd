/* Imports two Node-API functions napi-host does not have: loading must fail and name
 * both. */
#include <node_api.h>

__attribute__((import_module("napi"), import_name("napi_not_a_real_function")))
extern napi_status napi_not_a_real_function(napi_env env);
__attribute__((import_module("env"), import_name("also_missing")))
extern int also_missing(int);

NAPI_MODULE_INIT() {
  napi_not_a_real_function(env);
  also_missing(1);
  return exports;
}
