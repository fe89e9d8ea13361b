"""Pages of the actors directory: public list, map data, detail and error reports; coordinators' forms."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from actors import exports, geo, selectors, services
from actors.filters import ActorFilter
from actors.forms import ActorForm, ErrorReportForm
from actors.models import Actor, ErrorReport, stale_limit
from actors.perms import (
    add_actor_required,
    can_see_unpublished,
    change_actor_required,
    handle_reports_required,
    history_required,
)
from core import honeypot
from core.clientip import client_key
from core.history import history_page, history_row
from core.perms import coordinator_required

PAGE_SIZE = 20
MAP_LIMIT = 5000
LIST_FIELDS = ["name", "acronym", "slug", "kind", "summary", "commune", "postal_code", "latitude", "longitude",
               "serves_whole_departement"]  # fmt: skip


def _map_settings():
    return {
        "tile_url": settings.MAP_TILE_URL,
        "attribution": "© les contributeurs d’OpenStreetMap",
        "attribution_url": "https://www.openstreetmap.org/copyright",
    }


def _filtered(request):
    actor_filter = ActorFilter(request.GET or None, queryset=Actor.objects.published())
    return actor_filter, actor_filter.qs


@require_GET
def actor_list(request):
    actor_filter, queryset = _filtered(request)
    queryset = queryset.only(*LIST_FIELDS).prefetch_related(Prefetch("services"))
    page_obj = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "actors/actor_list.html",
        {
            "nav": "actors",
            "filter": actor_filter,
            "page_obj": page_obj,
            "actors": page_obj.object_list,
            "ignored_filters": actor_filter.ignored_filters(),
            "active_filters": actor_filter.active_filters(),
            "near": actor_filter.near_commune(),
            "map_data_url": reverse("actors:actor_map_data") + (f"?{query.urlencode()}" if query else ""),
            "map": _map_settings(),
        },
    )


@require_GET
def actor_map_data(request):
    """Markers of the filtered set, in one JSON answer (same filters as the list)."""
    actor_filter, queryset = _filtered(request)
    rows = queryset.filter(latitude__isnull=False, longitude__isnull=False).values_list(
        "name", "slug", "latitude", "longitude", "commune", "location_is_approximate"
    )[:MAP_LIMIT]
    prefix = reverse("actors:actor_list")
    markers = [
        {
            "name": name,
            "url": f"{prefix}{slug}/",
            "lat": float(latitude),
            "lon": float(longitude),
            "commune": commune,
            "approximate": approximate,
        }
        for name, slug, latitude, longitude, commune, approximate in rows
    ]
    return JsonResponse({"count": len(markers), "ignored_filters": actor_filter.ignored_filters(), "actors": markers})


def _actor_for(request, slug):
    return get_object_or_404(selectors.actor_for_page(include_hidden=can_see_unpublished(request.user)), slug=slug)


def _detail_context(request, actor, report_form):
    return {
        "nav": "actors",
        "actor": actor,
        "report_form": report_form,
        "map": _map_settings(),
        "stale_since": stale_limit(),
        "report_allowed": services.report_allowed(client_key=client_key(request, "actors.report")),
    }


@require_GET
def actor_detail(request, slug):
    actor = _actor_for(request, slug)
    return render(request, "actors/actor_detail.html", _detail_context(request, actor, ErrorReportForm()))


@require_POST
def actor_report(request, slug):
    """ "Signaler une erreur": no account needed, rate limited per client, honeypot for robots."""
    actor = _actor_for(request, slug)
    form = ErrorReportForm(request.POST)
    client = client_key(request, "actors.report")
    if not services.report_allowed(client_key=client):
        form.is_valid()
        form.add_error(None, "Vous avez envoyé beaucoup de signalements en peu de temps : réessayez dans une heure.")
        return render(request, "actors/actor_detail.html", _detail_context(request, actor, form), status=429)
    if form.is_spam():
        honeypot.log_hit("actors.report")
        services.count_spam_attempt(client_key=client)
        messages.success(request, "Merci, votre signalement a été transmis aux coordinateurs.")
        return redirect(actor.get_absolute_url())
    if not form.is_valid():
        return render(request, "actors/actor_detail.html", _detail_context(request, actor, form), status=400)
    services.error_report_create(
        client_key=client,
        actor=actor,
        message=form.cleaned_data["message"],
        contact_email=form.cleaned_data["contact_email"],
    )
    messages.success(request, "Merci, votre signalement a été transmis aux coordinateurs.")
    return redirect(actor.get_absolute_url())


def _display(form, name, value):
    """A readable value for the conflict table (choices, lists, related objects)."""
    field = form.fields[name]
    if value in (None, "", []):
        return "—"
    if hasattr(value, "all"):
        value = list(value.all())
    if isinstance(value, (list, tuple)) or hasattr(value, "__iter__") and not isinstance(value, str):
        labels = dict(getattr(field, "choices", []) or [])
        items = [str(labels.get(item, item)) for item in value]
        return ", ".join(sorted(items)) or "—"
    choices = getattr(field, "choices", None)
    if choices and not hasattr(field, "queryset"):
        return str(dict(choices).get(value, value))
    if isinstance(value, bool):
        return "oui" if value else "non"
    return str(value)


def _conflicts(form, current):
    """Fields whose saved value (by the other coordinator) differs from what this coordinator typed."""
    rows = []
    for name in form.Meta.fields:
        if name not in form.cleaned_data:
            continue
        saved = getattr(current, name)
        if name in {"publics", "access_modes"}:
            saved = list(saved)
        mine, theirs = _display(form, name, form.cleaned_data[name]), _display(form, name, saved)
        if mine != theirs:
            rows.append({"label": form.fields[name].label, "theirs": theirs, "mine": mine})
    return rows


def _form_context(form, actor):
    bounds = geo.DEPARTEMENT_BOUNDS
    return {
        "nav": "actors",
        "form": form,
        "actor": actor,
        "map": _map_settings(),
        "bounds": f"{bounds['south']},{bounds['west']},{bounds['north']},{bounds['east']}",
    }


@add_actor_required
@require_http_methods(["GET", "POST"])
def actor_create(request):
    form = ActorForm(request.POST or None, initial={"version": 1})
    if request.method == "POST" and form.is_valid():
        actor = services.actor_create(data=form.actor_data(), user=request.user)
        messages.success(request, f"La fiche « {actor.name} » est créée et publiée.")
        return redirect(actor)
    return render(request, "actors/actor_form.html", _form_context(form, None))


@change_actor_required
@require_http_methods(["GET", "POST"])
def actor_update(request, slug):
    actor = get_object_or_404(Actor, slug=slug)
    original_slug = actor.slug
    form = ActorForm(request.POST or None, instance=actor)
    context = {**_form_context(form, actor), "original_slug": original_slug}
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.actor_update(actor=actor, data=form.actor_data(), version=form.cleaned_data["version"])
        except services.StaleVersionError as stale:
            current = Actor.objects.prefetch_related("services", "tools", "needs", "communes_served").get(
                pk=stale.current.pk
            )
            data = request.POST.copy()
            data["version"] = str(current.version)
            conflicts = _conflicts(form, current)
            form = ActorForm(data, instance=current)
            form.is_valid()
            context.update(
                form=form, actor=current, conflicts=conflicts, last_change=selectors.actor_last_change(current)
            )
            return render(request, "actors/actor_form.html", context, status=409)
        messages.success(request, "Vos modifications sont enregistrées.")
        return redirect(saved)
    return render(request, "actors/actor_form.html", context)


@change_actor_required
@require_POST
def actor_verify(request, slug):
    actor = get_object_or_404(Actor, slug=slug)
    services.actor_mark_verified(actor=actor, user=request.user)
    messages.success(request, f"« {actor.name} » est marqué comme vérifié aujourd'hui.")
    return redirect(request.POST.get("next") == "dashboard" and reverse("actors:dashboard") or actor.get_absolute_url())


@change_actor_required
@require_POST
def actor_publication(request, slug):
    actor = get_object_or_404(Actor, slug=slug)
    publish = request.POST.get("publish") == "1"
    services.actor_set_published(actor=actor, published=publish)
    if publish:
        messages.success(request, f"« {actor.name} » est de nouveau visible du public.")
    else:
        messages.success(
            request, f"« {actor.name} » est masqué : la fiche est conservée, seuls les coordinateurs la voient."
        )
    return redirect(actor.get_absolute_url())


@history_required
@require_GET
def actor_history(request, slug):
    actor = get_object_or_404(Actor, slug=slug)
    page_obj = history_page(selectors.actor_history(actor), request.GET.get("page"))
    rows = [history_row(entry, Actor) for entry in page_obj.object_list]
    return render(
        request, "actors/actor_history.html", {"nav": "actors", "actor": actor, "rows": rows, "page_obj": page_obj}
    )


@coordinator_required
@require_GET
def dashboard(request):
    reports = selectors.open_reports()
    stale_page = Paginator(selectors.stale_actors(), 30).get_page(request.GET.get("page"))
    return render(
        request,
        "actors/dashboard.html",
        {
            "nav": "actors",
            "page_obj": stale_page,
            "stale_actors": stale_page.object_list,
            "reports": reports[:50],
            "report_count": reports.count(),
            "hidden_actors": selectors.hidden_actors()[:50],
            "stale_since": stale_limit(),
        },
    )


@handle_reports_required
@require_POST
def report_handle(request, pk):
    report = get_object_or_404(ErrorReport.objects.select_related("actor"), pk=pk)
    services.error_report_mark_handled(report=report, user=request.user)
    messages.success(request, f"Le signalement sur « {report.actor.name} » est marqué comme traité.")
    return redirect("actors:dashboard")


@require_GET
def export_csv(request):
    return exports.csv_response()


@require_GET
def export_json(request):
    return exports.json_response()


@require_GET
def export_data_inclusion(request):
    return exports.data_inclusion_response()
