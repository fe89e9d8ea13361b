"""Constant number of queries at two sizes, and the blocks shown on other apps' pages (slots)."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from actors import helpers
from actors.tests.factories import (
    ActorFactory,
    CommuneFactory,
    ErrorReportFactory,
    NeedFactory,
    ServiceFactory,
    ToolFactory,
)
from core import slots

pytestmark = pytest.mark.django_db


def populate(count, tool, need):
    services = [ServiceFactory(), ServiceFactory()]
    for index in range(count):
        actor = ActorFactory(tools=[tool], needs=[need], services=services)
        actor.communes_served.add(CommuneFactory())
        if index % 3 == 0:
            ErrorReportFactory(actor=actor)


@pytest.mark.parametrize("as_coordinator", [False, True])
def test_pages_run_a_constant_number_of_queries(client, coordinator, django_assert_max_num_queries, as_coordinator):
    if as_coordinator:
        client.force_login(coordinator)
    tool, need = ToolFactory(slug="nextcloud"), NeedFactory(slug="fichiers")
    limits = {"list": 9, "map": 3, "detail": 9, "dashboard": 12}
    for size in (2, 25):
        populate(size if size == 2 else size - 2, tool, need)
        actor = ActorFactory(tools=[tool], needs=[need])
        urls = {
            "list": reverse("actors:actor_list") + "?tool=nextcloud&need=fichiers&q=acteur",
            "map": reverse("actors:actor_map_data") + "?tool=nextcloud&commune=37001",
            "detail": actor.get_absolute_url(),
        }
        if as_coordinator:
            urls["dashboard"] = reverse("actors:dashboard")
        for label, url in urls.items():
            with django_assert_max_num_queries(limits[label] + (3 if as_coordinator else 0)):
                response = client.get(url)
            assert response.status_code == 200, label


def test_tool_detail_slot_lists_actors_of_the_tool_or_its_needs(django_assert_num_queries):
    tool, need = ToolFactory(), NeedFactory()
    tool.needs.add(need)
    direct = ActorFactory(name="A direct", tools=[tool])
    via_need = ActorFactory(name="B besoin", needs=[need])
    ActorFactory(name="C masqué", tools=[tool], hidden=True)
    ActorFactory(name="D autre")
    request = RequestFactory().get("/")
    with django_assert_num_queries(1):
        block = helpers.actors_for_tool(request, tool)
    assert block["helpers"] == [direct, via_need]
    html = slots.render("tool_detail", request, tool)
    assert "Qui peut aider près de chez vous ?" in html and direct.get_absolute_url() in html
    ActorFactory.create_batch(8, tools=[tool])
    with django_assert_num_queries(1):
        block = helpers.actors_for_tool(request, tool)
    assert len(block["helpers"]) == helpers.TOOL_PAGE_LIMIT and block["has_more"]
    assert f"?tool={tool.slug}" in slots.render("tool_detail", request, tool)


def test_coordinator_todo_slot(coordinator, advisor, django_assert_num_queries):
    ActorFactory(stale=True)
    ErrorReportFactory()
    request = RequestFactory().get("/")
    request.user = advisor
    assert helpers.coordinator_todo(request) is None
    request.user = coordinator
    coordinator._is_coordinator = True
    with django_assert_num_queries(2):
        block = helpers.coordinator_todo(request)
    assert block["stale_count"] == 1 and block["open_reports"] == 1
    html = slots.render("coordinator_todo", request)
    assert "1 fiche à vérifier" in html and reverse("actors:dashboard") in html


def test_visit_sheet_slot_nearest_first(django_assert_num_queries):
    tool, need = ToolFactory(), NeedFactory()
    far = ActorFactory(name="A Loches", tools=[tool], latitude="47.12830", longitude="0.99530")
    near = ActorFactory(name="B Joué", needs=[need], latitude="47.35220", longitude="0.66310")
    ActorFactory(name="C sans lien")
    tours = CommuneFactory(name="Tours", insee_code="37261", latitude="47.39360", longitude="0.68920")
    request = RequestFactory().get("/")
    with django_assert_num_queries(1):
        block = helpers.actors_for_visit(request, {"tools": [tool], "needs": [need], "commune": tours})
    assert block["helpers"] == [near, far]
    block = helpers.actors_for_visit(request, {"tools": [tool], "needs": [need], "commune": None})
    assert block["helpers"] == [far, near]
    assert helpers.actors_for_visit(request, {"tools": [], "needs": [], "commune": tours}) is None
    assert "près de Tours" in slots.render("visit_sheet", request, {"tools": [tool], "needs": [], "commune": tours})
