"""Browser journey: an advisor on a tablet fills the visit's "Équipement" part and prints the sheet."""

import re
from decimal import Decimal

import pytest

from actors.tests.factories import ActorFactory, CommuneFactory
from equipment.models import Offer, ReferencePrice
from equipment.tests.factories import FundingSchemeFactory, OfferFactory, ReferencePriceFactory
from tools_catalog.tests.factories import EquivalenceFactory, ProprietaryProductFactory, ToolFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pdf_page_count(pdf_bytes):
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf_bytes))


@pytest.fixture
def equipment_data(frozen_clock):
    CommuneFactory(insee_code="37132", name="Loches", postal_code="37600", latitude="47.12870", longitude="0.99530")
    actor = ActorFactory(name="Recyclerie du Lochois", commune="Loches", latitude="47.13000", longitude="0.99000")
    windows = ProprietaryProductFactory(name="Microsoft Windows", slug="windows", vendor="Microsoft")
    mint = ToolFactory(name="Linux Mint", slug="linux-mint", summary="Système libre, proche de Windows.")
    EquivalenceFactory(product=windows, tool=mint, migration_steps="1. Sauvegarder.\n2. Essayer depuis une clé USB.")
    OfferFactory(actor=actor, kind=Offer.LAPTOP, price_from=Decimal("150"), warranty_months=12)
    ReferencePriceFactory(kind=ReferencePrice.NEW_COMPUTER, amount=Decimal("800"))
    ReferencePriceFactory(kind=ReferencePrice.LICENCES, amount=Decimal("100"))
    ReferencePriceFactory(kind=ReferencePrice.SUBSCRIPTIONS, amount=Decimal("50"))
    FundingSchemeFactory(name="FDVA — fonctionnement et projets innovants", funder="État")


def test_equipment_journey_on_a_tablet(live_server, new_page, equipment_data, settings, accessible):
    settings.SITE_URL = live_server.url
    page = new_page("tablet")
    page.goto(f"{live_server.url}/visite/")
    page.get_by_label("Nombre d'ordinateurs").fill("3")
    page.get_by_label("Windows 10").check()
    page.get_by_label("Plus de 7 ans").check()
    page.get_by_label("Une subvention est demandée pour l'achat").check()
    page.get_by_label("Subvention demandée à").select_option("etat")
    page.get_by_label("Commune de l'association").select_option(label="Loches (37600)")
    accessible(page)
    page.get_by_role("button", name="Voir la fiche de recommandations").click()

    page.get_by_role("heading", name="Avant d'acheter du neuf").wait_for()
    section = page.locator("#avant-d-acheter").inner_text()
    assert "Linux Mint" in section
    assert "Recyclerie du Lochois" in section and "à partir de 150 €" in section
    assert "FDVA — fonctionnement et projets innovants" in section
    assert "Financements ouverts en février 2027" in section
    paragraph = page.locator("#paragraphe-subvention").inner_text()
    assert "3 ordinateurs reconditionnés chez Recyclerie du Lochois" in paragraph
    # The copy button (an enhancement): copied, or selected when the browser refuses the clipboard.
    page.get_by_role("button", name="Copier le paragraphe").click()
    status = page.locator('[data-copy-status="paragraphe-subvention"]')
    status.filter(has_text=re.compile("Copié|Sélectionné")).wait_for()
    accessible(page)

    page.wait_for_load_state("load")  # the print style sheet too
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    assert 1 <= pdf_page_count(pdf) <= 2

    # The shared link on a phone: nothing wider than the screen.
    share_url = page.locator("[data-share-url]").input_value()
    assert "ordinateurs=3" in share_url and "systemes=windows-10" in share_url
    phone = new_page("phone")
    phone.goto(share_url)
    phone.get_by_role("heading", name="Avant d'acheter du neuf").wait_for()
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    accessible(phone)


def test_guide_and_management_pages_are_accessible(
    live_server, new_page, equipment_data, coordinator, login_in_browser, accessible
):
    page = new_page("phone")
    page.goto(f"{live_server.url}/equipement/financer/")
    page.get_by_role("heading", name="Financer l'équipement d'une association autrement").wait_for()
    accessible(page)
    pdf = page.pdf(format="A4")
    assert 1 <= pdf_page_count(pdf) <= 2
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("heading", name=re.compile("Coordination|coordination")).first.wait_for()
    for path, heading in (
        ("/equipement/gestion/offres/", "Offres de matériel reconditionné"),
        ("/equipement/gestion/dispositifs/ajouter/", "Ajouter un dispositif"),
    ):
        page.goto(live_server.url + path)
        page.get_by_role("heading", name=heading, exact=True).wait_for()
        accessible(page)
