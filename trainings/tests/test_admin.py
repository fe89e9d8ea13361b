"""The Django admin is one more caller of the services: the rules of docs/trainings.md hold there too.

Every test goes through the admin's pages with the test client, posting back the form the page
shows (as a browser would) with a few values changed.
"""

from datetime import timedelta

import icalendar
import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation

from core.testing import delivered_mail
from core.tests.pages import form_data
from trainings.forms import SessionRulesMixin
from trainings.models import Registration, Session
from trainings.tests.factories import RegistrationFactory, SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_as_coordinator(client, coordinator):
    """Coordinators have every permission of the app; staff status opens the admin to them."""
    coordinator.is_staff = True
    coordinator.save(update_fields=["is_staff"])
    client.force_login(coordinator)
    return client


def change_url(session):
    return reverse("admin:trainings_session_change", args=[session.pk])


def session_form(client, session):
    page = client.get(change_url(session))
    assert page.status_code == 200
    return form_data(page, "session_form")


def registration_url(registration):
    return reverse("admin:trainings_registration_change", args=[registration.pk])


def event_of(message):
    (content,) = [content for name, content, _ in message.attachments if name.endswith(".ics")]
    return icalendar.Calendar.from_ical(content).walk("VEVENT")[0]


def admin_date(value):
    """A date as the admin's date field shows it (French format)."""
    with translation.override("fr"):
        return timezone.localtime(value).strftime(formats.get_format("DATE_INPUT_FORMATS")[0])


def statuses(session):
    return dict(session.registrations.values_list("pk", "status"))


@pytest.mark.parametrize("change", ["date", "place", "online link"])
def test_a_session_changed_in_the_admin_emails_both_registrants_with_a_higher_sequence(admin_as_coordinator, change):
    session = SessionFactory(capacity=5, online=True)
    registrants = RegistrationFactory.create_batch(2, session=session)
    RegistrationFactory(session=session, cancelled=True)  # gone: not told
    start = session.start
    data = session_form(admin_as_coordinator, session)
    if change == "date":
        assert data["start_0"] == admin_date(session.start)
        data["start_0"] = admin_date(session.start + timedelta(days=7))
        data["end_0"] = admin_date(session.end + timedelta(days=7))
    elif change == "place":
        data["venue_name"] = "Salle du Tiers-lieu"
    else:
        data["online_url"] = "https://visio.example.org/nouvelle-salle"
    response = admin_as_coordinator.post(change_url(session), data)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.sequence == 1
    assert session.start == (start + timedelta(days=7) if change == "date" else start)
    messages = delivered_mail()
    assert sorted(message.to[0] for message in messages) == sorted(r.email for r in registrants)
    for message in messages:
        assert message.subject == f"[Formation] Changement : {session.training.title}"
        event = event_of(message)
        assert str(event["UID"]) == f"session-{session.pk}@testserver"
        assert event["SEQUENCE"] == 1
    page = admin_as_coordinator.get(response["Location"])
    assert "2 personne(s) inscrite(s) prévenue(s) par courriel." in page.content.decode()


def test_a_change_that_moves_nothing_sends_nothing(admin_as_coordinator):
    session = SessionFactory(capacity=5)
    RegistrationFactory.create_batch(2, session=session)
    data = session_form(admin_as_coordinator, session)
    data["address"] = "1 rue de la République"  # the same address
    assert admin_as_coordinator.post(change_url(session), data).status_code == 302
    session.refresh_from_db()
    assert session.sequence == 0
    assert delivered_mail() == []


def test_more_places_in_the_admin_confirm_the_first_person_waiting(admin_as_coordinator, full_session):
    session, confirmed, waiting = full_session
    data = session_form(admin_as_coordinator, session)
    data["capacity"] = "3"
    assert admin_as_coordinator.post(change_url(session), data).status_code == 302
    now = statuses(session)
    assert now[waiting[0].pk] == Registration.Status.CONFIRMED
    assert now[waiting[1].pk] == Registration.Status.WAITLISTED
    session.refresh_from_db()
    assert session.capacity == 3 and session.sequence == 0
    (promotion,) = delivered_mail()
    assert promotion.to == [waiting[0].email]
    assert promotion.subject == f"[Formation] Une place s'est libérée : {session.training.title}"


def test_capacity_below_the_places_taken_is_refused_in_the_admin(admin_as_coordinator, full_session):
    session, confirmed, waiting = full_session
    data = session_form(admin_as_coordinator, session)
    data["capacity"] = "1"
    response = admin_as_coordinator.post(change_url(session), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["capacity"] == [
        "2 personnes sont déjà confirmées : la capacité ne peut pas être inférieure à 2."
    ]
    session.refresh_from_db()
    assert session.capacity == 2
    assert delivered_mail() == []


def test_a_registration_status_cannot_be_set_past_the_capacity_in_the_admin(admin_as_coordinator, full_session):
    session, confirmed, waiting = full_session
    before = statuses(session)
    # The registration's own page: the status is shown, not editable; a forged value is ignored.
    page = admin_as_coordinator.get(registration_url(waiting[0]))
    data = form_data(page, "registration_form")
    assert "status" not in data and "session" not in data
    data.update(status=Registration.Status.CONFIRMED, first_name="Corrigé")
    assert admin_as_coordinator.post(registration_url(waiting[0]), data).status_code == 302
    waiting[0].refresh_from_db()
    assert waiting[0].first_name == "Corrigé" and waiting[0].status == Registration.Status.WAITLISTED
    # The session's page lists registrations read-only: a forged inline status is ignored too.
    data = session_form(admin_as_coordinator, session)
    assert not any(name.endswith("-status") for name in data)
    data.update({"registrations-2-status": "confirmed", "registrations-3-status": "confirmed"})
    assert admin_as_coordinator.post(change_url(session), data).status_code == 302
    assert statuses(session) == before
    assert session.registrations.taking_a_place().count() == session.capacity == 2
    # No registration is added here either: the coordinators' page calls the service.
    assert admin_as_coordinator.get(reverse("admin:trainings_registration_add")).status_code == 403
    assert delivered_mail() == []


def test_the_cancel_action_promotes_the_first_person_waiting(admin_as_coordinator, full_session):
    session, confirmed, waiting = full_session
    response = admin_as_coordinator.post(
        reverse("admin:trainings_registration_changelist"),
        {"action": "cancel_registrations", "_selected_action": [confirmed[0].pk]},
    )
    assert response.status_code == 302
    now = statuses(session)
    assert now[confirmed[0].pk] == Registration.Status.CANCELLED
    assert now[waiting[0].pk] == Registration.Status.CONFIRMED
    assert now[waiting[1].pk] == Registration.Status.WAITLISTED
    assert [message.to[0] for message in delivered_mail()] == [confirmed[0].email, waiting[0].email]


def test_deleting_a_registration_in_the_admin_promotes_the_first_person_waiting(admin_as_coordinator, full_session):
    session, confirmed, waiting = full_session
    url = reverse("admin:trainings_registration_delete", args=[confirmed[1].pk])
    assert admin_as_coordinator.post(url, {"post": "yes"}).status_code == 302
    assert not Registration.objects.filter(pk=confirmed[1].pk).exists()
    assert statuses(session)[waiting[0].pk] == Registration.Status.CONFIRMED
    assert [message.to[0] for message in delivered_mail()] == [waiting[0].email]  # the erased person: nothing


def test_an_address_already_registered_is_refused_next_to_the_field(admin_as_coordinator, full_session):
    session, confirmed, waiting = full_session
    data = form_data(admin_as_coordinator.get(registration_url(confirmed[0])), "registration_form")
    data["email"] = waiting[0].email.upper()
    response = admin_as_coordinator.post(registration_url(confirmed[0]), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["email"] == ["Cette adresse est déjà inscrite à cette session."]
    data["email"] = "  Nouvelle.Adresse@Example.org "
    assert admin_as_coordinator.post(registration_url(confirmed[0]), data).status_code == 302
    confirmed[0].refresh_from_db()
    assert confirmed[0].email == "nouvelle.adresse@example.org"


def test_cancelling_in_the_admin_needs_a_message_and_sends_method_cancel(admin_as_coordinator, full_session):
    session, confirmed, waiting = full_session
    data = session_form(admin_as_coordinator, session)
    data.update(status=Session.Status.CANCELLED, cancellation_message="")
    response = admin_as_coordinator.post(change_url(session), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["cancellation_message"] == [
        "Écrivez le message envoyé aux personnes inscrites avec l'annulation."
    ]
    data.update(cancellation_message="La salle est indisponible.", venue_name="Ailleurs")
    response = admin_as_coordinator.post(change_url(session), data)
    assert response.status_code == 200 and "status" in response.context["adminform"].form.errors
    session.refresh_from_db()
    assert not session.is_cancelled and delivered_mail() == []
    data["venue_name"] = session.venue_name
    assert admin_as_coordinator.post(change_url(session), data).status_code == 302
    session.refresh_from_db()
    assert session.is_cancelled and session.cancelled_at and session.sequence == 1
    messages = delivered_mail()
    assert sorted(m.to[0] for m in messages) == sorted(r.email for r in confirmed + waiting)
    for message in messages:
        assert "La salle est indisponible." in message.body
    calendars = [m for m in messages if m.to[0] in {r.email for r in confirmed}]
    assert [event_of(m)["STATUS"] for m in calendars] == ["CANCELLED", "CANCELLED"]
    # A cancelled session is not moved nor reopened from the admin: only its message can change.
    data = session_form(admin_as_coordinator, session)
    assert set(data) & {"status", "start_0", "capacity", "venue_name"} == set()
    data["cancellation_message"] = "La salle est indisponible ; nouvelle date en juin."
    assert admin_as_coordinator.post(change_url(session), data).status_code == 302
    session.refresh_from_db()
    assert session.cancellation_message == "La salle est indisponible ; nouvelle date en juin."
    assert len(delivered_mail()) == 4


def test_a_session_with_registrations_is_cancelled_not_deleted(admin_as_coordinator, full_session):
    session, confirmed, waiting = full_session
    url = reverse("admin:trainings_session_delete", args=[session.pk])
    assert admin_as_coordinator.get(url).status_code == 403
    assert admin_as_coordinator.post(url, {"post": "yes"}).status_code == 403
    assert Session.objects.filter(pk=session.pk).exists()
    empty = SessionFactory()
    url = reverse("admin:trainings_session_delete", args=[empty.pk])
    assert admin_as_coordinator.post(url, {"post": "yes"}).status_code == 302
    assert not Session.objects.filter(pk=empty.pk).exists()


def test_a_session_created_in_the_admin_is_never_born_cancelled(admin_as_coordinator):
    training = TrainingFactory()
    page = admin_as_coordinator.get(reverse("admin:trainings_session_add"))
    data = form_data(page, "session_form")
    assert "cancellation_message" not in data
    start = timezone.now() + timedelta(days=20)
    data.update(
        training=str(training.pk),
        start_0=admin_date(start),
        start_1="09:00:00",
        end_0=admin_date(start),
        end_1="12:00:00",
        capacity="8",
        status=Session.Status.CANCELLED,
    )
    response = admin_as_coordinator.post(reverse("admin:trainings_session_add"), data)
    assert response.status_code == 200 and "status" in response.context["adminform"].form.errors
    assert not Session.objects.exists()
    data["status"] = Session.Status.PLANNED
    assert admin_as_coordinator.post(reverse("admin:trainings_session_add"), data).status_code == 302
    session = Session.objects.get()
    assert (session.training, session.capacity, session.sequence) == (training, 8, 0)


def test_a_capacity_race_seen_by_the_service_is_an_error_message_not_a_500(admin_as_coordinator, monkeypatch):
    """The form counted 2 places taken; a registration lands before the save: the service refuses."""
    session = SessionFactory(capacity=4)
    RegistrationFactory.create_batch(2, session=session)
    data = session_form(admin_as_coordinator, session)
    data["capacity"] = "2"
    checked = SessionRulesMixin.clean_capacity

    def check_then_a_registration_lands(form):
        capacity = checked(form)
        RegistrationFactory(session=session)  # a third place taken between the form's check and the save
        return capacity

    monkeypatch.setattr(SessionRulesMixin, "clean_capacity", check_then_a_registration_lands)
    response = admin_as_coordinator.post(change_url(session), data, follow=True)
    assert response.status_code == 200
    assert "3 personnes sont déjà confirmées" in response.content.decode()
    session.refresh_from_db()
    assert session.capacity == 4
    # The admin's save is one transaction, rolled back whole (the registration made inside it too).
    assert session.registrations.count() == 2
