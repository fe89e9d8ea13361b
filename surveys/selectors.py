"""Reads of the surveys app. Results are SQL aggregates: a fixed number of queries whatever the number of responses."""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Avg, Count, F, Max, Min, Prefetch, Q, Window
from django.db.models.functions import RowNumber, TruncWeek
from django.utils import timezone

from surveys.models import OTHER_TEXT_MAX, Answer, AnswerChoice, AnswerTool, Choice, OtherMapping, Question, Response
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


SMALL_CELL = 5  # in a filtered or public view, counts under this are shown as "moins de 5"
FILTER_MAX = 10  # conditions read from the URL


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
    """Respondents who chose every condition's choice; several choices of the same question mean
    "one of them" (`?filtre=<question_id>:<choice_id>&filtre=…`)."""

    conditions: tuple  # ((question, choice), …) in URL order

    @property
    def question(self):
        return self.conditions[0][0]

    @property
    def choice(self):
        return self.conditions[0][1]

    @property
    def param(self):
        return f"{self.question.pk}:{self.choice.pk}"

    @property
    def params(self):
        return [f"{q.pk}:{c.pk}" for q, c in self.conditions]

    @property
    def query(self):
        """The conditions as a query string (without "?")."""
        return urlencode([("filtre", value) for value in self.params], safe=":")

    def describe(self):
        """[(question text, [choice labels])] for the page."""
        groups = {}
        for question, choice in self.conditions:
            groups.setdefault(question.pk, (question.text, []))[1].append(choice.label)
        return list(groups.values())

    def response_ids(self):
        """A subquery of the ids of the responses kept (one IN per question, in SQL)."""
        by_question = {}
        for question, choice in self.conditions:
            by_question.setdefault(question.pk, []).append(choice.pk)
        kept = None
        for choice_ids in by_question.values():
            selections = AnswerChoice.objects.filter(choice_id__in=choice_ids)
            if kept is not None:
                selections = selections.filter(response_id__in=kept)
            kept = selections.values("response_id")
        return kept


def parse_filter(value, questions):
    """`?filtre=<question_id>:<choice_id>` (repeatable) -> ResultFilter, or None; unknown values are
    ignored (no 500). `value` is one string or a list of them."""
    values = [value] if isinstance(value, str) else list(value or [])
    choices = {
        f"{question.pk}:{choice.pk}": (question, choice)
        for question in questions
        if question.is_choice
        for choice in question.choices.all()
    }
    conditions = []
    for item in values[:FILTER_MAX]:
        condition = choices.get((item or "").strip())
        if condition and condition not in conditions:
            conditions.append(condition)
    return ResultFilter(conditions=tuple(conditions)) if conditions else None


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


def _row(label, count, total, hide_small=False, **extra):
    return {
        "label": label,
        "count": count,
        "percent": _percent(count, total),
        "bar": _bar(count, total),
        "hidden": hide_small and 0 < count < SMALL_CELL,
        **extra,
    }


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


TOOL_COUNTS_SQL = (
    'SELECT g."question_id", g."product_id", p."name", p."slug", g."tool_id", t."name", t."slug", g."count" '
    "FROM (INNER) g "
    'LEFT OUTER JOIN "{product}" p ON p."id" = g."product_id" LEFT OUTER JOIN "{tool}" t ON t."id" = g."tool_id" '
    'ORDER BY g."question_id" ASC, g."count" DESC, p."name" ASC, t."name" ASC'
)
TOOL_COUNT_KEYS = (
    "question_id", "product_id", "product__name", "product__slug", "tool_id", "tool__name", "tool__slug", "count"
)  # fmt: skip


def _tool_counts(tools_named):
    """Products and tools cited per tools question, most cited first, as dicts (TOOL_COUNT_KEYS).

    The answers are counted on their own index (question, product, tool) alone, an index-only scan on
    PostgreSQL; the few names are joined afterwards (the order is the one of a Django
    order_by("question_id", "-count", "product__name", "tool__name"))."""
    grouped = tools_named.values("question_id", "product_id", "tool_id").annotate(count=Count("*")).order_by()
    try:
        inner, params = grouped.query.sql_with_params()
    except EmptyResultSet:
        return []
    # `inner` is Django's own compiled SQL (every value a parameter); table names come from the models.
    sql = TOOL_COUNTS_SQL.format(product=ProprietaryProduct._meta.db_table, tool=Tool._meta.db_table)
    sql = sql.replace("(INNER)", f"({inner})")
    with connections[grouped.db].cursor() as cursor:
        cursor.execute(sql, params)
        return [dict(zip(TOOL_COUNT_KEYS, row, strict=True)) for row in cursor.fetchall()]


def compute_results(*, survey, questions, result_filter=None, search=""):
    """Every result of a survey as plain data (same on SQLite and PostgreSQL), in a fixed number of queries."""
    responses = Response.objects.filter(survey=survey)
    answers = Answer.objects.filter(question__in=[q.pk for q in questions])
    selections = AnswerChoice.objects.filter(question__in=[q.pk for q in questions if q.is_choice])
    tools_named = AnswerTool.objects.filter(question__in=[q.pk for q in questions if q.kind == Question.Kind.TOOLS])
    small = bool(result_filter)  # a filtered view hides counts under SMALL_CELL
    if result_filter:
        kept = result_filter.response_ids()
        responses = responses.filter(pk__in=kept)
        answers = answers.filter(response_id__in=kept)
        selections = selections.filter(response_id__in=kept)
        tools_named = tools_named.filter(response_id__in=kept)

    # COUNT(*) rather than COUNT(id) where an index holds every column read: PostgreSQL then counts
    # on the index alone (index-only scan), several times faster at 50,000 responses.
    # 1. Responses per week.
    weeks = list(
        responses.annotate(week=TruncWeek("submitted_at", tzinfo=timezone.get_current_timezone()))
        .values("week")
        .annotate(count=Count("*"))
        .order_by("week")
    )
    total = sum(week["count"] for week in weeks)
    busiest = max((week["count"] for week in weeks), default=0)
    week_rows = [
        {
            "week": timezone.localtime(w["week"]).date() if timezone.is_aware(w["week"]) else w["week"].date(),
            "count": w["count"],
            "bar": _bar(w["count"], busiest),
            "hidden": small and 0 < w["count"] < SMALL_CELL,
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
        row["choice_id"]: row["count"] for row in selections.values("choice_id").annotate(count=Count("*")).order_by()
    }
    # 4. Scale distributions.
    scale_ids = [q.pk for q in questions if q.kind == Question.Kind.SCALE]
    scale_counts = {
        (row["question_id"], row["number"]): row["count"]
        for row in answers.filter(question__in=scale_ids)
        .values("question_id", "number")
        .annotate(count=Count("*"))
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
    tool_rows = _tool_counts(tools_named)
    tool_rows = _with_mapped_others(tool_rows, [q.pk for q in questions if q.kind == Question.Kind.TOOLS], answers)
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
                _row(c.label, choice_counts.get(c.pk, 0), answered, small, id=c.pk) for c in question.choices.all()
            ]
        if question.offers_other:
            item["other"] = {"count": row.get("others", 0), "percent": _percent(row.get("others", 0), answered)}
            item["other"]["groups"] = other_groups.get(question.pk, [])
        if question.kind == Question.Kind.SCALE:
            labels = {1: question.scale_min_label, 5: question.scale_max_label}
            item["average"] = round(row["average"], 2) if row.get("average") is not None else None
            item["distribution"] = [
                _row(
                    f"{n} – {labels[n]}" if labels.get(n) else str(n),
                    scale_counts.get((question.pk, n), 0),
                    answered,
                    small,
                )
                for n in range(1, 6)
            ]
        if question.kind == Question.Kind.NUMBER:
            item["average"] = round(row["average"], 2) if row.get("average") is not None else None
            item["minimum"] = row.get("minimum")
            item["maximum"] = row.get("maximum")
        if question.kind == Question.Kind.YES_NO:
            item["distribution"] = [
                _row("Oui", row.get("yes", 0), answered, small),
                _row("Non", row.get("no", 0), answered, small),
            ]
        if question.is_text:
            item["texts"] = {"count": text_counts.get(question.pk, 0), "items": text_items.get(question.pk, [])}
        if question.kind == Question.Kind.TOOLS:
            mine = [r for r in tool_rows if r["question_id"] == question.pk]
            item["products"] = [
                _row(
                    r["product__name"],
                    r["count"],
                    answered,
                    small,
                    url=ProprietaryProduct(slug=r["product__slug"]).get_absolute_url(),
                    equivalents=equivalents.get(r["product_id"], []),
                )
                for r in mine
                if r["product_id"]
            ][:TOOLS_SHOWN]
            item["free_tools"] = [
                _row(r["tool__name"], r["count"], answered, small, url=Tool(slug=r["tool__slug"]).get_absolute_url())
                for r in mine
                if r["tool_id"]
            ][:TOOLS_SHOWN]
        results.append(item)
    return {"total": total, "weeks": week_rows, "questions": results}


def other_key(text):
    """How an "Autre" text is compared: trimmed, spaces collapsed, lower case (as OtherMapping stores it)."""
    return " ".join((text or "").split()).lower()[:OTHER_TEXT_MAX]


def mapped_other_rows(question_ids, answers=None):
    """Products and tools cited through "Autre" texts a coordinator mapped (OtherMapping), per tools
    question: {(question_id, "product" | "tool", id): {"count", "name", "slug"}}. Applied when results
    are read, so a mapping counts for past and future answers. Two queries, none without mappings."""
    mappings = list(
        OtherMapping.objects.filter(question__in=question_ids)
        .select_related("product", "tool")
        .only("question_id", "text", "product__name", "product__slug", "tool__name", "tool__slug")
    )
    if not mappings:
        return {}
    by_text = {(m.question_id, m.text): m for m in mappings}
    answers = Answer.objects.all() if answers is None else answers
    rows = {}
    for row in (
        answers.filter(question__in=question_ids)
        .exclude(text="")
        .values("question_id", "text")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        mapping = by_text.get((row["question_id"], other_key(row["text"])))
        if mapping is None:
            continue
        target = mapping.product or mapping.tool
        kind = "product" if mapping.product_id else "tool"
        entry = rows.setdefault(
            (row["question_id"], kind, target.pk), {"count": 0, "name": target.name, "slug": target.slug}
        )
        entry["count"] += row["n"]
    return rows


def _with_mapped_others(tool_rows, question_ids, answers):
    """The tool rows of the results with the mapped "Autre" texts added, most cited first."""
    mapped = mapped_other_rows(question_ids, answers)
    if not mapped:
        return tool_rows
    index = {
        (r["question_id"], "product" if r["product_id"] else "tool", r["product_id"] or r["tool_id"]): r
        for r in tool_rows
    }
    for (question_id, kind, pk), entry in mapped.items():
        row = index.get((question_id, kind, pk))
        if row is None:
            row = {
                "question_id": question_id, "count": 0,
                "product_id": None, "product__name": None, "product__slug": None,
                "tool_id": None, "tool__name": None, "tool__slug": None,
            }  # fmt: skip
            row[f"{kind}_id"], row[f"{kind}__name"], row[f"{kind}__slug"] = pk, entry["name"], entry["slug"]
            tool_rows.append(row)
        row["count"] += entry["count"]
    tool_rows.sort(key=lambda r: (r["question_id"], -r["count"], r["product__name"] or "", r["tool__name"] or ""))
    return tool_rows


RESULTS_CACHE_SECONDS = 600


def results_fingerprint(*, survey, questions, extra=()):
    """What the survey's aggregates depend on, in one cheap query (an index-only count of its
    responses) plus the questions already loaded and the "Autre" mappings: any new or deleted
    response, any edit of a question, choice, theme or mapping gives another fingerprint."""
    stats = Response.objects.filter(survey=survey).aggregate(n=Count("pk"), first=Min("pk"), last=Max("pk"))
    mappings = list(
        OtherMapping.objects.filter(question__survey=survey)
        .order_by("pk")
        .values_list("pk", "text", "product_id", "tool_id")
    )
    shape = [
        (
            q.pk, q.text, q.kind, q.has_other, q.scale_min_label, q.scale_max_label, q.position,
            [(c.pk, c.label, c.position) for c in q.choices.all()],
        )
        for q in questions
    ]  # fmt: skip
    raw = repr((survey.pk, sorted(stats.items()), mappings, shape, list(extra)))
    return hashlib.sha256(raw.encode()).hexdigest()


def cached_results(*, survey, questions, result_filter=None, search=""):
    """compute_results, kept in the cache under the results' fingerprint (at most RESULTS_CACHE_SECONDS,
    for the catalogue names and equivalences it shows): a page read again without new responses costs
    three small queries instead of the aggregates over every answer."""
    params = result_filter.params if result_filter else []
    key = "surveys:results:" + results_fingerprint(survey=survey, questions=questions, extra=(params, search))
    results = cache.get(key)
    if results is None:
        results = compute_results(survey=survey, questions=questions, result_filter=result_filter, search=search)
        cache.set(key, results, RESULTS_CACHE_SECONDS)
    return results


def text_answers(*, question, result_filter=None, search=""):
    """All free-text answers to one question, latest first (for a paginated list)."""
    answers = Answer.objects.filter(question=question).exclude(text="")
    if result_filter:
        answers = answers.filter(response_id__in=result_filter.response_ids())
    if search:
        answers = answers.filter(text__icontains=search)
    return answers.select_related("response").only("text", "response__submitted_at").order_by("-response_id", "-pk")
