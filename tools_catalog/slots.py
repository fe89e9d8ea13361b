"""Blocks the catalogue shows on other pages (see core/slots.py). Each runs a fixed number of queries."""

from core.roles import is_coordinator
from tools_catalog import selectors


def coordinator_todo(request, obj=None):
    """The coordinators' to-do on the home page: reports, proposals, facts not checked for 12 months (5 queries)."""
    if request is None or not is_coordinator(request.user):
        return None
    counts = selectors.todo_counts()
    stale_total = counts["stale_licences"] + counts["stale_offers"] + counts["stale_equivalences"]
    if not (counts["open_reports"] or counts["proposals"] or stale_total):
        return None
    return {"template": "tools_catalog/slots/coordinator_todo.html", "stale_total": stale_total, **counts}
