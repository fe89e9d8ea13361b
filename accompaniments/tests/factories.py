"""factory_boy factories of the follow-ups (tests only: real follow-ups are made by services.followup_create)."""

import factory
from django.utils import timezone

from accompaniments.models import Followup, Referral, Step, Visit
from actors.tests.factories import ActorFactory  # noqa: F401 - re-exported for tests
from tools_catalog.tests.factories import EquivalenceFactory


class FollowupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Followup
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Association fictive {n}")
    consent_recorded_at = factory.LazyFunction(timezone.now)
    status = Followup.Status.ACTIVE

    class Params:
        closed = factory.Trait(status=Followup.Status.CLOSED, closed_at=factory.LazyFunction(timezone.now))

    @factory.post_generation
    def advisors(self, create, extracted, **kwargs):
        if create and extracted:
            self.advisors.set(extracted)


class StepFactory(factory.django.DjangoModelFactory):
    """A step replacing a product by a tool (a new equivalence unless `product` and `tool` are given)."""

    class Meta:
        model = Step
        exclude = ["equivalence"]

    followup = factory.SubFactory(FollowupFactory)
    equivalence = factory.SubFactory(EquivalenceFactory)
    product = factory.LazyAttribute(lambda o: o.equivalence.product)
    tool = factory.LazyAttribute(lambda o: o.equivalence.tool)
    position = factory.Sequence(lambda n: n + 1)
    status = Step.Status.PROPOSED


class ReferralFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Referral

    step = factory.SubFactory(StepFactory)
    actor = factory.SubFactory(ActorFactory)
    referred_on = factory.LazyFunction(timezone.localdate)


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visit

    followup = factory.SubFactory(FollowupFactory)
    visited_on = factory.LazyFunction(timezone.localdate)
    way = Visit.Way.ONSITE
    note = "Note privée de test."
