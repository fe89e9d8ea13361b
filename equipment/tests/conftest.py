import datetime

import pytest
from django.utils import timezone

# The sheet's funding months and the offers' freshness depend on the date: tests freeze it.
FROZEN = datetime.datetime(2027, 2, 10, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def frozen_clock(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: FROZEN)
    return FROZEN.date()
