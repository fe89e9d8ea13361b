"""The curated catalogue (tools_catalog/content/) seeds, validates, and stays idempotent."""

import pytest

from core.models import SeedRecord
from core.seed import Seeder, SeedError
from tools_catalog import content, seed
from tools_catalog.licences import validate_licence
from tools_catalog.models import Equivalence, Guide, HostedOffer, Hoster, Need, ProprietaryProduct, Tool
from tools_catalog.search import match_products

pytestmark = pytest.mark.django_db


def load():
    """The catalogue's kinds only: the catalogue stands on no other app."""
    return Seeder(seed.KINDS).run()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Need, Hoster, Tool, HostedOffer, ProprietaryProduct, Equivalence, Guide)
    }


def test_loading_twice_creates_no_duplicates():
    assert load().writes == sum(counts().values())
    first = counts()
    first_tags = {tool.slug: sorted(tool.tags.names()) for tool in Tool.objects.all()}
    assert load().writes == 0
    assert counts() == first
    assert {tool.slug: sorted(tool.tags.names()) for tool in Tool.objects.all()} == first_tags


def test_loaded_content_is_complete_valid_and_honest():
    """One load (about 4 s), many checks: the catalogue is big enough, valid, and says what is lost."""
    load()

    assert Need.objects.count() >= 20
    assert Tool.objects.count() >= 60
    assert ProprietaryProduct.objects.count() >= 50
    assert Equivalence.objects.count() >= 80
    assert Guide.objects.count() >= 6
    assert Hoster.objects.filter(is_chatons_member=True).count() >= 3

    platforms = set(Tool.Platform.values)
    for tool in Tool.objects.prefetch_related("needs"):
        validate_licence(tool.licence)
        assert tool.needs.all(), tool.slug
        assert tool.platforms and set(tool.platforms) <= platforms, tool.slug

    for equivalence in Equivalence.objects.select_related("product", "tool"):
        assert equivalence.losses.strip(), equivalence
        assert equivalence.gains.strip(), equivalence
        assert equivalence.migration_steps.strip(), equivalence

    assert not ProprietaryProduct.objects.filter(equivalences__isnull=True).exists()

    zoom_to_jitsi = Equivalence.objects.get(product__slug="zoom", tool__slug="jitsi-meet")
    assert "Jitsi" in zoom_to_jitsi.migration_steps
    assert zoom_to_jitsi.losses.strip()

    aliases = {
        "google-drive": ["gdrive", "Drive"],
        "microsoft-teams": ["Teams", "MS Teams"],
        "whatsapp": ["Whatsapp"],
        "microsoft-excel": ["Excel"],
    }
    for slug, expected in aliases.items():
        assert set(expected) <= set(ProprietaryProduct.objects.get(slug=slug).alias_list), slug

    # The journey of the portal: "zoom" leads to Jitsi Meet and its migration steps.
    zoom = match_products("zoom")
    assert zoom and any(e.tool.slug == "jitsi-meet" and e.migration_steps for e in zoom[0].public_equivalences)
    for name in ["google drive", "gdrive", "doodle", "excel", "mailchimp", "whatsapp", "facebook"]:
        assert match_products(name), name


def test_the_words_advisors_type_find_a_product(demo_content):
    """The journey of the portal: "zoom" leads to Jitsi Meet and its migration steps."""
    zoom = match_products("zoom")
    assert zoom[0].slug == "zoom"
    jitsi = [e for e in zoom[0].public_equivalences if e.tool.slug == "jitsi-meet"]
    assert len(jitsi) == 1 and jitsi[0].migration_steps.strip()
    for name in ["google drive", "gdrive", "doodle", "excel", "mailchimp", "whatsapp", "facebook"]:
        assert match_products(name), name


def test_data_references_are_consistent():
    need_slugs = {need["slug"] for need in content.NEEDS}
    hoster_names = {hoster["name"] for hoster in content.HOSTERS}
    tool_slugs = [tool["slug"] for tool in content.TOOLS]
    product_slugs = [product["slug"] for product in content.PRODUCTS]
    assert len(tool_slugs) == len(set(tool_slugs))
    assert len(product_slugs) == len(set(product_slugs))
    for tool in content.TOOLS:
        assert set(tool["needs"]) <= need_slugs, tool["slug"]
        assert set(tool.get("hosters", [])) <= hoster_names, tool["slug"]
    for product in content.PRODUCTS:
        assert set(product["needs"]) <= need_slugs, product["slug"]
    pairs = [(row["product"], row["tool"]) for row in content.EQUIVALENCES]
    assert len(pairs) == len(set(pairs))
    assert {product for product, _ in pairs} <= set(product_slugs)
    assert {tool for _, tool in pairs} <= set(tool_slugs)


def test_a_bad_licence_stops_the_load_before_anything_is_written(monkeypatch):
    broken = [dict(content.TOOLS[0], licence="GPL"), *content.TOOLS[1:]]
    monkeypatch.setattr(content, "TOOLS", broken)
    with pytest.raises(SeedError, match=f"outil libre « {content.TOOLS[0]['slug']} », champ .*licence"):
        load()
    assert not Need.objects.exists() and not SeedRecord.objects.exists()
