"""Access rules of the catalogue's coordinator and advisor pages, built on the portal's one rule (core/perms.py)."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from core.perms import permission_required
from core.roles import ADVISORS, is_coordinator

handle_reports_required = permission_required("tools_catalog.change_cataloguereport")
review_proposals_required = permission_required("tools_catalog.change_equivalence")
check_facts_required = permission_required("tools_catalog.change_tool")
history_required = permission_required("tools_catalog.change_tool", "auditlog.view_logentry")


def is_advisor(user) -> bool:
    """Signed-in advisors (the "Conseillers" group) and coordinators."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return is_coordinator(user) or user.groups.filter(name=ADVISORS).exists()


def advisor_required(view):
    """Anonymous: to the login page; signed in but not an advisor: the French 403 page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_advisor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
