"""Settings for benchmarks: production settings, plus a minimal view to compare every page with."""

import os
import warnings

os.environ.setdefault("SECRET_KEY", "bench-secret-key-not-for-production")
os.environ.setdefault("SECURE_HTTPS", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("EMAIL_ALLOW_CONSOLE", "1")  # no mail server for benchmarks

from ptca.settings import *  # noqa: E402,F403
from ptca.settings import LOGGING, STORAGES  # noqa: E402

warnings.filterwarnings("ignore", message="No directory at")

ROOT_URLCONF = "bench.urls"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
LOGGING["root"]["level"] = "WARNING"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
