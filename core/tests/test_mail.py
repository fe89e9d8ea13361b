"""The outbox against a real SMTP conversation: the mail server goes down, comes back, refuses an address.

A local fake SMTP server (core/tests/smtp_server.py) stands in for the mail server; Django's real
SMTP backend talks to it. Time travels through a patched clock instead of sleeping.
"""

import datetime
import socket
import threading
import time
from unittest import mock

import pytest
from django.core import mail as django_mail
from django.core.mail import send_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection as db_connection
from django.db import transaction
from django.utils import timezone
from post_office.connections import connections
from post_office.models import STATUS, Email, Log

from core.mail import deliver_queued, mask_address, mask_addresses, purge_older_than, queue_email
from core.tests.smtp_server import FakeSMTPServer

pytestmark = pytest.mark.django_db

REFUSED = "inconnu@example.org"
GREYLISTED = "prudent@example.org"


class Clock:
    """A clock the test moves forward; patched over django.utils.timezone.now."""

    def __init__(self):
        self.now = timezone.now()

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += datetime.timedelta(**delta)


@pytest.fixture
def clock():
    clock = Clock()
    with mock.patch("django.utils.timezone.now", clock):
        yield clock


@pytest.fixture
def smtp(settings):
    """The real SMTP backend, pointed at a fake server on 127.0.0.1."""
    server = FakeSMTPServer(refuse={REFUSED}, greylist={GREYLISTED})
    server.start()
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "django.core.mail.backends.smtp.EmailBackend"},
    }
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    connections.close()
    yield server
    connections.close()
    server.stop()


def queue(count, start=0):
    return [
        queue_email(to=f"personne{index}@example.org", subject=f"Message {index}", body="Bonjour.", kind="test.proof")
        for index in range(start, start + count)
    ]


def test_ten_emails_survive_ten_minutes_of_mail_server_outage_and_arrive_once(smtp, clock):
    smtp.stop()
    emails = queue(10)

    # Minute 0: the server refuses connections; every message is kept for a retry a minute later.
    assert deliver_queued() == {"sent": 0, "requeued": 10, "failed": 0}
    assert Email.objects.filter(status=STATUS.requeued).count() == 10
    assert Log.objects.filter(exception_type="ConnectionRefusedError").count() == 10
    assert deliver_queued() == {"sent": 0, "requeued": 0, "failed": 0}  # back-off: nothing due yet

    # The worker keeps running every minute while the server is down (minutes 1 to 9), then it comes back.
    for _minute in range(1, 10):
        clock.advance(minutes=1)
        assert deliver_queued()["sent"] == 0
    assert Email.objects.filter(status=STATUS.requeued).count() == 10
    assert Email.objects.filter(status=STATUS.failed).count() == 0
    smtp.start()
    sent = 0
    for _minute in range(10, 20):
        clock.advance(minutes=1)
        sent += deliver_queued()["sent"]

    assert sent == 10
    assert Email.objects.filter(status=STATUS.sent).count() == 10
    received_ids = sorted(str(message["Message-ID"]) for _sender, _rcpts, message in smtp.received)
    assert received_ids == sorted(email.message_id for email in emails)  # all ten, each exactly once
    assert sorted(rcpts[0] for _sender, rcpts, _message in smtp.received) == sorted(e.to[0] for e in emails)
    # Retried 1, 2, 4 and 8 minutes after the failures at minutes 0, 1, 3 and 7: four failed attempts each.
    assert {email.number_of_retries for email in Email.objects.all()} == {4}
    clock.advance(days=1)
    assert deliver_queued()["sent"] == 0 and len(smtp.received) == 10


def test_permanently_refused_address_is_failed_with_the_reason_and_never_retried(smtp, clock):
    refused = queue_email(to=REFUSED, subject="Bienvenue", body="Bonjour.", kind="test.refused")
    accepted = queue_email(to="camille@example.org", subject="Bienvenue", body="Bonjour.", kind="test.accepted")

    assert deliver_queued() == {"sent": 1, "requeued": 0, "failed": 1}
    refused.refresh_from_db()
    assert refused.status == STATUS.failed
    log = refused.logs.get()
    assert "550" in log.message and "User unknown" in log.message and log.message.startswith("refus définitif")
    assert REFUSED not in log.message  # the reason names the refusal, not the address
    accepted.refresh_from_db()
    assert accepted.status == STATUS.sent

    for _day in range(10):
        clock.advance(days=1)
        deliver_queued()
    assert smtp.rcpt_seen.count(REFUSED) == 1
    refused.refresh_from_db()
    assert refused.status == STATUS.failed and refused.logs.count() == 1


def test_a_temporary_refusal_of_the_recipient_is_retried_not_failed(smtp, clock):
    """Greylisting: "451 try again later" on RCPT TO is a temporary refusal, common on real servers."""
    email = queue_email(to=GREYLISTED, subject="Inscription confirmée", body="Bonjour.")
    assert deliver_queued() == {"sent": 0, "requeued": 1, "failed": 0}
    assert "451" in email.logs.get().message and not email.logs.get().message.startswith("refus définitif")
    clock.advance(minutes=2)
    assert deliver_queued() == {"sent": 1, "requeued": 0, "failed": 0}
    assert [rcpts for _sender, rcpts, _message in smtp.received] == [[GREYLISTED]]


def test_a_silent_mail_server_times_out_and_the_message_is_retried(smtp, settings):
    """A server that accepts the connection and never answers costs EMAIL_TIMEOUT, not a stuck worker."""
    smtp.stop()
    silent = socket.create_server(("127.0.0.1", smtp.port))  # listens, never greets
    settings.EMAIL_TIMEOUT = 0.5
    try:
        queue_email(to="camille@example.org", subject="Patience", body="Bonjour.")
        started = time.monotonic()
        assert deliver_queued() == {"sent": 0, "requeued": 1, "failed": 0}
        assert time.monotonic() - started < 5
    finally:
        silent.close()
    assert Log.objects.get().exception_type in {"TimeoutError", "SMTPServerDisconnected"}


def test_a_failure_does_not_leave_a_dead_connection_behind(smtp, clock):
    """After a refusal the SMTP session stays open; if the server then restarts, the next message still leaves."""
    queue_email(to=REFUSED, subject="Refusé", body="Bonjour.")
    assert deliver_queued()["failed"] == 1
    smtp.stop()
    smtp.start()
    queue_email(to="camille@example.org", subject="Accepté", body="Bonjour.")
    assert deliver_queued() == {"sent": 1, "requeued": 0, "failed": 0}
    assert [str(message["Subject"]) for _sender, _rcpts, message in smtp.received] == ["Accepté"]


def test_temporary_failures_end_failed_after_the_maximum_number_of_retries(smtp, clock, settings):
    settings.POST_OFFICE = {**settings.POST_OFFICE, "MAX_RETRIES": 3}
    smtp.stop()
    email = queue(1)[0]
    outcomes = []
    for _attempt in range(4):
        outcomes.append(deliver_queued())
        clock.advance(hours=1)
    assert [o["requeued"] for o in outcomes] == [1, 1, 1, 0] and outcomes[-1]["failed"] == 1
    email.refresh_from_db()
    assert email.status == STATUS.failed and email.logs.count() == 4
    assert deliver_queued() == {"sent": 0, "requeued": 0, "failed": 0}


def test_locmem_outbox_is_untouched_by_smtp_tests():
    """The fixtures above restore the test backend: later tests read Django's test mailbox."""
    queue_email(to="camille@example.org", subject="Local", body="Bonjour.")
    deliver_queued()
    assert [message.subject for message in django_mail.outbox] == ["Local"]


def test_purge_after_n_days_removes_sent_and_failed_messages_with_their_logs_and_files(settings, tmp_path, clock):
    settings.MEDIA_ROOT = tmp_path
    invitation = [("session.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")]
    queue_email(to="a@example.org", subject="Ancien", body=".", attachments=invitation)
    old_failed = queue_email(to="b@example.org", subject="Ancien échec", body=".")
    deliver_queued()
    Email.objects.filter(pk=old_failed.pk).update(status=STATUS.failed)
    Log.objects.create(email=old_failed, status=STATUS.failed, message="refus définitif : 550")
    waiting = queue_email(to="c@example.org", subject="Toujours en attente", body=".")
    files = list(tmp_path.rglob("*.ics"))
    assert len(files) == 1

    clock.advance(days=31)
    recent = queue_email(to="d@example.org", subject="Récent", body=".", attachments=invitation)
    deliver_queued()
    Email.objects.filter(pk=waiting.pk).update(status=STATUS.queued)  # e.g. a worker that never ran

    assert purge_older_than(30) == 2
    assert set(Email.objects.values_list("pk", flat=True)) == {waiting.pk, recent.pk}
    assert not Log.objects.filter(email_id=old_failed.pk).exists()
    assert not files[0].exists() and len(list(tmp_path.rglob("*.ics"))) == 1
    assert purge_older_than(30) == 0


def test_a_message_waits_for_the_commit_and_a_rolled_back_one_never_leaves(
    settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_DELIVER_ON_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True):
        queue_email(to="camille@example.org", subject="Après la validation", body=".")
        assert django_mail.outbox == []
    assert [m.subject for m in django_mail.outbox] == ["Après la validation"]
    try:
        with transaction.atomic():
            queue_email(to="camille@example.org", subject="Annulé", body=".")
            raise RuntimeError
    except RuntimeError:
        pass
    assert not Email.objects.filter(subject="Annulé").exists()


def test_djangos_own_emails_are_queued_and_delivered_after_the_commit(settings, django_capture_on_commit_callbacks):
    """send_mail() (the password reset uses it) goes through the outbox too, and leaves after the commit."""
    settings.EMAIL_BACKEND = "post_office.EmailBackend"  # Django's test runner had replaced it with locmem
    settings.EMAIL_DELIVER_ON_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Depuis Django", "Bonjour.", None, ["camille@example.org"])
        assert Email.objects.get().status == STATUS.queued and django_mail.outbox == []
    assert Email.objects.get().status == STATUS.sent
    assert [m.subject for m in django_mail.outbox] == ["Depuis Django"]


def test_mask_addresses():
    assert mask_address("camille.durand@example.org") == "c***@example.org"
    assert mask_address("pas-une-adresse") == "***"
    assert mask_address("Camille Durand <camille.durand@example.org>") == "c***@example.org"
    assert mask_addresses("550 5.1.1 <x.y@mail.example.fr>: rejected; b@z.org") == (
        "550 5.1.1 <x***@mail.example.fr>: rejected; b***@z.org"
    )


class SlowRecordingBackend(BaseEmailBackend):
    """Records every message it sends (shared across threads), slowly enough for two workers to overlap."""

    sent = []
    lock = threading.Lock()

    def send_messages(self, messages):
        time.sleep(0.02)
        with self.lock:
            self.sent.extend(str(message.extra_headers.get("Message-ID")) for message in messages)
        return len(messages)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_on_postgresql_send_each_message_once(settings):
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "core.tests.test_mail.SlowRecordingBackend"},
    }
    SlowRecordingBackend.sent = []
    emails = queue(40)
    start = threading.Barrier(2)
    results = []

    def worker():
        try:
            start.wait()
            results.append(deliver_queued())
        finally:
            db_connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(SlowRecordingBackend.sent) == sorted(email.message_id for email in emails)  # once each
    assert sum(result["sent"] for result in results) == 40
    assert all(result["sent"] > 0 for result in results)  # both workers really worked side by side
    assert Email.objects.filter(status=STATUS.sent).count() == 40
