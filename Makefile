# outreach — the two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Tests that need a database run on SQLite and again on PostgreSQL.
DB_TESTS := tests/integration tests/e2e tests/migrations tests/browser
PYTEST_WORKERS ?= 2

.PHONY: install system-deps train-deps run test test-sqlite test-postgres lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

# scikit-learn, only for retraining the reason text model (bench/reason_model_train.py).
train-deps: install
	$(BIN)/pip install -q -e '.[train]'

# Debian packages the browser tests need (Chromium driven by Playwright; never a downloaded browser).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing Debian chromium"; \
		(apt-get update -qq || sudo apt-get update -qq) >/dev/null; \
		(DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium \
		 || sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) >/dev/null; \
	fi

run: install
	@mkdir -p var
	$(BIN)/outreach migrate
	$(BIN)/outreach demo
	$(BIN)/outreach serve

test: install system-deps
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite: install
	OUTREACH_TEST_DB=sqlite $(BIN)/pytest -q -n $(PYTEST_WORKERS) tests

test-postgres: install
	OUTREACH_TEST_DB=postgres $(BIN)/pytest -q -n $(PYTEST_WORKERS) $(wildcard $(DB_TESTS))

lint: install
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
