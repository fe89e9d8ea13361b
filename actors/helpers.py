"""Blocks the actors app shows on other apps' pages (see core/slots.py). Each runs a fixed number of queries."""

from django.urls import reverse
from django.utils.http import urlencode

from actors.models import Actor, ErrorReport, stale_limit
from core.roles import is_coordinator

TOOL_PAGE_LIMIT = 6
VISIT_SHEET_LIMIT = 8


def actors_for_tool(request, tool):
    """ "Qui peut aider près de chez vous ?" on a catalogue tool page: one query."""
    if tool is None or not getattr(tool, "pk", None):
        return None
    actors = list(
        Actor.objects.published()
        .helping_with(tools=[tool])
        .only("name", "acronym", "slug", "summary", "commune")[: TOOL_PAGE_LIMIT + 1]
    )
    more_url = reverse("actors:actor_list") + "?" + urlencode({"tool": tool.slug})
    return {
        "template": "actors/slots/tool_detail.html",
        "tool": tool,
        "helpers": actors[:TOOL_PAGE_LIMIT],
        "has_more": len(actors) > TOOL_PAGE_LIMIT,
        "more_url": more_url,
    }


def coordinator_todo(request, obj=None):
    """Coordinator to-do items on the home page: stale actors and open error reports (two queries)."""
    if request is None or not is_coordinator(request.user):
        return None
    stale_count = Actor.objects.published().stale().count()
    open_reports = ErrorReport.objects.open().count()
    if not stale_count and not open_reports:
        return None
    return {
        "template": "actors/slots/coordinator_todo.html",
        "stale_count": stale_count,
        "open_reports": open_reports,
        "stale_since": stale_limit(),
    }


def actors_for_visit(request, obj):
    """Visit sheet: actors who can help with the chosen tools/needs, nearest first when a commune is known.

    One query, bounded to VISIT_SHEET_LIMIT actors; the distance is computed in SQL.
    """
    obj = obj or {}
    tools = list(obj.get("tools") or [])
    needs = list(obj.get("needs") or [])
    commune = obj.get("commune")
    if not tools and not needs:
        return None
    queryset = Actor.objects.published().helping_with(tools=tools, needs=needs)
    if commune is not None:
        queryset = queryset.nearest_to(commune.latitude, commune.longitude)
    actors = list(
        queryset.only(
            "name",
            "acronym",
            "slug",
            "summary",
            "street",
            "postal_code",
            "commune",
            "phone",
            "email",
            "website",
            "serves_whole_departement",
        )[:VISIT_SHEET_LIMIT]
    )
    return {"template": "actors/slots/visit_sheet.html", "helpers": actors, "commune": commune}
