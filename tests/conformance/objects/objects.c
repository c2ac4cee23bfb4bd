/* Objects and properties: napi_create_object, keyed and named property access,
 * napi_has_own_property, napi_delete_property and napi_define_properties. */
#include "common.h"
#include "report.h"

#include <stdint.h>

/* Copies a JS string argument into `buf` (UTF-8, NUL-terminated). */
static bool read_name(napi_env env, napi_value value, char* buf, size_t size) {
  size_t length;
  return napi_get_value_string_utf8(env, value, buf, size, &length) == napi_ok;
}

static napi_value Create(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_object(env, &result));
  return result;
}

/* get(object, key) */
static napi_value GetProperty(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_value result = NULL;
  napi_status status = napi_get_property(env, argv[0], argv[1], &result);
  return report(env, status, result);
}

/* set(object, key, value) */
static napi_value SetProperty(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  return report(env, napi_set_property(env, argv[0], argv[1], argv[2]), NULL);
}

/* has(object, key) */
static napi_value HasProperty(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  bool result = false;
  napi_status status = napi_has_property(env, argv[0], argv[1], &result);
  return report_bool(env, status, result);
}

/* hasOwn(object, key) */
static napi_value HasOwnProperty(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  bool result = false;
  napi_status status = napi_has_own_property(env, argv[0], argv[1], &result);
  return report_bool(env, status, result);
}

/* delete(object, key) */
static napi_value DeleteProperty(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  bool result = false;
  napi_status status = napi_delete_property(env, argv[0], argv[1], &result);
  return report_bool(env, status, result);
}

/* deleteNoResult(object, key): the optional result pointer left NULL. */
static napi_value DeleteNoResult(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  return report(env, napi_delete_property(env, argv[0], argv[1], NULL), NULL);
}

/* getNamed(object, name) */
static napi_value GetNamed(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  char name[256];
  EXPECT(env, read_name(env, argv[1], name, sizeof(name)), "name must be a string");
  napi_value result = NULL;
  napi_status status = napi_get_named_property(env, argv[0], name, &result);
  return report(env, status, result);
}

/* setNamed(object, name, value) */
static napi_value SetNamed(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  char name[256];
  EXPECT(env, read_name(env, argv[1], name, sizeof(name)), "name must be a string");
  return report(env, napi_set_named_property(env, argv[0], name, argv[2]), NULL);
}

/* hasNamed(object, name) */
static napi_value HasNamed(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  char name[256];
  EXPECT(env, read_name(env, argv[1], name, sizeof(name)), "name must be a string");
  bool result = false;
  napi_status status = napi_has_named_property(env, argv[0], name, &result);
  return report_bool(env, status, result);
}

/* getOrThrow(object, key): a failed get leaves its exception pending, so it reaches
 * the JS caller when this callback returns. */
static napi_value GetOrThrow(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_value result;
  CHECK(env, napi_get_property(env, argv[0], argv[1], &result));
  return result;
}

/* setNamedOrThrow(object, name, value) */
static napi_value SetNamedOrThrow(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  char name[256];
  EXPECT(env, read_name(env, argv[1], name, sizeof(name)), "name must be a string");
  CHECK(env, napi_set_named_property(env, argv[0], name, argv[2]));
  return NULL;
}

static napi_value push_status(napi_env env, napi_value array, uint32_t* index,
                              napi_status status) {
  CHECK(env, napi_set_element(env, array, (*index)++, status_value(env, status)));
  return array;
}

/* nullStatuses(object): the status of every function here with one NULL argument
 * at a time, in the order listed below. */
static napi_value NullStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value object = argv[0];
  napi_value key, value;
  CHECK(env, napi_create_string_utf8(env, "k", NAPI_AUTO_LENGTH, &key));
  CHECK(env, napi_create_int32(env, 7, &value));
  bool flag;
  napi_value out;
  napi_status statuses[] = {
      napi_create_object(env, NULL),
      napi_set_property(env, NULL, key, value),
      napi_set_property(env, object, NULL, value),
      napi_set_property(env, object, key, NULL),
      napi_get_property(env, NULL, key, &out),
      napi_get_property(env, object, NULL, &out),
      napi_get_property(env, object, key, NULL),
      napi_has_property(env, NULL, key, &flag),
      napi_has_property(env, object, NULL, &flag),
      napi_has_property(env, object, key, NULL),
      napi_delete_property(env, NULL, key, &flag),
      napi_delete_property(env, object, NULL, &flag),
      napi_has_own_property(env, NULL, key, &flag),
      napi_has_own_property(env, object, NULL, &flag),
      napi_has_own_property(env, object, key, NULL),
      napi_set_named_property(env, NULL, "k", value),
      napi_set_named_property(env, object, NULL, value),
      napi_set_named_property(env, object, "k", NULL),
      napi_get_named_property(env, NULL, "k", &out),
      napi_get_named_property(env, object, NULL, &out),
      napi_get_named_property(env, object, "k", NULL),
      napi_has_named_property(env, NULL, "k", &flag),
      napi_has_named_property(env, object, NULL, &flag),
      napi_has_named_property(env, object, "k", NULL),
      napi_define_properties(env, NULL, 0, NULL),
      napi_define_properties(env, object, 1, NULL),
      napi_define_properties(env, object, 0, NULL),
  };
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  uint32_t index = 0;
  for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
    if (push_status(env, result, &index, statuses[i]) == NULL) return NULL;
  }
  return result;
}

/* Appends [status, whether an exception is pending] to `list`, clearing the exception. */
static napi_value push_outcome(napi_env env, napi_value list, uint32_t index,
                               napi_status status) {
  bool pending;
  CHECK(env, napi_is_exception_pending(env, &pending));
  if (pending) {
    napi_value exception;
    CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  }
  napi_value entry, flag;
  CHECK(env, napi_create_array(env, &entry));
  CHECK(env, napi_set_element(env, entry, 0, status_value(env, status)));
  CHECK(env, napi_get_boolean(env, pending, &flag));
  CHECK(env, napi_set_element(env, entry, 1, flag));
  CHECK(env, napi_set_element(env, list, index, entry));
  return list;
}

/* checkOrder(): which check wins when both the receiver (undefined) and the name
 * (NULL) are bad: [[status, exception pending], ...] for get_named, set_named,
 * has_named, has_own (with a number key) and set_property (with a NULL value). */
static napi_value CheckOrder(napi_env env, napi_callback_info info) {
  napi_value undefined, value, number, out;
  bool flag;
  CHECK(env, napi_get_undefined(env, &undefined));
  CHECK(env, napi_create_int32(env, 1, &value));
  CHECK(env, napi_create_int32(env, 2, &number));
  napi_value list;
  CHECK(env, napi_create_array(env, &list));
  if (!push_outcome(env, list, 0, napi_get_named_property(env, undefined, NULL, &out)) ||
      !push_outcome(env, list, 1, napi_set_named_property(env, undefined, NULL, value)) ||
      !push_outcome(env, list, 2, napi_has_named_property(env, undefined, NULL, &flag)) ||
      !push_outcome(env, list, 3, napi_has_own_property(env, undefined, number, &flag)) ||
      !push_outcome(env, list, 4, napi_set_property(env, undefined, number, NULL))) {
    return NULL;
  }
  return list;
}

/* defineUnnamed(target): a descriptor with neither utf8name nor name. Node crashes on
 * it (NULL dereference), so the tests call this only under napi-host. */
static napi_value DefineUnnamed(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value value;
  CHECK(env, napi_create_int32(env, 1, &value));
  napi_property_descriptor d = {NULL, NULL, NULL, NULL, NULL, value, napi_default, NULL};
  return status_value(env, napi_define_properties(env, argv[0], 1, &d));
}

/* whilePending(object, key): throws, then calls every NAPI_PREAMBLE function here
 * while that exception is pending. Returns {statuses, exception}. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  napi_value object = argv[0], key = argv[1], out;
  bool flag;
  napi_property_descriptor descriptor = {"p", NULL, NULL, NULL, NULL, key, napi_default, NULL};
  CHECK(env, napi_throw_error(env, NULL, "pending"));
  napi_status statuses[] = {
      napi_set_property(env, object, key, key),
      napi_get_property(env, object, key, &out),
      napi_has_property(env, object, key, &flag),
      napi_delete_property(env, object, key, &flag),
      napi_has_own_property(env, object, key, &flag),
      napi_set_named_property(env, object, "p", key),
      napi_get_named_property(env, object, "p", &out),
      napi_has_named_property(env, object, "p", &flag),
      napi_define_properties(env, object, 1, &descriptor),
      napi_create_object(env, &out),
  };
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  napi_value result, list;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_create_array(env, &list));
  uint32_t index = 0;
  for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
    if (push_status(env, list, &index, statuses[i]) == NULL) return NULL;
  }
  CHECK(env, napi_set_named_property(env, result, "statuses", list));
  CHECK(env, napi_set_named_property(env, result, "exception", exception));
  return result;
}

/* ---- napi_define_properties ---------------------------------------------------- */

static int32_t method_data = 1001;
static int32_t accessor_data = 2002;
static double accessor_value = 0;

/* Returns [this, *data, argument count]. */
static napi_value Method(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value self;
  void* data;
  CHECK(env, napi_get_cb_info(env, info, &argc, NULL, &self, &data));
  napi_value result, value;
  CHECK(env, napi_create_array(env, &result));
  CHECK(env, napi_set_element(env, result, 0, self));
  CHECK(env, napi_create_int32(env, *(int32_t*)data, &value));
  CHECK(env, napi_set_element(env, result, 1, value));
  CHECK(env, napi_create_uint32(env, (uint32_t)argc, &value));
  CHECK(env, napi_set_element(env, result, 2, value));
  return result;
}

/* Getter: returns the number last stored by Setter, or throws when it is negative.
 * Records `this` on the receiver's `lastThis`. */
static napi_value Getter(napi_env env, napi_callback_info info) {
  napi_value self;
  void* data;
  CHECK(env, napi_get_cb_info(env, info, NULL, NULL, &self, &data));
  EXPECT(env, data == &accessor_data, "getter data pointer");
  if (accessor_value < 0) {
    napi_throw_range_error(env, "ERR_GETTER", "getter refused");
    return NULL;
  }
  CHECK(env, napi_set_named_property(env, self, "lastThis", self));
  napi_value result;
  CHECK(env, napi_create_double(env, accessor_value, &result));
  return result;
}

static napi_value Setter(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  void* data;
  CHECK(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  EXPECT(env, data == &accessor_data, "setter data pointer");
  CHECK(env, napi_get_value_double(env, argv[0], &accessor_value));
  return NULL;
}

/* defineAll(target, symbol, value): defines one property of each kind on target. */
static napi_value DefineAll(napi_env env, napi_callback_info info) {
  ARGS(env, info, 3);
  napi_value target = argv[0], symbol = argv[1], value = argv[2];
  napi_value by_name, str;
  CHECK(env, napi_create_string_utf8(env, "byName", NAPI_AUTO_LENGTH, &by_name));
  CHECK(env, napi_create_string_utf8(env, "symbolValue", NAPI_AUTO_LENGTH, &str));
  accessor_value = 0;
  const napi_property_descriptor descriptors[] = {
      {"method", NULL, Method, NULL, NULL, NULL, napi_default, &method_data},
      {"writableMethod", NULL, Method, NULL, NULL, NULL, napi_writable | napi_configurable,
       &method_data},
      {"value", NULL, NULL, NULL, NULL, value, napi_writable | napi_enumerable, NULL},
      {"readonly", NULL, NULL, NULL, NULL, value, napi_enumerable, NULL},
      {"plain", NULL, NULL, NULL, NULL, value, napi_default, NULL},
      {"jsLike", NULL, NULL, NULL, NULL, value, napi_default_jsproperty, NULL},
      {"accessor", NULL, NULL, Getter, Setter, NULL, napi_enumerable | napi_configurable,
       &accessor_data},
      {"getterOnly", NULL, NULL, Getter, NULL, NULL, napi_default, &accessor_data},
      {"setterOnly", NULL, NULL, NULL, Setter, NULL, napi_configurable, &accessor_data},
      /* `name` is used only when utf8name is NULL. */
      {NULL, by_name, NULL, NULL, NULL, value, napi_enumerable, NULL},
      {NULL, symbol, NULL, NULL, NULL, str, napi_enumerable | napi_writable, NULL},
      /* utf8name wins over name. */
      {"utf8Wins", by_name, NULL, NULL, NULL, value, napi_enumerable, NULL},
      /* getter/setter win over method and value. */
      {"accessorWins", NULL, Method, Getter, NULL, value, napi_default, &accessor_data},
      /* method wins over value */
      {"methodWins", NULL, Method, NULL, NULL, value, napi_default, &method_data},
  };
  CHECK(env, napi_define_properties(env, target, sizeof(descriptors) / sizeof(descriptors[0]),
                                    descriptors));
  return target;
}

/* defineOne(target, key, value, attributes): one value property whose name is a
 * string (utf8name) or any other value (`name`). Returns a report. */
static napi_value DefineOne(napi_env env, napi_callback_info info) {
  ARGS(env, info, 4);
  uint32_t attributes;
  CHECK(env, napi_get_value_uint32(env, argv[3], &attributes));
  napi_valuetype type;
  CHECK(env, napi_typeof(env, argv[1], &type));
  char name[256];
  napi_property_descriptor d = {NULL, NULL, NULL, NULL, NULL, argv[2],
                                (napi_property_attributes)attributes, NULL};
  if (type == napi_string) {
    EXPECT(env, read_name(env, argv[1], name, sizeof(name)), "name");
    d.utf8name = name;
  } else {
    d.name = argv[1];
  }
  return report(env, napi_define_properties(env, argv[0], 1, &d), NULL);
}

/* defineMethodOver(target, name): a method property (so define failure is
 * napi_generic_failure in Node rather than napi_invalid_arg). */
static napi_value DefineMethodOver(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  char name[256];
  EXPECT(env, read_name(env, argv[1], name, sizeof(name)), "name");
  napi_property_descriptor d = {name, NULL, Method, NULL, NULL, NULL, napi_default, &method_data};
  return report(env, napi_define_properties(env, argv[0], 1, &d), NULL);
}

/* defineAccessorOver(target, name) */
static napi_value DefineAccessorOver(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  char name[256];
  EXPECT(env, read_name(env, argv[1], name, sizeof(name)), "name");
  napi_property_descriptor d = {name, NULL, NULL, Getter, NULL, NULL, napi_default,
                                &accessor_data};
  return report(env, napi_define_properties(env, argv[0], 1, &d), NULL);
}

/* defineBadNames(target): [status for a number as `name`, status for a batch whose
 * second descriptor is named by an object]. The batch defines "first", fails on the
 * second and never reaches "third". (A descriptor with neither utf8name nor name
 * crashes Node, so it is not tested.) */
static napi_value DefineBadNames(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value number, object, value;
  CHECK(env, napi_create_int32(env, 5, &number));
  CHECK(env, napi_create_object(env, &object));
  CHECK(env, napi_create_int32(env, 1, &value));
  napi_property_descriptor numbered = {NULL, number, NULL, NULL, NULL, value, napi_default, NULL};
  napi_property_descriptor batch[] = {
      {"first", NULL, NULL, NULL, NULL, value, napi_enumerable, NULL},
      {NULL, object, NULL, NULL, NULL, value, napi_enumerable, NULL},
      {"third", NULL, NULL, NULL, NULL, value, napi_enumerable, NULL},
  };
  napi_status statuses[] = {
      napi_define_properties(env, argv[0], 1, &numbered),
      napi_define_properties(env, argv[0], 3, batch),
  };
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  uint32_t index = 0;
  for (size_t i = 0; i < 2; i++) {
    if (push_status(env, result, &index, statuses[i]) == NULL) return NULL;
  }
  return result;
}

/* setAccessorValue(n): the value the native getter returns (negative: it throws). */
static napi_value SetAccessorValue(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  CHECK(env, napi_get_value_double(env, argv[0], &accessor_value));
  return NULL;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("get", GetProperty),
      METHOD("set", SetProperty),
      METHOD("has", HasProperty),
      METHOD("hasOwn", HasOwnProperty),
      METHOD("delete", DeleteProperty),
      METHOD("deleteNoResult", DeleteNoResult),
      METHOD("getNamed", GetNamed),
      METHOD("setNamed", SetNamed),
      METHOD("hasNamed", HasNamed),
      METHOD("getOrThrow", GetOrThrow),
      METHOD("setNamedOrThrow", SetNamedOrThrow),
      METHOD("nullStatuses", NullStatuses),
      METHOD("whilePending", WhilePending),
      METHOD("checkOrder", CheckOrder),
      METHOD("defineUnnamed", DefineUnnamed),
      METHOD("defineAll", DefineAll),
      METHOD("defineOne", DefineOne),
      METHOD("defineMethodOver", DefineMethodOver),
      METHOD("defineAccessorOver", DefineAccessorOver),
      METHOD("defineBadNames", DefineBadNames),
      METHOD("setAccessorValue", SetAccessorValue),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
