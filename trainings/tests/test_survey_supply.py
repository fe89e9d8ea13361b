"""The "survey_needs" slot: the training supply of catalogue needs for the surveys' needs board."""

import pytest

from core import slots
from tools_catalog.tests.factories import NeedFactory
from trainings.helpers import supply_for_needs
from trainings.tests.factories import SessionFactory, TrainingFactory, in_days

pytestmark = pytest.mark.django_db


def test_supply_lists_upcoming_sessions_and_modules_per_need_in_two_queries(django_assert_num_queries):
    visio, compta, empty = NeedFactory(), NeedFactory(), NeedFactory()
    module = TrainingFactory(title="Visio sans Zoom")
    module.needs.add(visio, compta)
    for days in (3, 10, 20, 30):
        SessionFactory(training=module, start=in_days(days), end=in_days(days, hour=12))
    SessionFactory(training=module, start=in_days(-5), end=in_days(-5, hour=12))  # past: not supply
    with django_assert_num_queries(2):
        block = supply_for_needs(None, {"needs": [visio.pk, compta.pk, empty.pk]})
    assert [s["title"] for s in block["sessions"][visio.pk]] == ["Visio sans Zoom"] * 3
    assert block["sessions"][empty.pk] == [] and block["modules"][empty.pk] == []
    assert block["modules"][compta.pk] == [{"title": "Visio sans Zoom", "url": module.get_absolute_url()}]
    assert block["module_create_url"]
    with django_assert_num_queries(0):
        assert supply_for_needs(None, {"needs": []})["sessions"] == {}


def test_supply_is_registered_for_the_surveys(rf):
    blocks = slots.collect("survey_needs", rf.get("/"), {"needs": []})
    assert len(blocks) == 1 and blocks[0]["module_create_url"] == "/formations/gestion/modules/nouveau/"
