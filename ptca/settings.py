"""Settings of the PTCA portal, all read from the environment in this one place.

Every variable is listed with its default in README.md (section "Configuration").
Production is the default: DEBUG is off unless set, and SECRET_KEY is then required.
"""

import datetime
import os
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "oui"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "insecure-development-key-only-used-when-DEBUG-is-on"
    else:
        sys.exit("Erreur de configuration : SECRET_KEY doit être défini quand DEBUG est désactivé.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Public address of the portal, printed on shared sheets and used in iCalendar UIDs.
SITE_URL = os.environ.get("SITE_URL", "http://localhost:8000").rstrip("/")
SITE_NAME = "Portail numérique libre et associations"
# Optional public repository of the code, shown on the legal page next to the archive the portal
# serves itself (/code-source.tar.gz, the AGPL's offer of the source: see ptca/source.py).
SOURCE_CODE_URL = os.environ.get("SOURCE_CODE_URL", "").strip()

INSTALLED_APPS = [
    # First, so that its management commands (createsuperuser with the coordinators' password rule)
    # take precedence over Django's.
    "core",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django.contrib.postgres",
    "django_filters",
    "taggit",
    "axes",
    "auditlog",
    "csp",
    "post_office",
    "ptca",
    "tools_catalog",
    "actors",
    "trainings",
    "surveys",
    "accompaniments",
    "campaigns",
    "equipment",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    # Signed-in sessions expire after SESSION_IDLE_TIMEOUT without activity (sliding).
    "core.middleware.SessionIdleMiddleware",
    # Last, so that a lock-out answers before any view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ptca.urls"
WSGI_APPLICATION = "ptca.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.portal",
            ],
            "builtins": ["core.templatetags.portal"],
            "libraries": {"companion": "ptca.companion.templatetags.companion"},
        },
    },
]

# Forms render through our components (label, help, aria-describedby, inline errors).
FORM_RENDERER = "core.forms.PortalFormRenderer"

# Database: SQLite file under var/ by default (the embedded default), PostgreSQL via DATABASE_URL.
DEFAULT_SQLITE_PATH = BASE_DIR / "var" / "db.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several requests may write at once (registrations, survey answers): wait for the lock
    # instead of failing, and use WAL so readers are not blocked.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache, shared by every app server when REDIS_URL is set (sessions, rate limits, lock-outs).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ptca",
        }
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 10000}}
    }
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Rate limits and the per-username login cap count in this cache: with several workers or app
# servers it must be shared (Redis). `check --deploy` warns otherwise (core/checks.py), unless the
# operator says one single-process server is all there is.
RATE_LIMIT_LOCAL_CACHE_OK = env_bool("RATE_LIMIT_LOCAL_CACHE_OK")

# Sessions: a signed-in session ends after 8 hours without activity (the expiry slides, see
# core.middleware.SessionIdleMiddleware); "Se souvenir de moi" on the login form keeps it 2 weeks.
SESSION_IDLE_TIMEOUT = env_int("SESSION_IDLE_TIMEOUT", 8 * 3600)
SESSION_REMEMBER_ME_AGE = env_int("SESSION_REMEMBER_ME_AGE", 14 * 24 * 3600)
SESSION_COOKIE_AGE = SESSION_IDLE_TIMEOUT

# Typo corrections of every search box (tools_catalog/words.py): "auto" and "rapidfuzz" compare in
# memory with RapidFuzz on every database; "trigram" asks PostgreSQL's pg_trgm (docs/benchmarks.md).
CATALOGUE_TYPO_BACKEND = os.environ.get("CATALOGUE_TYPO_BACKEND", "auto")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Coordinators and staff: 12 characters at least (password change and reset, admin, createsuperuser).
    {"NAME": "core.passwords.CoordinatorMinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # The per-username cap (ptca/accounts.py), on every login form including the admin's.
    "ptca.accounts.UsernameLockoutBackend",
    # Django's, refusing demo accounts when DEBUG is off (core/auth.py).
    "core.auth.PortalModelBackend",
]
LOGIN_URL = "login"
# Advisors land on their follow-ups ("Mon espace"), everyone else on the home page.
LOGIN_REDIRECT_URL = "after_login"  # ptca/coordination.py: coordinators, advisors, others
LOGOUT_REDIRECT_URL = "home"

# Brute-force protection (django-axes): lock a username from one address after 5 failures.
# django-axes has one threshold for all its lock-out parameters, so the higher per-username cap
# (any address) and the per-address cap (any username) are counted by core.ratelimit in
# ptca/accounts.py: LOGIN_USERNAME_FAILURE_LIMIT and LOGIN_CLIENT_FAILURE_LIMIT per hour.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
LOGIN_USERNAME_FAILURE_LIMIT = env_int("LOGIN_USERNAME_FAILURE_LIMIT", 20)
LOGIN_CLIENT_FAILURE_LIMIT = env_int("LOGIN_CLIENT_FAILURE_LIMIT", 50)
# Password reset requests allowed per hour, per client and per e-mail address (hashed keys).
PASSWORD_RESET_RATE_LIMIT = (env_int("PASSWORD_RESET_CLIENT_LIMIT", 5), env_int("PASSWORD_RESET_ADDRESS_LIMIT", 3))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "ptca.accounts.axes_username"
AXES_VERBOSE = False
# Behind PROXY_COUNT reverse proxies, the client address is the one the nearest trusted proxy saw
# in X-Forwarded-For (core/clientip.py): one helper for lock-outs, rate limits and logs.
PROXY_COUNT = env_int("PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "core.clientip.axes_client_ip"

# Edit history (django-auditlog): who changed what and when, never a client address (auditlog
# would take the first, client-written X-Forwarded-For entry; and an address is personal data).
AUDITLOG_DISABLE_REMOTE_ADDR = True

LANGUAGE_CODE = "fr-fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 31536000 if not DEBUG else 0

# E-mail: every message goes through the durable outbox (django-post-office, core/mail.py): Django's
# EMAIL_BACKEND queues it in the database, in the transaction that causes it; the worker
# (`manage.py mail_worker`) delivers it through EMAIL_DELIVERY_BACKEND, the real one (console by
# default, SMTP in production), with retries.
EMAIL_BACKEND = "post_office.EmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get("EMAIL_BACKEND", "").strip() or "django.core.mail.backends.console.EmailBackend"
if EMAIL_DELIVERY_BACKEND.startswith("post_office"):
    sys.exit(
        "Erreur de configuration : EMAIL_BACKEND désigne le moyen d'envoi réel (par exemple SMTP), "
        "pas la file d'attente post_office."
    )
# Backends that deliver nothing: refused in production unless the operator says so explicitly.
NON_DELIVERING_EMAIL_BACKENDS = {
    f"django.core.mail.backends.{name}.EmailBackend": name for name in ("console", "locmem", "dummy", "filebased")
}
EMAIL_ALLOW_CONSOLE = env_bool("EMAIL_ALLOW_CONSOLE")
if not DEBUG and not EMAIL_ALLOW_CONSOLE and EMAIL_DELIVERY_BACKEND in NON_DELIVERING_EMAIL_BACKENDS:
    sys.exit(
        f"Erreur de configuration : EMAIL_BACKEND ({NON_DELIVERING_EMAIL_BACKENDS[EMAIL_DELIVERY_BACKEND]}) "
        "n'envoie aucun courriel ; quand DEBUG est désactivé, indiquez un serveur SMTP ou mettez EMAIL_ALLOW_CONSOLE=1."
    )
# Deliver right after the commit, in the request (development: `make run` needs no worker).
EMAIL_DELIVER_ON_COMMIT = env_bool("EMAIL_DELIVER_ON_COMMIT", DEBUG)
# The worker (`manage.py mail_worker`): seconds between two passes, and days sent or failed
# messages stay visible in the outbox before the daily purge.
EMAIL_WORKER_INTERVAL = env_int("EMAIL_WORKER_INTERVAL", 5)
EMAIL_RETENTION_DAYS = env_int("EMAIL_RETENTION_DAYS", 30)
# Seconds before a silent mail server counts as a failure (retried later) instead of blocking the worker.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
POST_OFFICE = {
    "BACKENDS": {"default": EMAIL_DELIVERY_BACKEND},
    "DEFAULT_PRIORITY": "medium",
    "MAX_RETRIES": env_int("EMAIL_MAX_RETRIES", 8),
    "RETRY_INTERVAL": datetime.timedelta(minutes=1),  # doubled at each retry by core/mail.py
    "LOG_LEVEL": 1,  # failures only: a sent message needs no log line
    "MESSAGE_ID_ENABLED": True,
}
MEDIA_ROOT = BASE_DIR / "var" / "media"  # post-office keeps attachments (.ics) here until purged
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Portail PTCA <ne-pas-repondre@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# HTTPS and security headers. SECURE_HTTPS is on in production; switch it off only for a
# plain-HTTP local run (make serve).
SECURE_HTTPS = env_bool("SECURE_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = SECURE_HTTPS
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000) if SECURE_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HTTPS
SECURE_HSTS_PRELOAD = SECURE_HTTPS
if env_bool("BEHIND_PROXY", default=not DEBUG):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^sante/$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "ptca.views.csrf_failure"

# Map tiles are the only resource a visitor's browser fetches from elsewhere, and only on
# the pages with a map (an enhancement: lists work without it).
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ORIGIN = os.environ.get("MAP_TILE_ORIGIN", "https://tile.openstreetmap.org")

# Content-Security-Policy (django-csp): nothing from third-party origins, no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", MAP_TILE_ORIGIN],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Uploads and forms: refuse oversized bodies early (a French 400 page answers).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": sys.stdout, "formatter": "plain"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "axes": {"level": "WARNING"},
    },
}

# Demo accounts, created by `manage.py demo_data` in DEBUG only (it refuses to run otherwise).
DEMO_COORDINATOR_USERNAME = "coordination"
DEMO_COORDINATOR_PASSWORD = "demo-ptca-37"
DEMO_ADVISOR_USERNAME = "conseiller"
DEMO_ADVISOR_PASSWORD = "demo-conseil-37"

# Field survey: submissions allowed per client (hashed key in the cache) and per window in seconds.
SURVEYS_RATE_LIMIT = (env_int("SURVEYS_RATE_LIMIT", 20), env_int("SURVEYS_RATE_LIMIT_WINDOW", 3600))

# How long registrations of past sessions are kept before anonymisation (trainings).
REGISTRATION_RETENTION_MONTHS = env_int("REGISTRATION_RETENTION_MONTHS", 12)

# Public training registrations (double opt-in): a request holds a place this many minutes, until
# its e-mailed link confirms it; requests allowed per client and per session, as (limit, seconds);
# e-mails public requests may send to one address per day (hashed key in the cache).
REGISTRATION_HOLD_MINUTES = env_int("REGISTRATION_HOLD_MINUTES", 30)
REGISTRATION_RATE_LIMIT = (env_int("REGISTRATION_RATE_LIMIT", 20), env_int("REGISTRATION_RATE_LIMIT_WINDOW", 3600))
REGISTRATION_SESSION_RATE_LIMIT = (
    env_int("REGISTRATION_SESSION_RATE_LIMIT", 60),
    env_int("REGISTRATION_SESSION_RATE_LIMIT_WINDOW", 3600),
)
REGISTRATION_EMAILS_PER_ADDRESS = env_int("REGISTRATION_EMAILS_PER_ADDRESS", 5)
# Around each session (trainings.services.session_emails_send, run by mail_worker): the reminder goes
# this many days before; the follow-up (resources, feedback link) to sessions ended within the last
# N days; the anonymous feedback questionnaire stays open N days after the session, with answers per
# client and window (limit, seconds).
TRAININGS_REMINDER_DAYS = env_int("TRAININGS_REMINDER_DAYS", 2)
TRAININGS_FOLLOWUP_WITHIN_DAYS = env_int("TRAININGS_FOLLOWUP_WITHIN_DAYS", 7)
TRAININGS_FEEDBACK_OPEN_DAYS = env_int("TRAININGS_FEEDBACK_OPEN_DAYS", 60)
TRAININGS_FEEDBACK_RATE_LIMIT = (
    env_int("TRAININGS_FEEDBACK_RATE_LIMIT", 10),
    env_int("TRAININGS_FEEDBACK_RATE_LIMIT_WINDOW", 3600),
)
# Successful logins (django-axes's access log: username, address, browser) are deleted after this
# many days by `manage.py purge_security_logs` (failed attempts expire after AXES_COOLOFF_TIME).
ACCESS_LOG_RETENTION_DAYS = env_int("ACCESS_LOG_RETENTION_DAYS", 180)
# How long closed follow-ups keep the association's name, RNA and notes before `purge_followups`.
FOLLOWUP_RETENTION_MONTHS = env_int("FOLLOWUP_RETENTION_MONTHS", 24)
# The optional reply e-mail of an error report (actors and catalogue) is erased when a coordinator
# handles the report, or this many days after it was sent if nobody has (a daily job of mail_worker).
REPORT_EMAIL_RETENTION_DAYS = env_int("REPORT_EMAIL_RETENTION_DAYS", 180)
