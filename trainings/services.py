"""Writes of the trainings app: registrations (capacity under a row lock), cancellations, session changes.

The only writers of sessions and registrations: the front-end pages, the Django admin, the
management commands and the shell all call these functions, so the rules written in
docs/trainings.md hold on every path. Every function takes keyword-only data (model instances and
plain values, never a form or a request) and runs in one transaction. E-mails are queued in the
caller's transaction (core.mail.queue_email): they leave after the outermost commit, and never for
a change that is rolled back.
"""

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, models, transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac

from actors.models import Actor, Commune
from core.ratelimit import RateLimit
from core.validators import single_line
from trainings import emails
from trainings.channels import clean_channel
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


class RegistrationExpired(RegistrationError):
    """The e-mailed link was opened after the time to confirm: the request is over."""


class TooManyEmails(RegistrationError):
    """The daily cap of e-mails a public request may send to one address is reached."""


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
AWAITING_ITS_CONFIRMATION = (
    "Cette adresse a une demande d'inscription en attente de confirmation par courriel. Attendez qu'elle soit "
    "confirmée ou qu'elle expire, ou annulez-la depuis la liste des inscrits, puis inscrivez la personne."
)
EXPIRED = (
    "Cette demande n'a pas été confirmée à temps : la place a été libérée et les informations saisies effacées. "
    "Vous pouvez vous inscrire à nouveau depuis la page de la session."
)
TOO_MANY_EMAILS = (
    "Nous avons déjà envoyé plusieurs courriels à cette adresse aujourd'hui : par précaution, nous n'en "
    "envoyons pas d'autre. Réessayez demain, ou utilisez le lien du dernier courriel reçu."
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
    identity = _clean_identity(first_name=first_name, last_name=last_name, organisation=organisation, role=role)
    now = timezone.now()
    try:
        with transaction.atomic():
            locked = _lock_session(session.pk)
            problem = locked.registration_problem(now, by_coordinator=registered_by is not None)
            if problem:
                _log_refusal(session.pk, "closed")
                raise RegistrationClosed(problem)
            expiry = _expire_due(locked, now=now)
            existing = locked.registrations.active().filter(email__iexact=email).first()
            if existing:
                _log_refusal(session.pk, "already-registered")
                message = AWAITING_ITS_CONFIRMATION if existing.status in Registration.AWAITING else ALREADY_REGISTERED
                raise AlreadyRegistered(message, registration=existing)
            taken = locked.registrations.taking_a_place(now).count()
            status = Registration.Status.CONFIRMED if taken < locked.capacity else Registration.Status.WAITLISTED
            registration = Registration.objects.create(
                session=locked, email=email, consent=True, status=status, registered_by=registered_by, **identity
            )
            rank = registration.compute_waitlist_rank()
            _notify_promoted(expiry.promoted, locked.pk)
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


# Public requests: double opt-in ---------------------------------------------------------------


@dataclass
class RequestResult:
    """What a public request did. The visitor is told the same thing whatever the outcome; the
    owner of the address learns it by e-mail. outcome: "held" (a place is held until
    `registration.hold_expires_at`), "pending" (full: confirming joins the waiting list),
    "resent" (a request awaiting confirmation got the new details and its link again),
    "already" (registered already: the owner is told, with their management link)."""

    registration: Registration
    outcome: str
    promoted: list[Registration] = field(default_factory=list)


def hold_duration() -> timedelta:
    return timedelta(minutes=getattr(settings, "REGISTRATION_HOLD_MINUTES", 30))


def _limit(setting: str, scope: str, default: tuple[int, int]) -> RateLimit:
    limit, window = getattr(settings, setting, default)
    return RateLimit(scope, limit=limit, window=window)


def client_request_limit() -> RateLimit:
    """Registration requests per client (settings.REGISTRATION_RATE_LIMIT = (limit, seconds))."""
    return _limit("REGISTRATION_RATE_LIMIT", "trainings.request", (20, 3600))


def session_request_limit() -> RateLimit:
    """Registration requests per session, from every client (REGISTRATION_SESSION_RATE_LIMIT)."""
    return _limit("REGISTRATION_SESSION_RATE_LIMIT", "trainings.request-session", (60, 3600))


def address_mail_limit() -> RateLimit:
    """E-mails that public requests may send to one address per day (REGISTRATION_EMAILS_PER_ADDRESS)."""
    return RateLimit(
        "trainings.mail-to-address", limit=getattr(settings, "REGISTRATION_EMAILS_PER_ADDRESS", 5), window=86400
    )


def address_key(email: str) -> str:
    """A keyed hash of the address: the cache never holds the address itself."""
    return salted_hmac("ptca.trainings.address", normalise_email(email)).hexdigest()[:32]


def request_counted(*, client_key: str) -> bool:
    """Count one registration request from this client; False once over the limit."""
    return client_request_limit().hit(client_key)


def session_request_counted(*, session: Session) -> bool:
    """Count one valid registration request for this session; False once over the limit."""
    return session_request_limit().hit(str(session.pk))


def _clean_identity(*, first_name, last_name, organisation, role) -> dict[str, str]:
    """Stripped values; raises ValidationError (French, by field) for a line break or a control character."""
    values = {
        "first_name": (first_name or "").strip(),
        "last_name": (last_name or "").strip(),
        "organisation": (organisation or "").strip(),
        "role": (role or "").strip(),
    }
    errors = {}
    for name, value in values.items():
        try:
            single_line(value)
        except ValidationError as error:
            errors[name] = error.messages
    if errors:
        raise ValidationError(errors)
    return values


def registration_request(
    *,
    session: Session,
    first_name: str,
    last_name: str,
    email: str,
    organisation: str = "",
    role: str = "",
    consent: bool,
    channel: str = "",
) -> RequestResult:
    """A public registration request: nothing is confirmed until the e-mailed link is opened.

    While places are left, the request holds one for REGISTRATION_HOLD_MINUTES (it counts against
    the capacity); otherwise it waits for its confirmation, which will put the person on the waiting
    list. The person is told the same thing whatever happened; what differs goes by e-mail to the
    address only (its owner): the link to confirm, or "vous êtes déjà inscrit·e" with the management
    link. The mail never carries the text typed in the form. Each call sends one e-mail to the
    address, within the daily cap (raises TooManyEmails beyond it, nothing saved). Also raises
    RegistrationClosed, RegistrationError (no consent) and ValidationError (bad identity or address).
    `channel` is the code of the link followed (trainings.channels); an unknown code is dropped.
    """
    if not consent:
        _log_refusal(session.pk, "no-consent")
        raise RegistrationError("L'accord pour l'usage de vos données est nécessaire pour vous inscrire.")
    email = normalise_email(email)
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({"email": ["Saisissez une adresse courriel valide."]}) from None
    identity = _clean_identity(first_name=first_name, last_name=last_name, organisation=organisation, role=role)
    problem = session.registration_problem()
    if problem:
        _log_refusal(session.pk, "closed")
        raise RegistrationClosed(problem)
    if not address_mail_limit().hit(address_key(email)):
        _log_refusal(session.pk, "mail-cap")
        raise TooManyEmails(TOO_MANY_EMAILS)
    now = timezone.now()
    with transaction.atomic():
        locked = _lock_session(session.pk)
        problem = locked.registration_problem(now)
        if problem:
            _log_refusal(session.pk, "closed")
            raise RegistrationClosed(problem)
        expiry = _expire_due(locked, now=now)
        existing = locked.registrations.active().select_for_update().filter(email__iexact=email).first()
        if existing is not None and existing.status in Registration.AWAITING:
            # Not confirmed yet: the latest details win (a typo fixed), the hold keeps its end.
            for name, value in identity.items():
                setattr(existing, name, value)
            existing.save(update_fields=[*identity, "updated_at"])
            result = RequestResult(existing, "resent", expiry.promoted)
        elif existing is not None:
            result = RequestResult(existing, "already", expiry.promoted)
        else:
            taken = locked.registrations.taking_a_place(now).count()
            status = Registration.Status.HELD if taken < locked.capacity else Registration.Status.PENDING
            registration = Registration.objects.create(
                session=locked,
                email=email,
                consent=True,
                status=status,
                hold_expires_at=now + hold_duration(),
                channel=clean_channel(channel),
                **identity,
            )
            result = RequestResult(registration, status, expiry.promoted)
        result.registration.session = Session.objects.for_display().get(pk=session.pk)
        if result.outcome == "already":
            emails.send_already_registered(result.registration, rank=result.registration.compute_waitlist_rank())
        else:
            emails.send_request(result.registration)
        _notify_promoted(expiry.promoted, session.pk)
    return result


def registration_confirm(*, registration: Registration) -> RegistrationResult:
    """Confirm a request with its e-mailed link (double opt-in), under the session row lock.

    A held place (still within its time) becomes a confirmed registration; a request made while the
    session was full joins the waiting list now, at its end (the queue counts confirmed requests
    only), unless a place is free. Confirming twice changes nothing. Raises RegistrationExpired
    after the time to confirm, RegistrationClosed if the session was cancelled or has started,
    RegistrationError if the request was cancelled.
    """
    now = timezone.now()
    refusal = None
    with transaction.atomic():
        locked = _lock_session(registration.session_id)
        expiry = _expire_due(locked, now=now)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        rank, confirmed_now = current.compute_waitlist_rank(), False
        if current.status == Registration.Status.EXPIRED:
            refusal, reason = RegistrationExpired(EXPIRED, registration=current), "expired"
        elif current.status == Registration.Status.CANCELLED:
            message = "Cette demande a été annulée. Vous pouvez vous inscrire à nouveau depuis la page de la session."
            refusal, reason = RegistrationError(message, registration=current), "cancelled-request"
        elif current.status in Registration.AWAITING:
            problem = locked.registration_problem(now, by_coordinator=True)  # cancelled or started
            if problem:
                refusal, reason = RegistrationClosed(problem, registration=current), "closed"
            else:
                free = locked.capacity - locked.registrations.taking_a_place(now).count()
                if current.status == Registration.Status.HELD or (
                    free > 0 and not locked.registrations.waitlisted().exists()
                ):
                    current.status = Registration.Status.CONFIRMED
                else:
                    current.status = Registration.Status.WAITLISTED
                current.hold_expires_at = None
                current.save(update_fields=["status", "hold_expires_at", "updated_at"])
                rank, confirmed_now = current.compute_waitlist_rank(), True
        if confirmed_now:
            current.session = Session.objects.for_display().get(pk=locked.pk)
            emails.send_confirmation(current, rank=rank)
        _notify_promoted(expiry.promoted, locked.pk)
    if refusal is not None:
        # Raised after the commit: the expiry and the promotions made under the lock stay.
        _log_refusal(locked.pk, reason)
        raise refusal
    registration.status = current.status
    return RegistrationResult(registration=current, rank=rank)


@dataclass
class Expiry:
    expired: int = 0
    promoted: list[Registration] = field(default_factory=list)


def _expire_due(session, *, now) -> Expiry:
    """Mark the session's requests whose time to confirm is over (session row locked): they take
    no place any more, what they typed is erased (the token stays, so a late link explains what
    happened), and the places they held go to the waiting list, first come first served.
    The caller e-mails the promoted people (_notify_promoted)."""
    due = session.registrations.due_to_expire(now)
    held = due.filter(status=Registration.Status.HELD).exists()
    expired = due.update(
        status=Registration.Status.EXPIRED,
        first_name="Demande",
        last_name="expirée",
        email=Concat(Value("expiree-"), Cast("pk", CharField()), Value("@anonyme.invalid")),
        organisation="",
        role="",
        updated_at=now,
    )
    return Expiry(expired=expired, promoted=_promote(session, now=now) if held else [])


def registration_holds_expire(*, now=None) -> Expiry:
    """Expire every request not confirmed in time and promote the waiting lists (e-mailing the
    promoted people). Correctness does not depend on it (an expired hold counts for nothing, and
    every write on a session expires its due requests first, under the lock); it makes the
    promotions happen on time. Run by `manage.py expire_registration_holds` (cron, every few
    minutes) and meant for the mail worker's loop."""
    now = now or timezone.now()
    total = Expiry()
    # People put on a waiting list by the previous release while migration 0002 ran (an upgrade
    # without downtime) join the queue in their order of arrival.
    for registration in Registration.objects.filter(status=Registration.Status.WAITLISTED, queue_number=None):
        with transaction.atomic():
            _lock_session(registration.session_id)
            registration.save(update_fields=["updated_at"])  # Registration.save gives the next number
    session_ids = sorted(set(Registration.objects.due_to_expire(now).values_list("session_id", flat=True)))
    for session_id in session_ids:
        with transaction.atomic():
            locked = _lock_session(session_id)
            expiry = _expire_due(locked, now=now)
            _notify_promoted(expiry.promoted, session_id)
        total.expired += expiry.expired
        total.promoted += expiry.promoted
    return total


def _promote(session, *, now):
    """Confirm waitlisted people, first come first served, while places are left (session row locked)."""
    if session.is_cancelled or session.start <= now:
        return []
    free = session.capacity - session.registrations.taking_a_place(now).count()
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
        promoted = _expire_due(session, now=now).promoted
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if not current.is_active:
            _notify_promoted(promoted, session.pk)
            return promoted
        was_confirmed = current.status == Registration.Status.CONFIRMED
        was_a_request = current.status in Registration.AWAITING
        took_a_place = was_confirmed or current.status == Registration.Status.HELD
        current.status = Registration.Status.CANCELLED
        current.cancelled_at = now
        current.save(update_fields=["status", "cancelled_at", "updated_at"])
        if took_a_place:
            promoted += _promote(session, now=now)
    registration.status, registration.cancelled_at = current.status, current.cancelled_at
    if notify:
        current.session = Session.objects.for_display().get(pk=session.pk)
        if not was_a_request:  # a request withdrawn before its confirmation needs no receipt
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
        promoted = _expire_due(session, now=now).promoted
        current = Registration.objects.select_for_update().filter(pk=registration.pk).first()
        if current is not None:
            took_a_place = current.status in [*Registration.TAKING_A_PLACE, Registration.Status.HELD]
            current.delete()
            if took_a_place:
                promoted += _promote(session, now=now)
    _notify_promoted(promoted, session.pk)
    return promoted


def capacity_problem(session, capacity, *, now=None):
    """Why `capacity` is too small for the places already taken (a French sentence), or None.
    Places held for requests awaiting their confirmation count: they were promised."""
    taken = session.registrations.taking_a_place(now).count()
    if capacity is None or capacity >= taken:
        return None
    held = session.registrations.taking_a_place(now).filter(status=Registration.Status.HELD).count()
    if held:
        return (
            f"{taken} places sont déjà prises, dont {held} réservée{'s' if held > 1 else ''} en attente de "
            f"confirmation : la capacité ne peut pas être inférieure à {taken}."
        )
    return f"{taken} personnes sont déjà confirmées : la capacité ne peut pas être inférieure à {taken}."


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
        expired = _expire_due(locked, now=now)
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.full_clean()
        problem = capacity_problem(locked, locked.capacity, now=now)
        if problem:
            raise SessionError(problem, field="capacity")
        locked.save()
        if locked.start != before.start:
            # A new date: the reminders, waiting-list notices and follow-up go again, for the new date.
            Registration.objects.filter(session=locked).update(
                reminder_sent_at=None, waitlist_notice_sent_at=None, followup_sent_at=None
            )
        promoted = expired.promoted + _promote(locked, now=now)
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


# --- Training modules (coordinators' pages; the admin moves the version too) ---------------------------------

TRAINING_FIELDS = (
    "title", "slug", "audiences", "summary", "objectives", "programme", "prerequisites", "duration", "format",
    "resources", "proposed_from", "is_published",
)  # fmt: skip
TRAINING_RELATIONS = ("needs", "tools", "organisers", "speakers")


class StaleTrainingError(Exception):
    """Another coordinator saved the module since this form was opened; `current` is the saved module."""

    def __init__(self, current: Training):
        self.current = current
        super().__init__("stale training version")


def _training_apply(training: Training, data: Mapping[str, Any]) -> None:
    unknown = set(data) - set(TRAINING_FIELDS) - set(TRAINING_RELATIONS)
    if unknown:
        raise TypeError(f"training: unknown or protected fields {sorted(unknown)}")
    for name in TRAINING_FIELDS:
        if name in data:
            setattr(training, name, data[name])
    training.full_clean(exclude=["needs", "tools", "organisers", "speakers"])
    training.save()
    for name in TRAINING_RELATIONS:
        if name in data:
            getattr(training, name).set(data[name])


def training_create(*, data: Mapping[str, Any]) -> Training:
    """Create a module from cleaned values (TRAINING_FIELDS, and TRAINING_RELATIONS as lists): version 1."""
    with transaction.atomic():
        training = Training(version=1)
        _training_apply(training, data)
    return training


def training_update(*, training: Training, data: Mapping[str, Any], version: int) -> Training:
    """Apply the values only if nobody saved the module since `version` (StaleTrainingError with the saved
    module otherwise); the version goes up by one. Fields left out of `data` keep their value."""
    with transaction.atomic():
        current = Training.objects.select_for_update().get(pk=training.pk)
        if current.version != version:
            raise StaleTrainingError(current)
        current.version += 1
        _training_apply(current, data)
    return current


# --- Around each session: reminders, waiting-list notice, follow-up (periodic job) -----------------------------
#
# Each message is queued in the same transaction that sets its marker on the registration
# (`reminder_sent_at`, `waitlist_notice_sent_at`, `followup_sent_at`), one registration per transaction,
# the row locked (SKIP LOCKED where the database has it): the job may run twice, from two workers at
# once, or die half-way, every message is queued once. The outbox sends after the commit.


@dataclass
class AroundSessions:
    reminders: int = 0
    waitlist_notices: int = 0
    followups: int = 0
    failed: int = 0


def reminder_delay() -> timedelta:
    return timedelta(days=getattr(settings, "TRAININGS_REMINDER_DAYS", 2))


def followup_window() -> timedelta:
    """Follow-ups go to sessions ended within this window only (not to every past session at the first run)."""
    return timedelta(days=getattr(settings, "TRAININGS_FOLLOWUP_WITHIN_DAYS", 7))


def feedback_open_days() -> int:
    return getattr(settings, "TRAININGS_FEEDBACK_OPEN_DAYS", 60)


FEEDBACK_SALT = "trainings.feedback"


def feedback_token(session: Session) -> str:
    """The questionnaire's link token: the session id, signed (nothing about the person)."""
    return signing.dumps(session.pk, salt=FEEDBACK_SALT)


def feedback_session(token: str) -> Session | None:
    """The session a feedback token is for, or None when the token is forged."""
    try:
        pk = signing.loads(token, salt=FEEDBACK_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return Session.objects.for_display().filter(pk=pk).first()


def _locked_registration(pk, **conditions):
    queryset = Registration.objects.filter(pk=pk, anonymised_at__isnull=True, **conditions)
    if connection.features.has_select_for_update_skip_locked:
        queryset = queryset.select_for_update(skip_locked=True, of=("self",))
    else:
        queryset = queryset.select_for_update()
    return queryset.first()


def _send_each(candidates, *, marker, conditions, send, result, counter):
    """Queue one message per candidate registration, each in its own transaction with its marker."""
    for pk in list(candidates.values_list("pk", flat=True)):
        try:
            with transaction.atomic():
                registration = _locked_registration(pk, **{f"{marker}__isnull": True}, **conditions)
                if registration is None:
                    continue  # sent meanwhile, locked by another worker, or no longer concerned
                registration.session = Session.objects.for_display().get(pk=registration.session_id)
                send(registration)
                setattr(registration, marker, timezone.now())
                registration.save(update_fields=[marker, "updated_at"])
        except Exception:  # noqa: BLE001 - one failing message must not stop the others; retried next run
            logger.exception("session e-mail failed: marker=%s registration=%s", marker, pk)
            result.failed += 1
            continue
        setattr(result, counter, getattr(result, counter) + 1)


def session_emails_send(*, now=None) -> AroundSessions:
    """The periodic job (`mail_worker`, or `manage.py send_session_emails` from cron):

    - a reminder TRAININGS_REMINDER_DAYS days before (2) to confirmed registrants, with the place,
      the .ics and the cancellation link (not to people registered inside that window: their
      confirmation just told them);
    - the day before, to people still on the waiting list: they stay waiting;
    - after the session (ended within TRAININGS_FOLLOWUP_WITHIN_DAYS), to registrants not marked
      absent: the module's resources and the anonymous feedback questionnaire's link.
    Cancelled sessions get nothing. Each message once (see above).
    """
    now = now or timezone.now()
    result = AroundSessions()
    active = Session.objects.exclude(status=Session.Status.CANCELLED)
    soon = active.filter(start__gt=now, start__lte=now + reminder_delay())
    reminders = Registration.objects.not_anonymised().filter(
        session__in=soon,
        status=Registration.Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        created_at__lt=models.F("session__start") - reminder_delay(),
    )
    _send_each(
        reminders.order_by("pk"),
        marker="reminder_sent_at",
        conditions={"status": Registration.Status.CONFIRMED, "session__start__gt": now},
        send=emails.send_reminder,
        result=result,
        counter="reminders",
    )
    tomorrow = active.filter(start__gt=now, start__lte=now + timedelta(days=1))
    waiting = Registration.objects.not_anonymised().filter(
        session__in=tomorrow, status=Registration.Status.WAITLISTED, waitlist_notice_sent_at__isnull=True
    )
    _send_each(
        waiting.order_by("pk"),
        marker="waitlist_notice_sent_at",
        conditions={"status": Registration.Status.WAITLISTED, "session__start__gt": now},
        send=lambda registration: emails.send_waitlist_notice(registration, rank=registration.compute_waitlist_rank()),
        result=result,
        counter="waitlist_notices",
    )
    ended = active.filter(end__lte=now, end__gt=now - followup_window())
    came = [Registration.Status.CONFIRMED, Registration.Status.ATTENDED]
    followups = Registration.objects.not_anonymised().filter(
        session__in=ended, status__in=came, followup_sent_at__isnull=True
    )

    def send_followup(registration):
        path = reverse("trainings:feedback", args=[feedback_token(registration.session)])
        emails.send_followup(registration, feedback_url=settings.SITE_URL + path)

    _send_each(
        followups.order_by("pk"),
        marker="followup_sent_at",
        conditions={"status__in": came},
        send=send_followup,
        result=result,
        counter="followups",
    )
    if result.reminders or result.waitlist_notices or result.followups or result.failed:
        logger.info(
            "session e-mails queued: %s reminders, %s waiting-list notices, %s follow-ups, %s failed",
            result.reminders,
            result.waitlist_notices,
            result.followups,
            result.failed,
        )
    return result


# --- Anonymous feedback ----------------------------------------------------------------------------------------


class FeedbackError(Exception):
    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def feedback_limit() -> RateLimit:
    limit, window = getattr(settings, "TRAININGS_FEEDBACK_RATE_LIMIT", (10, 3600))
    return RateLimit("trainings.feedback", limit=limit, window=window)


def feedback_problem(session: Session, now=None) -> str | None:
    """Why the questionnaire does not take answers (a French sentence), or None."""
    now = now or timezone.now()
    if session.is_cancelled:
        return "Cette session a été annulée : il n'y a pas d'avis à donner."
    if session.end > now:
        return "Le questionnaire s'ouvre à la fin de la session."
    if now > session.end + timedelta(days=feedback_open_days()):
        return "Ce questionnaire est clos : merci de votre intérêt."
    return None


def feedback_create(*, session: Session, client_key: str, usefulness: int, will_use: str = "", comment: str = ""):
    """Store one anonymous answer (no registration, no address, the day only). Rate-limited per client."""
    from trainings.models import FeedbackResponse

    problem = feedback_problem(session)
    if problem:
        raise FeedbackError(problem)
    if not feedback_limit().hit(client_key):
        raise FeedbackError("Trop de réponses envoyées depuis cette connexion : réessayez dans une heure.")
    response = FeedbackResponse(
        session=session, usefulness=usefulness, will_use=will_use.strip(), comment=comment.strip()
    )
    response.full_clean()
    with transaction.atomic():
        response.save()
    return response
