"""Access rules of the follow-ups, built on the portal's one rule (core/perms.py).

- anonymous visitor: sent to the login page, with `next`;
- signed in but not an advisor (the "Conseillers" group): the French 403 page;
- an advisor asking for a follow-up that is not assigned to them: 404, as if it did not exist
  (coordinators too: they see aggregates, never a file, unless they are assigned to it);
- the board of an association reads its progress through a revocable token (no account).
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from accompaniments.models import Followup
from core.roles import is_advisor


def advisor_required(view):
    """The view runs for signed-in advisors only."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_advisor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def followup_for(request, pk, queryset=None):
    """The follow-up `pk` if it is assigned to the signed-in advisor, else 404 (anonymised ones too)."""
    queryset = Followup.objects.all() if queryset is None else queryset
    return get_object_or_404(queryset.for_advisor(request.user).not_anonymised(), pk=pk)
