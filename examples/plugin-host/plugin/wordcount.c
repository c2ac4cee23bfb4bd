/* An example "untrusted" plugin: counts lines and words of a file it is allowed to
 * read, writes a report where it is allowed to write, and prints a line. */
#include <node_api.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int string_arg(napi_env env, napi_value value, char* buf, size_t size) {
  size_t len;
  return napi_get_value_string_utf8(env, value, buf, size, &len) == napi_ok;
}

static napi_value fail(napi_env env, const char* what, const char* path) {
  char message[600];
  snprintf(message, sizeof(message), "%s %s: %s", what, path, strerror(errno));
  napi_throw_error(env, "ERR_PLUGIN_IO", message);
  return NULL;
}

/* count(inputPath, reportPath) -> { lines, words } */
static napi_value Count(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  char input[512], report[512];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 2 || !string_arg(env, argv[0], input, sizeof(input)) ||
      !string_arg(env, argv[1], report, sizeof(report))) {
    napi_throw_type_error(env, NULL, "count(inputPath, reportPath) expects two strings");
    return NULL;
  }
  FILE* in = fopen(input, "r");
  if (in == NULL) return fail(env, "cannot read", input);
  int lines = 0, words = 0, in_word = 0, c;
  while ((c = fgetc(in)) != EOF) {
    if (c == '\n') lines++;
    if (isspace(c)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      words++;
    }
  }
  fclose(in);
  FILE* out = fopen(report, "w");
  if (out == NULL) return fail(env, "cannot write", report);
  fprintf(out, "%s: %d lines, %d words\n", input, lines, words);
  fclose(out);
  printf("wordcount plugin: counted %s\n", input);
  fflush(stdout);

  napi_value result, value;
  napi_create_object(env, &result);
  napi_create_int32(env, lines, &value);
  napi_set_named_property(env, result, "lines", value);
  napi_create_int32(env, words, &value);
  napi_set_named_property(env, result, "words", value);
  return result;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      {"count", NULL, Count, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 1, methods);
  return exports;
}
