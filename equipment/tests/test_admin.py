"""The admin, a last resort, saves through equipment.services: the version moves on every path."""

import pytest
from django.test import Client
from django.urls import reverse

from core.tests.pages import form_data
from equipment.admin import STALE_MESSAGE
from equipment.models import Offer, ReferencePrice
from equipment.tests.factories import FundingSchemeFactory, OfferFactory, ReferencePriceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_as_coordinator(coordinator):
    coordinator.is_staff = True
    coordinator.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(coordinator)
    return client


def admin_form(client, url):
    page = client.get(url)
    assert page.status_code == 200
    return form_data(page, f"{page.context['opts'].model_name}_form")


def test_a_price_saved_in_the_admin_makes_a_stale_front_end_save_fail(admin_client_as_coordinator, coordinator_client):
    price = ReferencePriceFactory(amount=800)
    admin_url = reverse("admin:equipment_referenceprice_change", args=[price.pk])
    data = admin_form(admin_client_as_coordinator, admin_url)
    assert data["version_ouverte"] == "1"
    data["amount"] = "810"
    assert admin_client_as_coordinator.post(admin_url, data).status_code == 302
    price.refresh_from_db()
    assert price.amount == 810 and price.version == 2
    # The front-end form opened at version 1 is refused, nothing written.
    front = {
        "kind": price.kind,
        "amount": "830",
        "observed_on": "2026-12-01",
        "source": "Devis",
        "version_ouverte": "1",
    }
    response = coordinator_client.post(reverse("equipment:price_update", args=[price.pk]), front)
    assert response.status_code == 200 and "Quelqu'un a modifié cette entrée" in response.content.decode()
    price.refresh_from_db()
    assert price.amount == 810


def test_an_admin_save_over_a_newer_front_end_save_is_refused_and_keeps_the_input(
    admin_client_as_coordinator, coordinator_client
):
    offer = OfferFactory(note="")
    admin_url = reverse("admin:equipment_offer_change", args=[offer.pk])
    data = admin_form(admin_client_as_coordinator, admin_url)
    front_url = reverse("equipment:offer_update", args=[offer.pk])
    front = form_data(coordinator_client.get(front_url))
    front["note"] = "Saisi sur le site"
    assert coordinator_client.post(front_url, front).status_code == 302
    data["note"] = "Corrigé dans l'administration"
    response = admin_client_as_coordinator.post(admin_url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [STALE_MESSAGE]
    assert "Corrigé dans l&#x27;administration" in response.content.decode()
    offer.refresh_from_db()
    assert offer.note == "Saisi sur le site" and offer.version == 2


def test_the_admin_applies_the_coordinators_rules(admin_client_as_coordinator):
    scheme = FundingSchemeFactory(whole_departement=True)
    admin_url = reverse("admin:equipment_fundingscheme_change", args=[scheme.pk])
    data = admin_form(admin_client_as_coordinator, admin_url)
    data.pop("whole_departement", None)  # unticked, and no commune chosen
    response = admin_client_as_coordinator.post(admin_url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["communes"] == [
        "Choisissez au moins une commune, ou cochez « tout le département »."
    ]
    scheme.refresh_from_db()
    assert scheme.whole_departement and scheme.version == 1


def test_an_offer_added_in_the_admin_goes_through_the_service(admin_client_as_coordinator):
    offer = OfferFactory()
    data = admin_form(admin_client_as_coordinator, reverse("admin:equipment_offer_add"))
    data.update(actor=str(offer.actor_id), kind=Offer.LAPTOP, price_from="-5", verified_on="2027-01-05")
    response = admin_client_as_coordinator.post(reverse("admin:equipment_offer_add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["price_from"] == ["Le prix ne peut pas être négatif."]
    assert Offer.objects.count() == 1
    data["price_from"] = "120"
    assert admin_client_as_coordinator.post(reverse("admin:equipment_offer_add"), data).status_code == 302
    assert Offer.objects.count() == 2 and Offer.objects.latest("pk").version == 1
    assert ReferencePrice.objects.count() == 0
