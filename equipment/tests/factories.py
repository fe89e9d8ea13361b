import datetime
from decimal import Decimal

import factory

from actors.tests.factories import ActorFactory
from equipment.models import FundingScheme, Offer, ReferencePrice


class OfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Offer

    actor = factory.SubFactory(ActorFactory)
    kind = Offer.LAPTOP
    price_from = Decimal("150")
    warranty_months = 12
    system_installed = "Linux Mint"
    verified_on = datetime.date(2027, 1, 5)


class ReferencePriceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReferencePrice

    kind = ReferencePrice.NEW_COMPUTER
    amount = Decimal("800")
    observed_on = datetime.date(2026, 12, 1)
    source = "Devis d'essai"


class FundingSchemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingScheme

    slug = factory.Sequence(lambda n: f"dispositif-{n}")
    name = factory.Sequence(lambda n: f"Dispositif {n}")
    funder = "État"
    funder_kind = FundingScheme.STATE
    purpose = "Soutient le fonctionnement des associations."
    opens_month = 1
    closes_month = 3
    link = "https://www.associations.gouv.fr/fdva.html"
