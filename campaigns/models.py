"""Campaigns on a territory (steps, deadlines, town halls) and the public inventory of actions."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from actors.models import Actor, Commune
from trainings.models import Session


class Funding(models.TextChoices):
    FDVA = "fdva", "FDVA"
    DLA = "dla", "DLA"
    ANCT = "anct", "ANCT"
    OTHER = "other", "Autre"


class CampaignQuerySet(models.QuerySet):
    def public(self):
        """Campaigns anyone may see (not in preparation), the most recent first."""
        return self.exclude(status=Campaign.Status.PREPARATION).order_by("-starts_on", "pk")


class Campaign(models.Model):
    """An offer carried to a territory over a period, in steps, with its carriers and its funding."""

    class Status(models.TextChoices):
        PREPARATION = "preparation", "En préparation"
        ONGOING = "ongoing", "En cours"
        DONE = "done", "Terminée"

    title = models.CharField("titre", max_length=200)
    slug = models.SlugField("identifiant d'adresse", max_length=200, unique=True)
    summary = models.TextField("présentation", blank=True, help_text="À quoi sert la campagne, pour qui (Markdown).")
    communes = models.ManyToManyField(Commune, related_name="campaigns", verbose_name="communes du territoire")
    territory_name = models.CharField(
        "nom du territoire",
        max_length=200,
        blank=True,
        help_text="Par exemple : Communauté de communes Loches Sud Touraine.",
    )
    starts_on = models.DateField("début")
    ends_on = models.DateField("fin")
    carriers = models.ManyToManyField(Actor, related_name="campaigns", verbose_name="porteurs", blank=True)
    funding = models.CharField("financement", max_length=10, choices=Funding.choices, default=Funding.FDVA)
    funding_amount = models.DecimalField(
        "montant (€)", max_digits=10, decimal_places=2, null=True, blank=True, help_text="Facultatif."
    )
    status = models.CharField("statut", max_length=12, choices=Status.choices, default=Status.PREPARATION)
    outcome = models.TextField("bilan", blank=True, help_text="Ce que la campagne a donné (montré dans l'inventaire).")
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        verbose_name = "campagne"
        verbose_name_plural = "campagnes"
        ordering = ["-starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="campaign_ends_after_start",
                violation_error_message="La fin de la campagne doit être après son début.",
            ),
            models.CheckConstraint(
                condition=models.Q(funding_amount__isnull=True) | models.Q(funding_amount__gte=0),
                name="campaign_amount_not_negative",
                violation_error_message="Le montant ne peut pas être négatif.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("campaigns:campaign_detail", args=[self.slug])

    @property
    def is_public(self):
        return self.status != self.Status.PREPARATION


class StepQuerySet(models.QuerySet):
    def late(self, today=None):
        """Steps still to do whose due date has passed, the oldest first."""
        today = today or timezone.localdate()
        return self.filter(status=Step.Status.PLANNED, due_on__lt=today).order_by("due_on", "pk")


class Step(models.Model):
    """A dated step of a campaign (soirée d'interconnaissance, atelier, permanence, bilan…)."""

    class Status(models.TextChoices):
        PLANNED = "todo", "À faire"  # the stored value stays "todo"
        DONE = "done", "Faite"
        CANCELLED = "cancelled", "Abandonnée"

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="steps", verbose_name="campagne")
    title = models.CharField("intitulé", max_length=200)
    description = models.TextField("description", blank=True)
    due_on = models.DateField("échéance")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="responsable (compte)",
    )
    owner_name = models.CharField(
        "responsable (nom)", max_length=200, blank=True, help_text="Une personne ou une structure sans compte."
    )
    status = models.CharField("statut", max_length=10, choices=Status.choices, default=Status.PLANNED)
    sessions = models.ManyToManyField(Session, related_name="campaign_steps", verbose_name="sessions", blank=True)
    actors = models.ManyToManyField(Actor, related_name="campaign_steps", verbose_name="acteurs", blank=True)

    objects = StepQuerySet.as_manager()

    class Meta:
        verbose_name = "étape"
        verbose_name_plural = "étapes"
        ordering = ["due_on", "pk"]

    def __str__(self):
        return self.title

    def is_late(self, today=None):
        return self.status == self.Status.PLANNED and self.due_on < (today or timezone.localdate())

    @property
    def owner_label(self):
        if self.owner_id:
            return self.owner.get_full_name() or self.owner.get_username()
        return self.owner_name


class ActionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True).order_by("-starts_on", "pk")


class Action(models.Model):
    """A one-off action of the working group (a stand, a workshop, a meeting) for the inventory."""

    class Kind(models.TextChoices):
        WORKSHOP = "atelier", "Atelier"
        MEETING = "rencontre", "Rencontre"
        STAND = "stand", "Stand"
        DROP_IN = "permanence", "Permanence"
        OTHER = "autre", "Autre"

    title = models.CharField("titre", max_length=200)
    kind = models.CharField("type", max_length=12, choices=Kind.choices, default=Kind.WORKSHOP)
    starts_on = models.DateField("date")
    ends_on = models.DateField("fin", null=True, blank=True, help_text="Laissez vide pour une action d'un jour.")
    place = models.CharField("lieu", max_length=200, blank=True)
    communes = models.ManyToManyField(Commune, related_name="actions", verbose_name="communes", blank=True)
    carriers = models.ManyToManyField(Actor, related_name="actions", verbose_name="porteurs", blank=True)
    outcome = models.TextField("bilan", blank=True)
    is_published = models.BooleanField("publiée", default=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        verbose_name = "action ponctuelle"
        verbose_name_plural = "actions ponctuelles"
        ordering = ["-starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=models.F("starts_on")),
                name="action_ends_after_start",
                violation_error_message="La fin doit être après le début.",
            )
        ]

    def __str__(self):
        return self.title


class TownHall(models.Model):
    """The town hall of a commune: public contact details from the public-administration directory."""

    commune = models.OneToOneField(Commune, on_delete=models.CASCADE, related_name="town_hall", verbose_name="commune")
    name = models.CharField("nom", max_length=200)
    email = models.EmailField("courriel public", blank=True)
    phone = models.CharField("téléphone", max_length=40, blank=True)
    website = models.URLField("site web", blank=True)
    directory_id = models.CharField("identifiant dans l'annuaire", max_length=100, blank=True)
    updated_at = models.DateTimeField("mise à jour le", auto_now=True)

    class Meta:
        verbose_name = "mairie"
        verbose_name_plural = "mairies"
        ordering = ["commune__name"]

    def __str__(self):
        return self.name


class TownHallContact(models.Model):
    """Per campaign and commune: when its town hall was contacted, reminded, and whether the poster is up."""

    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="town_hall_contacts", verbose_name="campagne"
    )
    commune = models.ForeignKey(Commune, on_delete=models.CASCADE, related_name="+", verbose_name="commune")
    contacted_on = models.DateField("contactée le", null=True, blank=True)
    reminded_on = models.DateField("relancée le", null=True, blank=True)
    poster_up = models.BooleanField("affiche posée", default=False)

    class Meta:
        verbose_name = "suivi d'une mairie"
        verbose_name_plural = "suivi des mairies"
        ordering = ["campaign", "commune__name"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "commune"], name="town_hall_contact_unique"),
            models.CheckConstraint(
                condition=models.Q(reminded_on__isnull=True)
                | models.Q(contacted_on__isnull=False, reminded_on__gte=models.F("contacted_on")),
                name="town_hall_reminded_after_contact",
                violation_error_message="La relance vient après le premier contact.",
            ),
        ]

    def __str__(self):
        return f"{self.campaign} – {self.commune}"
