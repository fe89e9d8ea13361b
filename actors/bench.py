"""Benchmark data of the actors directory: 2,000 actors (times `size`), linked to tools, needs and services.

`generate(size=1)` bulk-creates the data (replacing a previous benchmark set, recognised by the "bench-" slugs);
`pages()` lists the pages to time. Used by `make bench`.
"""

import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from actors.models import Actor, Commune, ErrorReport, Service
from core.text import normalize_search_text
from tools_catalog.models import Need, Tool

ACTORS, TOOLS, NEEDS, COMMUNES = 2000, 30, 10, 40
KINDS = Actor.Kind.values
PUBLICS = Actor.Public.values


def generate(*, size: int = 1) -> None:
    _generate(actors=max(1, int(ACTORS * size)))


@transaction.atomic
def _generate(*, actors):
    rng = random.Random(37)
    Actor.objects.filter(slug__startswith="bench-").delete()
    services = [
        Service.objects.update_or_create(slug=f"bench-service-{i}", defaults={"name": f"Service de test {i}"})[0]
        for i in range(6)
    ]
    needs = [
        Need.objects.update_or_create(slug=f"bench-actors-need-{i}", defaults={"name": f"Besoin acteurs {i}"})[0]
        for i in range(NEEDS)
    ]
    tools = list(Tool.objects.filter(slug__startswith="bench-actors-tool-"))
    for index in range(len(tools), TOOLS):
        tools.append(
            Tool.objects.create(
                slug=f"bench-actors-tool-{index}",
                name=f"Outil acteurs {index}",
                summary="Outil de test.",
                licence="MIT",
                access=Tool.Access.ONLINE,
                cost_model=Tool.CostModel.FREE,
                ease=Tool.Ease.EASY,
            )
        )
    communes = [
        Commune.objects.update_or_create(
            insee_code=f"37{900 + i:03d}"[-5:],
            defaults={
                "name": f"Commune de test {i}",
                "postal_code": "37999",
                "latitude": Decimal("47.0") + Decimal(i) / 50,
                "longitude": Decimal("0.3") + Decimal(i) / 40,
            },
        )[0]
        for i in range(COMMUNES)
    ]
    today = timezone.localdate()
    rows = []
    for index in range(actors):
        commune = communes[index % len(communes)]
        placed = index % 5 != 0
        name = f"Acteur de test {index:05d}"
        actor = Actor(
            name=name,
            slug=f"bench-acteur-{index}",
            kind=KINDS[index % len(KINDS)],
            summary="Aide les associations du territoire à adopter des outils libres.",
            description="Une **description** de test.",
            publics=rng.sample(PUBLICS, 2),
            commune=commune.name,
            postal_code=commune.postal_code,
            insee_code=commune.insee_code,
            latitude=commune.latitude + Decimal(rng.randint(-500, 500)) / 100000 if placed else None,
            longitude=commune.longitude + Decimal(rng.randint(-500, 500)) / 100000 if placed else None,
            opening_hours="Mo-Fr 09:00-12:00,14:00-17:00",
            serves_whole_departement=index % 17 == 0,
            verified_on=today.replace(year=today.year - (index % 3)),
        )
        actor.search_text = actor.build_search_text()
        actor.sort_name = normalize_search_text(name)
        rows.append(actor)
    created = Actor.objects.bulk_create(rows, batch_size=500)
    if any(actor.pk is None for actor in created):  # backends that do not return ids
        created = list(Actor.objects.filter(slug__startswith="bench-").order_by("pk"))
    Actor.tools.through.objects.bulk_create(
        [Actor.tools.through(actor=a, tool=t) for a in created for t in rng.sample(tools, 3)], batch_size=2000
    )
    Actor.needs.through.objects.bulk_create(
        [Actor.needs.through(actor=a, need=n) for a in created for n in rng.sample(needs, 2)], batch_size=2000
    )
    Actor.services.through.objects.bulk_create(
        [Actor.services.through(actor=a, service=s) for a in created for s in rng.sample(services, 2)],
        batch_size=2000,
    )
    Actor.communes_served.through.objects.bulk_create(
        [Actor.communes_served.through(actor=a, commune=rng.choice(communes)) for a in created], batch_size=2000
    )
    ErrorReport.objects.bulk_create(
        [ErrorReport(actor=a, message="Horaires à vérifier.") for a in created[::50]], batch_size=500
    )


def pages() -> list[tuple[str, str]]:
    return [
        ("acteurs : liste", "/acteurs/"),
        ("acteurs : liste filtrée", "/acteurs/?q=test&tool=bench-actors-tool-1&public=volunteers&commune=37905"),
        ("acteurs : carte JSON", "/acteurs/carte.json"),
        ("acteurs : carte JSON filtrée", "/acteurs/carte.json?tool=bench-actors-tool-1&kind=association"),
        ("acteurs : fiche", "/acteurs/bench-acteur-1/"),
    ]
