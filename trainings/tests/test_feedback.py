"""The anonymous feedback questionnaire after a session, and its results on the module's coordinators' page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from trainings import services
from trainings.models import FeedbackResponse
from trainings.tests.factories import SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def ended(**kwargs):
    return SessionFactory(start=timezone.now() - timedelta(hours=5), **kwargs)


def url(session):
    return reverse("trainings:feedback", args=[services.feedback_token(session)])


ANSWER = {"usefulness": "4", "will_use": "Le tableur partagé", "comment": "Plus d'exercices", "site_web": ""}


def test_an_answer_is_stored_without_anything_about_the_person(client):
    session = ended()
    page = client.get(url(session))
    assert page.status_code == 200
    assert "anonyme" in page.content.decode()
    response = client.post(url(session), ANSWER)
    assert response.status_code == 302
    assert "Merci pour votre avis" in client.get(response["Location"]).content.decode()
    answer = FeedbackResponse.objects.get()
    assert (answer.session, answer.usefulness, answer.will_use) == (session, 4, "Le tableur partagé")
    assert {field.name for field in FeedbackResponse._meta.fields} == {
        "id", "session", "usefulness", "will_use", "comment", "answered_on",
    }  # fmt: skip


@pytest.mark.parametrize("token", ["bidon", "MTI:1abc:forged", "x" * 300])
def test_a_forged_link_answers_404(client, token):
    ended()
    assert client.get(reverse("trainings:feedback", args=[token])).status_code == 404


@pytest.mark.parametrize(
    "data, message",
    [
        ({"usefulness": ""}, "Choisissez une note de 1 (pas utile) à 5 (très utile)."),
        ({"usefulness": "9"}, "Choisissez une note de 1 (pas utile) à 5 (très utile)."),
        ({"usefulness": "abc"}, "Choisissez une note de 1 (pas utile) à 5 (très utile)."),
        ({"comment": "x" * 2001}, "Écrivez au plus 2 000 caractères (vous en avez écrit 2001)."),
        ({"will_use": "x" * 5000}, "Écrivez au plus 1 000 caractères (vous en avez écrit 5000)."),
    ],
)
def test_bad_input_shows_a_french_message_keeps_the_input_and_saves_nothing(client, data, message):
    session = ended()
    response = client.post(url(session), {**ANSWER, **data})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Plus d&#x27;exercices" in html or "x" * 50 in html
    assert not FeedbackResponse.objects.exists()


def test_the_honeypot_stores_nothing(client):
    response = client.post(url(ended()), {**ANSWER, "site_web": "https://spam.example"})
    assert response.status_code == 400
    assert not FeedbackResponse.objects.exists()


def test_answers_are_rate_limited_per_client(client, settings):
    settings.TRAININGS_FEEDBACK_RATE_LIMIT = (2, 3600)
    session = ended()
    assert [client.post(url(session), ANSWER).status_code for _ in range(3)] == [302, 302, 429]
    assert "Trop de réponses" in client.post(url(session), ANSWER).content.decode()
    assert FeedbackResponse.objects.count() == 2


@pytest.mark.parametrize(
    "session_kwargs, message",
    [
        ({"start": timezone.now() + timedelta(days=2)}, "Le questionnaire s&#x27;ouvre à la fin de la session."),
        ({"start": timezone.now() - timedelta(days=90)}, "Ce questionnaire est clos"),
        ({"start": timezone.now() - timedelta(hours=5), "cancelled": True}, "Cette session a été annulée"),
    ],
)
def test_the_questionnaire_is_open_after_the_session_only(client, session_kwargs, message):
    session = SessionFactory(**session_kwargs)
    assert message in client.get(url(session)).content.decode()
    assert client.post(url(session), ANSWER).status_code == 409
    assert not FeedbackResponse.objects.exists()


def answers(session, count, **kwargs):
    for index in range(count):
        FeedbackResponse.objects.create(session=session, usefulness=index % 5 + 1, **kwargs)


def test_the_module_page_shows_results_from_five_answers_and_free_texts_to_coordinators(coordinator_client):
    training = TrainingFactory()
    session = ended(training=training)
    answers(session, 4, comment="Très concret")
    manage = reverse("trainings:training_manage", args=[training.slug])
    html = coordinator_client.get(manage).content.decode()
    assert "4 avis reçus" in html and "à partir de 5 réponses" in html
    assert "Très concret" not in html
    answers(session, 1, will_use="Nextcloud")
    html = coordinator_client.get(manage).content.decode()
    assert "5 avis" in html and "2,2 / 5" in html  # (1 + 2 + 3 + 4 + 1) / 5
    assert "Très concret" in html and "Nextcloud" in html
    # Never on the public page.
    assert "Très concret" not in coordinator_client.get(training.get_absolute_url()).content.decode()


def test_the_module_page_sends_anonymous_visitors_to_the_login(client):
    manage = reverse("trainings:training_manage", args=[TrainingFactory().slug])
    assert client.get(manage).status_code == 302


def test_the_module_page_is_forbidden_to_advisors(advisor_client):
    manage = reverse("trainings:training_manage", args=[TrainingFactory().slug])
    assert advisor_client.get(manage).status_code == 403
