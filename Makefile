# krea-python: every target bootstraps .venv itself, so a fresh clone needs only `make <target>`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed
SPEC := openapi/krea.yaml
GEN_CONFIG := openapi/generator.yaml
GEN_OUT := generated/krea_api
# The generator runs ruff from its post_hooks, so the pinned ruff in .venv must come first on PATH.
GENERATE = PATH="$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) --config $(GEN_CONFIG) \
	--meta none --fail-on-warning --custom-template-path openapi/templates --output-path

.PHONY: help setup generate check-generated lint fmt test unit contract e2e docs dist demo mock clean spec-diff \
	upstream-check deviations

help:
	@echo "make demo             set up and run a generation against the bundled offline mock"
	@echo "make test             lint + check-generated + the whole pytest suite (what CI runs)"
	@echo "make setup            create .venv and install krea with its dev tools"
	@echo "make generate         regenerate $(GEN_OUT) from $(SPEC)"
	@echo "make check-generated  fail if $(GEN_OUT) (or DEVIATIONS.md) differs from a fresh generation"
	@echo "make upstream-check UPSTREAM=path   fail on a difference from Krea's document not in openapi/deviations.yaml"
	@echo "make deviations       render openapi/DEVIATIONS.md from openapi/deviations.yaml"
	@echo "make unit | contract | e2e   one part of the test suite"
	@echo "make docs             build the API reference into site/ (any warning fails)"
	@echo "make mock             serve the offline mock on 127.0.0.1:8787"
	@echo "make spec-diff OLD=a NEW=b [FORMAT=json] [FAIL_ON_BREAKING=1]"
	@echo "                      what changed between two OpenAPI documents, each change breaking or not"
	@echo "make lint | fmt | dist | clean"

# Both distributions of this repository, editable: krea-api (generated/) and krea with every extra and tool.
$(STAMP): pyproject.toml generated/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ./generated -e '.[dev]'
	touch $@

setup: $(STAMP)

generate: $(STAMP)
	rm -rf $(GEN_OUT)
	$(GENERATE) $(GEN_OUT)
	touch $(GEN_OUT)/py.typed
	# krea_api/_version.py: krea-api's version (krea's) and the spec and generator it was generated from.
	$(BIN)/python scripts/spec_json.py --client-dir $(GEN_OUT)
	# The JSON copy of the spec that krea reads at run time (no YAML parse), and krea.__spec_version__;
	# first, as the next steps read it.
	$(BIN)/python scripts/spec_json.py
	# The typed parameters (krea/_params.py) and typed calls (krea/_async/_generation.py) from the spec.
	PATH="$(BIN):$$PATH" $(BIN)/python scripts/gen_params.py
	# The sync facade (krea/_sync/) is written from the async one (krea/_async/), its source.
	PATH="$(BIN):$$PATH" $(BIN)/python scripts/unasync.py

# Regenerate into a scratch folder and compare: any modified, new or deleted file fails.
check-generated: $(STAMP)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GENERATE) "$$tmp/krea_api" >/dev/null; touch "$$tmp/krea_api/py.typed"; \
	$(BIN)/python scripts/spec_json.py --client-dir "$$tmp/krea_api"; \
	if diff -r -x __pycache__ $(GEN_OUT) "$$tmp/krea_api"; then echo "generated/ is up to date"; \
	else echo "generated/ differs from $(SPEC): run 'make generate' and commit" >&2; exit 1; fi
	$(BIN)/python scripts/spec_json.py --check
	PATH="$(BIN):$$PATH" $(BIN)/python scripts/gen_params.py --check
	PATH="$(BIN):$$PATH" $(BIN)/python scripts/unasync.py --check
	$(BIN)/python scripts/render_deviations.py --check

# Krea's published document, read in place (never copied into the repo). Every difference between it and
# $(SPEC) must be a record of openapi/deviations.yaml, and every record a difference; `make test` runs the same
# check (tests/contract/test_upstream.py). `--list` on the script prints every difference with its records.
# UPSTREAM=<path> compares another document; the default (UPSTREAM in scripts/upstream_check.py, or
# KREA_UPSTREAM) is the snapshot in ../shared/krea-api/upstream/.
upstream-check: $(STAMP)
	$(BIN)/python scripts/upstream_check.py $(if $(UPSTREAM),--upstream $(UPSTREAM))

# openapi/DEVIATIONS.md is rendered from the records; edit openapi/deviations.yaml, then run this.
deviations: $(STAMP)
	$(BIN)/python scripts/render_deviations.py

lint: $(STAMP)
	$(BIN)/ruff format --check krea tests examples scripts hatch_build.py
	$(BIN)/ruff check krea tests examples scripts hatch_build.py
	$(BIN)/mypy --strict krea tests examples scripts hatch_build.py
	# tests/typing/: user-like calls (mypy above, with warn_unused_ignores; pyright reads [tool.pyright]).
	$(BIN)/pyright --pythonpath $(BIN)/python
	# The generated client as it comes out of the generator (never edited to make this pass).
	$(BIN)/mypy --strict generated/krea_api

fmt: $(STAMP)
	$(BIN)/ruff format krea tests examples scripts hatch_build.py
	$(BIN)/ruff check --fix krea tests examples scripts hatch_build.py

test: lint check-generated
	$(BIN)/pytest -q

# The first command on a fresh clone: set up, then one generation through the CLI against the bundled offline
# mock (no API key, no network): live progress on stderr, the saved PNG's path on stdout.
demo: $(STAMP)
	$(BIN)/krea --mock image bfl/flux-1-dev --prompt "a red fox in fresh snow at golden hour" --out out/ --no-json

# Parts of the suite, for a quicker loop while working (`make test` runs all of them).
unit: $(STAMP)
	$(BIN)/pytest -q tests/unit

contract: $(STAMP)
	$(BIN)/pytest -q tests/contract

e2e: $(STAMP)
	$(BIN)/pytest -q tests/e2e

# The offline mock over HTTP on 127.0.0.1:8787 (Ctrl-C to stop); point KREA_BASE_URL at it.
mock: $(STAMP)
	$(BIN)/krea mock serve --port 8787

# What changed between two OpenAPI documents (YAML or JSON, ours or Krea's), each change marked breaking or
# not for users of this SDK; FORMAT=json for the changelog. Exits 0 unless FAIL_ON_BREAKING=1 and one breaks.
FORMAT ?= text
spec-diff: $(STAMP)
	@test -n "$${OLD:-}" -a -n "$${NEW:-}" || { echo "usage: make spec-diff OLD=old.yaml NEW=new.json [FORMAT=json] [FAIL_ON_BREAKING=1]" >&2; exit 2; }
	@$(BIN)/python scripts/spec_diff.py "$(OLD)" "$(NEW)" $(if $(filter json,$(FORMAT)),--json) $(if $(filter 1,$(FAIL_ON_BREAKING)),--fail-on-breaking)

# The API reference from the docstrings (mkdocs.yml, docs/), into site/. Any warning fails the build; `make test`
# builds it too (tests/contract/test_docs.py), and fails when a public name has no entry.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# Both distributions, sdist and wheel each, into $(DIST); byte-identical from one commit to the next build of it:
# file dates come from SOURCE_DATE_EPOCH (default: the last commit's time), and the build runs with this
# venv's pinned hatchling, offline (--no-isolation). tests/contract/test_packaging.py builds it twice.
DIST ?= dist
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 315532800)
dist: $(STAMP)
	rm -rf $(DIST)
	SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) $(BIN)/python -m build --no-isolation --outdir $(DIST) generated
	SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) $(BIN)/python -m build --no-isolation --outdir $(DIST) .
	$(BIN)/twine check --strict $(DIST)/*

clean:
	rm -rf $(VENV) dist build site .mypy_cache .ruff_cache .pytest_cache .hypothesis
