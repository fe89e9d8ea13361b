"""The catalogue: needs, free tools, proprietary products and the equivalences between them."""

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from taggit.managers import TaggableManager

from tools_catalog.licences import validate_spdx_licence
from tools_catalog.text import normalize_search_text

slug_validator = RegexValidator(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", "Utilisez des minuscules, chiffres et tirets.")


class NeedQuerySet(models.QuerySet):
    def ordered(self):
        """Needs in the order coordinators chose, then by name."""
        return self.order_by("position", "name")


class Need(models.Model):
    """A need of an association ("besoin"): visioconférence, comptabilité…"""

    name = models.CharField("nom", max_length=120, unique=True)
    slug = models.SlugField("identifiant d'adresse", max_length=120, unique=True)
    description = models.CharField("description courte", max_length=300, blank=True)
    position = models.PositiveSmallIntegerField("ordre d'affichage", default=100)

    objects = NeedQuerySet.as_manager()

    class Meta:
        verbose_name = "besoin"
        verbose_name_plural = "besoins"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("tools_catalog:need_detail", args=[self.slug])


class Hoster(models.Model):
    """Who offers a free tool as an online service, so an association has nothing to install."""

    name = models.CharField("nom", max_length=120, unique=True)
    url = models.URLField("site web")
    is_chatons_member = models.BooleanField("membre du collectif CHATONS", default=False)
    description = models.CharField("description courte", max_length=300, blank=True)

    class Meta:
        verbose_name = "hébergeur"
        verbose_name_plural = "hébergeurs"
        ordering = ["name"]

    def __str__(self):
        return self.name


class ToolQuerySet(models.QuerySet):
    def published(self):
        """Tools visible to the public."""
        return self.filter(is_published=True)


class Tool(models.Model):
    """A free/libre tool (software or online service)."""

    class Access(models.TextChoices):
        ONLINE = "online", "Service en ligne"
        INSTALL = "install", "Logiciel à installer"
        BOTH = "both", "En ligne ou à installer"

    class CostModel(models.TextChoices):
        FREE = "free", "Gratuit"
        DONATION = "donation", "Prix libre ou don"
        HOSTED_SUBSCRIPTION = "hosted", "Abonnement chez un hébergeur"
        FREE_SELF_HOSTED = "self_hosted", "Gratuit si auto-hébergé"

    class Ease(models.TextChoices):
        EASY = "easy", "Facile"
        INTERMEDIATE = "intermediate", "Intermédiaire"
        ADVANCED = "advanced", "Avancé"

    class Platform(models.TextChoices):
        WEB = "web", "Web"
        WINDOWS = "windows", "Windows"
        MACOS = "macos", "macOS"
        LINUX = "linux", "Linux"
        ANDROID = "android", "Android"
        IOS = "ios", "iOS"

    name = models.CharField("nom", max_length=120, unique=True)
    slug = models.SlugField("identifiant d'adresse", max_length=120, unique=True)
    summary = models.CharField("résumé en une ligne", max_length=200)
    description = models.TextField("description (Markdown)", blank=True)
    website = models.URLField("site web", blank=True)
    source_url = models.URLField("code source", blank=True)
    licence = models.CharField(
        "licence (identifiant SPDX)",
        max_length=60,
        validators=[validate_spdx_licence],
        help_text="Par exemple AGPL-3.0-or-later, GPL-2.0-only, MPL-2.0, Apache-2.0.",
    )
    access = models.CharField("accès", max_length=10, choices=Access.choices)
    platforms = models.JSONField("plateformes", default=list, blank=True)
    needs = models.ManyToManyField(Need, related_name="tools", verbose_name="besoins", blank=True)
    tags = TaggableManager("mots-clés", blank=True)
    cost_model = models.CharField("modèle de coût", max_length=12, choices=CostModel.choices)
    ease = models.CharField("facilité de prise en main", max_length=12, choices=Ease.choices)
    available_in_french = models.BooleanField("disponible en français", default=True)
    hosters = models.ManyToManyField(
        Hoster, related_name="tools", verbose_name="où l'utiliser sans installer", blank=True
    )
    privacy_notes = models.TextField("données et vie privée", blank=True)
    search_text = models.TextField(editable=False, default="")
    is_published = models.BooleanField("publié", default=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    objects = ToolQuerySet.as_manager()

    class Meta:
        verbose_name = "outil libre"
        verbose_name_plural = "outils libres"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = normalize_search_text(" ".join([self.name, self.summary]))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tools_catalog:tool_detail", args=[self.slug])

    def get_platforms_display(self):
        labels = dict(self.Platform.choices)
        return [labels.get(value, value) for value in self.platforms]


class ProprietaryProductQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class ProprietaryProduct(models.Model):
    """A proprietary product an association may use today (Zoom, Google Drive…)."""

    class BusinessModel(models.TextChoices):
        ADS_DATA = "ads", "Gratuit, financé par la publicité ou les données"
        FREEMIUM = "freemium", "Freemium (gratuit limité, options payantes)"
        SUBSCRIPTION = "subscription", "Abonnement"
        LICENCE = "licence", "Licence payante"

    name = models.CharField("nom", max_length=120, unique=True)
    slug = models.SlugField("identifiant d'adresse", max_length=120, unique=True)
    aliases = models.CharField(
        "autres noms",
        max_length=300,
        blank=True,
        help_text="Séparés par des virgules : gdrive, Drive, Google Documents…",
    )
    vendor = models.CharField("éditeur", max_length=120)
    needs = models.ManyToManyField(Need, related_name="products", verbose_name="besoins", blank=True)
    website = models.URLField("site web", blank=True)
    business_model = models.CharField("modèle économique", max_length=12, choices=BusinessModel.choices)
    concerns = models.TextField(
        "points d'attention", blank=True, help_text="Localisation des données, dépendance, coût pour une association."
    )
    search_text = models.TextField(editable=False, default="")
    is_published = models.BooleanField("publié", default=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)
    tools = models.ManyToManyField(Tool, through="Equivalence", related_name="replaces", verbose_name="outils libres")

    objects = ProprietaryProductQuerySet.as_manager()

    class Meta:
        verbose_name = "produit propriétaire"
        verbose_name_plural = "produits propriétaires"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = normalize_search_text(" ".join([self.name, self.vendor, *self.alias_list]))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tools_catalog:replace", args=[self.slug])

    @property
    def alias_list(self):
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]


class Equivalence(models.Model):
    """What changes for an association that moves from a proprietary product to a free tool."""

    class Coverage(models.TextChoices):
        FULL = "full", "Complète"
        PARTIAL = "partial", "Partielle"
        DIFFERENT = "different", "Différente"

    class Effort(models.TextChoices):
        LOW = "low", "Faible"
        MEDIUM = "medium", "Moyen"
        HIGH = "high", "Élevé"

    product = models.ForeignKey(
        ProprietaryProduct, on_delete=models.CASCADE, related_name="equivalences", verbose_name="produit propriétaire"
    )
    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="equivalences", verbose_name="outil libre")
    coverage = models.CharField("couverture", max_length=10, choices=Coverage.choices)
    losses = models.TextField(
        "ce que l'association perd", help_text="Dites honnêtement ce que l'outil libre fait moins bien."
    )
    gains = models.TextField("ce que l'association gagne")
    migration_effort = models.CharField("effort de migration", max_length=6, choices=Effort.choices)
    migration_steps = models.TextField(
        "étapes de migration (Markdown)", blank=True, help_text="Exporter, importer, prévenir les membres."
    )
    cost_note = models.CharField("coût", max_length=300, blank=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    class Meta:
        verbose_name = "équivalence"
        verbose_name_plural = "équivalences"
        ordering = ["product__name", "tool__name"]
        constraints = [models.UniqueConstraint(fields=["product", "tool"], name="unique_equivalence_per_pair")]

    def __str__(self):
        return f"{self.product} → {self.tool}"


class GuideQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Guide(models.Model):
    """A short awareness page coordinators edit (what free software is, a short pitch…)."""

    title = models.CharField("titre", max_length=160, unique=True)
    slug = models.SlugField("identifiant d'adresse", max_length=160, unique=True)
    summary = models.CharField("résumé", max_length=300)
    body = models.TextField("texte (Markdown)")
    position = models.PositiveSmallIntegerField("ordre d'affichage", default=100)
    is_published = models.BooleanField("publié", default=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    objects = GuideQuerySet.as_manager()

    class Meta:
        verbose_name = "guide"
        verbose_name_plural = "guides"
        ordering = ["position", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("tools_catalog:guide_detail", args=[self.slug])
