"""Catalogue search, shared by the catalogue list page and the portal-wide search.

Public API:

- `search_catalog(query, *, tools=None)`: the published tools matching `query` (or the subset
  `tools` given), annotated with `relevance` and ordered by it, then by name. It matches tool
  names, summaries, needs, tags and the names and aliases of the proprietary products each tool
  replaces, whatever the accents or case ("visio", "VISIOCONFERENCE" and "visioconférence" give
  the same results). On PostgreSQL it adds French full-text ranking and typo tolerance (pg_trgm:
  "nextclod" finds Nextcloud); on SQLite every word of the query must appear in the text.
  One query when evaluated.
- `search_condition(query)`: the same matching condition as a Q object, to combine in other
  querysets (facet counts).
- `match_products(query)`: the proprietary products the query names ("zoom", "gdrive",
  "google drive"…), with their published equivalences prefetched (two queries). The list page
  shows them first, with their free equivalents inline.
- `refresh_search_text(tool_ids=None)`: rebuild the denormalised `Tool.search_text` (and the
  PostgreSQL `search_vector`) of some tools, or of all of them, in a fixed number of queries per
  batch of 1,000 tools. Signals (tools_catalog/signals.py) call it whenever a tool, its needs, its
  tags, its equivalences, a need, a tag or a product changes.
"""

from collections import defaultdict

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramWordSimilarity
from django.db import connection
from django.db.models import BooleanField, Case, Exists, F, FloatField, Func, Prefetch, Q, Value, When
from django.db.models.functions import Cast

from core.text import normalize_search_text
from tools_catalog.models import Equivalence, ProprietaryProduct, Tool

MAX_QUERY_LENGTH = 200
MIN_PRODUCT_PREFIX = 3
# pg_trgm's word_similarity threshold is 0.6 by default: "nextclod" ~ "nextcloud" is 0.7.
TYPO_MIN_LENGTH = 4
# Close spellings are looked for only when the exact search finds fewer tools than this.
TYPO_FALLBACK_BELOW = 5
# The list page counts its filters over the ids of at most this many matching tools.
MAX_MATCHES = 10_000


def is_postgresql():
    return connection.vendor == "postgresql"


def clean_query(query):
    """The query as searched: accent-free, lower-case, control characters removed, 200 characters at most."""
    text = "".join(char for char in (query or "")[: MAX_QUERY_LENGTH * 4] if char.isprintable() or char == " ")
    return normalize_search_text(text)[:MAX_QUERY_LENGTH].strip()


def _words(text):
    return [word for word in text.split() if word]


def _exact_condition(text):
    """Q object of the exact search: full text or substring on PostgreSQL, every word on SQLite."""
    if is_postgresql():
        return Q(search_vector=SearchQuery(text, config="french", search_type="plain")) | Q(search_text__contains=text)
    condition = Q()
    for word in _words(text):
        condition &= Q(search_text__contains=word)
    return condition


def _uses_typos(text):
    return is_postgresql() and len(text) >= TYPO_MIN_LENGTH


def search_condition(query):
    """Q object matching tools for `query`; an always-true Q for an empty query.

    On PostgreSQL, close spellings (pg_trgm `%>`, served by the GIN trigram index) are accepted
    only when the exact search finds fewer than TYPO_FALLBACK_BELOW published tools: PostgreSQL
    evaluates that test once per query (an InitPlan), so a common word never pays for the
    trigram comparisons.
    """
    text = clean_query(query)
    if not text:
        return Q()
    exact = _exact_condition(text)
    if not _uses_typos(text):
        return exact
    enough_exact = Exists(
        Tool.objects.filter(is_published=True).filter(exact).order_by()[TYPO_FALLBACK_BELOW - 1 : TYPO_FALLBACK_BELOW]
    )
    # The test comes first: PostgreSQL evaluates an AND from left to right, and the trigram
    # comparison is the costly part.
    return exact | (~Q(enough_exact) & Q(search_text__trigram_word_similar=text))


def search_catalog(query, *, tools=None):
    """Published tools (or `tools`) matching `query`, best first; all of them by name when it is empty."""
    queryset = Tool.objects.published() if tools is None else tools
    text = clean_query(query)
    if not text:
        return queryset.order_by("name")
    queryset = queryset.filter(search_condition(text))
    name_bonus = Case(
        When(search_text__startswith=text, then=Value(2.0)),
        When(search_text__contains=text, then=Value(1.0)),
        default=Value(0.0),
        output_field=FloatField(),
    )
    if is_postgresql():
        rank = SearchRank(F("search_vector"), SearchQuery(text, config="french", search_type="plain"))
        exact_relevance = Value(1.0) + name_bonus + Cast(rank, FloatField())
        if _uses_typos(text):
            # Exact matches first (1 or more); a close spelling scores its word similarity (below 1),
            # computed only for the rows that are not exact matches.
            relevance = Case(
                When(_exact_condition(text), then=exact_relevance),
                default=Cast(TrigramWordSimilarity(Value(text), "search_text"), FloatField()),
                output_field=FloatField(),
            )
        else:
            relevance = exact_relevance
    else:
        relevance = name_bonus
    return queryset.annotate(relevance=relevance).order_by("-relevance", "name")


def ranked_matches(query, *, keep=None, limit=MAX_MATCHES):
    """[(id, kept)] of the published tools matching `query`, best first, in one query (at most `limit`).

    `kept` tells whether the tool also satisfies `keep` (a Q object: the list page's filters), so
    the page gets both the whole match set (for its counts) and its filtered results at once.
    """
    kept = Value(True)
    if keep:
        kept = Case(When(keep, then=Value(True)), default=Value(False), output_field=BooleanField())
    return list(search_catalog(query).annotate(kept=kept).values_list("pk", "kept")[:limit])


class IsAnyOf(Func):
    """PostgreSQL `expression = ANY(array)`: one parameter however many values (integer ids)."""

    output_field = BooleanField()

    def __init__(self, expression, values):
        super().__init__(expression)
        # One array literal: PostgreSQL parses "{1,2,3}" far faster than ARRAY[1, 2, 3] (psycopg2's
        # rendering of a list), 2.5 ms instead of 12 ms for 5,000 ids.
        self.values = "{" + ",".join(str(int(value)) for value in values) + "}"

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"{sql} = ANY(%s::bigint[])", (*params, self.values)


def ids_condition(ids, field="pk"):
    """Q object keeping the rows whose `field` is one of `ids` (from `ranked_matches`)."""
    if is_postgresql():
        return Q(IsAnyOf(F(field), ids))
    return Q(**{f"{field}__in": list(ids)})


def match_products(query, *, limit=3):
    """Published products that `query` names, best match first, with their published equivalences.

    An exact name or alias wins ("zoom", "gdrive", "google drive"); otherwise a name or alias that
    starts with the query ("mailch"); on PostgreSQL, a close spelling ("zooom"). Only the products
    of the best kind of match are returned, at most `limit`.
    """
    text = clean_query(query)
    if len(text) < 2:
        return []
    whens = [When(match_keys__contains=f"|{text}|", then=Value(3))]
    condition = Q(match_keys__contains=f"|{text}|")
    if len(text) >= MIN_PRODUCT_PREFIX:
        whens.append(When(match_keys__contains=f"|{text}", then=Value(2)))
        condition |= Q(match_keys__contains=f"|{text}")
    if is_postgresql() and len(text) >= TYPO_MIN_LENGTH:
        whens.append(When(match_keys__trigram_word_similar=text, then=Value(1)))
        condition |= Q(match_keys__trigram_word_similar=text)
    candidates = list(
        ProprietaryProduct.objects.published()
        .filter(condition)
        .annotate(match_rank=Case(*whens, default=Value(0)))
        .order_by("-match_rank", "name")[: limit * 3]
    )
    if not candidates:
        return []
    best = candidates[0].match_rank
    products = [product for product in candidates if product.match_rank == best][:limit]
    equivalences = Equivalence.objects.filter(tool__is_published=True).select_related("tool").for_display()
    from django.db.models import prefetch_related_objects

    prefetch_related_objects(products, Prefetch("equivalences", queryset=equivalences, to_attr="public_equivalences"))
    return products


# Keeping the denormalised text current ------------------------------------------------------

BATCH_SIZE = 1000


def refresh_search_text(tool_ids=None):
    """Rebuild Tool.search_text (and search_vector on PostgreSQL) for `tool_ids`, or for every tool."""
    if tool_ids is None:
        all_ids = list(Tool.objects.order_by("pk").values_list("pk", flat=True))
    else:
        all_ids = sorted({int(pk) for pk in tool_ids if pk is not None})
    for start in range(0, len(all_ids), BATCH_SIZE):
        _refresh_batch(all_ids[start : start + BATCH_SIZE])


def _refresh_batch(ids):
    from taggit.models import TaggedItem

    if not ids:
        return
    needs = defaultdict(list)
    for tool_id, name in Tool.needs.through.objects.filter(tool_id__in=ids).values_list("tool_id", "need__name"):
        needs[tool_id].append(name)
    tags = defaultdict(list)
    tag_rows = TaggedItem.objects.filter(
        content_type__app_label="tools_catalog", content_type__model="tool", object_id__in=ids
    ).values_list("object_id", "tag__name")
    for tool_id, name in tag_rows:
        tags[tool_id].append(name)
    products = defaultdict(list)
    product_rows = Equivalence.objects.filter(tool_id__in=ids, product__is_published=True).values_list(
        "tool_id", "product__name", "product__aliases"
    )
    for tool_id, name, aliases in product_rows:
        products[tool_id].extend([name, aliases.replace(",", " ")])
    tools = list(Tool.objects.filter(pk__in=ids).only("pk", "name", "summary", "search_text"))
    changed = []
    for tool in tools:
        parts = [tool.name, tool.summary, *sorted(needs[tool.pk]), *sorted(tags[tool.pk]), *products[tool.pk]]
        text = normalize_search_text(" ".join(parts))
        if text != tool.search_text:
            tool.search_text = text
            changed.append(tool)
    if changed:
        Tool.objects.bulk_update(changed, ["search_text"], batch_size=500)
    if is_postgresql():
        # The name weighs more than the rest; both accent-free so that "visioconférence" matches.
        Tool.objects.filter(pk__in=ids).update(
            search_vector=SearchVector(Func(F("name"), function="unaccent"), config="french", weight="A")
            + SearchVector("search_text", config="french", weight="B")
        )
