"""Login form and the username django-axes records for failed logins."""

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator

USERNAME_MAX_LENGTH = 150


class LoginForm(AuthenticationForm):
    """Django's form sets the username's max_length but does not validate it on the server."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].validators.append(
            MaxLengthValidator(USERNAME_MAX_LENGTH, f"Un identifiant compte au plus {USERNAME_MAX_LENGTH} caractères.")
        )


def axes_username(request, credentials):
    """The username as typed, cut to what the lock-out table can hold."""
    field = settings.AXES_USERNAME_FORM_FIELD
    username = (credentials or {}).get(field) or request.POST.get(field, "")
    return str(username)[:USERNAME_MAX_LENGTH]
