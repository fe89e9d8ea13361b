"""Demo follow-ups (DEBUG demo content): a few fictional associations, so that every page and figure shows something.

`create_demo_followups(advisor)` is called by the demo_data command with the demo advisor (a member of
the "Conseillers" group). It goes through the services, like an advisor would, and is idempotent:
a demo follow-up that exists already (same name) is left as it is. Every association is fictional.
"""

from datetime import timedelta

from django.utils import timezone

from accompaniments import services
from accompaniments.models import Followup, Step
from actors.models import Actor, Commune
from tools_catalog.models import Equivalence

# Fictional associations: (name, staff, budget, comfort, days since the last visit or None).
ASSOCIATIONS = [
    ("Les Jardins partagés du Val (démo)", "benevoles", "aucun", "debutant", 12),
    ("Club de randonnée des Trois Vallées (démo)", "benevoles", "petit", "a-l-aise", 30),
    ("Compagnie théâtrale La Lanterne (démo)", "salaries", "moyens", "a-l-aise", 20),
    ("Amicale des joueurs d'échecs (démo)", "benevoles", "aucun", "avance", 45),
    ("Épicerie solidaire Le Panier (démo)", "salaries", "petit", "debutant", 8),
    ("Chorale À travers chants (démo)", "benevoles", "aucun", "debutant", 60),
    ("Atelier vélo La Rustine (démo)", "benevoles", "petit", "a-l-aise", 125),
    ("Festival Les Nuits d'été (démo)", "salaries", "moyens", "avance", None),
]
# The status each follow-up's first three steps reach, in order (a reason for abandons).
PATHS = [
    [("adopted", ""), ("trying", ""), ("proposed", "")],
    [("adopted", ""), ("adopted", ""), ("abandoned", "no_time")],
    [("adopted", ""), ("abandoned", "partners"), ("proposed", "")],
    [("adopted", ""), ("trying", ""), ("postponed", "")],
    [("adopted", ""), ("adopted", ""), ("proposed", "")],
    [("abandoned", "no_time"), ("trying", ""), ("proposed", "")],
    [("adopted", ""), ("proposed", ""), ("proposed", "")],
    [("trying", ""), ("proposed", ""), ("proposed", "")],
]
MOVES = {  # the way to each status from "proposé"
    "trying": ["trying"],
    "adopted": ["trying", "adopted"],
    "abandoned": ["trying", "abandoned"],
    "postponed": ["postponed"],
    "proposed": [],
}


def create_demo_followups(advisor) -> list[Followup]:
    """Create the demo follow-ups of `advisor` (fictional associations); returns those created now."""
    equivalences = list(Equivalence.objects.published().select_related("product", "tool").for_display()[:3])
    if not equivalences:
        return []
    communes = list(Commune.objects.order_by("search_name")[:4])
    actor = Actor.objects.published().first()
    today = timezone.localdate()
    created = []
    for index, (name, staff, budget, comfort, days) in enumerate(ASSOCIATIONS):
        if Followup.objects.filter(name=name).exists():
            continue
        followup = services.followup_create(
            advisor=advisor,
            name=name,
            consent=True,
            commune=communes[index % len(communes)] if communes else None,
            staff=staff,
            budget=budget,
            comfort=comfort,
            steps=[services.StepSpec(product=eq.product, tool=eq.tool) for eq in equivalences],
        )
        steps = list(followup.steps.ordered())
        by_pair = {(step.product_id, step.tool_id): step for step in steps}
        for equivalence, (status, reason) in zip(equivalences, PATHS[index % len(PATHS)], strict=False):
            step = by_pair[(equivalence.product_id, equivalence.tool_id)]
            for move in MOVES[status]:
                step = services.step_move(
                    step=step, status=move, version=step.version, reason=reason if move == "abandoned" else ""
                )
        if actor is not None:
            step = steps[0]
            step.refresh_from_db()
            referral = services.referral_create(step=step, actor=actor, referred_on=today, version=step.version)
            if index % 2 == 0:
                step.refresh_from_db()
                services.referral_set_outcome(referral=referral, outcome="contacted", version=step.version)
        if days is not None:
            services.visit_log(
                followup=followup,
                by=advisor,
                visited_on=today - timedelta(days=days),
                way=["onsite", "phone", "video"][index % 3],
                note="Bureau motivé ; revoir l'export des adhésions à la prochaine visite.",
                next_visit_on=today + timedelta(days=7 + index * 3) if days < 100 else None,
            )
        created.append(followup)
    if created:
        # Demo only: some steps were proposed months ago and never moved (the coordinators' "stalled" figure).
        Step.objects.filter(followup__in=created, status__in=Step.OPEN_STATUSES).update(
            status_changed_at=timezone.now() - timedelta(days=120)
        )
    return created
