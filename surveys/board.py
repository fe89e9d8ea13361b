"""Reads of the needs board, the "Autre" curation queue and the restitution: SQL aggregates, a fixed
number of queries whatever the number of responses. Counts under SMALL_CELL are hidden wherever a
result is split or filtered (a person could be recognised)."""

from django.core.cache import cache
from django.db import connections
from django.db.models import Count, Min

from core import slots
from surveys.models import (
    Answer,
    AnswerChoice,
    AnswerTool,
    Choice,
    OtherMapping,
    PinnedQuote,
    Question,
    Response,
)
from surveys.selectors import RESULTS_CACHE_SECONDS, mapped_other_rows, other_key, results_fingerprint

SMALL_CELL = 5
OTHERS_PER_THEME = 5
OTHERS_QUEUE_LIMIT = 200


def _percent(count, total):
    return round(100 * count / total, 1) if total else 0.0


def cell(count, total, *, hide_small=True):
    """A count and its share; `hidden` when under SMALL_CELL (shown as "moins de 5")."""
    hidden = hide_small and 0 < count < SMALL_CELL
    return {"count": count, "percent": _percent(count, total), "hidden": hidden}


def segment_question(questions, value):
    """The choice question named by ?segment=<id>, or None (unknown values are ignored)."""
    return next((q for q in questions if str(q.pk) == (value or "") and q.is_choice), None)


def _theme_respondents_sql(survey_id, segment_id):
    """Respondents per theme (and per choice of the segment question): one grouped query."""
    choice_themes = Choice.themes.through._meta.db_table
    answer_choice = AnswerChoice._meta.db_table
    question = Question._meta.db_table
    select, join, group = "ct.theme_id, NULL", "", "ct.theme_id"
    params = [survey_id]
    if segment_id:
        select, group = "ct.theme_id, seg.choice_id", "ct.theme_id, seg.choice_id"
        join = f"JOIN {answer_choice} seg ON seg.response_id = ac.response_id AND seg.question_id = %s "
        params = [segment_id, survey_id]
    # Table names come from the models' _meta, every value is a parameter.
    sql = (
        f"SELECT {select}, COUNT(DISTINCT ac.response_id) FROM {answer_choice} ac "  # noqa: S608
        f"JOIN {choice_themes} ct ON ct.choice_id = ac.choice_id "
        f"JOIN {question} q ON q.id = ac.question_id {join}"
        f"WHERE q.survey_id = %s GROUP BY {group}"
    )
    with connections[AnswerChoice.objects.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _board_aggregates(survey, questions, segment):
    """The needs board's counts over every answer (kept in the cache under the results' fingerprint)."""
    total = Response.objects.filter(survey=survey).count()
    counts = {theme_id: count for theme_id, _none, count in _theme_respondents_sql(survey.pk, None)}
    split, segment_totals = {}, {}
    if segment:
        split = {
            (theme_id, choice_id): count for theme_id, choice_id, count in _theme_respondents_sql(survey.pk, segment.pk)
        }
        segment_totals = {
            row["choice_id"]: row["n"]
            for row in AnswerChoice.objects.filter(question=segment)
            .values("choice_id")
            .annotate(n=Count("response_id", distinct=True))
            .order_by()
        }
    # "Autre" texts of the questions that carry the theme: grouped by text, most frequent first.
    other_ids = [q.pk for q in questions if q.offers_other]
    others = {}
    for row in (
        Answer.objects.filter(question__in=other_ids)
        .exclude(text="")
        .values("question_id", "text")
        .annotate(count=Count("pk"), first=Min("pk"))
        .order_by("-count", "first")[:OTHERS_QUEUE_LIMIT]
    ):
        others.setdefault(row["question_id"], []).append(row)
    return {"total": total, "counts": counts, "split": split, "segment_totals": segment_totals, "others": others}


def needs_board(*, request, survey, questions, segment=None):
    """Per theme used by the survey: respondents (count, share), the split by the segment question,
    the top "Autre" texts of its questions, the pinned quotes and the training supply (slot)."""
    question_ids = [q.pk for q in questions]
    tagged = list(
        Choice.themes.through.objects.filter(choice__question__survey=survey)
        .select_related("theme", "theme__need")
        .values("theme_id", "theme__name", "theme__slug", "theme__need_id", "theme__need__slug", "choice__question_id")
    )
    themes = {}
    for row in tagged:
        theme = themes.setdefault(
            row["theme_id"],
            {
                "id": row["theme_id"],
                "name": row["theme__name"],
                "slug": row["theme__slug"],
                "need_id": row["theme__need_id"],
                "need_slug": row["theme__need__slug"],
                "questions": set(),
            },
        )
        theme["questions"].add(row["choice__question_id"])
    key = "surveys:board:" + results_fingerprint(
        survey=survey,
        questions=questions,
        extra=(sorted(tuple(sorted(r.items())) for r in tagged), segment and segment.pk),
    )
    heavy = cache.get(key)
    if heavy is None:
        heavy = _board_aggregates(survey, questions, segment)
        cache.set(key, heavy, RESULTS_CACHE_SECONDS)
    total, counts, split, segment_totals, others = (
        heavy["total"], heavy["counts"], heavy["split"], heavy["segment_totals"], heavy["others"],
    )  # fmt: skip
    quotes = {}
    for quote in PinnedQuote.objects.filter(survey=survey).select_related("answer").order_by("created_at", "pk"):
        quotes.setdefault(quote.theme_id, []).append(quote)
    need_ids = sorted({t["need_id"] for t in themes.values() if t["need_id"]})
    supply = {}
    for block in slots.collect("survey_needs", request, {"needs": need_ids}):
        supply = block
    rows = []
    for theme in themes.values():
        count = counts.get(theme["id"], 0)
        texts = []
        for question_id in sorted(theme["questions"]):
            texts += others.get(question_id, [])
        texts.sort(key=lambda r: (-r["count"], r["first"]))
        rows.append(
            {
                **theme,
                "respondents": cell(count, total, hide_small=False),
                "split": [
                    {
                        "label": choice.label,
                        **cell(split.get((theme["id"], choice.pk), 0), segment_totals.get(choice.pk, 0)),
                    }
                    for choice in (segment.choices.all() if segment else [])
                ],
                "others": texts[:OTHERS_PER_THEME],
                "quotes": quotes.get(theme["id"], []),
                "sessions": supply.get("sessions", {}).get(theme["need_id"], []) if theme["need_id"] else [],
                "modules": supply.get("modules", {}).get(theme["need_id"], []) if theme["need_id"] else [],
            }
        )
    rows.sort(key=lambda r: (-r["respondents"]["count"], r["name"]))
    return {
        "total": total,
        "themes": rows,
        "module_create_url": supply.get("module_create_url", ""),
        "segment_choices": [
            {"label": c.label, **cell(segment_totals.get(c.pk, 0), total)}
            for c in (segment.choices.all() if segment else [])
        ],
        "question_ids": question_ids,
    }


def others_queue(*, question):
    """The "Autre" texts given to the tools question, grouped case- and space-insensitively, most
    frequent first, with the product or tool they are mapped to (one query each)."""
    mappings = {m.text: m for m in OtherMapping.objects.filter(question=question).select_related("product", "tool")}
    groups = {}
    for row in (
        Answer.objects.filter(question=question)
        .exclude(text="")
        .values("text")
        .annotate(count=Count("pk"))
        .order_by("-count", "text")[: OTHERS_QUEUE_LIMIT * 5]
    ):
        key = other_key(row["text"])
        group = groups.setdefault(key, {"key": key, "text": row["text"], "count": 0, "mapping": mappings.get(key)})
        group["count"] += row["count"]
    queue = sorted(groups.values(), key=lambda g: (g["mapping"] is not None, -g["count"], g["key"]))
    return queue[:OTHERS_QUEUE_LIMIT]


def mapped_other_counts(*, question):
    """{("product" | "tool", id): answers} through mapped "Autre" texts of this tools question."""
    return {(kind, pk): entry["count"] for (_q, kind, pk), entry in mapped_other_rows([question.pk]).items()}


def product_citation(product):
    """Share of the respondents to the tools questions who cite this product (ticked or a mapped
    "Autre" text), over every survey; None when under SMALL_CELL respondents answered. Three queries."""
    tool_questions = Question.objects.filter(kind=Question.Kind.TOOLS)
    answered = Answer.objects.filter(question__in=tool_questions).count()
    if answered < SMALL_CELL:
        return None
    ticked = AnswerTool.objects.filter(product=product).values("response_id").distinct().count()
    keys = list(OtherMapping.objects.filter(product=product).values_list("question_id", "text"))
    mapped = 0
    if keys:
        by_question = {}
        for question_id, text in keys:
            by_question.setdefault(question_id, set()).add(text)
        for row in (
            Answer.objects.filter(question_id__in=by_question)
            .exclude(text="")
            .values("question_id", "text")
            .annotate(n=Count("pk"))
            .order_by()
        ):
            if other_key(row["text"]) in by_question[row["question_id"]]:
                mapped += row["n"]
    count = ticked + mapped
    return {"count": count, "answered": answered, "percent": _percent(count, answered)}
