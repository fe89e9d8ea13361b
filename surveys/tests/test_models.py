from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from surveys.models import Answer, AnswerChoice, Choice, Question, Response, Survey
from surveys.services import AnswerData, duplicate_survey, submit_response
from surveys.tests.factories import ChoiceFactory, QuestionFactory, SurveyFactory, survey_with_every_type

pytestmark = pytest.mark.django_db


def test_availability_by_status_and_dates():
    now = timezone.now()
    assert SurveyFactory(draft=True).availability() == Survey.Availability.DRAFT
    assert SurveyFactory(closed=True).availability() == Survey.Availability.CLOSED
    assert SurveyFactory(opens_at=now + timedelta(days=1)).availability() == Survey.Availability.NOT_YET_OPEN
    assert SurveyFactory(closes_at=now - timedelta(minutes=1)).availability() == Survey.Availability.CLOSED
    open_one = SurveyFactory(opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=1))
    assert open_one.availability() == Survey.Availability.OPEN
    assert list(Survey.objects.open_now()) == [open_one]


def test_closing_must_follow_opening():
    now = timezone.now()
    survey = SurveyFactory.build(slug="x", opens_at=now, closes_at=now - timedelta(days=1))
    with pytest.raises(ValidationError):
        survey.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        survey.save()


def test_token_is_unique():
    survey = SurveyFactory()
    Response.objects.create(survey=survey, token="abcdefghijkl")
    with pytest.raises(IntegrityError), transaction.atomic():
        Response.objects.create(survey=survey, token="abcdefghijkl")


def test_submit_is_atomic_and_deduplicated():
    survey, q, choices = survey_with_every_type()
    answers = [
        AnswerData(question=q["size"], choice_ids=[choices["size"][1].pk]),
        AnswerData(question=q["scale"], number=3),
    ]
    first = submit_response(survey=survey, nonce="nonce-0123456789", answers=answers)
    assert not first.duplicate
    again = submit_response(survey=survey, nonce="nonce-0123456789", answers=answers)
    assert again.duplicate
    assert Response.objects.count() == 1 and Answer.objects.count() == 2 and AnswerChoice.objects.count() == 1
    # A failing answer (two answers to one question) rolls everything back: no half-saved response.
    broken = [AnswerData(question=q["scale"], number=2), AnswerData(question=q["scale"], number=3)]
    with pytest.raises(IntegrityError):
        submit_response(survey=survey, nonce="nonce-other-12345", answers=broken)
    assert Response.objects.count() == 1


def _answered(survey, question, choice):
    submit_response(survey=survey, nonce="n" * 20, answers=[AnswerData(question=question, choice_ids=[choice.pk])])


def test_editing_rules_once_a_survey_has_responses():
    survey = SurveyFactory()
    question = QuestionFactory(survey=survey, kind=Question.Kind.SINGLE, has_other=True, position=1)
    choice = ChoiceFactory(question=question, position=1)
    other_choice = ChoiceFactory(question=question, position=2)
    # Before any response, anything goes.
    question.kind = Question.Kind.MULTIPLE
    question.full_clean()
    question.save()
    _answered(survey, question, choice)

    # Wording fixes stay possible.
    question.text = "Question mieux formulée ?"
    question.full_clean()
    choice.label = "Libellé corrigé"
    choice.full_clean()
    # Retyping is refused, with an explanation pointing to duplication.
    question.kind = Question.Kind.SHORT_TEXT
    with pytest.raises(ValidationError) as error:
        question.full_clean()
    assert "Dupliquer" in str(error.value.message_dict["kind"])
    question.kind = Question.Kind.MULTIPLE
    question.has_other = False
    with pytest.raises(ValidationError) as error:
        question.full_clean()
    assert "has_other" in error.value.message_dict
    # Removing a question or a choice is refused (model and database).
    question.refresh_from_db()
    with pytest.raises(ValidationError):
        question.delete()
    with pytest.raises(ValidationError):
        other_choice.delete()
    assert Choice.objects.filter(pk=other_choice.pk).exists()
    # New questions: optional only.
    new_required = QuestionFactory.build(survey=survey, kind=Question.Kind.YES_NO, required=True, position=5)
    with pytest.raises(ValidationError) as error:
        new_required.full_clean()
    assert "required" in error.value.message_dict
    QuestionFactory.build(survey=survey, kind=Question.Kind.YES_NO, required=False, position=5).full_clean()


def test_condition_must_point_to_an_earlier_question_of_the_same_survey():
    survey = SurveyFactory()
    first = QuestionFactory(survey=survey, position=1)
    choice = ChoiceFactory(question=first)
    later = QuestionFactory.build(survey=survey, position=2, kind=Question.Kind.SHORT_TEXT, show_if_choice=choice)
    later.full_clean()
    earlier = QuestionFactory.build(survey=survey, position=0, kind=Question.Kind.SHORT_TEXT, show_if_choice=choice)
    with pytest.raises(ValidationError):
        earlier.full_clean()
    elsewhere = QuestionFactory.build(
        survey=SurveyFactory(), position=9, kind=Question.Kind.SHORT_TEXT, show_if_choice=choice
    )
    with pytest.raises(ValidationError):
        elsewhere.full_clean()


def test_choices_only_on_choice_questions():
    question = QuestionFactory(kind=Question.Kind.NUMBER)
    with pytest.raises(ValidationError):
        ChoiceFactory.build(question=question).full_clean()


def test_deleting_a_whole_survey_with_responses_is_possible():
    survey, q, choices = survey_with_every_type()
    _answered(survey, q["size"], choices["size"][0])
    survey.delete()
    assert not Response.objects.exists() and not Question.objects.exists()


def test_duplicate_survey_makes_a_draft_copy_with_conditions():
    survey, q, choices = survey_with_every_type()
    _answered(survey, q["size"], choices["size"][0])
    copy = duplicate_survey(survey=survey)
    assert copy.status == Survey.Status.DRAFT and copy.slug == f"{survey.slug}-v2"
    assert copy.questions.count() == survey.questions.count()
    assert (
        Choice.objects.filter(question__survey=copy).count() == Choice.objects.filter(question__survey=survey).count()
    )
    assert not copy.responses.exists()
    why = copy.questions.get(text=q["why"].text)
    assert why.show_if_choice.question.survey == copy
    assert why.show_if_choice.label == choices["size"][0].label
    assert copy.questions.get(text=q["size"].text).section.survey == copy
    assert duplicate_survey(survey=copy).slug == f"{survey.slug}-v3"
