# Parallax: `make serve` and `make test` are all a newcomer needs.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CARGO_TERM_COLOR := never

.PHONY: tools serve test test-native test-bundle test-browser dist single-file bench fuzz

## Install any missing tool (idempotent).
tools:
	@scripts/install-tools.sh

## Build and serve the app on http://127.0.0.1:8080 with live reload.
serve: tools
	trunk serve --offline

## Release build into dist/ (relative URLs: works from any sub-path), with the example's
## comparison prerendered into index.html by the build itself (scripts/prerender.mjs). The
## WebAssembly build leaves out panic locations (source file, line and column of every bounds
## check and unwrap: 8 KB gzip, docs/BENCHMARKS.md). `-Zlocation-detail` is unstable, so
## RUSTC_BOOTSTRAP lets the stable compiler accept it, for this build only, as Linux's and
## Firefox's builds do for theirs.
## Panics still stop the app with its banner; only the location is missing from the message.
WASM_RUSTFLAGS := -Zlocation-detail=none
dist: tools
	RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)" \
		trunk build --release --offline
	python3 scripts/finish-dist.py dist
	node scripts/prerender.mjs dist

## One self-contained HTML file (opens from disk, offline): dist-single/parallax.html.
single-file: dist
	python3 scripts/single-file.py dist dist-single/parallax.html

## Every test: formatting, lints, native tests, release build and its size, browser tests.
test: tools test-native single-file test-bundle test-browser

test-native:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo test --workspace

## The release bundle (wasm + js + css, gzip) stays within 300 KB (issue 4).
test-bundle: dist
	scripts/bundle-size.sh 306500

test-browser:
	cargo build -p parallax-engine --bin parallax --example scale
	playwright test

## 1,000,000 randomised engine runs (two tests × 500,000); `make test` runs a short budget.
fuzz:
	PARALLAX_FUZZ_CASES=500000 cargo test -p parallax-engine --test fuzz -- --nocapture

## Benchmarks: engine (criterion), scaling, CollateX and diff-match-patch, browser, bundle size.
bench: dist
	scripts/bench/run.sh
