# Client Exit Playbook: `make serve` and `make test` do all set-up on a fresh machine.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WHEELS := .cache/wheels
CHROMIUM ?= /usr/bin/chromium
# Where the site is published; only its path matters (the 404 page's links are absolute).
SITE_URL ?= http://localhost/
export CHROMIUM
export NO_MKDOCS_2_WARNING := 1
# mike runs `mkdocs` from PATH: the virtual environment's comes first.
export PATH := $(abspath $(BIN)):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup serve build test lint unit pyodide-test browser-test deploy bench screenshots clean chromium

## Set-up ----------------------------------------------------------------------

setup: $(VENV)/.installed node_modules/.installed $(WHEELS)/.installed

$(VENV)/.installed: requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --requirement requirements/dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation --editable .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Pure wheels for Pyodide: the engine's runtime dependencies and the test runner.
$(WHEELS)/.installed: requirements/browser-runtime.txt requirements/pyodide-tests.txt $(VENV)/.installed
	rm -rf $(WHEELS) && mkdir -p $(WHEELS)/runtime $(WHEELS)/tests
	$(BIN)/pip download --quiet --no-deps --only-binary=:all: --dest $(WHEELS)/runtime jinja2==3.1.6
	CC=/bin/false $(BIN)/pip wheel --quiet --no-deps --no-binary=markupsafe \
		--wheel-dir $(WHEELS)/runtime markupsafe==3.0.4
	$(BIN)/pip download --quiet --no-deps --only-binary=:all: --dest $(WHEELS)/tests \
		--requirement requirements/pyodide-tests.txt
	touch $@

chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && apt-get install -y -qq chromium; }

## Site ------------------------------------------------------------------------

# The languages' part of the MkDocs configuration, which mkdocs.yml inherits, written from
# their declaration and the catalogues.
LANGUAGES_CONFIG := mkdocs.languages.yml
$(LANGUAGES_CONFIG): widgets/languages.py widgets/catalog/*.toml mkdocs.yml scripts/mkdocs_languages.py $(VENV)/.installed
	$(BIN)/python -m scripts.mkdocs_languages $@

build: setup $(LANGUAGES_CONFIG)
	$(BIN)/mkdocs build --strict --clean

serve: build
	@echo "Serving the playbook on http://$(HOST):$(PORT)/ (French) and http://$(HOST):$(PORT)/en/"
	$(BIN)/python -m scripts.serve site --host $(HOST) --port $(PORT)

# make deploy VERSION=1.0 [PUSH=1] [SITE_URL=https://owner.github.io/repo/]: the built site as
# version VERSION on the gh-pages branch, `latest` pointing to it, and the root 404 page.
deploy: setup $(LANGUAGES_CONFIG)
	@test -n "$(VERSION)" || { echo "usage: make deploy VERSION=x.y [PUSH=1]"; exit 2; }
	SITE_URL=$(SITE_URL) $(BIN)/mike deploy --update-aliases $(VERSION) latest
	$(BIN)/mike set-default latest
	$(BIN)/python -m scripts.root_404
	$(if $(PUSH),git push origin gh-pages)

## Tests -----------------------------------------------------------------------

lint: setup
	$(BIN)/ruff check widgets macros hooks scripts tests
	$(BIN)/ruff format --check widgets macros hooks scripts tests
	$(BIN)/mypy --strict widgets macros
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

unit: setup
	$(BIN)/pytest tests/unit tests/docs

pyodide-test: setup
	node tests/pyodide/run-unit-tests.mjs

browser-test: setup chromium build
	$(BIN)/pytest tests/browser

test: lint unit pyodide-test browser-test

## Benchmark and cleaning --------------------------------------------------------

# Timings of the built site in headless Chromium; never fails on a slow figure.
bench: setup chromium build
	$(BIN)/python -m scripts.bench

# Every page in every language, wide and phone, light and dark, each tool with a result and
# with an error, and a contact sheet per language, into screenshots/ (PAGES="assessment script"
# for some only): to look at what a change did, never for git.
screenshots: setup chromium build
	$(BIN)/python -m scripts.screenshots $(PAGES)

clean:
	rm -rf site build *.egg-info .pytest_cache .mypy_cache .ruff_cache $(LANGUAGES_CONFIG)
