"""Portal-wide search (`/recherche/?q=`): one query string, results grouped by kind.

Order of the groups: the proprietary products the query names (with their free equivalents) or,
when it names a need ("visio", "compta"), the products used for it; free tools, needs, actors,
trainings and their next sessions, guides. Accent- and case-insensitive everywhere, by word
prefix ("formation" does not find "information"; it shows the training calendar). Typos are
corrected on every database from the catalogue's table of distinct words (tools_catalog/words.py:
"exel" -> "excel", with "Vouliez-vous dire « Excel » ?"); actors keep PostgreSQL's trigram
tolerance for their own names.

The catalogue kinds reuse tools_catalog.search. A fixed number of queries (at most 11, one more
the first time the word list is loaded after a change), whatever
the query or the size of the data. The other apps' models are imported where used, so that
this module can be imported while the apps load.
"""

import difflib

from django.db.models import Q

from core.text import normalize_search_text
from tools_catalog.models import Guide, Need
from tools_catalog.search import is_postgresql, match_products, matching_needs, parse_query, search_catalog
from tools_catalog.words import words_text

TOOLS_LIMIT = 12
ACTORS_LIMIT = 10
TRAININGS_LIMIT = 8
SESSIONS_PER_TRAINING = 2
GUIDES_LIMIT = 6
TRAININGS_SCANNED = 2000  # on SQLite, trainings are compared in Python (accents): this many at most
FUZZY_CUTOFF = 0.8
# Words that mean "I am looking for a training": the results lead to the training calendar.
TRAINING_WORDS = {
    "formation",
    "formations",
    "former",
    "formateur",
    "formatrice",
    "atelier",
    "ateliers",
    "stage",
    "stages",
}


def names_trainings(search):
    """True when the query asks for trainings ("formation", "ateliers"…)."""
    return any(word in TRAINING_WORDS for word in search.words)


def training_hint(request, query):
    """Slot "catalogue_search": on the catalogue list, a search for "formation" leads to the calendar."""
    if not query or not names_trainings(parse_query(query)):
        return None
    return {"template": "ptca/slots/training_hint.html"}


def _word_prefix(search, text):
    """Every query word, or its correction, starts a word of `text` (any text; normalised here)."""
    padded = " " + words_text(text)
    return all(any(f" {word}" in padded for word in options) for options in search.alternatives())


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


def _search_actors(search):
    from actors.models import Actor

    text = search.text
    queryset = Actor.objects.published()
    condition = Q()
    for options in search.alternatives():
        either = Q()
        for word in options:
            either |= Q(search_text__startswith=word) | Q(search_text__contains=f" {word}")
        condition &= either
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
    search = parse_query(query)
    text = search.text
    results = {
        "text": text,
        "products": [],
        "tools": [],
        "needs": [],
        "actors": [],
        "trainings": [],
        "guides": [],
        "suggestion": "",
        "suggestion_text": "",
        "training_hint": False,
    }
    all_needs = list(Need.objects.ordered().only("name", "slug", "description", "synonyms", "position"))
    results["all_needs"] = all_needs
    if not text:
        results["total"] = 0
        return results
    results["suggestion"] = search.suggestion
    results["suggestion_text"] = search.correction.suggestion_text
    results["training_hint"] = names_trainings(search)
    results["products"] = match_products(search, needs=all_needs)
    shown_tools = {
        equivalence.tool_id for product in results["products"] for equivalence in product.public_equivalences
    }
    tools = list(
        search_catalog(search).only("name", "slug", "summary", "access", "ease", "maintenance_status")[
            : TOOLS_LIMIT + len(shown_tools)
        ]
    )
    results["tools"] = [tool for tool in tools if tool.pk not in shown_tools][:TOOLS_LIMIT]
    named = {need.pk for need in matching_needs(search, all_needs)}
    results["needs"] = [
        need for need in all_needs if need.pk in named or _word_prefix(search, f"{need.name} {need.description}")
    ]
    results["actors"] = _search_actors(search)
    results["trainings"] = _search_trainings(search.searched_text)
    guides = Guide.objects.published().only("title", "slug", "summary", "position")
    results["guides"] = [guide for guide in guides if _word_prefix(search, f"{guide.title} {guide.summary}")][
        :GUIDES_LIMIT
    ]
    results["total"] = sum(len(results[key]) for key in ("products", "tools", "needs", "actors", "trainings", "guides"))
    return results
