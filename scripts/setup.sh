#!/usr/bin/env bash
# Installs the tools napi-host's guests are built with, on Debian 12.
#
#   apt:    clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32 (C guests)
#           nodejs npm, only if npm is missing
#   rustup: target wasm32-wasip1; components clippy, rustfmt
#   npm:    node-api-headers, emnapi and its JS runtime (@emnapi/core, @emnapi/runtime,
#           for `napi-host bench --emnapi`), pinned in package-lock.json
#
# Idempotent: every step checks first and does nothing when the tool is
# present, so a second run takes about a second. Uses sudo for apt only when
# not run as root; runs `apt-get update` only when something must be
# installed. Rust itself (rustup) must already be installed.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

step() { printf 'setup: %-22s %s\n' "$1" "$2"; }
die() { echo "setup: error: $*" >&2; exit 1; }

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "not root and sudo is not installed"
  sudo_cmd=(sudo)
fi

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@"
}

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# 1. C toolchain for wasm32-wasip1: clang + wasm-ld + wasi-libc + compiler-rt.
apt_pkgs=(clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32)
missing=()
for pkg in "${apt_pkgs[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  step "apt packages" "ok (${apt_pkgs[*]})"
else
  step "apt packages" "installing ${missing[*]}"
  apt_install "${missing[@]}"
fi

# 2. Node.js and npm (for the npm packages below and the native oracle runs).
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  step "node/npm" "ok (node $(node --version), npm $(npm --version 2>/dev/null))"
else
  step "node/npm" "installing nodejs npm"
  apt_install nodejs npm
fi

# 3. Rust target and components.
command -v rustup >/dev/null 2>&1 || die "rustup not found; install Rust from https://rustup.rs first"
if rustup target list --installed | grep -qx wasm32-wasip1; then
  step "rust target" "ok (wasm32-wasip1)"
else
  step "rust target" "adding wasm32-wasip1"
  rustup target add wasm32-wasip1
fi

components=(clippy rustfmt)
missing=()
installed_components="$(rustup component list --installed)"
for c in "${components[@]}"; do
  grep -q "^$c" <<<"$installed_components" || missing+=("$c")
done
if [ ${#missing[@]} -eq 0 ]; then
  step "rust components" "ok (${components[*]})"
else
  step "rust components" "adding ${missing[*]}"
  rustup component add "${missing[@]}"
fi

# 4. npm packages (node-api-headers, emnapi, @emnapi/core, @emnapi/runtime), exactly as locked. npm writes
# node_modules/.package-lock.json on every install, so its age tells whether
# node_modules matches package-lock.json.
cd "$repo_root"
stamp=node_modules/.package-lock.json
if [ -f "$stamp" ] && ! [ package-lock.json -nt "$stamp" ]; then
  step "npm packages" "ok (node_modules up to date)"
else
  step "npm packages" "running npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
