"""Writes of the actors app: each in one transaction, keyword-only arguments, data (never a form or a request).

The only writers of actors and error reports: the front-end pages and the Django admin both call
these functions, so every save moves `version`, the number the front-end optimistic lock checks.
"""

from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from actors.models import Actor, ErrorReport, Service
from core.ratelimit import RateLimit

# Many-to-many values an actor save takes (lists or querysets of the related objects).
ACTOR_RELATIONS = ("services", "tools", "needs", "communes_served")
# Fields a caller may set. `version`, the verification and the search text belong to the services.
ACTOR_FIELDS = tuple(
    field.name
    for field in Actor._meta.concrete_fields
    if field.editable and not field.primary_key and field.name not in {"verified_on", "verified_by"}
)

REPORT_LIMIT = 5  # error reports per client…
REPORT_WINDOW = 60 * 60  # …per hour
REPORT_RATE = RateLimit("actors.report", limit=REPORT_LIMIT, window=REPORT_WINDOW)


# Words of the actors' URLs that cannot be an actor's address identifier.
RESERVED_SLUGS = frozenset(
    {"nouveau", "tableau-de-bord", "signalements", "carte-json", "export", "communes", "services"}
)


def unique_actor_slug(name: str, *, exclude_pk=None) -> str:
    """A free address identifier made from the name: "Écrivains publics" -> "ecrivains-publics", then
    "-2", "-3"… when taken (reserved words of the actors' URLs avoided). One query."""
    base = (slugify(name)[:190] or "acteur").strip("-") or "acteur"
    taken = set(Actor.objects.filter(slug__startswith=base).exclude(pk=exclude_pk).values_list("slug", flat=True))
    taken |= RESERVED_SLUGS
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


class StaleVersionError(Exception):
    """Someone saved the actor after the coordinator opened the form: nothing was written."""

    message = "Quelqu'un a enregistré cette fiche entre-temps : rien n'a été enregistré. Refaites vos modifications."

    def __init__(self, current):
        super().__init__("stale actor version")
        self.current = current


def _split(data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Iterable]]:
    unknown = set(data) - set(ACTOR_FIELDS) - set(ACTOR_RELATIONS)
    if unknown:
        raise TypeError(f"unknown actor fields, or fields only the services set: {sorted(unknown)}")
    fields = {name: value for name, value in data.items() if name in ACTOR_FIELDS}
    relations = {name: value for name, value in data.items() if name in ACTOR_RELATIONS}
    return fields, relations


@transaction.atomic
def actor_create(*, data: Mapping[str, Any], user) -> Actor:
    """Create an actor from cleaned values (ACTOR_FIELDS, and ACTOR_RELATIONS as lists): version 1,
    verified today by its author. Raises ValidationError (French messages by field) on bad values."""
    fields, relations = _split(data)
    actor = Actor(**fields, version=1, verified_on=timezone.localdate(), verified_by=user)
    actor.full_clean()
    actor.save()
    for name, values in relations.items():
        getattr(actor, name).set(values)
    return actor


@transaction.atomic
def actor_update(*, actor: Actor, data: Mapping[str, Any], version: int) -> Actor:
    """Apply the values only if nobody saved the actor since `version` (raise StaleVersionError, with
    the saved actor, otherwise); the version goes up by one. Fields left out of `data` keep their value."""
    fields, relations = _split(data)
    current = Actor.objects.select_for_update().get(pk=actor.pk)
    if current.version != version:
        raise StaleVersionError(current)
    for name, value in fields.items():
        setattr(current, name, value)
    current.version += 1
    current.full_clean()
    current.save()
    for name, values in relations.items():
        getattr(current, name).set(values)
    return current


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


def error_report_emails_expire() -> int:
    """Erase the reply e-mail of reports still unhandled REPORT_EMAIL_RETENTION_DAYS days after they were sent.

    The daily job `actors.report_emails` (core.jobs, run by `mail_worker`). The message stays, so the
    report can still be handled. Returns the number of reports changed. The history never holds the
    address (apps.py excludes it), so nothing is left to erase there.
    """
    limit = timezone.now() - timedelta(days=settings.REPORT_EMAIL_RETENTION_DAYS)
    return (
        ErrorReport.objects.filter(handled_at__isnull=True, created_at__lt=limit)
        .exclude(contact_email="")
        .update(contact_email="")
    )


# Kinds of service (the managed list actors pick from)


class ServiceInUseError(Exception):
    """A kind of service that actors still offer: deleting it would silently drop it from their entries."""

    def __init__(self, count):
        super().__init__("service in use")
        self.count = count
        self.message = (
            f"« Supprimer » est refusé : {count} acteur(s) proposent ce service. Retirez-le d'abord de leurs fiches "
            "ou renommez-le plutôt."
        )


def unique_service_slug(name: str, *, exclude_pk=None) -> str:
    """A free identifier made from the name ("Aide aux démarches" -> "aide-aux-demarches", then "-2"…)."""
    base = (slugify(name)[:110] or "service").strip("-") or "service"
    taken = set(Service.objects.filter(slug__startswith=base).exclude(pk=exclude_pk).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


class StaleServiceError(StaleVersionError):
    """Someone saved the kind of service after the coordinator opened the form: nothing was written."""

    message = "Quelqu'un a modifié ce service entre-temps : rien n'a été enregistré. Refaites vos modifications."


@transaction.atomic
def save_service(
    *, service: Service | None = None, name: str, slug: str = "", position: int = 100, version: int | None = None
) -> Service:
    """Create a kind of service (version 1), or update one only if nobody saved it since `version`
    (raise StaleServiceError, with the saved row, otherwise): the version goes up by one. An empty slug
    is made from the name."""
    if service is None:
        service = Service(version=1)
    else:
        if version is None:
            raise TypeError("updating a kind of service needs the version the form was opened at")
        service = Service.objects.select_for_update().get(pk=service.pk)
        if service.version != version:
            raise StaleServiceError(service)
        service.version += 1
    service.name = name.strip()
    service.slug = slug or unique_service_slug(service.name, exclude_pk=service.pk)
    service.position = position
    service.full_clean()
    service.save()
    return service


@transaction.atomic
def bump_service_version(*, service: Service) -> int:
    """The next version of a kind of service the admin is about to save (locks the row): the admin's
    saves move the version too, so a coordinator's form opened before them answers 409."""
    return Service.objects.select_for_update().values_list("version", flat=True).get(pk=service.pk) + 1


@transaction.atomic
def delete_service(*, service: Service) -> None:
    """Delete a kind of service no actor offers; ServiceInUseError otherwise (nothing deleted)."""
    count = service.actors.count()
    if count:
        raise ServiceInUseError(count)
    service.delete()
