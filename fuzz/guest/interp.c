/* interp.c: a Node-API "interpreter" guest for fuzzing napi-host (see ../README.md).
 *
 * `run(s)` takes a Latin-1 string, copies its bytes into guest memory and executes
 * them as a program: byte 0 is a mode (bit 0: hostile arguments allowed, i.e. wild
 * pointers, huge lengths, wild function-table indices and wrong-signature callbacks;
 * bit 1: napi_fatal_error allowed), then each op is one byte choosing a Node-API import
 * followed by bytes its argument decoders consume. A program that runs out of bytes
 * reads zeros. Handles, references, scopes, async work, ... that calls return are kept
 * in small pools the decoders pick from (pools survive between runs, so stale handles
 * are exercised too). Callbacks the guest registers (functions, getters, finalizers,
 * async work, thread-safe function call_js, cleanup hooks) run further ops from the same
 * byte stream, recursively up to MAX_DEPTH; callbacks that arrive after the program
 * ended (event loop, teardown) rewind into it a bounded number of times.
 *
 * Every import is declared here with wasm-level types (uint32_t for every pointer,
 * handle and size) so any bit pattern can be passed. Guest-side crashes (traps) are
 * fine: the host must turn them into ERR_WASM_TRAP, never crash. `ping()` returns 1
 * while the instance is alive.
 */
#include <stdint.h>
#include <string.h>

typedef uint32_t W;

#define IMPORT(mod, name) __attribute__((import_module(mod), import_name(#name)))
#define N(name, ...) IMPORT("napi", name) int name(__VA_ARGS__);
#define E1 W
#define E2 W, W
#define E3 W, W, W
#define E4 W, W, W, W
#define E5 W, W, W, W, W
#define E6 W, W, W, W, W, W
#define E7 W, W, W, W, W, W, W
#define E8 W, W, W, W, W, W, W, W

/* ---- imports (all of host/src/imports.rs, plus emnapi's) */
N(napi_get_last_error_info, E2)
N(napi_create_error, E4) N(napi_create_type_error, E4) N(napi_create_range_error, E4)
N(node_api_create_syntax_error, E4)
N(napi_throw, E2) N(napi_throw_error, E3) N(napi_throw_type_error, E3)
N(napi_throw_range_error, E3) N(node_api_throw_syntax_error, E3)
N(napi_is_error, E3) N(napi_is_exception_pending, E2) N(napi_get_and_clear_last_exception, E2)
N(napi_get_undefined, E2) N(napi_get_null, E2) N(napi_get_global, E2) N(napi_get_boolean, E3)
N(napi_create_double, W, double, W) N(napi_create_int32, E3) N(napi_create_uint32, E3)
N(napi_create_int64, W, int64_t, W)
N(napi_get_value_double, E3) N(napi_get_value_int32, E3) N(napi_get_value_uint32, E3)
N(napi_get_value_int64, E3) N(napi_get_value_bool, E3) N(napi_typeof, E3)
N(napi_strict_equals, E4)
N(napi_create_string_latin1, E4) N(napi_create_string_utf8, E4) N(napi_create_string_utf16, E4)
N(napi_get_value_string_latin1, E5) N(napi_get_value_string_utf8, E5)
N(napi_get_value_string_utf16, E5)
N(napi_create_object, E2) N(napi_set_property, E4) N(napi_has_property, E4)
N(napi_get_property, E4) N(napi_delete_property, E4) N(napi_has_own_property, E4)
N(napi_set_named_property, E4) N(napi_has_named_property, E4) N(napi_get_named_property, E4)
N(napi_define_properties, E4)
N(napi_create_array, E2) N(napi_create_array_with_length, E3) N(napi_get_array_length, E3)
N(napi_is_array, E3) N(napi_set_element, E4) N(napi_has_element, E4) N(napi_get_element, E4)
N(napi_delete_element, E4)
N(napi_create_function, E6) N(napi_get_cb_info, E6) N(napi_get_new_target, E3)
N(napi_call_function, E6) N(napi_new_instance, E5)
N(napi_create_external, E5) N(napi_get_value_external, E3)
N(napi_create_arraybuffer, E4) N(napi_create_external_arraybuffer, E6)
N(napi_get_arraybuffer_info, E4) N(napi_is_arraybuffer, E3) N(napi_detach_arraybuffer, E2)
N(napi_is_detached_arraybuffer, E3) N(node_api_is_sharedarraybuffer, E3)
N(node_api_create_sharedarraybuffer, E4) N(napi_adjust_external_memory, W, int64_t, W)
N(napi_create_typedarray, E6) N(napi_get_typedarray_info, E7) N(napi_is_typedarray, E3)
N(napi_create_dataview, E5) N(napi_get_dataview_info, E6) N(napi_is_dataview, E3)
N(napi_create_reference, E4) N(napi_delete_reference, E2) N(napi_reference_ref, E3)
N(napi_reference_unref, E3) N(napi_get_reference_value, E3)
N(napi_wrap, E6) N(napi_unwrap, E3) N(napi_remove_wrap, E3) N(napi_add_finalizer, E6)
N(napi_type_tag_object, E3) N(napi_check_object_type_tag, E4) N(node_api_post_finalizer, E4)
N(napi_define_class, E8) N(napi_instanceof, E4)
N(napi_set_instance_data, E4) N(napi_get_instance_data, E2)
N(napi_open_handle_scope, E2) N(napi_close_handle_scope, E2)
N(napi_open_escapable_handle_scope, E2) N(napi_close_escapable_handle_scope, E2)
N(napi_escape_handle, E4)
N(napi_get_version, E2)
N(napi_create_async_work, E7) N(napi_delete_async_work, E2) N(napi_queue_async_work, E2)
N(napi_cancel_async_work, E2)
N(napi_create_threadsafe_function, W, W, W, W, W, W, W, W, W, W, W)
N(napi_get_threadsafe_function_context, E2) N(napi_call_threadsafe_function, E3)
N(napi_acquire_threadsafe_function, E1) N(napi_release_threadsafe_function, E2)
N(napi_unref_threadsafe_function, E2) N(napi_ref_threadsafe_function, E2)
N(napi_add_env_cleanup_hook, E3) N(napi_remove_env_cleanup_hook, E3)
N(napi_add_async_cleanup_hook, E4) N(napi_remove_async_cleanup_hook, E1)
N(napi_async_init, E4) N(napi_async_destroy, E2) N(napi_open_callback_scope, E4)
N(napi_close_callback_scope, E2) N(napi_make_callback, E7)
IMPORT("napi", napi_module_register) void napi_module_register(W);
IMPORT("napi", napi_fatal_error) void napi_fatal_error(E4);
N(napi_fatal_exception, E2) N(napi_get_node_version, E2) N(napi_get_uv_event_loop, E2)
N(node_api_get_module_file_name, E2)
N(napi_create_buffer, E4) N(napi_create_external_buffer, E6) N(napi_create_buffer_copy, E5)
N(node_api_create_buffer_from_arraybuffer, E5) N(napi_is_buffer, E3) N(napi_get_buffer_info, E4)
/* emnapi (public, module "emnapi") and its private hooks (module "env") */
IMPORT("emnapi", emnapi_sync_memory) int emnapi_sync_memory(E5);
IMPORT("emnapi", emnapi_get_memory_address) int emnapi_get_memory_address(E5);
IMPORT("emnapi", emnapi_create_memory_view) int emnapi_create_memory_view(W, int32_t, E5);
IMPORT("env", napi_set_last_error) int env_set_last_error(W, int32_t, W, W);
IMPORT("env", napi_clear_last_error) int env_clear_last_error(W);
IMPORT("env", _emnapi_get_last_error_info) void emnapi_last_error_info(E4);
IMPORT("env", _emnapi_get_node_version) void emnapi_node_version(E3);
IMPORT("env", _emnapi_get_filename) int emnapi_filename(W, W, int32_t);
IMPORT("env", _emnapi_async_init_js) int emnapi_async_init_js(E3);
IMPORT("env", _emnapi_async_destroy_js) int emnapi_async_destroy_js(W);
IMPORT("env", _emnapi_set_immediate) void emnapi_set_immediate(E2);

/* ---- the program */
#define MAX_PROG 65536
#define MAX_DEPTH 6
static uint8_t prog[MAX_PROG];
static uint32_t plen, pc, rewinds;
static int depth, hostile, fatal_ok;
static W g_env;

static uint8_t u8(void) { return pc < plen ? prog[pc++] : 0; }
static W u32(void) {
  W v = u8();
  v |= (W)u8() << 8;
  v |= (W)u8() << 16;
  return v | (W)u8() << 24;
}

/* ---- pools */
#define POOL 16
static W vals[POOL], refs[8], scopes[8], escs[8], works[4], tsfns[4], actxs[4], cbscopes[4],
    achs[4], ptrs[8];
static uint32_t nvals, nrefs, nscopes, nescs, nworks, ntsfns, nactxs, ncbscopes, nachs, nptrs;
static W cur_info;

#define PUSH(pool, n, v)                                                         \
  do {                                                                           \
    if (v) pool[(n)++ % (sizeof pool / sizeof pool[0])] = (v);                   \
  } while (0)
#define PICK(pool) pick(pool, sizeof pool / sizeof pool[0])

static W memsize(void) { return (W)__builtin_wasm_memory_size(0) * 65536u; }

static W wild(void) {
  if (!hostile) return 0;
  switch (u8() & 3) {
  case 0: return 0xFFFFFFF0u;
  case 1: return memsize() - 2; /* straddles the end */
  case 2: return memsize();
  default: return u32();
  }
}

static W pick(const W *pool, uint32_t n) {
  uint8_t b = u8();
  if (b < 0xE8) return pool[b % n];
  if (b < 0xF8) return 0;
  return hostile ? u32() : pool[0];
}

/* A napi_value: from the pool, NULL, a small id, or any u32. */
static W V(void) {
  uint8_t b = u8();
  if (b < 0xE0) return vals[b % POOL];
  if (b < 0xE8) return 0;
  if (b < 0xF8) return b & 15;
  return u32();
}

/* Out slots: each call's outputs land here and are harvested into the pools. */
static W out_val, out_val2, out_ref, out_scope, out_esc, out_work, out_tsfn, out_actx, out_cbs,
    out_ach, out_ptr;
static uint8_t slots[8][256] __attribute__((aligned(16)));

/* An out pointer: usually `good`, sometimes NULL, misaligned or wild. */
static W P(void *good) {
  uint8_t b = u8();
  if (b < 0xF0) return (W)(uintptr_t)good;
  if (b < 0xF8) return 0;
  if (b < 0xFC) return hostile ? (W)(uintptr_t)good + 1 : 0;
  return wild();
}
#define R P(&out_val)
#define S8 P(slots[u8() & 7])

/* A length: small, NAPI_AUTO_LENGTH, big or any. */
static W L(void) {
  uint8_t b = u8();
  if (b < 0xC0) return b & 15;
  if (b < 0xE0) return 0xFFFFFFFFu;
  if (b < 0xF0) return hostile ? 0x7FFFFFF0u : 64;
  return hostile ? u32() : (u8() & 255);
}

/* A byte length: small, or anything when hostile. */
static W LB(void) {
  uint8_t b = u8();
  if (b < 0xE0) return b & 63;
  return hostile ? L() : 256;
}

/* Strings: constant names, text from the program, NULL or wild. */
static const char *const names[] = {
    "a", "b", "length", "prototype", "constructor", "__proto__", "then", "toString",
    "valueOf", "interp", "run", "gc", "0", "1", "Symbol", "Object", "Array", "Proxy",
    "Reflect", "Promise", "Error", "code", "message", "name", "get", "set", "value", "ping",
    "globalThis", "", "\xc3\xa9t\xc3\xa9", "\xff\xfe\x80", "Buffer", "Uint8Array",
    "ArrayBuffer", "queueMicrotask", "defineProperty", "freeze", "call", "apply", "bind",
    "setImmediate", "Function", "eval", "construct", "ownKeys", "getPrototypeOf", "x"};
#define NNAMES (sizeof names / sizeof names[0])
static char texts[4][72] __attribute__((aligned(16)));
static uint32_t ntext;
static W STR(void) {
  uint8_t b = u8();
  if (b < 0xE0) return (W)(uintptr_t)names[b % NNAMES];
  if (b < 0xF0) {
    char *t = texts[ntext++ & 3];
    uint32_t k = u8() % 64, i;
    for (i = 0; i < k; i++) t[i] = (char)u8();
    t[i] = 0;
    return (W)(uintptr_t)t;
  }
  if (b < 0xF8) return 0;
  return wild();
}

/* Callbacks, by kind. */
enum { K_FN, K_FIN, K_EXEC, K_COMPLETE, K_CALLJS, K_HOOK, K_AHOOK, K_IMMEDIATE, NKINDS };
static W cb_table[NKINDS];
static W CB(int kind) {
  uint8_t b = u8();
  if (b < 0xC0) return cb_table[kind];
  if (b < 0xE0) return 0;
  if (!hostile) return cb_table[kind];
  if (b < 0xF0) return cb_table[(kind + 1 + (b & 7)) % NKINDS]; /* wrong signature */
  return u32();                                                   /* wild table index */
}

/* Opaque data: a slot, NULL, an ArrayBuffer data pointer seen earlier, or any u32. */
static W D(void) {
  uint8_t b = u8();
  if (b < 0x80) return (W)(uintptr_t)slots[b & 7];
  if (b < 0xC0) return 0;
  if (b < 0xE0) return ptrs[b % 8];
  return hostile ? u32() : (W)(uintptr_t)slots[b & 7];
}

static W ENV(W env) {
  uint8_t b = u8();
  return b < 0xFC ? env : b == 0xFC ? 0 : u32();
}

/* argv arrays and property descriptors built from the program. */
static W argv_buf[8][8];
static W ARGV(W *argc) {
  W *a = argv_buf[u8() & 7];
  uint8_t b = u8();
  *argc = b & 7;
  if (hostile && b >= 0xF8) *argc = u32();
  for (W i = 0; i < 8; i++) a[i] = i < (*argc & 7) ? V() : 0;
  uint8_t p = u8();
  if (p >= 0xF8) return hostile ? wild() : 0;
  return (W)(uintptr_t)a;
}
static W props[8][8];
static W PROPS(W *count) {
  uint8_t b = u8();
  *count = b % 5;
  if (hostile && b >= 0xF8) *count = u32();
  for (W i = 0; i < (*count < 8 ? *count : 8); i++) {
    props[i][0] = (u8() & 1) ? STR() : 0;
    props[i][1] = V();
    props[i][2] = (u8() & 1) ? CB(K_FN) : 0;
    props[i][3] = (u8() & 1) ? CB(K_FN) : 0;
    props[i][4] = (u8() & 1) ? CB(K_FN) : 0;
    props[i][5] = V();
    props[i][6] = u8() & ((hostile && (u8() & 1)) ? 0xFF : 0x407);
    props[i][7] = D();
  }
  uint8_t p = u8();
  if (p >= 0xF8) return hostile ? wild() : 0;
  return (W)(uintptr_t)props;
}

static uint16_t u16buf[40] __attribute__((aligned(4)));
static W STR16(void) {
  uint32_t k = u8() % 40;
  for (uint32_t i = 0; i < k; i++) u16buf[i] = (uint16_t)(u8() | u8() << 8);
  uint8_t b = u8();
  if (b < 0xF0) return (W)(uintptr_t)u16buf;
  if (b < 0xF8) return 0;
  return hostile ? (b == 0xF8 ? (W)(uintptr_t)u16buf + 1 : wild()) : 0;
}

static uint8_t tag_buf[16] __attribute__((aligned(8)));
static W TAG(void) {
  for (int i = 0; i < 16; i++) tag_buf[i] = (u8() & 3) ? 0 : u8();
  return P(tag_buf);
}

/* Array lengths and indices: small, 16-bit, or (hostile) near 2^31 / 2^32 or any u32.
 * Long sparse arrays reach the engine's element loops (join, sort, ...), which must stop
 * at the deadline like any script. */
static W IDX(void) {
  uint8_t b = u8();
  if (b < 0x80) return u8();
  if (b < 0xF0 || !hostile) return (W)(u8() | u8() << 8);
  if (b < 0xF8) return (b & 1 ? 0x7FFFFFFFu : 0xFFFFFFFEu) - (u8() & 3);
  return u32();
}

static W sizes[8]; /* size_t / int out-params and in-out argc */
#define OUTN P(&sizes[u8() & 7])

/* ---- the interpreter */
static void step(W env);
static void run_steps(W env, uint32_t n) {
  for (uint32_t i = 0; i < n && pc < plen; i++) step(env);
}
/* Callbacks arriving after the program ended replay its second half, a few times. */
static void callback_steps(W env, uint32_t max) {
  if (pc >= plen && plen > 4 && rewinds < 8) {
    rewinds++;
    pc = plen / 2;
  }
  if (depth >= MAX_DEPTH) return;
  depth++;
  run_steps(env, u8() % max);
  depth--;
}

static W cb_fn(W env, W info) {
  W argc = 4, argv[4] = {0}, this_arg = 0, data = 0;
  napi_get_cb_info(env, info, (W)(uintptr_t)&argc, (W)(uintptr_t)argv, (W)(uintptr_t)&this_arg,
                   (W)(uintptr_t)&data);
  for (int i = 0; i < 4; i++) PUSH(vals, nvals, argv[i]);
  PUSH(vals, nvals, this_arg);
  W saved = cur_info;
  cur_info = info;
  callback_steps(env, 12);
  cur_info = saved;
  return V();
}
static void cb_fin(W env, W data, W hint) { callback_steps(env, 4); }
static void cb_exec(W env, W data) { callback_steps(env, 4); }
static void cb_complete(W env, int status, W data) { callback_steps(env, 6); }
static void cb_calljs(W env, W js_cb, W context, W data) {
  PUSH(vals, nvals, js_cb);
  callback_steps(env, 6);
}
static void cb_hook(W arg) {
  if (g_env) callback_steps(g_env, 3);
}
static void cb_ahook(W handle, W arg) {
  if (u8() & 1) napi_remove_async_cleanup_hook(handle);
  if (g_env) callback_steps(g_env, 3);
}
static void cb_immediate(W data) {
  if (g_env) callback_steps(g_env, 3);
}

static void harvest(void) {
  PUSH(vals, nvals, out_val);
  PUSH(vals, nvals, out_val2);
  PUSH(refs, nrefs, out_ref);
  PUSH(scopes, nscopes, out_scope);
  PUSH(escs, nescs, out_esc);
  PUSH(works, nworks, out_work);
  PUSH(tsfns, ntsfns, out_tsfn);
  PUSH(actxs, nactxs, out_actx);
  PUSH(cbscopes, ncbscopes, out_cbs);
  PUSH(achs, nachs, out_ach);
  PUSH(ptrs, nptrs, out_ptr);
  out_val = out_val2 = out_ref = out_scope = out_esc = out_work = out_tsfn = out_actx = out_cbs =
      out_ach = out_ptr = 0;
}

static double F64(void) {
  switch (u8() & 7) {
  case 0: return 0.5;
  case 1: return -0.0;
  case 2: return 1e308 * 10; /* inf */
  case 3: return 0.0 / 0.0;
  case 4: return 4294967296.0;
  default: {
    uint64_t bits = (uint64_t)u32() | (uint64_t)u32() << 32;
    double d;
    memcpy(&d, &bits, 8);
    return d;
  }
  }
}
static int64_t I64(void) { return (int64_t)((uint64_t)u32() | (uint64_t)u32() << 32); }

#define OP case __COUNTER__:
static int nops(void);

static void step(W env) {
  W e = ENV(env), argc, count;
  (void)argc;
  switch (u8() % nops()) {
  /* errors and exceptions */
  OP napi_get_last_error_info(e, P(&out_ptr)); break;
  OP napi_create_error(e, V(), V(), R); break;
  OP napi_create_type_error(e, V(), V(), R); break;
  OP napi_create_range_error(e, V(), V(), R); break;
  OP node_api_create_syntax_error(e, V(), V(), R); break;
  OP napi_throw(e, V()); break;
  OP napi_throw_error(e, STR(), STR()); break;
  OP napi_throw_type_error(e, STR(), STR()); break;
  OP napi_throw_range_error(e, STR(), STR()); break;
  OP node_api_throw_syntax_error(e, STR(), STR()); break;
  OP napi_is_error(e, V(), OUTN); break;
  OP napi_is_exception_pending(e, OUTN); break;
  OP napi_get_and_clear_last_exception(e, R); break;
  /* primitives */
  OP napi_get_undefined(e, R); break;
  OP napi_get_null(e, R); break;
  OP napi_get_global(e, R); break;
  OP napi_get_boolean(e, u8(), R); break;
  OP napi_create_double(e, F64(), R); break;
  OP napi_create_int32(e, u32(), R); break;
  OP napi_create_uint32(e, u32(), R); break;
  OP napi_create_int64(e, I64(), R); break;
  OP napi_get_value_double(e, V(), S8); break;
  OP napi_get_value_int32(e, V(), S8); break;
  OP napi_get_value_uint32(e, V(), S8); break;
  OP napi_get_value_int64(e, V(), S8); break;
  OP napi_get_value_bool(e, V(), S8); break;
  OP napi_typeof(e, V(), S8); break;
  OP napi_strict_equals(e, V(), V(), S8); break;
  /* strings */
  OP napi_create_string_latin1(e, STR(), L(), R); break;
  OP napi_create_string_utf8(e, STR(), L(), R); break;
  OP napi_create_string_utf16(e, STR16(), L(), R); break;
  OP napi_get_value_string_latin1(e, V(), S8, L(), OUTN); break;
  OP napi_get_value_string_utf8(e, V(), S8, L(), OUTN); break;
  OP napi_get_value_string_utf16(e, V(), S8, L() & 0x7F, OUTN); break;
  /* objects */
  OP napi_create_object(e, R); break;
  OP napi_set_property(e, V(), V(), V()); break;
  OP napi_has_property(e, V(), V(), S8); break;
  OP napi_get_property(e, V(), V(), R); break;
  OP napi_delete_property(e, V(), V(), S8); break;
  OP napi_has_own_property(e, V(), V(), S8); break;
  OP napi_set_named_property(e, V(), STR(), V()); break;
  OP napi_has_named_property(e, V(), STR(), S8); break;
  OP napi_get_named_property(e, V(), STR(), R); break;
  OP { W o = V(); W p = PROPS(&count); napi_define_properties(e, o, count, p); } break;
  /* arrays */
  OP napi_create_array(e, R); break;
  OP napi_create_array_with_length(e, IDX(), R); break;
  OP napi_get_array_length(e, V(), S8); break;
  OP napi_is_array(e, V(), S8); break;
  OP napi_set_element(e, V(), IDX(), V()); break;
  OP napi_has_element(e, V(), u8(), S8); break;
  OP napi_get_element(e, V(), IDX(), R); break;
  OP napi_delete_element(e, V(), u8(), S8); break;
  /* functions */
  OP napi_create_function(e, STR(), L(), CB(K_FN), D(), R); break;
  OP {
    W *argcp = &sizes[u8() & 7];
    *argcp = (u8() & 1) ? 4 : (hostile ? u32() : 8);
    napi_get_cb_info(e, (u8() & 3) ? cur_info : u32(), P(argcp), P(argv_buf[7]), P(&out_val),
                     P(&out_ptr));
    for (int i = 0; i < 4; i++) PUSH(vals, nvals, argv_buf[7][i]);
  } break;
  OP napi_get_new_target(e, (u8() & 3) ? cur_info : u32(), R); break;
  OP { W recv = V(), f = V(); W a = ARGV(&argc); napi_call_function(e, recv, f, argc, a, R); } break;
  OP { W f = V(); W a = ARGV(&argc); napi_new_instance(e, f, argc, a, R); } break;
  /* externals */
  OP napi_create_external(e, D(), CB(K_FIN), D(), R); break;
  OP napi_get_value_external(e, V(), P(&out_ptr)); break;
  /* buffers */
  OP napi_create_arraybuffer(e, LB(), P(&out_ptr), R); break;
  OP napi_create_external_arraybuffer(e, (u8() & 1) ? D() : (W)(uintptr_t)slots[u8() & 7],
                                      LB(), CB(K_FIN), D(), R); break;
  OP napi_get_arraybuffer_info(e, V(), P(&out_ptr), OUTN); break;
  OP napi_is_arraybuffer(e, V(), S8); break;
  OP napi_detach_arraybuffer(e, V()); break;
  OP napi_is_detached_arraybuffer(e, V(), S8); break;
  OP node_api_is_sharedarraybuffer(e, V(), S8); break;
  OP node_api_create_sharedarraybuffer(e, LB(), P(&out_ptr), R); break;
  OP napi_adjust_external_memory(e, (u8() & 1) ? (int64_t)(int8_t)u8() * 1024 : I64(), OUTN); break;
  OP napi_create_typedarray(e, u8() % 13, LB(), V(), (u8() & 1) ? u8() : u32(), R); break;
  OP napi_get_typedarray_info(e, V(), OUTN, OUTN, P(&out_ptr), P(&out_val2), OUTN); break;
  OP napi_is_typedarray(e, V(), S8); break;
  OP napi_create_dataview(e, LB(), V(), (u8() & 1) ? u8() : u32(), R); break;
  OP napi_get_dataview_info(e, V(), OUTN, P(&out_ptr), P(&out_val2), OUTN); break;
  OP napi_is_dataview(e, V(), S8); break;
  /* references */
  OP napi_create_reference(e, V(), u8() & 3, P(&out_ref)); break;
  OP napi_delete_reference(e, PICK(refs)); break;
  OP napi_reference_ref(e, PICK(refs), OUTN); break;
  OP napi_reference_unref(e, PICK(refs), OUTN); break;
  OP napi_get_reference_value(e, PICK(refs), R); break;
  /* wrap, tags, finalizers */
  OP napi_wrap(e, V(), D(), CB(K_FIN), D(), (u8() & 1) ? 0 : P(&out_ref)); break;
  OP napi_unwrap(e, V(), P(&out_ptr)); break;
  OP napi_remove_wrap(e, V(), P(&out_ptr)); break;
  OP napi_add_finalizer(e, V(), D(), CB(K_FIN), D(), (u8() & 1) ? 0 : P(&out_ref)); break;
  OP napi_type_tag_object(e, V(), TAG()); break;
  OP napi_check_object_type_tag(e, V(), TAG(), S8); break;
  OP node_api_post_finalizer(e, CB(K_FIN), D(), D()); break;
  /* classes */
  OP {
    W name = STR(), len = L(), ctor = CB(K_FN), data = D();
    W p = PROPS(&count);
    napi_define_class(e, name, len, ctor, data, count, p, R);
  } break;
  OP napi_instanceof(e, V(), V(), S8); break;
  /* instance data */
  OP napi_set_instance_data(e, D(), CB(K_FIN), D()); break;
  OP napi_get_instance_data(e, P(&out_ptr)); break;
  /* scopes */
  OP napi_open_handle_scope(e, P(&out_scope)); break;
  OP napi_close_handle_scope(e, (u8() & 1) ? scopes[(nscopes - 1) % 8] : PICK(scopes)); break;
  OP napi_open_escapable_handle_scope(e, P(&out_esc)); break;
  OP napi_close_escapable_handle_scope(e, (u8() & 1) ? escs[(nescs - 1) % 8] : PICK(escs)); break;
  OP napi_escape_handle(e, PICK(escs), V(), R); break;
  OP napi_get_version(e, S8); break;
  /* async work */
  OP napi_create_async_work(e, V(), V(), CB(K_EXEC), CB(K_COMPLETE), D(), P(&out_work)); break;
  OP napi_delete_async_work(e, PICK(works)); break;
  OP napi_queue_async_work(e, PICK(works)); break;
  OP napi_cancel_async_work(e, PICK(works)); break;
  /* thread-safe functions */
  OP {
    W f = V(), res = V(), name = V(), q = L(), threads = (u8() & 3) ? 1 : L();
    W fd = D(), fcb = CB(K_FIN), ctx = D(), calljs = CB(K_CALLJS);
    napi_create_threadsafe_function(e, f, res, name, q, threads, fd, fcb, ctx, calljs,
                                    P(&out_tsfn));
  } break;
  OP napi_get_threadsafe_function_context(PICK(tsfns), P(&out_ptr)); break;
  OP napi_call_threadsafe_function(PICK(tsfns), D(), u8() % 3); break;
  OP napi_acquire_threadsafe_function(PICK(tsfns)); break;
  OP napi_release_threadsafe_function(PICK(tsfns), u8() % 3); break;
  OP napi_unref_threadsafe_function(e, PICK(tsfns)); break;
  OP napi_ref_threadsafe_function(e, PICK(tsfns)); break;
  /* cleanup hooks */
  OP napi_add_env_cleanup_hook(e, CB(K_HOOK), D()); break;
  OP napi_remove_env_cleanup_hook(e, CB(K_HOOK), D()); break;
  OP napi_add_async_cleanup_hook(e, CB(K_AHOOK), D(), (u8() & 1) ? 0 : P(&out_ach)); break;
  OP napi_remove_async_cleanup_hook(PICK(achs)); break;
  /* async contexts, callback scopes */
  OP napi_async_init(e, V(), V(), P(&out_actx)); break;
  OP napi_async_destroy(e, PICK(actxs)); break;
  OP napi_open_callback_scope(e, V(), PICK(actxs), P(&out_cbs)); break;
  OP napi_close_callback_scope(e, (u8() & 1) ? cbscopes[(ncbscopes - 1) % 4] : PICK(cbscopes)); break;
  OP {
    W ctx = PICK(actxs), recv = V(), f = V();
    W a = ARGV(&argc);
    napi_make_callback(e, ctx, recv, f, argc, a, R);
  } break;
  /* process */
  OP {
    W *m = (W *)slots[6];
    for (int i = 0; i < 10; i++) m[i] = u8();
    m[3] = CB(K_FN);
    m[2] = STR();
    m[4] = STR();
    napi_module_register(P(m));
  } break;
  OP if (fatal_ok && u8() == 0x42) napi_fatal_error(STR(), L(), STR(), L()); break;
  OP napi_fatal_exception(e, V()); break;
  OP napi_get_node_version(e, P(&out_ptr)); break;
  OP napi_get_uv_event_loop(e, P(&out_ptr)); break;
  OP node_api_get_module_file_name(e, P(&out_ptr)); break;
  /* Node buffers */
  OP napi_create_buffer(e, LB(), P(&out_ptr), R); break;
  OP napi_create_external_buffer(e, LB(), D(), CB(K_FIN), D(), R); break;
  OP napi_create_buffer_copy(e, LB(), D(), P(&out_ptr), R); break;
  OP node_api_create_buffer_from_arraybuffer(e, V(), (u8() & 1) ? u8() : u32(), LB(), R); break;
  OP napi_is_buffer(e, V(), S8); break;
  OP napi_get_buffer_info(e, V(), P(&out_ptr), OUTN); break;
  /* emnapi */
  OP { W *v = (W *)slots[5]; *v = V(); emnapi_sync_memory(e, u8() & 1, P(v), u8(), LB()); PUSH(vals, nvals, *v); } break;
  OP emnapi_get_memory_address(e, V(), P(&out_ptr), OUTN, OUTN); break;
  OP emnapi_create_memory_view(e, (int32_t)(u8() % 16) - 1, D(), LB(), CB(K_FIN), D(), R); break;
  OP env_set_last_error(e, (int32_t)(int8_t)u8(), u32(), D()); break;
  OP env_clear_last_error(e); break;
  OP emnapi_last_error_info(e, OUTN, OUTN, OUTN); break;
  OP emnapi_node_version(OUTN, OUTN, OUTN); break;
  OP emnapi_filename(e, S8, (int32_t)L()); break;
  OP emnapi_async_init_js(V(), V(), P(slots[u8() & 7])); break;
  OP emnapi_async_destroy_js(P(slots[u8() & 7])); break;
  OP emnapi_set_immediate(CB(K_IMMEDIATE), D()); break;
  /* guest-side actions */
  OP { /* write into memory an ArrayBuffer call handed out */
    W p = ptrs[u8() & 7];
    if (p && p < memsize() - 64) ((volatile uint8_t *)(uintptr_t)p)[u8() & 63] = u8();
  } break;
  OP { /* gc(), when exposed */
    W g = 0, f = 0, r = 0;
    napi_get_global(env, (W)(uintptr_t)&g);
    napi_get_named_property(env, g, (W)(uintptr_t)"gc", (W)(uintptr_t)&f);
    napi_call_function(env, g, f, 0, 0, (W)(uintptr_t)&r);
  } break;
  OP { /* call a pool value with two arguments */
    W a[2] = {V(), V()};
    napi_call_function(env, V(), V(), 2, (W)(uintptr_t)a, R);
  } break;
  OP run_steps(env, u8() % 4); break;
  OP { /* a nested scope around a few ops */
    W s = 0;
    napi_open_handle_scope(env, (W)(uintptr_t)&s);
    if (depth < MAX_DEPTH) { depth++; run_steps(env, u8() % 6); depth--; }
    napi_close_handle_scope(env, s);
  } break;
  default: break;
  }
  harvest();
}
static int nops(void) { return __COUNTER__; }

/* ---- exports */
static W run(W env, W info) {
  W argc = 1, arg = 0, len = 0, undef = 0;
  napi_get_cb_info(env, info, (W)(uintptr_t)&argc, (W)(uintptr_t)&arg, 0, 0);
  if (napi_get_value_string_latin1(env, arg, (W)(uintptr_t)prog, MAX_PROG, (W)(uintptr_t)&len) != 0)
    len = 0;
  g_env = env;
  plen = len;
  pc = 0;
  rewinds = 0;
  uint8_t mode = u8();
  hostile = mode & 1;
  fatal_ok = (mode & 2) != 0;
  W saved = cur_info;
  cur_info = info;
  depth = 0;
  while (pc < plen) step(env);
  cur_info = saved;
  napi_get_undefined(env, (W)(uintptr_t)&undef);
  return (u8() & 1) ? V() : undef;
}

static W ping(W env, W info) {
  W one = 0;
  napi_create_int32(env, 1, (W)(uintptr_t)&one);
  return one;
}

__attribute__((export_name("node_api_module_get_api_version_v1"))) int32_t api_version(void) {
#ifdef INTERP_EXPERIMENTAL
  return 2147483647;
#else
  return 10;
#endif
}

__attribute__((export_name("napi_register_wasm_v1"))) W register_module(W env, W exports) {
  cb_table[K_FN] = (W)(uintptr_t)cb_fn;
  cb_table[K_FIN] = (W)(uintptr_t)cb_fin;
  cb_table[K_EXEC] = (W)(uintptr_t)cb_exec;
  cb_table[K_COMPLETE] = (W)(uintptr_t)cb_complete;
  cb_table[K_CALLJS] = (W)(uintptr_t)cb_calljs;
  cb_table[K_HOOK] = (W)(uintptr_t)cb_hook;
  cb_table[K_AHOOK] = (W)(uintptr_t)cb_ahook;
  cb_table[K_IMMEDIATE] = (W)(uintptr_t)cb_immediate;
  g_env = env;
  W f = 0;
  napi_create_function(env, (W)(uintptr_t)"run", 0xFFFFFFFFu, (W)(uintptr_t)run, 0, (W)(uintptr_t)&f);
  napi_set_named_property(env, exports, (W)(uintptr_t)"run", f);
  napi_create_function(env, (W)(uintptr_t)"ping", 0xFFFFFFFFu, (W)(uintptr_t)ping, 0, (W)(uintptr_t)&f);
  napi_set_named_property(env, exports, (W)(uintptr_t)"ping", f);
  return exports;
}
