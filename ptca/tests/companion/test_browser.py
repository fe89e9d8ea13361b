"""Browser tests of the companion: the visit journey on a tablet, print preview, accessibility."""

import re
import zlib

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIVE_PRODUCTS = "zoom,google-drive,doodle,whatsapp,facebook"


def pdf_page_count(pdf_bytes):
    """Number of pages of a PDF: its /Type /Page objects (not /Pages)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf_bytes))


def pdf_text_sizes(pdf_bytes):
    """The size in points of the text drawn on each page of a Chromium (Skia) PDF.

    Skia draws a page with two scale matrices ("cm") before the text: CSS pixels to points (0.75)
    times the print shrink factor; a "Tf" gives the font size in CSS pixels. When a line is too wide
    for the page, Chromium shrinks the whole sheet: the factor, hence every size, drops.
    """
    sizes = []
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf_bytes, re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            continue
        if b" Tf" not in content:
            continue
        scales = [float(a) for a in re.findall(rb"(-?[\d.]+) 0 0 -?[\d.]+ -?[\d.]+ -?[\d.]+ cm", content)[:2]]
        zoom = abs(scales[0] * scales[1]) if len(scales) == 2 else 0
        sizes.extend(float(size) * zoom for size in re.findall(rb"/F\d+ ([\d.]+) Tf", content))
    return sizes


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
    # The coordination space, with its to-do block.
    page.context.add_cookies([])
    from django.test import Client

    client = Client()
    client.force_login(coordinator)
    session_cookie = client.cookies["sessionid"].value
    page.context.add_cookies([{"name": "sessionid", "value": session_cookie, "url": live_server.url}])
    page.goto(f"{live_server.url}/coordination/")
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
    page.get_by_label("WhatsApp (Meta)").wait_for()  # the form is posted: the filter is not in the address
    assert page.get_by_label("WhatsApp (Meta)").is_visible()
    assert page.get_by_label("Doodle (Doodle AG)").is_checked()  # the choice made is kept
    assert not page.get_by_label("Zoom (Zoom)").count()
    page.get_by_role("link", name="« WhatsApp »").click()
    page.wait_for_url("**filtre=whatsapp**")
    assert page.get_by_label("Doodle (Doodle AG)").is_checked()


def test_six_products_print_readable_on_two_pages_without_a_note(live_server, new_page, catalogue, settings):
    """The long address at the foot wraps: Chromium does not shrink the sheet to fit it."""
    from tools_catalog.tests.factories import EquivalenceFactory, ProprietaryProductFactory

    # Slugs without hyphens: the query string of the share link has no place to break.
    for name, slug in (("Dropbox", "dropbox"), ("Typeform", "typeform")):
        EquivalenceFactory(product=ProprietaryProductFactory(name=name, slug=slug), tool=catalogue["tools"]["jitsi"])
    settings.SITE_URL = live_server.url
    page = new_page("desktop")
    page.goto(
        f"{live_server.url}/visite/?produits=zoom,doodle,whatsapp,facebook,dropbox,typeform"
        "&equipe=benevoles&budget=aucun&aisance=debutant&commune=37261"
    )
    page.get_by_role("button", name="Voir la fiche de recommandations").click()
    page.get_by_role("heading", name=re.compile("Fiche de visite")).wait_for()
    assert page.locator(".sheet-item").count() == 6
    page.wait_for_load_state("load")
    pdf = page.pdf(format="A4")
    assert 1 <= pdf_page_count(pdf) <= 2
    sizes = pdf_text_sizes(pdf)
    assert sizes, "no text found in the PDF"
    body = sorted(sizes)[len(sizes) // 2]
    # The print style sheet sets 8.6pt for the text, 7.5pt for the smallest: no shrink at all
    # (an address or a caption wider than the page made Chromium print at 90% or less).
    assert body >= 8.5, f"text printed at {body:.2f}pt"
    assert min(sizes) >= 7.4, f"smallest text printed at {min(sizes):.2f}pt"
    # At the printable width of an A4 page (188 mm), nothing is wider than the page.
    page.set_viewport_size({"width": 710, "height": 1000})
    page.emulate_media(media="print")
    assert page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_phone_sheet_summary_jumps_to_folded_details(live_server, new_page, catalogue, settings):
    settings.SITE_URL = live_server.url
    page = new_page("phone")
    page.goto(f"{live_server.url}/visite/fiche/?produits={FIVE_PRODUCTS}&besoins=comptabilite")
    summary = page.get_by_role("navigation", name="En résumé")
    assert summary.is_visible()
    assert summary.get_by_role("listitem").count() == 6
    folds = page.locator("[data-sheet-fold]")
    page.wait_for_function("() => !document.querySelector('[data-sheet-fold]').open")
    assert folds.count() == 6
    assert page.evaluate("() => [...document.querySelectorAll('[data-sheet-fold]')].every(d => !d.open)")
    summary.get_by_role("link", name="Doodle").click()
    page.wait_for_url("**#fiche-produit-doodle")
    assert page.locator("#fiche-produit-doodle [data-sheet-fold]").evaluate("d => d.open")
    assert page.locator("#fiche-produit-doodle").get_by_text("Framadate").first.is_visible()
    assert not page.locator("#fiche-produit-zoom [data-sheet-fold]").evaluate("d => d.open")
    # Before printing every fold opens (Chromium prints a closed <details> closed), then closes back.
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate("() => [...document.querySelectorAll('[data-sheet-fold]')].every(d => d.open)")
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert not page.locator("#fiche-produit-zoom [data-sheet-fold]").evaluate("d => d.open")
    # Without JavaScript every detail is there, open.
    no_js = new_page("phone", java_script_enabled=False)
    no_js.goto(f"{live_server.url}/visite/fiche/?produits={FIVE_PRODUCTS}&besoins=comptabilite")
    assert no_js.locator("#fiche-produit-zoom").get_by_text("Jitsi Meet").first.is_visible()
    assert no_js.locator("details[data-sheet-fold][open]").count() == 6


def test_step_one_counts_the_chosen_products_live(live_server, new_page, catalogue):
    from tools_catalog.tests.factories import ProprietaryProductFactory

    for index in range(6):
        ProprietaryProductFactory(name=f"Logiciel {index}", slug=f"logiciel-{index}", vendor="Éditeur")
    page = new_page("phone")
    page.goto(f"{live_server.url}/visite/")
    count = page.locator("[data-visit-count]")
    assert count.inner_text() == "Aucun produit choisi (10 au plus)."
    page.get_by_label("Zoom (Zoom)").check()
    assert count.inner_text() == "1 produit choisi sur 10 au plus."
    boxes = page.locator("input[name=produits]")
    assert boxes.count() == 11
    for index in range(11):
        boxes.nth(index).check()
    assert count.inner_text() == "11 produits choisis : une fiche en compte au plus 10. Décochez-en 1."
    # Sending is held back, the count takes the focus.
    page.get_by_role("button", name="Voir la fiche de recommandations").click()
    assert page.url == f"{live_server.url}/visite/"
    assert page.evaluate("() => document.activeElement.hasAttribute('data-visit-count')")
    boxes.nth(0).uncheck()
    assert count.inner_text() == "10 produits choisis sur 10 au plus."
    page.get_by_role("button", name="Voir la fiche de recommandations").click()
    page.get_by_role("heading", name=re.compile("Fiche de visite")).wait_for()
    assert page.locator(".sheet-item").count() == 10
