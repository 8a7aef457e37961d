# Two commands for a fresh machine with Python >= 3.11 and make:
#   make run    set up .venv, then make and show a sample of the shapes world
#   make test   set up .venv, then run the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup run test
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[test]'
	touch $@

run: setup
	$(VENV)/bin/dialogan data make --out out/sample --dialogues 20 --seed 0 --size 64
	$(VENV)/bin/dialogan data show out/sample

test: setup
	$(PY) -m pytest tests
