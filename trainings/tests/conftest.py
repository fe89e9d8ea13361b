import pytest
from django.core.cache import cache

from trainings.tests.factories import RegistrationFactory, SessionFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counters live in the cache: each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def full_session(db):
    """A 2-place session, full, with two people on the waiting list (in that order)."""
    session = SessionFactory(capacity=2)
    confirmed = [RegistrationFactory(session=session) for _ in range(2)]
    waiting = [RegistrationFactory(session=session, waitlisted=True) for _ in range(2)]
    return session, confirmed, waiting


def registration_data(**overrides):
    data = {
        "first_name": "Camille",
        "last_name": "Durand",
        "email": "camille.durand@example.org",
        "organisation": "Centre social",
        "role": "Conseillère",
        "consent": "on",
        "site_web": "",
    }
    data.update(overrides)
    return data
