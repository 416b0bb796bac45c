# OD Notes: `make run` opens the app, `make test` runs every test headless,
# `make bench` measures a team-sized vault beside plain SQLite and SQLCipher.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: run test check lint bench fuzz dist dist-smoke screenshots clean translations \
	translations-update catalogs catalogs-update install-desktop uninstall-desktop test-sync

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

# The core's own words (summaries, exports, error messages): gettext catalogs.
CATALOG_DIR := odnotes/locale
POT := $(CATALOG_DIR)/odnotes.pot
PO := $(LANGS:%=$(CATALOG_DIR)/%/LC_MESSAGES/odnotes.po)
MO := $(PO:.po=.mo)
BABEL_KEYWORDS := -k N_ -k N_plural:1,2 -k counted:1,2 -k about

# The check stops with one line naming the missing system packages (Qt's xcb plugin).
run: $(STAMP) $(QM) $(MO)
	$(BIN)/python -m tools.qt_platform_check
	$(BIN)/python main.py

# Compile the core's .po catalogs into the .mo files it loads.
catalogs: $(MO)

$(CATALOG_DIR)/%/LC_MESSAGES/odnotes.mo: $(CATALOG_DIR)/%/LC_MESSAGES/odnotes.po $(STAMP)
	$(BIN)/pybabel -q compile --statistics -D odnotes -l $* -i $< -o $@

# Refresh the template and the .po catalogs from the core's source after changing its words.
catalogs-update: $(STAMP)
	$(BIN)/pybabel -q extract --no-wrap --add-location=file --sort-by-file \
		--project="OD Notes" --copyright-holder="OD Notes contributors" \
		$(BABEL_KEYWORDS) -o $(POT) odnotes
	for lang in $(LANGS); do \
		po=$(CATALOG_DIR)/$$lang/LC_MESSAGES/odnotes.po; \
		if [ -f $$po ]; then \
			$(BIN)/pybabel -q update --no-wrap --ignore-obsolete --no-fuzzy-matching \
				-D odnotes -l $$lang -i $(POT) -o $$po || exit 1; \
		else \
			$(BIN)/pybabel -q init --no-wrap -D odnotes -l $$lang -i $(POT) -o $$po || exit 1; \
		fi; \
	done

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
dist: $(STAMP) $(QM) $(MO)
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

# ruff, and mypy --strict on odnotes and ui (pyproject.toml lists both); `make test` runs it first.
check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: check $(QM) $(MO)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Two vaults exchanging a network through two real Syncthing instances on 127.0.0.1
# (issue 14); bounded at 4 minutes a test, stops both Syncthings itself. Installs Debian's
# syncthing package when it is missing (needs root, as on CI).
test-sync: $(STAMP)
	command -v syncthing >/dev/null || (apt-get update && apt-get install -y syncthing)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m syncthing --durations=0 tests/sync

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
