"""The sheet's "Avant d'acheter du neuf" for the main equipment profiles, with a frozen clock (10 February 2027)."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from actors.tests.factories import ActorFactory, CommuneFactory
from core.testing import count_queries
from equipment.models import Offer, ReferencePrice
from equipment.tests.factories import FundingSchemeFactory, OfferFactory, ReferencePriceFactory
from tools_catalog.tests.factories import EquivalenceFactory, ProprietaryProductFactory, ToolFactory

pytestmark = pytest.mark.django_db

LOCHES = "37132"


@pytest.fixture
def territory(frozen_clock):
    loches = CommuneFactory(insee_code=LOCHES, name="Loches", latitude="47.12870", longitude="0.99530")
    other = CommuneFactory(insee_code="37050", name="Chinon", latitude="47.16700", longitude="0.24200")
    near = ActorFactory(name="Recyclerie du Lochois", commune="Loches", latitude="47.13000", longitude="0.99000")
    far = ActorFactory(name="Informatique participative", commune="Tours")
    windows = ProprietaryProductFactory(name="Microsoft Windows", slug="windows")
    mint = ToolFactory(name="Linux Mint", slug="linux-mint", summary="Système libre, proche de Windows.")
    EquivalenceFactory(product=windows, tool=mint, migration_steps="1. Sauvegarder.\n2. Essayer depuis une clé USB.")
    OfferFactory(actor=near, kind=Offer.LAPTOP, price_from=Decimal("150"), system_installed="Linux Mint")
    OfferFactory(actor=far, kind=Offer.COMPUTER, price_from=Decimal("90"), warranty_months=6)
    OfferFactory(actor=far, kind=Offer.PHONE, price_from=Decimal("70"), system_installed="/e/OS")
    stale = OfferFactory(
        actor=near, kind=Offer.COMPUTER, price_from=Decimal("40"), verified_on=datetime.date(2026, 8, 9)
    )
    OfferFactory(actor=ActorFactory(name="Acteur caché", is_published=False), price_from=Decimal("10"))
    ReferencePriceFactory(kind=ReferencePrice.NEW_COMPUTER, amount=Decimal("800"))
    ReferencePriceFactory(
        kind=ReferencePrice.NEW_COMPUTER, amount=Decimal("700"), observed_on=datetime.date(2025, 1, 1)
    )
    ReferencePriceFactory(kind=ReferencePrice.LICENCES, amount=Decimal("100"), source="Tarif éditeur")
    ReferencePriceFactory(kind=ReferencePrice.SUBSCRIPTIONS, amount=Decimal("50"))
    FundingSchemeFactory(name="FDVA fonctionnement", opens_month=1, closes_month=3)
    FundingSchemeFactory(name="Appel de printemps", opens_month=4, closes_month=6)
    FundingSchemeFactory(name="Appel d'hiver", opens_month=11, closes_month=2, wraps_year=True)
    FundingSchemeFactory(name="Campagne close", closes_on=datetime.date(2027, 2, 1))
    local = FundingSchemeFactory(name="Aide de la ville de Loches", whole_departement=False)
    local.communes.set([loches])
    elsewhere = FundingSchemeFactory(name="Aide de Chinon", whole_departement=False)
    elsewhere.communes.set([other])
    return {"stale": stale}


def sheet(client, query):
    response = client.get(reverse("visit_sheet") + "?" + query)
    assert response.status_code == 200
    return response.content.decode()


def test_windows_10_and_a_planned_purchase(client, territory):
    html = sheet(client, f"commune={LOCHES}&ordinateurs=3&systemes=windows-10&achat=subvention&financeur=etat")
    assert "Avant d'acheter du neuf" in html
    assert "Linux Mint</a></strong> à la place de Microsoft Windows" in html
    assert "Essayer depuis une clé USB" in html
    # Offers nearest first (SQL), stale and hidden ones never shown as current.
    assert html.index("Recyclerie du Lochois") < html.index("Informatique participative")
    assert "à partir de 150 €" in html and "à partir de 90 €" in html
    assert "40 €" not in html and "Acteur caché" not in html
    assert "/e/OS" not in html  # phones only for a phones-only association
    assert "Vérifié le 5 janvier 2027" in html
    # Three years for 3 computers: 3 × 800 + 3 × 3 × (100 + 50) vs 3 × 90 (the cheapest offer shown).
    assert "3750 €" in html and "270 €" in html
    assert "relevé le 1 décembre 2026 (Tarif éditeur)" in html or "Tarif éditeur" in html
    # Schemes open in February 2027 for Loches.
    assert "Financements ouverts en février 2027" in html
    for name in ("FDVA fonctionnement", "Appel d&#x27;hiver", "Aide de la ville de Loches"):
        assert name in html
    for name in ("Appel de printemps", "Campagne close", "Aide de Chinon"):
        assert name not in html
    assert "3 ordinateurs reconditionnés chez Recyclerie du Lochois" in html
    assert "une demi-journée de prise en main" in html


def test_phones_only(client, territory):
    html = sheet(client, f"commune={LOCHES}&systemes=mobiles&achat=prevu")
    assert "Avant d'acheter du neuf" in html
    assert "/e/OS" in html and "à partir de 70 €" in html
    assert "à partir de 150 €" not in html
    assert "Coût sur trois ans" not in html
    assert "téléphones ou tablettes reconditionnés chez Informatique participative" in html


def test_no_plan_and_no_windows_10_has_no_section(client, territory):
    html = sheet(client, "systemes=windows-11,linux&achat=aucun&ordinateurs=2")
    assert "Avant d'acheter du neuf" not in html
    assert "Ordinateurs : 2" in html  # the equipment answers are in the sheet's profile
    assert "Windows 11, Linux" in html


def test_bad_equipment_values_are_named_on_the_sheet_and_the_form(client, territory):
    html = sheet(client, "ordinateurs=900&systemes=beos&achat=leasing")
    assert "entre 0 et 500" in html
    assert "Un système indiqué n&#x27;est pas dans la liste" in html
    form = client.get(reverse("visit") + "?ordinateurs=900&systemes=windows-10,beos").content.decode()
    assert "entre 0 et 500" in form
    assert 'value="windows-10" id="systemes-windows-10" checked' in form


def test_share_link_keeps_the_equipment_part(client, territory):
    html = sheet(client, "ordinateurs=3&systemes=windows-10&achat=prevu")
    assert "ordinateurs=3&amp;systemes=windows-10&amp;achat=prevu" in html


def test_stale_offer_is_flagged_for_coordinators(coordinator_client, territory):
    html = coordinator_client.get(reverse("coordination")).content.decode()
    assert "1 offre de reconditionné à vérifier" in html
    assert "1 dispositif de financement dont la date est passée" in html
    page = coordinator_client.get(reverse("equipment:offer_list")).content.decode()
    assert "à vérifier, plus montrée" in page


def test_constant_queries_whatever_the_number_of_rows(client, territory):
    query = f"commune={LOCHES}&ordinateurs=3&systemes=windows-10,macos&achat=prevu&produits=windows"
    small = count_queries(lambda: client.get(reverse("visit_sheet") + "?" + query))
    for index in range(12):
        actor = ActorFactory()
        OfferFactory(actor=actor)
        OfferFactory(actor=actor, kind=Offer.COMPUTER)
        FundingSchemeFactory()
        ReferencePriceFactory(kind=ReferencePrice.RECONDITIONED, amount=Decimal(100 + index))
    large = count_queries(lambda: client.get(reverse("visit_sheet") + "?" + query))
    assert small == large
    print(f"sheet with equipment: {large} queries")
