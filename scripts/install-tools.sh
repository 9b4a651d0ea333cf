#!/usr/bin/env bash
# Installs what `make serve` and `make test` need, skipping whatever is already present.
# Pinned versions: see ../shared/TOOLCHAIN.md and Trunk.toml [tools]. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '[tools] %s\n' "$*"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: present"
else
  say "wasm32 target: installing"
  rustup target add wasm32-unknown-unknown
fi

if command -v trunk >/dev/null && [ "$(trunk --version)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk $TRUNK_VERSION: installing (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (about 2 minutes)"
  # The registry mirror may lack one locked dependency: retry unlocked.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked ||
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

node_major=$(node --version 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/')
if [ -z "$node_major" ] || [ "$node_major" -lt 20 ]; then
  echo "Node.js 20 or newer is needed for Playwright and wasm-opt (found: ${node_major:-none})." >&2
  exit 1
fi
# npm writes node_modules/.package-lock.json; reinstall only when package-lock.json is newer.
if [ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/playwright ] && [ -x node_modules/.bin/esbuild ] &&
  [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm packages (playwright, binaryen, esbuild): present"
else
  say "npm packages: installing"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

chrome=""
for candidate in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then chrome=$candidate; break; fi
done
if [ -n "$chrome" ]; then
  say "browser: $chrome"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  say "browser: installing Debian chromium"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
else
  echo "No Chromium found: install chromium or set CHROME_PATH to a Chrome/Chromium binary." >&2
  exit 1
fi
