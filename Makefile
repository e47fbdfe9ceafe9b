# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test thorough install large bench ts dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The install compiles the translations (.ts -> .qm) through the build backend, .ci/packaging/consult_build.py.
# apsw-sqlite3mc installs the module "apsw" too: a plain apsw left from before is removed first, then it is put back whole.
$(STAMP): $(BIN)/python pyproject.toml .ci/packaging/consult_build.py $(wildcard resources/translations/*.ts)
	if $(BIN)/python -m pip show --quiet apsw >/dev/null 2>&1; then \
	  $(BIN)/python -m pip uninstall --quiet -y apsw && $(BIN)/python -m pip install --quiet --force-reinstall --no-deps "apsw-sqlite3mc>=3.54"; fi
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Refresh the .ts files from the sources (new strings appear unfinished: translate them in Qt Linguist).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete consult_app/ui/*.py consult_app/ui/commands/*.py -ts resources/translations/consult_fr.ts resources/translations/consult_es.ts

install: $(STAMP)

# On Linux the app first checks that Qt's system libraries are there, and if not prints
# the one apt-get (or dnf) command that installs them (consult_app/platform_check.py).
run: $(STAMP)
	$(BIN)/consult-app

# Lint and layout first (ruff: pyflakes, pycodestyle, sorted imports; `ruff format` lays the code out), then every test on two workers.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2

# The same suite with the random and crash tests at full strength (500 hostile documents, 400 packets, 58 + 26 kills).
thorough: $(STAMP)
	QT_QPA_PLATFORM=offscreen CONSULT_THOROUGH=1 $(BIN)/python -m pytest -q -n 2

# The ministry-sized workspace of the scale benchmark (about 480 MB, a minute to make), opened in the app.
large: $(STAMP)
	test -f bench/large.consult || $(BIN)/python bench/generate.py large
	$(BIN)/consult-app bench/large.consult

# Every benchmark, with the options of the figures the README quotes (an hour or more on 2 cores).
bench: $(STAMP)
	$(BIN)/python bench/tracker_bench.py
	$(BIN)/python bench/packet_bench.py
	$(BIN)/python bench/scale_bench.py
	$(if $(wildcard bench/large.consult),QT_QPA_PLATFORM=offscreen $(BIN)/python bench/dashboard_bench.py bench/large.consult)
	$(BIN)/python bench/hostile_bench.py $(if $(wildcard bench/large.consult),--large bench/large.consult)
	$(BIN)/python bench/crypt_bench.py
	$(if $(wildcard bench/large.consult),$(BIN)/python bench/open_check_bench.py --large bench/large.consult)
	$(BIN)/python bench/startup_bench.py
	$(BIN)/python bench/packet_fuzz.py
	$(BIN)/python bench/crash_exchange.py --trials 300
	$(BIN)/python bench/crash_import_cli.py --trials 80 --encrypted
	$(BIN)/python bench/crash.py --trials 1000

# The standalone build (PyInstaller, one folder with its own Python and Qt), a .tar.gz of it on
# Linux, then the test that runs it from another folder with an empty home.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	rm -rf dist/consult dist/consult-*.tar.gz
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller .ci/packaging/consult.spec
	if [ "$$(uname -s)" = Linux ]; then \
	  tar -C dist -czf dist/consult-$$($(BIN)/python -c 'import consult_app; print(consult_app.__version__)')-linux-$$(uname -m).tar.gz consult; fi
	CONSULT_DIST_BUILT=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/test_packaging.py -k standalone
	du -sh dist/consult dist/*.tar.gz

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
