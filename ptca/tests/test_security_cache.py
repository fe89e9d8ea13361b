"""Finding 3: cached pages are keyed on their normalised, validated filters only.

Junk query strings must not create cache entries: they would fill Redis (or the local cache)
and evict what matters there, such as the rate-limit counters.
"""

import pytest
from django.core.cache import caches

from actors.tests.factories import CommuneFactory
from tools_catalog.tests.factories import ProprietaryProductFactory
from trainings.tests.factories import SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db
FEED = "/formations/calendrier.ics"
JUNK = 1000


@pytest.fixture
def counted_cache(settings):
    """A fresh local-memory cache whose keys we can count."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "cles"}}
    cache = caches["default"]
    cache.clear()
    return lambda: len(cache._cache)


def junk_queries(count):
    for index in range(count):
        yield {f"x{index}": "1", "utm_source": f"campagne-{index}", "public": f"inconnu-{index}", "page": index}


def test_junk_query_strings_add_no_feed_entry(client, counted_cache):
    training = TrainingFactory(title="Nextcloud pour les associations", slug="nextcloud")
    SessionFactory.create_batch(3, training=training)
    plain = client.get(FEED)
    assert plain.status_code == 200
    after_first = counted_cache()
    assert after_first >= 1
    for query in junk_queries(JUNK):
        response = client.get(FEED, query)
        assert response.status_code == 200
        assert response.content == plain.content  # junk is ignored, not an error
    assert counted_cache() == after_first, f"{counted_cache() - after_first} entrées créées par {JUNK} requêtes"


def test_valid_filters_are_keyed_once_whatever_their_spelling(client, counted_cache):
    training = TrainingFactory(title="Nextcloud pour les associations", slug="nextcloud")
    SessionFactory(training=training)
    client.get(FEED)
    base = counted_cache()
    client.get(FEED, {"module": "nextcloud"})
    assert counted_cache() == base + 1
    # The same valid filter with junk around it, or repeated: the same entry.
    client.get(FEED, {"module": "nextcloud", "junk": "1", "utm": "x"})
    client.get(FEED + "?utm=y&module=nextcloud&module=nextcloud")
    # An unknown module is ignored (the unfiltered entry).
    client.get(FEED, {"module": "inexistant"})
    assert counted_cache() == base + 1


def test_junk_on_the_other_cached_pages_adds_nothing(client, counted_cache):
    """The catalogue's filter counts are cached once per catalogue version; lists cache nothing else."""
    for path in ("/outils/", "/formations/", "/acteurs/", "/"):
        client.get(path)
    base = counted_cache()
    for index, query in enumerate(junk_queries(50)):
        for path in ("/outils/", "/formations/", "/acteurs/", "/"):
            assert client.get(path, query).status_code == 200, (path, index)
    assert counted_cache() == base


WIDGETS = ("/widgets/formations/", "/widgets/acteurs/", "/widgets/alternatives/")


def widget_junk(count):
    """Junk parameters plus unknown values of the widgets' own filters (ignored and said, never cached apart)."""
    for index, query in enumerate(junk_queries(count)):
        commune = f"{99000 + index}" if index % 2 else f"abc{index}"
        yield {**query, "commune": commune, "produit": f"inconnu-{index}"}


@pytest.mark.parametrize("path", WIDGETS)
def test_junk_on_the_widgets_adds_nothing(client, counted_cache, path):
    """The partners' widgets are keyed on their valid filters, not on the address (no cache_page)."""
    CommuneFactory(insee_code="37132", name="Loches", latitude="47.12830", longitude="0.99530")
    client.get(path)
    first = client.get(path, next(widget_junk(1)))  # the variant that says the values were ignored
    base = counted_cache()
    for index, query in enumerate(widget_junk(200)):
        response = client.get(path, query)
        assert response.status_code == 200, index
        assert response.content == first.content, index
    assert counted_cache() == base, f"{counted_cache() - base} entrées créées par 200 requêtes"


def test_widget_filters_are_keyed_once_whatever_their_spelling(client, counted_cache):
    loches = CommuneFactory(insee_code="37132", name="Loches", latitude="47.12830", longitude="0.99530")
    SessionFactory(commune=loches, training=TrainingFactory(audiences=["benevoles"]))
    ProprietaryProductFactory(name="Zoom", slug="zoom")
    for path in WIDGETS:
        client.get(path)
    spellings = {
        "/widgets/formations/": [
            "?commune=37132&public=benevoles",
            "?public=benevoles&utm_source=lettre&commune=37132",
            "?commune=37132&commune=37132&public=benevoles&x=1",
            "?commune=37132-loches&public=benevoles",  # the first five characters are the code
        ],
        "/widgets/acteurs/": ["?commune=37132", "?page=2&commune=37132", "?commune=37132&produit=zoom"],
        "/widgets/alternatives/": ["?produit=zoom", "?utm=1&produit=zoom&produit=zoom", "?commune=37132&produit=zoom"],
    }
    for path, queries in spellings.items():
        base = counted_cache()
        pages = {client.get(path + query).content for query in queries}
        assert len(pages) == 1, path
        assert counted_cache() == base + 1, path
        # Unknown values, whatever they are, share the one variant that says they were ignored.
        for query in ("?commune=99999&produit=inconnu", "?commune=abc&produit=autre", "?commune=00000&produit=x"):
            assert "Réglage ignoré" in client.get(path + query).content.decode()
        assert counted_cache() == base + 2, path
