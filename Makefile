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

.PHONY: setup serve build test lint unit pyodide-test browser-test deploy bench screenshots clean chromium lock

## Set-up ----------------------------------------------------------------------

# Pyodide's build tools need Python >= 3.12: the first such interpreter on PATH or in pyenv,
# unless PYODIDE_PYTHON names one.
PYODIDE_PYTHON ?= $(shell for candidate in python3.13 python3.12 \
	$(wildcard $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions/3.1[3-9]*/bin/python3) \
	$(wildcard $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions/3.12*/bin/python3) python3; do \
	"$$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { command -v "$$candidate"; break; }; done)
PYODIDE_VENV := .venv-pyodide
export PYODIDE_BUILD_BIN := $(abspath $(PYODIDE_VENV))/bin
# Wheels rebuilt from source are byte-for-byte the same, so their hashes can be kept.
export SOURCE_DATE_EPOCH ?= 315532800

setup: $(VENV)/.installed $(PYODIDE_VENV)/.installed node_modules/.installed $(WHEELS)/.installed

$(VENV)/.installed: requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install --quiet --require-hashes --requirement requirements/dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation --editable .
	touch $@

$(PYODIDE_VENV)/.installed: requirements/pyodide-build.lock
	@test -n "$(PYODIDE_PYTHON)" || { echo "Pyodide's build tools need Python >= 3.12:" \
		"install one (pyenv install 3.13) or set PYODIDE_PYTHON=/path/to/python3.12"; exit 2; }
	$(PYODIDE_PYTHON) -m venv --clear $(PYODIDE_VENV)
	$(PYODIDE_VENV)/bin/pip install --quiet --require-hashes --requirement requirements/pyodide-build.lock
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Pure wheels for Pyodide: the engine's runtime dependencies (checked against the hashes kept
# in requirements/browser-wheels.sha256) and the test runner.
$(WHEELS)/.installed: requirements/browser-runtime.txt requirements/browser-wheels.sha256 \
		requirements/pyodide-tests.lock $(VENV)/.installed
	rm -rf $(WHEELS) && mkdir -p $(WHEELS)/runtime $(WHEELS)/tests
	CC=/bin/false $(BIN)/pip wheel --quiet --no-cache-dir --no-deps --require-hashes --no-build-isolation \
		--only-binary=jinja2 --no-binary=markupsafe --wheel-dir $(WHEELS)/runtime \
		--requirement requirements/browser-runtime.txt
	cd $(WHEELS)/runtime && sha256sum --check --strict --quiet \
		$(abspath requirements/browser-wheels.sha256)
	$(BIN)/pip download --quiet --no-deps --require-hashes --only-binary=:all: \
		--dest $(WHEELS)/tests --requirement requirements/pyodide-tests.lock
	touch $@

chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && apt-get install -y -qq chromium; }

# Resolve the lock files again from their .in files (keeping current pins where they fit).
LOCK_VENV := .cache/lock-tools
UV_COMPILE = $(LOCK_VENV)/bin/uv pip compile --quiet --generate-hashes --no-header \
	--index-url https://pypi.org/simple --python-platform x86_64-manylinux_2_28
lock:
	test -x $(LOCK_VENV)/bin/uv || { $(PYTHON) -m venv $(LOCK_VENV) && \
		$(LOCK_VENV)/bin/pip install --quiet --require-hashes -r requirements/lock-tools.lock; }
	$(UV_COMPILE) --python-version 3.11.5 requirements/dev.in -o requirements/dev.lock
	$(UV_COMPILE) --python-version 3.12 requirements/pyodide-build.in \
		-o requirements/pyodide-build.lock
	$(UV_COMPILE) --python-version 3.11.5 --no-deps --only-binary :all: \
		requirements/pyodide-tests.in -o requirements/pyodide-tests.lock

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
	$(BIN)/pytest tests/unit tests/docs tests/build

# The unit tests in the interpreter readers get: the built site's snapshot, restored.
pyodide-test: build
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
