"""factory_boy factories of the catalogue, with traits; reused by other apps' tests and the benchmark."""

import factory

from tools_catalog.models import Equivalence, Guide, Hoster, Need, ProprietaryProduct, Tool


class NeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Need
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Besoin {n}")
    slug = factory.Sequence(lambda n: f"besoin-{n}")
    description = "Un besoin courant des associations."
    position = factory.Sequence(lambda n: n)

    class Params:
        visio = factory.Trait(name="Visioconférence", slug="visioconference", description="Se réunir à distance.")
        files = factory.Trait(name="Partage et stockage de fichiers", slug="partage-fichiers")


class HosterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Hoster

    name = factory.Sequence(lambda n: f"Hébergeur {n}")
    url = factory.Sequence(lambda n: f"https://hebergeur-{n}.example.org/")
    is_chatons_member = False
    description = "Hébergeur associatif."

    class Params:
        chatons = factory.Trait(is_chatons_member=True)


class ToolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tool
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Outil libre {n}")
    slug = factory.Sequence(lambda n: f"outil-libre-{n}")
    summary = "Un outil libre pour les associations."
    description = "Un **outil** libre."
    website = "https://example.org/"
    source_url = "https://example.org/source"
    licence = "AGPL-3.0-or-later"
    access = Tool.Access.ONLINE
    platforms = factory.LazyFunction(lambda: ["web"])
    cost_model = Tool.CostModel.FREE
    ease = Tool.Ease.EASY
    available_in_french = True
    privacy_notes = ""
    is_published = True

    class Params:
        unpublished = factory.Trait(is_published=False)
        desktop = factory.Trait(
            access=Tool.Access.INSTALL, platforms=factory.LazyFunction(lambda: ["windows", "macos", "linux"])
        )
        advanced = factory.Trait(ease=Tool.Ease.ADVANCED, cost_model=Tool.CostModel.FREE_SELF_HOSTED)
        jitsi = factory.Trait(
            name="Jitsi Meet",
            slug="jitsi-meet",
            summary="Visioconférence dans le navigateur, sans compte.",
            licence="Apache-2.0",
            platforms=factory.LazyFunction(lambda: ["web", "android", "ios"]),
        )
        nextcloud = factory.Trait(
            name="Nextcloud",
            slug="nextcloud",
            summary="Fichiers, agendas et contacts partagés.",
            licence="AGPL-3.0-or-later",
            access=Tool.Access.BOTH,
            cost_model=Tool.CostModel.HOSTED_SUBSCRIPTION,
            ease=Tool.Ease.INTERMEDIATE,
        )
        libreoffice = factory.Trait(
            name="LibreOffice",
            slug="libreoffice",
            summary="Suite bureautique : traitement de texte, tableur, présentations.",
            licence="MPL-2.0",
            access=Tool.Access.INSTALL,
            platforms=factory.LazyFunction(lambda: ["windows", "macos", "linux"]),
        )

    @factory.post_generation
    def needs(self, create, extracted, **kwargs):
        if create and extracted:
            self.needs.set(extracted)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)

    @factory.post_generation
    def hosters(self, create, extracted, **kwargs):
        if create and extracted:
            self.hosters.set(extracted)


class ProprietaryProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProprietaryProduct
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Produit {n}")
    slug = factory.Sequence(lambda n: f"produit-{n}")
    aliases = ""
    vendor = "Éditeur SA"
    website = "https://produit.example.com/"
    business_model = ProprietaryProduct.BusinessModel.FREEMIUM
    concerns = "Données hébergées hors de l'Union européenne."
    is_published = True

    class Params:
        unpublished = factory.Trait(is_published=False)
        zoom = factory.Trait(
            name="Zoom", slug="zoom", aliases="Zoom Meetings, Zoom Video", vendor="Zoom Communications"
        )
        gdrive = factory.Trait(
            name="Google Drive", slug="google-drive", aliases="gdrive, Drive, Google Documents", vendor="Google"
        )
        excel = factory.Trait(name="Microsoft Excel", slug="microsoft-excel", aliases="Excel", vendor="Microsoft")

    @factory.post_generation
    def needs(self, create, extracted, **kwargs):
        if create and extracted:
            self.needs.set(extracted)


class EquivalenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Equivalence

    product = factory.SubFactory(ProprietaryProductFactory)
    tool = factory.SubFactory(ToolFactory)
    coverage = Equivalence.Coverage.PARTIAL
    losses = "Moins d'intégrations avec d'autres services."
    gains = "Pas de publicité, données en Europe."
    migration_effort = Equivalence.Effort.LOW
    migration_steps = "1. Exporter les données.\n2. Les importer.\n3. Prévenir les membres."
    cost_note = "Gratuit."

    class Params:
        full = factory.Trait(coverage=Equivalence.Coverage.FULL)
        hard = factory.Trait(migration_effort=Equivalence.Effort.HIGH, coverage=Equivalence.Coverage.DIFFERENT)


class GuideFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Guide

    title = factory.Sequence(lambda n: f"Guide {n}")
    slug = factory.Sequence(lambda n: f"guide-{n}")
    summary = "Comprendre le logiciel libre en deux minutes."
    body = "## Pourquoi\n\nParce que les **valeurs** comptent."
    position = factory.Sequence(lambda n: n)
    is_published = True

    class Params:
        unpublished = factory.Trait(is_published=False)
