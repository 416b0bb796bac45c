# OD Notes: `make run` opens the app, `make test` runs every test headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

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

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info

# Longer fuzzing and the full damage sweep (not part of `make test`; several minutes).
fuzz: $(STAMP)
	ODNOTES_FUZZ=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -o timeout=3600 -q \
		tests/odnotes/test_fuzz_inputs.py tests/odnotes/test_damage_sweep.py
