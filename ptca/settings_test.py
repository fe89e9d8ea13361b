"""Settings for the test suite: the production settings with test-friendly values.

DATABASE_URL still selects the database, so `make test` runs on SQLite by default and on
PostgreSQL when DATABASE_URL is set.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("SECURE_HTTPS", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# Tests deliver to Django's test mailbox (locmem), a backend refused in production unless allowed.
os.environ.setdefault("EMAIL_ALLOW_CONSOLE", "1")

from ptca.settings import *  # noqa: E402,F403
from ptca.settings import CACHES, POST_OFFICE, STORAGES, TEMPLATES  # noqa: E402


class InvalidTemplateVariable(str):
    """Make templates strict: an unknown variable fails the test that renders it."""

    def __mod__(self, other):
        from django.template.base import TemplateSyntaxError

        raise TemplateSyntaxError(f"Variable de gabarit inconnue : {other!r}")


TEMPLATES[0]["OPTIONS"]["string_if_invalid"] = InvalidTemplateVariable("%s")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
POST_OFFICE = {**POST_OFFICE, "BACKENDS": {"default": EMAIL_DELIVERY_BACKEND}}
# Tests deliver the outbox explicitly (core.mail.deliver_queued, or core.testing.delivered_mail()).
EMAIL_DELIVER_ON_COMMIT = False
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
if "redis" not in CACHES["default"]["BACKEND"].lower():
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
SITE_URL = "http://testserver"
