"""Blocks the campaigns app shows on other apps' pages (see core/slots.py)."""

from django.utils import timezone

from campaigns.models import Step
from core.roles import is_coordinator

LATE_STEPS_SHOWN = 5


def coordinator_todo(request, obj=None):
    """Late campaign steps in the coordinator to-do (one query)."""
    if request is None or not is_coordinator(request.user):
        return None
    late = list(Step.objects.late(timezone.localdate()).select_related("campaign", "owner")[: LATE_STEPS_SHOWN + 1])
    if not late:
        return None
    return {
        "template": "campaigns/slots/coordinator_todo.html",
        "late_steps": late[:LATE_STEPS_SHOWN],
        "has_more": len(late) > LATE_STEPS_SHOWN,
    }
