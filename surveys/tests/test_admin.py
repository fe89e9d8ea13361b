import pytest
from django.urls import reverse

from surveys.models import Question, Survey
from surveys.services import AnswerData, submit_response
from surveys.tests.factories import survey_with_every_type

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(client, coordinator):
    """Coordinators who build surveys have access to the administration."""
    coordinator.is_staff = True
    coordinator.save(update_fields=["is_staff"])
    client.force_login(coordinator)
    return client


def test_admin_pages_and_duplicate_action(coordinator_client):
    survey, q, choices = survey_with_every_type()
    assert coordinator_client.get(reverse("admin:surveys_survey_changelist")).status_code == 200
    page = coordinator_client.get(reverse("admin:surveys_survey_change", args=[survey.pk]))
    assert page.status_code == 200 and "Aperçu" in page.content.decode()
    assert coordinator_client.get(reverse("admin:surveys_question_change", args=[q["size"].pk])).status_code == 200
    response = coordinator_client.post(
        reverse("admin:surveys_survey_changelist"), {"action": "duplicate", "_selected_action": [survey.pk]}
    )
    assert response.status_code == 302
    copy = Survey.objects.exclude(pk=survey.pk).get()
    assert copy.status == Survey.Status.DRAFT and copy.questions.count() == 11


def test_admin_refuses_deleting_answered_questions(coordinator_client):
    survey, q, choices = survey_with_every_type()
    submit_response(survey=survey, nonce="admin-nonce-12345", answers=[AnswerData(question=q["scale"], number=2)])
    page = coordinator_client.get(reverse("admin:surveys_survey_change", args=[survey.pk]))
    assert "déjà 1 réponse" in page.content.decode()
    assert coordinator_client.get(reverse("admin:surveys_question_delete", args=[q["size"].pk])).status_code == 403
    response = coordinator_client.post(
        reverse("admin:surveys_question_changelist"),
        {"action": "delete_selected", "_selected_action": [q["size"].pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert Question.objects.filter(pk=q["size"].pk).exists()
    # Retyping through the question's admin page is refused with the explanation.
    data = {
        "survey": survey.pk,
        "position": q["long"].position,
        "text": q["long"].text,
        "help_text": "",
        "kind": Question.Kind.NUMBER,
        "scale_min_label": "",
        "scale_max_label": "",
        "choices-TOTAL_FORMS": 0,
        "choices-INITIAL_FORMS": 0,
        "choices-MIN_NUM_FORMS": 0,
        "choices-MAX_NUM_FORMS": 1000,
    }
    response = coordinator_client.post(reverse("admin:surveys_question_change", args=[q["long"].pk]), data)
    assert response.status_code == 200 and "Dupliquer" in response.content.decode()
    q["long"].refresh_from_db()
    assert q["long"].kind == Question.Kind.LONG_TEXT
