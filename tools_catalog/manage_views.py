"""Coordinators' front-end pages of the catalogue: list, add, edit and history of every entry, and
the error reports handled next to the entry's form.

One small description per kind of entry (KINDS); the views are the same for all. Thin: the writes
go through services.catalogue_entry_save (optimistic lock, rules), the reads are named below.
"""

from dataclasses import dataclass, field

from auditlog.models import LogEntry
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.history import history_page, history_row
from core.markdown import render_markdown
from core.perms import permission_required
from tools_catalog import manage_forms, services
from tools_catalog.licences import spdx_ids
from tools_catalog.models import (
    CatalogueReport,
    Equivalence,
    Guide,
    HostedOffer,
    Hoster,
    Need,
    ProprietaryProduct,
    Tool,
)

PER_PAGE = 50


@dataclass(frozen=True)
class Kind:
    key: str  # "tool": the URL names are tools_catalog:manage_<key>_list, …_create, …_update, …_history
    path: str  # French path segment under /outils/gestion/
    model: type
    form: type
    title: str  # "Outils libres"
    singular: str  # "un outil libre"
    list_related: tuple = field(default=())
    prefill: dict = field(default_factory=dict)  # GET parameter -> (form field, model, lookup)

    @property
    def model_name(self):
        return self.model._meta.model_name

    def url(self, action, *args):
        return reverse(f"tools_catalog:manage_{self.key}_{action}", args=args)

    def queryset(self):
        return self.model.objects.select_related(*self.list_related)


KINDS = {
    kind.key: kind
    for kind in [
        Kind("tool", "outils", Tool, manage_forms.ToolForm, "Outils libres", "un outil libre"),
        Kind(
            "product",
            "produits",
            ProprietaryProduct,
            manage_forms.ProductForm,
            "Produits propriétaires",
            "un produit propriétaire",
        ),
        Kind(
            "equivalence",
            "equivalences",
            Equivalence,
            manage_forms.EquivalenceForm,
            "Équivalences",
            "une équivalence",
            list_related=("product", "tool"),
            prefill={"produit": ("product", ProprietaryProduct), "outil": ("tool", Tool)},
        ),
        Kind("need", "besoins", Need, manage_forms.NeedForm, "Besoins", "un besoin"),
        Kind("guide", "guides", Guide, manage_forms.GuideForm, "Guides", "un guide"),
        Kind("hoster", "hebergeurs", Hoster, manage_forms.HosterForm, "Hébergeurs", "un hébergeur"),
        Kind(
            "offer",
            "offres",
            HostedOffer,
            manage_forms.HostedOfferForm,
            "Offres d'hébergement",
            "une offre d'hébergement",
            list_related=("tool", "hoster"),
            prefill={"outil": ("tool", Tool), "hebergeur": ("hoster", Hoster)},
        ),
    ]
}
KIND_OF_MODEL = {kind.model: kind for kind in KINDS.values()}


def public_url(entry):
    """The public page that shows the entry, or "" (hosters have none; unpublished entries are hidden)."""
    if isinstance(entry, Hoster):
        return ""
    if isinstance(entry, HostedOffer):
        return entry.tool.get_absolute_url() if entry.tool.is_published else ""
    if isinstance(entry, Equivalence):
        published = entry.is_published and entry.tool.is_published and entry.product.is_published
        return entry.get_absolute_url() if published else ""
    if getattr(entry, "is_published", True) is False:
        return ""
    return entry.get_absolute_url()


def edit_url(entry):
    """The front-end edit page of a catalogue entry."""
    return KIND_OF_MODEL[type(entry)].url("update", entry.pk)


def entry_label(entry):
    return str(entry)


def _perm(kind, action):
    return f"tools_catalog.{action}_{kind.model_name}"


# Lists ---------------------------------------------------------------------------------------------


def manage_list(request, kind):
    page_obj = Paginator(kind.queryset(), PER_PAGE).get_page(request.GET.get("page"))
    rows = [{"entry": entry, "edit_url": kind.url("update", entry.pk)} for entry in page_obj.object_list]
    context = {"nav": "tools", "kind": kind, "rows": rows, "page_obj": page_obj, "kinds": KINDS.values()}
    return render(request, "tools_catalog/manage/list.html", context)


# Forms ---------------------------------------------------------------------------------------------


def _display(form, name, value):
    """A value as the coordinator reads it, for the table of differences."""
    if value in (None, ""):
        return "—"
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    formfield = form.fields.get(name)
    choices = dict(getattr(formfield, "choices", []) or []) if formfield is not None else {}
    if isinstance(value, (list, tuple)) or hasattr(value, "all"):
        items = value.all() if hasattr(value, "all") else value
        return ", ".join(sorted(str(choices.get(item, item)) for item in items)) or "—"
    if not hasattr(value, "pk") and choices and not hasattr(formfield, "queryset"):
        return str(choices.get(value, value))
    return str(value)


def _saved_value(entry, name):
    model_field = entry._meta.get_field(name)
    value = getattr(entry, name)
    if model_field.many_to_many:
        return sorted(value.names()) if name == "tags" else list(value.all())
    return value


def conflicts(form, current):
    """[{label, theirs, mine}] for the fields where the saved entry and the coordinator's input differ."""
    rows = []
    for name in form.lock_fields():
        if name not in form.cleaned_data:
            continue
        mine = form.cleaned_data[name]
        if name == "tags":
            mine = sorted(mine)
        theirs, mine = _display(form, name, _saved_value(current, name)), _display(form, name, mine)
        if theirs != mine:
            rows.append({"label": form.fields[name].label, "theirs": theirs, "mine": mine})
    return rows


def _add_errors(form, error):
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def _previews(form):
    """The Markdown fields rendered as the public will read them (the "Aperçu" button)."""
    previews = []
    for name in getattr(form, "markdown_fields", []):
        text = form.data.get(form.add_prefix(name), "")
        previews.append({"label": form.fields[name].label, "html": render_markdown(text) if text.strip() else ""})
    return previews


def _initial_from_query(request, kind):
    initial = {}
    for parameter, (name, model) in kind.prefill.items():
        slug = request.GET.get(parameter, "")[:120]
        has_slug = any(model_field.name == "slug" for model_field in model._meta.fields)
        if has_slug or slug.isdigit():
            found = model.objects.filter(**({"slug": slug} if has_slug else {"pk": int(slug)})).only("pk").first()
            if found is not None:
                initial[name] = found.pk
    return initial


def saved_message(request, entry):
    url = public_url(entry)
    if url:
        messages.success(request, format_html('Enregistré. <a href="{}">Voir la page publique</a>', url))
    else:
        messages.success(request, "Enregistré. Cette fiche n'a pas de page publique (non publiée, ou sans page).")


def _form_page(request, kind, entry, *, template="tools_catalog/manage/form.html", extra=None, on_saved=None):
    """The shared add/edit page: preview, lock, service, messages. `on_saved(entry)` answers after a save."""
    initial = {} if entry.pk else _initial_from_query(request, kind)
    form = kind.form(request.POST or None, instance=entry, initial=initial)
    context = {
        "nav": "tools",
        "kind": kind,
        "entry": entry if entry.pk else None,
        "form": form,
        "conflicts": None,
        "previews": [],
        "public_url": public_url(entry) if entry.pk else "",
        "licence_ids": spdx_ids() if kind.model is Tool else [],
        "equivalences": [],
        "offers": [],
        "last_change": None,
        **(extra or {}),
    }
    status = 200
    if request.method == "POST":
        if "apercu" in request.POST:
            form.is_valid()  # errors shown, nothing saved
            context["previews"] = _previews(form)
            return render(request, template, context, status=200)
        if form.is_valid():
            try:
                saved = (on_saved or _save)(request, kind, form)
            except services.StaleEntryError as stale:
                current = stale.current
                rows = conflicts(form, current)
                data = request.POST.copy()
                data["empreinte"] = services.entry_fingerprint(current, form.lock_fields())
                form = kind.form(data, instance=current)
                form.is_valid()
                context.update(form=form, conflicts=rows, entry=current, last_change=last_change(current))
                return render(request, template, context, status=409)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                return saved
        status = 400
    return render(request, template, context, status=status)


def _save(request, kind, form):
    entry = services.catalogue_entry_save(
        entry=form.instance,
        fields=form.lock_fields(),
        relations=form.relations(),
        fingerprint=form.cleaned_data.get("empreinte") or None,
        user=request.user,
    )
    saved_message(request, entry)
    return redirect(kind.url("update", entry.pk))


def last_change(entry):
    content_type = ContentType.objects.get_for_model(type(entry))
    return (
        LogEntry.objects.filter(content_type=content_type, object_pk=str(entry.pk))
        .select_related("actor")
        .order_by("-timestamp", "-pk")
        .first()
    )


def manage_create(request, kind):
    return _form_page(request, kind, kind.model())


def manage_update(request, kind, pk):
    entry = get_object_or_404(kind.queryset(), pk=pk)
    extra = {}
    if kind.model is Tool:
        extra["offers"] = list(entry.offers.select_related("hoster").order_by("hoster__name"))
        extra["equivalences"] = list(entry.equivalences.select_related("product").order_by("product__name"))
    elif kind.model is ProprietaryProduct:
        extra["equivalences"] = list(entry.equivalences.select_related("tool").order_by("tool__name"))
    return _form_page(request, kind, entry, extra=extra)


def manage_history(request, kind, pk):
    entry = get_object_or_404(kind.queryset(), pk=pk)
    content_type = ContentType.objects.get_for_model(kind.model)
    entries = (
        LogEntry.objects.filter(content_type=content_type, object_pk=str(entry.pk))
        .select_related("actor")
        .order_by("-timestamp", "-pk")
    )
    page_obj = history_page(entries, request.GET.get("page"))
    rows = [history_row(log, kind.model) for log in page_obj.object_list]
    context = {"nav": "tools", "kind": kind, "entry": entry, "rows": rows, "page_obj": page_obj}
    return render(request, "tools_catalog/manage/history.html", context)


def make_views(kind):
    """The four views of a kind, each behind its permission (core.perms)."""

    @permission_required(_perm(kind, "change"))
    @require_GET
    def list_view(request):
        return manage_list(request, kind)

    @permission_required(_perm(kind, "add"))
    @require_http_methods(["GET", "POST"])
    def create_view(request):
        return manage_create(request, kind)

    @permission_required(_perm(kind, "change"))
    @require_http_methods(["GET", "POST"])
    def update_view(request, pk):
        return manage_update(request, kind, pk)

    @permission_required(_perm(kind, "change"), "auditlog.view_logentry")
    @require_GET
    def history_view(request, pk):
        return manage_history(request, kind, pk)

    return {"list": list_view, "create": create_view, "update": update_view, "history": history_view}


# Error reports: the report next to the entry's form ---------------------------------------------------


@permission_required("tools_catalog.change_cataloguereport")
@require_http_methods(["GET", "POST"])
def report_handle_page(request, pk):
    """ "Corriger" saves the entry and closes the report; "Clore" closes it without a change (refused).

    Either way the reporter's address is erased. A report already handled shows what was decided.
    """
    report = get_object_or_404(
        CatalogueReport.objects.select_related("tool", "product", "equivalence__product", "equivalence__tool"), pk=pk
    )
    entry = report.target
    kind = KIND_OF_MODEL[type(entry)]
    if not request.user.has_perm(_perm(kind, "change")):
        raise PermissionDenied
    close_form = manage_forms.ReportCloseForm(request.POST or None)
    extra = {"report": report, "close_form": close_form}
    template = "tools_catalog/manage/report.html"
    if request.method == "POST" and report.is_handled:
        messages.info(request, "Ce signalement a déjà été traité : rien n'a changé.")
        return redirect("tools_catalog:report_list")
    if request.method == "POST" and request.POST.get("action") == "clore":
        if not close_form.is_valid():
            form = kind.form(instance=entry)
            context = {"nav": "tools", "kind": kind, "entry": entry, "form": form, "conflicts": None, **extra}
            context.update(previews=[], public_url=public_url(entry), licence_ids=[])
            return render(request, template, context, status=400)
        services.catalogue_report_handle(
            report=report, user=request.user, accepted=False, resolution=close_form.cleaned_data["resolution"]
        )
        messages.success(request, f"Le signalement sur « {entry} » est clos sans correction ; l'adresse est effacée.")
        return redirect("tools_catalog:report_list")

    def correct(request, kind, form):
        if not close_form.is_valid():
            raise ValidationError({"resolution": close_form.errors["resolution"]})
        services.catalogue_report_correct(
            report=report,
            user=request.user,
            entry=form.instance,
            fields=form.lock_fields(),
            relations=form.relations(),
            fingerprint=form.cleaned_data.get("empreinte") or None,
            resolution=close_form.cleaned_data["resolution"],
        )
        saved_message(request, form.instance)
        messages.success(request, f"Le signalement sur « {entry} » est corrigé et clos ; l'adresse est effacée.")
        return redirect("tools_catalog:report_list")

    return _form_page(request, kind, entry, template=template, extra=extra, on_saved=correct)


# "Vérifié aujourd'hui": the source was read again and the fact still holds ----------------------------

CHECKABLE = {"tool", "equivalence", "offer"}


@permission_required("tools_catalog.change_tool")
@require_POST
def mark_checked(request, key, pk):
    """Mark a tool's licence, an equivalence or a hosted offer as checked today (services)."""
    kind = KINDS.get(key)
    if kind is None or key not in CHECKABLE:
        raise Http404
    if not request.user.has_perm(_perm(kind, "change")):
        raise PermissionDenied
    entry = get_object_or_404(kind.queryset(), pk=pk)
    try:
        if key == "tool":
            services.tool_mark_licence_checked(tool=entry, user=request.user)
        else:
            services.fact_mark_checked(fact=entry, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"« {entry} » est marqué comme vérifié aujourd'hui.")
    if request.POST.get("depuis") == "a-verifier":
        return redirect("tools_catalog:stale_fact_list")
    return redirect(kind.url("update", entry.pk))
