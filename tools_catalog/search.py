"""Catalogue search, shared by the catalogue list page, the portal-wide search and the visit companion.

Public API:

- `parse_query(query)`: the query as searched (`SearchQuery`): its cleaned text, its words, and
  the corrections of its typos from the table of distinct words (tools_catalog/words.py:
  "nextclod" -> "nextcloud", with the suggestion "Vouliez-vous dire « Nextcloud » ?"). Every
  function below accepts a query string or a SearchQuery (parse once, search several times).
- `search_catalog(query, *, tools=None)`: the published tools matching (or the subset `tools`),
  annotated with `relevance`; active and maintained tools first (frozen and closed ones are
  never ranked before them), then by relevance, then by name. Matching is by word prefix:
  each query word (or its correction) must start a word of the tool's text, which holds its
  name, summary, needs and their synonyms, tags, and the names and aliases of the products it
  replaces, accent- and case-free. "formation" does not find "information"; "visio" finds
  "visioconférence". The same on SQLite and PostgreSQL; PostgreSQL adds French full-text
  ranking. One query when evaluated.
- `search_condition(query)`: the same matching condition as a Q object.
- `match_products(query)`: the proprietary products the query names ("zoom", "gdrive", "google
  drive", a typo "gogle drive"), or, when it names none, the products used for the need it names
  ("visio", "messagerie", "compta"), with their published equivalences prefetched.
- `filter_products(query)`: the visit companion's filter: the ids of the published products whose
  name, aliases, vendor, needs or their synonyms match (two queries).
- `refresh_search_text(tool_ids=None)`: rebuild the denormalised `Tool.search_text` (and the
  PostgreSQL `search_vector`) of some tools, or of all of them, in a fixed number of queries per
  batch of 1,000 tools. Signals (tools_catalog/signals.py) call it whenever a tool, its needs, its
  tags, its equivalences, a need, a tag or a product changes.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery as PgSearchQuery
from django.contrib.postgres.search import SearchRank, SearchVector
from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, Func, OuterRef, Prefetch, Q, Subquery, Value, When
from django.db.models.functions import Cast

from core.text import normalize_search_text
from tools_catalog.models import Equivalence, Need, ProprietaryProduct, Tool, maintenance_rank
from tools_catalog.words import NO_CORRECTION, Correction, correct, words_text

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
MIN_PRODUCT_PREFIX = 3
# The list page counts its filters over the ids of at most this many matching tools.
MAX_MATCHES = 10_000
NEED_PRODUCTS_LIMIT = 6


def is_postgresql():
    return connection.vendor == "postgresql"


def clean_query(query):
    """The query as searched: accent-free, lower-case, words only, 200 characters at most."""
    if isinstance(query, SearchQuery):
        return query.text
    text = "".join(char for char in (query or "")[: MAX_QUERY_LENGTH * 4] if char.isprintable() or char == " ")
    return words_text(normalize_search_text(text)[:MAX_QUERY_LENGTH]).strip()


@dataclass
class SearchQuery:
    """A query as searched: `text` ("google drive"), `words`, and the typo `correction`."""

    text: str
    words: list = field(default_factory=list)
    correction: Correction = field(default_factory=lambda: NO_CORRECTION)

    @property
    def searched_text(self):
        """The text the results answer: the corrected one when a word was corrected."""
        return self.correction.suggestion_text if self.correction else self.text

    @property
    def suggestion(self):
        """ "Google Drive" for "gogle drive" (to show « Vouliez-vous dire … ? »), else ""."""
        return self.correction.suggestion

    def alternatives(self):
        """[[word, correction?]] per query word: a tool matches when each word or its correction matches."""
        return [[word, self.correction.corrections[word]] if word in self.correction.corrections else [word]
                for word in self.words]  # fmt: skip

    def __bool__(self):
        return bool(self.text)


def parse_query(query):
    """A SearchQuery for `query` (a string, or a SearchQuery returned as it is)."""
    if isinstance(query, SearchQuery):
        return query
    text = clean_query(query)
    words = text.split()[:MAX_QUERY_WORDS]
    return SearchQuery(text=" ".join(words), words=words, correction=correct(words) if words else NO_CORRECTION)


def _word_condition(field_name, word):
    """`word` starts a word of the space-separated `field_name`."""
    return Q(**{f"{field_name}__startswith": word}) | Q(**{f"{field_name}__contains": f" {word}"})


def _condition(search, field_name="search_text"):
    condition = Q()
    for options in search.alternatives():
        either = Q()
        for word in options:
            either |= _word_condition(field_name, word)
        condition &= either
    return condition


def search_condition(query):
    """Q object matching tools for `query`; an always-true Q for an empty query."""
    search = parse_query(query)
    return _condition(search) if search else Q()


def search_catalog(query, *, tools=None):
    """Published tools (or `tools`) matching `query`, maintained ones first, then best first."""
    queryset = Tool.objects.published() if tools is None else tools
    search = parse_query(query)
    if not search:
        return queryset.order_by("name")
    queryset = queryset.filter(_condition(search))
    text = search.searched_text
    relevance = Case(
        When(search_text__startswith=text, then=Value(2.0)),
        When(search_text__contains=f" {text}", then=Value(1.0)),
        default=Value(0.0),
        output_field=FloatField(),
    )
    if is_postgresql():
        rank = SearchRank(F("search_vector"), PgSearchQuery(text, config="french", search_type="plain"))
        relevance = relevance + Cast(rank, FloatField())
    return queryset.annotate(relevance=relevance, maintenance_rank=maintenance_rank()).order_by(
        "maintenance_rank", "-relevance", "name"
    )


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


def _product_keys_condition(text, *, prefix):
    condition = Q(match_keys__contains=f"|{text}|")
    if prefix and len(text) >= MIN_PRODUCT_PREFIX:
        condition |= Q(match_keys__contains=f"|{text}")
    return condition


def match_products(query, *, limit=3, needs=None):
    """Published products that `query` names, best match first, with their published equivalences.

    An exact name or alias wins ("zoom", "gdrive", "google drive"); otherwise a name or alias that
    starts with the query ("mailch"); then the same for the corrected query ("gogle drive").
    When no product is named, the products of the need the query names ("visio",
    "messagerie"), each with `matched_need` set. At most `limit` products (NEED_PRODUCTS_LIMIT
    for a need). Two queries, three or four when the query names a need (`needs`: the needs
    already loaded, to save one).
    """
    search = parse_query(query)
    if len(search.text) < 2:
        return []
    texts = [search.text]
    if search.correction:
        texts.append(search.correction.suggestion_text)
    whens, condition = [], Q()
    for rank, text in zip((4, 2), texts, strict=False):
        whens.append(When(match_keys__contains=f"|{text}|", then=Value(rank + 1)))
        if len(text) >= MIN_PRODUCT_PREFIX:
            whens.append(When(match_keys__contains=f"|{text}", then=Value(rank)))
        condition |= _product_keys_condition(text, prefix=True)
    candidates = list(
        ProprietaryProduct.objects.published()
        .filter(condition)
        .annotate(match_rank=Case(*whens, default=Value(0)))
        .order_by("-match_rank", "name")[: limit * 3]
    )
    if candidates:
        best = candidates[0].match_rank
        products = [product for product in candidates if product.match_rank == best][:limit]
        for product in products:
            product.matched_need = None
    else:
        products = _products_of_named_need(search, needs)
    if products:
        equivalences = Equivalence.objects.published().select_related("tool").for_display()
        from django.db.models import prefetch_related_objects

        prefetch_related_objects(
            products, Prefetch("equivalences", queryset=equivalences, to_attr="public_equivalences")
        )
    return products


def matching_needs(query, needs=None):
    """The needs whose name or synonyms the query names, by word prefix ("visio", "compta")."""
    search = parse_query(query)
    if not search:
        return []
    needs = list(Need.objects.ordered().only("pk", "name", "slug", "synonyms", "position")) if needs is None else needs
    return [need for need in needs if _matches_any(search, words_text(f"{need.name} {need.synonyms}"))]


def _matches_any(search, text):
    """Every query word (or its correction) starts a word of `text`."""
    padded = " " + text
    return all(any(f" {word}" in padded for word in options) for options in search.alternatives())


def _products_of_named_need(search, needs=None):
    """The published products of the needs the query names, each with `matched_need` (one query)."""
    named = matching_needs(search, needs)
    if not named:
        return []
    by_pk = {need.pk: need for need in named}
    links = ProprietaryProduct.needs.through.objects.filter(need_id__in=list(by_pk))
    first_need = links.filter(proprietaryproduct_id=OuterRef("pk")).order_by("need__position", "need_id")
    products = list(
        ProprietaryProduct.objects.published()
        .filter(pk__in=links.values("proprietaryproduct_id"))
        .annotate(matched_need_id=Subquery(first_need.values("need_id")[:1]))
        .order_by("name")[:NEED_PRODUCTS_LIMIT]
    )
    for product in products:
        product.matched_need = by_pk.get(product.matched_need_id)
    return products


def filter_products(query, *, products=None, field="pk"):
    """(`field` values (ids) of the published products the query matches, SearchQuery): the visit
    companion's filter.

    A product matches when each query word (or its correction) starts a word of its name, aliases
    or vendor (`search_text`), or of the name or synonyms of one of its needs. Two queries: the
    needs (few, compared in Python) and the products (`products`: a queryset to restrict).
    """
    search = parse_query(query)
    queryset = ProprietaryProduct.objects.published() if products is None else products
    if not search:
        return set(queryset.values_list(field, flat=True)), search
    needs = list(Need.objects.only("pk", "name", "synonyms"))
    need_words = {need.pk: " " + words_text(f"{need.name} {need.synonyms}") for need in needs}
    links = ProprietaryProduct.needs.through.objects
    condition = Q()
    for options in search.alternatives():
        either = Q()
        for word in options:
            either |= _word_condition("search_text", word)
        need_ids = [pk for pk, text in need_words.items() if any(f" {word}" in text for word in options)]
        if need_ids:
            either |= Q(pk__in=links.filter(need_id__in=need_ids).values("proprietaryproduct_id"))
        condition &= either
    return set(queryset.filter(condition).values_list(field, flat=True)), search


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
    need_rows = Tool.needs.through.objects.filter(tool_id__in=ids).values_list(
        "tool_id", "need__name", "need__synonyms"
    )
    for tool_id, name, synonyms in need_rows:
        needs[tool_id].append(f"{name} {synonyms.replace(',', ' ')}")
    tags = defaultdict(list)
    tag_rows = TaggedItem.objects.filter(
        content_type__app_label="tools_catalog", content_type__model="tool", object_id__in=ids
    ).values_list("object_id", "tag__name")
    for tool_id, name in tag_rows:
        tags[tool_id].append(name)
    products = defaultdict(list)
    product_rows = Equivalence.objects.filter(
        tool_id__in=ids, is_published=True, product__is_published=True
    ).values_list("tool_id", "product__name", "product__aliases")
    for tool_id, name, aliases in product_rows:
        products[tool_id].extend([name, aliases.replace(",", " ")])
    tools = list(Tool.objects.filter(pk__in=ids).only("pk", "name", "summary", "search_text"))
    changed = []
    for tool in tools:
        parts = [tool.name, tool.summary, *sorted(needs[tool.pk]), *sorted(tags[tool.pk]), *products[tool.pk]]
        text = words_text(" ".join(parts))
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
