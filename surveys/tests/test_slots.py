"""The blocks the surveys app shows on the home page: open surveys for everyone, new responses for coordinators."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from core import slots
from core.roles import is_coordinator
from surveys import helpers
from surveys.models import Response
from surveys.tests.factories import SurveyFactory

pytestmark = pytest.mark.django_db


def add_responses(survey, *, recent, old=0):
    """`recent` responses within the last days and `old` ones from a month ago."""
    now = timezone.now()
    Response.objects.bulk_create(
        [
            Response(survey=survey, token=f"{survey.slug}-r{i}", submitted_at=now - timedelta(days=1))
            for i in range(recent)
        ]
        + [
            Response(survey=survey, token=f"{survey.slug}-o{i}", submitted_at=now - timedelta(days=30))
            for i in range(old)
        ]
    )


def make_request(user=None):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/")
    request.user = user or AnonymousUser()
    return request


def test_home_lists_open_surveys_only_at_most_three():
    SurveyFactory(title="Brouillon", draft=True)
    SurveyFactory(title="Close", closed=True)
    SurveyFactory(title="Pas encore", opens_at=timezone.now() + timedelta(days=3))
    opened = [SurveyFactory(title=f"Ouverte {n}") for n in "ABCD"]
    block = helpers.open_surveys(make_request())
    assert block["template"] == "surveys/slots/home.html"
    assert block["surveys"] == opened[:3]
    assert block["has_more"] is True


def test_home_shows_nothing_without_open_survey():
    SurveyFactory(draft=True)
    assert helpers.open_surveys(make_request()) is None


def test_todo_counts_new_responses_of_the_last_seven_days(coordinator):
    busy = SurveyFactory(title="Très suivie")
    quiet = SurveyFactory(title="Calme")
    closed = SurveyFactory(title="Close", closed=True)
    add_responses(busy, recent=5, old=7)
    add_responses(quiet, recent=0, old=3)
    add_responses(closed, recent=4)
    block = helpers.coordinator_todo(make_request(coordinator))
    assert block["template"] == "surveys/slots/coordinator_todo.html"
    assert [(s.title, s.new_responses) for s in block["surveys"]] == [("Très suivie", 5), ("Calme", 0)]


def test_todo_is_for_coordinators_only(advisor):
    add_responses(SurveyFactory(), recent=2)
    assert helpers.coordinator_todo(make_request()) is None
    assert helpers.coordinator_todo(make_request(advisor)) is None


@pytest.mark.parametrize("size", [2, 25])
def test_providers_run_one_query(coordinator, django_assert_max_num_queries, size):
    for n in range(size):
        add_responses(SurveyFactory(title=f"Enquête {n:02d}"), recent=n % 4, old=n % 3)
    request = make_request(coordinator)
    is_coordinator(coordinator)  # cached per request user, as on a real page
    with django_assert_max_num_queries(1):
        home = helpers.open_surveys(request)
    with django_assert_max_num_queries(1):
        todo = helpers.coordinator_todo(request)
    assert len(home["surveys"]) == min(size, helpers.HOME_LIMIT)
    assert len(todo["surveys"]) == min(size, helpers.COORDINATOR_LIST_LIMIT)


def test_providers_are_registered(coordinator):
    SurveyFactory()
    request = make_request(coordinator)
    assert "surveys/slots/home.html" in [block["template"] for block in slots.collect("home", request)]
    todo = [block["template"] for block in slots.collect("coordinator_todo", request)]
    assert "surveys/slots/coordinator_todo.html" in todo


def test_home_page_for_anonymous_shows_open_surveys_and_no_todo(client):
    survey = SurveyFactory(title="Les associations et le numérique")
    SurveyFactory(title="Brouillon secret", draft=True)
    add_responses(survey, recent=3)
    content = client.get("/").content.decode()
    assert "Enquêtes de terrain en cours" in content
    assert f'href="{survey.get_absolute_url()}"' in content
    assert "Répondre en quelques minutes, anonymement" in content
    assert "Brouillon secret" not in content
    assert "nouvelles réponses" not in content
    assert reverse("surveys:survey_results", args=[survey.slug]) not in content


def test_home_page_for_coordinator_shows_todo(coordinator_client):
    survey = SurveyFactory(title="Les associations et le numérique")
    add_responses(survey, recent=3, old=2)
    content = coordinator_client.get("/coordination/").content.decode()
    assert "Enquêtes de terrain : nouvelles réponses (7 derniers jours)" in content
    results = reverse("surveys:survey_results", args=[survey.slug])
    assert f'<a href="{results}">Les associations et le numérique</a> : 3 nouvelles réponses' in content
