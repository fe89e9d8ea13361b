"""E-mails to registrants (plain text, French), with the session as an .ics attachment when it is in their calendar."""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from core.mail import queue_email
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
    attachments = []
    if attach_ics:
        method = "CANCEL" if session.is_cancelled else "REQUEST"
        attachments.append(
            (
                ICS_FILENAME,
                ics.invitation_bytes(session, registration=registration),
                f"text/calendar; charset=utf-8; method={method}",
            )
        )
    # Queued in the caller's transaction: it leaves after the outermost commit, never for a rolled-back change.
    return queue_email(
        to=registration.email,
        subject=f"[Formation] {subject}",
        body=render_to_string(template, context),
        attachments=attachments,
        kind=f"trainings.{template.rsplit('/', 1)[-1].removesuffix('.txt')}",
    )


def send_request(registration):
    """Double opt-in: the link to confirm a public request. Nothing typed in the form is in it (no
    name, no organisation): whoever filled the form cannot make the portal carry their words."""
    held = registration.status == Registration.Status.HELD
    return _send(
        registration,
        subject=f"Confirmez votre inscription : {registration.session.training.title}",
        template="trainings/emails/request.txt",
        extra={"held": held, "expires_at": registration.hold_expires_at},
    )


def send_already_registered(registration, *, rank=None):
    """Someone asked again with an address already registered: its owner is told, with their link
    (the page answered the same thing as for a new address)."""
    return _send(
        registration,
        subject=f"Vous êtes déjà inscrit·e : {registration.session.training.title}",
        template="trainings/emails/already_registered.txt",
        extra={"rank": rank},
    )


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


def send_reminder(registration):
    """N days before (TRAININGS_REMINDER_DAYS): the place, the .ics again and the cancellation link."""
    return _send(
        registration,
        subject=f"Rappel : {registration.session.training.title}",
        template="trainings/emails/reminder.txt",
        extra={"cancel_url": settings.SITE_URL + reverse("trainings:registration_cancel", args=[registration.token])},
        attach_ics=True,
    )


def send_waitlist_notice(registration, *, rank=None):
    """The day before: the person is still on the waiting list (no place, no .ics)."""
    return _send(
        registration,
        subject=f"Toujours en liste d'attente : {registration.session.training.title}",
        template="trainings/emails/waitlist_notice.txt",
        extra={"rank": rank},
    )


def send_followup(registration, *, feedback_url):
    """After the session: the module's resources and the anonymous feedback questionnaire's link."""
    return _send(
        registration,
        subject=f"Merci d'avoir participé : {registration.session.training.title}",
        template="trainings/emails/followup.txt",
        extra={"feedback_url": feedback_url, "site_url": settings.SITE_URL},
    )
