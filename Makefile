# OGP Local Directory. `make run` serves the site with demo content; `make test` runs
# the whole suite. Both work from a fresh clone on a machine with Python 3.11 and make.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
DEV_ENV := DEBUG=true

.PHONY: install run serve bench fuzz backup restore test lint format messages migrations-check chromium test-tools clean

$(INSTALLED): requirements.txt requirements-dev.txt
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(INSTALLED)

install: $(INSTALLED)

run: install
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py load_demo_content
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv -v 0
	$(DEV_ENV) $(BIN)/python manage.py ensure_local_admin
	@echo "Serving on http://$(HOST):$(PORT)/ (English: /en/, Spanish: /es/). Ctrl-C stops."
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production-like: DEBUG off, hashed and compressed static files served by whitenoise,
# gunicorn workers (WEB_CONCURRENCY), persistent database connections, plain http on
# 127.0.0.1 unless HTTPS=true (then it redirects to https and sets HSTS). Uses
# DATABASE_URL, CACHE_URL and SECRET_KEY from the environment; without SECRET_KEY a
# random one is made for this run only (sessions then end when it stops).
SERVE_ENV := DEBUG=false HTTPS=$${HTTPS:-false} CONN_MAX_AGE=$${CONN_MAX_AGE:-60} \
	SECRET_KEY="$${SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')}"

serve: install
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv -v 0
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput -v 0
	@echo "Serving (production-like) on http://$${BIND:-127.0.0.1:8000}/ — /healthz, /readyz."
	$(SERVE_ENV) $(BIN)/gunicorn ogplocal.wsgi -c gunicorn.conf.py

# The benchmark (bench/run.py): PostgreSQL on 127.0.0.1:5432 with the scale data,
# `make serve`, wrk on loopback; writes bench/results.md. About twelve minutes.
bench: install
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# schemathesis against the API's own schema, on the production-like server with a
# scratch PostgreSQL database (FUZZ_DATABASE, default ogplocal_fuzz). About a minute.
fuzz: install
	scripts/fuzz_api.sh

# Backups go to backups/ (XML with natural keys; pg_dump too on PostgreSQL).
# Restore with: make restore FILE=backups/ogplocal-….xml.gz (or ….dump)
backup: install
	$(DEV_ENV) $(BIN)/python manage.py backup

restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/<file>"; exit 2; }
	$(DEV_ENV) $(BIN)/python manage.py restore "$(FILE)"

# Browser tests drive Debian's chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null || { \
	  echo "Installing Debian's chromium for the browser tests…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# What the tests need besides Python: chromium, and Debian's faketime (libfaketime
# moves the clock of `make serve` across midnight in tests/servers).
test-tools: chromium
	@command -v faketime >/dev/null || { \
	  echo "Installing Debian's faketime for the server tests…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null; }

test: install test-tools
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv -v 0
	$(BIN)/pytest -n auto --dist loadgroup

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the catalogue from the code; tests fail on untranslated or fuzzy entries.
messages: install
	$(DEV_ENV) $(BIN)/python manage.py makemessages -l es --ignore=.venv --ignore=staticfiles --no-obsolete -v 0

migrations-check: install
	$(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache
