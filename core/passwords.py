"""Password rule for coordinators and staff: 12 characters at least.

Django's MinimumLengthValidator keeps 8 characters for advisors. This validator adds the longer
minimum for accounts that can change the portal's content: staff, superusers and members of the
"Coordinateurs" group. Django calls it wherever a password is chosen (password change and reset,
the admin's password forms) with the account; `createsuperuser` (core/management/commands) builds
an account that is not yet flagged, so it runs inside `creating_staff_account()`.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import ValidationError

from core.roles import is_coordinator

_creating_staff = ContextVar("ptca_creating_staff_account", default=False)


@contextmanager
def creating_staff_account():
    """Passwords validated inside this block are for a staff account (createsuperuser)."""
    token = _creating_staff.set(True)
    try:
        yield
    finally:
        _creating_staff.reset(token)


def is_privileged(user) -> bool:
    if _creating_staff.get():
        return True
    if user is None:
        return False
    if getattr(user, "is_staff", False) or getattr(user, "is_superuser", False):
        return True
    return bool(getattr(user, "pk", None)) and is_coordinator(user)


class CoordinatorMinimumLengthValidator:
    def __init__(self, min_length=12):
        self.min_length = min_length

    def validate(self, password, user=None):
        if len(password) < self.min_length and is_privileged(user):
            raise ValidationError(
                f"Pour un compte de coordination, le mot de passe doit contenir au moins {self.min_length} caractères.",
                code="password_too_short_for_coordinators",
                params={"min_length": self.min_length},
            )

    def get_help_text(self):
        return f"Pour un compte de coordination : au moins {self.min_length} caractères."
