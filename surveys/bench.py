"""Benchmark: 50,000 responses (times size) on a copy of the field survey; results, filtered results, CSV export;
the answering form with and without its tools question (its size and time must not grow with the catalogue's
7,000 benchmark entries: under 60 KB of HTML, within 3x the form without the tools question).

The runner may also iterate `export_csv_rows(survey)` to measure the peak memory of an export: here it is the
download's own path (surveys.exports.export_csv_lines, one text line per response, header first).
"""

from django.db import connection

from surveys.content import build_survey
from surveys.exports import export_csv_lines
from surveys.generate import generate_responses
from surveys.models import Choice, Question, Survey, Theme

SLUG = "enquete-bench"
SLUG_WITHOUT_TOOLS = "enquete-bench-sans-outils"
RESPONSES = 50_000
FORM_HTML_LIMIT = 60 * 1024
FORM_RATIO_LIMIT = 3.0

__all__ = ["bench_survey", "comparisons", "export_csv_rows", "generate", "pages"]


def export_csv_rows(survey):
    """The lines the CSV download writes (header first), as bench/run.py counts them for the peak memory."""
    return export_csv_lines(survey)


def bench_survey():
    return Survey.objects.get(slug=SLUG)


def generate(*, size: int) -> None:
    survey = build_survey(slug=SLUG, title="Enquête de mesure", status=Survey.Status.OPEN)
    without = build_survey(slug=SLUG_WITHOUT_TOOLS, title="Enquête de mesure sans outils", status=Survey.Status.OPEN)
    without.questions.filter(kind=Question.Kind.TOOLS).delete()
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
        ("formulaire (question des outils)", f"/enquetes/{SLUG}/"),
        ("formulaire sans la question des outils", f"/enquetes/{SLUG_WITHOUT_TOOLS}/"),
    ]


def comparisons(repeat):
    """The answering form with the tools picker against the same form without it: HTML size and time ratio."""
    import statistics
    import time

    from django.test import Client

    from tools_catalog.models import ProprietaryProduct, Tool

    client = Client()  # anonymous, as respondents are
    timings = {}
    sizes = {}
    for slug in (SLUG, SLUG_WITHOUT_TOOLS):
        url = f"/enquetes/{slug}/"
        for _ in range(3):
            client.get(url)
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(url)
            runs.append((time.perf_counter() - start) * 1000)
        timings[slug] = statistics.median(runs)
        sizes[slug] = len(response.content)
    entries = ProprietaryProduct.objects.count() + Tool.objects.count()
    ratio = timings[SLUG] / timings[SLUG_WITHOUT_TOOLS]
    size_ok = "ok" if sizes[SLUG] < FORM_HTML_LIMIT else "TROP GRAND"
    ratio_ok = "ok" if ratio <= FORM_RATIO_LIMIT else "TROP LENT"
    return [
        f"Formulaire de l'enquête, catalogue de {entries} entrées :",
        f"- avec la question des outils : {sizes[SLUG] / 1024:.1f} Ko de HTML ({size_ok}, objectif < 60 Ko),"
        f" médiane {timings[SLUG]:.1f} ms",
        f"- sans la question des outils : {sizes[SLUG_WITHOUT_TOOLS] / 1024:.1f} Ko, médiane {timings[SLUG_WITHOUT_TOOLS]:.1f} ms",
        f"- rapport : {ratio:.1f}× ({ratio_ok}, objectif ≤ {FORM_RATIO_LIMIT:.0f}×)",
    ]
