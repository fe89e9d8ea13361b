"""End to end in Chromium: a volunteer answers on a phone, a coordinator reads the result; axe on every page type."""

import csv
import io

import pytest
from django.urls import reverse

from surveys.content import build_survey
from surveys.models import Question, Response
from surveys.services import AnswerData, submit_response
from surveys.tests.factories import EquivalenceFactory, SurveyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, user):
    """Open a session for `user` in the page's browser context (the login form is tested by ptca)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


@pytest.fixture
def field_survey():
    EquivalenceFactory(product__name="Zoom", tool__name="Jitsi Meet")
    return build_survey()


def test_volunteer_answers_on_a_phone_then_coordinator_sees_it_once(
    live_server, new_page, field_survey, coordinator, accessible
):
    page = new_page("phone")
    page.goto(live_server.url + field_survey.get_absolute_url())
    page.get_by_label("1 ou 2 salariés").check()
    page.get_by_label("Combien de bénévoles actifs environ ?").fill("15")
    page.get_by_label("Trésorier ou trésorière").check()
    page.get_by_label("Zoom").check()
    page.get_by_label("4", exact=True).check()
    page.get_by_label("Oui, mais nous avons arrêté").check()
    # The condition is an enhancement: the follow-up question appears once its choice is made.
    page.get_by_label("Pourquoi avez-vous arrêté ?").fill("Trop compliqué <b>pour nous</b>")
    page.get_by_label("Partage de documents").check()
    # "Où se trouve votre association ?" (required) is left empty.
    page.get_by_role("button", name="Envoyer mes réponses").click()

    summary = page.locator("#error-summary")
    summary.wait_for()
    assert "Où se trouve votre association ?" in summary.inner_text()
    accessible(page)
    # Every answer was kept.
    assert page.get_by_label("1 ou 2 salariés").is_checked()
    assert page.get_by_label("Zoom").is_checked()
    assert page.get_by_label("Combien de bénévoles actifs environ ?").input_value() == "15"
    summary.get_by_role("link").first.click()
    page.get_by_label("Où se trouve votre association ?").fill("Chinon")
    page.get_by_role("button", name="Envoyer mes réponses").click()
    page.get_by_role("heading", name="Merci, votre réponse est enregistrée").wait_for()
    assert page.get_by_role("link", name="Consultez les prochaines formations").count() == 1
    accessible(page)
    # Back and resubmit: still one response.
    page.go_back()
    page.get_by_role("button", name="Envoyer mes réponses").click()
    page.get_by_role("heading", name="Merci, votre réponse est enregistrée").wait_for()
    assert Response.objects.count() == 1

    coordinator_page = new_page("desktop")
    sign_in(coordinator_page, live_server, coordinator)
    coordinator_page.goto(live_server.url + reverse("surveys:survey_results", args=[field_survey.slug]))
    assert coordinator_page.locator(".figures li").first.inner_text().startswith("1")
    assert "Trop compliqué <b>pour nous</b>" in coordinator_page.content().replace("&lt;", "<").replace("&gt;", ">")
    accessible(coordinator_page)
    export = coordinator_page.request.get(live_server.url + reverse("surveys:export_csv", args=[field_survey.slug]))
    rows = list(csv.reader(io.StringIO(export.body().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2
    assert "Chinon" in rows[1] and "Zoom" in rows[1]


def test_condition_hides_and_shows_the_follow_up(live_server, page, field_survey):
    page.goto(live_server.url + field_survey.get_absolute_url())
    follow_up = page.get_by_label("Pourquoi avez-vous arrêté ?")
    assert not follow_up.is_visible()
    page.get_by_label("Oui, mais nous avons arrêté").check()
    follow_up.wait_for(state="visible")
    page.get_by_label("Non, jamais").check()
    follow_up.wait_for(state="hidden")


@pytest.fixture
def every_page(field_survey):
    """(path, needs coordinator) for each page type of the app."""
    question = Question.objects.get(survey=field_survey, kind=Question.Kind.LONG_TEXT)
    submit_response(
        survey=field_survey, nonce="browser-nonce-1234", answers=[AnswerData(question=question, text="Bravo")]
    )
    closed = SurveyFactory(closed=True, title="Enquête close")
    return [
        (reverse("surveys:survey_list"), False),
        (field_survey.get_absolute_url(), False),
        (reverse("surveys:survey_thanks", args=[field_survey.slug]), False),
        (closed.get_absolute_url(), False),
        (reverse("surveys:survey_list"), True),
        (reverse("surveys:survey_results", args=[field_survey.slug]), True),
        (reverse("surveys:survey_results", args=[field_survey.slug]) + "?q=Bravo", True),
        (reverse("surveys:text_answers", args=[field_survey.slug, question.pk]), True),
    ]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_page_type_passes_axe(live_server, new_page, every_page, coordinator, accessible, viewport):
    public = new_page(viewport)
    signed_in = new_page(viewport)
    sign_in(signed_in, live_server, coordinator)
    for path, needs_coordinator in every_page:
        page = signed_in if needs_coordinator else public
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1
        accessible(page)
    # The form with errors.
    public.goto(live_server.url + every_page[1][0])
    public.get_by_role("button", name="Envoyer mes réponses").click()
    public.locator("#error-summary").wait_for()
    accessible(public)
