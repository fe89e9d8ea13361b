"""Helpers for the test suite (imported by tests only)."""

from django.core import mail


def delivered_mail():
    """Deliver what the outbox holds (as the worker would), then return Django's test mailbox."""
    from core.mail import deliver_queued

    deliver_queued()
    return mail.outbox


def count_queries(action) -> int:
    """The number of database queries `action()` runs (for the query-budget tests, see docs/conventions.md)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        action()
    return len(context.captured_queries)
