"""Reads of the catalogue pages: each function runs a fixed number of queries."""

from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import get_object_or_404

from tools_catalog.models import Equivalence, Hoster, Need, ProprietaryProduct, Tool

RELATED_TOOLS = 8
COMPARE_MIN, COMPARE_MAX = 2, 4


def replaced_products_prefetch():
    """Prefetch of a tool's published equivalences with their product, as `tool.replaced`."""
    queryset = (
        Equivalence.objects.filter(product__is_published=True).select_related("product").order_by("product__name")
    )
    return Prefetch("equivalences", queryset=queryset, to_attr="replaced")


def tools_for_list(items):
    """The tools of a list page, in order, with `replaced` (2 queries): `items` are tools or tool ids."""
    items = list(items)
    if items and not isinstance(items[0], Tool):
        by_pk = Tool.objects.in_bulk(items)
        items = [by_pk[pk] for pk in items if pk in by_pk]
    prefetch_related_objects(items, replaced_products_prefetch())
    return items


def tool_for_detail(slug):
    """The published tool with its needs, tags, hosters and equivalences (5 queries), or 404."""
    queryset = Tool.objects.published().prefetch_related(
        Prefetch("needs", queryset=Need.objects.ordered()),
        "tags",
        Prefetch("hosters", queryset=Hoster.objects.order_by("-is_chatons_member", "name")),
        replaced_products_prefetch(),
    )
    return get_object_or_404(queryset, slug=slug)


def related_tools(tool, *, limit=RELATED_TOOLS):
    """Other published tools answering one of `tool`'s needs (needs already prefetched): one query."""
    need_ids = [need.pk for need in tool.needs.all()]
    if not need_ids:
        return []
    return list(
        Tool.objects.published().for_needs(need_ids).exclude(pk=tool.pk).only("name", "slug", "summary")[:limit]
    )


def product_for_replace(slug):
    """The published product with its needs and its published equivalences, best first (3 queries)."""
    equivalences = Equivalence.objects.filter(tool__is_published=True).select_related("tool").for_display()
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
            Prefetch("hosters", queryset=Hoster.objects.order_by("-is_chatons_member", "name")),
            replaced_products_prefetch(),
        )
    )
    by_slug = {tool.slug: tool for tool in tools}
    return [by_slug[slug] for slug in slugs if slug in by_slug]


def need_page(slug):
    """The need, and the published products used for it (2 queries), or 404."""
    need = get_object_or_404(Need, slug=slug)
    products = list(ProprietaryProduct.objects.published().filter(needs=need).only("name", "slug")[:60])
    return need, products


def tools_for_need(need):
    """Published tools for a need, by name, with the products each replaces (for a paginator)."""
    return Tool.objects.published().for_needs([need.pk]).prefetch_related(replaced_products_prefetch())
