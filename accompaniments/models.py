"""The follow-up of an association over time: its steps toward free tools, referrals and visits.

What is kept, and why, is explained in docs/accompaniments.md. In short: the association's name
(a legal person), its optional RNA number, its commune and profile; never a natural person's name
or contact details. Only the advisors assigned to a follow-up see it (accompaniments/perms.py).

`__str__` of every model is neutral ("Accompagnement n° 12"): django-auditlog copies it into the
history, which must never hold the association's name.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import timezone

from actors.models import Actor, Commune, rna_validator
from tools_catalog.models import Need, ProprietaryProduct, Tool
from trainings.models import Session

NAME_MAX_LENGTH = 120
NOTE_MAX_LENGTH = 1000
# Dates typed by advisors must stay within these bounds (a typo like 2202 or 1925 is refused).
PAST_LIMIT_DAYS = 2 * 365
FUTURE_LIMIT_DAYS = 365
# A step that has not changed status for this long is "stalled" (coordinators' figures, training topics).
STALLED_AFTER_DAYS = 90
# No visit for this long: the follow-up appears in the advisor's and the coordinators' to-do.
NO_VISIT_MONTHS = 3
SHARE_TOKEN_BYTES = 32  # 43 URL-safe characters


def new_share_token():
    return secrets.token_urlsafe(SHARE_TOKEN_BYTES)


def earliest_date(today=None):
    return (today or timezone.localdate()) - timedelta(days=PAST_LIMIT_DAYS)


def latest_date(today=None):
    return (today or timezone.localdate()) + timedelta(days=FUTURE_LIMIT_DAYS)


class Staff(models.TextChoices):
    """Same values as the visit sheet's public parameter `equipe`."""

    VOLUNTEERS = "benevoles", "Bénévoles seulement"
    EMPLOYEES = "salaries", "Avec des salariés"


class Budget(models.TextChoices):
    """Same values as the visit sheet's public parameter `budget`."""

    NONE = "aucun", "Aucun budget"
    SMALL = "petit", "Un petit budget"
    SOME = "moyens", "Quelques moyens"


class Comfort(models.TextChoices):
    """Same values as the visit sheet's public parameter `aisance`."""

    BEGINNER = "debutant", "Débutants"
    COMFORTABLE = "a-l-aise", "À l'aise"
    ADVANCED = "avance", "Avancés"


class FollowupQuerySet(models.QuerySet):
    def for_advisor(self, user):
        """The follow-ups assigned to `user` (nobody else's: coordinators included)."""
        if not getattr(user, "is_authenticated", False) or not user.is_active:
            return self.none()
        return self.filter(pk__in=Followup.advisors.through.objects.filter(user_id=user.pk).values("followup_id"))

    def not_anonymised(self):
        return self.filter(anonymised_at__isnull=True)

    def active(self):
        """Follow-ups in progress (not paused, not closed)."""
        return self.filter(status=Followup.Status.ACTIVE, anonymised_at__isnull=True)

    def without_visit_since(self, limit_date):
        """Active follow-ups whose last visit (or creation, without a visit) is older than `limit_date`."""
        return self.active().filter(
            models.Q(last_visit_on__lt=limit_date)
            | models.Q(last_visit_on__isnull=True, created_at__date__lt=limit_date)
        )

    def closed_before(self, moment):
        """Closed follow-ups, not yet anonymised, closed before `moment` (retention)."""
        return self.filter(status=Followup.Status.CLOSED, closed_at__lt=moment, anonymised_at__isnull=True)

    def with_step_counts(self):
        """Each follow-up with its number of steps by status and of referrals still waiting, in SQL."""

        def count(queryset):
            counted = queryset.order_by().values("followup_id").annotate(n=models.Count("pk")).values("n")
            return models.functions.Coalesce(models.Subquery(counted[:1]), 0)

        steps = Step.objects.filter(followup_id=models.OuterRef("pk"))
        waiting = Referral.objects.filter(step__followup_id=models.OuterRef("pk")).exclude(
            outcome=Referral.Outcome.CONTACTED
        )
        waiting = waiting.order_by().values("step__followup_id").annotate(n=models.Count("pk")).values("n")
        return self.annotate(
            step_count=count(steps),
            adopted_count=count(steps.filter(status=Step.Status.ADOPTED)),
            trying_count=count(steps.filter(status=Step.Status.TRYING)),
            waiting_referrals=models.functions.Coalesce(models.Subquery(waiting[:1]), 0),
        )


class Followup(models.Model):
    """ "Accompagnement": one association followed by one or more advisors over several visits."""

    class Status(models.TextChoices):
        ACTIVE = "active", "En cours"
        PAUSED = "paused", "En pause"
        CLOSED = "closed", "Terminé"

    name = models.CharField(
        "nom de l'association",
        max_length=NAME_MAX_LENGTH,
        help_text="Le nom de l'association (personne morale), jamais celui d'une personne.",
    )
    rna = models.CharField(
        "numéro RNA",
        max_length=10,
        blank=True,
        validators=[rna_validator],
        help_text="Facultatif : W suivi de 9 chiffres, par exemple W372001234.",
    )
    commune = models.ForeignKey(
        Commune,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="followups",
        verbose_name="commune",
    )
    staff = models.CharField("équipe", max_length=10, choices=Staff.choices, blank=True)
    budget = models.CharField("budget", max_length=10, choices=Budget.choices, blank=True)
    comfort = models.CharField("aisance numérique", max_length=10, choices=Comfort.choices, blank=True)
    consent_recorded_at = models.DateTimeField("accord de l'association noté le", editable=False)
    advisors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="followups", verbose_name="accompagnateurs", blank=True
    )
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.ACTIVE)
    # Denormalised from the visits, kept by services.visit_log: the lists sort and filter on them.
    last_visit_on = models.DateField("dernière visite", null=True, blank=True, editable=False)
    next_visit_on = models.DateField("prochaine visite", null=True, blank=True)
    share_token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    share_created_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Optimistic locking: incremented by every change of the follow-up's own fields.
    version = models.PositiveIntegerField("version", default=1, editable=False)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)
    closed_at = models.DateTimeField("terminé le", null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField("anonymisé le", null=True, blank=True, editable=False)

    objects = FollowupQuerySet.as_manager()

    class Meta:
        verbose_name = "accompagnement"
        verbose_name_plural = "accompagnements"
        ordering = ["name", "pk"]
        indexes = [
            models.Index(fields=["status", "last_visit_on"], name="followup_status_visit_idx"),
            models.Index(fields=["next_visit_on"], name="followup_next_visit_idx"),
            models.Index(fields=["status", "closed_at"], name="followup_status_closed_idx"),
        ]

    def __str__(self):
        return f"Accompagnement n° {self.pk}"

    def get_absolute_url(self):
        return reverse("accompaniments:detail", args=[self.pk])

    def get_additional_data(self):
        """Stored with every history entry, so that the file's history finds its deleted steps too."""
        return {"followup": self.pk}

    @property
    def is_closed(self):
        return self.status == self.Status.CLOSED

    @property
    def is_anonymised(self):
        return self.anonymised_at is not None

    def profile_labels(self):
        labels = []
        for prefix, value, choices in (
            ("Équipe", self.staff, Staff),
            ("Budget", self.budget, Budget),
            ("Aisance numérique", self.comfort, Comfort),
        ):
            if value:
                labels.append((prefix, choices(value).label))
        return labels


class StepQuerySet(models.QuerySet):
    def ordered(self):
        return self.order_by("position", "pk")

    def stalled(self, today=None):
        """Steps still open (proposed, trying, postponed) whose status has not changed for STALLED_AFTER_DAYS."""
        limit = timezone.now() - timedelta(days=STALLED_AFTER_DAYS)
        return self.filter(status__in=Step.OPEN_STATUSES, status_changed_at__lt=limit)


class Step(models.Model):
    """A step of the path: replace a proprietary product by a free tool, or meet a need (with a tool or not)."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposé"
        TRYING = "trying", "À l'essai"
        ADOPTED = "adopted", "Adopté"
        ABANDONED = "abandoned", "Abandonné"
        POSTPONED = "postponed", "Reporté"

    class AbandonReason(models.TextChoices):
        NO_TIME = "no_time", "Manque de temps"
        DATA_LOSS = "data_loss", "Peur de perdre les données"
        PARTNERS = "partners", "Partenaires qui restent sur l'outil"
        MISSING_FEATURE = "missing_feature", "Fonction manquante"
        COST = "cost", "Coût"
        OTHER = "other", "Autre"

    # The allowed moves; anything else is refused by services.step_move (docs/accompaniments.md).
    TRANSITIONS = {
        Status.PROPOSED: (Status.TRYING, Status.ADOPTED, Status.ABANDONED, Status.POSTPONED),
        Status.TRYING: (Status.ADOPTED, Status.ABANDONED, Status.POSTPONED),
        Status.POSTPONED: (Status.PROPOSED, Status.TRYING, Status.ABANDONED),
        Status.ADOPTED: (Status.ABANDONED,),
        Status.ABANDONED: (Status.PROPOSED,),
    }
    OPEN_STATUSES = (Status.PROPOSED, Status.TRYING, Status.POSTPONED)

    followup = models.ForeignKey(
        Followup, on_delete=models.CASCADE, related_name="steps", verbose_name="accompagnement"
    )
    product = models.ForeignKey(
        ProprietaryProduct,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="followup_steps",
        verbose_name="produit propriétaire remplacé",
    )
    tool = models.ForeignKey(
        Tool, on_delete=models.PROTECT, null=True, blank=True, related_name="followup_steps", verbose_name="outil libre"
    )
    need = models.ForeignKey(
        Need, on_delete=models.PROTECT, null=True, blank=True, related_name="followup_steps", verbose_name="besoin"
    )
    position = models.PositiveIntegerField("ordre", default=0)
    status = models.CharField("statut", max_length=10, choices=Status.choices, default=Status.PROPOSED)
    abandon_reason = models.CharField("raison de l'abandon", max_length=20, choices=AbandonReason.choices, blank=True)
    status_changed_at = models.DateTimeField("statut changé le", default=timezone.now)
    session = models.ForeignKey(
        Session,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="followup_steps",
        verbose_name="session de formation",
    )
    version = models.PositiveIntegerField("version", default=1, editable=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    objects = StepQuerySet.as_manager()

    class Meta:
        verbose_name = "étape"
        verbose_name_plural = "étapes"
        ordering = ["followup", "position", "pk"]
        indexes = [
            models.Index(fields=["tool", "status"], name="step_tool_status_idx"),
            models.Index(fields=["product", "status"], name="step_product_status_idx"),
            models.Index(fields=["status", "status_changed_at"], name="step_status_changed_idx"),
            # Covers the figures per equivalence (adopted / abandoned, by pair and reason).
            models.Index(fields=["status", "product", "tool", "abandon_reason"], name="step_figures_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(product__isnull=False, tool__isnull=False, need__isnull=True)
                    | models.Q(product__isnull=True, need__isnull=False)
                ),
                name="step_replaces_a_product_or_meets_a_need",
                violation_error_message="Une étape remplace un produit par un outil libre, ou répond à un besoin.",
            ),
            models.CheckConstraint(
                condition=models.Q(status="abandoned", abandon_reason__gt="")
                | (~models.Q(status="abandoned") & models.Q(abandon_reason="")),
                name="step_abandon_reason_only_when_abandoned",
                violation_error_message="Un abandon a une raison ; les autres statuts n'en ont pas.",
            ),
            models.UniqueConstraint(
                fields=["followup", "product", "tool"],
                condition=models.Q(product__isnull=False),
                name="unique_step_per_equivalence",
                violation_error_message="Cette étape est déjà dans l'accompagnement.",
            ),
            models.UniqueConstraint(
                fields=["followup", "need"],
                condition=models.Q(need__isnull=False),
                name="unique_step_per_need",
                violation_error_message="Ce besoin est déjà dans l'accompagnement.",
            ),
        ]

    def __str__(self):
        return f"Étape n° {self.pk}"

    def get_absolute_url(self):
        return reverse("accompaniments:step", args=[self.followup_id, self.pk])

    def get_additional_data(self):
        return {"followup": self.followup_id}

    @property
    def label(self):
        """ "Zoom → Jitsi Meet" or "Comptabilité (Paheko)": needs the related objects loaded."""
        if self.product_id:
            return f"{self.product.name} → {self.tool.name}"
        if self.tool_id:
            return f"{self.need.name} : {self.tool.name}"
        return self.need.name

    @property
    def allowed_statuses(self):
        return [self.Status(value) for value in self.TRANSITIONS.get(self.status, ())]

    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES

    @property
    def status_badge(self):
        return {
            self.Status.ADOPTED: "success",
            self.Status.TRYING: "info",
            self.Status.ABANDONED: "error",
            self.Status.POSTPONED: "warning",
        }.get(self.status, "")

    @property
    def migration_url(self):
        """Where the pair's migration steps are: the tool page, opened at this product."""
        if not self.product_id:
            return ""
        return f"{self.tool.get_absolute_url()}?depuis={self.product.slug}#remplacer-{self.product.slug}"


class Referral(models.Model):
    """ "Orientée vers Informatique participative le 12 mars", then what came of it."""

    class Outcome(models.TextChoices):
        NOT_YET = "not_yet", "Pas encore"
        CONTACTED = "contacted", "Contact pris"
        UNKNOWN = "unknown", "Ne sait pas"

    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="referrals", verbose_name="étape")
    actor = models.ForeignKey(
        Actor, on_delete=models.SET_NULL, null=True, related_name="followup_referrals", verbose_name="acteur"
    )
    referred_on = models.DateField("orientée le")
    outcome = models.CharField("suite donnée", max_length=10, choices=Outcome.choices, default=Outcome.NOT_YET)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    class Meta:
        verbose_name = "orientation"
        verbose_name_plural = "orientations"
        ordering = ["step", "referred_on", "pk"]
        indexes = [models.Index(fields=["actor", "referred_on"], name="referral_actor_date_idx")]

    def __str__(self):
        return f"Orientation n° {self.pk}"

    def get_additional_data(self):
        return {"followup": self.step.followup_id if self.step_id else None}

    @property
    def outcome_badge(self):
        return {self.Outcome.CONTACTED: "success", self.Outcome.NOT_YET: "warning"}.get(self.outcome, "")


class Visit(models.Model):
    """A visit (or a call): date, way, a short private note, the next date. Not in the history."""

    class Way(models.TextChoices):
        ONSITE = "onsite", "Sur place"
        PHONE = "phone", "Téléphone"
        VIDEO = "video", "Visio"

    followup = models.ForeignKey(
        Followup, on_delete=models.CASCADE, related_name="visits", verbose_name="accompagnement"
    )
    visited_on = models.DateField("date de la visite")
    way = models.CharField("comment", max_length=10, choices=Way.choices)
    note = models.TextField(
        "note privée",
        blank=True,
        validators=[MaxLengthValidator(NOTE_MAX_LENGTH)],
        help_text=(
            f"{NOTE_MAX_LENGTH} caractères au plus, lue seulement par les accompagnateurs du suivi. "
            "N'y écrivez ni nom ni coordonnées de personne, ni donnée de santé, d'opinion politique, "
            "religieuse ou syndicale."
        ),
    )
    next_visit_on = models.DateField("prochaine visite", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="noté par",
    )
    created_at = models.DateTimeField("notée le", auto_now_add=True)

    class Meta:
        verbose_name = "visite"
        verbose_name_plural = "visites"
        ordering = ["-visited_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("note"), NOTE_MAX_LENGTH),
                name="visit_note_bounded",
                violation_error_message=f"La note compte au plus {NOTE_MAX_LENGTH} caractères.",
            ),
            models.CheckConstraint(
                condition=models.Q(next_visit_on__isnull=True) | models.Q(next_visit_on__gt=models.F("visited_on")),
                name="visit_next_after_visit",
                violation_error_message="La prochaine visite doit être après celle-ci.",
            ),
        ]

    def __str__(self):
        return f"Visite n° {self.pk}"
