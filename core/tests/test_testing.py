"""core.testing: the helpers the test suite shares."""

import pytest
from django.contrib.auth.models import Group

from core.testing import count_queries

pytestmark = pytest.mark.django_db


def per_group_queries():
    return [group.permissions.count() for group in Group.objects.filter(name__startswith="essai-")]


def test_count_queries_counts_what_the_action_runs():
    Group.objects.create(name="essai-a")
    assert count_queries(lambda: None) == 0
    assert count_queries(lambda: list(Group.objects.all())) == 1
    assert count_queries(per_group_queries) == 2  # one for the list, one per group: grows with the data
    Group.objects.create(name="essai-b")
    assert count_queries(per_group_queries) == 3
