"""Access rules of the actors app, built on the portal's one rule (core/perms.py)."""

from core.perms import permission_required
from core.roles import is_coordinator

add_actor_required = permission_required("actors.add_actor")
change_actor_required = permission_required("actors.change_actor")
history_required = permission_required("actors.change_actor", "auditlog.view_logentry")
handle_reports_required = permission_required("actors.change_errorreport")


def can_see_unpublished(user) -> bool:
    """Coordinators see hidden actors (to publish them again); everyone else gets a 404."""
    return is_coordinator(user) and user.has_perm("actors.change_actor")
