from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from trainings.models import Registration, Session
from trainings.tests.factories import RegistrationFactory, SessionFactory, TrainingFactory, in_days

pytestmark = pytest.mark.django_db


def test_sequence_rises_when_date_place_or_status_changes_only():
    session = SessionFactory()
    assert session.sequence == 0
    session = Session.objects.get(pk=session.pk)
    session.capacity = 30
    session.save()
    assert session.sequence == 0
    session.start += timedelta(hours=1)
    session.end += timedelta(hours=1)
    session.save()
    assert Session.objects.get(pk=session.pk).sequence == 1
    session.venue_name = "Autre salle"
    session.save()
    session.status = Session.Status.CANCELLED
    session.save()
    assert Session.objects.get(pk=session.pk).sequence == 3


def test_capacity_must_be_positive_in_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(capacity=0)


def test_end_must_follow_start_in_the_database():
    start = in_days(5)
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(start=start, end=start - timedelta(hours=1))


def test_one_active_registration_per_email_and_session_case_insensitive():
    registration = RegistrationFactory(email="camille@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(session=registration.session, email="Camille@Example.org")
    registration.status = Registration.Status.CANCELLED
    registration.save()
    RegistrationFactory(session=registration.session, email="camille@example.org")
    RegistrationFactory(email="camille@example.org")  # another session


def test_tokens_are_long_random_and_unique():
    first, second = RegistrationFactory(), RegistrationFactory()
    assert len(first.token) >= 40
    assert first.token != second.token


def test_places_left_and_waitlist_are_counted_in_sql(full_session):
    session, confirmed, waiting = full_session
    RegistrationFactory(session=session, cancelled=True)
    annotated = Session.objects.with_places_left().get(pk=session.pk)
    assert (annotated.confirmed_count, annotated.waitlist_count, annotated.places_left) == (2, 2, 0)
    empty = Session.objects.with_places_left().get(pk=SessionFactory(capacity=5).pk)
    assert (empty.confirmed_count, empty.places_left) == (0, 5)


def test_waitlist_rank_follows_the_order_of_arrival(full_session):
    session, confirmed, waiting = full_session
    assert [r.compute_waitlist_rank() for r in waiting] == [1, 2]
    assert confirmed[0].compute_waitlist_rank() is None
    ranks = dict(session.registrations.with_rank().values_list("pk", "waitlist_rank"))
    assert ranks[waiting[0].pk] == 1 and ranks[waiting[1].pk] == 2 and ranks[confirmed[0].pk] is None
    waiting[0].status = Registration.Status.CANCELLED
    waiting[0].save()
    assert waiting[1].compute_waitlist_rank() == 1


def test_upcoming_past_and_listed():
    upcoming = SessionFactory()
    past = SessionFactory(past=True)
    recently_cancelled = SessionFactory(cancelled=True)
    long_cancelled = SessionFactory(cancelled=True, cancelled_at=timezone.now() - timedelta(days=31))
    hidden = SessionFactory(training=TrainingFactory(hidden=True))
    assert set(Session.objects.upcoming()) == {upcoming, recently_cancelled, long_cancelled, hidden}
    assert list(Session.objects.past()) == [past]
    assert set(Session.objects.published().listed().upcoming()) == {upcoming, recently_cancelled}


def test_registration_problem_messages():
    now = timezone.now()
    assert SessionFactory().registration_problem() is None
    assert "annulée" in SessionFactory(cancelled=True).registration_problem()
    assert "commencé" in SessionFactory(past=True).registration_problem()
    late = SessionFactory(registration_deadline=now - timedelta(hours=1))
    assert "date limite" in late.registration_problem()
    assert late.registration_problem(by_coordinator=True) is None
    early = SessionFactory(registration_opens_at=now + timedelta(days=1))
    assert "ouvriront le" in early.registration_problem()


def test_place_label():
    assert SessionFactory(venue_name="Salle", address="1 rue X").place_label == "Salle, 1 rue X"
    assert SessionFactory(venue_name="", address="", online=True).place_label == "À distance"
