import pytest

from tools_catalog.tests.factories import GuideFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_newcomer_types_zoom_in_the_header_and_reaches_jitsi_migration_steps(
    live_server, phone_page, visio_catalogue, accessible
):
    page = phone_page
    page.goto(live_server.url + "/outils/guides/")  # any page: the search box is in the header
    header_box = page.locator("header #site-search-q")
    header_box.fill("zoom")
    header_box.press("Enter")
    page.wait_for_url("**q=zoom**")
    # Whatever page answers the header search, Jitsi Meet is offered for Zoom.
    page.get_by_role("link", name="Jitsi Meet").first.click()
    page.wait_for_url("**/outils/jitsi-meet/**")
    assert page.locator("h1").inner_text() == "Jitsi Meet"
    steps = page.locator("summary", has_text="Étapes pour passer de Zoom à Jitsi Meet")
    if not page.locator("details.equivalence__steps[open]").count():
        steps.click()
    step = page.get_by_text("Créez un salon sur meet.jit.si.")
    step.wait_for(state="visible")
    assert step.is_visible()
    # Nothing wider than the phone screen.
    wide = page.evaluate(
        "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 375)"
        ".map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right).slice(0, 5)"
    )
    assert wide == []
    accessible(page)


def test_catalogue_search_box_leads_from_zoom_to_jitsi(live_server, phone_page, visio_catalogue):
    page = phone_page
    page.goto(live_server.url + "/outils/")
    page.get_by_role("searchbox", name="Rechercher un outil, un logiciel que vous utilisez ou un besoin").fill("ZOOM")
    page.get_by_role("button", name="Rechercher").last.click()
    page.wait_for_url("**/outils/?q=ZOOM**")
    assert page.get_by_role("heading", name="Vous utilisez Zoom ?").is_visible()
    page.get_by_role("link", name="Jitsi Meet").first.click()
    page.wait_for_url("**/outils/jitsi-meet/?depuis=zoom#remplacer-zoom")
    assert page.get_by_text("Créez un salon sur meet.jit.si.").is_visible()  # opened for Zoom, without JS


PAGES = [
    "/outils/",
    "/outils/?q=zoom&ease=easy&need=inconnu",
    "/outils/?q=rien-du-tout",
    "/outils/jitsi-meet/?depuis=zoom",
    "/outils/remplacer/zoom/",
    "/outils/besoins/",
    "/outils/besoins/visioconference/",
    "/outils/comparer/?outils=jitsi-meet,bigbluebutton,nextcloud",
    "/outils/comparer/?outils=jitsi-meet",
    "/outils/guides/",
    "/outils/guides/guide-a11y/",
]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_page_type_passes_axe(live_server, new_page, accessible, visio_catalogue, viewport):
    GuideFactory(slug="guide-a11y", title="Qu'est-ce qu'un logiciel libre ?")
    page = new_page(viewport)
    for path in PAGES:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        accessible(page)


def test_filters_and_compare_work_without_javascript(live_server, new_page, visio_catalogue):
    page = new_page("desktop", java_script_enabled=False)
    page.goto(live_server.url + "/outils/")
    page.locator("summary", has_text="Filtrer").click()
    page.get_by_label("Besoin", exact=True).select_option("visioconference")
    page.get_by_role("button", name="Rechercher").last.click()
    page.wait_for_url("**need=visioconference**")
    assert page.get_by_role("heading", name="2 outils libres").is_visible()
    page.get_by_label("Comparer Jitsi Meet").check()
    page.get_by_label("Comparer BigBlueButton").check()
    page.get_by_role("button", name="Comparer les outils cochés").click()
    page.wait_for_url("**/outils/comparer/**")
    assert page.locator("caption").inner_text() == "Comparaison de BigBlueButton et Jitsi Meet"
