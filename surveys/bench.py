"""Benchmark: 50,000 responses (times size) on a copy of the field survey; results, filtered results, CSV export.

The runner may also iterate `export_csv_rows(survey)` (surveys.exports) to measure the peak memory of an export.
"""

from django.db import connection

from surveys.content import build_survey
from surveys.exports import export_csv_rows
from surveys.generate import generate_responses
from surveys.models import Choice, Survey

SLUG = "enquete-bench"
RESPONSES = 50_000

__all__ = ["bench_survey", "export_csv_rows", "generate", "pages"]


def bench_survey():
    return Survey.objects.get(slug=SLUG)


def generate(*, size: int) -> None:
    survey = build_survey(slug=SLUG, title="Enquête de mesure", status=Survey.Status.OPEN)
    target = int(RESPONSES * size)
    missing = target - survey.responses.count()
    if missing > 0:
        generate_responses(survey=survey, count=missing, seed=2024, days=365)
    # After a bulk load, refresh the planner's statistics as autovacuum would (PostgreSQL and SQLite).
    with connection.cursor() as cursor:
        tables = ["surveys_response", "surveys_answer", "surveys_answerchoice", "surveys_answertool"]
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE " + ", ".join(tables))
        else:
            cursor.execute("ANALYZE")


def pages() -> list[tuple[str, str]]:
    survey = bench_survey()
    choice = Choice.objects.filter(question__survey=survey, question__position=1).order_by("position").first()
    return [
        ("résultats de l'enquête", f"/enquetes/{SLUG}/resultats/"),
        ("résultats filtrés (sans salarié)", f"/enquetes/{SLUG}/resultats/?filtre={choice.question_id}:{choice.pk}"),
        ("export CSV", f"/enquetes/{SLUG}/export.csv"),
    ]
