# OD Notes: `make run` opens the app, `make test` runs every test headless,
# `make bench` measures a team-sized vault beside plain SQLite and SQLCipher.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: run test check lint bench fuzz dist screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

# Benchmarks (issue 6): prints the table, writes docs/performance.md. The first
# run generates the fictional vaults into bench/.cache (a few minutes).
bench: $(BENCH_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench --doc docs/performance.md

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
