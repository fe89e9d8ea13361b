"""Factories of the campaigns app (reused by the tests and the query-budget checks)."""

from datetime import date, timedelta

import factory
from django.utils import timezone

from actors.tests.factories import CommuneFactory
from campaigns.models import Action, Campaign, Step, TownHall


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Campagne {n}")
    slug = factory.Sequence(lambda n: f"campagne-{n}")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=90))
    status = Campaign.Status.ONGOING
    territory_name = "Lochois"

    @factory.post_generation
    def communes(self, create, extracted, **kwargs):
        if create:
            self.communes.set(extracted if extracted is not None else [CommuneFactory()])

    @factory.post_generation
    def carriers(self, create, extracted, **kwargs):
        if create and extracted:
            self.carriers.set(extracted)


class StepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Step

    campaign = factory.SubFactory(CampaignFactory)
    title = factory.Sequence(lambda n: f"Étape {n}")
    due_on = factory.LazyAttribute(lambda o: o.campaign.starts_on + timedelta(days=10))
    owner_name = "Coordination"


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    title = factory.Sequence(lambda n: f"Action {n}")
    kind = Action.Kind.STAND
    starts_on = date(2026, 5, 1)
    place = "Salle des fêtes"


class TownHallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TownHall

    commune = factory.SubFactory(CommuneFactory)
    name = factory.LazyAttribute(lambda o: f"Mairie de {o.commune.name}")
    email = "accueil@mairie.example.org"
