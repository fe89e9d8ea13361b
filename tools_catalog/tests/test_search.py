import pytest

from tools_catalog.models import Tool
from tools_catalog.search import (
    clean_query,
    ids_condition,
    match_products,
    parse_query,
    ranked_matches,
    search_catalog,
)
from tools_catalog.tests.factories import EquivalenceFactory, NeedFactory, ProprietaryProductFactory, ToolFactory

pytestmark = pytest.mark.django_db


def names(queryset):
    return [tool.name for tool in queryset]


@pytest.mark.parametrize("query", ["visio", "VISIOCONFERENCE", "visioconférence", "  Visio  ", "VISIOCONFÉRENCE"])
def test_accents_and_case_do_not_matter(visio_catalogue, query):
    assert set(names(search_catalog(query))) == {"Jitsi Meet", "BigBlueButton"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zoom", {"Jitsi Meet", "BigBlueButton"}),
        ("gdrive", {"Nextcloud"}),
        ("google drive", {"Nextcloud"}),
        ("excel", {"LibreOffice"}),
        ("réunion", {"Jitsi Meet"}),  # a tag
        ("tableur", {"LibreOffice"}),  # the summary
        ("libreoffice", {"LibreOffice"}),
    ],
)
def test_search_matches_products_aliases_tags_and_summaries(visio_catalogue, query, expected):
    assert set(names(search_catalog(query))) >= expected
    assert "Jitsi Meet" not in names(search_catalog("tableur"))


def test_name_matches_rank_first(visio_catalogue):
    ToolFactory(name="Framadate", summary="Planifier une réunion avec jitsi meet en lien")
    assert names(search_catalog("jitsi"))[0] == "Jitsi Meet"


def test_empty_query_lists_published_tools_by_name(visio_catalogue):
    ToolFactory(name="Caché", unpublished=True)
    assert names(search_catalog("")) == ["BigBlueButton", "Jitsi Meet", "LibreOffice", "Nextcloud"]
    assert "Caché" not in names(search_catalog("cache"))


@pytest.mark.parametrize(
    ("query", "product"),
    [
        ("zoom", "Zoom"),
        ("ZOOM", "Zoom"),
        ("gdrive", "Google Drive"),
        ("google drive", "Google Drive"),
        ("Drive", "Google Drive"),
        ("excel", "Microsoft Excel"),
        ("Microsoft Excel", "Microsoft Excel"),
    ],
)
def test_match_products_by_name_and_alias(visio_catalogue, query, product):
    products = match_products(query)
    assert [p.name for p in products] == [product]


def test_match_products_prefers_exact_names_and_prefetches_equivalences(visio_catalogue, django_assert_num_queries):
    ProprietaryProductFactory(name="Zoom Webinar", slug="zoom-webinar")
    match_products("zoom")  # the first search after a change loads the word list (one query)
    with django_assert_num_queries(2):
        products = match_products("zoom")
        tools = [e.tool.name for e in products[0].public_equivalences]
    assert [p.name for p in products] == ["Zoom"]
    assert tools == ["Jitsi Meet", "BigBlueButton"]  # full coverage first
    assert [p.name for p in match_products("zoom web")] == ["Zoom Webinar"]
    assert match_products("z") == []
    assert match_products("logiciel inconnu") == []


def test_unpublished_products_and_tools_are_hidden(visio_catalogue):
    hidden = ProprietaryProductFactory(name="Teams", slug="teams", unpublished=True)
    EquivalenceFactory(product=hidden, tool=visio_catalogue["jitsi"])
    assert match_products("teams") == []
    assert names(search_catalog("teams")) == []
    visio_catalogue["bbb"].is_published = False
    visio_catalogue["bbb"].save()
    assert [e.tool.name for e in match_products("zoom")[0].public_equivalences] == ["Jitsi Meet"]


@pytest.mark.parametrize("query", ["\x00zoom", "zo\u200bom", "🦊", "' OR 1=1 --", "%", "_", "ゼロ", "a" * 10_000])
def test_odd_queries_never_fail(visio_catalogue, query):
    list(search_catalog(query))
    match_products(query)
    assert len(clean_query(query)) <= 200
    assert "\x00" not in clean_query(query)


def test_percent_and_underscore_are_no_wildcards(visio_catalogue):
    # Punctuation is not part of a word: "%" alone is an empty search, never a LIKE wildcard.
    everything = names(search_catalog(""))
    assert names(search_catalog("%")) == names(search_catalog("_")) == everything
    assert names(search_catalog("n%t")) == names(search_catalog("n t")) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nextclod", "Nextcloud"),
        ("libreofice", "LibreOffice"),
        ("jitsy meet", "Jitsi Meet"),
        ("visioconferance", "Jitsi Meet"),
        ("exel", "LibreOffice"),  # the product's alias, corrected
        ("gogle drive", "Nextcloud"),
    ],
)
def test_typos_find_tools_on_every_database(visio_catalogue, query, expected):
    assert expected in names(search_catalog(query))


def test_typo_in_product_name_on_every_database(visio_catalogue):
    assert [p.name for p in match_products("zooom")] == ["Zoom"]
    assert [p.name for p in match_products("gogle drive")] == ["Google Drive"]
    assert [p.name for p in match_products("exel")] == ["Microsoft Excel"]


@pytest.mark.postgres
def test_french_full_text_ranking_on_postgresql(visio_catalogue):
    results = search_catalog("réunion vidéo")
    assert names(results)[0] == "Jitsi Meet"
    assert results[0].relevance > 0


def test_a_known_word_is_never_corrected(visio_catalogue):
    ToolFactory(name="Nextclod Sync", slug="nextclod-sync", summary="Synchronisation.")
    assert names(search_catalog("nextclod")) == ["Nextclod Sync"]
    assert not parse_query("nextclod").correction


def test_word_prefix_matching_formation_is_not_information(visio_catalogue):
    need = NeedFactory(name="Lettre d'information et listes de diffusion", slug="lettre-information")
    ToolFactory(name="Listmonk", slug="listmonk", summary="Envoyer une lettre d'information.", needs=[need])
    assert names(search_catalog("information")) == ["Listmonk"]
    assert names(search_catalog("formation")) == []
    assert not parse_query("formation").correction  # "information" merely contains it: not a typo
    assert names(search_catalog("lettre d'info")) == ["Listmonk"]  # prefixes of words, with punctuation


@pytest.mark.parametrize("query", ["visio", "VISIO", "visioconf"])
def test_need_words_find_the_need_s_products(visio_catalogue, query):
    products = match_products(query)
    assert [p.name for p in products] == ["Zoom"]
    assert products[0].matched_need == visio_catalogue["visio"]
    assert [e.tool.name for e in products[0].public_equivalences] == ["Jitsi Meet", "BigBlueButton"]


def test_need_synonyms_find_products_and_tools(visio_catalogue):
    visio = visio_catalogue["visio"]
    visio.synonyms = "réunion à distance, webinaire"
    visio.save()
    assert [p.name for p in match_products("webinaire")] == ["Zoom"]
    assert "Jitsi Meet" in names(search_catalog("webinaire"))
    assert "Jitsi Meet" in names(search_catalog("webinair"))  # a prefix
    assert "Jitsi Meet" in names(search_catalog("webinnaire"))  # a typo of a synonym


def test_suggestion_uses_the_catalogue_s_spelling(visio_catalogue):
    assert parse_query("gogle drive").suggestion == "Google Drive"
    assert parse_query("exel").suggestion == "Excel"
    assert parse_query("nextclod").suggestion == "Nextcloud"
    assert parse_query("google drive").suggestion == ""
    assert parse_query("xqzwv").suggestion == ""  # nothing close: no suggestion


def test_frozen_and_closed_tools_are_never_ranked_first(visio_catalogue):
    from datetime import date

    jitsi = visio_catalogue["jitsi"]
    jitsi.maintenance_status = "frozen"
    jitsi.maintenance_since = date(2021, 6, 1)
    jitsi.maintenance_note = "Plus de développement."
    jitsi.save()
    # "jitsi" names Jitsi Meet first by relevance; "zoom" lists it first by coverage.
    ToolFactory(name="Framatalk", slug="framatalk", summary="Salons jitsi meet hébergés.")
    assert names(search_catalog("jitsi")) == ["Framatalk", "Jitsi Meet"]
    assert [e.tool.name for e in match_products("zoom")[0].public_equivalences] == ["BigBlueButton", "Jitsi Meet"]


def test_ranked_matches_marks_the_tools_passing_the_filters(visio_catalogue):
    from django.db.models import Q

    ranked = ranked_matches("visio")
    jitsi, bbb = (Tool.objects.get(slug=slug).pk for slug in ("jitsi-meet", "bigbluebutton"))
    assert {jitsi, bbb} <= {pk for pk, _kept in ranked}
    assert all(kept for _pk, kept in ranked)
    kept = dict(ranked_matches("visio", keep=Q(ease="advanced")))
    assert kept[bbb] is True and kept[jitsi] is False
    assert Tool.objects.filter(ids_condition([jitsi])).get() == Tool.objects.get(pk=jitsi)
    assert not Tool.objects.filter(ids_condition([])).exists()
