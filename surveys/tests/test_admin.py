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


def admin_survey_form(client, survey):
    from core.tests.pages import form_data

    page = client.get(reverse("admin:surveys_survey_change", args=[survey.pk]))
    assert page.status_code == 200
    return form_data(page, "survey_form")


def test_a_survey_saved_in_the_admin_makes_an_open_settings_form_answer_409(coordinator_client):
    from surveys.tests.factories import SurveyFactory

    survey = SurveyFactory(title="Avant", slug="avant")
    data = admin_survey_form(coordinator_client, survey)
    assert data["opened_version"] == "1"
    data["title"] = "Corrigé dans l'administration"
    assert coordinator_client.post(reverse("admin:surveys_survey_change", args=[survey.pk]), data).status_code == 302
    survey.refresh_from_db()
    assert survey.title == "Corrigé dans l'administration" and survey.version == 2
    front = {"title": "Saisi sur le site", "slug": "avant", "status": "open", "version": "1"}
    assert coordinator_client.post(reverse("surveys:survey_update", args=[survey.slug]), front).status_code == 409
    assert Survey.objects.get(pk=survey.pk).title == "Corrigé dans l'administration"


def test_an_admin_save_over_a_newer_settings_save_is_refused_and_keeps_the_input(coordinator_client):
    from surveys.admin import STALE_MESSAGE
    from surveys.tests.factories import SurveyFactory

    survey = SurveyFactory(title="Avant", slug="avant")
    data = admin_survey_form(coordinator_client, survey)
    front = {"title": "Saisi sur le site", "slug": "avant", "status": "open", "version": "1"}
    assert coordinator_client.post(reverse("surveys:survey_update", args=[survey.slug]), front).status_code == 302
    data["title"] = "Corrigé dans l'administration"
    response = coordinator_client.post(reverse("admin:surveys_survey_change", args=[survey.pk]), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [STALE_MESSAGE]
    assert "Corrigé dans l&#x27;administration" in response.content.decode()
    survey.refresh_from_db()
    assert survey.title == "Saisi sur le site" and survey.version == 2


def test_a_survey_added_in_the_admin_goes_through_the_service(coordinator_client):
    from core.tests.pages import form_data

    page = coordinator_client.get(reverse("admin:surveys_survey_add"))
    data = form_data(page, "survey_form")
    data.update(title="Enquête 2027", slug="enquete-2027", status="draft")
    assert coordinator_client.post(reverse("admin:surveys_survey_add"), data).status_code == 302
    assert Survey.objects.get(slug="enquete-2027").version == 1


def test_admin_saves_of_sections_questions_and_choices_move_their_version(coordinator_client):
    from core.tests.pages import form_data
    from surveys.models import Choice, Section
    from surveys.tests.factories import ChoiceFactory, QuestionFactory, SectionFactory, SurveyFactory

    survey = SurveyFactory(title="Avant", slug="avant")
    section = SectionFactory(survey=survey, title="Partie")
    question = QuestionFactory(survey=survey, text="Taille ?", kind=Question.Kind.SINGLE)
    choice = ChoiceFactory(question=question, label="Petite")
    untouched = QuestionFactory(survey=survey, text="Ville ?", kind=Question.Kind.SHORT_TEXT)
    # The survey's page, with its section and question inlines: only the changed rows move.
    data = admin_survey_form(coordinator_client, survey)
    data["sections-0-title"] = "Partie renommée"
    data["questions-0-text"] = "Taille de l'association ?"
    assert coordinator_client.post(reverse("admin:surveys_survey_change", args=[survey.pk]), data).status_code == 302
    section.refresh_from_db()
    question.refresh_from_db()
    untouched.refresh_from_db()
    assert (section.title, section.version) == ("Partie renommée", 2)
    assert (question.text, question.version) == ("Taille de l'association ?", 2)
    assert untouched.version == 1
    # The question's page and its choice inline.
    url = reverse("admin:surveys_question_change", args=[question.pk])
    data = form_data(coordinator_client.get(url), "question_form")
    data["help_text"] = "En salariés."
    data["choices-0-label"] = "Petite (moins de 5)"
    assert coordinator_client.post(url, data).status_code == 302
    question.refresh_from_db()
    assert question.help_text == "En salariés." and question.version == 3
    assert Choice.objects.get(pk=choice.pk).version == 2
    # The choice's own page.
    url = reverse("admin:surveys_choice_change", args=[choice.pk])
    data = form_data(coordinator_client.get(url), "choice_form")
    data["label"] = "Petite"
    assert coordinator_client.post(url, data).status_code == 302
    assert Choice.objects.get(pk=choice.pk).version == 3
    # A builder form opened before these saves now answers 409.
    stale = {f"s{section.pk}-title": "Ma partie", f"s{section.pk}-version": "1", "action": "enregistrer"}
    response = coordinator_client.post(reverse("surveys:section_action", args=[survey.slug, section.pk]), stale)
    assert response.status_code == 409
    assert Section.objects.get(pk=section.pk).title == "Partie renommée"
