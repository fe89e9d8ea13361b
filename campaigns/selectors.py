"""Reads of the campaigns app: each page's data in a fixed number of queries, aggregated in SQL."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from actors.models import Actor, Commune
from campaigns.models import Action, Campaign, Step, TownHallContact
from trainings.channels import TOWN_HALL_PREFIX, channel_label
from trainings.models import Registration, Session

# Registrations the report counts: people who registered for real (confirmed, on the waiting list,
# present or absent), not the requests left unconfirmed nor the cancellations.
COUNTED = [*Registration.TAKING_A_PLACE, Registration.Status.WAITLISTED]
MAP_LIMIT = 500


def campaign_queryset():
    return Campaign.objects.prefetch_related(
        Prefetch("communes", queryset=Commune.objects.only("name", "insee_code", "postal_code").order_by("name")),
        Prefetch("carriers", queryset=Actor.objects.only("name", "acronym", "slug").order_by("name")),
    )


def campaign_steps(campaign):
    """The steps with their sessions, actors and owner (four queries whatever their number)."""
    return list(
        campaign.steps.select_related("owner").prefetch_related(
            Prefetch("sessions", queryset=Session.objects.for_display().order_by("start")),
            Prefetch("actors", queryset=Actor.objects.only("name", "acronym", "slug", "is_published").order_by("name")),
        )
    )


def step_for_kit(campaign, pk):
    """A step of this campaign with its actors (two queries), or None (another campaign's step too)."""
    actors = Actor.objects.only("name", "acronym", "slug", "commune").order_by("name")
    return campaign.steps.prefetch_related(Prefetch("actors", queryset=actors)).filter(pk=pk).first()


def step_kit_session(step, now=None):
    """The session a step's poster points to: its first linked session still to come, not cancelled, of a
    published module (one query), or None; the poster then points to the campaign's page."""
    return (
        step.sessions.for_display()
        .published()
        .filter(start__gt=now or timezone.now())
        .exclude(status=Session.Status.CANCELLED)
        .order_by("start", "pk")
        .first()
    )


def _commune_ids(campaign):
    return Campaign.communes.through.objects.filter(campaign_id=campaign.pk).values("commune_id")


def campaign_sessions(campaign, *, include_hidden=False):
    """Sessions held on the territory during the campaign, and those linked to its steps, by start."""
    start = timezone.make_aware(timezone.datetime.combine(campaign.starts_on, timezone.datetime.min.time()))
    end = timezone.make_aware(timezone.datetime.combine(campaign.ends_on, timezone.datetime.max.time()))
    linked = Step.sessions.through.objects.filter(step__campaign_id=campaign.pk).values("session_id")
    queryset = Session.objects.filter(
        Q(commune_id__in=_commune_ids(campaign), start__gte=start, start__lte=end) | Q(pk__in=linked)
    )
    if not include_hidden:
        queryset = queryset.published()
    return queryset.for_display().order_by("start", "pk")


PAGE_SESSIONS = 50


def campaign_sessions_for_page(campaign, now=None):
    """The campaign page's sessions: the next PAGE_SESSIONS not finished, and how many more and past (3 queries)."""
    now = now or timezone.now()
    sessions = campaign_sessions(campaign)
    upcoming = sessions.filter(end__gte=now)
    shown = list(upcoming[:PAGE_SESSIONS])
    return {
        "sessions": shown,
        "more_count": upcoming.count() - len(shown) if len(shown) == PAGE_SESSIONS else 0,
        "past_count": sessions.filter(end__lt=now).count(),
    }


def campaign_actors(campaign):
    """Published actors of the campaign: its carriers, those linked to a step, those serving its communes."""
    carriers = Campaign.carriers.through.objects.filter(campaign_id=campaign.pk).values("actor_id")
    of_steps = Step.actors.through.objects.filter(step__campaign_id=campaign.pk).values("actor_id")
    serving = Actor.communes_served.through.objects.filter(commune_id__in=_commune_ids(campaign)).values("actor_id")
    return Actor.objects.published().filter(Q(pk__in=carriers) | Q(pk__in=of_steps) | Q(pk__in=serving))


def campaign_map_markers(campaign):
    rows = (
        campaign_actors(campaign)
        .filter(latitude__isnull=False, longitude__isnull=False)
        .values_list("name", "slug", "latitude", "longitude", "commune", "location_is_approximate")[:MAP_LIMIT]
    )
    return [
        {
            "name": name,
            "url": f"/acteurs/{slug}/",
            "lat": float(latitude),
            "lon": float(longitude),
            "commune": commune,
            "approximate": approximate,
        }
        for name, slug, latitude, longitude, commune, approximate in rows
    ]


@dataclass
class Report:
    campaign: Campaign
    sessions: list
    per_commune: list
    per_channel: list
    actors: list
    steps: list
    steps_done: int
    steps_late: int
    total_registrations: int
    total_attended: int
    contacts: list


def campaign_report(campaign, today=None):
    """The funder report: sessions with attendance, registrations per commune and per channel, actors,
    steps done and late. A fixed number of queries; counts are SQL aggregates."""
    today = today or timezone.localdate()
    session_ids = campaign_sessions(campaign, include_hidden=True).values("pk")
    sessions = list(
        campaign_sessions(campaign, include_hidden=True).annotate(
            registered=Count("registrations", filter=Q(registrations__status__in=COUNTED)),
            attended=Count("registrations", filter=Q(registrations__status=Registration.Status.ATTENDED)),
            absent=Count("registrations", filter=Q(registrations__status=Registration.Status.ABSENT)),
        )
    )
    counted = Registration.objects.filter(session_id__in=session_ids, status__in=COUNTED).order_by()
    per_commune = list(
        counted.values("session__commune__name").annotate(n=Count("pk")).order_by("-n", "session__commune__name")
    )
    channel_rows = list(counted.values("channel").annotate(n=Count("pk")).order_by("-n", "channel"))
    insee_codes = [
        row["channel"][len(TOWN_HALL_PREFIX) :] for row in channel_rows if row["channel"].startswith(TOWN_HALL_PREFIX)
    ]
    names = dict(Commune.objects.filter(insee_code__in=insee_codes).values_list("insee_code", "name"))
    per_channel = [
        {"code": row["channel"], "label": channel_label(row["channel"], names), "n": row["n"]} for row in channel_rows
    ]
    steps = list(campaign.steps.select_related("owner").order_by("due_on", "pk"))
    contacts = list(
        TownHallContact.objects.filter(campaign=campaign).select_related("commune").order_by("commune__name")
    )
    return Report(
        campaign=campaign,
        sessions=sessions,
        per_commune=per_commune,
        per_channel=per_channel,
        actors=list(campaign_actors(campaign).only("name", "acronym", "slug", "commune")),
        steps=steps,
        steps_done=sum(step.status == Step.Status.DONE for step in steps),
        steps_late=sum(step.is_late(today) for step in steps),
        total_registrations=sum(session.registered for session in sessions),
        total_attended=sum(session.attended for session in sessions),
        contacts=contacts,
    )


def inventory(*, commune=None, year=None, kind=None):
    """The public inventory: campaigns (not in preparation) and published one-off actions, newest first.

    `kind` is "campagne" or one of Action.Kind. Two queries for the rows, plus the prefetches.
    """
    campaigns, actions = Campaign.objects.public(), Action.objects.published()
    if commune is not None:
        campaigns = campaigns.filter(communes=commune)
        actions = actions.filter(communes=commune)
    if year:
        campaigns = campaigns.filter(starts_on__year__lte=year, ends_on__year__gte=year)
        actions = actions.filter(starts_on__year=year)
    communes = Prefetch("communes", queryset=Commune.objects.only("name", "insee_code").order_by("name"))
    carriers = Prefetch("carriers", queryset=Actor.objects.only("name", "acronym", "slug").order_by("name"))
    items = []
    if kind in (None, "campagne"):
        for campaign in campaigns.prefetch_related(communes, carriers):
            items.append(
                {
                    "type": "campagne",
                    "type_label": "Campagne",
                    "titre": campaign.title,
                    "debut": campaign.starts_on,
                    "fin": campaign.ends_on,
                    "lieu": campaign.territory_name,
                    "communes": list(campaign.communes.all()),
                    "porteurs": list(campaign.carriers.all()),
                    "bilan": campaign.outcome,
                    "url": campaign.get_absolute_url(),
                }
            )
    if kind is None or kind in Action.Kind.values:
        if kind:
            actions = actions.filter(kind=kind)
        for action in actions.prefetch_related(communes, carriers):
            items.append(
                {
                    "type": action.kind,
                    "type_label": action.get_kind_display(),
                    "titre": action.title,
                    "debut": action.starts_on,
                    "fin": action.ends_on or action.starts_on,
                    "lieu": action.place,
                    "communes": list(action.communes.all()),
                    "porteurs": list(action.carriers.all()),
                    "bilan": action.outcome,
                    "url": "",
                }
            )
    items.sort(key=lambda item: (item["debut"], item["titre"]), reverse=True)
    return items
