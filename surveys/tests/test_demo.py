import io

import pytest

from surveys import demo
from surveys.models import Choice, Question, Response, Survey

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_open(settings):
    settings.DEBUG = False
    demo.load(stdout=io.StringIO())
    demo.load(stdout=io.StringIO())
    survey = Survey.objects.get(slug=demo.SLUG)
    assert survey.availability() == Survey.Availability.OPEN
    assert Question.objects.filter(survey=survey).count() == len(demo.QUESTIONS)
    assert Question.objects.filter(survey=survey, kind=Question.Kind.TOOLS).count() == 1
    assert Question.objects.filter(survey=survey, show_if_choice__isnull=False).count() == 1
    assert Choice.objects.filter(question__survey=survey).count() == sum(len(q[7]) for q in demo.QUESTIONS)
    assert not Response.objects.exists()


def test_demo_responses_in_debug_only_once(settings):
    settings.DEBUG = True
    demo.load(stdout=io.StringIO())
    assert Response.objects.count() == demo.DEMO_RESPONSES
    first = list(Response.objects.order_by("pk").values_list("token", flat=True)[:5])
    demo.load(stdout=io.StringIO())
    assert Response.objects.count() == demo.DEMO_RESPONSES
    assert list(Response.objects.order_by("pk").values_list("token", flat=True)[:5]) == first
    # Conditions are respected by the generator: "why did you stop" only after "stopped".
    why = Question.objects.get(survey__slug=demo.SLUG, show_if_choice__isnull=False)
    for answer in why.answers.select_related("response"):
        assert answer.response.answers.filter(question=why.show_if_choice.question).exists()
