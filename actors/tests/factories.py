"""factory_boy factories of the actors app (reused by tests and benchmarks)."""

import factory
from django.utils import timezone

from actors.models import Actor, Commune, ErrorReport, Service
from tools_catalog.tests.factories import NeedFactory, ToolFactory  # noqa: F401 - re-exported for tests


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")


class CommuneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commune
        django_get_or_create = ["insee_code"]

    name = factory.Sequence(lambda n: f"Commune {n}")
    insee_code = factory.Sequence(lambda n: f"37{n % 1000:03d}")
    postal_code = "37000"
    latitude = "47.39000"
    longitude = "0.69000"


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Acteur {n}")
    slug = factory.Sequence(lambda n: f"acteur-{n}")
    kind = Actor.Kind.ASSOCIATION
    summary = "Aide les associations à utiliser des outils libres."
    publics = factory.LazyFunction(lambda: ["associations"])
    postal_code = "37000"
    commune = "Tours"
    insee_code = "37261"
    latitude = "47.39414"
    longitude = "0.68484"
    verified_on = factory.LazyFunction(timezone.localdate)
    is_published = True

    class Params:
        unplaced = factory.Trait(latitude=None, longitude=None, postal_code="", commune="", insee_code="")
        hidden = factory.Trait(is_published=False)
        stale = factory.Trait(verified_on=factory.LazyFunction(lambda: timezone.localdate().replace(year=2020)))

    @factory.post_generation
    def tools(self, create, extracted, **kwargs):
        if create and extracted:
            self.tools.set(extracted)

    @factory.post_generation
    def needs(self, create, extracted, **kwargs):
        if create and extracted:
            self.needs.set(extracted)

    @factory.post_generation
    def services(self, create, extracted, **kwargs):
        if create and extracted:
            self.services.set(extracted)


class ErrorReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ErrorReport

    actor = factory.SubFactory(ActorFactory)
    message = "Les horaires ont changé."
