"""Constant number of queries whatever the size: the advisor's list, a file (50 steps, 10 visits), the aggregates."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accompaniments import helpers, services
from accompaniments.models import Step
from accompaniments.tests.factories import FollowupFactory, ReferralFactory, StepFactory, VisitFactory
from actors.tests.factories import ActorFactory, CommuneFactory
from tools_catalog.tests.factories import EquivalenceFactory, NeedFactory, ToolFactory
from trainings.tests.factories import SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the caches (content types, sessions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def populate_list(advisor, size):
    today = timezone.localdate()
    for index in range(size):
        followup = FollowupFactory(
            advisors=[advisor],
            commune=CommuneFactory(),
            next_visit_on=today + timedelta(days=index % 10),
            last_visit_on=today - timedelta(days=120 if index % 2 else 5),
        )
        step = StepFactory(followup=followup, status=["trying", "adopted", "proposed"][index % 3])
        ReferralFactory(step=step)


def test_the_advisors_home_runs_a_constant_number_of_queries(client, advisor):
    client.force_login(advisor)
    counts = []
    for size in (2, 30):
        populate_list(advisor, size)
        counts.append(count_queries(client, reverse("accompaniments:home")))
        counts.append(count_queries(client, reverse("accompaniments:home") + "?commune=37001&etat=tous"))
    assert counts[0] == counts[2] and counts[1] == counts[3], counts
    assert max(counts) <= 12


def build_file(advisor, steps, visits):
    followup = FollowupFactory(advisors=[advisor], commune=CommuneFactory())
    session = SessionFactory(training=TrainingFactory())
    actor = ActorFactory()
    for index in range(steps):
        if index % 5 == 4:
            step = Step.objects.create(followup=followup, need=NeedFactory(), position=index + 1)
        else:
            step = StepFactory(
                followup=followup,
                position=index + 1,
                status=["trying", "adopted", "proposed", "postponed"][index % 4],
                session=session if index % 3 == 0 else None,
            )
        if index % 2 == 0:
            ReferralFactory(step=step, actor=actor)
    for index in range(visits):
        VisitFactory(followup=followup, visited_on=timezone.localdate() - timedelta(days=10 * index))
    return followup


def test_a_file_runs_a_constant_number_of_queries(client, advisor):
    client.force_login(advisor)
    small, big = build_file(advisor, 3, 1), build_file(advisor, 50, 10)
    for name in ("detail", "progress", "history"):
        counts = [count_queries(client, reverse(f"accompaniments:{name}", args=[f.pk])) for f in (small, big)]
        assert counts[0] == counts[1], (name, counts)
        assert counts[1] <= 12, (name, counts)
    services.share_link_create(followup=small)
    services.share_link_create(followup=big)
    small.refresh_from_db()
    big.refresh_from_db()
    counts = [count_queries(client, reverse("accompaniments:shared", args=[f.share_token])) for f in (small, big)]
    assert counts[0] == counts[1] <= 8, counts
    steps = [f.steps.ordered().first() for f in (small, big)]
    for step in steps:
        ReferralFactory.create_batch(3, step=step)
    counts = [count_queries(client, step.get_absolute_url()) for step in steps]
    assert counts[0] == counts[1] <= 14, counts


def test_the_tool_page_aggregates_add_a_constant_number_of_queries(client, django_assert_num_queries):
    tool = ToolFactory(slug="outil-compte")
    request = RequestFactory().get("/")
    with django_assert_num_queries(1):
        assert helpers.figures_for_tool(request, tool) is None
    equivalence = EquivalenceFactory(tool=tool)
    counts = []
    for size in (5, 40):
        for index in range(size):
            StepFactory(
                equivalence=equivalence,
                followup=FollowupFactory(),
                status="adopted" if index % 3 else "abandoned",
                abandon_reason="" if index % 3 else "no_time",
            )
        with django_assert_num_queries(2):  # the counts, then the names of the pairs shown
            block = helpers.figures_for_tool(request, tool)
        assert block["figures"]
        counts.append(count_queries(client, tool.get_absolute_url()))
        counts.append(count_queries(client, reverse("tools_catalog:replace", args=[equivalence.product.slug])))
    assert counts[0] == counts[2] and counts[1] == counts[3], counts


def test_figures_and_slots_run_a_constant_number_of_queries(client, coordinator, advisor, django_assert_num_queries):
    client.force_login(coordinator)
    request = RequestFactory().get("/")
    request.user = coordinator
    counts = []
    for size in (2, 30):
        populate_list(advisor, size)
        counts.append(count_queries(client, reverse("accompaniments:figures")))
        coordinator._is_coordinator = True
        with django_assert_num_queries(1):
            helpers.coordinator_todo(request)
    assert counts[0] == counts[1] <= 10, counts
    request.user = advisor
    advisor._group_names = frozenset({"Conseillers"})
    with django_assert_num_queries(1):
        block = helpers.advisor_home(request)
    assert block["active"] == 32
    with django_assert_num_queries(0):
        assert helpers.follow_link(request, {"items": [], "commune": None})["follow_url"]
