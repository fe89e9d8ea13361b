"""ASGI entry point (not used in production: the portal runs on gunicorn/WSGI)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ptca.settings")

application = get_asgi_application()
