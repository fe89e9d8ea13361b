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


def test_coordinator_adds_an_actor_in_beaulieu_by_clicking_on_the_map_with_hours_from_the_grid(
    live_server, new_page, accessible, offline_tiles, django_user_model, login_in_browser
):
    from actors.models import Actor
    from actors.tests.factories import CommuneFactory
    from core.roles import COORDINATORS, sync_group_permissions

    lochois = {"epci_code": "200043081", "epci_name": "CC Loches Sud Touraine"}
    beaulieu = CommuneFactory(name="Beaulieu-lès-Loches", insee_code="37020", postal_code="37600",
                              latitude="47.12885", longitude="1.02312", **lochois)  # fmt: skip
    loches = CommuneFactory(name="Loches", insee_code="37132", postal_code="37600", latitude="47.12830",
                            longitude="0.99530", **lochois)  # fmt: skip
    CommuneFactory(
        name="Montbazon", insee_code="37154", epci_code="200043131", epci_name="CC Touraine Vallée de l'Indre"
    )
    user = django_user_model.objects.create_user("coordo", "c@example.org", "mot-de-passe-long-37")
    sync_group_permissions()
    user.groups.add(Group.objects.get(name=COORDINATORS))
    page = new_page("desktop")
    login_in_browser(page, "coordo", "mot-de-passe-long-37")
    page.goto(live_server.url + reverse("actors:actor_create"))
    page.locator("#id_name").fill("Atelier numérique de Beaulieu")
    page.locator("#id_kind").select_option(label="Association")
    page.locator("#id_summary").fill("Aide les associations du Lochois.")
    # The commune by keyboard: typed, then Tab (the change moves the marker to its centre).
    commune = page.locator("#id_commune")
    commune.fill("Beaulieu-lès-Loches (37600)")
    commune.press("Tab")
    status = page.locator("[data-place-status]")
    status.filter(has_text="Centre de Beaulieu-lès-Loches").wait_for()
    # A click on the map, away from the centre, sets the exact place.
    box = page.locator("#place-map").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2 + 60, box["y"] + box["height"] / 2 - 40)
    status.filter(has_text="Point placé à la main").wait_for()
    # Hours from the grid: Monday and Tuesday mornings, Wednesday by appointment.
    for day in ("mo", "tu"):
        page.locator(f"#id_opening_hours_{day}_1_start" if day != "mo" else "#id_opening_hours").fill("09:00")
        page.locator(f"#id_opening_hours_{day}_1_end").fill("12:00")
    page.get_by_label("Mercredi : sur rendez-vous").check()
    # Communes served: open the intercommunality, tick two of its communes with plain clicks.
    served = page.locator("[data-communes-served]")
    served.locator("summary", has_text="CC Loches Sud Touraine").click()
    served.get_by_label("Beaulieu-lès-Loches", exact=True).check()
    served.get_by_label("Loches", exact=True).check()
    served.get_by_text("Communes choisies (2) : Beaulieu-lès-Loches, Loches.").wait_for()
    assert served.get_by_text("(2 choisies sur 2)").is_visible()
    # The filter box narrows the groups (an enhancement); the choices stay.
    page.get_by_label("Filtrer les communes").fill("montb")
    served.get_by_label("Montbazon").wait_for()
    assert served.get_by_label("Loches", exact=True).is_hidden()
    page.get_by_label("Filtrer les communes").fill("")
    accessible(page)
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("est créée et publiée").wait_for()
    actor = Actor.objects.get(name="Atelier numérique de Beaulieu")
    assert set(actor.communes_served.all()) == {beaulieu, loches}
    beaulieu.refresh_from_db()
    assert actor.slug == "atelier-numerique-de-beaulieu"
    assert (actor.commune, actor.insee_code, actor.postal_code) == ("Beaulieu-lès-Loches", "37020", "37600")
    assert not actor.location_is_approximate
    assert actor.latitude != beaulieu.latitude and actor.longitude > beaulieu.longitude
    assert abs(actor.latitude - beaulieu.latitude) < 1 and abs(actor.longitude - beaulieu.longitude) < 1
    assert actor.opening_hours == 'Mo-Tu 09:00-12:00; We "sur rendez-vous"'
    assert "Du lundi au mardi : de 9 h à 12 h" in page.content()
    accessible(page)
