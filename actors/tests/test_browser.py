"""End-to-end: a phone user filters actors by a tool, opens one, sees its map pin and its tools; axe on every page."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from actors.tests.factories import ActorFactory, ErrorReportFactory, ServiceFactory, ToolFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def offline_tiles(settings, live_server):
    """Tiles from the test server (an existing PNG): the tests never reach the network."""
    settings.MAP_TILE_URL = live_server.url + "/static/vendor/leaflet/images/layers.png?z={z}&x={x}&y={y}"


@pytest.fixture
def directory(db):
    nextcloud = ToolFactory(name="Nextcloud", slug="nextcloud")
    jitsi = ToolFactory(name="Jitsi Meet", slug="jitsi-meet")
    service = ServiceFactory(name="Formation", slug="formation")
    funlab = ActorFactory(
        name="FunLab",
        summary="Fablab à Tours.",
        tools=[nextcloud],
        services=[service],
        opening_hours="Mo-Fr 09:00-12:00",
        description="Un atelier **partagé**.",
    )
    ActorFactory(name="Autre acteur", tools=[jitsi], latitude="47.12830", longitude="0.99530")
    ActorFactory(name="Sans position", tools=[nextcloud], unplaced=True)
    return funlab


def test_phone_filter_by_tool_open_actor_see_pin_and_tools(
    live_server, phone_page, accessible, offline_tiles, directory
):
    page = phone_page
    page.goto(live_server.url + reverse("actors:actor_list"))
    page.locator("summary", has_text="Filtrer").click()
    page.get_by_label("Outil libre").select_option(label="Nextcloud")
    page.get_by_role("button", name="Rechercher", exact=True).last.click()
    page.wait_for_url("**tool=nextcloud**")
    assert page.locator("#resultats").inner_text().startswith("2 acteurs")
    # The list map shows the one placed actor of this filtered set.
    page.locator("#carte-acteurs .leaflet-marker-icon").first.wait_for()
    assert page.locator("#carte-acteurs .leaflet-marker-icon").count() == 1
    accessible(page)
    page.get_by_role("link", name="FunLab").click()
    page.wait_for_url(f"**{directory.get_absolute_url()}")
    page.locator("#carte-acteur .leaflet-marker-icon").wait_for()
    assert page.locator("#carte-acteur .leaflet-marker-icon").get_attribute("alt") == "FunLab"
    assert page.locator("[data-actor-tools] a", has_text="Nextcloud").get_attribute("href") == "/outils/nextcloud/"
    assert "Du lundi au vendredi : de 9 h à 12 h" in page.content()
    accessible(page)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_public_pages_pass_axe(live_server, new_page, accessible, offline_tiles, directory, viewport):
    page = new_page(viewport)
    for url in [
        reverse("actors:actor_list"),
        reverse("actors:actor_list") + "?kind=inconnu&q=fun",
        directory.get_absolute_url(),
    ]:
        page.goto(live_server.url + url)
        assert page.locator("h1").count() == 1
        accessible(page)
    # The error report form, with errors shown.
    page.goto(live_server.url + directory.get_absolute_url())
    page.get_by_role("button", name="Envoyer le signalement").click()
    page.locator("#error-summary").wait_for()
    accessible(page)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_coordinator_pages_pass_axe(
    live_server, new_page, accessible, offline_tiles, directory, django_user_model, login_in_browser, viewport
):
    user = django_user_model.objects.create_user("coordo", "c@example.org", "mot-de-passe-long-37")
    from core.roles import COORDINATORS, sync_group_permissions

    sync_group_permissions()
    user.groups.add(Group.objects.get(name=COORDINATORS))
    ErrorReportFactory(actor=directory, message="<b>Horaires</b> changés")
    ActorFactory(name="Vieille fiche", stale=True)
    page = new_page(viewport)
    login_in_browser(page, "coordo", "mot-de-passe-long-37")
    for url in [
        reverse("actors:dashboard"),
        reverse("actors:actor_create"),
        reverse("actors:actor_update", args=[directory.slug]),
        reverse("actors:actor_history", args=[directory.slug]),
        directory.get_absolute_url(),
    ]:
        page.goto(live_server.url + url)
        assert page.locator("h1").count() == 1, url
        accessible(page)
    # A form with errors.
    page.goto(live_server.url + reverse("actors:actor_update", args=[directory.slug]))
    page.get_by_label("Code postal").fill("370")
    page.get_by_role("button", name="Enregistrer").click()
    page.locator("#error-summary").wait_for()
    assert "Le code postal compte 5 chiffres" in page.content()
    accessible(page)
