"""Demo campaign (DEBUG demo content): a campaign on the Communauté de communes Loches Sud Touraine,
a real intercommunality of Indre-et-Loire, with its steps, a session, town halls and a one-off action.

Idempotent: what exists (same slug, same titles) is left as it is. The town halls' contact details
come from the sample directory file (fictional addresses under example.org).
"""

from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from actors.models import Actor, Commune
from campaigns import services, townhalls
from campaigns.models import Action, Campaign, Funding, Step
from trainings.models import Session, Training

SLUG = "numerique-libre-loches-sud-touraine"
TERRITORY = "Communauté de communes Loches Sud Touraine"
EPCI_CODE = "200071587"  # SIREN of the CC Loches Sud Touraine (67 communes)
SAMPLE = Path(__file__).resolve().parent / "content" / "annuaire-mairies-exemple.csv"


def _communes():
    return list(Commune.objects.filter(epci_code=EPCI_CODE))


def load(*, stdout):
    communes = _communes()
    if not communes:
        stdout.write("Campagnes : pas de commune du Lochois, campagne de démonstration non créée.")
        return
    today = timezone.localdate()
    campaign = Campaign.objects.filter(slug=SLUG).first()
    carriers = list(Actor.objects.published().order_by("name")[:2])
    if campaign is None:
        campaign = services.campaign_create(
            title="Numérique libre dans le Lochois (démo)",
            starts_on=today - timedelta(days=60),
            ends_on=today + timedelta(days=120),
            communes=communes,
            carriers=carriers,
            summary="Une réponse collective à l'appel FDVA pour les petites associations de bénévoles du Lochois : "
            "une soirée pour se connaître, des ateliers, une permanence chaque mois, un bilan.",
            territory_name=TERRITORY,
            funding=Funding.FDVA,
            funding_amount="4500",
            status=Campaign.Status.ONGOING,
        )
        campaign.slug = SLUG
        campaign.save(update_fields=["slug"])
    loches = next((commune for commune in communes if commune.insee_code == "37132"), communes[0])
    training = Training.objects.filter(is_published=True).order_by("pk").first()
    session = None
    if training is not None:
        start = timezone.make_aware(timezone.datetime.combine(today + timedelta(days=21), timezone.datetime.min.time()))
        session, _ = Session.objects.get_or_create(
            training=training,
            venue_name="Salle des associations (démo)",
            commune=loches,
            defaults={"start": start + timedelta(hours=18), "end": start + timedelta(hours=20), "capacity": 15},
        )
    steps = [
        ("Soirée d'interconnaissance", -45, Step.Status.DONE, "Centre social du Lochois"),
        ("Appel aux mairies : affiches et bulletins", -10, Step.Status.PLANNED, "Coordination"),
        ("Atelier 1 : communiquer avec des outils libres", 21, Step.Status.PLANNED, "Coordination"),
        ("Permanence mensuelle", 50, Step.Status.PLANNED, "Tiers-lieu de Loches"),
        ("Bilan avec le financeur", 115, Step.Status.PLANNED, "Coordination"),
    ]
    existing = set(campaign.steps.values_list("title", flat=True))
    for title, days, status, owner in steps:
        if title in existing:
            continue
        services.step_create(
            campaign=campaign,
            title=title,
            due_on=today + timedelta(days=days),
            status=status,
            owner_name=owner,
            sessions=[session] if session is not None and title.startswith("Atelier 1") else [],
            actors=carriers[:1],
        )
    if not Action.objects.filter(title="Stand au forum des associations de Tours (démo)").exists():
        tours = list(Commune.objects.filter(insee_code="37261"))
        services.action_save(
            title="Stand au forum des associations de Tours (démo)",
            kind=Action.Kind.STAND,
            starts_on=today - timedelta(days=90),
            place="Parc des expositions",
            communes=tours,
            carriers=carriers,
            outcome="Une quarantaine de conversations, 12 associations intéressées par un atelier.",
        )
    result = services.town_halls_load(townhalls.parse(SAMPLE.read_text(encoding="utf-8")))
    stdout.write(
        f"Campagnes : « {campaign.title} » ({len(communes)} communes, {campaign.steps.count()} étapes), "
        f"{result.loaded} mairies d'exemple."
    )
