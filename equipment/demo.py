"""Demo data of the equipment app (DEBUG only, `manage.py demo_data`): fictional offers, prices and a
scheme, clearly labelled as such, so that the visit sheet's "Avant d'acheter du neuf" has something to
show. Idempotent (get_or_create). Never written by seed_content: real offers and prices are entered by
coordinators.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from actors.models import Actor, Commune
from equipment.models import FundingScheme, Offer, ReferencePrice

DEMO_NOTE = "Offre fictive de démonstration"
DEMO_SOURCE = "Prix fictif de démonstration"


def load(stdout=None):
    today = timezone.localdate()
    actor = Actor.objects.filter(slug="informatique-participative").first()
    offers = 0
    if actor is not None:
        for kind, price, warranty in ((Offer.LAPTOP, "180", 12), (Offer.COMPUTER, "120", 12), (Offer.PHONE, "90", 6)):
            _offer, created = Offer.objects.get_or_create(
                actor=actor,
                kind=kind,
                note=DEMO_NOTE,
                defaults={
                    "price_from": Decimal(price),
                    "warranty_months": warranty,
                    "system_installed": "Linux Mint" if kind != Offer.PHONE else "",
                    "verified_on": today,
                },
            )
            offers += created
    for kind, amount in (
        (ReferencePrice.NEW_COMPUTER, "750"),
        (ReferencePrice.LICENCES, "120"),
        (ReferencePrice.SUBSCRIPTIONS, "60"),
        (ReferencePrice.RECONDITIONED, "200"),
    ):
        ReferencePrice.objects.get_or_create(
            kind=kind, source=DEMO_SOURCE, defaults={"amount": Decimal(amount), "observed_on": today}
        )
    scheme, created = FundingScheme.objects.get_or_create(
        slug="demo-aide-communale-equipement",
        defaults={
            "name": "Aide communale à l'équipement (fictive, démonstration)",
            "funder": "Commune fictive",
            "funder_kind": FundingScheme.COMMUNE,
            "purpose": "Dispositif fictif pour la démonstration du portail.",
            "opens_month": 1,
            "closes_month": 12,
            "link": "https://www.example.org/aide-fictive",
            "whole_departement": False,
            "checked_on": datetime.date(today.year, 1, 1),
        },
    )
    if created:
        scheme.communes.set(Commune.objects.filter(insee_code="37261"))
    if stdout:
        stdout.write(f"Équipement : {offers} offre(s) fictive(s), prix et dispositif de démonstration.\n")
