"""Accounts: the login form and its lock-outs, "Se souvenir de moi", a throttled password reset.

Lock-outs, each for an hour, each answered by the same French 429 page (registration/lockout.html):

- django-axes: AXES_FAILURE_LIMIT (5) failures for one username from one client address, the
  address being the one `core.clientip` reads behind PROXY_COUNT proxies (AXES_CLIENT_IP_CALLABLE);
- LOGIN_USERNAME_FAILURE_LIMIT (20) failures for one username from any address, so that an
  attacker rotating addresses cannot guess a password either;
- LOGIN_CLIENT_FAILURE_LIMIT (50) failures from one address for any usernames (password spraying).

django-axes has one threshold for all its lock-out parameters, so the two last are counted by
`core.ratelimit` (keys are hashes, never a username or an address) in `count_login_failure` and
enforced by `UsernameLockoutBackend` before any password is checked, on every login form,
the admin's included. Unknown usernames are counted like real ones: a lock-out never tells
whether an account exists. A successful password reset lifts the lock-outs of that account.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView, PasswordResetConfirmView, PasswordResetView
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxLengthValidator
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from core.clientip import client_key
from core.ratelimit import RateLimit

USERNAME_MAX_LENGTH = 150
LOCKOUT_WINDOW = 3600  # seconds, as AXES_COOLOFF_TIME
RESET_WINDOW = 3600
_CHECKED = "_ptca_login_password_checked"


class LoginForm(AuthenticationForm):
    """Django's form sets the username's max_length but does not validate it on the server."""

    remember_me = forms.BooleanField(label="Se souvenir de moi sur cet appareil", required=False)

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["remember_me"].help_text = (
            f"Vous restez connecté {settings.SESSION_REMEMBER_ME_AGE // 86400} jours. Sans cette case, la session "
            f"se ferme après {settings.SESSION_IDLE_TIMEOUT // 3600} heures sans activité. "
            "Ne la cochez pas sur un ordinateur partagé."
        )
        self.fields["username"].validators.append(
            MaxLengthValidator(USERNAME_MAX_LENGTH, f"Un identifiant compte au plus {USERNAME_MAX_LENGTH} caractères.")
        )


def axes_username(request, credentials):
    """The username as typed, cut to what the lock-out table can hold."""
    field = settings.AXES_USERNAME_FORM_FIELD
    username = (credentials or {}).get(field) or request.POST.get(field, "")
    return str(username)[:USERNAME_MAX_LENGTH]


# Lock-outs beyond django-axes ------------------------------------------------------------------


def username_key(username) -> str:
    """A keyed hash of the username as people type it (case and spaces do not matter)."""
    normalised = str(username or "").strip().lower()[:USERNAME_MAX_LENGTH]
    return salted_hmac("ptca.login.username", normalised).hexdigest()[:32]


def _login_limits(request, username):
    return [
        (
            RateLimit("accounts.login.username", limit=settings.LOGIN_USERNAME_FAILURE_LIMIT, window=LOCKOUT_WINDOW),
            username_key(username),
        ),
        (
            RateLimit("accounts.login.client", limit=settings.LOGIN_CLIENT_FAILURE_LIMIT, window=LOCKOUT_WINDOW),
            client_key(request, "accounts.login"),
        ),
    ]


def _lock_out(request, username):
    """Answer with the lock-out page (django-axes's middleware renders it for flagged requests)."""
    request.axes_locked_out = True
    request.axes_credentials = {settings.AXES_USERNAME_FORM_FIELD: str(username or "")[:USERNAME_MAX_LENGTH]}


class UsernameLockoutBackend:
    """Refuses a login while its username or its client address is locked out; logs nobody in.

    No `get_user`: it never holds a session (and the test client's force_login skips it).
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None or username is None:
            return None
        if any(not limit.allowed(key) for limit, key in _login_limits(request, username)):
            _lock_out(request, username)
            raise PermissionDenied("trop d'échecs de connexion")
        setattr(request, _CHECKED, True)  # the next backend checks the password: a failure counts
        return None


def count_login_failure(sender, credentials, request=None, **kwargs):
    """user_login_failed: count a wrong password (not a refused locked-out attempt) per username and address."""
    if request is None or not getattr(request, _CHECKED, False):
        return
    username = (credentials or {}).get("username", "")
    for limit, key in _login_limits(request, username):
        limit.hit(key)
        if limit.count(key) >= limit.limit:
            _lock_out(request, username)


def unlock_username(username):
    """Lift the lock-outs of an account (after its owner proved it by resetting the password)."""
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.reset_attempts(username=username)
    RateLimit("accounts.login.username", limit=settings.LOGIN_USERNAME_FAILURE_LIMIT, window=LOCKOUT_WINDOW).reset(
        username_key(username)
    )


# Views -----------------------------------------------------------------------------------------


class PortalLoginView(LoginView):
    authentication_form = LoginForm

    def form_valid(self, form):
        response = super().form_valid(form)
        if form.cleaned_data.get("remember_me"):
            self.request.session.set_expiry(settings.SESSION_REMEMBER_ME_AGE)
        return response


def _reset_limits(request, email):
    client_limit, address_limit = settings.PASSWORD_RESET_RATE_LIMIT
    address = str(email or "").strip().lower()
    return [
        (
            RateLimit("accounts.password_reset.client", limit=client_limit, window=RESET_WINDOW),
            client_key(request, "accounts.password_reset"),
        ),
        (
            RateLimit("accounts.password_reset.address", limit=address_limit, window=RESET_WINDOW),
            salted_hmac("ptca.password_reset.address", address).hexdigest()[:32],
        ),
    ]


class ThrottledPasswordResetView(PasswordResetView):
    """Django's reset, limited per client and per address: a polite 429 page past the limit.

    The answer never depends on whether an account has that address: requests are counted the
    same way for every address, and below the limit the page always says "if an account exists".
    """

    def form_valid(self, form):
        allowed = [limit.hit(key) for limit, key in _reset_limits(self.request, form.cleaned_data["email"])]
        if not all(allowed):
            return render(self.request, "registration/password_reset_throttled.html", status=429)
        return super().form_valid(form)


class UnlockingPasswordResetConfirmView(PasswordResetConfirmView):
    def form_valid(self, form):
        response = super().form_valid(form)
        unlock_username(form.user.get_username())
        return response
