import pytest

from surveys.forms import SurveyForm
from surveys.selectors import survey_questions
from surveys.services import make_submission_token
from surveys.tests.factories import EquivalenceFactory, SurveyFactory, survey_with_every_type, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    survey, q, choices = survey_with_every_type()
    equivalence = EquivalenceFactory()
    catalogue = {"product": equivalence.product, "tool": equivalence.tool}
    return survey, q, choices, catalogue


def make_form(survey, data, catalogue):
    return SurveyForm(
        data=data,
        survey=survey,
        questions=survey_questions(survey),
    )


def test_every_type_valid(setup):
    survey, q, choices, catalogue = setup
    data = valid_post(survey, q, choices, catalogue, role="autre", **{q["role"].other_field_name: "  Co-président  "})
    form = make_form(survey, data, catalogue)
    assert form.is_valid(), form.errors
    answers = {a.question.pk: a for a in form.answers()}
    assert answers[q["size"].pk].choice_ids == [choices["size"][0].pk]
    assert answers[q["role"].pk].choice_ids == [] and answers[q["role"].pk].text == "Co-président"
    assert answers[q["brakes"].pk].choice_ids == [choices["brakes"][0].pk, choices["brakes"][2].pk]
    assert answers[q["scale"].pk].number == 4
    assert answers[q["yes_no"].pk].boolean is True
    assert answers[q["number"].pk].number == 12
    assert answers[q["place"].pk].text == "37000"
    assert answers[q["long"].pk].text == "Une remarque\nsur deux lignes."
    assert answers[q["tools"].pk].product_ids == [catalogue["product"].pk]
    assert answers[q["tools"].pk].tool_ids == [catalogue["tool"].pk]
    assert answers[q["why"].pk].text == "Pas les moyens"


def test_no_answer_means_no_answer_row(setup):
    survey, q, choices, catalogue = setup
    data = valid_post(survey, q, choices, yes_no=None, short=None, long="   ", number=None, brakes=None, role=None)
    form = make_form(survey, data, catalogue)
    assert form.is_valid(), form.errors
    answered = {a.question.pk for a in form.answers()}
    assert answered == {q["size"].pk, q["why"].pk, q["scale"].pk, q["place"].pk}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("number", "501", "inférieure ou égale à 500"),
        ("number", "-1", "supérieure ou égale à 0"),
        ("number", "douze", "nombre entier"),
        ("scale", "6", "choix valide"),
        ("yes_no", "peut-être", "choix valide"),
        ("short", "x" * 201, "200 caractères"),
        ("long", "x" * 5000, "2000 caractères"),
        ("place", "<script>", "code postal"),
        ("place", "3700", "code postal"),
        ("size", "999999", "choix valide"),
    ],
)
def test_bad_values_get_french_errors(setup, field, value, message):
    survey, q, choices, catalogue = setup
    form = make_form(survey, valid_post(survey, q, choices, **{field: value}), catalogue)
    assert not form.is_valid()
    assert message in " ".join(form.errors[q[field].field_name])


@pytest.mark.parametrize("value", [["p999999"], ["t999999"], ["x1"], ["p" + "9" * 40], ["<script>"]])
def test_unknown_or_forged_tools_are_dropped(setup, value):
    """The picker's values are checked against the published catalogue: anything else is ignored."""
    survey, q, choices, catalogue = setup
    data = valid_post(survey, q, choices, catalogue)
    data[q["tools"].field_name] = [*data[q["tools"].field_name], *value]
    form = make_form(survey, data, catalogue)
    assert form.is_valid(), form.errors
    tools = next(a for a in form.answers() if a.question == q["tools"])
    assert tools.product_ids == [catalogue["product"].pk] and tools.tool_ids == [catalogue["tool"].pk]


def test_an_unpublished_product_is_dropped(setup):
    survey, q, choices, catalogue = setup
    catalogue["product"].is_published = False
    catalogue["product"].save()
    form = make_form(survey, valid_post(survey, q, choices, catalogue), catalogue)
    assert form.is_valid(), form.errors
    assert next(a for a in form.answers() if a.question == q["tools"]).product_ids == []


def test_a_choice_of_another_question_is_refused(setup):
    survey, q, choices, catalogue = setup
    data = valid_post(survey, q, choices, brakes=[str(choices["size"][1].pk)], size=str(choices["role"][0].pk))
    form = make_form(survey, data, catalogue)
    assert not form.is_valid()
    assert q["brakes"].field_name in form.errors and q["size"].field_name in form.errors


def test_required_questions_get_a_clear_message(setup):
    survey, q, choices, catalogue = setup
    form = make_form(survey, valid_post(survey, q, choices, size=None, scale=None), catalogue)
    assert not form.is_valid()
    assert form.errors[q["scale"].field_name] == ["Répondez à cette question : elle est obligatoire."]
    # "why" depends on size: with size missing it is hidden, so not required.
    assert q["why"].field_name not in form.errors


def test_hidden_question_is_not_required_and_its_answer_dropped(setup):
    survey, q, choices, catalogue = setup
    data = valid_post(survey, q, choices, size=str(choices["size"][2].pk), why="x" * 999)
    form = make_form(survey, data, catalogue)
    assert form.is_valid(), form.errors
    assert q["why"].pk not in {a.question.pk for a in form.answers()}
    # Shown (condition met) and empty: required.
    form = make_form(survey, valid_post(survey, q, choices, why=None), catalogue)
    assert not form.is_valid() and q["why"].field_name in form.errors


def test_other_needs_its_text(setup):
    survey, q, choices, catalogue = setup
    form = make_form(survey, valid_post(survey, q, choices, brakes=["autre"]), catalogue)
    assert not form.is_valid()
    assert "précisez" in form.errors[q["brakes"].other_field_name][0]
    # Text given without ticking "Autre" on a multiple choice: counted as "Autre".
    data = valid_post(survey, q, choices, **{q["brakes"].other_field_name: "Le coût"})
    form = make_form(survey, data, catalogue)
    assert form.is_valid(), form.errors
    brakes = next(a for a in form.answers() if a.question == q["brakes"])
    assert brakes.text == "Le coût" and len(brakes.choice_ids) == 2
    # On a single choice with another choice ticked: asked to choose.
    data = valid_post(survey, q, choices, **{q["role"].other_field_name: "Autre chose"})
    form = make_form(survey, data, catalogue)
    assert not form.is_valid() and q["role"].other_field_name in form.errors


@pytest.mark.parametrize("token", ["", "forged", "eyJzIjoxLCJuIjoiYWFhYWFhYWFhYWFhIn0:1tZZZZ:abcdef"])
def test_forged_token_refused(setup, token):
    survey, q, choices, catalogue = setup
    form = make_form(survey, valid_post(survey, q, choices, token=token), catalogue)
    assert not form.is_valid()
    assert "token" in form.errors


def test_token_of_another_survey_refused(setup):
    survey, q, choices, catalogue = setup
    other = SurveyFactory()
    form = make_form(survey, valid_post(survey, q, choices, token=make_submission_token(survey=other)), catalogue)
    assert not form.is_valid() and "token" in form.errors


@pytest.mark.parametrize("name", ["role", "brakes"])
def test_typing_in_other_answers_a_required_question_without_checking_it(setup, name):
    """Today's complaint: "question required" although "Autre (précisez)" was filled in."""
    survey, q, choices, catalogue = setup
    type(q[name]).objects.filter(pk=q[name].pk).update(required=True)
    data = valid_post(survey, q, choices, catalogue, **{name: None, q[name].other_field_name: "  Notre réponse  "})
    form = make_form(survey, data, catalogue)
    assert form.is_valid(), form.errors
    answer = next(a for a in form.answers() if a.question.pk == q[name].pk)
    assert answer.choice_ids == [] and answer.text == "Notre réponse"


def test_other_text_with_another_single_choice_asks_which_to_keep(setup):
    survey, q, choices, catalogue = setup
    data = valid_post(survey, q, choices, catalogue, **{q["role"].other_field_name: "Animatrice"})
    form = make_form(survey, data, catalogue)
    assert not form.is_valid()
    assert "Cochez « Autre » pour préciser, ou videz ce champ." in form.errors[q["role"].other_field_name]
