"""The fast CSV path (export_csv_lines) writes exactly what the kernel's generic CSV writes."""

import pytest

from core import exports as kernel_exports
from surveys.exports import csv_response, export_csv_lines, export_csv_rows
from surveys.models import Answer, AnswerChoice, AnswerTool, Response
from surveys.tests.factories import ChoiceFactory, ProductFactory, ToolFactory, survey_with_every_type

pytestmark = pytest.mark.django_db

AWKWARD = [
    '=HYPERLINK("http://evil")',
    "  +1",
    "-2",
    "@SUM(A1)",
    "\tà gauche",
    "a;b",
    'des "guillemets"',
    "deux\nlignes\r\n",
    "Écrit en français, 'apostrophe'",
    "",
]


def generic(survey, **kwargs):
    """The reference: export_csv_rows through the kernel's csv_lines (csv.writer, cell())."""
    rows = export_csv_rows(survey, **kwargs)
    return b"".join(kernel_exports.csv_lines(next(rows), rows))


def fast(survey, **kwargs):
    return "".join(export_csv_lines(survey, **kwargs)).encode("utf-8")


@pytest.fixture
def awkward_survey():
    survey, q, choices = survey_with_every_type()
    dash = ChoiceFactory(question=q["brakes"], label="-moins", position=5)
    quoted = ChoiceFactory(question=q["brakes"], label='Le "temps"; vraiment', position=4)
    product = ProductFactory(name="=Produit")
    tool = ToolFactory(name='Outil "libre"')
    for index, text in enumerate(AWKWARD):
        response = Response.objects.create(survey=survey, token=f"t{index}")

        def answer(name, **values):
            return Answer.objects.create(response=response, question=q[name], **values)

        answer("short", text=text)
        answer("long", text=text[::-1])
        answer("place", text=text[:3])
        if index % 3:
            answer("scale", number=index % 5 + 1)
            answer("number", number=None if index == 4 else index * 7 - 20)
            answer("yes_no", boolean=None if index == 5 else bool(index % 2))
        single = answer("size", text="")
        AnswerChoice.objects.create(
            answer=single, response=response, question=q["size"], choice=choices["size"][index % 3]
        )
        role = answer("role", text=text)  # an "Autre" text only, or nothing at all
        if index % 2:
            AnswerChoice.objects.create(answer=role, response=response, question=q["role"], choice=choices["role"][0])
        brakes = answer("brakes", text=text if index % 4 == 0 else "")
        for choice in [quoted, dash, choices["brakes"][2], choices["brakes"][0]][: index % 5]:
            AnswerChoice.objects.create(answer=brakes, response=response, question=q["brakes"], choice=choice)
        if index % 2 == 0:
            tools = answer("tools", text=text)
            AnswerTool.objects.create(answer=tools, response=response, question=q["tools"], product=product)
            AnswerTool.objects.create(answer=tools, response=response, question=q["tools"], tool=tool)
    return survey


@pytest.mark.parametrize("chunk_size", [1, 3, 2000])
def test_fast_lines_are_the_kernel_csv_byte_for_byte(awkward_survey, chunk_size):
    expected = generic(awkward_survey, chunk_size=chunk_size)
    assert expected.count(b"\r\n") >= len(AWKWARD) + 1
    assert fast(awkward_survey, chunk_size=chunk_size) == expected


def test_fast_lines_with_a_filter_and_without_responses(awkward_survey):
    kept = list(Response.objects.filter(survey=awkward_survey).order_by("pk").values_list("pk", flat=True)[2:5])
    assert fast(awkward_survey, response_ids=kept) == generic(awkward_survey, response_ids=kept)
    assert fast(awkward_survey, response_ids=[]) == generic(awkward_survey, response_ids=[])


def test_download_streams_the_fast_lines(awkward_survey):
    response = csv_response(awkward_survey)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{awkward_survey.slug}-reponses.csv"'
    body = b"".join(response.streaming_content)
    assert body.startswith(kernel_exports.BOM.encode()) and body == generic(awkward_survey)
    assert b'"\'=Produit ; Outil ""libre""' in body and b'"\'=HYPERLINK(""http://evil"")"' in body


def test_fast_lines_of_a_survey_with_one_kind_of_question():
    from surveys.tests.factories import QuestionFactory, SurveyFactory

    survey = SurveyFactory()
    question = QuestionFactory(survey=survey, position=1, kind="yes_no", text="Site web ?")
    for index, value in enumerate([True, None, False]):
        response = Response.objects.create(survey=survey, token=f"y{index}")
        Answer.objects.create(response=response, question=question, boolean=value)
    Response.objects.create(survey=survey, token="none")
    assert fast(survey) == generic(survey)
    assert fast(survey).count(b"\r\n") == 5
