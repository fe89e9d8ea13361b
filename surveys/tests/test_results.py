"""Results are SQL aggregates: constant queries at any size, and the same numbers on SQLite and PostgreSQL."""

from datetime import datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from surveys.models import Response
from surveys.selectors import compute_results, parse_filter, survey_questions
from surveys.services import AnswerData, submit_response
from surveys.tests.factories import EquivalenceFactory, survey_with_every_type

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


def fill(survey, q, choices, catalogue, count, start=0):
    """`count` deterministic responses, spread over three weeks."""
    for i in range(start, start + count):
        answers = [
            AnswerData(question=q["size"], choice_ids=[choices["size"][i % 3].pk]),
            AnswerData(
                question=q["role"],
                choice_ids=[] if i % 4 == 0 else [choices["role"][i % 2].pk],
                text=["Co-président", "Animateur"][i % 2] if i % 4 == 0 else "",
            ),
            AnswerData(question=q["brakes"], choice_ids=[c.pk for c in choices["brakes"][: 1 + i % 3]]),
            AnswerData(question=q["scale"], number=1 + i % 5),
            AnswerData(question=q["yes_no"], boolean=i % 3 == 0),
            AnswerData(question=q["number"], number=i * 7 % 50),
            AnswerData(question=q["long"], text=f"Remarque {i % 4}"),
            AnswerData(
                question=q["tools"],
                product_ids=[catalogue["product"].pk],
                tool_ids=[catalogue["tool"].pk] if i % 2 else [],
            ),
        ]
        submitted = datetime(2025, 3, 3 + (i % 21), 10 + i % 12, 0, tzinfo=PARIS)
        submit_response(survey=survey, nonce=f"nonce-test-{i:06d}", answers=answers, submitted_at=submitted)


@pytest.fixture
def setup():
    survey, q, choices = survey_with_every_type()
    equivalence = EquivalenceFactory()
    return survey, q, choices, {"product": equivalence.product, "tool": equivalence.tool}


def results_url(survey):
    return reverse("surveys:survey_results", args=[survey.slug])


def count_queries(client, django_assert_max_num_queries, target):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(target)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("with_filter", [False, True])
def test_results_constant_queries(coordinator_client, setup, django_assert_max_num_queries, with_filter):
    survey, q, choices, catalogue = setup
    fill(survey, q, choices, catalogue, 3)
    target = results_url(survey) + (f"?filtre={q['size'].pk}:{choices['size'][0].pk}&q=Remarque" if with_filter else "")
    small = count_queries(coordinator_client, django_assert_max_num_queries, target)
    fill(survey, q, choices, catalogue, 60, start=3)
    large = count_queries(coordinator_client, django_assert_max_num_queries, target)
    assert small == large
    with django_assert_max_num_queries(20):
        coordinator_client.get(target)


def test_survey_form_constant_queries(client, setup, django_assert_max_num_queries):
    survey, q, choices, catalogue = setup
    with django_assert_max_num_queries(8):
        client.get(reverse("surveys:survey_detail", args=[survey.slug]))


def test_list_constant_queries(coordinator_client, django_assert_max_num_queries):
    from surveys.tests.factories import SurveyFactory

    SurveyFactory.create_batch(2)
    small = count_queries(coordinator_client, django_assert_max_num_queries, reverse("surveys:survey_list"))
    SurveyFactory.create_batch(25)
    large = count_queries(coordinator_client, django_assert_max_num_queries, reverse("surveys:survey_list"))
    assert small == large


def normalise(results):
    """Ids differ between runs: replace them by positions, keep every number and label."""
    out = {
        "total": results["total"],
        "weeks": [(w["week"].isoformat(), w["count"], w["bar"]) for w in results["weeks"]],
    }
    for index, item in enumerate(results["questions"]):
        item = {k: v for k, v in item.items() if k != "id"}
        for key in ("choices", "distribution", "products", "free_tools"):
            if key in item:
                item[key] = [
                    {k: v for k, v in row.items() if k not in ("id", "url", "equivalents", "label", "hidden")}
                    | {"equivalents": len(row.get("equivalents", []))}
                    for row in item[key]
                ]
        out[index] = item
    return out


# The expected numbers for `fill(..., 12)`. The same literal passes on SQLite and on PostgreSQL:
# the results do not depend on the database.
EXPECTED_TOTAL = 12
EXPECTED_WEEKS = [("2025-03-03", 7, "100.0"), ("2025-03-10", 5, "71.4")]


def test_results_identical_on_every_database(setup):
    survey, q, choices, catalogue = setup
    fill(survey, q, choices, catalogue, 12)
    questions = survey_questions(survey)
    results = normalise(compute_results(survey=survey, questions=questions))
    assert results["total"] == EXPECTED_TOTAL
    assert results["weeks"] == EXPECTED_WEEKS
    size, role, brakes, why, scale, yes_no, short, long, number, place, tools = (results[i] for i in range(11))
    assert [c["count"] for c in size["choices"]] == [4, 4, 4]
    assert [c["percent"] for c in size["choices"]] == [33.3, 33.3, 33.3]
    assert role["answered"] == 12 and [c["count"] for c in role["choices"]] == [3, 6]
    assert role["other"] == {"count": 3, "percent": 25.0, "groups": [{"text": "Co-président", "count": 3}]}
    assert [c["count"] for c in brakes["choices"]] == [12, 8, 4] and brakes["other"]["count"] == 0
    assert why["answered"] == 0
    assert scale["average"] == 2.75 and [d["count"] for d in scale["distribution"]] == [3, 3, 2, 2, 2]
    assert [d["count"] for d in yes_no["distribution"]] == [4, 8]
    assert number["average"] == 21.83 and number["minimum"] == 0 and number["maximum"] == 49
    assert long["texts"]["count"] == 12 and len(long["texts"]["items"]) == 10
    assert tools["products"] == [{"count": 12, "percent": 100.0, "bar": "100.0", "equivalents": 1}]
    assert tools["free_tools"] == [{"count": 6, "percent": 50.0, "bar": "50.0", "equivalents": 0}]
    # Filtered: only the responses with the first size choice.
    result_filter = parse_filter(f"{q['size'].pk}:{choices['size'][0].pk}", questions)
    filtered = normalise(compute_results(survey=survey, questions=questions, result_filter=result_filter))
    assert filtered["total"] == 4 and filtered[4]["average"] == 3.0
    assert [c["count"] for c in filtered[0]["choices"]] == [4, 0, 0]
    raw = compute_results(survey=survey, questions=questions, result_filter=result_filter)
    assert [c["hidden"] for c in raw["questions"][0]["choices"]] == [True, False, False]  # 4 < 5, 0 is no one
    assert Response.objects.count() == 12


def test_filter_combines_several_answers(setup):
    survey, q, choices, catalogue = setup
    fill(survey, q, choices, catalogue, 12)
    questions = survey_questions(survey)
    size, role = choices["size"], choices["role"]
    combined = parse_filter(
        [f"{q['size'].pk}:{size[0].pk}", f"{q['size'].pk}:{size[1].pk}", f"{q['role'].pk}:{role[1].pk}", "999:1", "x"],
        questions,
    )
    assert len(combined.conditions) == 3
    assert combined.describe() == [
        (q["size"].text, [size[0].label, size[1].label]),
        (q["role"].text, [role[1].label]),
    ]
    expected = (
        Response.objects.filter(answers__selected__choice__in=size[:2])
        .filter(answers__selected__choice=role[1])
        .distinct()
        .count()
    )
    assert compute_results(survey=survey, questions=questions, result_filter=combined)["total"] == expected
    assert parse_filter(["999:1", "", "a:b"], questions) is None


class _TableWraps(HTMLParser):
    def __init__(self):
        super().__init__()
        self.wraps = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "table-wrap" in (attrs.get("class") or "").split():
            self.wraps.append(attrs)


def test_every_scrollable_table_is_a_focusable_named_region(coordinator_client, setup):
    """axe scrollable-region-focusable: each .table-wrap has tabindex=0, role=region and its own label."""
    survey, q, choices, catalogue = setup
    fill(survey, q, choices, catalogue, 8)
    for target in (results_url(survey), reverse("surveys:survey_list")):
        parser = _TableWraps()
        parser.feed(coordinator_client.get(target).content.decode())
        assert parser.wraps
        for attrs in parser.wraps:
            assert attrs.get("tabindex") == "0" and attrs.get("role") == "region" and attrs.get("aria-label"), attrs
        labels = [attrs["aria-label"] for attrs in parser.wraps]
        assert len(labels) == len(set(labels)), labels
