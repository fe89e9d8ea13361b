"""The coordinators' offers page says how often follow-ups were referred to reconditioning actors."""

import datetime

import pytest
from django.urls import reverse

from accompaniments.models import Referral
from accompaniments.tests.factories import ReferralFactory
from actors.tests.factories import ActorFactory, ServiceFactory
from core.testing import count_queries
from equipment.tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


def test_referrals_to_reconditioning_actors_are_counted(coordinator_client):
    url = reverse("equipment:offer_list")
    assert "Aucune orientation vers un acteur du reconditionnement" in coordinator_client.get(url).content.decode()
    today = datetime.date.today()
    by_service = ActorFactory(services=[ServiceFactory(slug="reconditionnement", name="Reconditionnement")])
    by_offer = OfferFactory().actor
    ReferralFactory(actor=by_service, referred_on=today, outcome=Referral.Outcome.CONTACTED)
    ReferralFactory(actor=by_offer, referred_on=today)
    ReferralFactory(actor=ActorFactory(), referred_on=today)  # not a reconditioning actor
    ReferralFactory(actor=by_offer, referred_on=today - datetime.timedelta(days=500))  # too old
    small = count_queries(lambda: coordinator_client.get(url))
    html = coordinator_client.get(url).content.decode()
    assert "2 orientations vers un acteur du reconditionnement" in html
    assert "dont 1 avec un contact pris" in html
    for _ in range(5):
        ReferralFactory(actor=by_offer, referred_on=today)
        OfferFactory(actor=by_offer)
    assert count_queries(lambda: coordinator_client.get(url)) == small
