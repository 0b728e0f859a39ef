# The two commands a new user runs: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/rapport/__init__.py)

.PHONY: run test lint bench bench-postgres screenshots demo icons package translations clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# the slower build of the same module, in a .venv made before the switch (issue 17)
	$(BIN)/python -m pip uninstall --quiet --yes sqlcipher3-binary 2>/dev/null || true
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/rapport

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check $(wildcard src tests benchmarks tools packaging)
	$(BIN)/ruff format --check $(wildcard src tests benchmarks tools packaging)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(ARGS)

# The team journal's figures: the test server against the file (also: make bench ARGS=--postgres).
bench-postgres: $(STAMP)
	$(BIN)/python benchmarks/run.py --postgres $(ARGS)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/people_screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/security_capture_screenshots.py

# Update the catalogues (resources/translations/*.ts) from the sources with pyside6-lupdate
# and compile them (pyside6-lrelease) into the package, where the app loads them.
translations: $(STAMP)
	$(BIN)/python tools/translations.py

demo: $(STAMP)
	$(BIN)/rapport demo --journal demo.rapport

# App icons in every size (hicolor PNGs, .ico, .icns) from the one SVG, into build/icons.
icons: $(STAMP)
	$(BIN)/python packaging/make_icons.py --out build/icons

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	@touch $(PACKAGE_STAMP)

# The one-folder bundle (dist/rapport), the Linux download beside it, and a smoke test of both.
package: $(PACKAGE_STAMP) icons
	sh packaging/linux/build-deps.sh
	appstreamcli validate --no-net packaging/linux/*.metainfo.xml
	desktop-file-validate packaging/linux/*.desktop
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/rapport.spec
	$(BIN)/python packaging/linux/stage.py
	$(BIN)/python packaging/smoke_test.py --staged dist/rapport-$(VERSION)-linux-$(shell uname -m)
	@du -sh dist/rapport

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
