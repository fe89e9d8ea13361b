"""Equipment: reconditioned offers of local actors, dated reference prices, funding schemes.

What the visit sheet's "Avant d'acheter du neuf" and the guide "Financer l'équipement d'une
association autrement" show. Coordinators keep these rows current in the coordination space; the
writes go through equipment.services (optimistic lock on `version`, history by django-auditlog).
"""

from datetime import datetime, time

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from core.dates import months_ago

OFFER_STALE_AFTER_MONTHS = 6
MONTHS = [
    (1, "janvier"),
    (2, "février"),
    (3, "mars"),
    (4, "avril"),
    (5, "mai"),
    (6, "juin"),
    (7, "juillet"),
    (8, "août"),
    (9, "septembre"),
    (10, "octobre"),
    (11, "novembre"),
    (12, "décembre"),
]
MONTH_NAMES = dict(MONTHS)


def offer_stale_limit(today=None):
    """The date before which an offer's verification is too old (6 months before `today`)."""
    now = timezone.make_aware(datetime.combine(today, time(12))) if today else None
    return months_ago(OFFER_STALE_AFTER_MONTHS, now).date()


class OfferQuerySet(models.QuerySet):
    def current(self, today=None):
        """Published, verified within 6 months, by a published actor: what the public may see."""
        return self.filter(is_published=True, actor__is_published=True, verified_on__gte=offer_stale_limit(today))

    def stale(self, today=None):
        return self.filter(is_published=True).filter(
            Q(verified_on__lt=offer_stale_limit(today)) | Q(verified_on__isnull=True)
        )


class Offer(models.Model):
    """A reconditioned-equipment offer of a local actor ("à partir de 150 €, garantie 12 mois")."""

    COMPUTER, LAPTOP, PHONE = "ordinateur", "portable", "telephone"
    KIND_CHOICES = [(COMPUTER, "Ordinateur de bureau"), (LAPTOP, "Ordinateur portable"), (PHONE, "Téléphone")]

    actor = models.ForeignKey(
        "actors.Actor", on_delete=models.CASCADE, related_name="equipment_offers", verbose_name="acteur"
    )
    kind = models.CharField("type de matériel", max_length=20, choices=KIND_CHOICES)
    price_from = models.DecimalField(
        "prix à partir de (€)", max_digits=8, decimal_places=2, validators=[MinValueValidator(0)]
    )
    warranty_months = models.PositiveSmallIntegerField(
        "garantie (mois)", null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    system_installed = models.CharField(
        "système installé", max_length=120, blank=True, help_text="Par exemple « Linux Mint » ou « Emmabuntüs »."
    )
    note = models.CharField("précision", max_length=300, blank=True)
    verified_on = models.DateField(
        "vérifié le", null=True, blank=True, help_text="Après 6 mois sans vérification, l'offre n'est plus montrée."
    )
    is_published = models.BooleanField("publiée", default=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        verbose_name = "offre de matériel reconditionné"
        verbose_name_plural = "offres de matériel reconditionné"
        ordering = ["actor__name", "kind", "price_from"]
        constraints = [
            models.CheckConstraint(condition=Q(price_from__gte=0), name="equipment_offer_price_not_negative"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.actor}"

    @property
    def is_stale(self):
        return self.verified_on is None or self.verified_on < offer_stale_limit()


class ReferencePrice(models.Model):
    """A dated, sourced reference price for the sheet's three-year comparison."""

    NEW_COMPUTER = "ordinateur-neuf"
    LICENCES = "licences-par-an"
    SUBSCRIPTIONS = "abonnements-par-an"
    RECONDITIONED = "ordinateur-reconditionne"
    KIND_CHOICES = [
        (NEW_COMPUTER, "Ordinateur neuf (prix d'achat)"),
        (LICENCES, "Licences de logiciels, par poste et par an"),
        (SUBSCRIPTIONS, "Abonnements (suite bureautique en ligne…), par poste et par an"),
        (RECONDITIONED, "Ordinateur reconditionné (prix d'achat)"),
    ]

    kind = models.CharField("poste", max_length=30, choices=KIND_CHOICES)
    amount = models.DecimalField("montant (€)", max_digits=8, decimal_places=2, validators=[MinValueValidator(0)])
    observed_on = models.DateField("relevé le")
    source = models.CharField("source", max_length=300, help_text="Où ce prix a été relevé (site, devis, étude).")
    source_url = models.URLField("adresse de la source", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "prix de référence"
        verbose_name_plural = "prix de référence"
        ordering = ["kind", "-observed_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="equipment_reference_price_not_negative"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} : {self.amount} € ({self.observed_on:%d/%m/%Y})"


class SchemeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def open_on(self, day, commune=None):
        """Published schemes whose months include `day`'s month, not past their closing date, and
        covering the whole département or `commune`."""
        month = day.month
        in_months = Q(wraps_year=False, opens_month__lte=month, closes_month__gte=month) | Q(wraps_year=True) & (
            Q(opens_month__lte=month) | Q(closes_month__gte=month)
        )
        territory = Q(whole_departement=True)
        if commune is not None:
            territory |= Q(
                pk__in=FundingScheme.communes.through.objects.filter(commune=commune).values("fundingscheme_id")
            )
        return (
            self.published()
            .filter(in_months, territory)
            .filter(Q(closes_on__isnull=True) | Q(closes_on__gte=day))
            .order_by("name", "pk")
        )

    def past(self, day):
        """Published schemes whose closing date has passed: to update (new campaign) or unpublish."""
        return self.published().filter(closes_on__lt=day)


class FundingScheme(models.Model):
    """A funding scheme an association may ask for equipment or for support (FDVA, local grants…)."""

    STATE, REGION, DEPARTEMENT, COMMUNE, FOUNDATION, OTHER = (
        "etat",
        "region",
        "departement",
        "commune",
        "fondation",
        "autre",
    )
    # The fixed list of funders, also the visit form's "grant requested from" choices (no free text).
    FUNDER_CHOICES = [
        (STATE, "L'État (FDVA, service départemental)"),
        (REGION, "La Région Centre-Val de Loire"),
        (DEPARTEMENT, "Le Département d'Indre-et-Loire"),
        (COMMUNE, "La commune ou l'intercommunalité"),
        (FOUNDATION, "Une fondation"),
        (OTHER, "Un autre financeur"),
    ]

    slug = models.SlugField("adresse", max_length=80, unique=True)
    name = models.CharField("nom", max_length=200)
    funder = models.CharField("financeur", max_length=200, help_text="Par exemple « État — SDJES d'Indre-et-Loire ».")
    funder_kind = models.CharField("type de financeur", max_length=20, choices=FUNDER_CHOICES)
    purpose = models.TextField("objet", help_text="Ce que le dispositif finance, en une ou deux phrases.")
    opens_month = models.PositiveSmallIntegerField("ouvre en", choices=MONTHS)
    closes_month = models.PositiveSmallIntegerField("ferme en", choices=MONTHS)
    wraps_year = models.BooleanField(
        "à cheval sur deux années",
        default=False,
        help_text="Cochez si la période commence une année et finit la suivante (par exemple de novembre à février).",
    )
    closes_on = models.DateField(
        "date limite de la campagne en cours",
        null=True,
        blank=True,
        help_text="Si elle est connue. Une fois passée, le dispositif n'est plus montré comme ouvert et apparaît dans le « à faire ».",
    )
    link = models.URLField("lien officiel")
    source = models.CharField("source", max_length=300, blank=True)
    checked_on = models.DateField("vérifié le", null=True, blank=True)
    whole_departement = models.BooleanField("tout le département", default=True)
    communes = models.ManyToManyField(
        "actors.Commune", blank=True, related_name="funding_schemes", verbose_name="communes concernées"
    )
    is_published = models.BooleanField("publié", default=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SchemeQuerySet.as_manager()

    class Meta:
        verbose_name = "dispositif de financement"
        verbose_name_plural = "dispositifs de financement"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(opens_month__gte=1, opens_month__lte=12, closes_month__gte=1, closes_month__lte=12),
                name="equipment_scheme_months_valid",
            ),
            models.CheckConstraint(
                condition=Q(wraps_year=True) | Q(opens_month__lte=models.F("closes_month")),
                name="equipment_scheme_months_in_order",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def months_label(self):
        opens, closes = MONTH_NAMES[self.opens_month], MONTH_NAMES[self.closes_month]
        if self.opens_month == self.closes_month and not self.wraps_year:
            return f"en {opens}"
        return f"de {opens} à {closes}" + (" (l'année suivante)" if self.wraps_year else "")
