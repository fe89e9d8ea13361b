"""Typo tolerance on every database: the table of distinct words and the corrections it gives.

`SearchWord` holds each distinct word (accent-free, lower-case) of what people type to find a
tool: tool names, summaries and tags, product names, aliases and vendors, need names and
synonyms. `refresh_search_words()` rebuilds it by difference (signals call it when one of those
changes; `manage.py rebuild_search_words` runs it by hand).

`correct(words)` looks, for each query word that starts no known word ("nextclod", "exel",
"gogle"), for the closest known words: an edit distance (RapidFuzz's OSA distance: insertions,
deletions, substitutions, swapped letters) of at most 1 for words of 4 or 5 letters, 2 up to 8
letters, 3 beyond. A known word that merely contains the query word is not a correction: the
search for "formation" must not turn into "information".

Two ways to find the candidates, chosen by the setting CATALOGUE_TYPO_BACKEND (measured in
docs/benchmarks.md):
- "rapidfuzz": the whole word list is kept in each process's memory, reloaded (one query) when
  its version in the shared cache changes, and compared in C++ by RapidFuzz. No query otherwise.
- "trigram" (PostgreSQL only): pg_trgm's `%` operator on the word table, served by its own
  trigram GIN index (migration 0007), then the same edit distance on the few candidates.
"auto" (the default) picks "rapidfuzz" everywhere (faster in our measurements).

`word_prefix_match(query_words, text)` is the matching rule of every search box: each query word
must start a word of the text ("formation" does not match "information").
"""

import re
import time
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from rapidfuzz import process
from rapidfuzz.distance import OSA

from core.text import normalize_search_text

MIN_WORD_LENGTH = 3  # shorter words are not stored
MIN_TYPO_LENGTH = 4  # shorter query words are never corrected
MAX_WORD_LENGTH = 80
CANDIDATES = 5
# Safety net when the cache is not shared between processes (no REDIS_URL): a process reloads its
# word list at least this often, even if it missed another process's change.
WORDS_MAX_AGE = 300
VERSION_KEY = "tools_catalog:words_version"
TOKEN_RE = re.compile(r"[^\W_]+")
STOP_WORDS = {
    "les", "des", "une", "pour", "par", "sur", "aux", "avec", "sans", "dans", "est", "qui", "que", "son", "ses",
    "leur", "leurs", "vos", "votre", "nos", "notre", "the", "and", "for", "ou", "et", "de", "du", "la", "le",
}  # fmt: skip


def tokens(text):
    """The words of `text` as written ("Visioconférence", "d'information" -> "information")."""
    return TOKEN_RE.findall(text or "")


def normalise_word(token):
    return normalize_search_text(token)[:MAX_WORD_LENGTH]


def search_words(text):
    """The normalised words of `text`, in order: "Lettre d'information" -> ["lettre", "d", "information"]."""
    return [normalise_word(token) for token in tokens(text)]


def words_text(text):
    """ "Lettre d'information (PDF)" -> "lettre d information pdf": what search_text stores."""
    return " ".join(search_words(text))


def word_prefix_match(query_words, text):
    """True when every query word starts a word of `text` (already normalised with words_text)."""
    padded = " " + text
    return all(f" {word}" in padded for word in query_words)


def _storable(word):
    return len(word) >= MIN_WORD_LENGTH and not word.isdigit() and word not in STOP_WORDS


# Building the table -------------------------------------------------------------------------------


def collect_words(texts):
    """{word: (label, weight)} from (text, weight) pairs: the label is the form most weighed, then first seen."""
    weights = Counter()
    labels = {}
    for text, weight in texts:
        for token in tokens(text):
            word = normalise_word(token)
            if not _storable(word):
                continue
            weights[word] += weight
            forms = labels.setdefault(word, Counter())
            forms[token[:MAX_WORD_LENGTH]] += weight
    return {word: (labels[word].most_common(1)[0][0], weights[word]) for word in weights}


def catalogue_texts(*, Tool, ProprietaryProduct, Need, TaggedItem=None, ContentType=None):  # noqa: N803
    """(text, weight) pairs of the published catalogue; names weigh more than summaries.

    The models are parameters so that a data migration can pass its historical models.
    """
    for name, summary in Tool.objects.filter(is_published=True).values_list("name", "summary").iterator(2000):
        yield name, 3
        yield summary, 1
    rows = ProprietaryProduct.objects.filter(is_published=True).values_list("name", "aliases", "vendor")
    for name, aliases, vendor in rows.iterator(2000):
        yield name, 3
        yield aliases.replace(",", " "), 2
        yield vendor, 1
    for name, synonyms in Need.objects.values_list("name", "synonyms"):
        yield name, 2
        yield synonyms.replace(",", " "), 2
    if TaggedItem is not None and ContentType is not None:
        tool_type = ContentType.objects.filter(app_label="tools_catalog", model="tool").values("pk")
        tags = (
            TaggedItem.objects.filter(content_type_id__in=tool_type)
            .values_list("tag__name", flat=True)
            .distinct()
            .order_by()
        )
        for name in tags:
            yield name, 1


def refresh_search_words(*, models=None):
    """Bring the SearchWord table in line with the catalogue (by difference); returns the number of changes."""
    if models is None:
        from django.contrib.contenttypes.models import ContentType
        from taggit.models import TaggedItem

        from tools_catalog.models import Need, ProprietaryProduct, SearchWord, Tool

        models = {
            "Tool": Tool,
            "ProprietaryProduct": ProprietaryProduct,
            "Need": Need,
            "TaggedItem": TaggedItem,
            "ContentType": ContentType,
            "SearchWord": SearchWord,
        }
    SearchWord = models["SearchWord"]  # noqa: N806
    wanted = collect_words(catalogue_texts(**{key: value for key, value in models.items() if key != "SearchWord"}))
    with transaction.atomic():
        existing = {word: (pk, label, weight) for pk, word, label, weight in SearchWord.objects.values_list(
            "pk", "word", "label", "weight"
        )}  # fmt: skip
        removed = [pk for word, (pk, _label, _weight) in existing.items() if word not in wanted]
        added = [
            SearchWord(word=word, label=label, weight=weight)
            for word, (label, weight) in wanted.items()
            if word not in existing
        ]
        changed = [
            SearchWord(pk=existing[word][0], word=word, label=label, weight=weight)
            for word, (label, weight) in wanted.items()
            if word in existing and existing[word][1:] != (label, weight)
        ]
        if removed:
            SearchWord.objects.filter(pk__in=removed).delete()
        if added:
            SearchWord.objects.bulk_create(added, batch_size=2000, ignore_conflicts=True)
        if changed:
            SearchWord.objects.bulk_update(changed, ["label", "weight"], batch_size=2000)
    count = len(removed) + len(added) + len(changed)
    if count:
        # Now, so that this transaction sees its own words; and after the commit, so that another
        # process that reloaded in between (and saw the old rows) reloads once more.
        bump_words_version()
        transaction.on_commit(bump_words_version)
    return count


def bump_words_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def words_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY, version)
    return version


# The word list in memory (RapidFuzz backend) -----------------------------------------------------------


@dataclass
class WordList:
    version: int
    words: list  # sorted
    labels: dict
    weights: dict
    loaded_at: float = 0.0

    def known_prefix(self, word):
        """True when some word of the list starts with `word`."""
        index = bisect_left(self.words, word)
        return index < len(self.words) and self.words[index].startswith(word)

    def label(self, word):
        return self.labels.get(word, "")


_memory = {}


def word_list():
    """The table as a sorted list, kept per process and reloaded (one query) when its version changes."""
    from tools_catalog.models import SearchWord

    version = words_version()
    current = _memory.get(connection.alias)
    now = time.monotonic()
    if current is None or current.version != version or now - current.loaded_at > WORDS_MAX_AGE:
        rows = list(SearchWord.objects.order_by("word").values_list("word", "label", "weight"))
        current = WordList(
            version=version,
            words=[row[0] for row in rows],
            labels={row[0]: row[1] for row in rows},
            weights={row[0]: row[2] for row in rows},
            loaded_at=now,
        )
        _memory[connection.alias] = current
    return current


def forget_word_list():
    """Drop the in-memory list (tests that change the table behind the signals' back)."""
    _memory.clear()


# Corrections ---------------------------------------------------------------------------------------------


def max_distance(word):
    if len(word) < MIN_TYPO_LENGTH:
        return 0
    if len(word) <= 5:
        return 1
    if len(word) <= 8:
        return 2
    return 3


def _best(word, candidates, weights):
    """The closest acceptable candidate: distance, then weight, then alphabetical; None if none fits."""
    limit = max_distance(word)
    scored = []
    for candidate in candidates:
        if word in candidate:  # an extension, not a typo ("formation" in "information")
            continue
        distance = OSA.distance(word, candidate, score_cutoff=limit)
        if distance <= limit:
            scored.append((distance, -weights.get(candidate, 0), candidate))
    return min(scored)[2] if scored else None


def backend():
    chosen = getattr(settings, "CATALOGUE_TYPO_BACKEND", "auto")
    if chosen == "trigram" and connection.vendor == "postgresql":
        return "trigram"
    return "rapidfuzz"


@dataclass
class Correction:
    """The query's words with their corrections: {"nextclod": "nextcloud"} and the suggestion to show."""

    corrections: dict
    suggestion: str  # "Google Drive" (labels of the corrected query), "" when nothing is corrected
    suggestion_text: str  # "google drive": the corrected query as searched

    def __bool__(self):
        return bool(self.corrections)


NO_CORRECTION = Correction({}, "", "")


def correct(query_words):
    """The corrections of the words of a query (normalised words, see search_words)."""
    words = [word for word in query_words if word]
    if not any(_correctable(word) for word in words):
        return NO_CORRECTION
    if backend() == "trigram":
        corrections, labels = _correct_trigram(words)
    else:
        corrections, labels = _correct_memory(words)
    if not corrections:
        return NO_CORRECTION
    corrected = [corrections.get(word, word) for word in words]
    shown = [labels.get(word) or word for word in corrected]
    return Correction(corrections, " ".join(shown), " ".join(corrected))


def _correctable(word):
    """Short words, numbers and stop words ("pour", "avec") are never corrected (nor stored)."""
    return len(word) >= MIN_TYPO_LENGTH and not word.isdigit() and word not in STOP_WORDS


def _correct_memory(words):
    memory = word_list()
    corrections = {}
    for word in words:
        if not _correctable(word) or memory.known_prefix(word):
            continue
        found = process.extract(
            word, memory.words, scorer=OSA.distance, score_cutoff=max_distance(word), limit=CANDIDATES * 4
        )
        best = _best(word, [candidate for candidate, _score, _index in found], memory.weights)
        if best:
            corrections[word] = best
    labels = {word: memory.label(word) for word in [*words, *corrections.values()]}
    return corrections, labels


def _correct_trigram(words):
    """pg_trgm candidates from the word table (its trigram GIN index), the same edit-distance rule.

    One statement: for each query word, whether a known word starts with it (LIKE 'w%', served
    by the trigram index), its closest words by trigram similarity (`%`, same index), and the
    labels of the words as typed (unique index).
    """
    from tools_catalog.models import SearchWord

    table = SearchWord._meta.db_table  # a constant of the code, never user input; values go as parameters
    checked = [word for word in dict.fromkeys(words) if _correctable(word)]
    parts, params = [], []
    for word in checked:
        parts.append(f"(SELECT %s, word, label, weight, TRUE FROM {table} WHERE word LIKE %s LIMIT 1)")  # noqa: S608
        params += [word, word + "%"]
        parts.append(
            f"(SELECT %s, word, label, weight, FALSE FROM {table} WHERE word %% %s "  # noqa: S608
            f"ORDER BY similarity(word, %s) DESC, weight DESC LIMIT {CANDIDATES * 4})"
        )
        params += [word, word, word]
    parts.append(f"(SELECT '', word, label, weight, FALSE FROM {table} WHERE word = ANY(%s))")  # noqa: S608
    params.append(list(words))
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    known = {row[0] for row in rows if row[4]}
    labels = {row[1]: row[2] for row in rows}
    weights = {row[1]: row[3] for row in rows}
    corrections = {}
    for word in checked:
        if word in known:
            continue
        best = _best(word, [row[1] for row in rows if row[0] == word and not row[4]], weights)
        if best:
            corrections[word] = best
    return corrections, labels
