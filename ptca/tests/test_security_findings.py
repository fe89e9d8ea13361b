"""Finding 6, the smaller findings: survey help text, unbounded numbers, password reset throttle,
idle sessions and "Se souvenir de moi", coordinators' password length, the demo account in
production, CSV cells mixing separators, and the shared cache the rate limits need."""

import csv
import io
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from core.exports import csv_lines
from core.roles import mark_demo_account
from surveys.models import Answer, Question, Response
from surveys.tests.factories import QuestionFactory, SurveyFactory, survey_with_every_type, valid_post

pytestmark = pytest.mark.django_db
BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_counters():
    cache.clear()


# Survey help text and numbers --------------------------------------------------------------------


def test_survey_help_text_is_sanitised_markdown(client):
    survey = SurveyFactory()
    QuestionFactory(
        survey=survey,
        kind=Question.Kind.SHORT_TEXT,
        text="Votre outil ?",
        help_text='**Un seul** mot. <script>alert(1)</script><img src=x onerror="alert(2)"> [aide](javascript:alert(3))',
    )
    html = client.get(reverse("surveys:survey_detail", args=[survey.slug])).content.decode()
    assert "<strong>Un seul</strong>" in html
    assert "<script>alert(1)" not in html and "onerror" not in html and "javascript:" not in html


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("99999999999999999999", "Ce nombre est trop grand"),
        ("2147483648", "Ce nombre est trop grand"),
        ("-99999999999", "Ce nombre est trop petit"),
        ("9" * 5000, "nombre"),
    ],
)
def test_a_huge_number_without_bounds_gets_a_french_error_not_a_500(client, value, message):
    survey, q, choices = survey_with_every_type()
    Question.objects.filter(pk=q["number"].pk).update(min_value=None, max_value=None)
    response = client.post(
        reverse("surveys:survey_detail", args=[survey.slug]), valid_post(survey, q, choices, number=value)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Response.objects.exists() and not Answer.objects.exists()


def test_the_largest_storable_number_is_accepted(client):
    survey, q, choices = survey_with_every_type()
    Question.objects.filter(pk=q["number"].pk).update(min_value=None, max_value=None)
    response = client.post(
        reverse("surveys:survey_detail", args=[survey.slug]), valid_post(survey, q, choices, number="2147483647")
    )
    assert response.status_code == 303
    assert Answer.objects.get(question=q["number"]).number == 2147483647


# Password reset throttle --------------------------------------------------------------------------


def reset(client, email, **extra):
    return client.post("/compte/password_reset/", {"email": email}, **extra)


def test_password_reset_is_throttled_per_address_the_same_whether_the_account_exists(client, advisor, settings):
    from core.testing import delivered_mail

    settings.PASSWORD_RESET_RATE_LIMIT = (100, 3)
    existing = [reset(client, "conseil@example.org").status_code for _ in range(4)]
    unknown = [reset(client, "personne@example.org").status_code for _ in range(4)]
    assert existing == unknown == [302, 302, 302, 429]
    assert len(delivered_mail()) == 3  # the account owner is not flooded
    page = reset(client, "conseil@example.org").content.decode()
    assert "Trop de demandes" in page and "réessayez dans une heure" in page
    other = reset(client, "personne@example.org").content.decode()
    strip = lambda html: re.sub(r'value="[^"]{20,}"', "", html)  # noqa: E731 - CSRF tokens differ
    assert strip(page) == strip(other)


def test_password_reset_is_throttled_per_client(client, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = (5, 100)
    statuses = [reset(client, f"personne{index}@example.org").status_code for index in range(7)]
    assert statuses == [302] * 5 + [429] * 2
    # Another client is not concerned.
    assert reset(client, "x@example.org", REMOTE_ADDR="192.0.2.44").status_code == 302


# Sessions ----------------------------------------------------------------------------------------


def login(client, remember=False):
    data = {"username": "coord", "password": "motdepasse-coord"}
    if remember:
        data["remember_me"] = "on"
    return client.post("/compte/login/", data)


def test_a_signed_in_session_ends_after_8_hours_without_activity(client, coordinator, settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    assert login(client).status_code == 302
    assert client.session.get_expiry_age() == 8 * 3600
    assert client.cookies["sessionid"]["max-age"] == 8 * 3600
    assert "Se souvenir de moi" in client.get("/compte/login/").content.decode()


def test_remember_me_keeps_the_session_two_weeks_only_when_asked(client, coordinator):
    html = client.get("/compte/login/").content.decode()
    assert re.search(r'<input type="checkbox" name="remember_me"[^>]*>', html)
    assert "checked" not in re.search(r'<input type="checkbox" name="remember_me"[^>]*>', html).group(0)
    assert login(client, remember=True).status_code == 302
    assert client.session.get_expiry_age() == 14 * 24 * 3600


def test_activity_slides_the_idle_timeout(client, coordinator, monkeypatch):
    from core.middleware import SessionIdleMiddleware

    login(client)
    first = client.session[SessionIdleMiddleware.KEY]
    later = time.time() + SessionIdleMiddleware.TOUCH_INTERVAL + 1
    monkeypatch.setattr(time, "time", lambda: later)
    client.get("/")
    assert client.session[SessionIdleMiddleware.KEY] > first  # saved again: expiry moved on


def test_an_idle_session_is_signed_out(client, coordinator):
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    login(client)
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(expire_date=timezone.now())
    cache.clear()  # the cached_db store keeps a copy with the same expiry
    response = client.get("/formations/gestion/")
    assert response.status_code == 302 and response["Location"].startswith("/compte/login/")


# Coordinators' passwords ------------------------------------------------------------------------------


def test_coordinators_need_12_characters_advisors_8(coordinator, advisor):
    with pytest.raises(ValidationError, match="au moins 12 caractères"):
        validate_password("Court-2026!", coordinator)
    validate_password("Long-assez-2026!", coordinator)
    validate_password("Court-2026!", advisor)  # 11 characters: fine for an advisor


def test_password_change_form_applies_the_coordinators_rule(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/compte/password_change/",
        {"old_password": "motdepasse-coord", "new_password1": "Court-2026!", "new_password2": "Court-2026!"},
    )
    assert response.status_code == 200
    assert "au moins 12 caractères" in response.content.decode()


def test_createsuperuser_applies_the_coordinators_rule(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "Court-2026!")
    with pytest.raises(CommandError, match="au moins 12 caractères"):
        call_command("createsuperuser", "--noinput", username="admin", email="admin@example.org")
    assert not get_user_model().objects.filter(username="admin").exists()
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "Bien-plus-long-2026")
    call_command("createsuperuser", "--noinput", username="admin", email="admin@example.org", stdout=io.StringIO())
    assert get_user_model().objects.get(username="admin").is_superuser


def test_createsuperuser_interactive_prompt_applies_the_rule(monkeypatch):
    from core.passwords import CoordinatorMinimumLengthValidator, creating_staff_account

    user = get_user_model()(username="nouveau")  # what createsuperuser validates against: not yet staff
    CoordinatorMinimumLengthValidator().validate("Court-2026!", user)
    with creating_staff_account(), pytest.raises(ValidationError):
        CoordinatorMinimumLengthValidator().validate("Court-2026!", user)


# The demo account --------------------------------------------------------------------------------


def test_a_demo_account_cannot_sign_in_when_debug_is_off(client, coordinator, settings):
    mark_demo_account(coordinator)
    settings.DEBUG = False
    assert login(client).status_code == 200  # the ordinary "wrong password" answer
    assert "_auth_user_id" not in client.session
    settings.DEBUG = True
    assert login(client).status_code == 302


def test_the_published_demo_password_never_opens_an_account_in_production(client, settings):
    user = get_user_model().objects.create_user(settings.DEMO_COORDINATOR_USERNAME, password="x")
    user.set_password(settings.DEMO_COORDINATOR_PASSWORD)  # an account from `make run` before the flag existed
    user.save()
    settings.DEBUG = False
    response = client.post(
        "/compte/login/", {"username": user.username, "password": settings.DEMO_COORDINATOR_PASSWORD}
    )
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_make_run_flags_its_demo_coordinator(settings):
    from core.roles import is_demo_account
    from ptca.demo import create_demo_coordinator

    settings.DEBUG = True
    assert is_demo_account(create_demo_coordinator())


# CSV cells mixing separators ---------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_cells_mixing_separators_cannot_start_a_formula(delimiter):
    hostile = ["a;=1+1", "b,=2+2", '=HYPERLINK("http://x")', "  -3+3", "x\n=4+4", '";=5+5']
    data = b"".join(csv_lines(["colonne"], [[value] for value in hostile])).decode("utf-8-sig")
    # Read back with either separator (what a spreadsheet guesses): no cell starts a formula.
    for row in csv.reader(io.StringIO(data), delimiter=delimiter):
        for cell in row:
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@")), (delimiter, cell)


# Rate limits need a shared cache in production ---------------------------------------------------


def deploy_check(**env):
    from ptca.tests.test_settings import production_env

    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_warns_when_rate_limits_are_counted_per_process():
    result = deploy_check(REDIS_URL="")
    assert result.returncode != 0
    assert "core.W001" in result.stderr + result.stdout
    assert "REDIS_URL" in result.stderr + result.stdout
    assert deploy_check(REDIS_URL="", RATE_LIMIT_LOCAL_CACHE_OK="1").returncode == 0


def test_gunicorn_says_at_startup_when_rate_limits_are_counted_per_process(settings):
    """The operator who never runs check --deploy reads it in gunicorn's log (gunicorn.conf.py)."""
    import runpy
    from pathlib import Path
    from types import SimpleNamespace

    hook = runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))["post_worker_init"]
    logged = []

    def worker(age, workers):
        log = SimpleNamespace(warning=lambda message, *args: logged.append(message % args))
        return SimpleNamespace(age=age, cfg=SimpleNamespace(workers=workers), log=log)

    settings.DEBUG = False
    settings.RATE_LIMIT_LOCAL_CACHE_OK = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    hook(worker(age=2, workers=3))  # only the first worker speaks
    hook(worker(age=1, workers=1))  # one process: the local cache is enough
    assert logged == []
    hook(worker(age=1, workers=3))
    assert len(logged) == 1 and "core.W001" in logged[0] and "REDIS_URL" in logged[0]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://x"}}
    hook(worker(age=1, workers=3))
    assert len(logged) == 1
