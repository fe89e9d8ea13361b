"""Every e-mail of the portal leaves through one durable outbox (django-post-office).

Why post-office: it stores each message as a database row (status queued, sent, failed; an
attempt log; attachments), which is exactly the outbox a coordinator needs to see, and it ships a
clean-up command. We keep the delivery loop here (`deliver_queued`) for three rules of ours:

- **after the outermost commit**: `queue_email` writes the row in the caller's transaction, so a
  rolled-back transaction leaves no message behind, and nothing is delivered before the commit;
- **exactly once across workers**: a worker locks the rows it delivers (`SKIP LOCKED` on
  PostgreSQL), so two workers never send the same message;
- **retries with back-off**: a temporary failure (server down, timeout, 4xx answer such as
  greylisting) is retried after 1, 2, 4, 8… minutes up to `POST_OFFICE["MAX_RETRIES"]`; a
  permanent refusal (SMTP 5xx, address refused) is marked failed at once with its reason, never
  retried.

Development (`EMAIL_DELIVER_ON_COMMIT`, on with DEBUG) delivers right after the commit in the
request, so `make run` needs no worker; this covers every queued message, Django's own (password
reset) included, through post-office's `email_queued` signal. Production runs
`manage.py mail_worker` (core/management/commands/mail_worker.py).

Each message gets a fresh connection to the mail server, closed after it whatever happens: a
session left open by a failure would otherwise be reused after the server restarts, and fail
every later message.

Addresses never reach the logs, and failure reasons are stored with addresses masked
(`c***@example.org`): mail servers quote the refused address in their answer.
"""

import datetime
import logging
import re
import smtplib
from email.utils import parseaddr

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import get_connection
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from post_office import mail as post_office_mail
from post_office.models import STATUS, Attachment, Email, Log
from post_office.settings import get_backend, get_default_mailer, get_max_retries, get_retry_timedelta

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
    return email


def deliver_after_commit(sender=None, emails=(), **kwargs):
    """Receiver of post-office's `email_queued` (connected in CoreConfig.ready): with
    EMAIL_DELIVER_ON_COMMIT, deliver once the outermost transaction commits."""
    if getattr(settings, "EMAIL_DELIVER_ON_COMMIT", False):
        transaction.on_commit(deliver_queued)


class OutboxError(Exception):
    """A request on the outbox that cannot be honoured; the message is in French, for the page."""


def email_retry(*, email_id: int, user_id=None) -> Email:
    """Put a failed message back in the queue, due now, with a fresh series of retries.

    Its failure log stays: the outbox page keeps counting every attempt.
    """
    with transaction.atomic():
        email = Email.objects.select_for_update().filter(pk=email_id).first()
        if email is None:
            raise OutboxError("Ce courriel n'existe plus (il a peut-être été purgé).")
        if email.status != STATUS.failed:
            raise OutboxError("Ce courriel n'est pas en échec : rien à réessayer.")
        email.status = STATUS.requeued
        email.number_of_retries = 0
        email.scheduled_time = timezone.now()
        email.last_updated = timezone.now()
        email.save(update_fields=["status", "number_of_retries", "scheduled_time", "last_updated"])
        deliver_after_commit()
    logger.info("e-mail %s requeued by user %s", email.pk, user_id or "-")
    return email


def emails_retry_failed(*, user_id=None) -> int:
    """Requeue every failed message (after a long outage that outlasted the retries); returns how many.

    Addresses refused permanently are requeued too and fail again at their first attempt.
    """
    count = 0
    for pk in Email.objects.filter(status=STATUS.failed).order_by("pk").values_list("pk", flat=True):
        try:
            email_retry(email_id=pk, user_id=user_id)
        except OutboxError:
            continue  # purged or already requeued meanwhile
        count += 1
    return count


ADDRESS_RE = re.compile(r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def mask_address(address: str) -> str:
    """camille.durand@example.org -> c***@example.org (enough to recognise it, not to copy it).

    A display name ("Camille <camille@example.org>") is dropped: it is personal data too.
    """
    local, at, domain = parseaddr(address or "")[1].rpartition("@")
    if not at or not local:
        return "***"
    return f"{local[0]}***@{domain}"


def mask_addresses(text: str) -> str:
    """Mask every e-mail address found in a free text (a mail server's answer)."""
    return ADDRESS_RE.sub(lambda match: mask_address(match.group(0)), text or "")


def _is_permanent(error: Exception) -> bool:
    """A refusal that retrying cannot fix: an SMTP 5xx answer, for the message or for every recipient.

    A 4xx answer to a recipient (greylisting: "451 try again later") is temporary: retried.
    """
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _answer in error.recipients.values()]
        return bool(codes) and all(isinstance(code, int) and 500 <= code < 600 for code in codes)
    code = getattr(error, "smtp_code", None)
    return isinstance(code, int) and 500 <= code < 600


def _answer(code, text) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()


def _reason(error: Exception) -> str:
    """What went wrong, for the coordinator: the server's answer (code and text), addresses masked."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        text = " ; ".join(_answer(code, answer) for code, answer in error.recipients.values())
    elif isinstance(error, smtplib.SMTPResponseException):
        text = _answer(error.smtp_code, error.smtp_error)
    else:
        text = str(error) or type(error).__name__
    return mask_addresses(text)[:500]


def _due():
    now = timezone.now()
    queryset = (
        Email.objects.filter(status__in=[STATUS.queued, STATUS.requeued])
        .filter(Q(scheduled_time__isnull=True) | Q(scheduled_time__lte=now))
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        .order_by("scheduled_time", "pk")
    )
    if connection.features.has_select_for_update_skip_locked:
        queryset = queryset.select_for_update(skip_locked=True)
    return queryset


def deliver_queued(*, limit: int = BATCH, stop=None) -> dict:
    """Deliver the messages that are due, each in its own transaction; returns counts by outcome.

    `stop`: a callable checked between two messages (the worker's shutdown flag).
    """
    counts = {"sent": 0, "requeued": 0, "failed": 0}
    for _ in range(limit):
        if stop is not None and stop():
            break
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
    # A fresh backend per message: send_messages() opens the connection and closes it, even after
    # a failure (post-office's per-thread cache would keep a failed session for the next message).
    backend = get_connection(get_backend(email.backend_alias or get_default_mailer()))
    try:
        email.dispatch(commit=False, log_level=0, connection=backend, disconnect_after_delivery=False)
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
        reason = ("refus définitif : " if permanent else "") + _reason(error)
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
    return emails_delete(Email.objects.filter(status__in=[STATUS.sent, STATUS.failed], last_updated__lt=limit))


def emails_delete(emails) -> int:
    """Delete these messages with their logs, and the attachments (rows and files) no other message uses.

    The attachments to delete are found in one query, whatever the number of messages.
    """
    ids = list(emails.values_list("pk", flat=True))
    orphans = Attachment.objects.filter(emails__in=ids).exclude(emails__in=Email.objects.exclude(pk__in=ids)).distinct()
    for attachment in orphans.iterator(chunk_size=BATCH):
        attachment.file.delete(save=False)
    Attachment.objects.filter(pk__in=orphans.values("pk")).delete()
    Email.objects.filter(pk__in=ids).delete()
    return len(ids)
