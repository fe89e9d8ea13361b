"""Pages of the catalogue: public pages, corrections from the field, advisors' proposals, coordinators' queues.

Thin: queries live in selectors.py, search.py and filters.py; writes in services.py.
"""

from auditlog.models import LogEntry
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core import honeypot
from core.clientip import client_key
from core.exports import json_response, open_data_csv_response, open_data_link
from core.history import history_page, history_row
from tools_catalog import exports, selectors, services
from tools_catalog.filters import ToolFilterSet
from tools_catalog.forms import CatalogueReportForm, EquivalenceProposalForm, ProposalDecisionForm, ReportDecisionForm
from tools_catalog.identifiers import links_for
from tools_catalog.manage_views import edit_url
from tools_catalog.models import CatalogueReport, Equivalence, Guide, HostedOffer, Need, ProprietaryProduct, Tool
from tools_catalog.perms import (
    advisor_required,
    check_facts_required,
    handle_reports_required,
    history_required,
    is_advisor,
    review_proposals_required,
)
from tools_catalog.search import match_products

PER_PAGE = 20


@require_GET
def tool_list(request):
    """Search box, filters with counts, the products the query names first, then the tools."""
    filterset = ToolFilterSet(request.GET, queryset=Tool.objects.published())
    query = filterset.query
    search = filterset.search
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
        "products": match_products(search) if search else [],
        "suggestion": search.suggestion if search else "",
        "suggestion_query": search.correction.suggestion_text if search else "",
        "page_obj": page_obj,
        "tools": tools,
    }
    return render(request, "tools_catalog/tool_list.html", context)


# Reports ("Signaler une erreur ou proposer une alternative") --------------------------------------------


def _report_context(request, form):
    return {
        "report_form": form,
        "report_allowed": services.report_allowed(client_key=client_key(request, services.REPORT_SCOPE)),
    }


def _handle_report(request, target, render_page):
    """The shared POST of every report form: rate limit, honeypot, validation, then the service.

    `render_page(form, status)` renders the entry's page again with the form and its errors.
    """
    form = CatalogueReportForm(request.POST)
    client = client_key(request, services.REPORT_SCOPE)
    if not services.report_allowed(client_key=client):
        form.is_valid()
        form.add_error(None, "Vous avez envoyé beaucoup de signalements en peu de temps : réessayez dans une heure.")
        return render_page(form, 429)
    thanks = "Merci, votre signalement a été transmis aux coordinateurs du catalogue."
    if form.is_spam():
        honeypot.log_hit(services.REPORT_SCOPE)
        services.count_spam_attempt(client_key=client)
        messages.success(request, thanks)
        return redirect(target.get_absolute_url())
    if not form.is_valid():
        return render_page(form, 400)
    services.catalogue_report_create(
        client_key=client,
        target=target,
        kind=form.cleaned_data["kind"],
        message=form.cleaned_data["message"],
        contact_email=form.cleaned_data["contact_email"],
    )
    messages.success(request, thanks)
    return redirect(target.get_absolute_url())


def _tool_page(request, tool, form, status=200):
    context = {
        "nav": "tools",
        "tool": tool,
        "related": selectors.related_tools(tool),
        "opened_product": request.GET.get("depuis", "")[:120],
        "catalogue_links": links_for(tool),
        **_report_context(request, form),
    }
    return render(request, "tools_catalog/tool_detail.html", context, status=status)


@require_GET
def tool_detail(request, slug):
    return _tool_page(request, selectors.tool_for_detail(slug), CatalogueReportForm())


@require_POST
def tool_report(request, slug):
    tool = selectors.tool_for_detail(slug)
    return _handle_report(request, tool, lambda form, status: _tool_page(request, tool, form, status))


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


def _replace_page(request, product, form, status=200):
    equivalences = product.public_equivalences
    compare_slugs = ",".join(equivalence.tool.slug for equivalence in equivalences[: selectors.COMPARE_MAX])
    context = {
        "nav": "tools",
        "product": product,
        "equivalences": equivalences,
        "compare_slugs": compare_slugs if len(equivalences) >= selectors.COMPARE_MIN else "",
        "can_propose": is_advisor(request.user),
        **_report_context(request, form),
    }
    return render(request, "tools_catalog/replace.html", context, status=status)


@require_GET
def replace(request, slug):
    return _replace_page(request, selectors.product_for_replace(slug), CatalogueReportForm())


@require_POST
def product_report(request, slug):
    product = selectors.product_for_replace(slug)
    return _handle_report(request, product, lambda form, status: _replace_page(request, product, form, status))


def _equivalence_page(request, equivalence, form, status=200):
    context = {"nav": "tools", "equivalence": equivalence, **_report_context(request, form)}
    return render(request, "tools_catalog/equivalence_detail.html", context, status=status)


@require_GET
def equivalence_detail(request, product_slug, tool_slug):
    """One pair on its own page: what changes, the steps, when it was checked, and the report form."""
    equivalence = selectors.equivalence_for_detail(product_slug, tool_slug)
    return _equivalence_page(request, equivalence, CatalogueReportForm())


@require_POST
def equivalence_report(request, product_slug, tool_slug):
    equivalence = selectors.equivalence_for_detail(product_slug, tool_slug)
    return _handle_report(
        request, equivalence, lambda form, status: _equivalence_page(request, equivalence, form, status)
    )


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
    return open_data_csv_response(
        "outils-libres.csv", exports.csv_header(), exports.csv_rows(), source=exports.source_url()
    )


# Advisors propose, coordinators review ---------------------------------------------------------------


@advisor_required
@require_http_methods(["GET", "POST"])
def equivalence_propose(request):
    """A signed-in advisor proposes an alternative; it stays unpublished until a coordinator reviews it."""
    initial = {}
    product_slug = request.GET.get("produit", "")[:120]
    if product_slug:
        product = ProprietaryProduct.objects.published().filter(slug=product_slug).only("pk").first()
        if product:
            initial["product"] = product.pk
    form = EquivalenceProposalForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            equivalence = services.equivalence_propose(
                user=request.user,
                product=data["product"],
                tool=data["tool"],
                coverage=data["coverage"],
                losses=data["losses"],
                gains=data["gains"],
                migration_effort=data["migration_effort"],
                migration_steps=data["migration_steps"],
                cost_note=data["cost_note"],
                evidence_url=data["evidence_url"] or "",
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(
                request,
                f"Merci : votre proposition {equivalence.product.name} → {equivalence.tool.name} sera publiée "
                "après la relecture d'un coordinateur.",
            )
            return redirect(equivalence.product.get_absolute_url())
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "tools_catalog/equivalence_propose.html", {"nav": "tools", "form": form}, status=status)


@review_proposals_required
@require_GET
def proposal_list(request):
    return render(
        request,
        "tools_catalog/coordination/proposals.html",
        {"nav": "tools", "proposals": selectors.proposals(), "form": ProposalDecisionForm()},
    )


@review_proposals_required
@require_POST
def proposal_review(request, pk):
    equivalence = get_object_or_404(Equivalence.objects.select_related("product", "tool"), pk=pk)
    form = ProposalDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choisissez de publier ou de refuser la proposition.")
        return redirect("tools_catalog:proposal_list")
    publish = form.cleaned_data["decision"] == "publish"
    name = f"{equivalence.product.name} → {equivalence.tool.name}"
    result = services.equivalence_review(equivalence=equivalence, user=request.user, publish=publish)
    if publish and result is not None:
        messages.success(request, f"L'équivalence {name} est publiée.")
    else:
        messages.success(request, f"La proposition {name} est refusée ; l'historique la garde.")
    return redirect("tools_catalog:proposal_list")


# Coordinators: reports, facts to check, history -------------------------------------------------------


@handle_reports_required
@require_GET
def report_list(request):
    reports = selectors.open_reports()
    for report in reports:
        report.edit_url = reverse("tools_catalog:manage_report", args=[report.pk])
    return render(
        request,
        "tools_catalog/coordination/reports.html",
        {"nav": "tools", "reports": reports, "form": ReportDecisionForm()},
    )


@handle_reports_required
@require_POST
def report_handle(request, pk):
    report = get_object_or_404(
        CatalogueReport.objects.select_related("tool", "product", "equivalence__product", "equivalence__tool"), pk=pk
    )
    form = ReportDecisionForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("resolution", []) + form.errors.get("decision", []):
            messages.error(request, error)
        return redirect("tools_catalog:report_list")
    accepted = form.cleaned_data["decision"] == "accept"
    services.catalogue_report_handle(
        report=report, user=request.user, accepted=accepted, resolution=form.cleaned_data["resolution"]
    )
    verb = "accepté" if accepted else "refusé"
    messages.success(request, f"Le signalement sur « {report.target} » est {verb} ; l'adresse de contact est effacée.")
    return redirect("tools_catalog:report_list")


@check_facts_required
@require_GET
def stale_fact_list(request):
    facts = selectors.stale_facts()
    for tool in facts["licences"]:
        tool.edit_url = edit_url(tool)
    for offer in facts["offers"]:
        offer.edit_url = edit_url(offer)
    for equivalence in facts["equivalences"]:
        equivalence.edit_url = edit_url(equivalence)
    return render(request, "tools_catalog/coordination/stale.html", {"nav": "tools", **facts})


@history_required
@require_GET
def tool_history(request, slug):
    """Who changed what on a tool: the tool itself, its hosted offers, its equivalences and its reports."""
    tool = get_object_or_404(Tool, slug=slug)
    types = ContentType.objects.get_for_models(Tool, HostedOffer, Equivalence, CatalogueReport)
    condition = Q(content_type=types[Tool], object_pk=str(tool.pk))
    for model, ids in (
        (HostedOffer, HostedOffer.objects.filter(tool=tool).values_list("pk", flat=True)),
        (Equivalence, Equivalence.objects.filter(tool=tool).values_list("pk", flat=True)),
        (CatalogueReport, CatalogueReport.objects.filter(tool=tool).values_list("pk", flat=True)),
    ):
        condition |= Q(content_type=types[model], object_pk__in=[str(pk) for pk in ids])
    entries = LogEntry.objects.filter(condition).select_related("actor", "content_type").order_by("-timestamp", "-pk")
    page_obj = history_page(entries, request.GET.get("page"))
    models = {ct.pk: model for model, ct in types.items()}
    labels = {Tool: "Fiche", HostedOffer: "Hébergement", Equivalence: "Équivalence", CatalogueReport: "Signalement"}
    rows = []
    for entry in page_obj.object_list:
        model = models.get(entry.content_type_id, Tool)
        row = history_row(entry, model)
        row["object"] = labels[model] + (f" : {entry.object_repr}" if model is not Tool else "")
        rows.append(row)
    return render(
        request, "tools_catalog/tool_history.html", {"nav": "tools", "tool": tool, "rows": rows, "page_obj": page_obj}
    )
