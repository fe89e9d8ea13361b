"""Equipment pages: the public guide, and the coordinators' lists and forms (thin; writes in services)."""

from dataclasses import dataclass

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.perms import coordinator_required
from equipment import forms, selectors, services
from equipment.models import FundingScheme, Offer, ReferencePrice


@dataclass(frozen=True)
class Kind:
    key: str  # URL names equipment:<key>_list, <key>_create, <key>_update
    model: type
    form: type
    title: str
    add_label: str
    list_template: str
    related: tuple = ()


KINDS = {
    "offer": Kind(
        "offer",
        Offer,
        forms.OfferForm,
        "Offres de matériel reconditionné",
        "Ajouter une offre",
        "equipment/manage/offer_list.html",
        ("actor",),
    ),
    "price": Kind(
        "price",
        ReferencePrice,
        forms.ReferencePriceForm,
        "Prix de référence datés",
        "Ajouter un prix",
        "equipment/manage/price_list.html",
    ),
    "scheme": Kind(
        "scheme",
        FundingScheme,
        forms.FundingSchemeForm,
        "Dispositifs de financement",
        "Ajouter un dispositif",
        "equipment/manage/scheme_list.html",
    ),
}


@require_GET
def guide(request):
    """Public, printable: "Financer l'équipement d'une association autrement"."""
    context = selectors.guide_content(timezone.localdate())
    context["nav"] = "visit"
    return render(request, "equipment/guide.html", context)


def _list(request, key):
    kind = KINDS[key]
    rows = list(kind.model.objects.select_related(*kind.related))
    return render(
        request,
        kind.list_template,
        {"kind": kind, "rows": rows, "today": timezone.localdate(), **selectors.todo_counts(timezone.localdate())},
    )


def _form(request, key, pk=None):
    kind = KINDS[key]
    instance = get_object_or_404(kind.model, pk=pk) if pk else None
    form = kind.form(request.POST or None, instance=instance)
    conflict = False
    if request.method == "POST" and form.is_valid():
        try:
            services.save_entry(form, version=form.cleaned_data.get("version_ouverte"))
        except services.StaleVersionError:
            conflict = True
            form.data = form.data.copy()
            form.data["version_ouverte"] = str(kind.model.objects.get(pk=pk).version)
        else:
            messages.success(request, "Enregistré.")
            return redirect(reverse(f"equipment:{key}_list"))
    return render(
        request,
        "equipment/manage/form.html",
        {
            "kind": kind,
            "form": form,
            "instance": instance,
            "conflict": conflict,
            "list_url": reverse(f"equipment:{key}_list"),
        },
    )


@coordinator_required
@require_GET
def offer_list(request):
    return _list(request, "offer")


@coordinator_required
@require_GET
def price_list(request):
    return _list(request, "price")


@coordinator_required
@require_GET
def scheme_list(request):
    return _list(request, "scheme")


@coordinator_required
@require_http_methods(["GET", "POST"])
def offer_form(request, pk=None):
    return _form(request, "offer", pk)


@coordinator_required
@require_http_methods(["GET", "POST"])
def price_form(request, pk=None):
    return _form(request, "price", pk)


@coordinator_required
@require_http_methods(["GET", "POST"])
def scheme_form(request, pk=None):
    return _form(request, "scheme", pk)


@coordinator_required
@require_POST
def offer_verified(request, pk):
    """ "Vérifié aujourd'hui" from the list."""
    offer = get_object_or_404(Offer, pk=pk)
    services.offer_mark_verified(offer)
    messages.success(request, f"Offre « {offer} » marquée vérifiée aujourd'hui.")
    return redirect("equipment:offer_list")
