"""Reads the trainings pages compose (the simple ones are named queryset methods in models.py,
among them `Session.objects.public_upcoming()`, the one definition of the upcoming sessions)."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast

from trainings.models import Registration, Session


def session_history(session):
    """The audit log of a session and of its registrations, newest first, with who made each change.

    Returns (entries, session content type id): the caller tells both kinds of entries apart.
    """
    session_type = ContentType.objects.get_for_model(Session)
    registration_type = ContentType.objects.get_for_model(Registration)
    registration_pks = (
        Registration.objects.filter(session=session).annotate(text_pk=Cast("pk", CharField())).values("text_pk")
    )
    entries = (
        LogEntry.objects.filter(
            Q(content_type=session_type, object_pk=str(session.pk))
            | Q(content_type=registration_type, object_pk__in=registration_pks)
        )
        .select_related("actor")
        .order_by("-timestamp", "-pk")
    )
    return entries, session_type.pk


def registrations_for_listing(session):
    """A session's registrations for the coordinators' list and CSV: confirmed, requests awaiting their
    e-mail confirmation, then waiting (with rank)… Expired requests (erased) are left out."""
    return (
        session.registrations.not_anonymised()
        .exclude(status=Registration.Status.EXPIRED)
        .with_rank()
        .for_listing()
        .select_related("registered_by")
    )


def registrations_taking_a_place(session):
    """Who has a confirmed place (attendance form and sheet), by name; requests still to confirm are not listed."""
    return session.registrations.not_anonymised().confirmed_places().order_by("last_name", "first_name", "pk")
