"""Writes of the actors app: each in one transaction, keyword-only arguments."""

from django.db import transaction
from django.utils import timezone

from actors.models import Actor, ErrorReport
from core.ratelimit import RateLimit

REPORT_LIMIT = 5  # error reports per client…
REPORT_WINDOW = 60 * 60  # …per hour
REPORT_RATE = RateLimit("actors.report", limit=REPORT_LIMIT, window=REPORT_WINDOW)


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


def report_allowed(*, client_key: str) -> bool:
    """True while this client sent fewer than REPORT_LIMIT reports in the last hour."""
    return REPORT_RATE.allowed(client_key)


@transaction.atomic
def error_report_create(*, client_key: str, actor: Actor, message: str, contact_email: str = "") -> ErrorReport:
    REPORT_RATE.hit(client_key)
    return ErrorReport.objects.create(actor=actor, message=message.strip(), contact_email=contact_email.strip())


def count_spam_attempt(*, client_key: str) -> None:
    """A honeypot hit counts against the limit but stores nothing."""
    REPORT_RATE.hit(client_key)


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
