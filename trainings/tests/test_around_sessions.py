"""Reminders, waiting-list notices and follow-ups (services.session_emails_send): each e-mail once,
even when the job runs twice or dies half-way."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from core import jobs
from core.testing import delivered_mail
from trainings import emails, services
from trainings.models import Registration
from trainings.tests.factories import RegistrationFactory, SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def registered_long_ago(**kwargs):
    registration = RegistrationFactory(**kwargs)
    Registration.objects.filter(pk=registration.pk).update(created_at=timezone.now() - timedelta(days=20))
    return registration


def sent_to(outbox, subject_start):
    return sorted(message.to[0] for message in outbox if message.subject.startswith(f"[Formation] {subject_start}"))


@pytest.fixture
def soon():
    """A session in 30 hours: inside the 2-day reminder window, not yet the day before."""
    return SessionFactory(start=timezone.now() + timedelta(hours=30), capacity=3, online=True)


def test_confirmed_people_get_one_reminder_with_place_ics_and_cancel_link(soon):
    confirmed = registered_long_ago(session=soon, email="ana@example.org")
    registered_long_ago(session=soon, email="cancelled@example.org", cancelled=True)
    registered_long_ago(session=SessionFactory(start=timezone.now() + timedelta(days=5)), email="later@example.org")
    registered_long_ago(
        session=SessionFactory(start=timezone.now() + timedelta(hours=30), cancelled=True), email="off@example.org"
    )
    result = services.session_emails_send()
    assert (result.reminders, result.failed) == (1, 0)
    outbox = delivered_mail()
    assert sent_to(outbox, "Rappel") == ["ana@example.org"]
    message = next(m for m in outbox if m.subject.startswith("[Formation] Rappel"))
    assert "Maison des associations, 1 rue de la République" in message.body
    assert f"/formations/inscription/{confirmed.token}/annuler/" in message.body
    assert "https://visio.example.org/salle-secrete" in message.body  # confirmed: the link is theirs
    assert message.attachments[0][0] == "session.ics"
    assert "BEGIN:VEVENT" in message.attachments[0][1]
    assert Registration.objects.get(pk=confirmed.pk).reminder_sent_at is not None


def test_the_registrants_page_says_which_reminders_left(soon, coordinator_client):
    registered_long_ago(session=soon)
    services.session_emails_send()
    html = coordinator_client.get(reverse("trainings:session_registrations", args=[soon.pk])).content.decode()
    today = timezone.localdate()
    assert f"Rappel envoyé le {today.day}/{today:%m/%Y}" in html


def test_running_the_job_twice_sends_each_reminder_once(soon):
    for index in range(3):
        registered_long_ago(session=soon, email=f"p{index}@example.org")
    first = services.session_emails_send()
    second = services.session_emails_send()
    assert (first.reminders, second.reminders) == (3, 0)
    assert sent_to(delivered_mail(), "Rappel") == ["p0@example.org", "p1@example.org", "p2@example.org"]


class Killed(BaseException):
    """The worker's process dies (not an Exception: nothing catches it)."""


def test_a_job_killed_half_way_sends_the_rest_on_the_next_run_and_none_twice(soon, monkeypatch):
    for index in range(5):
        registered_long_ago(session=soon, email=f"p{index}@example.org")
    real_send = emails.send_reminder
    calls = []

    def dies_at_the_third(registration):
        calls.append(registration.pk)
        if len(calls) == 3:
            real_send(registration)  # queued, then the process dies before the marker is committed
            raise Killed
        return real_send(registration)

    monkeypatch.setattr(emails, "send_reminder", dies_at_the_third)
    with pytest.raises(Killed):
        services.session_emails_send()
    assert Registration.objects.filter(reminder_sent_at__isnull=False).count() == 2
    monkeypatch.setattr(emails, "send_reminder", real_send)
    assert services.session_emails_send().reminders == 3
    assert services.session_emails_send().reminders == 0
    assert sent_to(delivered_mail(), "Rappel") == [f"p{index}@example.org" for index in range(5)]


def test_one_failing_message_does_not_stop_the_others_and_is_retried(soon, monkeypatch):
    people = [registered_long_ago(session=soon, email=f"p{index}@example.org") for index in range(3)]
    real_send = emails.send_reminder

    def fails_for_the_first(registration):
        if registration.pk == people[0].pk:
            raise ValueError("template broken")
        return real_send(registration)

    monkeypatch.setattr(emails, "send_reminder", fails_for_the_first)
    result = services.session_emails_send()
    assert (result.reminders, result.failed) == (2, 1)
    monkeypatch.setattr(emails, "send_reminder", real_send)
    assert services.session_emails_send().reminders == 1
    assert sent_to(delivered_mail(), "Rappel") == ["p0@example.org", "p1@example.org", "p2@example.org"]


def test_people_registered_inside_the_window_are_not_reminded(soon):
    RegistrationFactory(session=soon)  # registered now: the confirmation just told them everything
    assert services.session_emails_send().reminders == 0


def test_the_reminder_delay_is_a_setting(settings):
    settings.TRAININGS_REMINDER_DAYS = 5
    registered_long_ago(session=SessionFactory(start=timezone.now() + timedelta(days=4)))
    assert services.session_emails_send().reminders == 1


def test_anonymised_registrations_get_nothing(soon):
    registration = registered_long_ago(session=soon)
    Registration.objects.filter(pk=registration.pk).update(anonymised_at=timezone.now())
    assert services.session_emails_send().reminders == 0


def test_waiting_people_are_told_the_day_before_once():
    soon = SessionFactory(start=timezone.now() + timedelta(hours=20), capacity=3, online=True)
    for _ in range(3):
        registered_long_ago(session=soon)
    first = registered_long_ago(session=soon, waitlisted=True, email="first@example.org")
    registered_long_ago(session=soon, waitlisted=True, email="second@example.org")
    registered_long_ago(
        session=SessionFactory(start=timezone.now() + timedelta(hours=30)), waitlisted=True, email="later@example.org"
    )
    assert services.session_emails_send().waitlist_notices == 2
    assert services.session_emails_send().waitlist_notices == 0
    outbox = delivered_mail()
    assert sent_to(outbox, "Toujours en liste d'attente") == ["first@example.org", "second@example.org"]
    message = next(m for m in outbox if m.to == ["first@example.org"])
    assert "toujours sur la liste d'attente, au rang 1" in message.body
    assert first.token in message.body
    assert not message.attachments
    assert "salle-secrete" not in message.body  # the remote link is for confirmed people only


def test_after_the_session_a_follow_up_with_resources_and_feedback_link_once():
    training = TrainingFactory(resources="- Fiche : <https://exemple.org/fiche.pdf>")
    ended = SessionFactory(training=training, start=timezone.now() - timedelta(hours=5))
    attended = RegistrationFactory(session=ended, status=Registration.Status.ATTENDED, email="came@example.org")
    RegistrationFactory(session=ended, email="unmarked@example.org")
    RegistrationFactory(session=ended, status=Registration.Status.ABSENT, email="absent@example.org")
    RegistrationFactory(session=ended, cancelled=True, email="cancelled@example.org")
    RegistrationFactory(session=SessionFactory(past=True), email="long-ago@example.org")
    assert services.session_emails_send().followups == 2
    assert services.session_emails_send().followups == 0
    outbox = delivered_mail()
    assert sent_to(outbox, "Merci d'avoir participé") == ["came@example.org", "unmarked@example.org"]
    message = next(m for m in outbox if m.to == ["came@example.org"])
    assert "https://exemple.org/fiche.pdf" in message.body
    link = next(line for line in message.body.splitlines() if "/formations/avis/" in line)
    assert attended.token not in link and "came" not in link  # the link names the session, not the person
    assert link.strip().endswith("/")


def test_moving_a_session_sends_the_reminder_again_for_the_new_date(soon):
    registration = registered_long_ago(session=soon)
    services.session_emails_send()
    services.session_update(
        session=soon, fields={"start": soon.start + timedelta(hours=2), "end": soon.end + timedelta(hours=2)}
    )
    assert Registration.objects.get(pk=registration.pk).reminder_sent_at is None
    assert services.session_emails_send().reminders == 1


def test_the_job_is_registered_for_the_worker_and_has_a_command(soon, capsys):
    assert jobs.registered()["trainings.session_emails"][0] is services.session_emails_send
    registered_long_ago(session=soon)
    call_command("send_session_emails")
    assert "1 rappel(s)" in capsys.readouterr().out
