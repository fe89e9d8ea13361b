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


def test_a_report_from_the_field_is_accepted_and_the_change_shows_with_its_history(
    live_server, new_page, accessible, visio_catalogue, coordinator, login_in_browser
):
    from django.utils import formats, timezone

    # A visitor, without an account, reports a wrong licence on the tool page.
    visitor = new_page("phone")
    visitor.goto(live_server.url + "/outils/jitsi-meet/")
    visitor.get_by_label("Une information est fausse ou dépassée").check()
    visitor.get_by_label("Ce qui est faux, ou l'alternative proposée").fill(
        "Jitsi Meet est sous licence Apache-2.0, mais la fiche devrait citer le fichier LICENSE du dépôt."
    )
    visitor.get_by_label("Courriel pour vous répondre (facultatif)").fill("marie@example.org")
    visitor.get_by_role("button", name="Envoyer le signalement").click()
    visitor.get_by_text("Merci, votre signalement a été transmis").wait_for()
    accessible(visitor)

    # A coordinator sees it in the to-do of the coordination space, corrects the entry next to the
    # report and closes it, in one step.
    page = new_page("desktop")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("heading", name="Espace coordination").wait_for()
    page.get_by_role("link", name="1 signalement d'erreur ou d'alternative à traiter").click()
    page.wait_for_url("**/outils/coordination/signalements/")
    assert page.get_by_text("marie@example.org").is_visible()
    accessible(page)
    page.get_by_role("link", name="Traiter à côté de la fiche").click()
    page.wait_for_url("**/outils/gestion/signalements/*/")
    page.locator("#id_licence").fill("MIT")
    page.locator("#id_licence_evidence_url").fill("https://github.com/jitsi/jitsi-meet/blob/master/LICENSE")
    page.get_by_label("Ce qui a été fait (facultatif)").fill("Licence et preuve corrigées.")
    page.get_by_role("button", name="Corriger et clore").click()
    page.get_by_text("Le signalement sur « Jitsi Meet » est corrigé et clos").wait_for()
    assert page.get_by_text("Aucun signalement à traiter.").is_visible()
    assert "marie@example.org" not in page.content()

    # The change shows on the public page, dated and signed, and in the history.
    page.goto(live_server.url + "/outils/jitsi-meet/")
    today = formats.date_format(timezone.localdate(), "j F Y")
    licence = page.locator("dt", has_text="Licence").locator("xpath=following-sibling::dd[1]")
    assert licence.inner_text().startswith("MIT")
    assert f"Vérifié le {today}, par coord" in licence.inner_text()
    page.get_by_role("link", name="Historique des modifications de la fiche").click()
    page.wait_for_url("**/outils/jitsi-meet/historique/")
    rows = page.locator("tbody tr")
    texts = [rows.nth(index).inner_text() for index in range(rows.count())]
    assert any("coord" in row and "Fiche" in row and "licence (expression SPDX)" in row for row in texts), texts
    assert any("coord" in row and "Signalement" in row and "état" in row for row in texts), texts
    accessible(page)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_new_catalogue_pages_pass_axe(
    live_server, new_page, accessible, visio_catalogue, coordinator, advisor, login_in_browser, viewport
):
    from tools_catalog.models import CatalogueReport
    from tools_catalog.tests.factories import EquivalenceFactory

    CatalogueReport.objects.create(product=visio_catalogue["zoom"], message="<b>Zoom</b> a changé.")
    EquivalenceFactory(
        product=visio_catalogue["gdrive"], tool=visio_catalogue["jitsi"], is_published=False, proposed_by=advisor
    )
    page = new_page(viewport)
    for path in ["/outils/remplacer/zoom/jitsi-meet/", "/outils/?q=gogle+drive", "/outils/?q=formation"]:
        assert page.goto(live_server.url + path).status == 200, path
        accessible(page)
    login_in_browser(page, "coord", "motdepasse-coord")
    for path in [
        "/outils/coordination/signalements/",
        "/outils/coordination/propositions/",
        "/outils/coordination/a-verifier/",
        "/outils/jitsi-meet/historique/",
        "/outils/equivalences/proposer/?produit=zoom",
    ]:
        assert page.goto(live_server.url + path).status == 200, path
        assert page.locator("h1").count() == 1, path
        accessible(page)
    # A proposal with errors: the summary links to the fields.
    page.goto(live_server.url + "/outils/equivalences/proposer/")
    page.get_by_role("button", name="Envoyer la proposition").click()
    page.locator("#error-summary").wait_for()
    accessible(page)
