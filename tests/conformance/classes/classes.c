/* Classes: napi_define_class (instance and static properties, attributes), the
 * constructor's new.target, wrapping in the constructor, napi_instanceof. */
#include "common.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct {
  double x;
  double y;
} Point;

static int32_t points_freed = 0;

static void FreePoint(napi_env env, void* data, void* hint) {
  free(data);
  points_freed++;
}

static napi_value number_value(napi_env env, double value) {
  napi_value result;
  CHECK(env, napi_create_double(env, value, &result));
  return result;
}

/* new Point(x, y): wraps a native Point. Records new.target as `this.target` (null when
 * called without new, in which case nothing is wrapped and "called" is returned). */
static napi_value Construct(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], this_arg, new_target;
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, &this_arg, NULL));
  CHECK(env, napi_get_new_target(env, info, &new_target));
  if (new_target == NULL) {
    napi_value called;
    CHECK(env, napi_create_string_utf8(env, "called", NAPI_AUTO_LENGTH, &called));
    return called;
  }
  Point* point = malloc(sizeof(Point));
  EXPECT(env, point != NULL, "out of memory");
  point->x = 0;
  point->y = 0;
  if (argc > 0) napi_get_value_double(env, argv[0], &point->x);
  if (argc > 1) napi_get_value_double(env, argv[1], &point->y);
  CHECK(env, napi_wrap(env, this_arg, point, FreePoint, NULL, NULL));
  CHECK(env, napi_set_named_property(env, this_arg, "target", new_target));
  return this_arg;
}

static Point* this_point(napi_env env, napi_callback_info info) {
  napi_value this_arg;
  if (napi_get_cb_info(env, info, NULL, NULL, &this_arg, NULL) != napi_ok) return NULL;
  Point* point = NULL;
  if (napi_unwrap(env, this_arg, (void**)&point) != napi_ok) return NULL;
  return point;
}

static napi_value Sum(napi_env env, napi_callback_info info) {
  Point* point = this_point(env, info);
  EXPECT(env, point != NULL, "not a wrapped Point");
  return number_value(env, point->x + point->y);
}

/* A method that returns its receiver. */
static napi_value Self(napi_env env, napi_callback_info info) {
  napi_value this_arg;
  CHECK(env, napi_get_cb_info(env, info, NULL, NULL, &this_arg, NULL));
  return this_arg;
}

/* get x: the wrapped x, or undefined for anything else (accessors do not check
 * their receiver). */
static napi_value GetX(napi_env env, napi_callback_info info) {
  Point* point = this_point(env, info);
  if (point == NULL) return NULL;
  return number_value(env, point->x);
}

static napi_value SetX(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value value, this_arg;
  CHECK(env, napi_get_cb_info(env, info, &argc, &value, &this_arg, NULL));
  Point* point = NULL;
  CHECK(env, napi_unwrap(env, this_arg, (void**)&point));
  CHECK(env, napi_get_value_double(env, value, &point->x));
  return NULL;
}

/* Point.origin(): new Point() through napi_new_instance on `this`. */
static napi_value Origin(napi_env env, napi_callback_info info) {
  napi_value this_arg, result;
  CHECK(env, napi_get_cb_info(env, info, NULL, NULL, &this_arg, NULL));
  CHECK(env, napi_new_instance(env, this_arg, 0, NULL, &result));
  return result;
}

static napi_value Freed(napi_env env, napi_callback_info info) {
  napi_value result;
  CHECK(env, napi_create_int32(env, points_freed, &result));
  return result;
}

/* define(symbol): the Point class; `symbol` keys one more method. */
static napi_value Define(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value kind, dimensions;
  CHECK(env, napi_create_string_utf8(env, "point", NAPI_AUTO_LENGTH, &kind));
  CHECK(env, napi_create_int32(env, 2, &dimensions));
  napi_property_descriptor properties[] = {
      {"sum", NULL, Sum, NULL, NULL, NULL, napi_default, NULL},
      {"self", NULL, Self, NULL, NULL, NULL, napi_writable | napi_enumerable | napi_configurable, NULL},
      {NULL, argv[0], Self, NULL, NULL, NULL, napi_default, NULL},
      {"x", NULL, NULL, GetX, SetX, NULL, napi_enumerable, NULL},
      {"kind", NULL, NULL, NULL, NULL, kind, napi_enumerable, NULL},
      {"origin", NULL, Origin, NULL, NULL, NULL, napi_static, NULL},
      {"dimensions", NULL, NULL, NULL, NULL, dimensions, napi_static | napi_enumerable, NULL},
      {"freed", NULL, Freed, NULL, NULL, NULL, napi_static | napi_writable, NULL},
  };
  napi_value result;
  CHECK(env, napi_define_class(env, "Point", NAPI_AUTO_LENGTH, Construct, NULL,
                               sizeof(properties) / sizeof(properties[0]), properties, &result));
  return result;
}

/* defineNamed(name, length): a class without properties; length -1 is NAPI_AUTO_LENGTH. */
static napi_value DefineNamed(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  char name[64];
  size_t copied;
  int32_t length;
  CHECK(env, napi_get_value_string_utf8(env, argv[0], name, sizeof(name), &copied));
  CHECK(env, napi_get_value_int32(env, argv[1], &length));
  napi_value result;
  CHECK(env, napi_define_class(env, name, length < 0 ? NAPI_AUTO_LENGTH : (size_t)length,
                               Construct, NULL, 0, NULL, &result));
  return result;
}

/* defineStatuses(): [NULL result, NULL constructor, NULL name, properties NULL with a
 * count, a property whose name is not a name, NULL properties with count 0]. */
static napi_value DefineStatuses(napi_env env, napi_callback_info info) {
  napi_value result, number;
  CHECK(env, napi_create_int32(env, 1, &number));
  napi_property_descriptor bad_name[] = {{NULL, number, Sum, NULL, NULL, NULL, napi_default, NULL}};
  napi_status statuses[6];
  statuses[0] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Construct, NULL, 0, NULL, NULL);
  statuses[1] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, NULL, NULL, 0, NULL, &result);
  statuses[2] = napi_define_class(env, NULL, 0, Construct, NULL, 0, NULL, &result);
  statuses[3] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Construct, NULL, 1, NULL, &result);
  statuses[4] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Construct, NULL, 1, bad_name, &result);
  statuses[5] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Construct, NULL, 0, NULL, &result);
  napi_value array;
  CHECK(env, napi_create_array(env, &array));
  for (uint32_t i = 0; i < 6; i++) {
    CHECK(env, napi_set_element(env, array, i, status_value(env, statuses[i])));
  }
  return array;
}

/* instanceOf(value, constructor): {status, result, error?}: the pending exception (if
 * any) is cleared and returned. */
static napi_value InstanceOf(napi_env env, napi_callback_info info) {
  ARGS(env, info, 2);
  bool is_instance = true;
  napi_status status = napi_instanceof(env, argv[0], argv[1], &is_instance);
  bool pending;
  napi_value error = NULL;
  CHECK(env, napi_is_exception_pending(env, &pending));
  if (pending) CHECK(env, napi_get_and_clear_last_exception(env, &error));
  napi_value result, flag;
  CHECK(env, napi_create_object(env, &result));
  CHECK(env, napi_set_named_property(env, result, "status", status_value(env, status)));
  CHECK(env, napi_get_boolean(env, is_instance, &flag));
  CHECK(env, napi_set_named_property(env, result, "result", flag));
  if (error != NULL) CHECK(env, napi_set_named_property(env, result, "error", error));
  return result;
}

/* instanceOfStatuses(constructor): [NULL object, NULL constructor, NULL result]. */
static napi_value InstanceOfStatuses(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_value object;
  CHECK(env, napi_create_object(env, &object));
  bool is_instance;
  napi_status statuses[3];
  statuses[0] = napi_instanceof(env, NULL, argv[0], &is_instance);
  statuses[1] = napi_instanceof(env, object, NULL, &is_instance);
  statuses[2] = napi_instanceof(env, object, argv[0], NULL);
  napi_value array;
  CHECK(env, napi_create_array(env, &array));
  for (uint32_t i = 0; i < 3; i++) {
    CHECK(env, napi_set_element(env, array, i, status_value(env, statuses[i])));
  }
  return array;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("define", Define),
      METHOD("defineNamed", DefineNamed),
      METHOD("defineStatuses", DefineStatuses),
      METHOD("instanceOf", InstanceOf),
      METHOD("instanceOfStatuses", InstanceOfStatuses),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
