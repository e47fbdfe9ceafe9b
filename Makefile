# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install large bench ts clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml $(wildcard resources/translations/*.ts)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/pyside6-lrelease -silent resources/translations/consult_fr.ts resources/translations/consult_es.ts
	touch $(STAMP)

# Refresh the .ts files from the sources (new strings appear unfinished: translate them in Qt Linguist).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete consult_app/ui/*.py -ts resources/translations/consult_fr.ts resources/translations/consult_es.ts

install: $(STAMP)

run: $(STAMP)
	$(BIN)/consult-app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The ministry-sized workspace of the scale benchmark (about 480 MB, a minute to make), opened in the app.
large: $(STAMP)
	test -f bench/large.consult || $(BIN)/python bench/generate.py large
	$(BIN)/consult-app bench/large.consult

# Every benchmark; figures for the README's Performance section.
bench: $(STAMP)
	$(BIN)/python bench/tracker_bench.py
	$(BIN)/python bench/packet_bench.py
	$(BIN)/python bench/scale_bench.py
	$(BIN)/python bench/hostile_bench.py $(if $(wildcard bench/large.consult),--large bench/large.consult)
	$(BIN)/python bench/crash.py --trials 1000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
