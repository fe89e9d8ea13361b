"""Truly concurrent registrations on PostgreSQL: the session row lock keeps the capacity, places held
for requests awaiting their e-mail confirmation included."""

import threading

import pytest
from django.db import connection
from django.utils import timezone

from trainings import services
from trainings.models import Registration
from trainings.tests.factories import RegistrationFactory, SessionFactory

PARALLEL = 40
CAPACITY = 10


def run_in_parallel(count, work):
    """Run work(index) in `count` threads released together; returns the errors (index, repr)."""
    barrier = threading.Barrier(count)
    errors = []

    def run(index):
        try:
            barrier.wait(timeout=30)
            work(index)
        except Exception as error:  # reported below, with the thread's index
            errors.append((index, repr(error)))
        finally:
            connection.close()  # each thread has its own connection: close it

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(not thread.is_alive() for thread in threads)
    return errors


def taken(session):
    return session.registrations.taking_a_place().count()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_forty_parallel_requests_then_confirmations_on_ten_places():
    session = SessionFactory(capacity=CAPACITY)

    def request(index):
        services.registration_request(
            session=session,
            first_name=f"Personne {index}",
            last_name="Test",
            email=f"personne{index}@example.org",
            consent=True,
        )

    assert run_in_parallel(PARALLEL, request) == []
    statuses = list(session.registrations.values_list("status", flat=True))
    assert statuses.count(Registration.Status.HELD) == CAPACITY
    assert statuses.count(Registration.Status.PENDING) == PARALLEL - CAPACITY
    assert taken(session) == CAPACITY

    registrations = list(session.registrations.order_by("?"))

    def confirm(index):
        services.registration_confirm(registration=registrations[index])

    assert run_in_parallel(PARALLEL, confirm) == []
    statuses = list(session.registrations.values_list("status", flat=True))
    assert statuses.count(Registration.Status.CONFIRMED) == CAPACITY
    assert statuses.count(Registration.Status.WAITLISTED) == PARALLEL - CAPACITY
    ranks = [
        registration.waitlist_rank for registration in session.registrations.with_rank().filter(status="waitlisted")
    ]
    assert sorted(ranks) == list(range(1, PARALLEL - CAPACITY + 1))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_expiring_holds_while_new_requests_arrive_never_overbooks_and_keeps_the_queue_order():
    """Ten held places expire while 20 new requests, 5 expiry jobs and 5 confirmations of expired
    requests run at once: the places go to the ten people waiting, in order, and to nobody else."""
    session = SessionFactory(capacity=CAPACITY)
    holds = [
        RegistrationFactory(session=session, status=Registration.Status.HELD, hold_expires_at=timezone.now())
        for _ in range(CAPACITY)
    ]
    waiting = [RegistrationFactory(session=session, waitlisted=True) for _ in range(CAPACITY)]
    assert taken(session) == 0  # expired holds count for nothing, before any job runs

    def work(index):
        if index < 20:
            services.registration_request(
                session=session, first_name="Nouvelle", last_name="Personne", email=f"n{index}@example.org",
                consent=True,
            )  # fmt: skip
        elif index < 25:
            services.registration_holds_expire()
        else:
            try:
                services.registration_confirm(registration=holds[index - 25])
                late.append("confirmed")
            except services.RegistrationExpired:
                late.append("expired")

    late = []
    assert run_in_parallel(30, work) == []
    assert late == ["expired"] * 5
    confirmed = set(session.registrations.filter(status="confirmed").values_list("pk", flat=True))
    assert confirmed == {registration.pk for registration in waiting}
    assert session.registrations.filter(status="expired").count() == CAPACITY
    assert session.registrations.filter(status="pending").count() == 20
    assert taken(session) == CAPACITY


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_double_click_gives_one_registration():
    session = SessionFactory(capacity=CAPACITY)
    barrier = threading.Barrier(8)
    outcomes = []

    def register():
        try:
            barrier.wait(timeout=30)
            services.registration_create(
                session=session, first_name="Camille", last_name="Test", email="camille@example.org", consent=True
            )
            outcomes.append("ok")
        except services.AlreadyRegistered:
            outcomes.append("already")
        finally:
            connection.close()

    threads = [threading.Thread(target=register) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["already"] * 7 + ["ok"]
    assert session.registrations.count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_public_double_click_gives_one_request(settings):
    settings.REGISTRATION_EMAILS_PER_ADDRESS = 8
    session = SessionFactory(capacity=CAPACITY)
    outcomes = []

    def request(index):
        result = services.registration_request(
            session=session, first_name="Camille", last_name="Test", email="camille@example.org", consent=True
        )
        outcomes.append(result.outcome)

    assert run_in_parallel(8, request) == []
    assert sorted(outcomes) == ["held"] + ["resent"] * 7
    assert session.registrations.count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_four_workers_running_the_session_emails_job_at_once_queue_each_reminder_once():
    from datetime import timedelta

    from post_office.models import Email

    session = SessionFactory(start=timezone.now() + timedelta(hours=30), capacity=30)
    for index in range(20):
        registration = RegistrationFactory(session=session, email=f"p{index}@example.org")
        Registration.objects.filter(pk=registration.pk).update(created_at=timezone.now() - timedelta(days=10))
    counts = []
    assert run_in_parallel(4, lambda index: counts.append(services.session_emails_send().reminders)) == []
    assert sum(counts) == 20
    assert Email.objects.filter(subject__startswith="[Formation] Rappel").count() == 20
    assert session.registrations.filter(reminder_sent_at__isnull=True).count() == 0
