"""Benchmark data of the campaigns: 100 campaigns (times `size`) on up to 200 communes, 5 steps each,
5,000 registrations on the sessions of the largest campaign, 100 one-off actions.

`generate(size=1)` bulk-creates the data (replacing a previous set, recognised by the "bench-campagne-"
slugs and "Bench " titles); `pages()` lists the pages to time: the largest campaign's page and its
report, the inventory and its JSON export, and the three widgets (cached, as partners see them).
"""

from datetime import timedelta

from auditlog.context import disable_auditlog
from django.db import transaction
from django.utils import timezone

from actors.models import Commune
from campaigns.models import Action, Campaign, Step
from trainings.models import Registration, Session, Training

CAMPAIGNS, COMMUNES, STEPS, REGISTRATIONS, SESSIONS, ACTIONS = 100, 200, 5, 5000, 100, 100
BIG = "bench-campagne-0"


def _communes(count):
    communes = list(Commune.objects.order_by("insee_code")[:count])
    missing = count - len(communes)
    existing = set(Commune.objects.values_list("insee_code", flat=True))
    codes = [f"37{n:03d}" for n in range(1, 1000) if f"37{n:03d}" not in existing][:missing]
    Commune.objects.bulk_create(
        Commune(name=f"Bench commune {code}", insee_code=code, postal_code="37000", latitude="47.2", longitude="0.7")
        for code in codes
    )
    return list(Commune.objects.order_by("insee_code")[:count])


def generate(*, size: float = 1) -> None:
    campaigns_count = max(2, int(CAMPAIGNS * size))
    registrations = max(10, int(REGISTRATIONS * size))
    sessions_count = max(2, int(SESSIONS * size))
    today = timezone.localdate()
    with disable_auditlog(), transaction.atomic():
        Campaign.objects.filter(slug__startswith="bench-campagne-").delete()
        Action.objects.filter(title__startswith="Bench ").delete()
        Session.objects.filter(venue_name="Bench salle campagne").delete()
        communes = _communes(COMMUNES)
        campaigns = Campaign.objects.bulk_create(
            Campaign(
                title=f"Bench campagne {index}",
                slug=f"bench-campagne-{index}",
                starts_on=today - timedelta(days=60),
                ends_on=today + timedelta(days=120),
                status=Campaign.Status.ONGOING,
                territory_name="Bench territoire",
                outcome="Bilan généré pour mesurer les performances.",
            )
            for index in range(campaigns_count)
        )
        through = Campaign.communes.through
        links = [through(campaign_id=campaigns[0].pk, commune_id=commune.pk) for commune in communes]
        for index, campaign in enumerate(campaigns[1:], start=1):
            links += [through(campaign_id=campaign.pk, commune_id=communes[(index + k) % len(communes)].pk)
                      for k in range(10)]  # fmt: skip
        through.objects.bulk_create(links)
        Step.objects.bulk_create(
            Step(campaign=campaign, title=f"Étape {k}", due_on=campaign.starts_on + timedelta(days=30 * k),
                 owner_name="Coordination", status=Step.Status.DONE if k == 0 else Step.Status.PLANNED)
            for campaign in campaigns
            for k in range(STEPS)
        )  # fmt: skip
        training = Training.objects.order_by("pk").first() or Training.objects.create(
            title="Bench module campagnes", slug="bench-module-campagnes", summary="Module", duration="2 heures"
        )
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        sessions = Session.objects.bulk_create(
            Session(
                training=training,
                start=now + timedelta(days=index - sessions_count // 2),
                end=now + timedelta(days=index - sessions_count // 2, hours=2),
                venue_name="Bench salle campagne",
                commune=communes[index % len(communes)],
                capacity=100,
            )
            for index in range(sessions_count)
        )
        statuses = [Registration.Status.CONFIRMED, Registration.Status.ATTENDED, Registration.Status.ABSENT]
        Registration.objects.bulk_create(
            Registration(
                session=sessions[index % len(sessions)],
                first_name="Bench",
                last_name=f"Personne {index}",
                email=f"bench-campagne-{index}@example.org",
                consent=True,
                status=statuses[index % 3],
                channel=f"mairie-{communes[index % len(communes)].insee_code}" if index % 2 else "",
                token=f"bench-campagne-{index}",
            )
            for index in range(registrations)
        )
        actions = Action.objects.bulk_create(
            Action(title=f"Bench action {index}", starts_on=today - timedelta(days=index), place="Salle")
            for index in range(max(2, int(ACTIONS * size)))
        )
        Action.communes.through.objects.bulk_create(
            Action.communes.through(action_id=action.pk, commune_id=communes[index % len(communes)].pk)
            for index, action in enumerate(actions)
        )


def pages() -> list[tuple[str, str]]:
    commune = Commune.objects.order_by("insee_code").values_list("insee_code", flat=True).first()
    return [
        ("campagnes : page d'une campagne (200 communes)", f"/campagnes/{BIG}/"),
        ("campagnes : bilan (5 000 inscriptions)", f"/campagnes/{BIG}/bilan/"),
        ("campagnes : inventaire des actions", "/actions/"),
        ("campagnes : inventaire JSON", "/actions/export.json"),
        ("campagnes : widget formations", f"/widgets/formations/?commune={commune}"),
        ("campagnes : widget acteurs", f"/widgets/acteurs/?commune={commune}"),
        ("campagnes : widget alternatives", "/widgets/alternatives/?produit=zoom"),
    ]
