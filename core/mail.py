"""Every e-mail of the portal leaves through one durable outbox (django-post-office).

Why post-office: it stores each message as a database row (status queued, sent, failed; an
attempt log; attachments), which is exactly the outbox a coordinator needs to see, and it ships a
clean-up command. We keep the delivery loop here (`deliver_queued`) for three rules of ours:

- **after the outermost commit**: `queue_email` writes the row in the caller's transaction, so a
  rolled-back transaction leaves no message behind, and nothing is delivered before the commit;
- **exactly once across workers**: a worker locks the rows it delivers (`SKIP LOCKED` on
  PostgreSQL), so two workers never send the same message;
- **retries with back-off**: a temporary failure (server down) is retried after 1, 2, 4, 8…
  minutes up to `POST_OFFICE["MAX_RETRIES"]`; a permanent refusal (SMTP 5xx, address refused)
  is marked failed at once with its reason, never retried.

Development (`EMAIL_DELIVER_ON_COMMIT`, on with DEBUG) delivers right after the commit in the
request, so `make run` needs no worker. Production runs `manage.py mail_worker`.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone
from post_office import mail as post_office_mail
from post_office.models import STATUS, Email, Log
from post_office.settings import get_max_retries, get_retry_timedelta

logger = logging.getLogger(__name__)

BATCH = 100


def queue_email(*, to: str, subject: str, body: str, attachments=(), kind: str = "") -> Email:
    """Queue one plain-text message in the current transaction; it leaves after the outermost commit.

    attachments: (filename, bytes, mimetype) triples. `kind` names the message in logs
    ("trainings.confirmation"); the logs never hold the address.
    """
    email = post_office_mail.send(
        recipients=[to],
        sender=settings.DEFAULT_FROM_EMAIL,
        subject=subject,
        message=body,
        priority="medium",
        headers={"X-PTCA-Kind": kind} if kind else None,
        attachments={
            name: {"file": ContentFile(content), "mimetype": mimetype} for name, content, mimetype in attachments
        }
        or None,
    )
    logger.info("e-mail queued: kind=%s id=%s", kind or "-", email.pk)
    if getattr(settings, "EMAIL_DELIVER_ON_COMMIT", False):
        transaction.on_commit(deliver_queued)
    return email


def _is_permanent(error: Exception) -> bool:
    """A refusal that retrying cannot fix: an SMTP 5xx answer, or every recipient refused."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return True
    code = getattr(error, "smtp_code", None)
    return isinstance(code, int) and 500 <= code < 600


def _due():
    now = timezone.now()
    queryset = (
        Email.objects.filter(status__in=[STATUS.queued, STATUS.requeued])
        .filter(models_q_due(now))
        .order_by("scheduled_time", "pk")
    )
    if connection.features.has_select_for_update_skip_locked:
        queryset = queryset.select_for_update(skip_locked=True)
    return queryset


def models_q_due(now):
    from django.db.models import Q

    return (Q(scheduled_time__isnull=True) | Q(scheduled_time__lte=now)) & (
        Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    )


def deliver_queued(*, limit: int = BATCH) -> dict:
    """Deliver the messages that are due, each in its own transaction; returns counts by outcome."""
    counts = {"sent": 0, "requeued": 0, "failed": 0}
    for _ in range(limit):
        with transaction.atomic():
            email = _due().first()
            if email is None:
                break
            outcome = _deliver_one(email)
        counts[outcome] += 1
    if any(counts.values()):
        logger.info("outbox delivered: %(sent)s sent, %(requeued)s to retry, %(failed)s failed", counts)
    return counts


def _deliver_one(email: Email) -> str:
    try:
        email.dispatch(commit=False, log_level=0)
    except Exception as error:  # noqa: BLE001 - every failure is recorded on the row, none is lost
        retries = email.number_of_retries or 0
        permanent = _is_permanent(error)
        if permanent or retries >= get_max_retries():
            email.status = STATUS.failed
            outcome = "failed"
        else:
            email.status = STATUS.requeued
            email.number_of_retries = retries + 1
            email.scheduled_time = timezone.now() + get_retry_timedelta() * (2**retries)
            outcome = "requeued"
        reason = ("refus définitif : " if permanent else "") + str(error)[:500]
        Log.objects.create(email=email, status=STATUS.failed, message=reason, exception_type=type(error).__name__)
        email.last_updated = timezone.now()
        email.save(update_fields=["status", "number_of_retries", "scheduled_time", "last_updated"])
        logger.warning("e-mail %s not delivered (%s): %s", email.pk, outcome, type(error).__name__)
        return outcome
    email.status = STATUS.sent
    email.last_updated = timezone.now()
    email.save(update_fields=["status", "last_updated"])
    return "sent"


def purge_older_than(days: int) -> int:
    """Delete sent and failed messages (and their logs and attachments' rows) older than `days` days."""
    limit = timezone.now() - datetime.timedelta(days=days)
    old = Email.objects.filter(status__in=[STATUS.sent, STATUS.failed], last_updated__lt=limit)
    count = old.count()
    for email in old.prefetch_related("attachments").iterator(chunk_size=BATCH):
        for attachment in email.attachments.all():
            if attachment.emails.count() <= 1:
                attachment.file.delete(save=False)
                attachment.delete()
    old.delete()
    return count
