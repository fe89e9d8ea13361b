"""Writes of the actors app: each in one transaction, keyword-only arguments."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from actors.models import Actor, ErrorReport

REPORT_LIMIT = 5  # error reports per client…
REPORT_WINDOW = 60 * 60  # …per hour


class StaleVersionError(Exception):
    """Someone saved the actor after the coordinator opened the form: nothing was written."""

    def __init__(self, current):
        super().__init__("stale actor version")
        self.current = current


@transaction.atomic
def actor_create(*, form, user) -> Actor:
    actor = form.save(commit=False)
    actor.version = 1
    actor.verified_on = timezone.localdate()
    actor.verified_by = user
    actor.save()
    form.save_m2m()
    return actor


@transaction.atomic
def actor_update(*, form, version: int, user) -> Actor:
    """Save the form only if nobody saved the actor since `version`; raise StaleVersionError otherwise."""
    actor = form.instance
    current = Actor.objects.select_for_update().get(pk=actor.pk)
    if current.version != version:
        raise StaleVersionError(current)
    actor = form.save(commit=False)
    actor.version = current.version + 1
    actor.save()
    form.save_m2m()
    return actor


@transaction.atomic
def actor_mark_verified(*, actor: Actor, user) -> Actor:
    actor = Actor.objects.select_for_update().get(pk=actor.pk)
    actor.verified_on = timezone.localdate()
    actor.verified_by = user
    actor.version += 1
    actor.save(update_fields=["verified_on", "verified_by", "version", "updated_at"])
    return actor


@transaction.atomic
def actor_set_published(*, actor: Actor, published: bool) -> Actor:
    """Publish or hide an actor. Hiding never deletes: the page comes back when published again."""
    actor = Actor.objects.select_for_update().get(pk=actor.pk)
    actor.is_published = published
    actor.version += 1
    actor.save(update_fields=["is_published", "version", "updated_at"])
    return actor


def client_key(request) -> str:
    """A hashed, salted key for the visitor's address: the cache never holds the address itself."""
    from axes.helpers import get_client_ip_address

    address = get_client_ip_address(request) or "inconnu"
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:error-report:{address}".encode()).hexdigest()
    return f"actors:report:{digest[:32]}"


def report_allowed(request) -> bool:
    """True while this client sent fewer than REPORT_LIMIT reports in the last hour."""
    return cache.get(client_key(request), 0) < REPORT_LIMIT


def _count_report(request):
    key = client_key(request)
    if cache.add(key, 1, REPORT_WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, REPORT_WINDOW)


@transaction.atomic
def error_report_create(*, request, actor: Actor, message: str, contact_email: str = "") -> ErrorReport:
    _count_report(request)
    return ErrorReport.objects.create(actor=actor, message=message.strip(), contact_email=contact_email.strip())


def count_spam_attempt(*, request):
    """A honeypot hit counts against the limit but stores nothing."""
    _count_report(request)


@transaction.atomic
def error_report_mark_handled(*, report: ErrorReport, user) -> ErrorReport:
    """Mark handled and erase the optional e-mail address (kept only to answer this report)."""
    report = ErrorReport.objects.select_for_update().get(pk=report.pk)
    if report.handled_at is None:
        report.handled_at = timezone.now()
        report.handled_by = user
        report.contact_email = ""
        report.save(update_fields=["handled_at", "handled_by", "contact_email"])
    return report
