"""Blocks the equipment app shows on other pages (core.slots)."""

from django.utils import timezone

from core.roles import is_coordinator
from equipment.models import Offer
from equipment.selectors import todo_counts


def coordinator_todo(request, obj=None):
    """Stale offers (not verified for 6 months) and schemes past their date (two queries)."""
    if request is None or not is_coordinator(request.user):
        return None
    counts = todo_counts(timezone.localdate())
    if not any(counts.values()):
        return None
    return {"template": "equipment/slots/coordinator_todo.html", **counts}


def offers_for_actor(request, actor):
    """The actor's page: its current reconditioned offers (one query)."""
    if actor is None:
        return None
    offers = list(Offer.objects.current(timezone.localdate()).filter(actor=actor).order_by("kind", "price_from"))
    if not offers:
        return None
    return {"template": "equipment/slots/actor_detail.html", "offers": offers}
