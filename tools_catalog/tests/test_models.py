import pytest
from django.core.exceptions import ValidationError

from tools_catalog.licences import validate_spdx_licence
from tools_catalog.models import Equivalence, Need, Tool
from tools_catalog.search import refresh_search_text
from tools_catalog.tests.factories import (
    EquivalenceFactory,
    NeedFactory,
    ProprietaryProductFactory,
    ToolFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["MIT", "AGPL-3.0-or-later", "GPL-2.0-only OR MIT", "MPL-2.0 AND Apache-2.0"])
def test_known_spdx_licences_are_accepted(value):
    validate_spdx_licence(value)


def test_unknown_licence_is_refused_with_a_french_hint():
    with pytest.raises(ValidationError) as error:
        validate_spdx_licence("agpl-3.0-or-later")
    assert "s'écrit « AGPL-3.0-or-later »" in error.value.messages[0]
    with pytest.raises(ValidationError):
        validate_spdx_licence("Propriétaire")


def test_full_clean_checks_licence_and_platforms():
    tool = ToolFactory.build(licence="GPL", platforms=["web", "amiga"])
    with pytest.raises(ValidationError) as error:
        tool.full_clean()
    assert set(error.value.message_dict) >= {"licence", "platforms"}


def test_search_text_follows_needs_tags_and_products():
    need = NeedFactory(name="Visioconférence", slug="visio")
    tool = ToolFactory(name="Jitsi Meet", summary="Réunions vidéo")
    tool.needs.add(need)
    tool.tags.add("Réunion")
    product = ProprietaryProductFactory(name="Zoom", aliases="Zoom Meetings")
    EquivalenceFactory(product=product, tool=tool)
    tool.refresh_from_db()
    assert tool.search_text == "jitsi meet reunions video visioconference reunion zoom zoom meetings"

    need.name = "Réunion à distance"
    need.save()
    product.aliases = "Zoom Video"
    product.save()
    tool.tags.remove("Réunion")
    tool.refresh_from_db()
    assert "reunion a distance" in tool.search_text
    assert "zoom video" in tool.search_text
    assert "meetings" not in tool.search_text

    tool.needs.clear()
    Equivalence.objects.filter(tool=tool).delete()
    tool.refresh_from_db()
    assert tool.search_text == "jitsi meet reunions video"


def test_reverse_need_assignment_refreshes_tools():
    tool = ToolFactory(name="Nextcloud")
    need = NeedFactory(name="Fichiers partagés")
    need.tools.add(tool)
    tool.refresh_from_db()
    assert "fichiers partages" in tool.search_text


def test_refresh_all_and_platform_codes():
    tool = ToolFactory(platforms=["web", "linux"])
    Tool.objects.filter(pk=tool.pk).update(search_text="")
    refresh_search_text()
    tool.refresh_from_db()
    assert tool.search_text.startswith("outil libre")
    assert tool.platform_codes == "|web|linux|"
    assert list(Tool.objects.with_platform("linux")) == [tool]
    assert not Tool.objects.with_platform("ios").exists()


def test_product_match_keys_and_aliases():
    product = ProprietaryProductFactory(name="Google Drive", aliases="gdrive, Drive , ,Google Documents")
    assert product.alias_list == ["gdrive", "Drive", "Google Documents"]
    assert product.match_keys == "|google drive|gdrive|drive|google documents|"


def test_need_counts_are_computed_in_sql():
    need = NeedFactory()
    ToolFactory(needs=[need])
    ToolFactory(needs=[need], unpublished=True)
    ProprietaryProductFactory(needs=[need])
    empty = NeedFactory()
    counts = {n.pk: (n.tool_count, n.product_count) for n in Need.objects.with_tool_counts()}
    assert counts == {need.pk: (1, 1), empty.pk: (0, 0)}


def test_equivalence_is_unique_per_pair_and_ordered_for_display():
    from django.db import IntegrityError, transaction

    product = ProprietaryProductFactory()
    partial = EquivalenceFactory(product=product, tool=ToolFactory(name="A"))
    full = EquivalenceFactory(product=product, tool=ToolFactory(name="B"), full=True)
    different = EquivalenceFactory(product=product, tool=ToolFactory(name="C"), hard=True)
    assert list(Equivalence.objects.filter(product=product).for_display()) == [full, partial, different]
    with pytest.raises(IntegrityError), transaction.atomic():
        Equivalence.objects.create(product=product, tool=partial.tool, losses="x", gains="y", coverage="full")
    assert (full.coverage_badge, partial.coverage_badge, different.coverage_badge) == ("success", "warning", "info")
    assert different.effort_badge == "error"
    assert str(full) == f"{product.name} → B"
