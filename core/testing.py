"""Helpers for the test suite (imported by tests only)."""

from django.core import mail


def delivered_mail():
    """Deliver what the outbox holds (as the worker would), then return Django's test mailbox."""
    from core.mail import deliver_queued

    deliver_queued()
    return mail.outbox
