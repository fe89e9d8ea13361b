"""The table of distinct words and the typo corrections it gives, on SQLite and PostgreSQL."""

from io import StringIO

import pytest
from django.core.management import call_command

from tools_catalog.models import SearchWord
from tools_catalog.search import parse_query
from tools_catalog.tests.factories import NeedFactory, ProprietaryProductFactory, ToolFactory
from tools_catalog.words import (
    collect_words,
    correct,
    forget_word_list,
    max_distance,
    refresh_search_words,
    word_prefix_match,
    words_text,
)

pytestmark = pytest.mark.django_db


def test_words_text_splits_on_punctuation_and_drops_accents():
    assert words_text("Lettre d'information (PDF), Visioconférence") == "lettre d information pdf visioconference"
    assert word_prefix_match(["visio"], "outil de visioconference")
    assert not word_prefix_match(["formation"], "lettre d information")
    assert word_prefix_match(["lettre", "info"], "lettre d information")


def test_collect_words_keeps_the_most_weighed_spelling_and_skips_noise():
    words = collect_words([("Google Drive", 3), ("google drive gdrive", 1), ("de la 2024 et", 5)])
    assert words["google"] == ("Google", 4) and words["drive"] == ("Drive", 4)
    assert words["gdrive"] == ("gdrive", 1)
    assert not {"de", "la", "2024", "et"} & set(words)


def test_the_table_follows_the_catalogue_by_difference():
    tool = ToolFactory(name="Nextcloud", slug="nextcloud", summary="Fichiers partagés.")
    ProprietaryProductFactory(name="Google Drive", slug="google-drive", aliases="gdrive", vendor="Google")
    need = NeedFactory(name="Visioconférence", slug="visio", synonyms="webinaire, réunion à distance")
    words = dict(SearchWord.objects.values_list("word", "label"))
    assert {"nextcloud", "fichiers", "google", "drive", "gdrive", "visioconference", "webinaire", "distance"} <= set(
        words
    )
    assert words["visioconference"] == "Visioconférence"
    tool.name = "Nextcloud Hub"
    tool.save()
    assert SearchWord.objects.filter(word="hub").exists()
    need.delete()
    assert not SearchWord.objects.filter(word__in=["webinaire", "visioconference"]).exists()
    tool.is_published = False
    tool.save()
    assert not SearchWord.objects.filter(word="nextcloud").exists()  # unpublished tools are not suggested
    assert refresh_search_words() == 0  # already in line: nothing to do


def test_rebuild_command_repairs_the_table():
    ToolFactory(name="Framadate", slug="framadate", summary="Sondages de dates.")
    SearchWord.objects.all().delete()
    SearchWord.objects.create(word="fantome", label="Fantôme")
    out = StringIO()
    call_command("rebuild_search_words", stdout=out)
    assert "table des mots" in out.getvalue()
    assert SearchWord.objects.filter(word="framadate").exists()
    assert not SearchWord.objects.filter(word="fantome").exists()


@pytest.mark.parametrize(
    ("word", "expected"), [("zoo", 0), ("exel", 1), ("gogle", 1), ("nextclod", 2), ("visioconferance", 3)]
)
def test_the_allowed_distance_grows_with_the_word(word, expected):
    assert max_distance(word) == expected


@pytest.fixture
def words():
    ToolFactory(name="Nextcloud", slug="nextcloud", summary="Fichiers, agendas et contacts.")
    ToolFactory(name="LibreOffice", slug="libreoffice", summary="Tableur et traitement de texte.")
    ProprietaryProductFactory(name="Microsoft Excel", slug="excel", aliases="Excel", vendor="Microsoft")
    ProprietaryProductFactory(name="Google Drive", slug="google-drive", aliases="gdrive", vendor="Google")
    NeedFactory(name="Lettre d'information", slug="lettre")
    forget_word_list()


CASES = [
    ("nextclod", {"nextclod": "nextcloud"}, "Nextcloud"),
    ("exel", {"exel": "excel"}, "Excel"),
    ("gogle drive", {"gogle": "google"}, "Google Drive"),
    ("libreofice", {"libreofice": "libreoffice"}, "LibreOffice"),
    ("tableru", {"tableru": "tableur"}, "Tableur"),
    ("formation", {}, ""),  # "information" contains it: an extension, not a typo
    ("nextcloud", {}, ""),
    ("next", {}, ""),  # a prefix of a known word
    ("zzqxv", {}, ""),
    ("exl", {}, ""),  # too short to correct
    ("tableur pour", {}, ""),  # a stop word is never corrected
]


@pytest.mark.parametrize(("query", "corrections", "suggestion"), CASES)
def test_corrections_in_memory(words, query, corrections, suggestion):
    result = correct(query.split())
    assert result.corrections == corrections
    assert result.suggestion == suggestion


@pytest.mark.postgres
@pytest.mark.parametrize(("query", "corrections", "suggestion"), CASES)
def test_corrections_with_pg_trgm_give_the_same_answers(words, settings, query, corrections, suggestion):
    settings.CATALOGUE_TYPO_BACKEND = "trigram"
    result = correct(query.split())
    assert result.corrections == corrections
    assert result.suggestion == suggestion


@pytest.mark.postgres
def test_the_word_table_has_its_trigram_index():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'tools_catalog_searchword_word_trgm'")
        assert "gin_trgm_ops" in cursor.fetchone()[0]


def test_the_word_list_is_loaded_once_per_change(words, django_assert_num_queries):
    correct(["exel"])
    with django_assert_num_queries(0):
        assert parse_query("exel").suggestion == "Excel"
    ToolFactory(name="Excalidraw", slug="excalidraw")
    with django_assert_num_queries(1):  # the version changed: reloaded once
        correct(["excalidrw"])
    with django_assert_num_queries(0):
        assert correct(["excalidrw"]).suggestion == "Excalidraw"
