"""The catalogue: needs, free tools, proprietary products and the equivalences between them."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from taggit.managers import TaggableManager

from tools_catalog.identifiers import (
    normalise_framalibre_slug,
    normalise_sill_id,
    normalise_wikidata_id,
    validate_framalibre_slug,
    validate_sill_id,
    validate_wikidata_id,
)
from tools_catalog.licences import licence_label, validate_licence
from tools_catalog.words import words_text

slug_validator = RegexValidator(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", "Utilisez des minuscules, chiffres et tirets.")


class Maintenance(models.TextChoices):
    """Maintenance status of a tool or of a hosted service (see docs/tools_catalog.md)."""

    ACTIVE = "active", "Activement développé"
    MAINTAINED = "maintained", "Maintenu (peu de développement)"
    FROZEN = "frozen", "Figé (plus développé)"
    CLOSED = "closed", "Fermé"


# Frozen and closed entries are never ranked before an active or maintained one.
MAINTENANCE_RANK = {Maintenance.ACTIVE: 0, Maintenance.MAINTAINED: 0, Maintenance.FROZEN: 1, Maintenance.CLOSED: 2}
OPEN_STATUSES = [Maintenance.ACTIVE, Maintenance.MAINTAINED, Maintenance.FROZEN]


def maintenance_rank(field="maintenance_status"):
    """SQL expression: 0 for active or maintained, 1 for frozen, 2 for closed."""
    return models.Case(
        *[models.When(**{field: status}, then=models.Value(rank)) for status, rank in MAINTENANCE_RANK.items()],
        default=models.Value(0),
        output_field=models.IntegerField(),
    )


class CheckedFact(models.Model):
    """A fact with its source and the date (and author) of its last check: "vérifié le …, par …"."""

    evidence_url = models.URLField(
        "source",
        max_length=500,
        blank=True,
        help_text="Adresse de la page qui prouve l'information (documentation, tarifs, annonce du projet).",
    )
    checked_on = models.DateField("vérifié le", null=True, blank=True)
    checked_by = models.CharField("vérifié par", max_length=120, blank=True)

    class Meta:
        abstract = True

    def clean_check(self, *, url_field="evidence_url", on_field="checked_on", by_field="checked_by"):
        """A date of check needs its source and its author, and cannot be in the future."""
        errors = {}
        checked_on = getattr(self, on_field)
        if checked_on:
            if not getattr(self, url_field):
                errors[url_field] = "Indiquez la source vérifiée (une vérification sans source ne vaut rien)."
            if not getattr(self, by_field).strip():
                errors[by_field] = "Indiquez qui a vérifié."
            if checked_on > timezone.localdate():
                errors[on_field] = "La date de vérification ne peut pas être dans le futur."
        if errors:
            raise ValidationError(errors)


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
    synonyms = models.CharField(
        "autres mots",
        max_length=300,
        blank=True,
        help_text="Mots qu'on tape pour ce besoin, séparés par des virgules : visio, réunion à distance…",
    )
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

    @property
    def synonym_list(self):
        return [word.strip() for word in self.synonyms.split(",") if word.strip()]


class Hoster(models.Model):
    """Who offers a free tool as an online service, so an association has nothing to install."""

    name = models.CharField("nom", max_length=120, unique=True)
    url = models.URLField("site web")
    is_chatons_member = models.BooleanField("membre du collectif CHATONS", default=False)
    description = models.CharField("description courte", max_length=300, blank=True)
    closed_on = models.DateField(
        "fermé le", null=True, blank=True, help_text="Un hébergeur fermé disparaît des fiches, avec une note."
    )
    closure_note = models.CharField(
        "note de fermeture", max_length=300, blank=True, help_text="Pourquoi, et vers qui se tourner à la place."
    )

    class Meta:
        verbose_name = "hébergeur"
        verbose_name_plural = "hébergeurs"
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_closed(self):
        return self.closed_on is not None

    def clean(self):
        if self.closed_on and not self.closure_note.strip():
            raise ValidationError({"closure_note": "Dites pourquoi l'hébergeur a fermé et vers qui se tourner."})


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

    def maintained_first(self, *fields):
        """Active and maintained tools before frozen ones, closed ones last; then by `fields` (name)."""
        return self.annotate(maintenance_rank=maintenance_rank()).order_by("maintenance_rank", *(fields or ["name"]))

    def unchecked_since(self, limit):
        """Tools whose licence was never checked, or not since the date `limit`."""
        return self.filter(models.Q(licence_checked_on__isnull=True) | models.Q(licence_checked_on__lt=limit))


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
        "licence (expression SPDX)",
        max_length=120,
        validators=[validate_licence],
        help_text=(
            "Par exemple AGPL-3.0-or-later, GPL-2.0-only, MPL-2.0 OR Apache-2.0. Pour une distribution "
            "(Debian, Ubuntu…) : « distribution : nombreuses licences libres »."
        ),
    )
    licence_evidence_url = models.URLField(
        "preuve de la licence",
        max_length=500,
        blank=True,
        help_text="Adresse du fichier de licence (LICENSE, COPYING) ou de la déclaration du projet.",
    )
    licence_checked_on = models.DateField("licence vérifiée le", null=True, blank=True)
    licence_checked_by = models.CharField("licence vérifiée par", max_length=120, blank=True)
    maintenance_status = models.CharField(
        "état du projet", max_length=12, choices=Maintenance.choices, default=Maintenance.ACTIVE
    )
    maintenance_since = models.DateField(
        "depuis le", null=True, blank=True, help_text="Obligatoire pour un outil figé ou fermé."
    )
    maintenance_note = models.TextField(
        "explication de l'état",
        blank=True,
        help_text="Pourquoi l'outil est figé ou fermé, et ce qu'il faut utiliser à la place.",
    )
    successor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="predecessors",
        verbose_name="à utiliser à la place",
    )
    wikidata_id = models.CharField(
        "élément Wikidata",
        max_length=16,
        blank=True,
        validators=[validate_wikidata_id],
        help_text="Par exemple Q213483.",
    )
    framalibre_slug = models.CharField(
        "notice Framalibre",
        max_length=120,
        blank=True,
        validators=[validate_framalibre_slug],
        help_text="Le nom de la notice dans son adresse : framalibre.org/notices/<nom>.html.",
    )
    sill_id = models.CharField(
        "fiche du SILL",
        max_length=120,
        blank=True,
        validators=[validate_sill_id],
        help_text="Le nom de la fiche dans le Socle interministériel de logiciels libres : code.gouv.fr/sill/detail?name=<nom>.",
    )
    access = models.CharField("accès", max_length=10, choices=Access.choices)
    platforms = models.JSONField("plateformes", default=list, blank=True)
    needs = models.ManyToManyField(Need, related_name="tools", verbose_name="besoins", blank=True)
    tags = TaggableManager("mots-clés", blank=True)
    cost_model = models.CharField("modèle de coût", max_length=12, choices=CostModel.choices)
    ease = models.CharField("facilité de prise en main", max_length=12, choices=Ease.choices)
    available_in_french = models.BooleanField("disponible en français", default=True)
    hosters = models.ManyToManyField(
        Hoster, through="HostedOffer", related_name="tools", verbose_name="où l'utiliser sans installer", blank=True
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
            self.search_text = words_text(" ".join([self.name, self.summary]))
        self.platform_codes = platform_codes(self.platforms)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tools_catalog:tool_detail", args=[self.slug])

    def clean_fields(self, exclude=None):
        # A pasted address ("https://framalibre.org/notices/nextcloud.html") is kept as its key.
        self.wikidata_id = normalise_wikidata_id(self.wikidata_id)
        self.framalibre_slug = normalise_framalibre_slug(self.framalibre_slug)
        self.sill_id = normalise_sill_id(self.sill_id)
        super().clean_fields(exclude=exclude)

    def clean(self):
        errors = {}
        unknown = [value for value in self.platforms or [] if value not in self.Platform.values]
        if not isinstance(self.platforms, list) or unknown:
            errors["platforms"] = "Plateformes possibles : " + ", ".join(self.Platform.values) + "."
        if self.licence_checked_on:
            if not self.licence_evidence_url:
                errors["licence_evidence_url"] = (
                    "Indiquez la preuve vérifiée (fichier de licence ou déclaration du projet)."
                )
            if not self.licence_checked_by.strip():
                errors["licence_checked_by"] = "Indiquez qui a vérifié la licence."
            if self.licence_checked_on > timezone.localdate():
                errors["licence_checked_on"] = "La date de vérification ne peut pas être dans le futur."
        errors.update(maintenance_errors(self, since="maintenance_since", note="maintenance_note"))
        if self.successor_id and self.successor_id == self.pk:
            errors["successor"] = "Un outil ne peut pas se remplacer lui-même."
        if errors:
            raise ValidationError(errors)

    @property
    def licence_display(self):
        return licence_label(self.licence)

    @property
    def is_frozen_or_closed(self):
        return self.maintenance_status in (Maintenance.FROZEN, Maintenance.CLOSED)

    @property
    def ease_badge(self):
        """CSS modifier of the ease badge."""
        return {"easy": "success", "intermediate": "warning"}.get(self.ease, "error")

    def get_platforms_display(self):
        labels = dict(self.Platform.choices)
        return [labels.get(value, value) for value in self.platforms]


STALE_AFTER_MONTHS = 12  # a fact not checked for this long is listed in the coordinators' to-do


def maintenance_errors(obj, *, status="maintenance_status", since, note):
    """French errors of a maintenance status: frozen or closed needs its date and its explanation."""
    errors = {}
    if getattr(obj, status) in (Maintenance.FROZEN, Maintenance.CLOSED):
        if not getattr(obj, since):
            errors[since] = "Indiquez depuis quand (date de la dernière version ou de la fermeture)."
        if not getattr(obj, note).strip():
            errors[note] = "Dites pourquoi, et ce qu'il faut utiliser à la place."
    return errors


class HostedOfferQuerySet(models.QuerySet):
    def open(self):
        """Offers that still run, at hosters that are still open, in display order."""
        return (
            self.exclude(status=Maintenance.CLOSED)
            .filter(hoster__closed_on__isnull=True)
            .order_by("position", "-hoster__is_chatons_member", "hoster__name")
        )

    def closed(self):
        """Offers that stopped, or whose hoster closed."""
        return self.filter(models.Q(status=Maintenance.CLOSED) | models.Q(hoster__closed_on__isnull=False)).order_by(
            "hoster__name"
        )

    def unchecked_since(self, limit):
        return self.filter(models.Q(checked_on__isnull=True) | models.Q(checked_on__lt=limit))


class HostedOffer(CheckedFact):
    """A hoster's offer of a free tool: where to use it without installing, on what terms, checked when.

    The table is the former automatic link table of `Tool.hosters` (migration 0005 kept its rows).
    """

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="offers", verbose_name="outil libre")
    hoster = models.ForeignKey(Hoster, on_delete=models.CASCADE, related_name="offers", verbose_name="hébergeur")
    url = models.URLField("adresse du service", max_length=500, blank=True)
    conditions = models.CharField(
        "conditions", max_length=300, blank=True, help_text="Gratuit, sur adhésion, sur demande, prix par mois…"
    )
    caveat = models.CharField(
        "point d'attention",
        max_length=300,
        blank=True,
        help_text="Par exemple : l'organisateur doit se connecter avec un compte Google, GitHub ou Facebook.",
    )
    position = models.PositiveSmallIntegerField(
        "ordre d'affichage", default=100, help_text="Les plus petits d'abord ; mettez en dernier une offre à réserves."
    )
    status = models.CharField("état du service", max_length=12, choices=Maintenance.choices, default=Maintenance.ACTIVE)
    status_since = models.DateField("depuis le", null=True, blank=True)
    status_note = models.CharField(
        "explication de l'état", max_length=300, blank=True, help_text="Pourquoi, et quoi utiliser à la place."
    )

    objects = HostedOfferQuerySet.as_manager()

    class Meta:
        db_table = "tools_catalog_tool_hosters"
        verbose_name = "offre d'hébergement"
        verbose_name_plural = "offres d'hébergement"
        ordering = ["position", "hoster__name"]
        unique_together = [("tool", "hoster")]

    def __str__(self):
        return f"{self.tool} chez {self.hoster}"

    @property
    def is_closed(self):
        return self.status == Maintenance.CLOSED or self.hoster.closed_on is not None

    def clean(self):
        errors = {}
        try:
            self.clean_check()
        except ValidationError as error:
            errors.update(error.message_dict)
        errors.update(maintenance_errors(self, status="status", since="status_since", note="status_note"))
        if errors:
            raise ValidationError(errors)


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
    wikidata_id = models.CharField(
        "élément Wikidata",
        max_length=16,
        blank=True,
        validators=[validate_wikidata_id],
        help_text="Par exemple Q1815349.",
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
        self.search_text = words_text(" ".join([self.name, self.vendor, *self.alias_list]))
        self.match_keys = product_match_keys(self.name, self.aliases)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tools_catalog:replace", args=[self.slug])

    def clean_fields(self, exclude=None):
        self.wikidata_id = normalise_wikidata_id(self.wikidata_id)
        super().clean_fields(exclude=exclude)

    @property
    def alias_list(self):
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]


def product_match_keys(name, aliases):
    """ "|zoom|zoom meetings|": the normalised name and aliases between separators."""
    keys = [words_text(key) for key in [name, *aliases.split(",")]]
    return "|" + "|".join(dict.fromkeys(key for key in keys if key)) + "|"


def platform_codes(platforms):
    """ "|web|linux|" for ["web", "linux"]: filterable with a LIKE on every database."""
    values = [str(value) for value in platforms or []] if isinstance(platforms, list) else []
    return "|" + "|".join(values) + "|" if values else ""


class EquivalenceQuerySet(models.QuerySet):
    def for_display(self):
        """Maintained tools first (frozen, then closed ones last), best coverage, easiest migration, tool name."""
        coverage = models.Case(
            *[models.When(coverage=value, then=rank) for rank, value in enumerate(["full", "partial", "different"])],
            default=9,
        )
        effort = models.Case(
            *[models.When(migration_effort=value, then=rank) for rank, value in enumerate(["low", "medium", "high"])],
            default=9,
        )
        return self.annotate(
            maintenance_rank=maintenance_rank("tool__maintenance_status"), coverage_rank=coverage, effort_rank=effort
        ).order_by("maintenance_rank", "coverage_rank", "effort_rank", "tool__name", "product__name")

    def published(self):
        """Reviewed equivalences whose tool and product are both public."""
        return self.filter(is_published=True, tool__is_published=True, product__is_published=True)

    def proposed(self):
        """Equivalences proposed by advisors and waiting for a coordinator's review, oldest first."""
        return self.filter(is_published=False, proposed_by__isnull=False).order_by("created_at", "pk")

    def unchecked_since(self, limit):
        return self.filter(models.Q(checked_on__isnull=True) | models.Q(checked_on__lt=limit))


class Equivalence(CheckedFact):
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
    is_published = models.BooleanField(
        "publiée",
        default=True,
        help_text="Une équivalence proposée par un conseiller attend la relecture d'un coordinateur.",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="proposée par",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="relue par",
    )
    reviewed_at = models.DateTimeField("relue le", null=True, blank=True)
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

    def get_absolute_url(self):
        return reverse("tools_catalog:equivalence_detail", args=[self.product.slug, self.tool.slug])

    def clean(self):
        self.clean_check()

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


class CatalogueReportQuerySet(models.QuerySet):
    def open(self):
        """Reports a coordinator has not handled yet, oldest first."""
        return self.filter(status=CatalogueReport.Status.OPEN).order_by("created_at", "pk")


class CatalogueReport(models.Model):
    """ "Signaler une erreur ou proposer une alternative" on a tool, a product or an equivalence page.

    The same rules as the actors' error reports: no account needed, plain text (escaped on
    display), rate limited per client, a honeypot for robots; the e-mail address is optional, kept
    only to answer this report and erased when a coordinator accepts or rejects it.
    """

    class Kind(models.TextChoices):
        ERROR = "error", "Une information est fausse ou dépassée"
        ALTERNATIVE = "alternative", "Je propose une autre alternative libre"

    class Status(models.TextChoices):
        OPEN = "open", "À traiter"
        ACCEPTED = "accepted", "Acceptée"
        REJECTED = "rejected", "Refusée"

    tool = models.ForeignKey(
        Tool, on_delete=models.CASCADE, null=True, blank=True, related_name="reports", verbose_name="outil libre"
    )
    product = models.ForeignKey(
        ProprietaryProduct,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name="produit propriétaire",
    )
    equivalence = models.ForeignKey(
        Equivalence, on_delete=models.CASCADE, null=True, blank=True, related_name="reports", verbose_name="équivalence"
    )
    kind = models.CharField("nature", max_length=12, choices=Kind.choices, default=Kind.ERROR)
    message = models.TextField("ce qui est faux, ou l'alternative proposée", max_length=2000)
    contact_email = models.EmailField(
        "courriel pour vous répondre (facultatif)",
        blank=True,
        help_text="Utilisé seulement pour vous répondre à propos de ce signalement, puis effacé.",
    )
    created_at = models.DateTimeField("signalé le", auto_now_add=True)
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.OPEN)
    handled_at = models.DateTimeField("traité le", null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="traité par",
    )
    resolution = models.CharField("ce qui a été fait", max_length=500, blank=True)

    objects = CatalogueReportQuerySet.as_manager()

    class Meta:
        verbose_name = "signalement sur le catalogue"
        verbose_name_plural = "signalements sur le catalogue"
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(tool__isnull=False, product__isnull=True, equivalence__isnull=True)
                    | models.Q(tool__isnull=True, product__isnull=False, equivalence__isnull=True)
                    | models.Q(tool__isnull=True, product__isnull=True, equivalence__isnull=False)
                ),
                name="catalogue_report_one_target",
            )
        ]

    def __str__(self):
        return f"Signalement sur {self.target} du {timezone.localtime(self.created_at):%d/%m/%Y}"

    @property
    def target(self):
        return self.tool or self.product or self.equivalence

    @property
    def is_handled(self):
        return self.status != self.Status.OPEN


class SearchWord(models.Model):
    """A distinct word of the catalogue's names (tools, products and their aliases, needs and their
    synonyms, tags), accent-free, to correct typos ("nextclod" -> "nextcloud") and suggest
    "Vouliez-vous dire « Nextcloud » ?". Kept current by tools_catalog.words (signals) and rebuilt
    by `manage.py rebuild_search_words`. On PostgreSQL a trigram GIN index serves the lookups.
    """

    word = models.CharField("mot", max_length=80, unique=True)
    label = models.CharField("forme affichée", max_length=80)
    weight = models.PositiveIntegerField("nombre d'emplois", default=1)

    class Meta:
        verbose_name = "mot du catalogue"
        verbose_name_plural = "mots du catalogue"
        ordering = ["word"]

    def __str__(self):
        return self.label
