"""Reads the trainings pages compose (the simple ones are named queryset methods in models.py,
among them `Session.objects.public_upcoming()`, the one definition of the upcoming sessions)."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Avg, CharField, Count, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone

from trainings.models import FeedbackResponse, Registration, Session, Training


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


def training_history(training):
    """The audit log entries of one module, newest first, with who made them."""
    content_type = ContentType.objects.get_for_model(Training)
    return (
        LogEntry.objects.filter(content_type=content_type, object_pk=str(training.pk))
        .select_related("actor")
        .order_by("-timestamp", "-pk")
    )


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


MANAGE_PERIODS = {"a-venir": "À venir", "passees": "Passées", "annulees": "Annulées"}


def sessions_for_management(period, now=None):
    """The coordinators' list: "a-venir" (not finished, not cancelled, soonest first), "passees" (finished,
    not cancelled, most recent first, with the confirmed places whose attendance is still to record) or
    "annulees" (every cancelled session, most recent first). Hidden modules included."""
    now = now or timezone.now()
    sessions = Session.objects.for_display().with_places_left(now)
    if period == "annulees":
        sessions = sessions.filter(status=Session.Status.CANCELLED).order_by("-start", "-pk")
    elif period == "passees":
        sessions = sessions.open_for_registration().past(now)
    else:
        sessions = sessions.open_for_registration().upcoming(now)
    unmarked = (
        Registration.objects.filter(session_id=OuterRef("pk"), status=Registration.Status.CONFIRMED)
        .order_by()
        .values("session_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return sessions.annotate(unmarked_count=Coalesce(Subquery(unmarked[:1]), 0))


def trainings_for_management():
    """Every module (hidden ones too), by title, with its upcoming and total sessions and feedback answers."""
    now = timezone.now()

    def count(queryset):
        return Coalesce(
            Subquery(
                queryset.filter(training_id=OuterRef("pk"))
                .order_by()
                .values("training_id")
                .annotate(n=Count("pk"))
                .values("n")[:1]
            ),
            0,
        )

    sessions = Session.objects.all()
    feedback = (
        FeedbackResponse.objects.filter(session__training_id=OuterRef("pk"))
        .order_by()
        .values("session__training_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Training.objects.annotate(
        session_count=count(sessions),
        upcoming_count=count(sessions.filter(end__gte=now).exclude(status=Session.Status.CANCELLED)),
        feedback_count=Coalesce(Subquery(feedback[:1]), 0),
    ).order_by("title", "pk")


# Under this many answers, a module's feedback shows its count only: few answers could name a person.
FEEDBACK_MIN_ANSWERS = 5


def training_feedback(training):
    """The module's feedback, for its coordinators' page: count, average and spread of the usefulness
    (one aggregate query), and, from FEEDBACK_MIN_ANSWERS answers, the free texts (newest first, 200 at most)."""
    responses = FeedbackResponse.objects.filter(session__training=training)
    figures = responses.aggregate(
        count=Count("pk"),
        average=Avg("usefulness"),
        **{f"n{value}": Count("pk", filter=Q(usefulness=value)) for value in range(1, 6)},
    )
    count = figures["count"]
    shown = count >= FEEDBACK_MIN_ANSWERS
    spread = [
        {
            "value": value,
            "count": figures[f"n{value}"],
            "share": round(100 * figures[f"n{value}"] / count) if count else 0,
        }
        for value in range(5, 0, -1)
    ]
    texts = []
    if shown:
        texts = list(
            responses.exclude(will_use="", comment="").select_related("session").order_by("-answered_on", "-pk")[:200]
        )
    return {
        "count": count,
        "shown": shown,
        "minimum": FEEDBACK_MIN_ANSWERS,
        "average": round(figures["average"], 1) if shown and figures["average"] is not None else None,
        "spread": spread if shown else [],
        "texts": texts,
    }
