"""The demo accounts (DEBUG only): one coordinator and one advisor, with published passwords."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured

from core.roles import ADVISORS, COORDINATORS, mark_demo_account, sync_group_permissions

NOT_IN_PRODUCTION = "Les comptes de démonstration ne peuvent être créés qu'avec DEBUG activé."


def _demo_user(username, password, group, **defaults):
    if not settings.DEBUG:
        raise ImproperlyConfigured(NOT_IN_PRODUCTION)
    sync_group_permissions()
    user, created = get_user_model().objects.get_or_create(username=username, defaults=defaults)
    if created:
        user.set_password(password)
        user.save()
    user.groups.add(Group.objects.get(name=group))
    mark_demo_account(user)  # refused at login when DEBUG is off (core/auth.py)
    return user


def create_demo_coordinator():
    """The demo coordinator (staff: coordinators build content in the admin)."""
    return _demo_user(
        settings.DEMO_COORDINATOR_USERNAME,
        settings.DEMO_COORDINATOR_PASSWORD,
        COORDINATORS,
        email="coordination@example.org",
        first_name="Camille",
        last_name="Coordination",
        is_staff=True,
    )


def create_demo_advisor():
    """The demo advisor (Conseillers group: a signed-in advisor at an associative support desk)."""
    return _demo_user(
        settings.DEMO_ADVISOR_USERNAME,
        settings.DEMO_ADVISOR_PASSWORD,
        ADVISORS,
        email="conseil@example.org",
        first_name="Dominique",
        last_name="Conseil",
    )
