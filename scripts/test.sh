#!/usr/bin/env bash
# Runs napi-host's whole test suite on a fresh Debian 12 machine: installs what is
# missing (scripts/setup.sh), checks formatting and lints, then `cargo test`, whose
# conformance tests run every test script under napi-host AND under Node (native
# builds of the same C sources), so Node stays the oracle.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh
echo "test: cargo fmt --check"
cargo fmt --all -- --check
echo "test: cargo clippy -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings
echo "test: guest crates on wasm32-wasip1"
cargo clippy -p napi-guest -p hello-rust --target wasm32-wasip1 --quiet -- -D warnings
echo "test: cargo test"
cargo test
