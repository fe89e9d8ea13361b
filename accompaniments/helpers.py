"""Blocks the follow-ups show on other apps' pages (see core/slots.py). Each runs a fixed number of queries.

The catalogue and coordinator blocks are aggregates: they never name an association and hide
every count under selectors.MIN_CELL.
"""

from django.urls import reverse
from django.utils.http import urlencode

from accompaniments import selectors
from accompaniments.models import NO_VISIT_MONTHS, Budget, Comfort, Staff
from core.roles import is_advisor, is_coordinator

SHEET_PROFILE = (("equipe", Staff), ("budget", Budget), ("aisance", Comfort))


def follow_link(request, sheet):
    """ "Suivre cette association" on the visit sheet, for advisors: no query beyond the role check.

    The link carries only the sheet's public parameters: each product with the free tool the sheet
    ranked first ("zoom:jitsi-meet"), each need (with its first tool), the profile and the commune.
    """
    if not is_advisor(getattr(request, "user", None)):
        return None
    sheet = sheet or {}
    products, needs = [], []
    for item in sheet.get("items") or []:
        suggestions = item.get("suggestions") or []
        first = suggestions[0]["tool"].slug if suggestions else ""
        if item.get("product") is not None and first:
            products.append(f"{item['product'].slug}:{first}")
        elif item.get("need") is not None:
            needs.append(f"{item['need'].slug}:{first}" if first else item["need"].slug)
    params = []
    if products:
        params.append(("produits", ",".join(products)))
    if needs:
        params.append(("besoins", ",".join(needs)))
    for key, choices in SHEET_PROFILE:
        value = request.GET.get(key, "")
        if value in choices.values:
            params.append((key, value))
    commune = sheet.get("commune")
    if commune is not None:
        params.append(("commune", commune.insee_code))
    url = reverse("accompaniments:create") + (f"?{urlencode(params)}" if params else "")
    return {"template": "accompaniments/slots/visit_sheet.html", "follow_url": url}


def figures_for_tool(request, tool):
    """ "Adopté par N associations accompagnées…" for each product this tool replaces (one query, two if shown)."""
    if tool is None or not getattr(tool, "pk", None):
        return None
    figures = selectors.equivalence_figures(tool=tool)
    if not figures:
        return None
    return {
        "template": "accompaniments/slots/figures.html",
        "figures": figures,
        "by": "tool",
        "slot_id": "accompagnements-outil",
        "min_cell": selectors.MIN_CELL,
    }


def figures_for_product(request, product):
    """The same figures on the "Remplacer …" page, for each free alternative (one query, two if shown)."""
    if product is None or not getattr(product, "pk", None):
        return None
    figures = selectors.equivalence_figures(product=product)
    if not figures:
        return None
    return {
        "template": "accompaniments/slots/figures.html",
        "figures": figures,
        "by": "product",
        "slot_id": "accompagnements-produit",
        "min_cell": selectors.MIN_CELL,
    }


def coordinator_todo(request, obj=None):
    """Coordinators' to-do: how many follow-ups have had no visit for three months (one query; no name)."""
    if not is_coordinator(getattr(request, "user", None)):
        return None
    count = selectors.followups_without_visit_count()
    if not count:
        return None
    return {
        "template": "accompaniments/slots/coordinator_todo.html",
        "count": selectors.cell(count),
        "months": NO_VISIT_MONTHS,
        "min_cell": selectors.MIN_CELL,
    }


def advisor_home(request, obj=None):
    """The advisor's block on the portal's home page: follow-ups in progress and visits due (one query)."""
    if not is_advisor(getattr(request, "user", None)):
        return None
    summary = selectors.advisor_summary(request.user)
    return {
        "template": "accompaniments/slots/home.html",
        "active": summary["active"],
        "due": summary["due"],
        "horizon": selectors.DUE_HORIZON_DAYS,
    }
