from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured

from core.roles import COORDINATORS, mark_demo_account, sync_group_permissions


def create_demo_coordinator():
    """The demo coordinator account, with a published password: refused unless DEBUG is on."""
    if not settings.DEBUG:
        raise ImproperlyConfigured("Le compte de démonstration ne peut être créé qu'avec DEBUG activé.")
    sync_group_permissions()
    user, created = get_user_model().objects.get_or_create(
        username=settings.DEMO_COORDINATOR_USERNAME,
        defaults={"email": "coordination@example.org", "first_name": "Camille", "last_name": "Coordination"},
    )
    if created:
        user.set_password(settings.DEMO_COORDINATOR_PASSWORD)
        user.is_staff = True
        user.save()
    user.groups.add(Group.objects.get(name=COORDINATORS))
    mark_demo_account(user)  # refused at login when DEBUG is off (core/auth.py)
    return user
