"""The benchmark generator: data in place, replaced on a second run, and every page answers in few queries."""

import pytest
from django.test import Client

from campaigns import bench
from campaigns.models import Campaign
from trainings.models import Registration

pytestmark = pytest.mark.django_db


def test_bench_generates_data_and_pages_answer(coordinator, django_assert_max_num_queries):
    bench.generate(size=0.05)
    bench.generate(size=0.05)  # replaces, no duplicates
    assert Campaign.objects.filter(slug__startswith="bench-campagne-").count() == 5
    assert Campaign.objects.get(slug=bench.BIG).communes.count() == bench.COMMUNES
    assert Registration.objects.filter(email__startswith="bench-campagne-").count() == 250
    client = Client()
    client.force_login(coordinator)
    for _label, url in bench.pages():
        client.get(url)
        with django_assert_max_num_queries(20):
            assert client.get(url).status_code == 200, url
