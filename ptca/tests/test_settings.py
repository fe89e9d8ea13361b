"""Settings read from the environment, checked in a fresh interpreter each time."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PROBE = """
import json, django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
print(json.dumps({"engine": db["ENGINE"], "name": str(db["NAME"]), "host": db.get("HOST", ""),
  "port": db.get("PORT", ""), "user": db.get("USER", ""), "cache": settings.CACHES["default"]["BACKEND"],
  "debug": settings.DEBUG, "ssl_redirect": settings.SECURE_SSL_REDIRECT, "hsts": settings.SECURE_HSTS_SECONDS,
  "language": settings.LANGUAGE_CODE, "tz": settings.TIME_ZONE, "use_tz": settings.USE_TZ,
  "email": settings.EMAIL_DELIVERY_BACKEND, "outbox": settings.EMAIL_BACKEND}))
"""


def run_settings(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "DEBUG", "SECRET_KEY", "SECURE_HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        and not k.startswith("EMAIL_")
    }
    clean.update({"DJANGO_SETTINGS_MODULE": "ptca.settings", **env})
    return subprocess.run(
        [sys.executable, "-c", PROBE], cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=60
    )


def test_missing_secret_key_in_production_stops_with_one_clear_line():
    result = run_settings(DEBUG="0")
    assert result.returncode != 0
    lines = [line for line in result.stderr.strip().splitlines() if line]
    assert lines == ["Erreur de configuration : SECRET_KEY doit être défini quand DEBUG est désactivé."]


def test_debug_runs_without_secret_key_on_sqlite_under_var():
    result = run_settings(DEBUG="1")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"] == str(BASE_DIR / "var" / "db.sqlite3")
    assert values["debug"] is True
    assert values["ssl_redirect"] is False
    assert values["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"
    assert values["outbox"] == "post_office.EmailBackend"  # every e-mail goes through the durable outbox
    assert (values["language"], values["tz"], values["use_tz"]) == ("fr-fr", "Europe/Paris", True)


SMTP = "django.core.mail.backends.smtp.EmailBackend"


def test_database_url_selects_postgresql():
    result = run_settings(
        SECRET_KEY="x" * 60, EMAIL_BACKEND=SMTP, DATABASE_URL="postgres://ptca:secret@db.example.org:5433/portail"
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.postgresql"
    assert (values["name"], values["host"], values["port"], values["user"]) == (
        "portail",
        "db.example.org",
        5433,
        "ptca",
    )
    # Production defaults: HTTPS enforced.
    assert values["debug"] is False
    assert values["ssl_redirect"] is True
    assert values["hsts"] == 31536000


def test_redis_url_selects_the_shared_redis_cache():
    result = run_settings(SECRET_KEY="x" * 60, EMAIL_BACKEND=SMTP, REDIS_URL="redis://127.0.0.1:6379/1")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["cache"] == "django.core.cache.backends.redis.RedisCache"


@pytest.mark.parametrize(
    "backend,name",
    [
        ("", "console"),
        ("django.core.mail.backends.locmem.EmailBackend", "locmem"),
        ("django.core.mail.backends.dummy.EmailBackend", "dummy"),
    ],
)
def test_production_refuses_a_backend_that_sends_nothing_with_one_clear_line(backend, name):
    result = run_settings(SECRET_KEY="x" * 60, EMAIL_BACKEND=backend)
    assert result.returncode != 0
    lines = [line for line in result.stderr.strip().splitlines() if line]
    assert lines == [
        f"Erreur de configuration : EMAIL_BACKEND ({name}) n'envoie aucun courriel ; quand DEBUG est désactivé, "
        "indiquez un serveur SMTP ou mettez EMAIL_ALLOW_CONSOLE=1."
    ]


def test_production_accepts_smtp_or_the_console_when_explicitly_allowed():
    result = run_settings(SECRET_KEY="x" * 60, EMAIL_BACKEND=SMTP)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["email"] == SMTP
    result = run_settings(SECRET_KEY="x" * 60, EMAIL_ALLOW_CONSOLE="1")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["email"] == "django.core.mail.backends.console.EmailBackend"


def test_the_outbox_itself_is_refused_as_delivery_backend():
    result = run_settings(DEBUG="1", EMAIL_BACKEND="post_office.EmailBackend")
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "Erreur de configuration : EMAIL_BACKEND désigne le moyen d'envoi réel (par exemple SMTP), "
        "pas la file d'attente post_office."
    )


@pytest.mark.parametrize("value,expected", [("1", True), ("true", True), ("on", True), ("0", False), ("", False)])
def test_env_bool(monkeypatch, value, expected):
    from ptca.settings import env_bool

    monkeypatch.setenv("SOME_FLAG", value)
    assert env_bool("SOME_FLAG") is expected


def production_env(**extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "DEBUG",
            "SECURE_HTTPS",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "RATE_LIMIT_LOCAL_CACHE_OK",
        }
        and not k.startswith("EMAIL_")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="ptca.settings",
        EMAIL_BACKEND=SMTP,
        SECRET_KEY="k3y-" + "a1b2c3d4e5f6g7h8i9j0" * 3,
        ALLOWED_HOSTS="portail.example.org",
        CSRF_TRUSTED_ORIGINS="https://portail.example.org",
        # Production shares its cache (rate limits) between workers; `check` does not connect to it.
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    env.update(extra)
    return env


def test_check_deploy_is_clean_in_production_settings():
    env = production_env()
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
