"""Benchmark data of the follow-ups: 5,000 follow-ups and 50,000 steps (times `size`), visits and referrals.

`generate(size=1)` bulk-creates the data (replacing a previous benchmark set, recognised by the
"Bench " names and "bench-acc-" slugs); `pages()` lists the pages to time: the advisor's home, a file
with 50 steps and 10 visits, its progress sheet, the coordinators' figures and a tool page with its
aggregates. The benchmark user ("bench-coordination") is made an advisor of 250 follow-ups.
"""

import random
from datetime import timedelta
from decimal import Decimal

from auditlog.context import disable_auditlog
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.utils import timezone

from accompaniments.models import Followup, Referral, Step, Visit
from actors.models import Actor, Commune
from core.roles import ADVISORS
from tools_catalog.cache import bump_catalogue_version
from tools_catalog.models import Equivalence, Need, ProprietaryProduct, Tool

FOLLOWUPS, STEPS_PER_FOLLOWUP, ADVISORS_COUNT = 5000, 10, 20
PRODUCTS, TOOLS_PER_PRODUCT, NEEDS, ACTORS, COMMUNES = 20, 3, 10, 20, 20
BIG_FILE_STEPS, BIG_FILE_VISITS = 50, 10
BENCH_USER = "bench-coordination"
BENCH_USER_FOLLOWUPS = 250
BIG_FILE_NAME = "Bench grande association"


def generate(*, size: float = 1) -> None:
    _generate(followups=max(2, int(FOLLOWUPS * size)))
    _refresh_statistics()


def _refresh_statistics():
    """After a bulk load, refresh the planner's statistics as autovacuum would (PostgreSQL and SQLite)."""
    tables = ["accompaniments_followup", "accompaniments_followup_advisors", "accompaniments_step"]
    tables += ["accompaniments_referral", "accompaniments_visit"]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE " + ", ".join(tables))
        else:
            cursor.execute("ANALYZE")


def _catalogue():
    needs = [
        Need.objects.update_or_create(slug=f"bench-acc-besoin-{i}", defaults={"name": f"Besoin accompagné {i}"})[0]
        for i in range(NEEDS)
    ]
    tools, products, equivalences = [], [], []
    for p in range(PRODUCTS):
        product, _ = ProprietaryProduct.objects.update_or_create(
            slug=f"bench-acc-produit-{p}",
            defaults={"name": f"Produit accompagné {p}", "vendor": "Éditeur", "business_model": "freemium"},
        )
        product.needs.set([needs[p % NEEDS]])
        products.append(product)
        for t in range(TOOLS_PER_PRODUCT):
            index = p * TOOLS_PER_PRODUCT + t
            tool, _ = Tool.objects.update_or_create(
                slug=f"bench-acc-outil-{index}",
                defaults={
                    "name": f"Outil accompagné {index}",
                    "summary": "Outil de test.",
                    "licence": "MIT",
                    "access": Tool.Access.ONLINE,
                    "cost_model": Tool.CostModel.FREE,
                    "ease": Tool.Ease.values[index % 3],
                },
            )
            tool.needs.set([needs[p % NEEDS]])
            tools.append(tool)
            equivalence, _ = Equivalence.objects.update_or_create(
                product=product,
                tool=tool,
                defaults={
                    "coverage": "full",
                    "losses": "Moins d'intégrations.",
                    "gains": "Données en Europe.",
                    "migration_effort": Equivalence.Effort.values[t % 3],
                    "migration_steps": "1. Exporter.\n2. Importer.",
                },
            )
            equivalences.append(equivalence)
    bump_catalogue_version()
    return needs, equivalences


def _people_and_places():
    User = get_user_model()
    group, _ = Group.objects.get_or_create(name=ADVISORS)
    advisors = []
    for i in range(ADVISORS_COUNT):
        user, _ = User.objects.get_or_create(username=f"bench-conseil-{i}")
        advisors.append(user)
    bench_user, _ = User.objects.get_or_create(username=BENCH_USER, defaults={"is_superuser": True, "is_staff": True})
    group.user_set.add(bench_user, *advisors)
    communes = [
        Commune.objects.update_or_create(
            insee_code=f"37{800 + i:03d}",
            defaults={"name": f"Commune accompagnée {i}", "postal_code": "37800", "latitude": Decimal("47.2"),
                      "longitude": Decimal("0.7")},
        )[0]
        for i in range(COMMUNES)
    ]  # fmt: skip
    actors = []
    for i in range(ACTORS):
        actor, _ = Actor.objects.update_or_create(
            slug=f"bench-acc-acteur-{i}",
            defaults={"name": f"Acteur accompagnant {i}", "kind": "association", "summary": "Aide les associations."},
        )
        actors.append(actor)
    return bench_user, advisors, communes, actors


@transaction.atomic
def _generate(*, followups):
    rng = random.Random(16)
    with disable_auditlog():  # a benchmark set is replaced, not audited
        Followup.objects.filter(name__startswith="Bench ").delete()
    needs, equivalences = _catalogue()
    bench_user, advisors, communes, actors = _people_and_places()
    now = timezone.now()
    today = timezone.localdate()
    rows = [
        Followup(
            name=BIG_FILE_NAME if index == 0 else f"Bench association {index:05d}",
            commune=communes[index % len(communes)],
            staff=["benevoles", "salaries"][index % 2],
            budget=["aucun", "petit", "moyens"][index % 3],
            comfort=["debutant", "a-l-aise", "avance"][index % 3],
            consent_recorded_at=now,
            status=["active", "active", "active", "paused", "closed"][index % 5],
            last_visit_on=today - timedelta(days=rng.randint(1, 200)),
            next_visit_on=today + timedelta(days=rng.randint(-10, 60)),
        )
        for index in range(followups)
    ]
    created = Followup.objects.bulk_create(rows, batch_size=1000)
    if any(followup.pk is None for followup in created):
        created = list(Followup.objects.filter(name__startswith="Bench ").order_by("pk"))
    through = Followup.advisors.through
    links = [through(followup_id=f.pk, user_id=advisors[i % len(advisors)].pk) for i, f in enumerate(created)]
    links += [through(followup_id=f.pk, user_id=bench_user.pk) for f in created[:BENCH_USER_FOLLOWUPS]]
    through.objects.bulk_create(links, batch_size=2000)
    statuses = Step.Status.values
    steps = []
    for index, followup in enumerate(created):
        count = BIG_FILE_STEPS if index == 0 else STEPS_PER_FOLLOWUP
        chosen = rng.sample(equivalences, min(count, len(equivalences)))
        for position, equivalence in enumerate(chosen, start=1):
            status = statuses[(index + position) % len(statuses)]
            steps.append(
                Step(
                    followup_id=followup.pk,
                    product_id=equivalence.product_id,
                    tool_id=equivalence.tool_id,
                    position=position,
                    status=status,
                    abandon_reason=Step.AbandonReason.values[position % 6] if status == "abandoned" else "",
                    status_changed_at=now - timedelta(days=rng.randint(0, 200)),
                )
            )
    Step.objects.bulk_create(steps, batch_size=2000)
    first_steps = list(
        Step.objects.filter(followup__name__startswith="Bench ", position=1).values_list("pk", flat=True)
    )
    big_steps = list(Step.objects.filter(followup=created[0]).values_list("pk", flat=True))
    referrals = [
        Referral(
            step_id=step_id,
            actor=actors[i % len(actors)],
            referred_on=today - timedelta(days=i % 80),
            outcome=Referral.Outcome.values[i % 3],
        )
        for i, step_id in enumerate(first_steps + big_steps)
    ]
    Referral.objects.bulk_create(referrals, batch_size=2000)
    visits = [
        Visit(
            followup_id=followup.pk,
            visited_on=today - timedelta(days=30 * v + 1),
            way=Visit.Way.values[v % 3],
            note="Note de test." if v % 2 else "",
        )
        for followup in created[:BENCH_USER_FOLLOWUPS]
        for v in range(BIG_FILE_VISITS if followup.pk == created[0].pk else 2)
    ]
    Visit.objects.bulk_create(visits, batch_size=2000)


def pages() -> list[tuple[str, str]]:
    big = Followup.objects.filter(name=BIG_FILE_NAME).values_list("pk", flat=True).first()
    return [
        ("accompagnements : mon espace", "/accompagnement/"),
        ("accompagnements : mon espace filtré", "/accompagnement/?commune=37801&etat=tous"),
        ("accompagnements : dossier (50 étapes, 10 visites)", f"/accompagnement/{big}/"),
        ("accompagnements : où en sommes-nous ?", f"/accompagnement/{big}/ou-en-sommes-nous/"),
        ("accompagnements : chiffres (coordination)", "/accompagnement/chiffres/"),
        ("accompagnements : fiche outil avec chiffres", "/outils/bench-acc-outil-0/"),
        ("accompagnements : remplacer avec chiffres", "/outils/remplacer/bench-acc-produit-0/"),
    ]
