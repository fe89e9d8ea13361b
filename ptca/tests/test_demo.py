import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from actors.models import Actor
from core.roles import ADVISORS, COORDINATORS, DEMO_ACCOUNTS
from ptca.demo import create_demo_advisor, create_demo_coordinator
from ptca.management.commands.demo_data import REFUSED
from tools_catalog.models import Tool

pytestmark = pytest.mark.django_db
BASE_DIR = Path(__file__).resolve().parents[2]


def demo_data():
    out = StringIO()
    call_command("demo_data", stdout=out)
    return out.getvalue()


def test_demo_data_refuses_without_debug_and_creates_nothing(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="demo_data ne s'exécute qu'avec DEBUG activé"):
        call_command("demo_data", stdout=StringIO())
    assert not Tool.objects.exists()
    assert not get_user_model().objects.exists()


def test_demo_data_refusal_is_one_line_and_a_failing_exit_code():
    """As an operator sees it: production settings, `manage.py demo_data` stops before touching anything."""
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_SETTINGS_MODULE"}}
    env.update({"SECRET_KEY": "test-refusal-key-not-for-production", "DATABASE_URL": "sqlite:///:memory:"})
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "demo_data"], cwd=BASE_DIR, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"CommandError: {REFUSED}"
    assert "\n" not in REFUSED


def test_demo_accounts_cannot_be_created_when_debug_is_off(settings):
    settings.DEBUG = False
    for create in (create_demo_coordinator, create_demo_advisor):
        with pytest.raises(ImproperlyConfigured):
            create()
    assert not get_user_model().objects.exists()


def test_demo_data_adds_fictional_things_and_the_two_demo_accounts(settings, client):
    settings.DEBUG = True
    out = demo_data()
    assert f"coordination : {settings.DEMO_COORDINATOR_USERNAME} / {settings.DEMO_COORDINATOR_PASSWORD}" in out
    assert f"conseiller   : {settings.DEMO_ADVISOR_USERNAME} / {settings.DEMO_ADVISOR_PASSWORD}" in out
    users = get_user_model().objects
    coordinator = users.get(username=settings.DEMO_COORDINATOR_USERNAME)
    advisor = users.get(username=settings.DEMO_ADVISOR_USERNAME)
    assert coordinator.check_password(settings.DEMO_COORDINATOR_PASSWORD) and coordinator.is_staff
    assert sorted(coordinator.groups.values_list("name", flat=True)) == sorted([COORDINATORS, DEMO_ACCOUNTS])
    assert coordinator.has_perm("actors.change_actor")
    assert advisor.check_password(settings.DEMO_ADVISOR_PASSWORD) and not advisor.is_staff
    assert sorted(advisor.groups.values_list("name", flat=True)) == sorted([ADVISORS, DEMO_ACCOUNTS])
    assert not advisor.has_perm("actors.change_actor")
    assert apps.get_model("trainings", "Registration").objects.filter(email__endswith="@example.org").exists()
    assert apps.get_model("surveys", "Response").objects.exists()


def test_demo_data_is_idempotent_and_never_overwrites_seeded_content(settings, client):
    settings.DEBUG = True
    demo_data()
    # A coordinator corrects a tool and hides an actor between two runs.
    Tool.objects.filter(slug="jitsi-meet").update(summary="Résumé corrigé ici.")
    coordinator = get_user_model().objects.get(username=django_settings.DEMO_COORDINATOR_USERNAME)
    client.force_login(coordinator)
    client.post(reverse("actors:actor_publication", args=["funlab"]), {"publish": "0"})
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    demo_data()
    again = {model._meta.label: model.objects.count() for model in apps.get_models()}
    ignored = {"sessions.Session", "auditlog.LogEntry", "axes.AccessLog"}
    assert {k: v for k, v in again.items() if k not in ignored} == {k: v for k, v in counts.items() if k not in ignored}
    assert Tool.objects.get(slug="jitsi-meet").summary == "Résumé corrigé ici."
    assert not Actor.objects.get(slug="funlab").is_published
