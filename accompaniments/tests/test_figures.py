"""Aggregates: never a name, every count under 5 hidden, the right first reason; and where they show."""

from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from accompaniments import selectors
from accompaniments.models import Followup, Step
from accompaniments.tests.factories import FollowupFactory, ReferralFactory, StepFactory
from actors.tests.factories import ActorFactory
from tools_catalog.tests.factories import EquivalenceFactory, NeedFactory, ProprietaryProductFactory, ToolFactory

pytestmark = pytest.mark.django_db


def steps(equivalence, status, count, reason=""):
    for _ in range(count):
        StepFactory(equivalence=equivalence, followup=FollowupFactory(name="Association secrète"), status=status,
                    abandon_reason=reason)  # fmt: skip


@pytest.fixture
def pair():
    return EquivalenceFactory(
        product=ProprietaryProductFactory(name="Zoom", slug="zoom"), tool=ToolFactory(name="Jitsi Meet", slug="jitsi")
    )


def test_figures_appear_from_five_and_hide_small_cells(client, pair):
    steps(pair, "adopted", 3)
    steps(pair, "abandoned", 1, "no_time")
    steps(pair, "proposed", 10)  # only adopted and abandoned count
    assert selectors.equivalence_figures(tool=pair.tool) == []
    assert "Dans les associations accompagnées" not in client.get(pair.tool.get_absolute_url()).content.decode()
    steps(pair, "abandoned", 1, "no_time")  # N + M = 5
    [figure] = selectors.equivalence_figures(tool=pair.tool)
    assert (figure.adopted, figure.abandoned, figure.first_reason) == (None, None, None)
    steps(pair, "adopted", 4)
    steps(pair, "abandoned", 4, "partners")
    steps(pair, "abandoned", 1, "no_time")
    [figure] = selectors.equivalence_figures(product=pair.product)
    # 7 adopted, 7 abandoned: 3 for lack of time, 4 because partners stay (under 5: the reason is not given).
    assert (figure.adopted, figure.abandoned, figure.first_reason) == (7, 7, None)
    steps(pair, "abandoned", 1, "partners")
    [figure] = selectors.equivalence_figures(product=pair.product)
    assert (figure.abandoned, figure.first_reason) == (8, "Partenaires qui restent sur l'outil")
    page = unescape(client.get(pair.tool.get_absolute_url()).content.decode())
    assert (
        "À la place de Zoom : adopté par 7 associations accompagnées, abandonné par 8 (première raison : partenaires"
        in page
    )
    replace = unescape(client.get(reverse("tools_catalog:replace", args=["zoom"])).content.decode())
    assert "Jitsi Meet : adopté par 7 associations accompagnées" in replace
    assert "Association secrète" not in page + replace


def test_anonymised_follow_ups_still_count(pair):
    steps(pair, "adopted", 5)
    Followup.objects.update(name="Association anonymisée", anonymised_at=timezone.now(), status="closed")
    assert selectors.equivalence_figures(tool=pair.tool)[0].adopted == 5


def test_referrals_per_actor_this_quarter(client, coordinator):
    busy, quiet = ActorFactory(name="Informatique participative"), ActorFactory(name="Peu sollicité")
    today = timezone.localdate()
    for index in range(7):
        ReferralFactory(actor=busy, outcome="contacted" if index < 5 else "not_yet")
    for _ in range(4):
        ReferralFactory(actor=quiet)
    ReferralFactory(actor=busy, referred_on=selectors.quarter_start(today) - timedelta(days=1))  # last quarter
    rows = selectors.actor_referral_figures()
    assert rows == [{"name": "Informatique participative", "slug": busy.slug, "total": 7, "contacted": 5, "share": 71}]
    client.force_login(coordinator)
    html = unescape(client.get(reverse("accompaniments:figures")).content.decode())
    assert "Informatique participative" in html and "71 %" in html and "Peu sollicité" not in html


def test_stalled_steps_per_need(pair):
    need = NeedFactory(name="Visioconférence")
    pair.product.needs.add(need)
    old = timezone.now() - timedelta(days=100)
    for index in range(6):
        StepFactory(equivalence=pair, status="trying" if index % 2 else "proposed")
    Step.objects.update(status_changed_at=old)
    StepFactory(equivalence=pair, status="adopted")  # closed: never stalled
    Step.objects.filter(status="adopted").update(status_changed_at=old)
    for _ in range(3):
        Step.objects.create(followup=FollowupFactory(), need=need, status_changed_at=old)
    [row] = selectors.need_stalled_figures()
    assert (row.name, row.stalled) == ("Visioconférence", 9)
    Step.objects.filter(status="trying").update(status_changed_at=timezone.now())
    [row] = selectors.need_stalled_figures()
    assert row.stalled == 6  # the steps under trial moved today: not stalled any more
    Step.objects.filter(need=need).delete()
    assert selectors.need_stalled_figures() == []  # 3 left: under 5, hidden


def test_coordinator_todo_counts_follow_ups_without_a_visit(client, coordinator, advisor):
    today = timezone.localdate()
    old = today - timedelta(days=120)
    for _ in range(3):
        FollowupFactory(last_visit_on=old)
    FollowupFactory(last_visit_on=today)
    FollowupFactory(last_visit_on=old, status="paused")  # paused: not due
    client.force_login(coordinator)
    home = unescape(client.get("/coordination/").content.decode())
    assert "Quelques accompagnements (moins de 5) sans visite depuis 3 mois" in home
    never = FollowupFactory()
    Followup.objects.filter(pk=never.pk).update(created_at=timezone.now() - timedelta(days=200))
    FollowupFactory(last_visit_on=old)
    home = unescape(client.get("/coordination/").content.decode())
    assert "5 accompagnements sans visite depuis 3 mois" in home
    client.force_login(advisor)
    assert "sans visite depuis 3 mois" not in client.get("/").content.decode()


def test_advisor_home_block_and_due_lists(client, advisor):
    today = timezone.localdate()
    late = FollowupFactory(name="En retard", advisors=[advisor], next_visit_on=today - timedelta(days=2))
    FollowupFactory(name="Plus tard", advisors=[advisor], next_visit_on=today + timedelta(days=40))
    FollowupFactory(name="Pas à moi", next_visit_on=today)
    ReferralFactory(step=StepFactory(followup=late, status="trying"))
    client.force_login(advisor)
    home = unescape(client.get("/").content.decode())
    assert "2 accompagnements en cours, dont 1 avec une visite dans les 14 jours ou en retard" in home
    space = client.get(reverse("accompaniments:home"))
    assert [f.name for f in space.context["visits"]] == ["En retard"]
    assert len(space.context["referrals"]) == 1 and len(space.context["trials"]) == 1
    assert "en retard" in space.content.decode() and "Pas à moi" not in space.content.decode()
