#!/usr/bin/env bash
# Installs whatever the wiki needs that this machine lacks, at pinned versions, and nothing it
# already has. `setup.sh build` is enough to build and serve; `setup.sh test` adds the browser.
# Everything comes from the package registries (crates.io, npm, Debian): no release downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want="${1:-test}"

say() { printf '\n==> %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target to Rust"
  rustup target add wasm32-unknown-unknown
fi

if [ "$want" = test ] && ! { cargo fmt --version && cargo clippy --version; } >/dev/null 2>&1; then
  say "Adding rustfmt and clippy to Rust (make test checks the house rules with them)"
  rustup component add rustfmt clippy
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION from crates.io. This compiles it from source and takes about 15 minutes on 2 cores, once."
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must match the wasm-bindgen library exactly, so its version is read from Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "Installing wasm-bindgen-cli $bindgen_version from crates.io (a few minutes, once)"
  # Without --locked: its own lockfile pins a crate version the registry mirror here lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# npm packages: binaryen (wasm-opt) and terser (the inline boot script) for release builds,
# playwright-core and axe-core for the browser tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/terser ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages (binaryen for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund
fi

if [ "$want" = test ] && [ ! -x /usr/bin/chromium ]; then
  say "Installing Chromium from Debian for the browser tests (a few minutes, once)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
fi
