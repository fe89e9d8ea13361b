from datetime import timedelta

import icalendar
import pytest
from django.utils import timezone

from core.testing import delivered_mail
from trainings import services
from trainings.models import Registration
from trainings.tests.factories import RegistrationFactory, SessionFactory

pytestmark = pytest.mark.django_db


def register(session, email="camille@example.org", **kwargs):
    data = {"first_name": "Camille", "last_name": "Durand", "email": email, "consent": True}
    data.update(kwargs)
    return services.registration_create(session=session, **data)


def ics_of(message):
    attachments = [a for a in message.attachments if a[0].endswith(".ics")]
    assert attachments, "pas de fichier .ics joint"
    name, content, mimetype = attachments[0]
    return icalendar.Calendar.from_ical(content), mimetype


def test_registration_is_confirmed_and_emailed_with_an_ics_request():
    session = SessionFactory(capacity=3, online=True)
    result = register(session, email="  Camille@Example.org ")
    assert result.confirmed and result.rank is None
    assert result.registration.email == "camille@example.org"
    assert len(delivered_mail()) == 1
    message = delivered_mail()[0]
    assert message.to == ["camille@example.org"]
    assert "confirmée" in message.subject
    assert result.registration.get_manage_url() in message.body
    assert "https://visio.example.org/salle-secrete" in message.body  # confirmed: the online link is given
    calendar, mimetype = ics_of(message)
    assert "method=REQUEST" in mimetype
    assert calendar["METHOD"] == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert str(event["UID"]) == f"session-{session.pk}@testserver"
    assert "mailto:camille@example.org" in str(event["ATTENDEE"])


def test_full_session_puts_people_on_the_waiting_list_with_their_rank(full_session):
    session, confirmed, waiting = full_session
    result = register(session, email="troisieme@example.org")
    assert result.registration.status == Registration.Status.WAITLISTED
    assert result.rank == 3
    message = delivered_mail()[-1]
    assert "rang 3" in message.subject and "rang 3" in message.body
    assert not message.attachments  # not in their calendar while waiting


def test_same_email_twice_is_refused_without_a_duplicate():
    session = SessionFactory()
    register(session)
    with pytest.raises(services.AlreadyRegistered) as error:
        register(session, email="CAMILLE@example.org")
    assert "déjà inscrite" in error.value.message
    assert session.registrations.count() == 1


def test_a_cancelled_person_may_register_again():
    session = SessionFactory()
    first = register(session).registration
    services.registration_cancel(registration=first)
    second = register(session).registration
    assert second.pk != first.pk and second.status == Registration.Status.CONFIRMED


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"cancelled": True}, "annulée"),
        ({"registration_deadline": timezone.now() - timedelta(minutes=1)}, "date limite"),
        ({"registration_opens_at": timezone.now() + timedelta(days=2)}, "ouvriront"),
        ({"past": True}, "commencé"),
    ],
)
def test_closed_sessions_refuse_registrations(kwargs, words):
    session = SessionFactory(**kwargs)
    with pytest.raises(services.RegistrationClosed) as error:
        register(session)
    assert words in error.value.message
    assert not Registration.objects.exists()
    assert not delivered_mail()


def test_consent_is_required():
    with pytest.raises(services.RegistrationError):
        register(SessionFactory(), consent=False)


def test_a_coordinator_may_register_a_colleague_after_the_deadline(coordinator):
    session = SessionFactory(registration_deadline=timezone.now() - timedelta(hours=1))
    result = register(session, registered_by=coordinator)
    assert result.registration.registered_by == coordinator
    assert result.confirmed


def test_cancelling_frees_the_place_for_the_first_waitlisted_person(full_session):
    session, confirmed, waiting = full_session
    promoted = services.registration_cancel(registration=confirmed[0])
    assert promoted == [waiting[0]]
    statuses = dict(session.registrations.values_list("pk", "status"))
    assert statuses[confirmed[0].pk] == Registration.Status.CANCELLED
    assert statuses[waiting[0].pk] == Registration.Status.CONFIRMED
    assert statuses[waiting[1].pk] == Registration.Status.WAITLISTED
    assert Registration.objects.get(pk=waiting[1].pk).compute_waitlist_rank() == 1
    recipients = [m.to[0] for m in delivered_mail()]
    assert recipients == [confirmed[0].email, waiting[0].email]
    promotion = delivered_mail()[1]
    assert "place s'est libérée" in promotion.subject
    calendar, _ = ics_of(promotion)
    assert calendar["METHOD"] == "REQUEST"
    # Idempotent: a second cancel changes nothing.
    assert services.registration_cancel(registration=confirmed[0]) == []
    assert len(delivered_mail()) == 2


def test_leaving_the_waiting_list_promotes_nobody_and_moves_ranks_up(full_session):
    session, confirmed, waiting = full_session
    assert services.registration_cancel(registration=waiting[0]) == []
    assert Registration.objects.get(pk=waiting[1].pk).compute_waitlist_rank() == 1
    assert session.registrations.taking_a_place().count() == 2


def test_moving_a_session_emails_an_update_with_same_uid_and_higher_sequence(full_session):
    session, confirmed, waiting = full_session
    fields = {
        "start": session.start + timedelta(days=1),
        "end": session.end + timedelta(days=1),
        "venue_name": "Nouvelle salle",
    }
    updated, notified = services.session_update(session=session, fields=fields)
    assert updated.sequence == 1
    assert {r.pk for r in notified} == {r.pk for r in confirmed + waiting}
    by_recipient = {m.to[0]: m for m in delivered_mail()}
    message = by_recipient[confirmed[0].email]
    assert "Nouvelle salle" in message.body
    calendar, _ = ics_of(message)
    event = calendar.walk("VEVENT")[0]
    assert str(event["UID"]) == f"session-{session.pk}@testserver"
    assert event["SEQUENCE"] == 1
    assert not by_recipient[waiting[0].email].attachments


def test_more_places_confirm_waitlisted_people_without_a_schedule_email(full_session):
    session, confirmed, waiting = full_session
    updated, notified = services.session_update(session=session, fields={"capacity": 3})
    assert updated.sequence == 0 and notified == []
    assert Registration.objects.get(pk=waiting[0].pk).status == Registration.Status.CONFIRMED
    assert [m.to[0] for m in delivered_mail()] == [waiting[0].email]


def test_cancelling_a_session_sends_method_cancel_with_the_message(full_session):
    session, confirmed, waiting = full_session
    notified = services.session_cancel(session=session, message="La salle est indisponible.")
    assert len(notified) == 4
    session.refresh_from_db()
    assert session.is_cancelled and session.sequence == 1 and session.cancelled_at
    message = next(m for m in delivered_mail() if m.to == [confirmed[0].email])
    assert "La salle est indisponible." in message.body
    calendar, mimetype = ics_of(message)
    assert calendar["METHOD"] == "CANCEL" and "method=CANCEL" in mimetype
    event = calendar.walk("VEVENT")[0]
    assert event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 1
    # Twice: nothing more is sent.
    assert services.session_cancel(session=session, message="encore") == []


def test_attendance_is_recorded_for_confirmed_people_only(full_session):
    session, confirmed, waiting = full_session
    changed = services.attendance_mark(
        session=session,
        statuses={confirmed[0].pk: "attended", confirmed[1].pk: "absent", waiting[0].pk: "attended"},
    )
    assert changed == 2
    statuses = dict(session.registrations.values_list("pk", "status"))
    assert statuses[confirmed[0].pk] == "attended" and statuses[confirmed[1].pk] == "absent"
    assert statuses[waiting[0].pk] == "waitlisted"


def test_a_mail_server_failure_does_not_lose_the_registration(settings):
    from post_office.connections import connections
    from post_office.models import STATUS, Email

    from core.mail import deliver_queued

    # Delivery (not queueing) meets the mail server: the outbox's delivery backend is the one that fails.
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "trainings.tests.failing_backend.EmailBackend"},
    }
    try:
        result = register(SessionFactory())
        assert deliver_queued() == {"sent": 0, "requeued": 1, "failed": 0}
    finally:
        connections.close()  # post-office keeps the failed connection for this thread otherwise
    assert Registration.objects.filter(pk=result.registration.pk, status=Registration.Status.CONFIRMED).exists()
    assert Email.objects.get().status == STATUS.requeued  # still in the outbox, retried later


def test_anonymise_erases_identity_of_old_sessions_only():
    old = RegistrationFactory(session=SessionFactory(past=True), email="old@example.org", organisation="Asso")
    recent = RegistrationFactory(email="recent@example.org")
    count = services.registrations_anonymise(older_than=timezone.now())
    assert count == 1
    old.refresh_from_db()
    assert old.email.endswith("@anonyme.invalid") and old.organisation == "" and old.anonymised_at
    assert old.status == Registration.Status.CONFIRMED
    recent.refresh_from_db()
    assert recent.email == "recent@example.org"
