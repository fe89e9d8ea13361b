"""The durable outbox (core/mail.py): queued in the caller's transaction, delivered after the commit,
retried with a doubling back-off, refused for good on a permanent SMTP answer.

Delivery goes through `core.tests.fake_mail.EmailBackend`, which fails as told.
"""

import datetime
import smtplib

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone
from post_office.connections import connections
from post_office.models import STATUS, Email

from core.mail import deliver_queued, queue_email
from core.testing import delivered_mail
from core.tests.fake_mail import EmailBackend as Fake

pytestmark = pytest.mark.django_db
MINUTE = datetime.timedelta(minutes=1)


@pytest.fixture
def fake(settings):
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "core.tests.fake_mail.EmailBackend"},
        "MAX_RETRIES": 3,
        "RETRY_INTERVAL": MINUTE,
    }
    Fake.reset()
    connections.close()  # post-office keeps one connection per thread: start from none
    yield Fake
    connections.close()  # and leave none behind for the next test


@pytest.fixture
def clock(monkeypatch):
    """`clock.now` is what timezone.now() answers; move it with `clock.advance(minutes)`."""

    class Clock:
        now = timezone.now()

        def advance(self, minutes):
            self.now += minutes * MINUTE

    clock = Clock()
    monkeypatch.setattr(timezone, "now", lambda: clock.now)
    return clock


def queue(**overrides):
    kwargs = {"to": "camille@example.org", "subject": "Inscription confirmée", "body": "Bonjour Camille."}
    return queue_email(**(kwargs | overrides))


def test_a_message_is_a_queued_row_until_delivered():
    email = queue(kind="tests.confirmation")
    email.refresh_from_db()
    assert email.status == STATUS.queued
    assert (email.to, email.subject, email.message) == (
        ["camille@example.org"],
        "Inscription confirmée",
        "Bonjour Camille.",
    )
    assert email.headers == {"X-PTCA-Kind": "tests.confirmation"}
    assert mail.outbox == []


def test_delivery_sends_it_once_with_its_attachment(settings):
    queue(attachments=[("session.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar; method=REQUEST")])
    outbox = delivered_mail()
    assert len(outbox) == 1
    message = outbox[0]
    assert (message.to, message.subject, message.body) == (
        ["camille@example.org"], "Inscription confirmée", "Bonjour Camille."
    )  # fmt: skip
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    [(name, content, mimetype)] = message.attachments
    assert (name, content) == ("session.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert mimetype == "text/calendar; method=REQUEST"
    assert Email.objects.get().status == STATUS.sent
    assert deliver_queued() == {"sent": 0, "requeued": 0, "failed": 0}
    assert len(mail.outbox) == 1  # never twice


def test_the_logs_never_hold_the_address(caplog):
    email = queue(kind="tests.confirmation")
    delivered_mail()
    assert f"e-mail queued: kind=tests.confirmation id={email.pk}" in caplog.messages
    assert not [line for line in caplog.messages if "camille" in line]


def test_a_rolled_back_transaction_leaves_no_message():
    with pytest.raises(RuntimeError), transaction.atomic():
        queue()
        raise RuntimeError("la suite a échoué")
    assert Email.objects.count() == 0
    assert delivered_mail() == []


def test_an_outer_rollback_discards_the_message_of_an_inner_block_that_committed():
    with pytest.raises(RuntimeError), transaction.atomic():
        with transaction.atomic():
            queue()
        raise RuntimeError("l’appelant annule tout")
    assert Email.objects.count() == 0
    assert delivered_mail() == []


def test_when_delivering_on_commit_nothing_leaves_before_the_outermost_commit(
    settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_DELIVER_ON_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            with transaction.atomic():
                queue()
            assert mail.outbox == []
        assert mail.outbox == []  # still inside the test's outer transaction
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1


def test_when_delivering_on_commit_a_rollback_registers_no_delivery(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_DELIVER_ON_COMMIT = True
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        queue()
        raise RuntimeError
    assert callbacks == []
    assert mail.outbox == []


def test_a_temporary_failure_is_retried_after_1_2_then_4_minutes(fake, clock):
    fake.reset(*[ConnectionRefusedError("serveur indisponible")] * 3)
    email = queue()
    start = clock.now
    for attempt, wait in enumerate([1, 2, 4], start=1):
        assert deliver_queued() == {"sent": 0, "requeued": 1, "failed": 0}
        email.refresh_from_db()
        assert email.status == STATUS.requeued
        assert email.number_of_retries == attempt
        assert email.scheduled_time == clock.now + wait * MINUTE
        clock.advance(wait - 0.5)
        assert deliver_queued() == {"sent": 0, "requeued": 0, "failed": 0}  # not due yet
        clock.advance(0.5)
    assert clock.now - start == 7 * MINUTE
    assert deliver_queued() == {"sent": 1, "requeued": 0, "failed": 0}
    email.refresh_from_db()
    assert email.status == STATUS.sent
    assert [m.subject for m in fake.sent] == ["Inscription confirmée"]
    logs = list(email.logs.order_by("pk").values_list("status", "exception_type", "message"))
    assert logs == [(STATUS.failed, "ConnectionRefusedError", "serveur indisponible")] * 3


def test_after_the_last_retry_the_message_is_failed(fake, clock):
    fake.reset(*[smtplib.SMTPServerDisconnected("connexion perdue")] * 4)
    email = queue()
    for wait in [1, 2, 4]:
        assert deliver_queued()["requeued"] == 1
        clock.advance(wait)
    assert deliver_queued() == {"sent": 0, "requeued": 0, "failed": 1}
    email.refresh_from_db()
    assert (email.status, email.number_of_retries) == (STATUS.failed, 3)
    clock.advance(60)
    assert deliver_queued() == {"sent": 0, "requeued": 0, "failed": 0}
    assert fake.sent == []


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPDataError(550, b"Mailbox unavailable"),
        smtplib.SMTPSenderRefused(553, b"Sender refused", "ne-pas-repondre@localhost"),
        smtplib.SMTPRecipientsRefused({"camille@example.org": (550, b"No such user")}),
    ],
    ids=["data-550", "sender-553", "recipients-550"],
)
def test_a_permanent_refusal_is_failed_at_once_without_retry(fake, clock, error):
    fake.reset(error)
    email = queue()
    assert deliver_queued() == {"sent": 0, "requeued": 0, "failed": 1}
    email.refresh_from_db()
    assert (email.status, email.number_of_retries) == (STATUS.failed, None)  # never retried
    [log] = email.logs.all()
    assert log.message.startswith("refus définitif : ")
    assert log.exception_type == type(error).__name__
    clock.advance(60 * 24)
    assert deliver_queued() == {"sent": 0, "requeued": 0, "failed": 0}
    assert fake.sent == []


def test_a_temporary_smtp_answer_is_retried(fake, clock):
    fake.reset(smtplib.SMTPDataError(451, b"Try again later"))
    email = queue()
    assert deliver_queued() == {"sent": 0, "requeued": 1, "failed": 0}
    email.refresh_from_db()
    assert email.logs.get().message == "451 Try again later"
    clock.advance(1)
    assert deliver_queued() == {"sent": 1, "requeued": 0, "failed": 0}


def test_one_failure_does_not_hold_back_the_others(fake):
    fake.reset(smtplib.SMTPDataError(550, b"No such user"))
    first, second, third = (queue(to=f"personne{n}@example.org") for n in range(3))
    assert deliver_queued() == {"sent": 2, "requeued": 0, "failed": 1}
    statuses = {e.pk: e.status for e in Email.objects.all()}
    assert statuses == {first.pk: STATUS.failed, second.pk: STATUS.sent, third.pk: STATUS.sent}
    assert sorted(m.to[0] for m in fake.sent) == ["personne1@example.org", "personne2@example.org"]


def test_a_batch_stops_at_its_limit(fake):
    for n in range(3):
        queue(to=f"personne{n}@example.org")
    assert deliver_queued(limit=2) == {"sent": 2, "requeued": 0, "failed": 0}
    assert deliver_queued(limit=2) == {"sent": 1, "requeued": 0, "failed": 0}


# Two faults of core/mail.py found while writing these tests (fixed since): a failed delivery left its
# broken connection for the next message; a temporary recipient refusal (4xx) was treated as permanent.
def test_a_failed_delivery_closes_its_connection_and_the_next_one_opens_a_new_one(fake):
    fake.reset(smtplib.SMTPServerDisconnected("connexion perdue"))
    queue(to="personne0@example.org")
    queue(to="personne1@example.org")
    assert deliver_queued() == {"sent": 1, "requeued": 1, "failed": 0}
    assert len(fake.instances) == 2  # a fresh connection for the message after the failure


def test_a_recipient_refused_with_a_temporary_code_is_retried(fake):
    fake.reset(smtplib.SMTPRecipientsRefused({"camille@example.org": (450, b"Greylisted, try again later")}))
    email = queue()
    assert deliver_queued() == {"sent": 0, "requeued": 1, "failed": 0}
    email.refresh_from_db()
    assert email.status == STATUS.requeued


@pytest.mark.parametrize("shared", [False, True])
def test_deleting_messages_removes_their_attachments_in_a_constant_number_of_queries(settings, tmp_path, shared):
    from post_office.models import Attachment

    from core.mail import emails_delete
    from core.testing import count_queries

    settings.MEDIA_ROOT = tmp_path

    def messages(count):
        emails = [
            queue(to=f"p{i}@example.org", attachments=[("s.ics", b"BEGIN", "text/calendar")]) for i in range(count)
        ]
        return Email.objects.filter(pk__in=[email.pk for email in emails])

    small, large = messages(2), messages(10)
    kept = queue(to="autre@example.org")
    if shared:  # an attachment another message still uses stays
        kept.attachments.add(small.first().attachments.get())
    assert count_queries(lambda: emails_delete(small)) == count_queries(lambda: emails_delete(large))
    assert not Email.objects.exclude(pk=kept.pk).exists()
    assert Attachment.objects.count() == (1 if shared else 0)
    assert len([path for path in tmp_path.rglob("*") if path.is_file()]) == (1 if shared else 0)  # files too
