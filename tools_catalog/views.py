"""Public pages of the catalogue. Thin: queries live in selectors.py, search.py and filters.py."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from core.exports import csv_response, json_response, open_data_link
from tools_catalog import exports, selectors
from tools_catalog.filters import ToolFilterSet
from tools_catalog.models import Guide, Need, Tool
from tools_catalog.search import match_products

PER_PAGE = 20


@require_GET
def tool_list(request):
    """Search box, filters with counts, the products the query names first, then the tools."""
    filterset = ToolFilterSet(request.GET, queryset=Tool.objects.published())
    query = filterset.query
    paginator = Paginator(filterset.results(), PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    tools = selectors.tools_for_list(page_obj.object_list)
    context = {
        "nav": "tools",
        "filterset": filterset,
        "query": query,
        "facets": filterset.facets(),
        "rejected": filterset.rejected,
        "active_filters": len(filterset.cleaned) - (1 if query else 0),
        "products": match_products(query) if query else [],
        "page_obj": page_obj,
        "tools": tools,
    }
    return render(request, "tools_catalog/tool_list.html", context)


@require_GET
def tool_detail(request, slug):
    tool = selectors.tool_for_detail(slug)
    opened = request.GET.get("depuis", "")[:120]
    context = {
        "nav": "tools",
        "tool": tool,
        "related": selectors.related_tools(tool),
        "opened_product": opened,
    }
    return render(request, "tools_catalog/tool_detail.html", context)


@require_GET
def need_list(request):
    needs = list(Need.objects.with_tool_counts())
    return render(request, "tools_catalog/need_list.html", {"nav": "tools", "needs": needs})


@require_GET
def need_detail(request, slug):
    need, products = selectors.need_page(slug)
    page_obj = Paginator(selectors.tools_for_need(need), PER_PAGE).get_page(request.GET.get("page"))
    context = {"nav": "tools", "need": need, "products": products, "page_obj": page_obj}
    return render(request, "tools_catalog/need_detail.html", context)


@require_GET
def replace(request, slug):
    product = selectors.product_for_replace(slug)
    equivalences = product.public_equivalences
    compare_slugs = ",".join(equivalence.tool.slug for equivalence in equivalences[: selectors.COMPARE_MAX])
    context = {
        "nav": "tools",
        "product": product,
        "equivalences": equivalences,
        "compare_slugs": compare_slugs if len(equivalences) >= selectors.COMPARE_MIN else "",
    }
    return render(request, "tools_catalog/replace.html", context)


@require_GET
def compare(request):
    slugs = selectors.parse_compare_slugs(request.GET.getlist("outils"))
    error = ""
    tools = []
    if len(slugs) < selectors.COMPARE_MIN:
        error = "Choisissez au moins deux outils à comparer."
    elif len(slugs) > selectors.COMPARE_MAX:
        error = f"Vous pouvez comparer au plus {selectors.COMPARE_MAX} outils à la fois ; retirez-en quelques-uns."
    else:
        tools = selectors.tools_to_compare(slugs)
        if len(tools) < len(slugs):
            error = "Un ou plusieurs outils demandés n'existent pas dans le catalogue."
            if len(tools) < selectors.COMPARE_MIN:
                tools = []
    context = {"nav": "tools", "tools": tools, "error": error, "has_error": bool(error)}
    return render(request, "tools_catalog/compare.html", context)


@require_GET
def guide_list(request):
    return render(request, "tools_catalog/guide_list.html", {"nav": "tools", "guides": list(Guide.objects.published())})


@require_GET
def guide_detail(request, slug):
    guide = get_object_or_404(Guide.objects.published(), slug=slug)
    return render(request, "tools_catalog/guide_detail.html", {"nav": "tools", "guide": guide})


@require_GET
def export_json(request):
    response = json_response("outils-libres.json", exports.catalogue_data())
    response["Access-Control-Allow-Origin"] = "*"
    return open_data_link(response, source=exports.source_url())


@require_GET
def export_csv(request):
    response = csv_response("outils-libres.csv", exports.csv_header(), exports.csv_rows())
    return open_data_link(response, source=exports.source_url())
