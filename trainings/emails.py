"""E-mails to registrants (plain text, French), with the session as an .ics attachment when it is in their calendar."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from trainings import ics
from trainings.models import Registration

logger = logging.getLogger(__name__)

ICS_FILENAME = "session.ics"


def _send(registration, *, subject, template, extra=None, attach_ics=False):
    session = registration.session
    context = {
        "registration": registration,
        "session": session,
        "training": session.training,
        "manage_url": settings.SITE_URL + registration.get_manage_url(),
        "session_url": settings.SITE_URL + session.get_absolute_url(),
        "site_name": settings.SITE_NAME,
        "show_online_link": registration.status == Registration.Status.CONFIRMED and bool(session.online_url),
        **(extra or {}),
    }
    message = EmailMessage(
        subject=f"[Formation] {subject}",
        body=render_to_string(template, context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
    )
    if attach_ics:
        method = "CANCEL" if session.is_cancelled else "REQUEST"
        message.attach(
            ICS_FILENAME,
            ics.invitation_bytes(session, registration=registration),
            f"text/calendar; charset=utf-8; method={method}",
        )
    try:
        message.send()
    except Exception:  # the registration is saved: a mail server outage must not turn it into an error page
        logger.exception("Courriel de formation non envoyé (inscription %s)", registration.pk)
        return False
    return True


def send_confirmation(registration, *, rank=None):
    confirmed = registration.status == Registration.Status.CONFIRMED
    subject = (
        f"Inscription confirmée : {registration.session.training.title}"
        if confirmed
        else f"Liste d'attente (rang {rank}) : {registration.session.training.title}"
    )
    return _send(
        registration,
        subject=subject,
        template="trainings/emails/confirmation.txt",
        extra={"rank": rank, "confirmed": confirmed},
        attach_ics=confirmed,
    )


def send_promotion(registration):
    return _send(
        registration,
        subject=f"Une place s'est libérée : {registration.session.training.title}",
        template="trainings/emails/promotion.txt",
        attach_ics=True,
    )


def send_cancellation_receipt(registration, *, was_confirmed):
    """The person cancelled: the .ics (METHOD:CANCEL is for the organiser's cancellations) is not needed."""
    return _send(
        registration,
        subject=f"Désinscription enregistrée : {registration.session.training.title}",
        template="trainings/emails/cancelled_by_registrant.txt",
        extra={"was_confirmed": was_confirmed},
    )


def send_session_update(registration, *, changes):
    """Date, place or status changed: an .ics with the same UID and a higher SEQUENCE for confirmed people."""
    return _send(
        registration,
        subject=f"Changement : {registration.session.training.title}",
        template="trainings/emails/session_update.txt",
        extra={"changes": changes},
        attach_ics=registration.status == Registration.Status.CONFIRMED,
    )


def send_session_cancelled(registration):
    return _send(
        registration,
        subject=f"Session annulée : {registration.session.training.title}",
        template="trainings/emails/session_cancelled.txt",
        attach_ics=registration.status == Registration.Status.CONFIRMED,
    )
