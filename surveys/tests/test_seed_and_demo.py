import io

import pytest

from core.seed import Seeder
from surveys import content, demo, seed
from surveys.models import Choice, Question, Response, Survey

pytestmark = pytest.mark.django_db


def test_the_shipped_survey_is_seeded_open_once():
    Seeder(seed.KINDS).run()
    assert Seeder(seed.KINDS).run().writes == 0
    survey = Survey.objects.get(slug=content.SLUG)
    assert survey.availability() == Survey.Availability.OPEN
    assert Question.objects.filter(survey=survey).count() == len(content.QUESTIONS)
    assert Question.objects.filter(survey=survey, kind=Question.Kind.TOOLS).count() == 1
    assert Question.objects.filter(survey=survey, show_if_choice__isnull=False).count() == 1
    assert Choice.objects.filter(question__survey=survey).count() == sum(len(q[7]) for q in content.QUESTIONS)
    assert not Response.objects.exists()  # answers are demo data only


def test_demo_responses_are_added_once_to_the_seeded_survey():
    demo.load(stdout=io.StringIO())
    assert not Response.objects.exists()  # no survey seeded: nothing to answer
    Seeder(seed.KINDS).run()
    demo.load(stdout=io.StringIO())
    assert Response.objects.count() == demo.DEMO_RESPONSES
    first = list(Response.objects.order_by("pk").values_list("token", flat=True)[:5])
    demo.load(stdout=io.StringIO())
    assert Response.objects.count() == demo.DEMO_RESPONSES
    assert list(Response.objects.order_by("pk").values_list("token", flat=True)[:5]) == first
    # Conditions are respected by the generator: "why did you stop" only after "stopped".
    why = Question.objects.get(survey__slug=content.SLUG, show_if_choice__isnull=False)
    for answer in why.answers.select_related("response"):
        assert answer.response.answers.filter(question=why.show_if_choice.question).exists()
