#!/usr/bin/env bash
# Builds every example into its own build/ directory:
#
#   examples/hello-c/build/hello.wasm          napi-cc (node-api-headers)
#   examples/hello-c/build/hello.node          napi-cc --native, when gcc is present
#                                              (the same source for Node: the oracle)
#   examples/hello-emnapi/build/hello.wasm     napi-cc --emnapi (hello-c/hello.c
#                                              built with emnapi's toolchain library)
#   examples/async-c/build/async.wasm          napi-cc (async work, thread-safe
#   examples/async-c/build/async.node          function, Buffer); native when gcc exists
#   examples/plugin-host/build/wordcount.wasm  napi-cc (the plugin the Rust
#                                              embedding example runs)
#   examples/hello-rust/build/hello_rust.wasm  cargo build -p hello-rust
#                                              --target wasm32-wasip1 --release
#   benches/build/bench.wasm, bench.node       napi-cc (the addon `napi-host bench
#                                              benches/boundary.js` times; native
#                                              when gcc exists)
#
# Usage: examples/build.sh [--setup] [--no-native]
#   --setup      run scripts/setup.sh first (installs missing tools)
#   --no-native  skip the native hello.node
#
# Idempotent: C modules are rebuilt only when a source or napi-cc is newer
# than the output; cargo decides for the Rust one. Without --setup the tools
# must already be installed; a missing one is named in the error.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
examples="$repo_root/examples"
napi_cc="$repo_root/guest-sdk/c/napi-cc"

setup=0
native=1
for arg in "$@"; do
  case "$arg" in
    --setup) setup=1 ;;
    --no-native) native=0 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'build: %s\n' "$*"; }
missing() { echo "build: error: $1 is missing ($2); run examples/build.sh --setup or scripts/setup.sh" >&2; exit 1; }

if [ "$setup" = 1 ]; then
  "$repo_root/scripts/setup.sh"
fi

# Tools every build below needs.
command -v clang-16 >/dev/null 2>&1 || missing clang-16 "apt package clang-16"
command -v wasm-ld-16 >/dev/null 2>&1 || missing wasm-ld-16 "apt package lld-16"
[ -f /usr/lib/wasm32-wasi/libc.a ] || missing wasi-libc "apt package wasi-libc"
[ -f "$repo_root/node_modules/node-api-headers/include/node_api.h" ] \
  || missing node-api-headers "npm ci in $repo_root"
[ -f "$repo_root/node_modules/emnapi/lib/wasm32-wasip1/libemnapi-basic.a" ] \
  || missing emnapi "npm ci in $repo_root"
command -v cargo >/dev/null 2>&1 || missing cargo "install Rust with rustup"
if command -v rustup >/dev/null 2>&1; then
  rustup target list --installed | grep -qx wasm32-wasip1 \
    || missing "Rust target wasm32-wasip1" "rustup target add wasm32-wasip1"
fi

# Runs napi-cc unless OUT is newer than every input.
#   cc_build LABEL OUT "SRC..." [napi-cc options]
cc_build() {
  local label="$1" out="$2" srcs="$3"
  shift 3
  local stale=0 src
  [ -f "$out" ] || stale=1
  for src in $srcs "$napi_cc"; do
    [ "$src" -nt "$out" ] && stale=1
  done
  if [ "$stale" = 0 ]; then
    say "$label: up to date (${out#"$repo_root"/})"
    return
  fi
  # shellcheck disable=SC2086 # $srcs is a list of paths without spaces
  "$napi_cc" "$@" -o "$out" $srcs -Wall -Wextra -Werror
  say "$label: built ${out#"$repo_root"/}"
}

hello_c="$examples/hello-c/hello.c"

cc_build "hello-c (wasm)" "$examples/hello-c/build/hello.wasm" "$hello_c"

if [ "$native" = 1 ]; then
  if command -v gcc >/dev/null 2>&1; then
    cc_build "hello-c (native)" "$examples/hello-c/build/hello.node" "$hello_c" --native
  else
    say "hello-c (native): skipped, gcc not found"
  fi
fi

cc_build "hello-emnapi" "$examples/hello-emnapi/build/hello.wasm" "$hello_c" --emnapi

async_c="$examples/async-c/async.c"
cc_build "async-c (wasm)" "$examples/async-c/build/async.wasm" "$async_c"
if [ "$native" = 1 ] && command -v gcc >/dev/null 2>&1; then
  cc_build "async-c (native)" "$examples/async-c/build/async.node" "$async_c" --native
fi

bench_c="$repo_root/benches/addon.c"
cc_build "bench (wasm)" "$repo_root/benches/build/bench.wasm" "$bench_c"
if [ "$native" = 1 ] && command -v gcc >/dev/null 2>&1; then
  cc_build "bench (native)" "$repo_root/benches/build/bench.node" "$bench_c" --native
fi

cc_build "plugin-host (plugin)" "$examples/plugin-host/build/wordcount.wasm" \
  "$examples/plugin-host/plugin/wordcount.c"

# Rust: cargo knows when to rebuild. Ask it where the module went (this
# follows CARGO_TARGET_DIR and .cargo/config.toml) and copy it if changed.
cd "$repo_root"
artifact="$(cargo build -p hello-rust --target wasm32-wasip1 --release \
  --message-format=json-render-diagnostics \
  | grep -o '"[^"]*/hello_rust\.wasm"' | tail -n 1 | tr -d '"')"
if [ -z "$artifact" ] || [ ! -f "$artifact" ]; then
  echo "build: error: cargo produced no hello_rust.wasm" >&2
  exit 1
fi
rust_out="$examples/hello-rust/build/hello_rust.wasm"
mkdir -p "$(dirname "$rust_out")"
if cmp -s "$artifact" "$rust_out"; then
  say "hello-rust: up to date (${rust_out#"$repo_root"/})"
else
  cp "$artifact" "$rust_out"
  say "hello-rust: built ${rust_out#"$repo_root"/}"
fi
