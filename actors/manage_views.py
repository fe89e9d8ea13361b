"""Coordinators' pages of the actors' reference lists: the kinds of service (list, add, edit, delete
when unused) and the communes of the département (read-only reference, searched by name or postal code).
Thin views: writes go through actors.services."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from actors import selectors, services
from actors.forms import ServiceForm
from actors.models import Commune, Service
from core.history import history_page, history_row
from core.perms import coordinator_required

COMMUNES_PER_PAGE = 50


@coordinator_required
@require_GET
def service_list(request):
    rows = Service.objects.annotate(actor_count=Count("actors")).order_by("position", "name")
    return render(request, "actors/manage/service_list.html", {"nav": "actors", "rows": rows})


def _shown(value):
    return "—" if value in (None, "") else str(value)


def _service_conflicts(form, current):
    """Fields whose saved value (by the other coordinator) differs from what this coordinator typed."""
    rows = []
    for name in ServiceForm.Meta.fields:
        if name not in form.cleaned_data:
            continue
        mine, theirs = form.cleaned_data[name], getattr(current, name)
        if name == "slug" and not form.data.get("slug"):
            continue  # left empty: made from the name, nothing typed to compare
        if mine != theirs:
            rows.append({"label": form.fields[name].label, "theirs": _shown(theirs), "mine": _shown(mine)})
    return rows


@coordinator_required
@require_http_methods(["GET", "POST"])
def service_form(request, pk=None):
    instance = get_object_or_404(Service, pk=pk) if pk else None
    form = ServiceForm(request.POST or None, instance=instance)
    context = {"nav": "actors", "form": form, "instance": instance}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            service = services.save_service(
                service=instance,
                name=data["name"],
                slug=data["slug"],
                position=data["position"],
                version=data["version"] if instance else None,
            )
        except services.StaleServiceError as stale:
            # Nothing written: show the other person's values, keep this person's input, and carry the
            # saved version so that saving again replaces it knowingly.
            current = stale.current
            conflicts = _service_conflicts(form, current)
            bound = request.POST.copy()
            bound["version"] = str(current.version)
            form = ServiceForm(bound, instance=current)
            form.is_valid()
            context.update(
                form=form,
                instance=current,
                conflicts=conflicts,
                last_change=selectors.service_history(current).first(),
                actor_count=current.actors.count(),
            )
            return render(request, "actors/manage/service_form.html", context, status=409)
        messages.success(request, f"Service « {service.name} » enregistré.")
        return redirect("actors:service_list")
    if instance:
        context["actor_count"] = instance.actors.count()
    return render(request, "actors/manage/service_form.html", context)


@coordinator_required
@require_POST
def service_delete(request, pk):
    service = get_object_or_404(Service, pk=pk)
    try:
        services.delete_service(service=service)
    except services.ServiceInUseError as error:
        messages.error(request, f"{service.name} : {error.message}")
    else:
        messages.success(request, f"Service « {service.name} » supprimé.")
    return redirect("actors:service_list")


@coordinator_required
@require_GET
def service_history(request, pk):
    service = get_object_or_404(Service, pk=pk)
    page_obj = history_page(selectors.service_history(service), request.GET.get("page"))
    rows = [history_row(entry, Service) for entry in page_obj.object_list]
    return render(
        request,
        "actors/manage/service_history.html",
        {"nav": "actors", "service": service, "rows": rows, "page_obj": page_obj},
    )


@coordinator_required
@require_GET
def commune_list(request):
    """The reference communes (shipped by seed_content): read-only, searched by name or postal code."""
    search = request.GET.get("recherche", "").strip()[:80]
    queryset = Commune.objects.matching(search) if search else Commune.objects.order_by("search_name", "insee_code")
    page_obj = Paginator(queryset, COMMUNES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "actors/manage/commune_list.html",
        {"nav": "actors", "search": search, "page_obj": page_obj, "communes": page_obj.object_list},
    )
