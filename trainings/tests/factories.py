"""factory_boy factories of the trainings app (reused by tests, demo checks and benchmarks)."""

from datetime import timedelta

import factory
from django.utils import timezone

from actors.tests.factories import ActorFactory, CommuneFactory  # noqa: F401 - re-exported for tests
from tools_catalog.tests.factories import NeedFactory, ToolFactory  # noqa: F401 - re-exported for tests
from trainings.models import Audience, Registration, Session, Training


class TrainingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Training
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    audiences = factory.LazyFunction(lambda: [Audience.INFORMATEURS])
    summary = "Comprendre les enjeux des outils libres."
    objectives = "- Savoir expliquer"
    programme = "1. Accueil\n2. **Enjeux**"
    duration = "3 heures"
    format = Training.Format.ONSITE
    is_published = True

    class Params:
        hidden = factory.Trait(is_published=False)
        remote = factory.Trait(format=Training.Format.REMOTE)
        accompagnateurs = factory.Trait(audiences=factory.LazyFunction(lambda: [Audience.ACCOMPAGNATEURS]))

    @factory.post_generation
    def tools(self, create, extracted, **kwargs):
        if create and extracted:
            self.tools.set(extracted)

    @factory.post_generation
    def needs(self, create, extracted, **kwargs):
        if create and extracted:
            self.needs.set(extracted)

    @factory.post_generation
    def organisers(self, create, extracted, **kwargs):
        if create and extracted:
            self.organisers.set(extracted)

    @factory.post_generation
    def speakers(self, create, extracted, **kwargs):
        if create and extracted:
            self.speakers.set(extracted)


def in_days(days, hour=9):
    return (timezone.now() + timedelta(days=days)).replace(hour=hour, minute=0, second=0, microsecond=0)


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    training = factory.SubFactory(TrainingFactory)
    start = factory.LazyFunction(lambda: in_days(10))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=3))
    venue_name = "Maison des associations"
    address = "1 rue de la République"
    capacity = 10
    status = Session.Status.CONFIRMED

    class Params:
        past = factory.Trait(start=factory.LazyFunction(lambda: in_days(-30)))
        cancelled = factory.Trait(
            status=Session.Status.CANCELLED,
            cancelled_at=factory.LazyFunction(timezone.now),
            cancellation_message="L'intervenant est malade.",
        )
        online = factory.Trait(online_url="https://visio.example.org/salle-secrete")


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    session = factory.SubFactory(SessionFactory)
    first_name = factory.Sequence(lambda n: f"Prénom{n}")
    last_name = "Martin"
    email = factory.Sequence(lambda n: f"personne{n}@example.org")
    organisation = "Centre social"
    role = "Conseillère"
    status = Registration.Status.CONFIRMED
    consent = True

    class Params:
        waitlisted = factory.Trait(status=Registration.Status.WAITLISTED)
        cancelled = factory.Trait(status=Registration.Status.CANCELLED)
