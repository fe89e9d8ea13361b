"""Responses are written by the submission service only; refused replays leave a log line an operator can count."""

import logging

import pytest
from django.contrib import admin
from django.urls import reverse

from surveys.models import Answer, AnswerChoice, AnswerTool, Response
from surveys.services import AnswerData, submit_response
from surveys.tests.factories import survey_with_every_type, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_as_coordinator(client, coordinator):
    coordinator.is_staff = True
    coordinator.save(update_fields=["is_staff"])
    client.force_login(coordinator)
    return client


def test_responses_are_read_only_in_the_admin_and_answers_not_there_at_all(admin_as_coordinator):
    survey, q, choices = survey_with_every_type()
    submit_response(survey=survey, nonce="admin-nonce-67890", answers=[AnswerData(question=q["scale"], number=2)])
    response = Response.objects.get()
    assert admin_as_coordinator.get(reverse("admin:surveys_response_add")).status_code == 403
    change = reverse("admin:surveys_response_change", args=[response.pk])
    page = admin_as_coordinator.get(change)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert admin_as_coordinator.post(change, {"survey": survey.pk, "submitted_at": "2020-01-01"}).status_code == 403
    for model in (Answer, AnswerChoice, AnswerTool):
        assert not admin.site.is_registered(model)
    response.refresh_from_db()
    assert response.answers.get().number == 2


def test_refused_replays_are_logged_without_the_answers(client, caplog):
    survey, q, choices = survey_with_every_type()
    data = valid_post(survey, q, choices, why="Texte libre très personnel")
    url = reverse("surveys:survey_detail", args=[survey.slug])
    assert client.post(url, data).status_code == 303
    with caplog.at_level(logging.INFO, logger="surveys"):
        assert client.post(url, data).status_code == 303  # the same token again: counted once
        client.post(url, {**data, "token": "forged:token"})
    lines = [record.getMessage() for record in caplog.records if record.name.startswith("surveys")]
    assert lines == [
        f"survey submission refused: token already used (survey={survey.pk})",
        f"survey submission refused: forged, altered or expired token (survey={survey.pk})",
    ]
    assert Response.objects.count() == 1
