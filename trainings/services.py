"""Writes of the trainings app: registrations (capacity under a row lock), cancellations, session changes.

Every function takes keyword-only arguments and runs in one transaction; e-mails leave after the
commit of that transaction, so a slow mail server never holds the session lock.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from trainings import emails
from trainings.models import Registration, Session


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
        raise RegistrationError("L'accord pour l'usage de vos données est nécessaire pour vous inscrire.")
    email = normalise_email(email)
    try:
        with transaction.atomic():
            locked = _lock_session(session.pk)
            problem = locked.registration_problem(by_coordinator=registered_by is not None)
            if problem:
                raise RegistrationClosed(problem)
            existing = locked.registrations.active().filter(email__iexact=email).first()
            if existing:
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


def session_create(*, form, user=None) -> Session:
    """Save a new session from a valid SessionForm."""
    with transaction.atomic():
        session = form.save()
    return session


def session_update(*, form, user=None) -> tuple[Session, list[Registration]]:
    """Save a valid SessionForm. A change of date, place or status raises SEQUENCE and e-mails the update
    to registrants; more places confirm waitlisted people. Returns (session, notified registrations)."""
    before = Session.objects.for_display().get(pk=form.instance.pk)
    now = timezone.now()
    with transaction.atomic():
        _lock_session(form.instance.pk)
        session = form.save()
        promoted = _promote(session, now=now)
    session = Session.objects.for_display().get(pk=session.pk)
    notified = []
    if session.sequence > before.sequence:
        changes = _describe_changes(before, session)
        for registration in session.registrations.filter(
            status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED]
        ).exclude(pk__in=[p.pk for p in promoted]):
            registration.session = session
            emails.send_session_update(registration, changes=changes)
            notified.append(registration)
    _notify_promoted(promoted, session.pk)
    return session, notified


def session_cancel(*, session: Session, message: str, user=None) -> list[Registration]:
    """Cancel a session: it stays listed as cancelled; registrants get the message and a METHOD:CANCEL .ics."""
    with transaction.atomic():
        locked = _lock_session(session.pk)
        if locked.is_cancelled:
            return []
        locked.status = Session.Status.CANCELLED
        locked.cancelled_at = timezone.now()
        locked.cancellation_message = message.strip()
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
