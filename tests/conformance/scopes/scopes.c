/* Handle scopes: napi_open/close_handle_scope, napi_open/close_escapable_handle_scope
 * and napi_escape_handle. */
#include "common.h"
#include "report.h"

#include <stdint.h>

#define STATUSES(env, list) status_list((env), (list), sizeof(list) / sizeof((list)[0]))

/* openClose(): opens a scope, makes values in it, closes it; returns the statuses and
 * proves values made before the scope are still usable after it closed. */
static napi_value OpenClose(napi_env env, napi_callback_info info) {
  napi_value before;
  CHECK(env, napi_create_string_utf8(env, "before", NAPI_AUTO_LENGTH, &before));
  napi_handle_scope scope = NULL;
  napi_status opened = napi_open_handle_scope(env, &scope);
  EXPECT(env, opened != napi_ok || scope != NULL, "scope");
  for (int i = 0; i < 100; i++) {
    napi_value object;
    CHECK(env, napi_create_object(env, &object));
    CHECK(env, napi_set_named_property(env, object, "before", before));
  }
  napi_status closed = napi_close_handle_scope(env, scope);
  napi_value result;
  napi_status statuses[] = {opened, closed};
  result = STATUSES(env, statuses);
  if (result == NULL) return NULL;
  CHECK(env, napi_set_element(env, result, 2, before));
  return result;
}

/* escape(value): {wrapped: value} made inside an escapable scope and escaped. Also
 * returns the statuses as `statuses` on the object. */
static napi_value Escape(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  napi_escapable_handle_scope scope;
  napi_status opened = napi_open_escapable_handle_scope(env, &scope);
  napi_value inner, escaped = NULL;
  CHECK(env, napi_create_object(env, &inner));
  CHECK(env, napi_set_named_property(env, inner, "wrapped", argv[0]));
  napi_status escape_status = napi_escape_handle(env, scope, inner, &escaped);
  napi_status closed = napi_close_escapable_handle_scope(env, scope);
  EXPECT(env, escaped != NULL, "escape wrote no result");
  napi_status statuses[] = {opened, escape_status, closed};
  napi_value list = STATUSES(env, statuses);
  if (list == NULL) return NULL;
  CHECK(env, napi_set_named_property(env, escaped, "statuses", list));
  return escaped;
}

/* escapeTwice(): [first escape, second escape, close]; the first escaped value
 * ("first") is returned as element 3 and the second result pointer is untouched. */
static napi_value EscapeTwice(napi_env env, napi_callback_info info) {
  napi_escapable_handle_scope scope;
  CHECK(env, napi_open_escapable_handle_scope(env, &scope));
  napi_value first, second, first_out = NULL, second_out = NULL;
  CHECK(env, napi_create_string_utf8(env, "first", NAPI_AUTO_LENGTH, &first));
  CHECK(env, napi_create_string_utf8(env, "second", NAPI_AUTO_LENGTH, &second));
  napi_status statuses[] = {
      napi_escape_handle(env, scope, first, &first_out),
      napi_escape_handle(env, scope, second, &second_out),
      napi_close_escapable_handle_scope(env, scope),
  };
  napi_value result = STATUSES(env, statuses);
  if (result == NULL) return NULL;
  EXPECT(env, second_out == NULL, "the refused escape wrote a result");
  CHECK(env, napi_set_element(env, result, 3, first_out));
  return result;
}

/* nullArgs(): NULL out-pointers and NULL scopes/values. */
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  napi_value value, out;
  CHECK(env, napi_create_object(env, &value));
  napi_escapable_handle_scope scope;
  CHECK(env, napi_open_escapable_handle_scope(env, &scope));
  napi_status statuses[] = {
      napi_open_handle_scope(env, NULL),
      napi_close_handle_scope(env, NULL),
      napi_open_escapable_handle_scope(env, NULL),
      napi_close_escapable_handle_scope(env, NULL),
      napi_escape_handle(env, NULL, value, &out),
      napi_escape_handle(env, scope, NULL, &out),
      napi_escape_handle(env, scope, value, NULL),
      /* None of the above counted as the escape. */
      napi_escape_handle(env, scope, value, &out),
  };
  CHECK(env, napi_close_escapable_handle_scope(env, scope));
  return STATUSES(env, statuses);
}

/* doubleClose(): closing a scope twice, when no other scope of the addon is open:
 * [open, close, close again, open escapable, close, close again]. */
static napi_value DoubleClose(napi_env env, napi_callback_info info) {
  napi_handle_scope scope;
  napi_escapable_handle_scope escapable;
  napi_status statuses[6];
  statuses[0] = napi_open_handle_scope(env, &scope);
  statuses[1] = napi_close_handle_scope(env, scope);
  statuses[2] = napi_close_handle_scope(env, scope);
  statuses[3] = napi_open_escapable_handle_scope(env, &escapable);
  statuses[4] = napi_close_escapable_handle_scope(env, escapable);
  statuses[5] = napi_close_escapable_handle_scope(env, escapable);
  return STATUSES(env, statuses);
}

/* loop(n): n iterations, each in its own scope, adding i to totals.sum through
 * napi values; returns totals. */
static napi_value Loop(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t n;
  CHECK(env, napi_get_value_uint32(env, argv[0], &n));
  napi_value totals, zero;
  CHECK(env, napi_create_object(env, &totals));
  CHECK(env, napi_create_double(env, 0, &zero));
  CHECK(env, napi_set_named_property(env, totals, "sum", zero));
  for (uint32_t i = 0; i < n; i++) {
    napi_handle_scope scope;
    CHECK(env, napi_open_handle_scope(env, &scope));
    napi_value sum, next, label, holder;
    double value;
    CHECK(env, napi_get_named_property(env, totals, "sum", &sum));
    CHECK(env, napi_get_value_double(env, sum, &value));
    CHECK(env, napi_create_double(env, value + i, &next));
    CHECK(env, napi_create_string_utf8(env, "temporary", NAPI_AUTO_LENGTH, &label));
    CHECK(env, napi_create_object(env, &holder));
    CHECK(env, napi_set_named_property(env, holder, "label", label));
    CHECK(env, napi_set_named_property(env, totals, "sum", next));
    CHECK(env, napi_close_handle_scope(env, scope));
  }
  return totals;
}

/* escapeLoop(n): n escapable scopes in a row, each escaping one object {i} into the
 * callback's scope; returns them in an array. */
static napi_value EscapeLoop(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t n;
  CHECK(env, napi_get_value_uint32(env, argv[0], &n));
  napi_value result;
  CHECK(env, napi_create_array(env, &result));
  for (uint32_t i = 0; i < n; i++) {
    napi_escapable_handle_scope scope;
    CHECK(env, napi_open_escapable_handle_scope(env, &scope));
    napi_value object, index, escaped;
    CHECK(env, napi_create_object(env, &object));
    CHECK(env, napi_create_uint32(env, i, &index));
    CHECK(env, napi_set_named_property(env, object, "i", index));
    CHECK(env, napi_escape_handle(env, scope, object, &escaped));
    CHECK(env, napi_close_escapable_handle_scope(env, scope));
    CHECK(env, napi_set_element(env, result, i, escaped));
  }
  return result;
}

/* nested(depth): opens `depth` nested scopes, each holding a value, then closes them
 * innermost first; returns the number of scopes closed with napi_ok. */
static napi_value Nested(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t depth;
  CHECK(env, napi_get_value_uint32(env, argv[0], &depth));
  EXPECT(env, depth <= 4096, "depth");
  static napi_handle_scope scopes[4096];
  for (uint32_t i = 0; i < depth; i++) {
    CHECK(env, napi_open_handle_scope(env, &scopes[i]));
    napi_value value;
    CHECK(env, napi_create_uint32(env, i, &value));
  }
  uint32_t closed = 0;
  for (uint32_t i = depth; i > 0; i--) {
    if (napi_close_handle_scope(env, scopes[i - 1]) == napi_ok) closed++;
  }
  napi_value result;
  CHECK(env, napi_create_uint32(env, closed, &result));
  return result;
}

/* Escapes a fresh {depth} through `depth` nested escapable scopes. */
static napi_value escape_through(napi_env env, uint32_t depth) {
  napi_escapable_handle_scope scope;
  CHECK(env, napi_open_escapable_handle_scope(env, &scope));
  napi_value value, escaped;
  if (depth == 0) {
    napi_value zero;
    CHECK(env, napi_create_object(env, &value));
    CHECK(env, napi_create_uint32(env, 0, &zero));
    CHECK(env, napi_set_named_property(env, value, "depth", zero));
  } else {
    value = escape_through(env, depth - 1);
    if (value == NULL) return NULL;
    napi_value count;
    CHECK(env, napi_create_uint32(env, depth, &count));
    CHECK(env, napi_set_named_property(env, value, "depth", count));
  }
  CHECK(env, napi_escape_handle(env, scope, value, &escaped));
  CHECK(env, napi_close_escapable_handle_scope(env, scope));
  return escaped;
}

/* escapeThrough(depth) */
static napi_value EscapeThrough(napi_env env, napi_callback_info info) {
  ARGS(env, info, 1);
  uint32_t depth;
  CHECK(env, napi_get_value_uint32(env, argv[0], &depth));
  return escape_through(env, depth);
}

/* whilePending(): the scope functions do not run JS, so a pending exception does not
 * stop them: [open, close, open escapable, escape, close escapable]. */
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  napi_value value, escaped;
  CHECK(env, napi_create_object(env, &value));
  CHECK(env, napi_throw_error(env, NULL, "pending"));
  napi_handle_scope scope;
  napi_escapable_handle_scope escapable;
  napi_status statuses[5];
  statuses[0] = napi_open_handle_scope(env, &scope);
  statuses[1] = napi_close_handle_scope(env, scope);
  statuses[2] = napi_open_escapable_handle_scope(env, &escapable);
  statuses[3] = napi_escape_handle(env, escapable, value, &escaped);
  statuses[4] = napi_close_escapable_handle_scope(env, escapable);
  napi_value exception;
  CHECK(env, napi_get_and_clear_last_exception(env, &exception));
  return STATUSES(env, statuses);
}

/* ---- misuse that Node does not detect (undefined behaviour there); napi-host
 * reports it. The tests call these only under napi-host. ------------------------- */

/* outOfOrder(): [open A, open B, close A (mismatch), close B, close A]. */
static napi_value OutOfOrder(napi_env env, napi_callback_info info) {
  napi_handle_scope a, b;
  napi_status statuses[5];
  statuses[0] = napi_open_handle_scope(env, &a);
  statuses[1] = napi_open_handle_scope(env, &b);
  statuses[2] = napi_close_handle_scope(env, a);
  statuses[3] = napi_close_handle_scope(env, b);
  statuses[4] = napi_close_handle_scope(env, a);
  return STATUSES(env, statuses);
}

/* wrongKind(): [close an escapable scope as a plain one, close it properly, close a
 * plain scope as escapable, close it properly, escape from a plain scope]. */
static napi_value WrongKind(napi_env env, napi_callback_info info) {
  napi_escapable_handle_scope escapable;
  napi_handle_scope plain;
  napi_value value, out;
  CHECK(env, napi_create_object(env, &value));
  napi_status statuses[5];
  CHECK(env, napi_open_escapable_handle_scope(env, &escapable));
  statuses[0] = napi_close_handle_scope(env, (napi_handle_scope)escapable);
  statuses[1] = napi_close_escapable_handle_scope(env, escapable);
  CHECK(env, napi_open_handle_scope(env, &plain));
  statuses[2] = napi_close_escapable_handle_scope(env, (napi_escapable_handle_scope)plain);
  statuses[4] = napi_escape_handle(env, (napi_escapable_handle_scope)plain, value, &out);
  statuses[3] = napi_close_handle_scope(env, plain);
  return STATUSES(env, statuses);
}

/* staleHandle(): the status of napi_typeof on a value whose scope was closed. */
static napi_value StaleHandle(napi_env env, napi_callback_info info) {
  napi_handle_scope scope;
  napi_value stale;
  CHECK(env, napi_open_handle_scope(env, &scope));
  CHECK(env, napi_create_object(env, &stale));
  CHECK(env, napi_close_handle_scope(env, scope));
  napi_valuetype type;
  return status_value(env, napi_typeof(env, stale, &type));
}

/* leaveOpen(): returns with a scope still open. */
static napi_value LeaveOpen(napi_env env, napi_callback_info info) {
  napi_handle_scope scope;
  CHECK(env, napi_open_handle_scope(env, &scope));
  napi_value value;
  CHECK(env, napi_create_object(env, &value));
  return value;
}

NAPI_MODULE_INIT() {
  static const napi_property_descriptor methods[] = {
      METHOD("openClose", OpenClose),
      METHOD("escape", Escape),
      METHOD("escapeTwice", EscapeTwice),
      METHOD("nullArgs", NullArgs),
      METHOD("doubleClose", DoubleClose),
      METHOD("loop", Loop),
      METHOD("escapeLoop", EscapeLoop),
      METHOD("nested", Nested),
      METHOD("escapeThrough", EscapeThrough),
      METHOD("whilePending", WhilePending),
      METHOD("outOfOrder", OutOfOrder),
      METHOD("wrongKind", WrongKind),
      METHOD("staleHandle", StaleHandle),
      METHOD("leaveOpen", LeaveOpen),
  };
  return export_methods(env, exports, methods, sizeof(methods) / sizeof(methods[0]));
}
