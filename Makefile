# On a fresh machine with Python >= 3.11 and make:
#   make run    set up .venv, then start the web app and APIs on the shipped model (prints the URL)
#   make test   set up .venv (and Debian's chromium and PostgreSQL for the browser and database tests), then run
#               the whole test suite
#   make test-fast   the everyday run: every test but those marked slow (processes, server, browser, bench)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

HOST ?= 127.0.0.1
PORT ?= 7860
DB ?= dialogan.db

.PHONY: setup run test test-fast browser postgres
setup: $(VENV)/.installed

# The exact versions (torch included) come from constraints.txt; pyproject.toml holds the ranges.
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $@

run: setup
	$(VENV)/bin/dialogan serve --host $(HOST) --port $(PORT) --db $(DB)

# The browser test drives Debian's chromium (Playwright cannot download browsers offline).
browser:
	test -x /usr/bin/chromium || (apt-get update -q && apt-get install -y -q chromium)

# The PostgreSQL tests start their own server from Debian's package in a temporary folder.
postgres:
	command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
		|| (apt-get update -q && apt-get install -y -q postgresql)

test: setup browser postgres
	$(PY) -m pytest tests

test-fast: setup
	$(PY) -m pytest tests -m "not slow"
