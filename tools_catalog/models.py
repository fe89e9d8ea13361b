"""The catalogue: needs, free tools, proprietary products and the equivalences between them."""

from django.contrib.postgres.search import SearchVectorField
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse
from taggit.managers import TaggableManager

from core.text import normalize_search_text
from tools_catalog.licences import validate_spdx_licence

slug_validator = RegexValidator(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", "Utilisez des minuscules, chiffres et tirets.")


class NeedQuerySet(models.QuerySet):
    def ordered(self):
        """Needs in the order coordinators chose, then by name."""
        return self.order_by("position", "name")

    def with_tool_counts(self):
        """Each need with `tool_count` (published tools) and `product_count` (published products), in SQL."""
        tools = Tool.needs.through.objects.filter(need_id=models.OuterRef("pk"), tool__is_published=True)
        products = ProprietaryProduct.needs.through.objects.filter(
            need_id=models.OuterRef("pk"), proprietaryproduct__is_published=True
        )

        def count(queryset):
            counted = queryset.order_by().values("need_id").annotate(n=models.Count("pk")).values("n")
            return Coalesce(models.Subquery(counted[:1]), 0)

        return self.annotate(
            tool_count=count(tools),
            product_count=count(products),
        ).ordered()


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
        """Tools visible to the public, by name."""
        return self.filter(is_published=True).order_by("name")

    def with_platform(self, platform):
        """Tools available on `platform` (a Tool.Platform value); works on SQLite and PostgreSQL."""
        return self.filter(platform_codes__contains=f"|{platform}|")

    def for_needs(self, need_ids):
        """Tools answering at least one of the needs (no duplicate rows: a subquery, not a join)."""
        through = Tool.needs.through.objects.filter(need_id__in=need_ids).values("tool_id")
        return self.filter(pk__in=through)


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
    # Denormalised for search and filters, kept current by tools_catalog.search (signals):
    # name, summary, needs, tags and the proprietary products the tool replaces, accent-free.
    search_text = models.TextField(editable=False, default="")
    search_vector = SearchVectorField(null=True, editable=False)  # PostgreSQL only (French full text)
    platform_codes = models.CharField(editable=False, max_length=80, default="")  # "|web|linux|"
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
        # The full text (needs, tags, products) is completed after saving by the post_save signal.
        if not self.search_text:
            self.search_text = normalize_search_text(" ".join([self.name, self.summary]))
        self.platform_codes = platform_codes(self.platforms)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tools_catalog:tool_detail", args=[self.slug])

    def clean(self):
        from django.core.exceptions import ValidationError

        unknown = [value for value in self.platforms or [] if value not in self.Platform.values]
        if not isinstance(self.platforms, list) or unknown:
            raise ValidationError({"platforms": "Plateformes possibles : " + ", ".join(self.Platform.values) + "."})

    @property
    def ease_badge(self):
        """CSS modifier of the ease badge."""
        return {"easy": "success", "intermediate": "warning"}.get(self.ease, "error")

    def get_platforms_display(self):
        labels = dict(self.Platform.choices)
        return [labels.get(value, value) for value in self.platforms]


class ProprietaryProductQuerySet(models.QuerySet):
    def published(self):
        """Products visible to the public, by name."""
        return self.filter(is_published=True).order_by("name")


class ProprietaryProduct(models.Model):
    """A proprietary product an association may use today (Zoom, Google Drive…)."""

    class BusinessModel(models.TextChoices):
        ADS_DATA = "ads", "Gratuit, financé par la publicité ou les données"
        FREEMIUM = "freemium", "Freemium (gratuit limité, options payantes)"
        SUBSCRIPTION = "subscription", "Abonnement"
        LICENCE = "licence", "Licence payante"
        DONATION = "donation", "Gratuit, financé par des dons ou contributions volontaires"

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
    # "|zoom|zoom meetings|": the name and aliases, accent-free, for exact matching.
    match_keys = models.TextField(editable=False, default="")
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
        self.match_keys = product_match_keys(self.name, self.aliases)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tools_catalog:replace", args=[self.slug])

    @property
    def alias_list(self):
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]


def product_match_keys(name, aliases):
    """ "|zoom|zoom meetings|": the normalised name and aliases between separators."""
    keys = [normalize_search_text(key) for key in [name, *aliases.split(",")]]
    return "|" + "|".join(dict.fromkeys(key for key in keys if key)) + "|"


def platform_codes(platforms):
    """ "|web|linux|" for ["web", "linux"]: filterable with a LIKE on every database."""
    values = [str(value) for value in platforms or []] if isinstance(platforms, list) else []
    return "|" + "|".join(values) + "|" if values else ""


class EquivalenceQuerySet(models.QuerySet):
    def for_display(self):
        """Best coverage first, then the easiest migration, then by tool name."""
        coverage = models.Case(
            *[models.When(coverage=value, then=rank) for rank, value in enumerate(["full", "partial", "different"])],
            default=9,
        )
        effort = models.Case(
            *[models.When(migration_effort=value, then=rank) for rank, value in enumerate(["low", "medium", "high"])],
            default=9,
        )
        return self.annotate(coverage_rank=coverage, effort_rank=effort).order_by(
            "coverage_rank", "effort_rank", "tool__name", "product__name"
        )

    def published(self):
        """Equivalences whose tool and product are both public."""
        return self.filter(tool__is_published=True, product__is_published=True)


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

    objects = EquivalenceQuerySet.as_manager()

    class Meta:
        verbose_name = "équivalence"
        verbose_name_plural = "équivalences"
        ordering = ["product__name", "tool__name"]
        constraints = [models.UniqueConstraint(fields=["product", "tool"], name="unique_equivalence_per_pair")]

    def __str__(self):
        return f"{self.product} → {self.tool}"

    @property
    def coverage_badge(self):
        """CSS modifier of the coverage badge."""
        return {"full": "success", "partial": "warning"}.get(self.coverage, "info")

    @property
    def effort_badge(self):
        """CSS modifier of the migration effort badge."""
        return {"low": "success", "medium": "warning"}.get(self.migration_effort, "error")


class GuideQuerySet(models.QuerySet):
    def published(self):
        """Guides visible to the public, in the chosen order."""
        return self.filter(is_published=True).order_by("position", "title")


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
