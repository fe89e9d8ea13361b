"""200 volunteers sending at once: 200 responses, each complete, none lost or doubled (PostgreSQL)."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections
from django.test import Client
from django.urls import reverse

from surveys.models import Answer, AnswerChoice, Response
from surveys.tests.factories import survey_with_every_type, valid_post

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_200_parallel_submissions(settings):
    settings.SURVEYS_RATE_LIMIT = (10_000, 3600)
    survey, q, choices = survey_with_every_type()
    target = reverse("surveys:survey_detail", args=[survey.slug])
    payloads = [valid_post(survey, q, choices) for _ in range(200)]
    # Ten payloads are sent twice at the same moment (double click): still counted once.
    payloads += payloads[:10]

    def send(data):
        try:
            return Client().post(target, data).status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(send, payloads))

    assert statuses == [303] * 210
    assert Response.objects.filter(survey=survey).count() == 200
    per_response = Answer.objects.values("response_id").distinct().count()
    assert per_response == 200
    assert Answer.objects.count() == 200 * 10
    assert AnswerChoice.objects.count() == 200 * 4


def test_a_workshop_link_quota_holds_under_40_parallel_submissions():
    """25 places, 40 people sending at once from one venue: exactly 25 stored, the others refused politely."""
    from datetime import timedelta

    from django.utils import timezone

    from surveys.services import workshop_link_create

    survey, q, choices = survey_with_every_type()
    now = timezone.now()
    link = workshop_link_create(
        survey=survey, label="Atelier", starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1), quota=25
    )
    target = link.get_absolute_url()
    payloads = [valid_post(survey, q, choices) for _ in range(40)]

    def send(data):
        try:
            return Client(REMOTE_ADDR="203.0.113.9").post(target, data).status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(send, payloads))

    assert sorted(statuses) == [303] * 25 + [403] * 15
    assert Response.objects.filter(survey=survey).count() == 25
    link.refresh_from_db()
    assert link.used == 25
