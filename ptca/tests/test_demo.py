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
    """The one test that loads every app's demo twice: no row is added, removed or replaced.

    Rows are compared by primary key, so a second load that deleted and recreated a row (a tag, an
    equivalence) fails too. The tests that only read the demo use `demo_content` (conftest.py).
    """
    from io import StringIO

    from django.apps import apps

    ignored = {"sessions.Session", "auditlog.LogEntry", "axes.AccessLog"}

    def rows():
        return {
            model._meta.label: sorted(model.objects.values_list("pk", flat=True))
            for model in apps.get_models()
            if model._meta.label not in ignored
        }

    settings.DEBUG = True
    call_command("demo_data", stdout=StringIO())
    first = rows()
    call_command("demo_data", stdout=StringIO())
    assert rows() == first
    for label in ["tools_catalog.Tool", "actors.Actor", "trainings.Session", "surveys.Question", "taggit.TaggedItem"]:
        assert first[label], label
    assert get_user_model().objects.filter(username=settings.DEMO_COORDINATOR_USERNAME).count() == 1
