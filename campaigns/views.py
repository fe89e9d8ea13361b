"""Pages of the campaigns app: public campaign pages and inventory, coordinators' pages, the town-hall
kit, and the widgets partners embed. Views stay thin: permission, form, selector or service, render."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_GET, require_http_methods

from campaigns import selectors, services
from campaigns.forms import (
    ActionForm,
    CampaignForm,
    InventoryFilterForm,
    SessionKitForm,
    StepForm,
    TownHallContactForm,
    TownHallForm,
)
from campaigns.models import Action, Campaign, Step, TownHall, TownHallContact
from core.exports import csv_response, envelope, json_response, open_data_csv_response
from core.perms import permission_required
from core.qr import qr_svg
from core.roles import is_advisor, is_coordinator
from trainings.channels import clean_channel, town_hall_channel
from trainings.models import Session


def _map_settings():
    return {
        "tile_url": settings.MAP_TILE_URL,
        "attribution": "© les contributeurs d’OpenStreetMap",
        "attribution_url": "https://www.openstreetmap.org/copyright",
    }


def _in_network(user):
    return is_coordinator(user) or is_advisor(user)


def _campaign_for(request, slug):
    """A campaign, public once under way; while "en préparation", for the network (coordinators, advisors) only."""
    campaign = get_object_or_404(selectors.campaign_queryset(), slug=slug)
    if not campaign.is_public and not _in_network(request.user):
        if not request.user.is_authenticated:
            raise _LoginNeeded
        raise PermissionDenied
    return campaign


class _LoginNeeded(Exception):
    pass


def _with_login(view):
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except _LoginNeeded:
            return redirect_to_login(request.get_full_path())

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@require_GET
def campaign_list(request):
    """Public: the campaigns under way or done; the network also sees those in preparation."""
    queryset = Campaign.objects.all() if _in_network(request.user) else Campaign.objects.public()
    campaigns = list(queryset.order_by("-starts_on", "pk"))
    return render(request, "campaigns/campaign_list.html", {"nav": "campaigns", "campaigns": campaigns})


@_with_login
@require_GET
def campaign_detail(request, slug):
    """Public (network-only while in preparation): the territory's map and actors, sessions, steps."""
    campaign = _campaign_for(request, slug)
    today = timezone.localdate()
    steps = selectors.campaign_steps(campaign)
    # A visit from a step's poster (`?canal=mairie-<INSEE>`): the code is kept in the links to the sessions
    # on this page, so that a registration still counts for that town hall (nothing stored, no cookie).
    channel = clean_channel(request.GET["canal"]) if request.GET.get("canal") else ""
    return render(
        request,
        "campaigns/campaign_detail.html",
        {
            "nav": "campaigns",
            "campaign": campaign,
            "communes": list(campaign.communes.all()),
            "steps": steps,
            "today": today,
            "channel": channel,
            **selectors.campaign_sessions_for_page(campaign),
            "actors": list(selectors.campaign_actors(campaign).only("name", "acronym", "slug", "commune")[:200]),
            "map": _map_settings(),
            "map_data_url": reverse("campaigns:campaign_map_data", args=[campaign.slug]),
            "can_manage": request.user.has_perm("campaigns.change_campaign"),
        },
    )


@_with_login
@require_GET
def campaign_map_data(request, slug):
    """Markers of the campaign's actors for the map (the actors directory's map script reads it)."""
    campaign = _campaign_for(request, slug)
    markers = selectors.campaign_map_markers(campaign)
    return JsonResponse({"count": len(markers), "actors": markers})


def _form_error(form, error):
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


@permission_required("campaigns.add_campaign")
@require_http_methods(["GET", "POST"])
def campaign_create(request):
    form = CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            campaign = services.campaign_create(**form.service_values())
        except ValidationError as error:
            _form_error(form, error)
        else:
            return redirect(campaign)
    return render(request, "campaigns/campaign_form.html", {"nav": "campaigns", "form": form, "campaign": None})


@permission_required("campaigns.change_campaign")
@require_http_methods(["GET", "POST"])
def campaign_update(request, slug):
    campaign = get_object_or_404(Campaign, slug=slug)
    form = CampaignForm(request.POST or None, instance=campaign)
    if request.method == "POST" and form.is_valid():
        try:
            campaign = services.campaign_update(campaign=Campaign.objects.get(pk=campaign.pk), **form.service_values())
        except ValidationError as error:
            _form_error(form, error)
        else:
            return redirect(campaign)
    return render(request, "campaigns/campaign_form.html", {"nav": "campaigns", "form": form, "campaign": campaign})


def _step_form(request, campaign, step=None):
    sessions = selectors.campaign_sessions(campaign, include_hidden=True)
    return StepForm(request.POST or None, instance=step, campaign=campaign, sessions=sessions)


@permission_required("campaigns.add_step")
@require_http_methods(["GET", "POST"])
def step_create(request, slug):
    campaign = get_object_or_404(Campaign, slug=slug)
    form = _step_form(request, campaign)
    if request.method == "POST" and form.is_valid():
        try:
            services.step_create(campaign=campaign, **form.service_values())
        except ValidationError as error:
            _form_error(form, error)
        else:
            return redirect(campaign.get_absolute_url() + "#etapes")
    return render(request, "campaigns/step_form.html", {"nav": "campaigns", "form": form, "campaign": campaign})


@permission_required("campaigns.change_step")
@require_http_methods(["GET", "POST"])
def step_update(request, slug, pk):
    campaign = get_object_or_404(Campaign, slug=slug)
    step = get_object_or_404(Step, campaign=campaign, pk=pk)
    form = _step_form(request, campaign, step)
    if request.method == "POST" and form.is_valid():
        try:
            services.step_update(step=step, **form.service_values())
        except ValidationError as error:
            _form_error(form, error)
        else:
            return redirect(campaign.get_absolute_url() + "#etapes")
    return render(
        request, "campaigns/step_form.html", {"nav": "campaigns", "form": form, "campaign": campaign, "step": step}
    )


# --- Funder report -------------------------------------------------------------------------------


@permission_required("campaigns.view_campaign")
@require_GET
def report(request, slug):
    """The funder report (printable): coordinators only."""
    campaign = get_object_or_404(selectors.campaign_queryset(), slug=slug)
    data = selectors.campaign_report(campaign)
    context = {"nav": "campaigns", "campaign": campaign, "report": data, "today": timezone.localdate()}
    return render(request, "campaigns/report.html", context)


@permission_required("campaigns.view_campaign")
@require_GET
def report_csv(request, slug):
    campaign = get_object_or_404(selectors.campaign_queryset(), slug=slug)
    data = selectors.campaign_report(campaign)
    rows = [["campagne", campaign.title, "", ""]]
    rows.append(["période", f"{campaign.starts_on:%d/%m/%Y} – {campaign.ends_on:%d/%m/%Y}", "", ""])
    rows.append(["financement", campaign.get_funding_display(), str(campaign.funding_amount or ""), ""])
    for session in data.sessions:
        rows.append(
            [
                "session",
                f"{session.training.title} {timezone.localtime(session.start):%d/%m/%Y}",
                session.commune.name if session.commune_id else "",
                f"inscrits {session.registered} ; présents {session.attended} ; absents {session.absent}",
            ]
        )
    for row in data.per_commune:
        rows.append(["inscriptions par commune", row["session__commune__name"] or "(à distance)", row["n"], ""])
    for row in data.per_channel:
        rows.append(["inscriptions par canal", row["label"], row["n"], row["code"]])
    for actor in data.actors:
        rows.append(["acteur", actor.name, actor.commune, ""])
    today = timezone.localdate()
    for step in data.steps:
        state = "en retard" if step.is_late(today) else step.get_status_display()
        rows.append(["étape", step.title, f"{step.due_on:%d/%m/%Y}", state])
    return csv_response(f"bilan-{campaign.slug}.csv", ["rubrique", "libellé", "valeur", "détail"], rows)


# --- Town halls ----------------------------------------------------------------------------------


@permission_required("campaigns.change_townhallcontact")
@require_http_methods(["GET", "POST"])
def town_halls(request, slug):
    """Per campaign: each commune's town hall and the checklist "contactée le / relancée / affiche posée"."""
    campaign = get_object_or_404(Campaign, slug=slug)
    communes = list(campaign.communes.select_related("town_hall").order_by("name"))
    contacts = {contact.commune_id: contact for contact in TownHallContact.objects.filter(campaign=campaign)}
    forms, status = [], 200
    for commune in communes:
        contact = contacts.get(commune.pk) or TownHallContact(campaign=campaign, commune=commune)
        posted = request.method == "POST" and request.POST.get("commune") == commune.insee_code
        form = TownHallContactForm(request.POST if posted else None, instance=contact, prefix=commune.insee_code)
        if posted and form.is_valid():
            try:
                services.town_hall_contact_set(campaign=campaign, commune=commune, **form.cleaned_data)
            except ValidationError as error:
                _form_error(form, error)
                status = 200
            else:
                return redirect(reverse("campaigns:town_halls", args=[slug]) + f"#mairie-{commune.insee_code}")
        forms.append((commune, getattr(commune, "town_hall", None), form))
    return render(
        request,
        "campaigns/town_halls.html",
        {"nav": "campaigns", "campaign": campaign, "rows": forms},
        status=status,
    )


@permission_required("campaigns.change_townhall")
@require_http_methods(["GET", "POST"])
def town_hall_update(request, insee):
    town_hall = get_object_or_404(TownHall.objects.select_related("commune"), commune__insee_code=insee)
    form = TownHallForm(request.POST or None, instance=town_hall)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.town_hall_update(
            town_hall=TownHall.objects.get(pk=town_hall.pk),
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            website=data["website"],
        )
        back = request.GET.get("campagne", "")
        if back and Campaign.objects.filter(slug=back).exists():
            return redirect("campaigns:town_halls", slug=back)
        return redirect("campaigns:campaign_list")
    return render(request, "campaigns/town_hall_form.html", {"nav": "campaigns", "form": form, "town_hall": town_hall})


# --- Town-hall kit -------------------------------------------------------------------------------


def _kit_commune(request, campaign, *, strict=False):
    """The town hall chosen for the kit (`?commune=<INSEE>`, a commune of the campaign). On the kit page a
    wrong code gives the choice again; on a poster (`strict`), a wrong code is a 404 (never a poster
    without the channel code it was asked for)."""
    form = SessionKitForm(request.GET or None, communes=campaign.communes.order_by("name"))
    commune = form.cleaned_data["commune"] if form.is_valid() else None
    if strict and commune is None and request.GET.get("commune"):
        raise Http404("Commune inconnue pour cette campagne.")
    return form, commune


def _kit_context(request, slug, session_pk, *, strict=False):
    campaign = get_object_or_404(Campaign, slug=slug)
    session = get_object_or_404(Session.objects.for_display(), pk=session_pk)
    form, commune = _kit_commune(request, campaign, strict=strict)
    return campaign, session, form, commune


def _channel_link(path, commune):
    url = settings.SITE_URL.rstrip("/") + path
    if commune is not None:
        url += "?" + urlencode({"canal": town_hall_channel(commune.insee_code)})
    return url


def _session_link(session, commune):
    return _channel_link(session.get_absolute_url(), commune)


@permission_required("campaigns.view_campaign")
@require_GET
def kit(request, slug, session_pk):
    """The town-hall kit of a session: poster, flyer, bulletin text and e-mail for one commune's town hall."""
    campaign, session, form, commune = _kit_context(request, slug, session_pk)
    town_hall = TownHall.objects.filter(commune=commune).first() if commune else None
    link = _session_link(session, commune)
    return render(
        request,
        "campaigns/kit.html",
        {
            "nav": "campaigns",
            "campaign": campaign,
            "session": session,
            "form": form,
            "commune": commune,
            "town_hall": town_hall,
            "link": link,
            "query": urlencode({"commune": commune.insee_code}) if commune else "",
            "poster_url": reverse("campaigns:poster", args=[campaign.slug, session.pk]),
            "flyer_url": reverse("campaigns:flyer", args=[campaign.slug, session.pk]),
        },
    )


@permission_required("campaigns.view_campaign")
@require_GET
def poster(request, slug, session_pk, size):
    """An A4 poster or an A5 flyer to print, with the QR code of the session page and its channel code."""
    campaign, session, form, commune = _kit_context(request, slug, session_pk, strict=True)
    link = _session_link(session, commune)
    return render(
        request,
        "campaigns/poster.html",
        {
            "campaign": campaign,
            "session": session,
            "commune": commune,
            "link": link,
            "qr": qr_svg(link),
            "size": size,
            "kit_url": reverse("campaigns:kit", args=[campaign.slug, session.pk]),
        },
    )


def _step_kit_context(request, slug, step_pk, *, strict=False):
    """The campaign, its step (404 for another campaign's step), the session the QR code points to (the
    first linked session still to come, else none: the campaign's page), the chosen commune and the link."""
    campaign = get_object_or_404(selectors.campaign_queryset(), slug=slug)
    step = selectors.step_for_kit(campaign, step_pk)
    if step is None:
        raise Http404("Étape inconnue pour cette campagne.")
    session = selectors.step_kit_session(step)
    form, commune = _kit_commune(request, campaign, strict=strict)
    link = _channel_link((session or campaign).get_absolute_url(), commune)
    return {"campaign": campaign, "step": step, "session": session, "form": form, "commune": commune, "link": link}


@permission_required("campaigns.view_campaign")
@require_GET
def step_kit(request, slug, step_pk):
    """The town-hall kit of a step (with or without sessions): poster, flyer, bulletin text and e-mail."""
    context = _step_kit_context(request, slug, step_pk)
    campaign, step, commune = context["campaign"], context["step"], context["commune"]
    return render(
        request,
        "campaigns/step_kit.html",
        {
            **context,
            "nav": "campaigns",
            "town_hall": TownHall.objects.filter(commune=commune).first() if commune else None,
            "query": urlencode({"commune": commune.insee_code}) if commune else "",
            "poster_url": reverse("campaigns:step_poster", args=[campaign.slug, step.pk]),
            "flyer_url": reverse("campaigns:step_flyer", args=[campaign.slug, step.pk]),
        },
    )


@permission_required("campaigns.view_campaign")
@require_GET
def step_poster(request, slug, step_pk, size):
    """An A4 poster or an A5 flyer of a step, its QR code to the step's next session or the campaign's page."""
    context = _step_kit_context(request, slug, step_pk, strict=True)
    return render(
        request,
        "campaigns/step_poster.html",
        {
            **context,
            "qr": qr_svg(context["link"]),
            "size": size,
            "kit_url": reverse("campaigns:step_kit", args=[context["campaign"].slug, context["step"].pk]),
        },
    )


# --- Inventory of actions ------------------------------------------------------------------------


def _inventory(request):
    form = InventoryFilterForm(request.GET or None)
    return form, selectors.inventory(**form.filters()) if request.GET else selectors.inventory()


@require_GET
def inventory(request):
    """Public: the inventory of the group's actions, filterable by commune, year and kind."""
    form, items = _inventory(request)
    can_add = request.user.has_perm("campaigns.add_action")
    if not request.GET:
        form.ignored = []
    query = request.GET.urlencode()
    return render(
        request,
        "campaigns/inventory.html",
        {
            "nav": "campaigns",
            "form": form,
            "items": items,
            "ignored": form.ignored,
            "query": query,
            "can_add": can_add,
        },
    )


def _inventory_rows(items):
    for item in items:
        yield {
            "type": item["type"],
            "titre": item["titre"],
            "debut": item["debut"].isoformat(),
            "fin": item["fin"].isoformat() if item["fin"] else "",
            "lieu": item["lieu"],
            "communes": [commune.insee_code for commune in item["communes"]],
            "porteurs": [actor.name for actor in item["porteurs"]],
            "bilan": item["bilan"],
            "url": settings.SITE_URL.rstrip("/") + item["url"] if item["url"] else "",
        }


@require_GET
def inventory_csv(request):
    """Public: the inventory as CSV, under the portal's open-data licence."""
    _form, items = _inventory(request)
    header = ["type", "titre", "debut", "fin", "lieu", "communes", "porteurs", "bilan", "url"]
    rows = (
        [row[key] if not isinstance(row[key], list) else ", ".join(row[key]) for key in header]
        for row in _inventory_rows(items)
    )
    source = settings.SITE_URL.rstrip("/") + reverse("campaigns:inventory")
    return open_data_csv_response("actions.csv", header, rows, source=source)


@require_GET
def inventory_json(request):
    """Public: the inventory as JSON in the portal's envelope, under the open-data licence."""
    _form, items = _inventory(request)
    source = settings.SITE_URL.rstrip("/") + reverse("campaigns:inventory")
    return json_response(
        "actions.json", envelope("ptca-actions", {"actions": list(_inventory_rows(items))}, source=source)
    )


@permission_required("campaigns.add_action")
@require_http_methods(["GET", "POST"])
def action_form(request, pk=None):
    """A one-off action of the inventory (coordinators)."""
    action = get_object_or_404(Action, pk=pk) if pk else None
    form = ActionForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        values = {name: data[name] for name in form.Meta.fields if name not in ("communes", "carriers")}
        try:
            services.action_save(
                action=Action.objects.get(pk=action.pk) if action else None,
                communes=list(data["communes"]),
                carriers=list(data["carriers"]),
                **values,
            )
        except ValidationError as error:
            _form_error(form, error)
        else:
            return redirect("campaigns:inventory")
    return render(request, "campaigns/action_form.html", {"nav": "campaigns", "form": form, "action": action})
