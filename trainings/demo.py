"""Demo content of the trainings app: the three modules of the issue, with sessions placed relative to today.

Idempotent: modules by slug, sessions by (module, venue), registrations by (session, e-mail). Running it
again on a later day moves the sessions so the calendar is never empty. Actors, tools and needs are
linked by slug when the other apps' demo content is loaded; missing ones are skipped.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from actors.models import Actor, Commune
from tools_catalog.models import Need, Tool
from trainings.models import Audience, Registration, Session, Training

COMMUNES = [
    ("37261", "Tours", "37000", "47.39414", "0.68484"),
    ("37122", "Joué-lès-Tours", "37300", "47.35222", "0.66366"),
    ("37233", "Saint-Pierre-des-Corps", "37700", "47.38623", "0.72360"),
]

TRAININGS = [
    {
        "slug": "numerique-libre-associations-enjeux-acteurs",
        "title": "Le numérique libre pour les associations : enjeux et acteurs du territoire",
        "audiences": [Audience.INFORMATEURS],
        "summary": "Une demi-journée pour comprendre les enjeux des outils libres, savoir en parler sans pousser, "
        "et connaître les acteurs d'Indre-et-Loire vers qui orienter une association.",
        "objectives": "- Expliquer ce qu'est un outil libre, avec des mots simples\n"
        "- Présenter les bénéfices **et les limites** d'un changement d'outil\n"
        "- Orienter vers les bons acteurs du territoire",
        "programme": "1. Tour de table : les outils des associations que vous accueillez\n"
        "2. Libre, gratuit, propriétaire : ce qui change vraiment (données, coût, dépendance)\n"
        "3. Les équivalents les plus demandés : visio, partage de fichiers, bureautique\n"
        "4. Les acteurs du territoire et ce qu'ils proposent\n"
        "5. Mises en situation à l'accueil",
        "prerequisites": "Aucun. Venez avec les questions que les associations vous posent.",
        "duration": "Une demi-journée (3 heures)",
        "format": Training.Format.ONSITE,
        "needs": ["visioconference", "partage-fichiers", "bureautique"],
        "tools": ["jitsi-meet", "nextcloud", "libreoffice"],
        "organisers": ["ptca37"],
        "speakers": ["informatique-participative", "funlab"],
    },
    {
        "slug": "accompagner-association-outils-libres",
        "title": "Accompagner une association vers des outils libres",
        "audiences": [Audience.ACCOMPAGNATEURS],
        "summary": "Deux jours pour mener un diagnostic des usages numériques d'une association et construire "
        "avec elle un chemin de changement réaliste.",
        "objectives": "- Faire le point sur les outils et les besoins d'une association\n"
        "- Estimer l'effort de migration et son coût\n"
        "- Accompagner le changement auprès des bénévoles",
        "programme": "**Jour 1** : diagnostic, besoins, équivalences.\n\n**Jour 2** : plan de migration, "
        "hébergeurs (CHATONS), conduite du changement.",
        "prerequisites": "Avoir suivi « Le numérique libre pour les associations » ou une expérience équivalente.",
        "duration": "Deux jours (12 heures)",
        "format": Training.Format.HYBRID,
        "needs": ["partage-fichiers", "redaction-collaborative", "adherents-cotisations"],
        "tools": ["nextcloud", "cryptpad"],
        "organisers": ["ligue-enseignement-37", "ptca37"],
        "speakers": ["informatique-participative"],
    },
    {
        "slug": "prendre-en-main-suite-bureautique-libre",
        "title": "Prendre en main une suite bureautique libre",
        "audiences": [Audience.BENEVOLES, Audience.SALARIES],
        "summary": "Une journée pratique pour écrire, calculer et présenter avec LibreOffice, et ouvrir sans "
        "peine les fichiers reçus des partenaires.",
        "objectives": "- Créer et partager des documents aux formats ouverts\n- Ouvrir et enregistrer des fichiers Word et Excel",
        "programme": "1. Traitement de texte\n2. Tableur : le budget de l'association\n3. Présentation\n4. Formats de fichiers",
        "prerequisites": "Savoir utiliser un ordinateur. Apportez le vôtre si possible.",
        "duration": "Une journée (6 heures)",
        "format": Training.Format.ONSITE,
        "needs": ["bureautique"],
        "tools": ["libreoffice"],
        "organisers": ["informatique-participative"],
        "speakers": ["informatique-participative"],
    },
]

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


def _load_trainings():
    trainings = {}
    for item in TRAININGS:
        data = dict(item)
        needs = list(Need.objects.filter(slug__in=data.pop("needs")))
        tools = list(Tool.objects.filter(slug__in=data.pop("tools")))
        organisers = list(Actor.objects.filter(slug__in=data.pop("organisers")))
        speakers = list(Actor.objects.filter(slug__in=data.pop("speakers")))
        training, _ = Training.objects.update_or_create(slug=data.pop("slug"), defaults={**data, "is_published": True})
        training.needs.set(needs)
        training.tools.set(tools)
        training.organisers.set(organisers)
        training.speakers.set(speakers)
        trainings[training.slug] = training
    return trainings


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
    communes = {}
    for insee, name, postal_code, latitude, longitude in COMMUNES:
        communes[insee], _ = Commune.objects.get_or_create(
            insee_code=insee,
            defaults={"name": name, "postal_code": postal_code, "latitude": latitude, "longitude": longitude},
        )
    trainings = _load_trainings()
    hosts = {actor.slug: actor for actor in Actor.objects.filter(slug__in={row[7] for row in SESSIONS if row[7]})}
    today = timezone.localdate()
    for slug, venue, days, start, end, extra_days, insee, host, capacity, status, online, count, waiting in SESSIONS:
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
    stdout.write(f"Formations : {len(trainings)} modules, {len(SESSIONS)} sessions.")
