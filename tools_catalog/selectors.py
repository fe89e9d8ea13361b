"""Reads of the catalogue pages: each function runs a fixed number of queries."""

from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import get_object_or_404

from core.dates import months_ago
from tools_catalog.models import (
    STALE_AFTER_MONTHS,
    CatalogueReport,
    Equivalence,
    HostedOffer,
    Need,
    ProprietaryProduct,
    Tool,
)

RELATED_TOOLS = 8
COMPARE_MIN, COMPARE_MAX = 2, 4


def replaced_products_prefetch():
    """Prefetch of a tool's published equivalences with their product, as `tool.replaced`."""
    queryset = (
        Equivalence.objects.filter(is_published=True, product__is_published=True)
        .select_related("product")
        .order_by("product__name")
    )
    return Prefetch("equivalences", queryset=queryset, to_attr="replaced")


def offers_prefetch(lookup="offers"):
    """Prefetch of a tool's hosted offers with their hoster, in display order, as `tool.all_offers`."""
    queryset = HostedOffer.objects.select_related("hoster").order_by(
        "position", "-hoster__is_chatons_member", "hoster__name"
    )
    return Prefetch(lookup, queryset=queryset, to_attr="all_offers")


def split_offers(tool):
    """Set `tool.open_offers` (where to use it) and `tool.closed_offers` (closed: shown as a note only)."""
    offers = getattr(tool, "all_offers", [])
    tool.open_offers = [offer for offer in offers if not offer.is_closed]
    tool.closed_offers = [offer for offer in offers if offer.is_closed]
    return tool


def tools_for_list(items):
    """The tools of a list page, in order, with `replaced` (2 queries): `items` are tools or tool ids."""
    items = list(items)
    if items and not isinstance(items[0], Tool):
        by_pk = Tool.objects.in_bulk(items)
        items = [by_pk[pk] for pk in items if pk in by_pk]
    prefetch_related_objects(items, replaced_products_prefetch())
    return items


def tool_for_detail(slug):
    """The published tool with its successor, needs, tags, offers and equivalences (5 queries), or 404.

    `open_offers` are where to use it; `closed_offers` (stopped, or hoster closed) only make a note.
    """
    queryset = (
        Tool.objects.published()
        .select_related("successor")
        .prefetch_related(
            Prefetch("needs", queryset=Need.objects.ordered()),
            "tags",
            offers_prefetch(),
            replaced_products_prefetch(),
        )
    )
    return split_offers(get_object_or_404(queryset, slug=slug))


def related_tools(tool, *, limit=RELATED_TOOLS):
    """Other published tools answering one of `tool`'s needs (needs already prefetched): one query."""
    need_ids = [need.pk for need in tool.needs.all()]
    if not need_ids:
        return []
    return list(
        Tool.objects.published()
        .for_needs(need_ids)
        .exclude(pk=tool.pk)
        .maintained_first()
        .only("name", "slug", "summary", "maintenance_status")[:limit]
    )


def product_for_replace(slug):
    """The published product with its needs and its published equivalences, best first (3 queries)."""
    equivalences = Equivalence.objects.filter(is_published=True, tool__is_published=True).select_related("tool")
    equivalences = equivalences.for_display()
    queryset = ProprietaryProduct.objects.published().prefetch_related(
        Prefetch("needs", queryset=Need.objects.ordered()),
        Prefetch("equivalences", queryset=equivalences, to_attr="public_equivalences"),
    )
    return get_object_or_404(queryset, slug=slug)


def parse_compare_slugs(values):
    """["a,b", "c"] -> ["a", "b", "c"]: slugs from `?outils=a,b,c` or repeated `?outils=`, deduplicated."""
    slugs = []
    for value in values[:10]:
        for part in str(value)[:1000].split(","):
            part = part.strip().lower()
            if part and part not in slugs:
                slugs.append(part)
    return slugs


def tools_to_compare(slugs):
    """The published tools named by `slugs`, in the order given (3 queries)."""
    tools = (
        Tool.objects.published()
        .filter(slug__in=slugs[: COMPARE_MAX + 1])
        .prefetch_related(
            Prefetch("needs", queryset=Need.objects.ordered()),
            offers_prefetch(),
            replaced_products_prefetch(),
        )
    )
    by_slug = {tool.slug: split_offers(tool) for tool in tools}
    return [by_slug[slug] for slug in slugs if slug in by_slug]


def need_page(slug):
    """The need, and the published products used for it (2 queries), or 404."""
    need = get_object_or_404(Need, slug=slug)
    products = list(ProprietaryProduct.objects.published().filter(needs=need).only("name", "slug")[:60])
    return need, products


def tools_for_need(need):
    """Published tools for a need, by name, with the products each replaces (for a paginator)."""
    return (
        Tool.objects.published().for_needs([need.pk]).maintained_first().prefetch_related(replaced_products_prefetch())
    )


def equivalence_for_detail(product_slug, tool_slug):
    """A published equivalence with its product and tool (1 query), or 404."""
    queryset = Equivalence.objects.published().select_related("product", "tool")
    return get_object_or_404(queryset, product__slug=product_slug, tool__slug=tool_slug)


# Coordinators ----------------------------------------------------------------------------------------


def stale_limit():
    """Facts checked before this date (or never) are listed in the coordinators' to-do."""
    return months_ago(STALE_AFTER_MONTHS).date()


def todo_counts():
    """What waits for coordinators in the catalogue (4 queries): open reports, proposals, facts to check."""
    limit = stale_limit()
    return {
        "open_reports": CatalogueReport.objects.open().count(),
        "proposals": Equivalence.objects.proposed().count(),
        "stale_licences": Tool.objects.published().unchecked_since(limit).count(),
        "stale_offers": HostedOffer.objects.open().filter(tool__is_published=True).unchecked_since(limit).count(),
        "stale_equivalences": Equivalence.objects.published().unchecked_since(limit).count(),
    }


def stale_facts(limit_rows=50):
    """The facts not checked for 12 months, oldest first (3 queries): licences, offers, equivalences."""
    limit = stale_limit()
    return {
        "licences": list(
            Tool.objects.published()
            .unchecked_since(limit)
            .order_by("licence_checked_on", "name")
            .only("pk", "name", "slug", "licence", "licence_evidence_url", "licence_checked_on", "licence_checked_by")[
                :limit_rows
            ]
        ),
        "offers": list(
            HostedOffer.objects.open()
            .filter(tool__is_published=True)
            .unchecked_since(limit)
            .select_related("tool", "hoster")
            .order_by("checked_on", "tool__name", "hoster__name")[:limit_rows]
        ),
        "equivalences": list(
            Equivalence.objects.published()
            .unchecked_since(limit)
            .select_related("product", "tool")
            .order_by("checked_on", "product__name", "tool__name")
            .only(
                "pk",
                "checked_on",
                "checked_by",
                "evidence_url",
                "product__name",
                "product__slug",
                "tool__name",
                "tool__slug",
            )[:limit_rows]
        ),
        "since": limit,
    }


def open_reports(limit_rows=50):
    """Open reports, oldest first, with their entry (1 query)."""
    return list(
        CatalogueReport.objects.open().select_related("tool", "product", "equivalence__product", "equivalence__tool")[
            :limit_rows
        ]
    )


def proposals(limit_rows=50):
    """Equivalences proposed by advisors and waiting for review, oldest first (1 query)."""
    return list(Equivalence.objects.proposed().select_related("product", "tool", "proposed_by")[:limit_rows])
