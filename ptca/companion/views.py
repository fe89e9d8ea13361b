"""Pages that compose the apps: the visit companion (two steps) and the portal-wide search.

Thin views: reading the address and building the sheet is in ptca/companion/visit.py, the
ranking in ranking.py, the search in search.py.
"""

from django.conf import settings
from django.http import JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET, require_http_methods

from core.qr import qr_svg
from equipment.visit import choices as equipment_choices
from ptca.companion import visit as visit_lib
from ptca.companion.search import search_portal
from tools_catalog.search import MAX_QUERY_LENGTH


def _read_visit(request):
    """The visit of this request, or a redirect when an address carries private values.

    GET: public values from the address. An address with the association's name or the note (an
    old link) is sent to the canonical address of its public values. POST: everything from the body.
    """
    if request.method == "POST":
        return visit_lib.VisitRequest.from_query(request.POST, private=True), None
    current = visit_lib.VisitRequest.from_query(request.GET)
    if any(name in request.GET for name in visit_lib.PRIVATE_PARAMETERS):
        query = current.query_string()  # canonical and short: public values only, lists cut
        return None, redirect(request.path + (f"?{query}" if query else ""))
    return current, None


def _private_page(response, visit):
    """A page showing the association's name or the note: no browser or proxy keeps a copy."""
    if visit.has_private:
        patch_cache_control(response, no_store=True, private=True)
    return response


@require_http_methods(["GET", "POST"])
def visit(request):
    """Step 1: the products the association uses, its needs without a tool, its profile.

    The form is sent by POST, so that the name and the note stay out of every address; a GET
    with public values (a shared link's "Modifier") fills the form in.
    """
    current, moved = _read_visit(request)
    if moved:
        return moved
    data = request.POST if request.method == "POST" else request.GET
    context = visit_lib.step_one_choices(data.get("filtre", ""), selected=set(current.product_slugs))
    context.update(
        {
            "visit": current,
            "selected_products": set(current.product_slugs),
            "selected_needs": set(current.need_slugs),
            "staff_choices": visit_lib.STAFF_CHOICES,
            "budget_choices": visit_lib.BUDGET_CHOICES,
            "comfort_choices": visit_lib.COMFORT_CHOICES,
            "equipment_choices": equipment_choices(),
            "max_products": visit_lib.MAX_PRODUCTS,
            "suggestion_url": _with_filter(current, context["filter_suggestion_text"]),
            "nav": "visit",
        }
    )
    context["picker"] = visit_lib.product_picker(
        context,
        selected=current.product_slugs,
        suggestion_url=context["suggestion_url"],
        filter_url=reverse("visit_filter"),
    )
    return _private_page(render(request, "ptca/companion/visit.html", context), current)


def _with_filter(current, text):
    """The step 1 address with the products filter set to `text` (the public choices made are kept)."""
    query = QueryDict(current.query_string(), mutable=True)
    query["filtre"] = text
    return reverse("visit") + "?" + query.urlencode()


@require_GET
def visit_filter(request):
    """The products filter of step 1 as JSON, for visit.js (the page filters without it too)."""
    return JsonResponse(visit_lib.product_filter(request.GET.get("filtre", "")))


@require_http_methods(["GET", "POST"])
def visit_sheet(request):
    """Step 2: the recommendation sheet (nothing stored).

    GET (a shared link): public values from the address. POST (the form): also the association's
    name and the note, shown in the page only; the share link and the QR code stay public.
    """
    current, moved = _read_visit(request)
    if moved:
        return moved
    sheet = visit_lib.build_sheet(current, today=timezone.localdate())
    query = sheet["canonical_query"]
    share_url = settings.SITE_URL + reverse("visit_sheet") + (f"?{query}" if query else "")
    edit_url = reverse("visit") + (f"?{query}" if query else "")
    sheet.update(
        {
            "visit": current,
            "profile_labels": _profile_labels(current),
            "share_url": share_url,
            "edit_url": edit_url,
            "public_values": QueryDict(query).lists() if query else [],
            "qr_svg": qr_svg(share_url) if not current.is_empty else "",
            "today": timezone.localdate(),
            "nav": "visit",
        }
    )
    return _private_page(render(request, "ptca/companion/sheet.html", sheet), current)


def _profile_labels(current):
    labels = []
    for value, choices, prefix in (
        (current.staff, visit_lib.STAFF_CHOICES, "Équipe"),
        (current.budget, visit_lib.BUDGET_CHOICES, "Budget"),
        (current.comfort, visit_lib.COMFORT_CHOICES, "Aisance numérique"),
    ):
        if value:
            labels.append((prefix, dict(choices)[value]))
    return labels + current.equipment.labels()


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
