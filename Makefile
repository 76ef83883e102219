# The two commands: `make serve` builds the wiki and serves it at http://127.0.0.1:8080;
# `make test` runs every test. Both install what is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
# The site's origin for link previews (e.g. https://fans.example), read by the prerenderer.
export SITE_URL

# `make lint` is the house rules: formatted, and no clippy warning in either build of the crate.
# `make check` is every data check, natively and in seconds (no browser, no wasm build).
.PHONY: check lint serve test build build-subpath setup-build setup-test test-native test-js test-browser screenshots bench

serve: build
	node scripts/serve.mjs dist $(PORT)

# Each step timed (scripts/steps.sh), so the budget in README can be checked on every run.
test:
	@scripts/steps.sh setup-test lint check test-native test-js build build-subpath test-browser
# The origin a deploy names for link previews (see README); the tests check the builds use it.
test: export SITE_URL := $(or $(SITE_URL),https://imperfects-wiki.example)
# "Edit this page" and "Suggest a correction" lead to the repository in Cargo.toml's `repository`,
# or in WIKI_REPOSITORY when set (empty: none). The tests build dist/ with a test repository and
# dist-sub/ with none, and check both.
test: export WIKI_REPOSITORY := https://github.com/imperfects-fans/imperfects-wiki
test: export NO_REPOSITORY_SUBPATH := 1

build: setup-build
	@echo "==> Building the release site into dist/ (the first build compiles all crates: a few minutes)"
	trunk build --release

# The same site built for a sub-path host (GitHub project pages): BASE must be absolute.
BASE ?= /imperfects/
build-subpath: setup-build
	@echo "==> Building for the sub-path $(BASE) into dist-sub/"
	$(if $(NO_REPOSITORY_SUBPATH),WIKI_REPOSITORY= )trunk build --release --public-url $(BASE) --dist dist-sub

setup-build:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

check:
	@echo "==> Data checks: JSON, each file's schema, references, reveal points, sources, spelling"
	cargo run --quiet --locked --bin check -- public

lint:
	@echo "==> House rules: cargo fmt --check, cargo clippy -D warnings (the app and the prerenderer)"
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --all-targets --no-default-features --features ssr -- -D warnings

test-native:
	@echo "==> Native tests: data model and shipped data"
	cargo test --locked
	@echo "==> Native tests of the prerenderer, every page at every setting, the structured data and the history (feature ssr)"
	cargo test --locked --no-default-features --features ssr --lib --test pages --test structured_data --test history

test-js:
	@echo "==> Rules of the scripts, with no browser (node --test)"
	node --test tests/js/

test-browser:
	@echo "==> Browser tests: Playwright driving Chromium against the release build"
	node --test --test-concurrency=1 e2e/

# README screenshots from the real build: phone and desktop, light and dark.
screenshots: setup-test build
	node scripts/screenshots.mjs docs/screenshots

# Measurements, not tests: numbers for README.
bench: setup-test build
	@echo "==> Search, native (release build of the search code)"
	cargo run --release --quiet --example search_bench
	@echo "==> Search, in headless Chromium"
	node bench/search-browser.mjs
	@echo "==> The relationship map, native (release build of the layout), then in headless Chromium at 4x CPU"
	cargo run --release --quiet --example map_bench
	node bench/map.mjs
	@echo "==> First-visit size, time to content and route changes, in headless Chromium"
	node bench/speed.mjs
	@echo "==> Lighthouse, four categories, a few pages"
	node bench/lighthouse.mjs
