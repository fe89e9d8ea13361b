"""Browser tests of the companion: the visit journey on a tablet, print preview, accessibility."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIVE_PRODUCTS = "zoom,google-drive,doodle,whatsapp,facebook"


def pdf_page_count(pdf_bytes):
    """Number of pages of a PDF: its /Type /Page objects (not /Pages)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf_bytes))


def test_visit_journey_on_a_tablet(live_server, new_page, catalogue, settings, accessible):
    settings.SITE_URL = live_server.url
    page = new_page("tablet")
    page.goto(f"{live_server.url}/")
    page.locator("#contenu").get_by_role("link", name="Préparer une visite").click()
    page.wait_for_url("**/visite/")
    accessible(page)

    # The filter field (enhancement) narrows the list of products.
    product_filter = page.get_by_label("Filtrer la liste des produits")
    product_filter.fill("doodle")
    page.get_by_role("status").filter(has_text="1 produit affiché").wait_for()
    assert not page.get_by_label("Zoom (Zoom)").is_visible()
    page.get_by_label("Doodle (Doodle AG)").check()
    product_filter.fill("")
    page.get_by_label("Zoom (Zoom)").check()
    page.get_by_label("Google Drive (Google)").check()
    page.get_by_label("Débutants").check()
    page.get_by_label("Bénévoles seulement").check()
    page.get_by_label("Aucun budget").check()
    page.get_by_label("Commune de l'association").select_option(label="Tours (37000)")
    page.get_by_label("Nom de l'association").fill("Les Randonneurs du Cher")
    page.get_by_label("Note libre").fill("Rappeler le trésorier en mai.")
    page.get_by_role("button", name="Voir la fiche de recommandations").click()

    page.get_by_role("heading", name=re.compile("Fiche de visite")).wait_for()
    # Sent by POST: the name and the note are in the page, never in its address.
    assert page.url == f"{live_server.url}/visite/fiche/"
    sheet_text = page.locator("article.sheet").inner_text()
    for expected in (
        "À la place de Zoom",
        "À la place de Google Drive",
        "À la place de Doodle",
        "Jitsi Meet",
        "Framadate",
    ):
        assert expected in sheet_text
    assert "Les Randonneurs du Cher" in sheet_text
    assert "Rappeler le trésorier en mai." in sheet_text
    assert "Proposé parce que" in sheet_text
    accessible(page)

    share_url = page.locator("[data-share-url]").input_value()
    assert share_url.startswith(f"{live_server.url}/visite/fiche/?produits=zoom%2Cgoogle-drive%2Cdoodle")
    assert "Randonneurs" not in share_url and "association" not in share_url and "note" not in share_url

    # The shared link, opened elsewhere (a new browser context: no cookie, no history), gives the same
    # recommendations, without the association's name and the note (they stayed with the advisor).
    other = new_page("tablet")
    other.goto(share_url)

    # Compare the text, not its layout (line breaks depend on when the style sheet arrives).
    def words(locator):
        return " ".join(" ".join(locator.all_text_contents()).split())

    recommendations = "article.sheet .sheet__section:not(.sheet__share)"
    assert words(other.locator(recommendations)) == words(page.locator(recommendations))
    assert "Randonneurs" not in other.locator("article.sheet").text_content()
    assert "Rappeler le trésorier" not in other.locator("article.sheet").text_content()

    # "Modifier les choix" brings every value back to step 1, the name and the note by POST.
    page.get_by_role("button", name="Modifier les choix").click()
    page.wait_for_url("**/visite/")
    assert page.get_by_label("Nom de l'association").input_value() == "Les Randonneurs du Cher"
    assert page.get_by_label("Note libre").input_value() == "Rappeler le trésorier en mai."
    assert page.get_by_label("Doodle (Doodle AG)").is_checked()

    pdf = other.pdf(format="A4", print_background=False)
    assert pdf.startswith(b"%PDF")
    assert 1 <= pdf_page_count(pdf) <= 2


def test_five_products_print_on_two_pages_at_most(live_server, new_page, catalogue, settings):
    settings.SITE_URL = live_server.url
    page = new_page("desktop")
    page.goto(
        f"{live_server.url}/visite/?produits={FIVE_PRODUCTS}&besoins=comptabilite&equipe=benevoles"
        "&budget=aucun&aisance=debutant&commune=37261"
    )
    page.get_by_label("Nom de l'association").fill("Comité des fêtes")
    page.get_by_label("Note libre").fill("Revoir la question des adhésions en mars.")
    page.get_by_role("button", name="Voir la fiche de recommandations").click()
    page.get_by_role("heading", name=re.compile("Comité des fêtes")).wait_for()
    assert page.locator(".sheet-item").count() == 6
    page.wait_for_load_state("load")  # the print style sheet too
    pdf = page.pdf(format="A4")
    assert 1 <= pdf_page_count(pdf) <= 2


def test_print_and_copy_buttons_are_enhancements(live_server, new_page, catalogue, settings):
    settings.SITE_URL = live_server.url
    page = new_page("desktop")
    page.goto(f"{live_server.url}/visite/fiche/?produits=zoom")
    assert page.get_by_role("button", name="Imprimer la fiche").is_visible()
    assert page.get_by_role("button", name="Copier le lien").is_visible()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_companion_pages_are_accessible(live_server, new_page, catalogue, coordinator, accessible, viewport):
    page = new_page(viewport)
    for path in (
        "/",
        "/visite/",
        f"/visite/fiche/?produits={FIVE_PRODUCTS}&besoins=comptabilite&aisance=debutant&commune=37261",
        "/visite/fiche/?produits=inconnu",
        "/recherche/?q=zoom",
        "/recherche/?q=visio",
        "/recherche/?q=xyzzy",
        "/recherche/",
    ):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        accessible(page)
    # The home page of a coordinator, with its to-do block.
    page.context.add_cookies([])
    from django.test import Client

    client = Client()
    client.force_login(coordinator)
    session_cookie = client.cookies["sessionid"].value
    page.context.add_cookies([{"name": "sessionid", "value": session_cookie, "url": live_server.url}])
    page.goto(f"{live_server.url}/")
    page.get_by_role("heading", name="À faire pour la coordination").wait_for()
    accessible(page)


def test_products_filter_finds_need_words_and_corrects_typos(live_server, new_page, catalogue, accessible):
    page = new_page("phone")
    page.goto(f"{live_server.url}/visite/")
    product_filter = page.get_by_label("Filtrer la liste des produits")
    # A need word: the need's products, though none is named "visio".
    product_filter.fill("visio")
    page.get_by_role("status").filter(has_text="1 produit affiché").wait_for()
    assert page.get_by_label("Zoom (Zoom)").is_visible()
    # A typo: the right product, and a suggestion that fills the field in.
    product_filter.fill("gogle drive")
    page.get_by_label("Google Drive (Google)").wait_for(state="visible")
    page.get_by_label("Zoom (Zoom)").wait_for(state="hidden")
    suggestion = page.get_by_role("link", name="« Google Drive »")
    suggestion.wait_for()
    suggestion.click()
    assert product_filter.input_value() == "google drive"
    accessible(page)


def test_products_filter_works_without_javascript(live_server, new_page, catalogue):
    page = new_page("desktop", java_script_enabled=False)
    page.goto(f"{live_server.url}/visite/?produits=doodle")
    page.get_by_label("Filtrer la liste des produits").fill("watsapp")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**filtre=watsapp**")
    assert page.get_by_label("WhatsApp (Meta)").is_visible()
    assert page.get_by_label("Doodle (Doodle AG)").is_checked()  # the choice made is kept
    assert not page.get_by_label("Zoom (Zoom)").count()
    page.get_by_role("link", name="« WhatsApp »").click()
    page.wait_for_url("**filtre=whatsapp**")
    assert page.get_by_label("Doodle (Doodle AG)").is_checked()
