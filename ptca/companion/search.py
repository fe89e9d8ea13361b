"""Portal-wide search (`/recherche/?q=`): one query string, results grouped by kind.

Order of the groups: the proprietary products the query names (with their free equivalents),
free tools, needs, actors, trainings and their next sessions, guides. Accent- and case-insensitive
everywhere; typo-tolerant on PostgreSQL (pg_trgm) for the catalogue and actors, and on every
database for needs and guides (small tables, compared in Python with difflib).

The catalogue kinds reuse tools_catalog.search. A fixed number of queries (at most 9), whatever
the query or the size of the data. The other apps' models are imported where used, so that
this module can be imported while the apps load.
"""

import difflib

from django.db.models import Q

from core.text import normalize_search_text
from tools_catalog.models import Guide, Need
from tools_catalog.search import clean_query, is_postgresql, match_products, search_catalog

TOOLS_LIMIT = 12
ACTORS_LIMIT = 10
TRAININGS_LIMIT = 8
SESSIONS_PER_TRAINING = 2
GUIDES_LIMIT = 6
TRAININGS_SCANNED = 2000  # on SQLite, trainings are compared in Python (accents): this many at most
FUZZY_CUTOFF = 0.8


def _matches(query_words, text, *, fuzzy=True):
    """Every query word appears in `text` (normalised), or, with `fuzzy`, is close to one of its words."""
    words = text.split()
    for query_word in query_words:
        if query_word in text:
            continue
        if fuzzy and len(query_word) >= 4 and difflib.get_close_matches(query_word, words, n=1, cutoff=FUZZY_CUTOFF):
            continue
        return False
    return True


def _search_actors(text):
    from actors.models import Actor

    queryset = Actor.objects.published()
    condition = Q()
    for word in text.split()[:10]:
        condition &= Q(search_text__contains=word)
    if is_postgresql() and len(text) >= 4:
        condition |= Q(search_text__trigram_word_similar=text)
    return list(
        queryset.filter(condition).only("name", "acronym", "slug", "summary", "commune").order_by("name")[:ACTORS_LIMIT]
    )


def _search_trainings(text):
    """Matching published modules, each with `next_sessions` (its next sessions not cancelled): two queries."""
    from trainings.models import Session, Training

    words = text.split()[:10]
    queryset = Training.objects.published()
    if is_postgresql():
        condition = Q()
        for word in words:
            condition &= Q(title__unaccent__icontains=word) | Q(summary__unaccent__icontains=word)
        if len(text) >= 4:
            condition |= Q(title__unaccent__trigram_word_similar=text)
        trainings = list(queryset.filter(condition)[:TRAININGS_LIMIT])
    else:
        # SQLite cannot compare without accents: modules are few, compare their titles in Python.
        rows = queryset.values_list("pk", "title", "summary")[:TRAININGS_SCANNED]
        ids = [pk for pk, title, summary in rows if _matches(words, normalize_search_text(f"{title} {summary}"))]
        trainings = list(Training.objects.filter(pk__in=ids[:TRAININGS_LIMIT]).order_by("title"))
    if not trainings:
        return []
    by_training = {training.pk: [] for training in trainings}
    sessions = Session.objects.public_upcoming().filter(training__in=trainings)[
        : SESSIONS_PER_TRAINING * len(trainings) * 10
    ]
    for session in sessions:
        found = by_training[session.training_id]
        if len(found) < SESSIONS_PER_TRAINING:
            found.append(session)
    for training in trainings:
        training.next_sessions = by_training[training.pk]
    return trainings


def search_portal(query):
    """All the result groups for `query` (a dict); `text` is the query as searched ("" when empty)."""
    text = clean_query(query)
    results = {
        "text": text,
        "products": [],
        "tools": [],
        "needs": [],
        "actors": [],
        "trainings": [],
        "guides": [],
    }
    all_needs = list(Need.objects.ordered().only("name", "slug", "description", "position"))
    results["all_needs"] = all_needs
    if not text:
        results["total"] = 0
        return results
    words = text.split()[:10]
    results["products"] = match_products(text)
    shown_tools = {
        equivalence.tool_id for product in results["products"] for equivalence in product.public_equivalences
    }
    tools = list(
        search_catalog(text).only("name", "slug", "summary", "access", "ease")[: TOOLS_LIMIT + len(shown_tools)]
    )
    results["tools"] = [tool for tool in tools if tool.pk not in shown_tools][:TOOLS_LIMIT]
    results["needs"] = [
        need for need in all_needs if _matches(words, normalize_search_text(f"{need.name} {need.description}"))
    ]
    results["actors"] = _search_actors(text)
    results["trainings"] = _search_trainings(text)
    guides = Guide.objects.published().only("title", "slug", "summary", "position")
    results["guides"] = [
        guide for guide in guides if _matches(words, normalize_search_text(f"{guide.title} {guide.summary}"))
    ][:GUIDES_LIMIT]
    results["total"] = sum(len(results[key]) for key in ("products", "tools", "needs", "actors", "trainings", "guides"))
    return results
