"""The directory of local actors who can help associations with free digital tools."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from actors import geo
from actors.opening_hours import describe, validate_opening_hours
from actors.validators import validate_siret
from core.dates import months_ago
from core.text import normalize_search_text
from tools_catalog.models import Need, Tool

postal_code_validator = RegexValidator(r"^\d{5}$", "Le code postal compte 5 chiffres, par exemple 37000.")
insee_code_validator = RegexValidator(r"^(\d{5}|2[AB]\d{3})$", "Le code INSEE compte 5 caractères, par exemple 37261.")
postal_codes_validator = RegexValidator(
    r"^\d{5}( \d{5})*$", "Les codes postaux comptent 5 chiffres, séparés par une espace : 37000 37100."
)
siren_validator = RegexValidator(r"^\d{9}$", "Le numéro SIREN compte 9 chiffres, par exemple 243700754.")
rna_validator = RegexValidator(r"^W\d{9}$", "Le numéro RNA commence par W suivi de 9 chiffres, par exemple W372001234.")
phone_validator = RegexValidator(
    r"^(?:\+33 ?[1-9]|0[1-9])(?:[ .-]?\d{2}){4}$", "Indiquez un numéro français, par exemple 02 47 00 00 00."
)


class Service(models.Model):
    """A managed list of services actors offer (formation, reconditionnement…)."""

    name = models.CharField("nom", max_length=120, unique=True)
    slug = models.SlugField("identifiant d'adresse", max_length=120, unique=True)
    position = models.PositiveSmallIntegerField("ordre d'affichage", default=100)
    # Moved by every save (the services, the admin): the coordinators' form checks it (optimistic lock).
    version = models.PositiveIntegerField("version", default=1, editable=False)

    class Meta:
        verbose_name = "service proposé"
        verbose_name_plural = "services proposés"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class CommuneQuerySet(models.QuerySet):
    def matching(self, text):
        """Communes whose name (accents, case, hyphens ignored) or postal code matches `text`: names
        starting with the text first, then the others containing every word; French order in each."""
        query = commune_words(text)
        if not query:
            return self.none()
        if query.isdigit():
            return self.filter(postal_codes__contains=query).order_by("search_name", "insee_code")
        queryset = self
        for word in query.split()[:6]:
            queryset = queryset.filter(search_words__contains=word)
        first = models.Case(
            models.When(search_words__startswith=query, then=models.Value(0)),
            default=models.Value(1),
            output_field=models.IntegerField(),
        )
        return queryset.annotate(match_rank=first).order_by("match_rank", "search_name", "insee_code")


class Commune(models.Model):
    """A commune of the territory, with its centre, to place actors and sort them by distance.

    Shipped for the whole département (actors/content/data/communes_37.csv, loaded by the seed).
    `postal_code` is the main one (the first), `postal_codes` all of them separated by spaces.
    """

    name = models.CharField("nom", max_length=120)
    insee_code = models.CharField("code INSEE", max_length=5, unique=True, validators=[insee_code_validator])
    postal_code = models.CharField("code postal principal", max_length=5, validators=[postal_code_validator])
    postal_codes = models.CharField(
        "codes postaux",
        max_length=60,
        blank=True,
        validators=[postal_codes_validator],
        help_text="Tous les codes postaux de la commune, séparés par une espace.",
    )
    latitude = models.DecimalField("latitude", max_digits=8, decimal_places=5)
    longitude = models.DecimalField("longitude", max_digits=8, decimal_places=5)
    epci_code = models.CharField("SIREN de l'intercommunalité", max_length=9, blank=True, validators=[siren_validator])
    epci_name = models.CharField("intercommunalité", max_length=150, blank=True)
    # French alphabetical order on SQLite and PostgreSQL alike: accents and case removed.
    search_name = models.CharField(max_length=120, editable=False, default="", db_index=True)
    # The same with hyphens and apostrophes as spaces, to match "saint cyr" or "ile bouchard".
    search_words = models.CharField(max_length=120, editable=False, default="")

    objects = CommuneQuerySet.as_manager()

    class Meta:
        verbose_name = "commune"
        verbose_name_plural = "communes"
        ordering = ["search_name", "insee_code"]

    def __str__(self):
        return f"{self.name} ({self.postal_code})"

    def save(self, *args, **kwargs):
        self.search_name = normalize_search_text(self.name)
        self.search_words = commune_words(self.name)
        if not self.postal_codes and self.postal_code:
            self.postal_codes = self.postal_code
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.postal_codes and self.postal_code and self.postal_code not in self.postal_codes.split():
            raise ValidationError({"postal_codes": "Le code postal principal doit figurer parmi les codes postaux."})

    @property
    def postal_code_list(self):
        return (self.postal_codes or self.postal_code).split()


def commune_words(name):
    """ "L'Île-Bouchard" -> "l ile bouchard": the key that type-ahead matching searches."""
    return " ".join(normalize_search_text(name).replace("-", " ").replace("'", " ").replace("’", " ").split())


STALE_AFTER_MONTHS = 12


def stale_limit(months=STALE_AFTER_MONTHS):
    """The date before which a verification is too old (12 months ago by default)."""
    return months_ago(months).date()


class ActorQuerySet(models.QuerySet):
    def published(self):
        """Actors visible to the public (unpublishing hides, it never deletes), by name."""
        return self.filter(is_published=True).order_by("sort_name", "pk")

    def stale(self, months=STALE_AFTER_MONTHS):
        """Actors not verified for `months` months (or never verified), least recently verified first."""
        return self.filter(models.Q(verified_on__isnull=True) | models.Q(verified_on__lt=stale_limit(months))).order_by(
            models.F("verified_on").asc(nulls_first=True), "sort_name"
        )

    def search(self, text):
        """Accent- and case-insensitive search in name, acronym, summary and commune."""
        words = normalize_search_text(text).split()
        queryset = self
        for word in words[:10]:
            queryset = queryset.filter(search_text__contains=word)
        return queryset

    def with_public(self, code):
        """Actors whose publics include `code` (JSON list; quoted match works on SQLite and PostgreSQL)."""
        return self.filter(publics__icontains=f'"{code}"')

    def helping_with(self, *, tools=(), needs=()):
        """Actors linked to one of these tools or needs, directly or through the needs the tools cover.

        Each link is its own semi-join on an indexed through table (OR over joined relations
        would make PostgreSQL build the whole join first).
        """
        tool_ids = [tool.pk for tool in tools]
        need_ids = [need.pk for need in needs]
        actor_tools, actor_needs = Actor.tools.through.objects, Actor.needs.through.objects
        tool_needs = Tool.needs.through.objects
        condition = models.Q(pk__in=[])
        if tool_ids:
            needs_of_tools = tool_needs.filter(tool_id__in=tool_ids).values("need_id")
            condition |= models.Q(pk__in=actor_tools.filter(tool_id__in=tool_ids).values("actor_id"))
            condition |= models.Q(pk__in=actor_needs.filter(need_id__in=needs_of_tools).values("actor_id"))
        if need_ids:
            tools_of_needs = tool_needs.filter(need_id__in=need_ids).values("tool_id")
            condition |= models.Q(pk__in=actor_needs.filter(need_id__in=need_ids).values("actor_id"))
            condition |= models.Q(pk__in=actor_tools.filter(tool_id__in=tools_of_needs).values("actor_id"))
        return self.filter(condition)

    def near(self, latitude, longitude, *, within_km=None, commune=None):
        """Annotated with `distance_km` from the point (exact, in SQL) and ordered by it, unplaced last.

        With `within_km`, only actors in that circle (a bounding box first, then the exact distance),
        plus those that serve the whole département or, when given, `commune`.
        """
        distance = geo.distance_km("latitude", "longitude", latitude, longitude)
        queryset = self.annotate(distance_km=distance)
        if within_km is not None:
            reach = models.Q(serves_whole_departement=True)
            if commune is not None:
                reach |= models.Q(
                    pk__in=Actor.communes_served.through.objects.filter(commune=commune).values("actor_id")
                )
            inside = geo.within_box("latitude", "longitude", latitude, longitude, within_km) & models.Q(
                distance_km__lte=within_km
            )
            queryset = queryset.filter(inside | reach)
        return queryset.order_by(models.F("distance_km").asc(nulls_last=True), "sort_name", "pk")

    def nearest_to(self, latitude, longitude):
        """Ordered by distance to a point (see `near`); unplaced actors last."""
        return self.near(latitude, longitude)


class Actor(models.Model):
    class Kind(models.TextChoices):
        ASSOCIATION = "association", "Association"
        NETWORK = "network", "Réseau associatif"
        THIRD_PLACE = "third_place", "Tiers-lieu / fablab"
        PUBLIC_DIGITAL_SPACE = "epn", "Espace public numérique"
        LOCAL_AUTHORITY = "local_authority", "Collectivité"
        STATE_SERVICE = "state", "Service de l'État"
        PUBLIC_BODY = "public_body", "Organisme public"
        SOCIAL_ECONOMY = "ess", "Entreprise de l'ESS"
        OTHER = "other", "Autre"

    class Public(models.TextChoices):
        ASSOCIATIONS = "associations", "Associations"
        VOLUNTEERS = "volunteers", "Bénévoles"
        LEADERS = "leaders", "Dirigeants associatifs"
        EMPLOYEES = "employees", "Salariés associatifs"
        EVERYONE = "everyone", "Tout public"

    class AccessMode(models.TextChoices):
        WALK_IN = "walk_in", "Se présenter sur place"
        PHONE = "phone", "Téléphoner"
        EMAIL = "email", "Écrire un courriel"
        ONLINE_APPOINTMENT = "appointment", "Prendre rendez-vous en ligne"

    name = models.CharField("nom", max_length=200, unique=True)
    acronym = models.CharField("sigle", max_length=40, blank=True)
    slug = models.SlugField("identifiant d'adresse", max_length=200, unique=True)
    kind = models.CharField("type de structure", max_length=20, choices=Kind.choices)
    siret = models.CharField("SIRET", max_length=14, blank=True, validators=[validate_siret])
    rna = models.CharField("numéro RNA", max_length=10, blank=True, validators=[rna_validator])
    summary = models.CharField("présentation en une ligne", max_length=250)
    description = models.TextField("description (Markdown)", blank=True)
    services = models.ManyToManyField(Service, related_name="actors", verbose_name="services proposés", blank=True)
    publics = models.JSONField("publics", default=list, blank=True)
    tools = models.ManyToManyField(
        Tool, related_name="actors", verbose_name="outils avec lesquels il peut aider", blank=True
    )
    needs = models.ManyToManyField(Need, related_name="actors", verbose_name="besoins couverts", blank=True)
    serves_whole_departement = models.BooleanField("intervient dans tout le département", default=False)
    communes_served = models.ManyToManyField(
        Commune, related_name="actors_serving", verbose_name="communes desservies", blank=True
    )
    street = models.CharField("adresse", max_length=200, blank=True)
    address_complement = models.CharField("complément d'adresse", max_length=200, blank=True)
    postal_code = models.CharField("code postal", max_length=5, blank=True, validators=[postal_code_validator])
    commune = models.CharField("commune", max_length=120, blank=True)
    insee_code = models.CharField("code INSEE", max_length=5, blank=True, validators=[insee_code_validator])
    latitude = models.DecimalField(
        "latitude",
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        "longitude",
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    location_is_approximate = models.BooleanField(
        "position approximative",
        default=False,
        help_text="Cochez quand le point sur la carte est le centre de la commune, pas l'adresse exacte.",
    )
    website = models.URLField("site web", blank=True)
    email = models.EmailField(
        "courriel public", blank=True, help_text="L'adresse publique de la structure, jamais celle d'une personne."
    )
    phone = models.CharField(
        "téléphone public",
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text="Le numéro d'accueil de la structure, jamais celui d'une personne.",
    )
    opening_hours = models.CharField(
        "horaires d'accueil (syntaxe OpenStreetMap)",
        max_length=255,
        blank=True,
        validators=[validate_opening_hours],
        help_text="Par exemple : Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00",
    )
    access_modes = models.JSONField("modes d'accès", default=list, blank=True)
    accessibility_notes = models.TextField("accessibilité du lieu", blank=True)
    acceslibre_url = models.URLField("fiche Acceslibre", blank=True)
    is_published = models.BooleanField("publié", default=True)
    verified_on = models.DateField("vérifié le", null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="vérifié par",
    )
    search_text = models.TextField(editable=False, default="")
    # French alphabetical order on SQLite and PostgreSQL alike ("Écrivains" between "Échos" and "Fab").
    sort_name = models.CharField(max_length=200, editable=False, default="", db_index=True)
    # Optimistic locking: incremented on every save through the edit form.
    version = models.PositiveIntegerField("version", default=1, editable=False)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    objects = ActorQuerySet.as_manager()

    class Meta:
        verbose_name = "acteur"
        verbose_name_plural = "acteurs"
        ordering = ["sort_name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
                name="actor_lat_lon_together",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        self.sort_name = normalize_search_text(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("actors:actor_detail", args=[self.slug])

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            field = "longitude" if self.longitude is None else "latitude"
            raise ValidationError({field: "Indiquez la latitude et la longitude ensemble, ou aucune des deux."})

    def build_search_text(self):
        return normalize_search_text(" ".join([self.name, self.acronym, self.summary, self.commune]))

    @property
    def display_name(self):
        return f"{self.name} ({self.acronym})" if self.acronym and self.acronym not in self.name else self.name

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def is_stale(self):
        return self.verified_on is None or self.verified_on < stale_limit()

    def get_publics_display(self):
        labels = dict(self.Public.choices)
        return [labels[code] for code in self.publics if code in labels]

    def get_access_modes_display(self):
        labels = dict(self.AccessMode.choices)
        return [labels[code] for code in self.access_modes if code in labels]

    def opening_hours_lines(self):
        return describe(self.opening_hours) if self.opening_hours else []


class ErrorReportQuerySet(models.QuerySet):
    def open(self):
        """Reports a coordinator has not handled yet, oldest first."""
        return self.filter(handled_at__isnull=True).order_by("created_at", "pk")


class ErrorReport(models.Model):
    """ "Signaler une erreur": a visitor tells coordinators that an actor's page is wrong or outdated.

    Stored as plain text (escaped on display). The e-mail address is optional and kept only to
    answer the person about this report; it is erased when the report is marked as handled.
    """

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="error_reports", verbose_name="acteur")
    message = models.TextField("ce qui est faux ou manque", max_length=2000)
    contact_email = models.EmailField(
        "courriel pour vous répondre (facultatif)",
        blank=True,
        help_text="Utilisé seulement pour vous répondre à propos de ce signalement, puis effacé.",
    )
    created_at = models.DateTimeField("signalé le", auto_now_add=True)
    handled_at = models.DateTimeField("traité le", null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="traité par",
    )

    objects = ErrorReportQuerySet.as_manager()

    class Meta:
        verbose_name = "signalement d'erreur"
        verbose_name_plural = "signalements d'erreur"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Signalement sur {self.actor} du {timezone.localtime(self.created_at):%d/%m/%Y}"

    @property
    def is_handled(self):
        return self.handled_at is not None
