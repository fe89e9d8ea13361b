import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from ptca.demo import create_demo_coordinator

pytestmark = pytest.mark.django_db


def test_demo_account_cannot_be_created_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(ImproperlyConfigured):
        create_demo_coordinator()
    assert not get_user_model().objects.filter(username=settings.DEMO_COORDINATOR_USERNAME).exists()


def test_demo_account_is_a_coordinator_in_debug(settings):
    settings.DEBUG = True
    user = create_demo_coordinator()
    assert user.check_password(settings.DEMO_COORDINATOR_PASSWORD)
    assert user.has_perm("actors.change_actor")


def test_demo_data_is_idempotent(settings):
    from io import StringIO

    from django.apps import apps

    settings.DEBUG = True
    call_command("demo_data", stdout=StringIO())
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    call_command("demo_data", stdout=StringIO())
    again = {model._meta.label: model.objects.count() for model in apps.get_models()}
    ignored = {"sessions.Session", "auditlog.LogEntry", "axes.AccessLog"}
    assert {k: v for k, v in again.items() if k not in ignored} == {k: v for k, v in counts.items() if k not in ignored}
