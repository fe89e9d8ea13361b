"""Training modules, their dated sessions and the registrations to them (with a waiting list)."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import timezone

from actors.models import Actor, Commune
from core.validators import single_line
from tools_catalog.models import Need, Tool

# A cancelled session stays listed (and in the feeds, with STATUS:CANCELLED) this long after its cancellation,
# so calendar apps that subscribed to the feed remove it and people see why it disappeared.
CANCELLED_VISIBLE_DAYS = 30


def new_token():
    """An unguessable management token (256 bits), sent only by e-mail to the registrant."""
    return secrets.token_urlsafe(32)


class Audience(models.TextChoices):
    INFORMATEURS = "informateurs", "Informateurs"
    ACCOMPAGNATEURS = "accompagnateurs", "Accompagnateurs"
    BENEVOLES = "benevoles", "Bénévoles"
    SALARIES = "salaries", "Salariés associatifs"


class TrainingQuerySet(models.QuerySet):
    def published(self):
        """Modules visible to the public, by title."""
        return self.filter(is_published=True).order_by("title")

    def for_audience(self, code):
        """Modules whose audiences include `code` (JSON list; a quoted match works on SQLite and PostgreSQL)."""
        return self.filter(audiences__icontains=f'"{code}"')


class Training(models.Model):
    """A training module ("module de formation"): what is taught, to whom; dated by its sessions."""

    class Format(models.TextChoices):
        ONSITE = "onsite", "Présentiel"
        REMOTE = "remote", "À distance"
        HYBRID = "hybrid", "Hybride"

    title = models.CharField("titre", max_length=200, unique=True)
    slug = models.SlugField("identifiant d'adresse", max_length=200, unique=True)
    audiences = models.JSONField("publics", default=list, blank=True)
    summary = models.CharField("résumé", max_length=300)
    objectives = models.TextField("objectifs (Markdown)", blank=True)
    programme = models.TextField("programme (Markdown)", blank=True)
    prerequisites = models.TextField("prérequis", blank=True)
    duration = models.CharField("durée", max_length=80, help_text="Par exemple : une demi-journée (3 heures).")
    format = models.CharField("format", max_length=10, choices=Format.choices, default=Format.ONSITE)
    needs = models.ManyToManyField(Need, related_name="trainings", verbose_name="besoins abordés", blank=True)
    tools = models.ManyToManyField(Tool, related_name="trainings", verbose_name="outils abordés", blank=True)
    organisers = models.ManyToManyField(
        Actor, related_name="organised_trainings", verbose_name="organisateurs", blank=True
    )
    speakers = models.ManyToManyField(
        Actor, related_name="trainings_as_speaker", verbose_name="intervenants", blank=True
    )
    is_published = models.BooleanField("publié", default=True)
    resources = models.TextField(
        "ressources (Markdown)",
        blank=True,
        help_text="Envoyées aux participants après chaque session, avec le lien vers le questionnaire d'avis : "
        "supports, liens, fiches pratiques.",
    )
    proposed_from = models.CharField(
        "origine de la proposition",
        max_length=300,
        blank=True,
        help_text="Par exemple : Proposée suite à l'enquête « Vos outils numériques » (n = 42). "
        "Affichée sur la page du module et de ses sessions.",
    )
    version = models.PositiveIntegerField("version", default=1, editable=False)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    objects = TrainingQuerySet.as_manager()

    class Meta:
        verbose_name = "module de formation"
        verbose_name_plural = "modules de formation"
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("trainings:training_detail", args=[self.slug])

    def get_audiences_display(self):
        labels = dict(Audience.choices)
        return [labels[code] for code in self.audiences or [] if code in labels]


class SessionQuerySet(models.QuerySet):
    def published(self):
        """Sessions of published modules."""
        return self.filter(training__is_published=True)

    def upcoming(self, now=None):
        """Sessions not yet finished, soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Finished sessions, most recent first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def listed(self, now=None):
        """Hide sessions cancelled more than CANCELLED_VISIBLE_DAYS ago; recent cancellations stay, marked."""
        limit = (now or timezone.now()) - timedelta(days=CANCELLED_VISIBLE_DAYS)
        return self.exclude(status=Session.Status.CANCELLED, cancelled_at__lt=limit)

    def open_for_registration(self):
        """Not cancelled (the dates are checked by Session.registration_problem)."""
        return self.exclude(status=Session.Status.CANCELLED)

    def public(self, now=None, *, include_hidden_modules=False):
        """Sessions the calendar shows: of published modules (coordinators may include hidden ones),
        without the cancellations older than CANCELLED_VISIBLE_DAYS."""
        queryset = self if include_hidden_modules else self.published()
        return queryset.listed(now)

    def public_upcoming(self, now=None, *, include_cancelled=False, include_hidden_modules=False):
        """THE upcoming sessions every page lists (list, feed, module page, slots, home, companion):
        of published modules, not finished, soonest first, cancelled ones left out.

        `include_cancelled=True` keeps the recent cancellations (marked "Annulée") where people
        who saw a session must learn it is off: the list, the feed, the module page.
        `include_hidden_modules=True` is for coordinators, who also see sessions of hidden modules.
        """
        now = now or timezone.now()
        if include_cancelled:
            queryset = self.public(now, include_hidden_modules=include_hidden_modules)
        else:
            queryset = (self if include_hidden_modules else self.published()).open_for_registration()
        return queryset.upcoming(now)

    def with_places_left(self, now=None):
        """Annotate `confirmed_count`, `held_count` (places held for a request awaiting its e-mail
        confirmation, still within its time), `waitlist_count` and `places_left`, counted in SQL."""
        now = now or timezone.now()

        def count(condition):
            counted = (
                Registration.objects.filter(condition, session_id=models.OuterRef("pk"))
                .order_by()
                .values("session_id")
                .annotate(n=models.Count("pk"))
                .values("n")
            )
            return Coalesce(models.Subquery(counted[:1]), 0)

        return self.annotate(
            confirmed_count=count(models.Q(status__in=Registration.TAKING_A_PLACE)),
            held_count=count(models.Q(status=Registration.Status.HELD, hold_expires_at__gt=now)),
            waitlist_count=count(models.Q(status=Registration.Status.WAITLISTED)),
        ).annotate(places_left=models.F("capacity") - models.F("confirmed_count") - models.F("held_count"))

    def for_display(self):
        """With the module, venue and host in the same query."""
        return self.select_related("training", "commune", "host")

    def starting_between(self, start, end):
        """Sessions that start in [start, end), by start."""
        return self.filter(start__gte=start, start__lt=end).order_by("start", "pk")

    def related_to(self, *, tools=(), needs=()):
        """Sessions of modules linked to one of these tools or needs, or to a need one of the tools covers.

        Each link is its own semi-join on an indexed through table (an OR over joined relations
        makes PostgreSQL build the whole join first).
        """
        tool_ids = [tool.pk for tool in tools]
        need_ids = [need.pk for need in needs]
        training_tools, training_needs = Training.tools.through.objects, Training.needs.through.objects
        condition = models.Q(pk__in=[])
        if tool_ids:
            needs_of_tools = Tool.needs.through.objects.filter(tool_id__in=tool_ids)
            condition |= models.Q(training_id__in=training_tools.filter(tool_id__in=tool_ids).values("training_id"))
            condition |= models.Q(
                training_id__in=training_needs.filter(need_id__in=needs_of_tools.values("need_id")).values(
                    "training_id"
                )
            )
        if need_ids:
            condition |= models.Q(training_id__in=training_needs.filter(need_id__in=need_ids).values("training_id"))
        return self.filter(condition)

    def involving(self, actor):
        """Sessions the actor hosts, or of modules it organises or speaks in."""
        trainings = Training.objects.filter(models.Q(organisers=actor) | models.Q(speakers=actor)).values("pk")
        return self.filter(models.Q(host=actor) | models.Q(training_id__in=trainings))


# Changing one of these changes the calendar event: the sequence goes up and registrants are told.
SCHEDULE_FIELDS = ("start", "end", "venue_name", "address", "commune_id", "host_id", "online_url", "status")


class Session(models.Model):
    """A dated occurrence of a module, with a place, a capacity and registrations."""

    class Status(models.TextChoices):
        PLANNED = "planned", "Prévue"
        CONFIRMED = "confirmed", "Confirmée"
        CANCELLED = "cancelled", "Annulée"

    training = models.ForeignKey(Training, on_delete=models.PROTECT, related_name="sessions", verbose_name="module")
    start = models.DateTimeField("début")
    end = models.DateTimeField("fin")
    venue_name = models.CharField("lieu", max_length=200, blank=True, help_text="Par exemple : salle du Tiers-lieu.")
    address = models.CharField("adresse", max_length=300, blank=True)
    commune = models.ForeignKey(
        Commune,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="training_sessions",
        verbose_name="commune",
    )
    host = models.ForeignKey(
        Actor,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_sessions",
        verbose_name="structure qui accueille",
    )
    online_url = models.URLField(
        "lien de connexion",
        blank=True,
        help_text="Pour les sessions à distance ou hybrides. Montré seulement aux personnes inscrites et confirmées.",
    )
    capacity = models.PositiveIntegerField("nombre de places", validators=[MinValueValidator(1)])
    registration_opens_at = models.DateTimeField(
        "ouverture des inscriptions", null=True, blank=True, help_text="Laissez vide pour ouvrir tout de suite."
    )
    registration_deadline = models.DateTimeField(
        "date limite d'inscription", null=True, blank=True, help_text="Laissez vide : jusqu'au début de la session."
    )
    status = models.CharField("statut", max_length=10, choices=Status.choices, default=Status.PLANNED)
    cancelled_at = models.DateTimeField("annulée le", null=True, blank=True, editable=False)
    cancellation_message = models.TextField("message d'annulation", blank=True)
    sequence = models.PositiveIntegerField("version du rendez-vous (SEQUENCE)", default=0, editable=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = "session"
        verbose_name_plural = "sessions"
        ordering = ["start", "pk"]
        indexes = [
            models.Index(fields=["start"], name="session_start_idx"),
            models.Index(fields=["end"], name="session_end_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__gt=0),
                name="session_capacity_positive",
                violation_error_message="Il faut au moins une place.",
            ),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")),
                name="session_end_after_start",
                violation_error_message="La fin doit être après le début.",
            ),
            models.CheckConstraint(
                condition=models.Q(registration_deadline__isnull=True)
                | models.Q(registration_deadline__lte=models.F("start")),
                name="session_deadline_before_start",
                violation_error_message="La date limite d'inscription doit être avant le début de la session.",
            ),
        ]

    def __str__(self):
        return f"{self.training} – {timezone.localtime(self.start):%d/%m/%Y %H:%M}"

    def save(self, *args, **kwargs):
        # The calendar event changes: raise SEQUENCE so calendar apps replace the old version (RFC 5545).
        if self.pk and self.schedule_changed:
            self.sequence += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "sequence"}
        super().save(*args, **kwargs)
        self._saved_schedule = self.schedule_snapshot()

    def get_absolute_url(self):
        return reverse("trainings:session_detail", args=[self.pk])

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._saved_schedule = instance.schedule_snapshot()
        return instance

    def schedule_snapshot(self):
        return tuple(getattr(self, name, None) for name in SCHEDULE_FIELDS)

    @property
    def schedule_changed(self):
        saved = getattr(self, "_saved_schedule", None)
        return saved is not None and saved != self.schedule_snapshot()

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def has_started(self):
        return self.start <= timezone.now()

    @property
    def attendance_open(self):
        """Attendance is recorded from the day of the session on (and any time after)."""
        return timezone.localdate(self.start) <= timezone.localdate()

    @property
    def status_badge(self):
        return {"confirmed": "success", "cancelled": "error"}.get(self.status, "info")

    @property
    def place_label(self):
        """ "Salle X, 1 rue Y, Tours" or "À distance"."""
        parts = [self.venue_name, self.address]
        if self.commune_id:
            parts.append(self.commune.name)
        text = ", ".join(part for part in parts if part)
        if not text and self.online_url:
            return "À distance"
        return text or "Lieu à préciser"

    def registration_problem(self, now=None, *, by_coordinator=False):
        """Why nobody can register now (a French sentence), or None when registration is open."""
        now = now or timezone.now()
        if self.is_cancelled:
            return "Cette session est annulée : les inscriptions sont fermées."
        if self.start <= now:
            return "Cette session a déjà commencé : les inscriptions sont fermées."
        if by_coordinator:
            return None
        if self.registration_opens_at and now < self.registration_opens_at:
            opens = timezone.localtime(self.registration_opens_at)
            return f"Les inscriptions ouvriront le {opens:%d/%m/%Y à %H:%M}."
        if self.registration_deadline and now > self.registration_deadline:
            return "La date limite d'inscription est passée : les inscriptions sont fermées."
        return None


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        """Registrations neither cancelled nor expired (confirmed, waiting, attended, absent, awaiting
        their e-mail confirmation): one per address and session (database constraint)."""
        return self.exclude(status__in=Registration.INACTIVE)

    def taking_a_place(self, now=None):
        """Registrations that count against the capacity: confirmed ones (attended and absent included)
        and the places held for a request awaiting its e-mail confirmation, while the hold lasts.
        An expired hold counts for nothing, even before `expire_registration_holds` marks it."""
        return self.filter(
            models.Q(status__in=Registration.TAKING_A_PLACE)
            | models.Q(status=Registration.Status.HELD, hold_expires_at__gt=now or timezone.now())
        )

    def confirmed_places(self):
        """Confirmed registrations only (attendance form and sheet): no held place."""
        return self.filter(status__in=Registration.TAKING_A_PLACE)

    def awaiting_confirmation(self):
        """Requests waiting for their e-mail confirmation (held place or not), expired or not."""
        return self.filter(status__in=Registration.AWAITING)

    def due_to_expire(self, now=None):
        """Requests whose time to confirm is over: `services.registration_holds_expire` marks them."""
        return self.awaiting_confirmation().filter(hold_expires_at__lte=now or timezone.now())

    def waitlisted(self):
        """The waiting list, first come first served: by `queue_number`, given when a person joins the
        queue (under the session lock), i.e. when their request is confirmed, not when it is made."""
        return self.filter(status=Registration.Status.WAITLISTED).order_by("queue_number", "pk")

    def with_rank(self):
        """Annotate `waitlist_rank` (1, 2, …) on waitlisted registrations, computed in SQL from the order."""
        earlier = (
            Registration.objects.filter(
                session_id=models.OuterRef("session_id"),
                status=Registration.Status.WAITLISTED,
                queue_number__lte=models.OuterRef("queue_number"),
            )
            .order_by()
            .values("session_id")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return self.annotate(
            waitlist_rank=models.Case(
                models.When(status=Registration.Status.WAITLISTED, then=models.Subquery(earlier[:1])),
                default=None,
                output_field=models.IntegerField(),
            )
        )

    def for_listing(self):
        """Confirmed first, then the waiting list in order, then the others; by name inside."""
        order = models.Case(
            *[models.When(status=value, then=rank) for rank, value in enumerate(Registration.LISTING_ORDER)],
            default=9,
            output_field=models.IntegerField(),
        )
        queue = models.Case(
            models.When(status=Registration.Status.WAITLISTED, then="queue_number"),
            default=0,
            output_field=models.IntegerField(),
        )
        return self.annotate(status_order=order, queue_order=queue).order_by("status_order", "queue_order", "pk")

    def not_anonymised(self):
        return self.filter(anonymised_at__isnull=True)


class Registration(models.Model):
    """A person registered to a session, without an account; managed through a secret link."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmée"
        WAITLISTED = "waitlisted", "En liste d'attente"
        CANCELLED = "cancelled", "Annulée"
        ATTENDED = "attended", "Présente"
        ABSENT = "absent", "Absente"
        # A public request waits for the e-mailed link to be opened (double opt-in):
        HELD = "held", "À confirmer (place réservée)"
        PENDING = "pending", "À confirmer (liste d'attente)"
        EXPIRED = "expired", "Non confirmée à temps"

    TAKING_A_PLACE = [Status.CONFIRMED, Status.ATTENDED, Status.ABSENT]
    AWAITING = [Status.HELD, Status.PENDING]
    INACTIVE = [Status.CANCELLED, Status.EXPIRED]
    LISTING_ORDER = [
        Status.CONFIRMED, Status.ATTENDED, Status.ABSENT, Status.HELD, Status.WAITLISTED, Status.PENDING,
        Status.CANCELLED,
    ]  # fmt: skip

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="registrations", verbose_name="session")
    first_name = models.CharField("prénom", max_length=100, validators=[single_line])
    last_name = models.CharField("nom", max_length=100, validators=[single_line])
    email = models.EmailField("courriel", max_length=254)
    organisation = models.CharField("structure", max_length=200, blank=True, validators=[single_line])
    role = models.CharField("fonction", max_length=120, blank=True, validators=[single_line])
    status = models.CharField("statut", max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    hold_expires_at = models.DateTimeField(
        "à confirmer avant",
        null=True,
        blank=True,
        editable=False,
        help_text="Une demande non confirmée par le lien du courriel expire à cette heure (place libérée).",
    )
    queue_number = models.PositiveIntegerField(
        "ordre d'arrivée en liste d'attente", null=True, blank=True, editable=False
    )
    token = models.CharField("jeton de gestion", max_length=64, unique=True, default=new_token, editable=False)
    consent = models.BooleanField("accord pour l'usage des données", default=False)
    channel = models.CharField(
        "canal",
        max_length=20,
        blank=True,
        default="",
        editable=False,
        help_text="Le code du lien suivi pour s'inscrire (mairie-37132, widget…), sans donnée personnelle.",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="inscrite par",
    )
    cancelled_at = models.DateTimeField("annulée le", null=True, blank=True)
    anonymised_at = models.DateTimeField("anonymisée le", null=True, blank=True)
    # Set in the transaction that queues the e-mail: each message leaves once (services.session_emails_send).
    reminder_sent_at = models.DateTimeField("rappel envoyé le", null=True, blank=True, editable=False)
    waitlist_notice_sent_at = models.DateTimeField(
        "message de liste d'attente envoyé le", null=True, blank=True, editable=False
    )
    followup_sent_at = models.DateTimeField("suivi envoyé le", null=True, blank=True, editable=False)
    created_at = models.DateTimeField("inscrite le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = "inscription"
        verbose_name_plural = "inscriptions"
        ordering = ["session", "pk"]
        indexes = [
            models.Index(
                fields=["hold_expires_at"],
                condition=models.Q(status__in=["held", "pending"]),
                name="registration_awaiting_idx",
            )
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "session",
                condition=~models.Q(status__in=["cancelled", "expired"]),
                name="registration_unique_email_per_session",
                violation_error_message="Cette adresse est déjà inscrite à cette session.",
            ),
            models.UniqueConstraint(
                fields=["session", "queue_number"], name="registration_unique_queue_number_per_session"
            ),
        ]

    def __str__(self):
        return f"{self.first_name} {self.last_name} – {self.session_id}"

    def save(self, *args, **kwargs):
        # Joining the waiting list takes the next number of the session's queue. The services do it
        # under the session row lock; direct saves (demo content, tests) get the same numbering.
        if self.status == self.Status.WAITLISTED and self.queue_number is None:
            self.queue_number = self.next_queue_number(self.session_id)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "queue_number"}
        super().save(*args, **kwargs)

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @staticmethod
    def next_queue_number(session_id):
        last = Registration.objects.filter(session_id=session_id).aggregate(last=models.Max("queue_number"))["last"]
        return (last or 0) + 1

    @property
    def is_active(self):
        """Confirmed, waiting, or a request awaiting its confirmation: it can still be cancelled."""
        return self.status in (self.Status.CONFIRMED, self.Status.WAITLISTED, *self.AWAITING)

    @property
    def is_awaiting_confirmation(self):
        """A request whose e-mailed link may still be used to confirm it."""
        return self.status in self.AWAITING and not self.has_expired

    @property
    def has_expired(self):
        """Not confirmed in time (marked expired, or not yet marked but its time is over)."""
        if self.status == self.Status.EXPIRED:
            return True
        return self.status in self.AWAITING and (self.hold_expires_at is None or self.hold_expires_at <= timezone.now())

    @property
    def status_badge(self):
        return {
            "confirmed": "success",
            "attended": "success",
            "waitlisted": "warning",
            "held": "info",
            "pending": "info",
            "expired": "error",
            "cancelled": "error",
            "absent": "error",
        }.get(self.status, "info")

    def get_manage_url(self):
        return reverse("trainings:registration_manage", args=[self.token])

    def compute_waitlist_rank(self):
        """1 for the first person waiting, None when not waitlisted (one query)."""
        if self.status != self.Status.WAITLISTED or self.queue_number is None:
            return None
        return Registration.objects.filter(
            session_id=self.session_id, status=self.Status.WAITLISTED, queue_number__lte=self.queue_number
        ).count()


class FeedbackResponse(models.Model):
    """An anonymous answer to a session's short feedback questionnaire: no link to a registration,
    no name, no address, the day only (not the time)."""

    class Usefulness(models.IntegerChoices):
        ONE = 1, "1 – pas utile"
        TWO = 2, "2"
        THREE = 3, "3"
        FOUR = 4, "4"
        FIVE = 5, "5 – très utile"

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="feedback_responses", verbose_name="session"
    )
    usefulness = models.PositiveSmallIntegerField("utilité", choices=Usefulness.choices)
    will_use = models.TextField("ce que la personne va utiliser", blank=True, max_length=1000)
    comment = models.TextField("commentaire", blank=True, max_length=2000)
    answered_on = models.DateField("répondu le", default=timezone.localdate, editable=False)

    class Meta:
        verbose_name = "avis sur une session"
        verbose_name_plural = "avis sur les sessions"
        ordering = ["session", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(usefulness__gte=1, usefulness__lte=5),
                name="feedback_usefulness_1_to_5",
                violation_error_message="Choisissez une note de 1 à 5.",
            )
        ]

    def __str__(self):
        return f"Avis n° {self.pk} – session {self.session_id}"
