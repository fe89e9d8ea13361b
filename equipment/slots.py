"""Blocks the equipment app shows on other pages (core.slots)."""

from django.utils import timezone

from core.roles import is_coordinator
from equipment.selectors import todo_counts


def coordinator_todo(request, obj=None):
    """Stale offers (not verified for 6 months) and schemes past their date (two queries)."""
    if request is None or not is_coordinator(request.user):
        return None
    counts = todo_counts(timezone.localdate())
    if not any(counts.values()):
        return None
    return {"template": "equipment/slots/coordinator_todo.html", **counts}
