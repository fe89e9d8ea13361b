"""Django's createsuperuser, with the coordinators' password rule (12 characters at least).

Django validates the password it prompts for against an account that is not yet a superuser, and
does not validate DJANGO_SUPERUSER_PASSWORD at all (--noinput): both go through the rule here.
"""

import os

from django.contrib.auth.management.commands import createsuperuser
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from core.passwords import creating_staff_account


class Command(createsuperuser.Command):
    def handle(self, *args, **options):
        with creating_staff_account():
            password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
            if not options.get("interactive") and password is not None:
                try:
                    validate_password(password, self.UserModel(is_staff=True, is_superuser=True))
                except ValidationError as error:
                    raise CommandError(" ".join(error.messages)) from error
            return super().handle(*args, **options)
