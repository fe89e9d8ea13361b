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


CITED_LIMIT = 8


def product_cited(request, product):
    """ "Cité par X % des répondants" on a product's page, from every survey's tools question (ticked or
    a mapped "Autre" text); nothing under SMALL_CELL citations. Constant queries."""
    from surveys.board import SMALL_CELL, product_citation

    if product is None or not getattr(product, "pk", None):
        return None
    citation = product_citation(product)
    if citation is None or citation["count"] < SMALL_CELL:
        return None
    return {"template": "surveys/slots/product_cited.html", "product": product, "citation": citation}


def products_without_alternative(request, obj=None):
    """Coordinators' to-do: products respondents cite (ticked in a tools question) that have no
    published free alternative in the catalogue, most cited first (one query)."""
    if request is None or not is_coordinator(request.user):
        return None
    from surveys.models import AnswerTool
    from tools_catalog.models import Equivalence, ProprietaryProduct

    products = list(
        ProprietaryProduct.objects.filter(pk__in=AnswerTool.objects.filter(product__isnull=False).values("product_id"))
        .exclude(pk__in=Equivalence.objects.filter(is_published=True, tool__is_published=True).values("product_id"))
        .only("name", "slug")
        .order_by("name")[:CITED_LIMIT]
    )
    if not products:
        return None
    return {"template": "surveys/slots/products_without_alternative.html", "products": products}
