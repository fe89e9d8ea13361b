"""Demo data of the trainings app (DEBUG only, `manage.py demo_data`): fictional sessions of the seeded
modules, placed relative to today, with fictional registrants (…@example.org).

Idempotent: sessions by (module, venue), registrations by (session, e-mail). Running it again on a later
day moves the demo sessions so the calendar is never empty. It never writes a module, an actor or a
commune: those are seeded content (`manage.py seed_content`), read here by slug or INSEE code; a demo
session whose module or commune is missing is skipped.

Registrations are written directly rather than through `registration_create`: past sessions (attended,
absent) and a full session with its waiting list are part of the demo, and registration is closed for
the former.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from actors.models import Actor, Commune
from trainings.models import Registration, Session, Training

# (module slug, venue, days from today, start hour, end hour, extra days, commune, host slug, capacity, status,
#  online link, registrants, waitlisted)
SESSIONS = [
    ("numerique-libre-associations-enjeux-acteurs", "Maison des associations", 9, (9, 30), (12, 30), 0, "37261",
     "ptca37", 12, Session.Status.CONFIRMED, "", 12, 3),
    ("numerique-libre-associations-enjeux-acteurs", "FunLab", 30, (14, 0), (17, 0), 0, "37261",
     "funlab", 15, Session.Status.PLANNED, "", 4, 0),
    ("numerique-libre-associations-enjeux-acteurs", "Espace Malraux", 62, (9, 30), (12, 30), 0, "37122",
     None, 15, Session.Status.PLANNED, "", 1, 0),
    ("numerique-libre-associations-enjeux-acteurs", "Salle du conseil", -40, (9, 30), (12, 30), 0, "37261",
     "ptca37", 12, Session.Status.CONFIRMED, "", 7, 0),
    ("accompagner-association-outils-libres", "Ligue de l'enseignement 37", 21, (9, 0), (17, 0), 1, "37261",
     "ligue-enseignement-37", 10, Session.Status.CONFIRMED, "https://meet.jit.si/ptca37-accompagner", 6, 0),
    ("accompagner-association-outils-libres", "À distance et à Tours", 84, (9, 0), (17, 0), 1, "37261",
     None, 10, Session.Status.PLANNED, "https://meet.jit.si/ptca37-accompagner-2", 0, 0),
    ("prendre-en-main-suite-bureautique-libre", "Atelier d'Informatique participative", 14, (9, 30), (16, 30), 0,
     "37233", "informatique-participative", 8, Session.Status.CONFIRMED, "", 5, 0),
    ("prendre-en-main-suite-bureautique-libre", "Atelier (2e session)", 45, (9, 30), (16, 30), 0,
     "37233", "informatique-participative", 8, Session.Status.PLANNED, "", 0, 0),
]  # fmt: skip

FIRST_NAMES = ["Camille", "Dominique", "Claude", "Sacha", "Alix", "Morgane", "Lou", "Yanis", "Inès", "Noé"]
LAST_NAMES = ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Michel", "Garcia"]
ORGANISATIONS = [
    "Point d'appui à la vie associative",
    "Maison des associations",
    "Centre social",
    "Espace de vie sociale",
]


def _at(day, hour_minute):
    return timezone.make_aware(datetime.combine(day, time(*hour_minute)))


def _registrants(session, count, waitlisted, *, past):
    for index in range(count + waitlisted):
        first, last = FIRST_NAMES[index % len(FIRST_NAMES)], LAST_NAMES[(index * 3) % len(LAST_NAMES)]
        if index >= count:
            status = Registration.Status.WAITLISTED
        elif past:
            status = Registration.Status.ABSENT if index == 0 else Registration.Status.ATTENDED
        else:
            status = Registration.Status.CONFIRMED
        Registration.objects.update_or_create(
            session=session,
            email=f"{first.lower()}.{last.lower()}.{session.pk}-{index}@example.org".replace("è", "e").replace(
                "é", "e"
            ),
            defaults={
                "first_name": first,
                "last_name": last,
                "organisation": ORGANISATIONS[index % len(ORGANISATIONS)],
                "role": "Conseiller·ère à l'accueil" if index % 2 else "Bénévole",
                "status": status,
                "consent": True,
            },
        )


def load(*, stdout):
    trainings = {training.slug: training for training in Training.objects.filter(slug__in={row[0] for row in SESSIONS})}
    communes = {
        commune.insee_code: commune for commune in Commune.objects.filter(insee_code__in={row[6] for row in SESSIONS})
    }
    hosts = {actor.slug: actor for actor in Actor.objects.filter(slug__in={row[7] for row in SESSIONS if row[7]})}
    today = timezone.localdate()
    created = skipped = 0
    for slug, venue, days, start, end, extra_days, insee, host, capacity, status, online, count, waiting in SESSIONS:
        if slug not in trainings or insee not in communes:
            skipped += 1
            continue
        day = today + timedelta(days=days)
        session, _ = Session.objects.update_or_create(
            training=trainings[slug],
            venue_name=venue,
            defaults={
                "start": _at(day, start),
                "end": _at(day + timedelta(days=extra_days), end),
                "address": "",
                "commune": communes[insee],
                "host": hosts.get(host),
                "capacity": capacity,
                "status": status,
                "online_url": online,
                "registration_deadline": _at(day - timedelta(days=2), (18, 0)) if days > 3 else None,
            },
        )
        _registrants(session, count, waiting, past=days < 0)
        created += 1
    stdout.write(
        f"Formations : {created} sessions de démonstration"
        + (f" ({skipped} sans module ou commune)." if skipped else ".")
    )
