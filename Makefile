# Portail numérique libre et associations. `make run` and `make test` are the two commands.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test serve lint fix audit superuser demo migrate bench loadtest clean help

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

var:
	mkdir -p var

migrate: $(VENV)/.installed var ## Apply database migrations
	DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --no-input

demo: migrate ## Load the demo content (idempotent)
	DEBUG=$${DEBUG:-1} $(PY) manage.py demo_data

run: demo ## Set up and run the portal on SQLite with demo content (DEBUG)
	@echo "Portail : http://$(HOST):$(PORT)/"
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-dev ## Run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(VENV)/bin/pytest -n 2 --create-db $(PYTEST_ARGS)

serve: $(VENV)/.installed var ## Production-like: gunicorn + whitenoise on plain HTTP, same database
	SECRET_KEY=$${SECRET_KEY:-local-serve-key-not-for-production} SECURE_HTTPS=$${SECURE_HTTPS:-0} \
	  ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} $(PY) manage.py collectstatic --no-input -v 0
	SECRET_KEY=$${SECRET_KEY:-local-serve-key-not-for-production} SECURE_HTTPS=$${SECURE_HTTPS:-0} \
	  ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} $(PY) manage.py migrate --no-input
	SECRET_KEY=$${SECRET_KEY:-local-serve-key-not-for-production} SECURE_HTTPS=$${SECURE_HTTPS:-0} \
	  ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} GUNICORN_BIND=$(HOST):$(PORT) \
	  $(VENV)/bin/gunicorn -c gunicorn.conf.py ptca.wsgi

lint: $(VENV)/.installed-dev ## Lint and check formatting (ruff)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

audit: $(VENV)/.installed-dev ## Known vulnerabilities in the pinned requirements (pip-audit; skipped if PyPI's API is unreachable)
	PY=$(PY) bash .ci/audit

fix: $(VENV)/.installed-dev ## Fix what ruff can fix, and format
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

superuser: migrate ## Create an administrator account
	$(PY) manage.py createsuperuser

bench: $(VENV)/.installed-dev ## Benchmarks: large generated data, server time per page vs a minimal view
	$(PY) -m bench $(BENCH_ARGS)

loadtest: $(VENV)/.installed-dev ## Two gunicorn instances, PostgreSQL and Redis under load, with a database restart
	$(PY) -m loadtest

clean: ## Remove the virtualenv, the SQLite database and collected static files
	rm -rf $(VENV) var staticfiles
