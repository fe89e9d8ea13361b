"""The two roles of the portal, as Django groups.

The groups are created by a data migration (ptca/migrations/0001). Their permissions are
synchronised after every `migrate`, because Django creates model permissions in a
post_migrate signal, after data migrations have run.
"""

from django.contrib.auth.models import Group, Permission

COORDINATORS = "Coordinateurs"
ADVISORS = "Conseillers"

# Coordinators manage every model of these apps, read the edit history, and choose between their
# edits and a release's version of the shipped content (core.SeedRecord, ptca/admin.py).
COORDINATOR_APPS = ["tools_catalog", "actors", "trainings", "surveys", "campaigns", "equipment", "taggit"]
COORDINATOR_EXTRA_PERMISSIONS = [
    ("auditlog", "view_logentry"),
    ("core", "view_seedrecord"),
    ("core", "change_seedrecord"),
]


def sync_group_permissions(sender=None, **kwargs):
    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    Group.objects.get_or_create(name=ADVISORS)
    permissions = Permission.objects.filter(content_type__app_label__in=COORDINATOR_APPS)
    extra = [
        Permission.objects.filter(content_type__app_label=app, codename=codename).first()
        for app, codename in COORDINATOR_EXTRA_PERMISSIONS
    ]
    coordinators.permissions.add(*permissions, *[p for p in extra if p])


def _group_names(user):
    """The names of the user's groups, read once per request user (one query for both roles)."""
    if not hasattr(user, "_group_names"):
        user._group_names = frozenset(user.groups.values_list("name", flat=True))
    return user._group_names


def is_coordinator(user):
    """True for active superusers and members of the Coordinateurs group (cached per request)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if not hasattr(user, "_is_coordinator"):
        user._is_coordinator = user.is_superuser or COORDINATORS in _group_names(user)
    return user._is_coordinator


def is_advisor(user):
    """True for active members of the Conseillers group: the accompagnateurs (cached per request)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return ADVISORS in _group_names(user)


def grant_admin_access(sender, instance, action, reverse, pk_set, **kwargs):
    """Coordinators build surveys and content in the admin: joining the group gives admin access."""
    if action != "post_add" or reverse or instance.is_staff:
        return
    if Group.objects.filter(pk__in=pk_set, name=COORDINATORS).exists():
        instance.is_staff = True
        instance.save(update_fields=["is_staff"])


# Demonstration accounts (`make run`): refused at login when DEBUG is off (core/auth.py).
DEMO_ACCOUNTS = "Comptes de démonstration"


def mark_demo_account(user):
    """Flag `user` as a demonstration account: it can sign in only while DEBUG is on."""
    group, _ = Group.objects.get_or_create(name=DEMO_ACCOUNTS)
    user.groups.add(group)
    return user


def is_demo_account(user) -> bool:
    """True for accounts flagged by mark_demo_account (one query)."""
    return bool(getattr(user, "pk", None)) and user.groups.filter(name=DEMO_ACCOUNTS).exists()
