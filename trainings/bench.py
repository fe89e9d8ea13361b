"""Benchmark data of the trainings app: 5,000 sessions and 50,000 registrations (times `size`)."""

import secrets
from datetime import timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from actors.models import Commune
from trainings.models import Audience, Registration, Session, Training

SESSIONS = 5_000
REGISTRATIONS_PER_SESSION = 10
TRAININGS = 20
BATCH = 2_000


@transaction.atomic
def generate(*, size: int) -> None:
    commune, _ = Commune.objects.get_or_create(
        insee_code="37261",
        defaults={"name": "Tours", "postal_code": "37000", "latitude": "47.39414", "longitude": "0.68484"},
    )
    audiences = list(Audience.values)
    formats = list(Training.Format.values)
    trainings = []
    for index in range(TRAININGS):
        training, _ = Training.objects.update_or_create(
            slug=f"bench-module-{index}",
            defaults={
                "title": f"Module de test {index}",
                "audiences": [audiences[index % len(audiences)]],
                "summary": "Module généré pour mesurer les performances.",
                "programme": "1. Accueil\n2. Contenu\n3. Bilan",
                "duration": "3 heures",
                "format": formats[index % len(formats)],
            },
        )
        trainings.append(training)
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    total = SESSIONS * size
    # Half in the past, half ahead, spread over about four years.
    sessions = []
    for index in range(total):
        start = now + timedelta(hours=6 * (index - total // 2) + 1)
        sessions.append(
            Session(
                training=trainings[index % TRAININGS],
                start=start,
                end=start + timedelta(hours=3),
                venue_name=f"Salle {index % 50}",
                address="1 rue des Tests",
                commune=commune,
                capacity=12,
                status=Session.Status.CANCELLED if index % 97 == 0 else Session.Status.CONFIRMED,
                cancelled_at=now if index % 97 == 0 else None,
            )
        )
    created = Session.objects.bulk_create(sessions, batch_size=BATCH)
    registrations = []
    for session in created:
        for number in range(REGISTRATIONS_PER_SESSION):
            registrations.append(
                Registration(
                    session=session,
                    first_name="Prénom",
                    last_name=f"Nom {number}",
                    email=f"personne{number}.{session.pk}@example.org",
                    organisation="Association de test",
                    status=Registration.Status.CONFIRMED,
                    token=secrets.token_urlsafe(32),
                    consent=True,
                )
            )
        if len(registrations) >= BATCH * 5:
            Registration.objects.bulk_create(registrations, batch_size=BATCH)
            registrations = []
    Registration.objects.bulk_create(registrations, batch_size=BATCH)


def pages() -> list[tuple[str, str]]:
    today = timezone.localdate()
    session = Session.objects.upcoming().published().first()
    result = [
        ("formations : liste", reverse("trainings:session_list")),
        ("formations : calendrier du mois", reverse("trainings:calendar_month", args=[today.year, today.month])),
        ("formations : flux iCalendar complet", reverse("trainings:feed")),
        ("formations : archives", reverse("trainings:archive")),
    ]
    if session is not None:
        result.append(("formations : page d'une session", reverse("trainings:session_detail", args=[session.pk])))
    return result
