"""Blocks the surveys app shows on other apps' pages (see core/slots.py). Each runs one query."""

from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from core.roles import is_coordinator
from surveys.models import Survey

HOME_LIMIT = 3
COORDINATOR_LIST_LIMIT = 6
NEW_RESPONSES_DAYS = 7


def open_surveys(request, obj=None):
    """The open surveys on the home page (at most HOME_LIMIT, one query)."""
    surveys = list(Survey.objects.open_now().only("title", "slug")[: HOME_LIMIT + 1])
    if not surveys:
        return None
    return {
        "template": "surveys/slots/home.html",
        "surveys": surveys[:HOME_LIMIT],
        "has_more": len(surveys) > HOME_LIMIT,
    }


def coordinator_todo(request, obj=None):
    """New responses over the last NEW_RESPONSES_DAYS days per open survey (coordinators only, one query)."""
    if request is None or not is_coordinator(request.user):
        return None
    since = timezone.now() - timedelta(days=NEW_RESPONSES_DAYS)
    surveys = list(
        Survey.objects.open_now()
        .only("title", "slug")
        .annotate(new_responses=Count("responses", filter=Q(responses__submitted_at__gte=since)))
        .order_by("-new_responses", "title", "pk")[:COORDINATOR_LIST_LIMIT]
    )
    if not surveys:
        return None
    return {"template": "surveys/slots/coordinator_todo.html", "surveys": surveys, "days": NEW_RESPONSES_DAYS}
