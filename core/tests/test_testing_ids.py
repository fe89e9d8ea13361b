"""The test databases hand out ids from 10,001 (conftest.django_db_setup), on SQLite and PostgreSQL."""

import pytest
from django.contrib.auth.models import Group


@pytest.mark.django_db
def test_ids_start_past_ten_thousand():
    assert Group.objects.create(name="essai").pk > 10_000


@pytest.mark.django_db(transaction=True)
def test_ids_stay_past_ten_thousand_after_a_flush():
    assert Group.objects.create(name="essai").pk > 10_000
