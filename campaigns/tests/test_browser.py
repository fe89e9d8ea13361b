"""Browser checks: a poster printed to PDF by Chromium (one A4 page, its QR code pointing to the session
with the town hall's channel code), a registration through that link counted in the report, and the
widgets framed by another origin (rendered, axe-clean) while any other page refuses to be framed.

How the QR code is checked: no QR decoder is installed (a pure-Python decoder is not trivial, and
adding a native one such as zxing-cpp for one test is not worth a dependency). The test reads the
modules drawn in the printed page's SVG and compares them, module by module, with the QR code that
segno builds independently for the expected address: equal matrices mean the printed code encodes
exactly that address (and a different address, without the channel, gives a different matrix).
"""

import http.server
import re
import threading

import pytest
from django.conf import settings

from actors.tests.factories import ActorFactory
from campaigns.tests.factories import CampaignFactory, StepFactory, TownHallFactory
from campaigns.tests.test_kit import expected_matrix, qr_matrix_from_svg
from trainings import services as training_services
from trainings.models import Registration
from trainings.tests.factories import SessionFactory, TrainingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

A4_POINTS = (595, 842)  # 210 × 297 mm


def pdf_pages(pdf_bytes):
    return re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf_bytes)


def pdf_media_boxes(pdf_bytes):
    return [
        tuple(round(float(value)) for value in box.split()[2:4])
        for box in re.findall(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", pdf_bytes)
    ]


def test_print_a_poster_scan_its_link_register_and_count_it(live_server, new_page, coordinator, login_in_browser,
                                                            loches, accessible):  # fmt: skip
    campaign = CampaignFactory(communes=[loches], title="Numérique libre dans le Lochois")
    TownHallFactory(commune=loches)
    session = SessionFactory(commune=loches, training=TrainingFactory(title="Communiquer avec des outils libres"))
    page = new_page("desktop")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("button", name="Se déconnecter").wait_for()

    page.goto(f"{live_server.url}/campagnes/{campaign.slug}/kit/{session.pk}/")
    page.get_by_label("Mairie de").select_option("37132")
    page.get_by_role("button", name="Préparer le kit").click()
    page.get_by_role("heading", name="Pour la mairie de Loches").wait_for()
    accessible(page)
    page.get_by_role("link", name="Affiche A4 à imprimer").click()
    page.get_by_role("heading", name="Communiquer avec des outils libres").wait_for()
    accessible(page)

    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    assert pdf.startswith(b"%PDF")
    assert len(pdf_pages(pdf)) == 1
    assert pdf_media_boxes(pdf) == [A4_POINTS]

    link = settings.SITE_URL.rstrip("/") + session.get_absolute_url() + "?canal=mairie-37132"
    svg = page.locator("svg.qr").evaluate("element => element.outerHTML")
    assert qr_matrix_from_svg(svg) == expected_matrix(link)
    assert page.get_by_text(link).is_visible()

    # The flyer: one A5 page.
    page.goto(f"{live_server.url}/campagnes/{campaign.slug}/kit/{session.pk}/flyer/?commune=37132")
    flyer = page.pdf(prefer_css_page_size=True)
    assert len(pdf_pages(flyer)) == 1 and pdf_media_boxes(flyer) == [(420, 595)]

    # Someone scans the code: the same address on this server, then registers.
    visitor = new_page("phone")
    visitor.goto(live_server.url + link.removeprefix(settings.SITE_URL.rstrip("/")))
    visitor.locator("#id_first_name").fill("Camille")
    visitor.locator("#id_last_name").fill("Durand")
    visitor.get_by_label("Courriel").fill("camille@example.org")
    visitor.get_by_label("J'accepte").check()
    visitor.get_by_role("button", name="S'inscrire").click()
    visitor.get_by_role("heading", name=re.compile("messagerie|courriel", re.I)).first.wait_for()
    registration = Registration.objects.get()
    assert registration.channel == "mairie-37132"
    training_services.registration_confirm(registration=registration)  # the link of the e-mail

    page.goto(f"{live_server.url}/campagnes/{campaign.slug}/bilan/")
    row = page.get_by_role("row", name=re.compile("Mairie de Loches"))
    assert row.get_by_role("cell").nth(1).inner_text() == "1"
    accessible(page)


def test_print_a_step_poster_with_the_campaign_link(live_server, new_page, coordinator, login_in_browser, loches,
                                                   accessible):  # fmt: skip
    """A step with no session: its poster is one A4 page whose QR code leads to the campaign's page with the
    town hall's channel code; that page keeps the code in its links to the sessions."""
    campaign = CampaignFactory(communes=[loches], title="Numérique libre dans le Lochois")
    step = StepFactory(campaign=campaign, title="Soirée d'interconnaissance", description="Faire connaissance. " * 40)
    step.actors.set([ActorFactory(name="Ligue de l'enseignement d'Indre-et-Loire")])
    session = SessionFactory(commune=loches)
    page = new_page("desktop")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("button", name="Se déconnecter").wait_for()

    page.goto(live_server.url + campaign.get_absolute_url())
    page.get_by_role("link", name=re.compile("Kit mairie de l'étape")).click()
    page.get_by_label("Mairie de").select_option("37132")
    page.get_by_role("button", name="Préparer le kit").click()
    page.get_by_role("heading", name="Pour la mairie de Loches").wait_for()
    accessible(page)
    page.get_by_role("link", name="Affiche A4 à imprimer").click()
    page.get_by_role("heading", name="Soirée d'interconnaissance").wait_for()
    accessible(page)

    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    assert len(pdf_pages(pdf)) == 1
    assert pdf_media_boxes(pdf) == [A4_POINTS]
    link = settings.SITE_URL.rstrip("/") + campaign.get_absolute_url() + "?canal=mairie-37132"
    svg = page.locator("svg.qr").evaluate("element => element.outerHTML")
    assert qr_matrix_from_svg(svg) == expected_matrix(link)
    assert page.get_by_text(link).is_visible()

    page.goto(f"{live_server.url}/campagnes/{campaign.slug}/etapes/{step.pk}/kit/flyer/?commune=37132")
    flyer = page.pdf(prefer_css_page_size=True)
    assert len(pdf_pages(flyer)) == 1 and pdf_media_boxes(flyer) == [(420, 595)]

    visitor = new_page("phone")
    visitor.goto(live_server.url + link.removeprefix(settings.SITE_URL.rstrip("/")))
    href = visitor.locator("#sessions-titre ~ ul a").first.get_attribute("href")
    assert href == session.get_absolute_url() + "?canal=mairie-37132"


@pytest.fixture
def partner_site():
    """A partner's site: another origin (127.0.0.1, the portal runs on localhost), served by a real server
    on the loopback (Chromium's local-network checks refuse a page it cannot place framing localhost)."""
    pages = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", pages
    server.shutdown()
    server.server_close()


def test_a_widget_framed_by_another_origin_renders_and_other_pages_refuse(
    live_server, new_page, loches, accessible, partner_site
):
    SessionFactory(commune=loches, training=TrainingFactory(title="Atelier outils libres"))
    page = new_page("desktop")
    assert live_server.url.startswith("http://localhost:")
    origin, pages = partner_site
    pages["/"] = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title></head><body>
      <main><h1>Site d'un partenaire</h1>
      <iframe id="widget" title="Prochaines formations" src="{live_server.url}/widgets/formations/?commune=37132"
        width="400" height="360"></iframe>
      <iframe id="home" title="Accueil du portail" src="{live_server.url}/" width="400" height="360"></iframe>
      <iframe id="actions" title="Actions" src="{live_server.url}/actions/" width="400" height="360"></iframe>
      </main></body></html>"""
    refused = []
    page.on("console", lambda message: refused.append(message.text))
    page.goto(origin + "/")
    widget = page.frame_locator("#widget")
    widget.get_by_role("heading", name="Prochaines formations à Loches").wait_for()
    assert widget.get_by_role("link", name=re.compile("Atelier outils libres")).count() == 1
    frame = next(frame for frame in page.frames if "/widgets/formations/" in frame.url)
    accessible(frame)
    for name in ("home", "actions"):
        blocked = page.frame_locator(f"#{name}")
        assert blocked.get_by_role("link", name="Aller au contenu").count() == 0
    page.wait_for_timeout(300)
    assert sum("frame-ancestors" in text or "X-Frame-Options" in text for text in refused) >= 2, refused


def test_campaign_pages_are_accessible_and_the_form_keeps_choices(live_server, new_page, coordinator,
                                                                  login_in_browser, loches, ligueil, accessible):  # fmt: skip
    campaign = CampaignFactory(communes=[loches], title="Campagne du Lochois")
    page = new_page("phone")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("button", name="Se déconnecter").wait_for()
    page.goto(f"{live_server.url}/campagnes/nouvelle/")
    page.locator("#id_title").fill("Sans date de fin")
    page.get_by_label(re.compile(r"^\s*Ligueil \(")).check()
    page.get_by_label(re.compile(r"^\s*Loches \(")).check()
    page.locator("#id_ends_on").fill("")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Indiquez la date de fin.").first.wait_for()
    assert (
        page.get_by_label(re.compile(r"^\s*Ligueil \(")).is_checked()
        and page.get_by_label(re.compile(r"^\s*Loches \(")).is_checked()
    )
    assert page.locator("#id_title").input_value() == "Sans date de fin"
    accessible(page)
    for path in (campaign.get_absolute_url(), "/actions/", "/integrer/", f"/campagnes/{campaign.slug}/mairies/",
                 f"/campagnes/{campaign.slug}/bilan/"):  # fmt: skip
        page.goto(live_server.url + path)
        page.locator("h1").wait_for()
        accessible(page)


def test_action_form_on_a_phone_filters_carriers_and_keeps_ticked_choices(
    live_server, new_page, coordinator, login_in_browser, loches, accessible
):
    from campaigns.models import Action

    ActorFactory(name="Atelier du Lochois")
    ActorFactory(name="Maison des associations")
    page = new_page("phone")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("button", name="Se déconnecter").wait_for()
    page.goto(f"{live_server.url}/actions/nouvelle/")
    page.locator("#id_title").fill("Stand au marché")
    page.locator("#id_starts_on").fill("2026-05-02")
    page.locator("#id_ends_on").fill("2026-05-01")  # before the start: refused
    page.locator("summary", has_text="Sans intercommunalité renseignée").click()
    page.get_by_label("Loches", exact=True).check()
    # The carriers' filter box (tools_catalog/manage.js) narrows the list; a tick survives the filter.
    filter_box = page.locator("[data-ignorer]").last
    filter_box.fill("lochois")
    assert page.get_by_label("Maison des associations").is_hidden()
    page.get_by_label("Atelier du Lochois").check()
    filter_box.fill("")
    page.get_by_text("Choisis (1) : Atelier du Lochois").wait_for()
    accessible(page)
    page.get_by_role("button", name="Enregistrer").click()
    page.locator("#error-summary").wait_for()
    assert "La fin doit être" in page.content() and not Action.objects.exists()
    assert page.get_by_label("Loches", exact=True).is_checked()
    assert page.get_by_label("Atelier du Lochois").is_checked()
    assert page.locator("#id_title").input_value() == "Stand au marché"
    accessible(page)
