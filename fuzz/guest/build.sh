#!/usr/bin/env bash
# Builds the interpreter guest twice: interp.wasm (module API version 10) and
# interp-exp.wasm (NAPI_VERSION_EXPERIMENTAL: finalizers run right after gc()).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cc="$here/../../guest-sdk/c/napi-cc"
"$cc" -o "$here/interp.wasm" "$here/interp.c" -Wall -Wno-unused-parameter "$@"
"$cc" -o "$here/interp-exp.wasm" "$here/interp.c" -DINTERP_EXPERIMENTAL -Wall -Wno-unused-parameter "$@"
