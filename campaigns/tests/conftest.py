import pytest
from django.core.cache import cache

from actors.tests.factories import CommuneFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """The widgets are cached per address: each test starts with an empty cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def loches(db):
    return CommuneFactory(insee_code="37132", name="Loches", latitude="47.12830", longitude="0.99530")


@pytest.fixture
def ligueil(db):
    return CommuneFactory(insee_code="37130", name="Ligueil", latitude="47.04330", longitude="0.81830")
