"""Benchmark: 50,000 responses (times size) on a copy of the field survey; results, filtered results, CSV export.

The runner may also iterate `export_csv_rows(survey)` (surveys.exports) to measure the peak memory of an export.
"""

from django.db import connection

from surveys.content import build_survey
from surveys.exports import export_csv_rows
from surveys.generate import generate_responses
from surveys.models import Choice, Question, Survey, Theme

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
    # Themes on the choices of the multiple-choice questions (the needs board counts by theme).
    for choice in Choice.objects.filter(question__survey=survey, question__kind=Question.Kind.MULTIPLE):
        theme, _ = Theme.objects.get_or_create(slug=f"bench-{choice.pk}", defaults={"name": f"Thème {choice.label}"})
        choice.themes.add(theme)
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
    # Three conditions on three questions: size, role, and a multiple-choice answer.
    three = [
        Choice.objects.filter(question__survey=survey, question__position=position).order_by("position").first()
        for position in (1, 4)
    ] + [Choice.objects.filter(question__survey=survey, question__kind=Question.Kind.MULTIPLE).order_by("pk").first()]
    three_filter = "&".join(f"filtre={c.question_id}:{c.pk}" for c in three)
    return [
        ("résultats de l'enquête", f"/enquetes/{SLUG}/resultats/"),
        ("résultats filtrés (sans salarié)", f"/enquetes/{SLUG}/resultats/?filtre={choice.question_id}:{choice.pk}"),
        ("résultats filtrés (3 conditions)", f"/enquetes/{SLUG}/resultats/?{three_filter}"),
        ("besoins de formation", f"/enquetes/{SLUG}/besoins/"),
        ("besoins de formation par taille", f"/enquetes/{SLUG}/besoins/?segment={choice.question_id}"),
        ("export CSV", f"/enquetes/{SLUG}/export.csv"),
    ]
