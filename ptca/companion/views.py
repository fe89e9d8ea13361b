"""Pages that compose the apps: the visit companion (two steps) and the portal-wide search.

Thin views: reading the address and building the sheet is in ptca/companion/visit.py, the
ranking in ranking.py, the search in search.py.
"""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from ptca.companion import visit as visit_lib
from ptca.companion.qr import qr_svg
from ptca.companion.search import search_portal
from tools_catalog.search import MAX_QUERY_LENGTH


@require_GET
def visit(request):
    """Step 1: the products the association uses, its needs without a tool, its profile (GET form)."""
    current = visit_lib.VisitRequest.from_query(request.GET)
    context = visit_lib.step_one_choices(request.GET.get("filtre", ""), selected=set(current.product_slugs))
    context.update(
        {
            "visit": current,
            "selected_products": set(current.product_slugs),
            "selected_needs": set(current.need_slugs),
            "staff_choices": visit_lib.STAFF_CHOICES,
            "budget_choices": visit_lib.BUDGET_CHOICES,
            "comfort_choices": visit_lib.COMFORT_CHOICES,
            "max_products": visit_lib.MAX_PRODUCTS,
            "suggestion_url": _with_filter(request, context["filter_suggestion_text"]),
            "nav": "visit",
        }
    )
    return render(request, "ptca/companion/visit.html", context)


def _with_filter(request, text):
    """The step 1 address with the products filter replaced by `text` (the choices made are kept)."""
    query = request.GET.copy()
    query["filtre"] = text
    return reverse("visit") + "?" + query.urlencode()


@require_GET
def visit_filter(request):
    """The products filter of step 1 as JSON, for visit.js (the page filters without it too)."""
    return JsonResponse(visit_lib.product_filter(request.GET.get("filtre", "")))


@require_GET
def visit_sheet(request):
    """Step 2: the recommendation sheet, all of it from the address (nothing stored)."""
    current = visit_lib.VisitRequest.from_query(request.GET)
    sheet = visit_lib.build_sheet(current)
    share_path = reverse("visit_sheet") + ("?" + sheet["canonical_query"] if sheet["canonical_query"] else "")
    share_url = settings.SITE_URL + share_path
    edit_url = reverse("visit") + ("?" + sheet["canonical_query"] if sheet["canonical_query"] else "")
    sheet.update(
        {
            "visit": current,
            "profile_labels": _profile_labels(current),
            "share_url": share_url,
            "edit_url": edit_url,
            "qr_svg": qr_svg(share_url) if not current.is_empty else "",
            "today": timezone.localdate(),
            "nav": "visit",
        }
    )
    return render(request, "ptca/companion/sheet.html", sheet)


def _profile_labels(current):
    labels = []
    for value, choices, prefix in (
        (current.staff, visit_lib.STAFF_CHOICES, "Équipe"),
        (current.budget, visit_lib.BUDGET_CHOICES, "Budget"),
        (current.comfort, visit_lib.COMFORT_CHOICES, "Aisance numérique"),
    ):
        if value:
            labels.append((prefix, dict(choices)[value]))
    return labels


@require_GET
def search(request):
    """Portal-wide search of the header box: results grouped by kind, help when nothing is found."""
    query = request.GET.get("q", "")
    too_long = len(query) > MAX_QUERY_LENGTH
    results = search_portal(query)
    return render(
        request,
        "ptca/companion/search.html",
        {"query": query[:MAX_QUERY_LENGTH], "results": results, "too_long": too_long},
    )
