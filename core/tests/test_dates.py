"""core.dates.months_ago: the same day N months back, at local midnight, clamped to the month's end."""

import datetime
import zoneinfo

import pytest

from core.dates import months_ago

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def at(year, month, day, hour=12):
    return datetime.datetime(year, month, day, hour, tzinfo=PARIS)


@pytest.mark.parametrize(
    "now,months,expected",
    [
        (at(2026, 5, 15), 3, (2026, 2, 15)),
        (at(2026, 5, 15), 0, (2026, 5, 15)),
        (at(2026, 1, 15), 1, (2025, 12, 15)),  # across the new year
        (at(2026, 3, 15), 26, (2024, 1, 15)),
        (at(2026, 3, 31), 1, (2026, 2, 28)),  # clamped to the last day of February
        (at(2024, 3, 31), 1, (2024, 2, 29)),  # leap year
        (at(2024, 2, 29), 12, (2023, 2, 28)),  # from a 29 February
        (at(2028, 2, 29), 48, (2024, 2, 29)),
        (at(2026, 5, 31), 1, (2026, 4, 30)),
        (at(2026, 7, 31), 1, (2026, 6, 30)),
        (at(2026, 12, 31), 10, (2026, 2, 28)),
        (at(2026, 6, 30), 4, (2026, 2, 28)),
    ],
)
def test_months_ago(settings, now, months, expected):
    settings.TIME_ZONE = "Europe/Paris"
    result = months_ago(months, now=now)
    assert result == datetime.datetime(*expected, tzinfo=PARIS)
    assert result.tzinfo is not None


def test_the_day_is_the_local_day(settings):
    settings.TIME_ZONE = "Europe/Paris"
    # 23:30 UTC on 31 March is already 1 April in Paris.
    now = datetime.datetime(2026, 3, 31, 23, 30, tzinfo=datetime.UTC)
    assert months_ago(1, now=now) == datetime.datetime(2026, 3, 1, tzinfo=PARIS)


def test_local_midnight_across_a_clock_change(settings):
    settings.TIME_ZONE = "Europe/Paris"
    result = months_ago(1, now=at(2026, 4, 29))  # 29 March 2026: summer time starts at 2:00
    assert result == datetime.datetime(2026, 3, 29, tzinfo=PARIS)
    assert result.utcoffset() == datetime.timedelta(hours=1)


def test_without_now_it_counts_from_today():
    from django.utils import timezone

    today = timezone.localdate()
    result = months_ago(0)
    assert timezone.localtime(result).date() == today
    assert timezone.localtime(result).time() == datetime.time.min
