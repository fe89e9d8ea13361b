"""Rules that hold whatever the path: e-mails after the outermost commit, the shell, the one
definition of "upcoming sessions", and log lines without personal data."""

import logging
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from post_office.models import Email

from core.testing import delivered_mail
from trainings import services
from trainings.models import Registration, Session
from trainings.tests.factories import RegistrationFactory, SessionFactory, TrainingFactory, in_days


class Rollback(Exception):
    pass


def register(session, email="camille@example.org"):
    return services.registration_create(
        session=session, first_name="Camille", last_name="Durand", email=email, consent=True
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("deliver_on_commit", [False, True])
def test_a_registration_inside_an_outer_transaction_that_rolls_back_sends_nothing(settings, deliver_on_commit):
    settings.EMAIL_DELIVER_ON_COMMIT = deliver_on_commit
    session = SessionFactory()
    with pytest.raises(Rollback), transaction.atomic():
        register(session)
        assert Email.objects.count() == 1  # queued, inside the outer transaction
        raise Rollback
    assert not Registration.objects.exists()
    assert Email.objects.count() == 0
    assert delivered_mail() == []
    # The same call, committed: the confirmation leaves (so the test above could fail).
    with transaction.atomic():
        register(session)
    assert [message.to for message in delivered_mail()] == [["camille@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_a_session_change_and_a_cancellation_rolled_back_send_nothing(settings):
    session = SessionFactory(capacity=2)
    RegistrationFactory.create_batch(2, session=session)
    RegistrationFactory(session=session, waitlisted=True)
    with pytest.raises(Rollback), transaction.atomic():
        services.session_update(session=session, fields={"venue_name": "Autre salle", "capacity": 3})
        services.session_cancel(session=session, message="Annulée.")
        assert Email.objects.count() == 3 + 3  # updates and promotion, then cancellations
        raise Rollback
    session.refresh_from_db()
    assert (session.venue_name, session.capacity, session.sequence, session.status) == (
        "Maison des associations",
        2,
        0,
        Session.Status.CONFIRMED,
    )
    assert Email.objects.count() == 0 and delivered_mail() == []


@pytest.mark.django_db
def test_the_shell_path_goes_through_the_services(full_session, capsys):
    """What docs/trainings.md tells an operator to type in `manage.py shell`."""
    session, confirmed, waiting = full_session
    call_command(
        "shell",
        command=(
            "from trainings import services; from trainings.models import Session; "
            f"session = Session.objects.get(pk={session.pk}); "
            "updated, notified = services.session_update(session=session, fields={'capacity': 3, 'venue_name': 'Salle B'}); "
            "print('résultat', updated.sequence, len(notified))"
        ),
        verbosity=0,
    )
    assert (
        "résultat 1 3" in capsys.readouterr().out.splitlines()
    )  # two confirmed and one still waiting told; one promoted
    assert Registration.objects.get(pk=waiting[0].pk).status == Registration.Status.CONFIRMED
    subjects = sorted(message.subject.split(" :")[0] for message in delivered_mail())
    assert subjects == ["[Formation] Changement"] * 3 + ["[Formation] Une place s'est libérée"]


@pytest.mark.django_db
def test_services_refuse_what_would_break_a_rule(full_session):
    session, confirmed, waiting = full_session
    with pytest.raises(services.SessionError) as error:
        services.session_update(session=session, fields={"capacity": 1})
    assert error.value.field == "capacity"
    with pytest.raises(services.SessionError):
        services.session_update(session=session, fields={"status": Session.Status.CANCELLED})
    with pytest.raises(TypeError):
        services.session_update(session=session, fields={"sequence": 9})
    with pytest.raises(TypeError):
        services.registration_update(registration=waiting[0], fields={"status": "confirmed"})
    services.session_cancel(session=session, message="Annulée.")
    with pytest.raises(services.SessionError):
        services.session_update(session=session, fields={"capacity": 5})
    session.refresh_from_db()
    assert session.capacity == 2 and waiting[0].status == Registration.Status.WAITLISTED


@pytest.mark.django_db
def test_public_upcoming_is_the_one_definition_of_upcoming_sessions():
    now = timezone.now()
    soon = SessionFactory(start=in_days(2))
    later = SessionFactory(start=in_days(9))
    recently_cancelled = SessionFactory(start=in_days(5), cancelled=True)
    SessionFactory(start=in_days(6), cancelled=True, cancelled_at=now - timedelta(days=40))
    SessionFactory(past=True)
    hidden = SessionFactory(start=in_days(3), training=TrainingFactory(hidden=True))
    assert list(Session.objects.public_upcoming()) == [soon, later]
    assert list(Session.objects.public_upcoming(include_cancelled=True)) == [soon, recently_cancelled, later]
    assert list(Session.objects.public_upcoming(include_hidden_modules=True)) == [soon, hidden, later]


@pytest.mark.django_db
def test_registration_refusals_are_logged_without_personal_data(caplog):
    session = SessionFactory(capacity=3)
    register(session, email="secret.person@example.org")
    closed = SessionFactory(cancelled=True)
    with caplog.at_level(logging.INFO, logger="trainings.services"):
        with pytest.raises(services.AlreadyRegistered):
            register(session, email="Secret.Person@example.org")
        with pytest.raises(services.RegistrationClosed):
            register(closed, email="secret.person@example.org")
    lines = [record.getMessage() for record in caplog.records if record.name == "trainings.services"]
    assert lines == [
        f"registration refused: session={session.pk} reason=already-registered",
        f"registration refused: session={closed.pk} reason=closed",
    ]
    assert not any("secret" in line.lower() or "camille" in line.lower() for line in lines)


@pytest.mark.django_db
def test_a_capacity_race_on_the_coordinators_page_is_an_error_next_to_the_field(coordinator_client, monkeypatch):
    from trainings.forms import SessionRulesMixin
    from trainings.tests.test_manage import session_data

    session = SessionFactory(capacity=4)
    RegistrationFactory.create_batch(2, session=session)
    checked = SessionRulesMixin.clean_capacity

    def check_then_a_registration_lands(form):
        capacity = checked(form)
        RegistrationFactory(session=session)  # a third place taken between the form's check and the save
        return capacity

    monkeypatch.setattr(SessionRulesMixin, "clean_capacity", check_then_a_registration_lands)
    data = session_data(session.training, start=timezone.localtime(session.start).strftime("%Y-%m-%dT%H:%M"))
    data.update(end=timezone.localtime(session.end).strftime("%Y-%m-%dT%H:%M"), capacity="2")
    response = coordinator_client.post(reverse("trainings:session_update", args=[session.pk]), data)
    assert response.status_code == 200
    assert response.context["form"].errors["capacity"] == [
        "3 personnes sont déjà confirmées : la capacité ne peut pas être inférieure à 3."
    ]
    session.refresh_from_db()
    assert session.capacity == 4 and session.sequence == 0
    assert delivered_mail() == []
