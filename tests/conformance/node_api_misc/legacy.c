/* Legacy registration: no NAPI_MODULE; a constructor calls napi_module_register and
 * the loader initializes the module through nm_register_func. */
#include <node_api.h>

#include <stddef.h>

static napi_value Init(napi_env env, napi_value exports) {
  napi_value value;
  napi_create_string_utf8(env, "napi_module_register", NAPI_AUTO_LENGTH, &value);
  napi_set_named_property(env, exports, "registeredBy", value);
  return exports;
}

static napi_module legacy_module = {
    NAPI_MODULE_VERSION, 0, __FILE__, Init, "legacy", NULL, {NULL, NULL, NULL, NULL},
};

__attribute__((constructor)) static void register_legacy_module(void) {
  napi_module_register(&legacy_module);
}
