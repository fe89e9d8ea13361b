"""`manage.py mail_worker`: one pass for cron, the loop with its daily purge, a clean stop on SIGTERM."""

import datetime
import os
import signal
import threading
from io import StringIO
from unittest import mock

import pytest
from django.core import mail as django_mail
from django.core.management import CommandError, call_command
from django.utils import timezone
from post_office.models import STATUS, Email

from core.mail import queue_email
from core.management.commands import mail_worker

pytestmark = pytest.mark.django_db


def queue(count, **extra):
    return [
        queue_email(to=f"personne{i}@example.org", subject=f"Message {i}", body="Bonjour.", kind="test.worker", **extra)
        for i in range(count)
    ]


def age(emails, *, days, status):
    Email.objects.filter(pk__in=[e.pk for e in emails]).update(
        status=status, last_updated=timezone.now() - datetime.timedelta(days=days)
    )


class StopAfter(mail_worker.StopFlag):
    """Stops the loop after `passes` passes instead of sleeping."""

    def __init__(self, passes):
        super().__init__()
        self.passes = passes

    def wait(self, seconds):
        self.passes -= 1
        if self.passes <= 0:
            self.set()


def test_once_delivers_what_is_due_purges_old_messages_and_prints_counts_only(settings, caplog):
    settings.EMAIL_RETENTION_DAYS = 30
    old = queue(2)
    age(old, days=31, status=STATUS.sent)
    kept = queue(1)
    age(kept, days=29, status=STATUS.failed)
    later = queue(1)
    Email.objects.filter(pk=later[0].pk).update(scheduled_time=timezone.now() + datetime.timedelta(hours=1))
    queue(3)
    out = StringIO()
    call_command("mail_worker", "--once", stdout=out)
    assert out.getvalue().strip() == (
        "3 courriel(s) envoyé(s), 0 à réessayer plus tard, 0 en échec ; 2 ancien(s) courriel(s) purgé(s)."
    )
    assert len(django_mail.outbox) == 3
    assert Email.objects.filter(pk__in=[e.pk for e in old]).count() == 0
    assert Email.objects.get(pk=kept[0].pk).status == STATUS.failed
    assert Email.objects.get(pk=later[0].pk).status == STATUS.queued
    assert "@" not in caplog.text and "@" not in out.getvalue()


def test_once_delivers_more_than_one_batch(monkeypatch):
    monkeypatch.setattr("core.management.commands.mail_worker.BATCH", 3)
    monkeypatch.setattr("core.mail.BATCH", 3)
    queue(7)
    out = StringIO()
    call_command("mail_worker", "--once", stdout=out)
    assert out.getvalue().startswith("7 courriel(s) envoyé(s)")
    assert Email.objects.filter(status=STATUS.sent).count() == 7


# The loop closes obsolete database connections between passes, as a long-running process must:
# these tests run outside the test transaction.
@pytest.mark.django_db(transaction=True)
def test_loop_delivers_and_purges_once_a_day(caplog):
    caplog.set_level("INFO", logger="core")
    old = queue(1)
    age(old, days=40, status=STATUS.sent)
    queue(2)
    now = [1000.0]
    purges = []
    real_purge = mail_worker.purge_older_than

    def counting_purge(days):
        purges.append(now[0])
        return real_purge(days)

    class Passes(StopAfter):
        def wait(self, seconds):
            now[0] += 3600  # an hour between passes
            super().wait(seconds)

    with mock.patch.object(mail_worker, "purge_older_than", counting_purge):
        mail_worker.run(Passes(30), interval=5, retention_days=30, clock=lambda: now[0])
    assert Email.objects.filter(status=STATUS.sent).count() == 2 and not Email.objects.filter(pk=old[0].pk).exists()
    assert purges == [1000.0, 1000.0 + 24 * 3600]  # at start-up, then a day later (30 passes = 30 hours)
    assert "mail worker started: every 5s, retention 30 days" in caplog.text
    assert "outbox delivered: 2 sent, 0 to retry, 0 failed" in caplog.text
    assert "outbox purged: 1 message(s) older than 30 days" in caplog.text
    assert "mail worker stopped" in caplog.text
    assert "@" not in caplog.text


@pytest.mark.django_db(transaction=True)
def test_a_failing_pass_is_logged_without_addresses_and_the_loop_goes_on(caplog):
    calls = []

    def flaky(**kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("base indisponible pendant l'envoi à camille.durand@example.org")
        return {"sent": 0, "requeued": 0, "failed": 0}

    with mock.patch.object(mail_worker, "deliver_queued", flaky):
        mail_worker.run(StopAfter(2), interval=5, retention_days=30)
    assert len(calls) == 2
    assert "mail worker pass failed, next try in 5s" in caplog.text
    assert "c***@example.org" in caplog.text and "camille.durand" not in caplog.text


@pytest.mark.parametrize("value", ["0", "-1"])
def test_refuses_a_non_positive_interval(value):
    with pytest.raises(CommandError, match="positif"):
        call_command("mail_worker", "--interval", value)


@pytest.mark.skipif(threading.current_thread() is not threading.main_thread(), reason="signaux : thread principal")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.django_db(transaction=True)
def test_sigterm_and_sigint_stop_the_worker_cleanly(caplog, signum):
    caplog.set_level("INFO", logger="core")
    queue(2)
    previous = signal.getsignal(signum)
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signum))
    timer.start()
    try:
        call_command("mail_worker", "--interval", "0.1")  # returns only once the signal stopped the loop
    finally:
        timer.cancel()
    assert "mail worker stopped" in caplog.text
    assert Email.objects.filter(status=STATUS.sent).count() == 2
    assert signal.getsignal(signum) is previous  # handlers restored


def test_stop_flag_wait_returns_as_soon_as_stop_is_requested():
    stop = mail_worker.StopFlag()
    threading.Timer(0.1, stop.set).start()
    started = timezone.now()
    stop.wait(30)
    assert (timezone.now() - started).total_seconds() < 2


def test_retry_failed_requeues_every_failed_message_for_a_fresh_series_of_retries():
    failed = queue(2)
    Email.objects.filter(pk__in=[e.pk for e in failed]).update(status=STATUS.failed, number_of_retries=8)
    sent = queue(1)
    age(sent, days=1, status=STATUS.sent)
    out = StringIO()
    call_command("mail_worker", "--retry-failed", stdout=out)
    assert out.getvalue().strip() == "2 courriel(s) en échec remis en file d'envoi."
    assert set(Email.objects.filter(pk__in=[e.pk for e in failed]).values_list("status", "number_of_retries")) == {
        (STATUS.requeued, 0)
    }
    assert Email.objects.get(pk=sent[0].pk).status == STATUS.sent
    call_command("mail_worker", "--once", stdout=StringIO())
    assert len(django_mail.outbox) == 2
