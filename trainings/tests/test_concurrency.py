"""Truly concurrent registrations on PostgreSQL: the session row lock keeps the capacity."""

import threading

import pytest
from django.db import connection

from trainings import services
from trainings.models import Registration
from trainings.tests.factories import SessionFactory

PARALLEL = 40
CAPACITY = 10


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_forty_parallel_registrations_on_ten_places():
    session = SessionFactory(capacity=CAPACITY)
    barrier = threading.Barrier(PARALLEL)
    errors = []

    def register(index):
        try:
            barrier.wait(timeout=30)
            services.registration_create(
                session=session,
                first_name=f"Personne {index}",
                last_name="Test",
                email=f"personne{index}@example.org",
                consent=True,
            )
        except Exception as error:  # reported below, with the thread's index
            errors.append((index, repr(error)))
        finally:
            connection.close()  # each thread has its own connection: close it

    threads = [threading.Thread(target=register, args=(index,)) for index in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert all(not thread.is_alive() for thread in threads)
    statuses = list(session.registrations.values_list("status", flat=True))
    assert statuses.count(Registration.Status.CONFIRMED) == CAPACITY
    assert statuses.count(Registration.Status.WAITLISTED) == PARALLEL - CAPACITY
    ranks = [
        registration.waitlist_rank for registration in session.registrations.with_rank().filter(status="waitlisted")
    ]
    assert sorted(ranks) == list(range(1, PARALLEL - CAPACITY + 1))


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
