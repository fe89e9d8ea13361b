"""Reads of the surveys app. Results are SQL aggregates: a fixed number of queries whatever the number of responses."""

from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Avg, Count, F, Max, Min, Prefetch, Q, Window
from django.db.models.functions import RowNumber, TruncWeek
from django.utils import timezone

from surveys.models import Answer, AnswerChoice, AnswerTool, Choice, Question, Response
from tools_catalog.content import MOST_USED_PRODUCTS
from tools_catalog.models import Equivalence, Need, ProprietaryProduct, Tool
from tools_catalog.search import MAX_QUERY_LENGTH, filter_products, search_catalog

TEXTS_SHOWN = 10  # free-text answers shown per question on the results page (the full list is paginated)
OTHERS_SHOWN = 15  # "Autre" groups shown per question
TOOLS_SHOWN = 15


def survey_questions(survey):
    """The questions in order, with their section, condition and choices (3 queries)."""
    return list(
        Question.objects.filter(survey=survey)
        .select_related("section", "show_if_choice")
        .prefetch_related(Prefetch("choices", queryset=Choice.objects.order_by("position", "pk")))
        .ordered()
    )


# The tools question's picker --------------------------------------------------------------
# The page never lists the whole catalogue (7,000 entries in the benchmark): the PICKER_TOP most
# common entries grouped by need, the ones already chosen, and, when the respondent searched,
# at most PICKER_RESULTS matches of the catalogue's own search (accents and typos tolerated).

PICKER_TOP = 30
PICKER_RESULTS = 20
RANKING_CACHE_SECONDS = 600
# Products associations name most often (the working group's field visits), most used first: the
# order of the picker until the survey's own answers rank it (then these only fill the list).
# The catalogue's editorial list of the 40 products associations use most, most common first.
COMMON_PRODUCTS = MOST_USED_PRODUCTS


def answer_catalogue():
    """Every published proprietary product and free tool (2 queries): for small lists only; the
    answering form uses `tools_picker`, which never loads the whole catalogue."""
    products = list(ProprietaryProduct.objects.published().order_by("name").only("pk", "name"))
    tools = list(Tool.objects.published().order_by("name").only("pk", "name"))
    return products, tools


@dataclass(frozen=True)
class PickerItem:
    """One catalogue entry in the picker: `value` is "p<id>" (product) or "t<id>" (free tool)."""

    value: str
    label: str
    detail: str = ""
    need: str = ""
    need_position: int = 10_000


def answer_catalogue_valid(values):
    """The subset of `values` ("p12", "t7") naming published products and tools (2 queries at most)."""
    product_ids = {int(v[1:]) for v in values if v[:1] == "p" and v[1:].isdigit() and len(v) < 12}
    tool_ids = {int(v[1:]) for v in values if v[:1] == "t" and v[1:].isdigit() and len(v) < 12}
    found = set()
    if product_ids:
        found |= {
            f"p{pk}"
            for pk in ProprietaryProduct.objects.published().filter(pk__in=product_ids).values_list("pk", flat=True)
        }
    if tool_ids:
        found |= {f"t{pk}" for pk in Tool.objects.published().filter(pk__in=tool_ids).values_list("pk", flat=True)}
    return found


def _picker_ranking(question):
    """[(kind, id)] of the entries most cited by this question's answers, most cited first.

    One SQL aggregate, kept in the cache for RANKING_CACHE_SECONDS (the answers of 50,000
    responses are not counted at each page view).
    """
    if question is None or question.pk is None:
        return []
    key = f"surveys:picker-ranking:{question.pk}"
    ranking = cache.get(key)
    if ranking is None:
        rows = (
            AnswerTool.objects.filter(question=question)
            .values("product_id", "tool_id")
            .annotate(uses=Count("pk"))
            .order_by("-uses", "product_id", "tool_id")[: PICKER_TOP * 2]
        )
        ranking = [("p", row["product_id"]) if row["product_id"] else ("t", row["tool_id"]) for row in rows]
        cache.set(key, ranking, RANKING_CACHE_SECONDS)
    return ranking


def _with_needs(queryset):
    return queryset.prefetch_related(
        Prefetch("needs", queryset=Need.objects.order_by("position", "name").only("pk", "name", "position"))
    )


def _item(entry, kind):
    needs = list(entry.needs.all())
    detail = entry.vendor if kind == "p" else "outil libre"
    first = needs[0] if needs else None
    return PickerItem(
        value=f"{kind}{entry.pk}",
        label=entry.name,
        detail=detail,
        need=first.name if first else "",
        need_position=first.position if first else 10_000,
    )


def tools_picker(*, question=None, chosen=(), filter_text=""):
    """What the tools picker shows: {"groups", "chosen", "results", "search"}.

    - `groups`: the PICKER_TOP most common entries (this question's answers, then COMMON_PRODUCTS,
      then by name) and the `chosen` ones, grouped by their first need (need order), "Autres" last;
    - `chosen`: the chosen PickerItems, in the order given (unknown values dropped);
    - `results`: with `filter_text`, at most PICKER_RESULTS matching entries (products first: name,
      aliases, vendor, needs and synonyms; then free tools), typos corrected; else None.
    A fixed number of queries whatever the size of the catalogue or of the answers (at most 11).
    """
    chosen = [value for value in chosen if isinstance(value, str)]
    ranking = _picker_ranking(question)
    ranked_products = [pk for kind, pk in ranking if kind == "p"]
    ranked_tools = [pk for kind, pk in ranking if kind == "t"]
    chosen_products = [int(v[1:]) for v in chosen if v[:1] == "p" and v[1:].isdigit() and len(v) < 12]
    chosen_tools = [int(v[1:]) for v in chosen if v[:1] == "t" and v[1:].isdigit() and len(v) < 12]
    fields = ("pk", "name", "slug", "vendor")
    products = {
        p.pk: p
        for p in _with_needs(
            ProprietaryProduct.objects.published()
            .filter(Q(pk__in=ranked_products + chosen_products) | Q(slug__in=COMMON_PRODUCTS))
            .only(*fields)
        )
    }
    tools = {}
    if ranked_tools or chosen_tools:
        tools = {
            t.pk: t
            for t in _with_needs(Tool.objects.published().filter(pk__in=ranked_tools + chosen_tools).only("pk", "name"))
        }
    order = [tuple(entry) for entry in ranking]
    common = {p.slug: p.pk for p in products.values()}
    order += [("p", common[slug]) for slug in COMMON_PRODUCTS if slug in common]
    top, seen = [], set()
    for kind, pk in order:
        entry = (products if kind == "p" else tools).get(pk)
        if entry is not None and (kind, pk) not in seen and len(top) < PICKER_TOP:
            seen.add((kind, pk))
            top.append(_item(entry, kind))
    if len(top) < PICKER_TOP:  # a catalogue without the common products: fill by name
        for product in _with_needs(
            ProprietaryProduct.objects.published()
            .exclude(pk__in=[pk for kind, pk in seen if kind == "p"])
            .only(*fields)[: PICKER_TOP - len(top)]
        ):
            seen.add(("p", product.pk))
            top.append(_item(product, "p"))
    chosen_items = []
    for value in dict.fromkeys(chosen):
        kind, pk = value[:1], value[1:]
        entry = (products if kind == "p" else tools if kind == "t" else {}).get(
            int(pk) if pk.isdigit() and len(pk) < 12 else 0
        )
        if entry is not None:
            chosen_items.append(_item(entry, kind))
    shown = top + [item for item in chosen_items if (item.value[:1], int(item.value[1:])) not in seen]
    shown.sort(key=lambda item: (item.need_position, item.need))
    groups = []
    for item in shown:
        label = item.need or "Autres"
        if not groups or groups[-1]["label"] != label:
            groups.append({"label": label, "items": []})
        groups[-1]["items"].append(item)
    results, search = None, None
    if (filter_text or "").strip():
        results, search = picker_search(filter_text)
    return {
        "groups": groups,
        "chosen": chosen_items,
        "results": results,
        "suggestion": search.suggestion if search else "",
    }


def picker_search(text):
    """([PickerItem], SearchQuery): at most PICKER_RESULTS products then free tools matching `text` (3 to 4 queries)."""
    text = (text or "")[:MAX_QUERY_LENGTH]
    product_ids, search = filter_products(text)
    items = []
    if search:
        products = ProprietaryProduct.objects.published().filter(pk__in=product_ids).only("pk", "name", "vendor")
        items = [PickerItem(value=f"p{p.pk}", label=p.name, detail=p.vendor) for p in products[:PICKER_RESULTS]]
        if len(items) < PICKER_RESULTS:
            tools = search_catalog(search).only("pk", "name")[: PICKER_RESULTS - len(items)]
            items += [PickerItem(value=f"t{t.pk}", label=t.name, detail="outil libre") for t in tools]
    return items, search


@dataclass(frozen=True)
class ResultFilter:
    question: Question
    choice: Choice

    @property
    def param(self):
        return f"{self.question.pk}:{self.choice.pk}"


def parse_filter(value, questions):
    """`?filtre=<question_id>:<choice_id>` -> ResultFilter, or None; unknown values are ignored (no 500)."""
    if not value or ":" not in value:
        return None
    question_id, _, choice_id = value.partition(":")
    for question in questions:
        if str(question.pk) == question_id and question.is_choice:
            for choice in question.choices.all():
                if str(choice.pk) == choice_id:
                    return ResultFilter(question=question, choice=choice)
    return None


def filter_choices(questions):
    """Choices a coordinator can filter the results on, grouped by question (for the filter form)."""
    return [
        {"question": q, "choices": [{"value": f"{q.pk}:{c.pk}", "label": c.label} for c in q.choices.all()]}
        for q in questions
        if q.is_choice
    ]


def _percent(count, total):
    return round(100 * count / total, 1) if total else 0.0


def _bar(count, maximum):
    """Width of an SVG bar out of 100, always with a dot (SVG attribute, whatever the locale)."""
    return f"{(100 * count / maximum) if maximum else 0:.1f}"


def _row(label, count, total, **extra):
    return {"label": label, "count": count, "percent": _percent(count, total), "bar": _bar(count, total), **extra}


RANKED_SQL = (
    'SELECT "question_id", "text", "count" FROM ('
    'SELECT "question_id", "text", "count", ROW_NUMBER() OVER ('
    'PARTITION BY "question_id" ORDER BY "count" DESC, "first" ASC) AS "rank_in_question" '
    "FROM (INNER) grouped) ranked "
    'WHERE "rank_in_question" <= %s ORDER BY "question_id", "rank_in_question"'
)


def _top_per_question(grouped, limit):
    """The `limit` most frequent rows per question of a grouped query (question_id, text, count, first).

    Django cannot rank an aggregate in the same query, so the grouped query is wrapped in plain SQL
    (window functions exist in SQLite and PostgreSQL). Ties are broken by the first answer, not by the
    text, so that the order is the same whatever the database collation.
    """
    try:
        inner, params = grouped.query.sql_with_params()
    except EmptyResultSet:
        return []
    # `inner` is Django's own compiled SQL; every value is a parameter.
    sql = RANKED_SQL.replace("(INNER)", f"({inner})")
    with connections[grouped.db].cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        return cursor.fetchall()


def compute_results(*, survey, questions, result_filter=None, search=""):
    """Every result of a survey as plain data (same on SQLite and PostgreSQL), in a fixed number of queries."""
    responses = Response.objects.filter(survey=survey)
    answers = Answer.objects.filter(question__in=[q.pk for q in questions])
    selections = AnswerChoice.objects.filter(question__in=[q.pk for q in questions if q.is_choice])
    tools_named = AnswerTool.objects.filter(question__in=[q.pk for q in questions if q.kind == Question.Kind.TOOLS])
    if result_filter:
        kept = AnswerChoice.objects.filter(choice_id=result_filter.choice.pk).values("response_id")
        responses = responses.filter(pk__in=kept)
        answers = answers.filter(response_id__in=kept)
        selections = selections.filter(response_id__in=kept)
        tools_named = tools_named.filter(response_id__in=kept)

    # 1. Responses per week.
    weeks = list(
        responses.annotate(week=TruncWeek("submitted_at", tzinfo=timezone.get_current_timezone()))
        .values("week")
        .annotate(count=Count("pk"))
        .order_by("week")
    )
    total = sum(week["count"] for week in weeks)
    busiest = max((week["count"] for week in weeks), default=0)
    week_rows = [
        {
            "week": timezone.localtime(w["week"]).date() if timezone.is_aware(w["week"]) else w["week"].date(),
            "count": w["count"],
            "bar": _bar(w["count"], busiest),
        }
        for w in weeks
    ]

    # 2. Per question: how many answered, averages, yes/no, "Autre" texts.
    stats = {
        row["question_id"]: row
        for row in answers.values("question_id")
        .annotate(
            answered=Count("pk"),
            average=Avg("number"),
            minimum=Min("number"),
            maximum=Max("number"),
            yes=Count("pk", filter=Q(boolean=True)),
            no=Count("pk", filter=Q(boolean=False)),
            others=Count("pk", filter=~Q(text="")),
        )
        .order_by()
    }
    # 3. Selected choices.
    choice_counts = {
        row["choice_id"]: row["count"] for row in selections.values("choice_id").annotate(count=Count("pk")).order_by()
    }
    # 4. Scale distributions.
    scale_ids = [q.pk for q in questions if q.kind == Question.Kind.SCALE]
    scale_counts = {
        (row["question_id"], row["number"]): row["count"]
        for row in answers.filter(question__in=scale_ids)
        .values("question_id", "number")
        .annotate(count=Count("pk"))
        .order_by()
    }
    # 5. "Autre" answers grouped by identical text, most frequent first, a few per question.
    other_ids = [q.pk for q in questions if q.offers_other]
    other_groups = {}
    grouped = (
        answers.filter(question__in=other_ids)
        .exclude(text="")
        .values("question_id", "text")
        .annotate(count=Count("pk"), first=Min("pk"))
        .order_by()
    )
    for question_id, text, count in _top_per_question(grouped, OTHERS_SHOWN):
        other_groups.setdefault(question_id, []).append({"text": text, "count": count})
    # 6. Free texts: the latest few per question (matching the search, if any) and how many match.
    text_ids = [q.pk for q in questions if q.is_text]
    texts = answers.filter(question__in=text_ids).exclude(text="")
    if search:
        texts = texts.filter(text__icontains=search)
    text_counts = {
        row["question_id"]: row["count"] for row in texts.values("question_id").annotate(count=Count("pk")).order_by()
    }
    text_items = {}
    for row in (
        texts.annotate(rank=Window(RowNumber(), partition_by=[F("question_id")], order_by=[F("response_id").desc()]))
        .filter(rank__lte=TEXTS_SHOWN)
        .values("question_id", "text", "rank")
        .order_by("question_id", "rank")
    ):
        text_items.setdefault(row["question_id"], []).append(row["text"])
    # 7. Tools: the proprietary products most used, and the free tools already used.
    tool_rows = list(
        tools_named.values(
            "question_id", "product_id", "product__name", "product__slug", "tool_id", "tool__name", "tool__slug"
        )
        .annotate(count=Count("pk"))
        .order_by("question_id", "-count", "product__name", "tool__name")
    )
    product_ids = [row["product_id"] for row in tool_rows if row["product_id"]]
    equivalents = {}
    for equivalence in (
        Equivalence.objects.filter(product_id__in=product_ids, tool__is_published=True)
        .select_related("tool")
        .order_by("product_id", "tool__name")
    ):
        equivalents.setdefault(equivalence.product_id, []).append(
            {"name": equivalence.tool.name, "url": equivalence.tool.get_absolute_url()}
        )

    results = []
    for question in questions:
        row = stats.get(question.pk, {})
        answered = row.get("answered", 0)
        item = {
            "id": question.pk,
            "text": question.text,
            "kind": question.kind,
            "answered": answered,
            "answered_percent": _percent(answered, total),
        }
        if question.is_choice:
            item["choices"] = [
                _row(c.label, choice_counts.get(c.pk, 0), answered, id=c.pk) for c in question.choices.all()
            ]
        if question.offers_other:
            item["other"] = {"count": row.get("others", 0), "percent": _percent(row.get("others", 0), answered)}
            item["other"]["groups"] = other_groups.get(question.pk, [])
        if question.kind == Question.Kind.SCALE:
            labels = {1: question.scale_min_label, 5: question.scale_max_label}
            item["average"] = round(row["average"], 2) if row.get("average") is not None else None
            item["distribution"] = [
                _row(f"{n} – {labels[n]}" if labels.get(n) else str(n), scale_counts.get((question.pk, n), 0), answered)
                for n in range(1, 6)
            ]
        if question.kind == Question.Kind.NUMBER:
            item["average"] = round(row["average"], 2) if row.get("average") is not None else None
            item["minimum"] = row.get("minimum")
            item["maximum"] = row.get("maximum")
        if question.kind == Question.Kind.YES_NO:
            item["distribution"] = [_row("Oui", row.get("yes", 0), answered), _row("Non", row.get("no", 0), answered)]
        if question.is_text:
            item["texts"] = {"count": text_counts.get(question.pk, 0), "items": text_items.get(question.pk, [])}
        if question.kind == Question.Kind.TOOLS:
            mine = [r for r in tool_rows if r["question_id"] == question.pk]
            item["products"] = [
                _row(
                    r["product__name"],
                    r["count"],
                    answered,
                    url=ProprietaryProduct(slug=r["product__slug"]).get_absolute_url(),
                    equivalents=equivalents.get(r["product_id"], []),
                )
                for r in mine
                if r["product_id"]
            ][:TOOLS_SHOWN]
            item["free_tools"] = [
                _row(r["tool__name"], r["count"], answered, url=Tool(slug=r["tool__slug"]).get_absolute_url())
                for r in mine
                if r["tool_id"]
            ][:TOOLS_SHOWN]
        results.append(item)
    return {"total": total, "weeks": week_rows, "questions": results}


def text_answers(*, question, result_filter=None, search=""):
    """All free-text answers to one question, latest first (for a paginated list)."""
    answers = Answer.objects.filter(question=question).exclude(text="")
    if result_filter:
        answers = answers.filter(
            response_id__in=AnswerChoice.objects.filter(choice_id=result_filter.choice.pk).values("response_id")
        )
    if search:
        answers = answers.filter(text__icontains=search)
    return answers.select_related("response").only("text", "response__submitted_at").order_by("-response_id", "-pk")
