"""The benchmark generator and the demo follow-ups."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from accompaniments import bench, selectors
from accompaniments.demo import ASSOCIATIONS, create_demo_followups
from accompaniments.models import Followup, Step

pytestmark = pytest.mark.django_db


def test_bench_generates_data_and_pages_answer(django_assert_max_num_queries):
    bench.generate(size=0.01)
    bench.generate(size=0.01)  # replaces, no duplicates
    assert Followup.objects.filter(name__startswith="Bench ").count() == 50
    assert Step.objects.filter(followup__name=bench.BIG_FILE_NAME).count() == bench.BIG_FILE_STEPS
    client = Client()
    client.force_login(Followup.objects.get(name=bench.BIG_FILE_NAME).advisors.get(username=bench.BENCH_USER))
    for _label, url in bench.pages():
        client.get(url)
        with django_assert_max_num_queries(15):
            assert client.get(url).status_code == 200, url


def test_demo_follow_ups_are_fictional_idempotent_and_feed_the_figures(advisor):
    call_command("seed_content", stdout=StringIO())  # the shipped catalogue, actors and communes only
    created = create_demo_followups(advisor)
    assert len(created) == len(ASSOCIATIONS)
    assert create_demo_followups(advisor) == []  # idempotent
    assert Followup.objects.count() == len(ASSOCIATIONS)
    assert all("(démo)" in followup.name for followup in Followup.objects.all())
    figures = selectors.equivalence_figures()
    assert figures and figures[0].adopted >= 5
    assert selectors.followups_without_visit_count() >= 1
    assert set(Followup.objects.values_list("advisors__username", flat=True)) == {advisor.username}
