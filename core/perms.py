"""One access rule for every edit view of the portal.

- anonymous visitor: redirected to the login page, with `next` pointing back;
- signed in without the permission: the French 403 page;
- signed in with the permission (coordinators): the view runs.

Class-based views use `PermissionRequiredMixin`, function views `permission_required`.
"""

from functools import wraps

from django.contrib.auth.mixins import PermissionRequiredMixin as DjangoPermissionRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from core.roles import is_coordinator


class PermissionRequiredMixin(DjangoPermissionRequiredMixin):
    """Django's mixin already answers 403 to signed-in users; kept here as the one entry point."""

    raise_exception = False


def permission_required(*perms):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perms(perms):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def coordinator_required(view):
    """For pages that are about coordination as a whole rather than one model."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_coordinator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
