"""Date helpers shared by the apps."""

import calendar
from datetime import datetime, time

from django.utils import timezone


def months_ago(months: int, now=None):
    """Midnight (local time) on the same day `months` months before `now` (clamped to the month's last day)."""
    today = timezone.localdate(now or timezone.now())
    year, month = divmod(today.month - 1 - months, 12)
    year += today.year
    month += 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return timezone.make_aware(datetime.combine(today.replace(year=year, month=month, day=day), time.min))
