"""Writes of the trainings app: registrations (capacity under a row lock), cancellations, session changes.

The only writers of sessions and registrations: the front-end pages, the Django admin, the
management commands and the shell all call these functions, so the rules written in
docs/trainings.md hold on every path. Every function takes keyword-only data (model instances and
plain values, never a form or a request) and runs in one transaction. E-mails are queued in the
caller's transaction (core.mail.queue_email): they leave after the outermost commit, and never for
a change that is rolled back.
"""

import logging
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from actors.models import Actor, Commune
from trainings import emails
from trainings.models import Registration, Session, Training

logger = logging.getLogger(__name__)

# What session_update may change; sequence, cancelled_at and the timestamps belong to the services.
SESSION_FIELDS = (
    "training", "start", "end", "status", "venue_name", "address", "commune", "host", "online_url",
    "capacity", "registration_opens_at", "registration_deadline", "cancellation_message",
)  # fmt: skip
# What registration_update may change: the person's identity, never the status or the session.
IDENTITY_FIELDS = ("first_name", "last_name", "email", "organisation", "role")


class RegistrationError(Exception):
    """A registration that cannot be made; `message` is a French sentence for the person."""

    def __init__(self, message, *, registration=None):
        super().__init__(message)
        self.message = message
        self.registration = registration


class AlreadyRegistered(RegistrationError):
    pass


class RegistrationClosed(RegistrationError):
    pass


class SessionError(Exception):
    """A session change that breaks a rule; `message` is a French sentence, `field` the field it is about."""

    def __init__(self, message, *, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


ALREADY_REGISTERED = (
    "Cette adresse est déjà inscrite à cette session : pas besoin de vous réinscrire. "
    "Le lien pour gérer votre inscription est dans le courriel de confirmation."
)


@dataclass
class RegistrationResult:
    registration: Registration
    rank: int | None

    @property
    def confirmed(self):
        return self.registration.status == Registration.Status.CONFIRMED


def normalise_email(email):
    return (email or "").strip().lower()


def _log_refusal(session_id, reason):
    """One line an operator can count; never the person's name or address."""
    logger.info("registration refused: session=%s reason=%s", session_id, reason)


def _lock_session(session_id):
    """Take the session row lock: every registration of one session goes through it, one at a time."""
    return Session.objects.select_for_update().get(pk=session_id)


def registration_create(
    *,
    session: Session,
    first_name: str,
    last_name: str,
    email: str,
    organisation: str = "",
    role: str = "",
    consent: bool,
    registered_by=None,
    notify: bool = True,
) -> RegistrationResult:
    """Register a person: confirmed while places are left, otherwise waitlisted (rank from the order).

    The session row is locked (SELECT … FOR UPDATE) for the count and the insert, so the capacity is
    never exceeded under concurrent requests. Raises RegistrationClosed or AlreadyRegistered.
    """
    if not consent:
        _log_refusal(session.pk, "no-consent")
        raise RegistrationError("L'accord pour l'usage de vos données est nécessaire pour vous inscrire.")
    email = normalise_email(email)
    try:
        with transaction.atomic():
            locked = _lock_session(session.pk)
            problem = locked.registration_problem(by_coordinator=registered_by is not None)
            if problem:
                _log_refusal(session.pk, "closed")
                raise RegistrationClosed(problem)
            existing = locked.registrations.active().filter(email__iexact=email).first()
            if existing:
                _log_refusal(session.pk, "already-registered")
                raise AlreadyRegistered(ALREADY_REGISTERED, registration=existing)
            taken = locked.registrations.taking_a_place().count()
            status = Registration.Status.CONFIRMED if taken < locked.capacity else Registration.Status.WAITLISTED
            registration = Registration.objects.create(
                session=locked,
                first_name=first_name.strip(),
                last_name=last_name.strip(),
                email=email,
                organisation=organisation.strip(),
                role=role.strip(),
                consent=True,
                status=status,
                registered_by=registered_by,
            )
            rank = registration.compute_waitlist_rank()
    except IntegrityError as error:
        # Only reachable without a row lock (the unique constraint is the last guard): same answer.
        existing = Registration.objects.active().filter(session_id=session.pk, email__iexact=email).first()
        if existing is None:
            raise
        _log_refusal(session.pk, "already-registered")
        raise AlreadyRegistered(ALREADY_REGISTERED, registration=existing) from error
    registration.session = Session.objects.for_display().get(pk=session.pk)
    if notify:
        emails.send_confirmation(registration, rank=rank)
    return RegistrationResult(registration=registration, rank=rank)


def _promote(session, *, now):
    """Confirm waitlisted people, first come first served, while places are left (session row locked)."""
    if session.is_cancelled or session.start <= now:
        return []
    free = session.capacity - session.registrations.taking_a_place().count()
    if free <= 0:
        return []
    promoted = list(session.registrations.waitlisted()[:free])
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
    return promoted


def _notify_promoted(promoted, session_id):
    if not promoted:
        return
    session = Session.objects.for_display().get(pk=session_id)
    for registration in promoted:
        registration.session = session
        emails.send_promotion(registration)


def registration_cancel(*, registration: Registration, notify: bool = True) -> list[Registration]:
    """Cancel a registration (or leave the waiting list); a freed place goes to the first waitlisted person.

    Idempotent: cancelling twice changes nothing. Returns the promoted registrations (0 or 1).
    """
    now = timezone.now()
    with transaction.atomic():
        session = _lock_session(registration.session_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if not current.is_active:
            return []
        was_confirmed = current.status == Registration.Status.CONFIRMED
        current.status = Registration.Status.CANCELLED
        current.cancelled_at = now
        current.save(update_fields=["status", "cancelled_at", "updated_at"])
        promoted = _promote(session, now=now) if was_confirmed else []
    registration.status, registration.cancelled_at = current.status, current.cancelled_at
    if notify:
        current.session = Session.objects.for_display().get(pk=session.pk)
        emails.send_cancellation_receipt(current, was_confirmed=was_confirmed)
        _notify_promoted(promoted, session.pk)
    return promoted


def registration_update(*, registration: Registration, fields: dict[str, str]) -> Registration:
    """Correct a person's identity (a typo in a name or an address), never the status or the session.

    The address is normalised and stays unique among the session's active registrations (raises
    AlreadyRegistered); an anonymised registration is not changed any more (raises RegistrationError).
    """
    unknown = set(fields) - set(IDENTITY_FIELDS)
    if unknown:
        raise TypeError(f"registration_update: unknown or protected fields {sorted(unknown)}")
    values = {name: (value or "").strip() for name, value in fields.items()}
    if "email" in values:
        values["email"] = normalise_email(values["email"])
    with transaction.atomic():
        _lock_session(registration.session_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.anonymised_at is not None:
            raise RegistrationError("Cette inscription est anonymisée : elle ne peut plus être modifiée.")
        if "email" in values and current.status != Registration.Status.CANCELLED:
            duplicate = (
                Registration.objects.active()
                .filter(session_id=current.session_id, email__iexact=values["email"])
                .exclude(pk=current.pk)
                .first()
            )
            if duplicate:
                raise AlreadyRegistered("Cette adresse est déjà inscrite à cette session.", registration=duplicate)
        for name, value in values.items():
            setattr(current, name, value)
        current.full_clean(validate_unique=False, validate_constraints=False)
        current.save(update_fields=[*values, "updated_at"])
    return current


def registration_delete(*, registration: Registration) -> list[Registration]:
    """Erase a registration (a person asks for their data to be removed). The place it took goes to the
    first waiting person, told by e-mail; the erased person gets nothing. Returns the promoted ones."""
    now = timezone.now()
    with transaction.atomic():
        session = _lock_session(registration.session_id)
        current = Registration.objects.select_for_update().filter(pk=registration.pk).first()
        if current is None:
            return []
        took_a_place = current.status in Registration.TAKING_A_PLACE
        current.delete()
        promoted = _promote(session, now=now) if took_a_place else []
    _notify_promoted(promoted, session.pk)
    return promoted


def _describe_changes(before, after):
    def when(session):
        start, end = timezone.localtime(session.start), timezone.localtime(session.end)
        return f"{start:%d/%m/%Y} de {start:%H:%M} à {end:%H:%M}"

    changes = []
    if (before.start, before.end) != (after.start, after.end):
        changes.append(f"Date : {when(after)} (au lieu du {when(before)})")
    if before.place_label != after.place_label:
        changes.append(f"Lieu : {after.place_label} (au lieu de : {before.place_label})")
    if before.online_url != after.online_url:
        changes.append("Le lien de connexion a changé.")
    if before.status != after.status:
        changes.append(f"Statut : {after.get_status_display()} (au lieu de : {before.get_status_display()})")
    return changes


def session_create(
    *,
    training: Training,
    start,
    end,
    capacity: int,
    status: str = Session.Status.PLANNED,
    venue_name: str = "",
    address: str = "",
    commune: Commune | None = None,
    host: Actor | None = None,
    online_url: str = "",
    registration_opens_at=None,
    registration_deadline=None,
) -> Session:
    """Create a session (planned or confirmed: a cancelled one is never created). Raises ValidationError
    (French messages by field) when the values break a rule of the model."""
    if status == Session.Status.CANCELLED:
        raise SessionError("Une nouvelle session ne peut pas être annulée.", field="status")
    session = Session(
        training=training,
        start=start,
        end=end,
        capacity=capacity,
        status=status,
        venue_name=venue_name.strip(),
        address=address.strip(),
        commune=commune,
        host=host,
        online_url=online_url,
        registration_opens_at=registration_opens_at,
        registration_deadline=registration_deadline,
    )
    session.full_clean()
    with transaction.atomic():
        session.save()
    return session


def session_update(*, session: Session, fields: dict[str, Any]) -> tuple[Session, list[Registration]]:
    """Change a session's fields (names from SESSION_FIELDS, values as the model takes them).

    Under the session row lock: the capacity may not drop below the places taken; a change of date,
    place, link or status raises SEQUENCE (Session.save) and queues an update e-mail, with the .ics
    of the same UID, to every confirmed or waiting person; more places confirm waiting people, first
    come first served, each told by e-mail. A cancelled session only takes a new cancellation
    message; cancelling goes through session_cancel. Returns (session, notified registrations).
    """
    unknown = set(fields) - set(SESSION_FIELDS)
    if unknown:
        raise TypeError(f"session_update: unknown or protected fields {sorted(unknown)}")
    if fields.get("status") == Session.Status.CANCELLED:
        raise SessionError(
            "Pour annuler une session, utilisez l'annulation : elle prévient les inscrits.", field="status"
        )
    now = timezone.now()
    with transaction.atomic():
        locked = _lock_session(session.pk)
        if locked.is_cancelled and set(fields) - {"cancellation_message"}:
            raise SessionError("Cette session est annulée : dupliquez-la pour proposer une nouvelle date.")
        before = Session.objects.for_display().get(pk=session.pk)
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.full_clean()
        taken = locked.registrations.taking_a_place().count()
        if locked.capacity < taken:
            raise SessionError(
                f"{taken} personnes sont déjà confirmées : la capacité ne peut pas être inférieure à {taken}.",
                field="capacity",
            )
        locked.save()
        promoted = _promote(locked, now=now)
    updated = Session.objects.for_display().get(pk=session.pk)
    notified = []
    if updated.sequence > before.sequence:
        changes = _describe_changes(before, updated)
        for registration in updated.registrations.filter(
            status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED]
        ).exclude(pk__in=[p.pk for p in promoted]):
            registration.session = updated
            emails.send_session_update(registration, changes=changes)
            notified.append(registration)
    _notify_promoted(promoted, updated.pk)
    return updated, notified


def session_cancel(*, session: Session, message: str) -> list[Registration]:
    """Cancel a session: it stays listed as cancelled; registrants get the message and a METHOD:CANCEL .ics."""
    message = message.strip()
    if not message:
        raise SessionError("Écrivez un message pour les personnes inscrites.", field="cancellation_message")
    with transaction.atomic():
        locked = _lock_session(session.pk)
        if locked.is_cancelled:
            return []
        locked.status = Session.Status.CANCELLED
        locked.cancelled_at = timezone.now()
        locked.cancellation_message = message
        locked.save()
    locked = Session.objects.for_display().get(pk=session.pk)
    notified = []
    for registration in locked.registrations.filter(
        status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED]
    ):
        registration.session = locked
        emails.send_session_cancelled(registration)
        notified.append(registration)
    return notified


def attendance_mark(*, session: Session, statuses: dict[int, str]) -> int:
    """Record who came ({registration id: "attended" | "absent" | "confirmed"}); returns how many changed."""
    allowed = {Registration.Status.ATTENDED, Registration.Status.ABSENT, Registration.Status.CONFIRMED}
    changed = 0
    with transaction.atomic():
        registrations = Registration.objects.select_for_update().filter(
            session=session, status__in=Registration.TAKING_A_PLACE, pk__in=list(statuses)
        )
        for registration in registrations:
            status = statuses[registration.pk]
            if status in allowed and status != registration.status:
                registration.status = status
                registration.save(update_fields=["status", "updated_at"])
                changed += 1
    return changed


def registrations_anonymise(*, older_than) -> int:
    """Erase the identity of registrants of sessions that ended before `older_than`; keeps counts and statuses."""
    from django.db.models import CharField, Value
    from django.db.models.functions import Cast, Concat

    with transaction.atomic():
        queryset = Registration.objects.not_anonymised().filter(session__end__lt=older_than)
        return queryset.update(
            first_name="Personne",
            last_name="anonymisée",
            email=Concat(Value("anonyme-"), Cast("pk", CharField()), Value("@anonyme.invalid")),
            organisation="",
            role="",
            token=Concat(Value("anonyme-"), Cast("pk", CharField())),
            registered_by=None,
            anonymised_at=timezone.now(),
        )
