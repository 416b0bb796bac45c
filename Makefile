# OD Notes: `make run` opens the app, `make test` runs every test headless,
# `make bench` measures a team-sized vault beside plain SQLite and SQLCipher.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: run test check lint bench fuzz dist dist-smoke screenshots clean translations \
	translations-update install-desktop uninstall-desktop

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

LANGS := fi de pl
TS := $(LANGS:%=translations/odnotes_%.ts)
# English is the source language; its file holds only the plural forms ("1 meeting").
EN_TS := translations/odnotes_en.ts
QM := $(TS:.ts=.qm) $(EN_TS:.ts=.qm)

# The check stops with one line naming the missing system packages (Qt's xcb plugin).
run: $(STAMP) $(QM)
	$(BIN)/python -m tools.qt_platform_check
	$(BIN)/python main.py

# Compile the translators' .ts files into the .qm files the app loads.
translations: $(QM)

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the source after changing user-visible strings.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -locations relative -no-obsolete main.py ui -ts $(TS)
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -pluralonly main.py ui \
		-ts $(EN_TS)
	$(BIN)/python -m tools.english_plurals $(EN_TS)

# A one-folder bundle in dist/odnotes/ (PyInstaller takes a few minutes).
dist: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/odnotes.spec

# Start the built bundle offscreen: demo vault in a temporary folder, then exit 0.
dist-smoke:
	test -x dist/odnotes/odnotes || $(MAKE) dist
	QT_QPA_PLATFORM=offscreen dist/odnotes/odnotes --smoke-test

# Put OD Notes in the desktop menu, with its icon and the .odvault file type.
install-desktop: $(QM)
	sh packaging/linux/install-desktop.sh

uninstall-desktop:
	sh packaging/linux/install-desktop.sh --uninstall

check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: check $(QM)
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

# Longer fuzzing and the full damage sweep (not part of `make test`; several minutes).
fuzz: $(STAMP)
	ODNOTES_FUZZ=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -o timeout=3600 -q \
		tests/odnotes/test_fuzz_inputs.py tests/odnotes/test_damage_sweep.py
