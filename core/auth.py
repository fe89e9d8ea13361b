"""The portal's authentication backend: Django's, refusing demonstration accounts in production.

`make run` creates a demonstration coordinator whose password is published in the README. If that
database is ever served with DEBUG off (`make serve` uses the same SQLite file), the account must
not open: accounts flagged with `core.roles.mark_demo_account`, and any account whose password is
the published demo password, are refused when DEBUG is off, with the ordinary "wrong password"
answer (nothing tells an attacker the account exists).
"""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.utils.crypto import constant_time_compare

from core.roles import is_demo_account


def is_published_demo_password(password) -> bool:
    published = getattr(settings, "DEMO_COORDINATOR_PASSWORD", "")
    return bool(published) and constant_time_compare(str(password or ""), published)


class PortalModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if not settings.DEBUG and is_published_demo_password(password):
            return None
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None and not settings.DEBUG and is_demo_account(user):
            return None
        return user
