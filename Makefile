# Portail numérique libre et associations. `make run` and `make test` are the two commands.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test test-fast serve mailworker lint fix audit superuser seed demo migrate bench loadtest clean help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

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

seed: migrate ## Load the shipped content: creates what is missing, never overwrites (the production step)
	DEBUG=$${DEBUG:-1} $(PY) manage.py seed_content

demo: migrate ## Shipped content, then fictional sessions, survey answers and the demo accounts (DEBUG only)
	DEBUG=1 $(PY) manage.py demo_data

run: demo ## Set up and run the portal on SQLite with the shipped content and demo data (DEBUG)
	@echo "Portail : http://$(HOST):$(PORT)/"
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-dev ## Run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(VENV)/bin/pytest -n 2 --create-db $(PYTEST_ARGS)

test-fast: $(VENV)/.installed-dev ## Everything but the browser tests, reusing the test database (add PYTEST_ARGS=--create-db after a migration)
	$(VENV)/bin/pytest -n 2 -m "not browser" $(PYTEST_ARGS)

# make serve: production settings on plain HTTP, with the console e-mail backend allowed unless
# EMAIL_BACKEND names a real server (both overridable from the environment).
SERVE_ENV = SECRET_KEY=$${SECRET_KEY:-local-serve-key-not-for-production} SECURE_HTTPS=$${SECURE_HTTPS:-0} \
  ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} EMAIL_ALLOW_CONSOLE=$${EMAIL_ALLOW_CONSOLE:-1}

serve: $(VENV)/.installed var ## Production-like: gunicorn + the e-mail worker (Ctrl-C stops both), whitenoise, plain HTTP
	$(SERVE_ENV) $(PY) manage.py collectstatic --no-input -v 0
	$(SERVE_ENV) $(PY) manage.py migrate --no-input
	@export $(SERVE_ENV) GUNICORN_BIND=$(HOST):$(PORT); \
	$(PY) manage.py mail_worker & worker=$$!; \
	$(VENV)/bin/gunicorn -c gunicorn.conf.py ptca.wsgi & web=$$!; \
	trap 'kill -TERM $$worker $$web 2>/dev/null' INT TERM; \
	while kill -0 $$worker 2>/dev/null && kill -0 $$web 2>/dev/null; do sleep 1; done; \
	kill -TERM $$worker $$web 2>/dev/null; wait $$web; web_status=$$?; wait $$worker; worker_status=$$?; \
	case $$worker_status in 0|130|143) worker_status=0;; \
	  *) echo "Le service d'envoi des courriels s'est arrêté (code $$worker_status) : gunicorn aussi." >&2;; esac; \
	[ $$web_status -eq 0 ] && [ $$worker_status -eq 0 ]

mailworker: migrate ## Deliver queued e-mails in a loop (what make serve runs next to gunicorn)
	DEBUG=$${DEBUG:-1} $(PY) manage.py mail_worker

lint: $(VENV)/.installed-dev ## Lint, check formatting (ruff) and the direction of imports between packages (import-linter)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

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
	rm -rf $(VENV) var staticfiles .import_linter_cache
