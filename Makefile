# The two commands of the README, and the evaluation gate.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup demo workbench lint test eval bench clean

$(BIN)/newsledger: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	# the editable install leaves our sources uncompiled: compile them once, so a start reads .pyc files
	# even where PYTHONDONTWRITEBYTECODE keeps Python from writing them
	$(BIN)/python -m compileall -q src
	touch $@

setup: $(BIN)/newsledger

demo: setup
	$(BIN)/newsledger run examples/pages -o report.html

# The example pages in a kept ledger, then the workbench on it: open http://127.0.0.1:$(PORT)/
PORT ?= 8000
workbench.db: $(BIN)/newsledger $(wildcard examples/pages/*)
	rm -f $@ $@-wal $@-shm
	$(BIN)/newsledger run examples/pages -o report.html --db $@

workbench: workbench.db
	$(BIN)/newsledger serve --db workbench.db --port $(PORT)

# Static checks on src/ (configured in pyproject.toml): ruff's lint rules (not its formatter), mypy.
lint: setup
	$(BIN)/ruff check src
	$(BIN)/mypy

test: setup lint
	$(BIN)/python -m pytest

eval: setup
	$(BIN)/python -m evaluation --check

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info report.html report.md workbench.db workbench.db-wal workbench.db-shm
