"""Coordinators' pages: permissions, bad input next to the field, the optimistic lock, the history."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse

from actors.tests.factories import ActorFactory, CommuneFactory
from equipment.models import FundingScheme, Offer, ReferencePrice
from equipment.tests.factories import FundingSchemeFactory, OfferFactory, ReferencePriceFactory

pytestmark = pytest.mark.django_db

PAGES = [
    "equipment:offer_list",
    "equipment:offer_create",
    "equipment:price_list",
    "equipment:price_create",
    "equipment:scheme_list",
    "equipment:scheme_create",
]


@pytest.fixture
def clients(advisor, coordinator):
    """Anonymous, advisor and coordinator, each with its own client (the fixtures share one)."""
    anonymous, advisor_client, coordinator_client = Client(), Client(), Client()
    advisor_client.force_login(advisor)
    coordinator_client.force_login(coordinator)
    return anonymous, advisor_client, coordinator_client


@pytest.mark.parametrize("name", PAGES)
def test_pages_are_for_coordinators_only(clients, name):
    client, advisor_client, coordinator_client = clients
    url = reverse(name)
    response = client.get(url)
    assert response.status_code == 302 and "/compte/login/" in response["Location"]
    assert advisor_client.get(url).status_code == 403
    assert coordinator_client.get(url).status_code == 200


def test_edit_pages_and_verified_button_permissions(clients):
    client, advisor_client, coordinator_client = clients
    offer = OfferFactory(verified_on=datetime.date(2020, 1, 1))
    for url in (
        reverse("equipment:offer_update", args=[offer.pk]),
        reverse("equipment:scheme_update", args=[FundingSchemeFactory().pk]),
    ):
        assert client.get(url).status_code == 302
        assert advisor_client.get(url).status_code == 403
        assert coordinator_client.get(url).status_code == 200
    verified = reverse("equipment:offer_verified", args=[offer.pk])
    assert advisor_client.post(verified).status_code == 403
    assert coordinator_client.post(verified).status_code == 302
    offer.refresh_from_db()
    assert offer.verified_on > datetime.date(2020, 1, 1) and offer.version == 2


def test_the_guide_is_public(client):
    OfferFactory(verified_on=datetime.date.today(), actor=ActorFactory(name="Atelier du réemploi"))
    FundingSchemeFactory(name="FDVA")
    html = client.get(reverse("equipment:guide")).content.decode()
    assert "Financer l'équipement d'une association autrement" in html
    assert "Atelier du réemploi" in html and "FDVA" in html


def scheme_data(**overrides):
    data = {
        "name": "Aide communale",
        "slug": "aide-communale",
        "funder": "Ville de Loches",
        "funder_kind": "commune",
        "purpose": "Petit équipement.",
        "opens_month": "3",
        "closes_month": "5",
        "link": "https://www.example.org/aide",
        "whole_departement": "on",
        "is_published": "on",
    }
    data.update(overrides)
    return data


def test_scheme_inverted_months_are_refused_next_to_the_field(coordinator_client):
    url = reverse("equipment:scheme_create")
    response = coordinator_client.post(url, scheme_data(opens_month="11", closes_month="2"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Le mois de fermeture précède le mois d&#x27;ouverture" in html
    assert 'value="Aide communale"' in html  # input kept
    assert not FundingScheme.objects.exists()
    # Wrapping over the year is said explicitly.
    response = coordinator_client.post(url, scheme_data(opens_month="11", closes_month="2", wraps_year="on"))
    assert response.status_code == 302
    scheme = FundingScheme.objects.get()
    assert scheme.months_label == "de novembre à février (l'année suivante)"


def test_scheme_for_some_communes_needs_one(coordinator_client):
    url = reverse("equipment:scheme_create")
    data = scheme_data()
    data.pop("whole_departement")
    html = coordinator_client.post(url, data).content.decode()
    assert "Choisissez au moins une commune" in html
    loches = CommuneFactory(insee_code="37132", name="Loches")
    data.update(communes=[loches.pk])
    assert coordinator_client.post(url, data).status_code == 302
    assert list(FundingScheme.objects.get().communes.all()) == [loches]


def test_negative_prices_are_refused(coordinator_client):
    actor = ActorFactory()
    data = {
        "actor": actor.pk,
        "kind": Offer.LAPTOP,
        "price_from": "-5",
        "verified_on": "2027-01-05",
        "is_published": "on",
    }
    html = coordinator_client.post(reverse("equipment:offer_create"), data).content.decode()
    assert "Le prix ne peut pas être négatif." in html
    assert not Offer.objects.exists()
    data = {"kind": ReferencePrice.NEW_COMPUTER, "amount": "-1", "observed_on": "2026-12-01", "source": "Devis"}
    html = coordinator_client.post(reverse("equipment:price_create"), data).content.decode()
    assert "Le prix ne peut pas être négatif." in html
    assert not ReferencePrice.objects.exists()
    data["amount"] = "799.90"
    assert coordinator_client.post(reverse("equipment:price_create"), data).status_code == 302


def test_two_coordinators_editing_the_same_price(coordinator_client):
    price = ReferencePriceFactory()
    url = reverse("equipment:price_update", args=[price.pk])
    data = {"kind": price.kind, "amount": "810", "observed_on": "2026-12-01", "source": "Devis", "version_ouverte": "1"}
    assert coordinator_client.post(url, data).status_code == 302
    price.refresh_from_db()
    assert price.amount == 810 and price.version == 2
    # The second one opened the form at version 1: nothing written, input kept, message shown.
    data.update(amount="820")
    response = coordinator_client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Quelqu'un a modifié cette entrée" in html
    assert 'value="820"' in html
    price.refresh_from_db()
    assert price.amount == 810
    # Saving again replaces it (the form now carries the current version).
    data.update(version_ouverte="2")
    assert coordinator_client.post(url, data).status_code == 302
    price.refresh_from_db()
    assert price.amount == 820


def test_history_is_recorded(coordinator_client):
    from auditlog.models import LogEntry

    offer = OfferFactory()
    data = {
        "actor": offer.actor.pk,
        "kind": offer.kind,
        "price_from": "120",
        "verified_on": "2027-01-05",
        "is_published": "on",
        "version_ouverte": "1",
    }
    assert coordinator_client.post(reverse("equipment:offer_update", args=[offer.pk]), data).status_code == 302
    assert LogEntry.objects.get_for_object(offer).count() >= 2


def test_actor_page_shows_only_current_offers(client):
    actor = ActorFactory(name="Atelier du réemploi")
    OfferFactory(actor=actor, price_from=150, verified_on=datetime.date.today())
    OfferFactory(actor=actor, price_from=40, verified_on=datetime.date(2020, 1, 1))
    html = client.get(actor.get_absolute_url()).content.decode()
    assert "Matériel reconditionné" in html
    assert "à partir de 150 €" in html and "40 €" not in html


def _checked(html, name, value):
    """Whether the checkbox `name`=`value` is on the page, and ticked."""
    match = re.search(rf'<input type="checkbox" name="{name}" value="{re.escape(str(value))}"[^>]*>', html)
    assert match, f"no checkbox {name}={value}"
    return re.search(r"\schecked[\s>]", match.group(0)) is not None


def test_scheme_communes_are_checkboxes_grouped_by_intercommunality(coordinator_client):
    loches = CommuneFactory(
        insee_code="37132", name="Loches", epci_code="200043156", epci_name="CC Loches Sud Touraine"
    )
    CommuneFactory(insee_code="37100", name="Perrusson", epci_code="200043156", epci_name="CC Loches Sud Touraine")
    html = coordinator_client.get(reverse("equipment:scheme_create")).content.decode()
    assert "<select multiple" not in html and '<select name="communes"' not in html
    assert "Ctrl" not in html and "Cmd" not in html
    assert not _checked(html, "communes", loches.pk)
    assert not _checked(html, "communes", "epci:200043156")
    assert "Toutes les communes de CC Loches Sud Touraine" in html
    assert "actors/communes.js" in html and "actors/actors.css" in html
    # The other kinds' forms do not load them.
    html = coordinator_client.get(reverse("equipment:price_create")).content.decode()
    assert "actors/communes.js" not in html


def test_scheme_saves_communes_and_a_whole_intercommunality_and_keeps_them_on_error(coordinator_client):
    tours = CommuneFactory(insee_code="37261", name="Tours")
    amboise = CommuneFactory(insee_code="37003", name="Amboise")
    loches = CommuneFactory(
        insee_code="37132", name="Loches", epci_code="200043156", epci_name="CC Loches Sud Touraine"
    )
    perrusson = CommuneFactory(
        insee_code="37100", name="Perrusson", epci_code="200043156", epci_name="CC Loches Sud Touraine"
    )
    CommuneFactory(insee_code="37050", name="Chinon", epci_code="200045316", epci_name="CC Chinon Vienne et Loire")
    url = reverse("equipment:scheme_create")
    data = scheme_data(communes=[tours.pk, amboise.pk, "epci:200043156"])
    data.pop("whole_departement")
    # An error elsewhere: the ticked boxes stay ticked, the message next to its field.
    response = coordinator_client.post(url, {**data, "opens_month": "11", "closes_month": "2"})
    html = response.content.decode()
    assert response.status_code == 200 and not FundingScheme.objects.exists()
    assert "Le mois de fermeture précède le mois d&#x27;ouverture" in html
    assert _checked(html, "communes", tours.pk) and _checked(html, "communes", amboise.pk)
    assert _checked(html, "communes", "epci:200043156")
    assert not _checked(html, "communes", "epci:200045316")
    assert "Communes choisies (4)" in html
    # An unknown value is refused in French next to the field, the rest kept.
    html = coordinator_client.post(url, {**data, "communes": [tours.pk, "epci:999999999"]}).content.decode()
    assert "Cette commune n&#x27;est pas dans la liste" in html and _checked(html, "communes", tours.pk)
    assert not FundingScheme.objects.exists()
    assert coordinator_client.post(url, data).status_code == 302
    scheme = FundingScheme.objects.get()
    assert set(scheme.communes.all()) == {tours, amboise, loches, perrusson}
    # The edit page shows them ticked.
    html = coordinator_client.get(reverse("equipment:scheme_update", args=[scheme.pk])).content.decode()
    assert all(_checked(html, "communes", commune.pk) for commune in (tours, amboise, loches, perrusson))
