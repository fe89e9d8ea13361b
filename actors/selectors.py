"""Reads the actors pages compose (the simple ones are named queryset methods in models.py)."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch

from actors.models import Actor, Commune, ErrorReport, Service
from tools_catalog.models import Need, Tool


def actor_for_page(*, include_hidden: bool):
    """Actors with what their page shows, in a fixed number of queries (one per relation)."""
    queryset = Actor.objects.select_related("verified_by").prefetch_related(
        "services",
        Prefetch("tools", queryset=Tool.objects.published().order_by("name").only("name", "slug", "summary")),
        Prefetch("needs", queryset=Need.objects.ordered().only("name", "slug")),
        Prefetch("communes_served", queryset=Commune.objects.order_by("search_name")),
    )
    return queryset if include_hidden else queryset.filter(is_published=True)


def actor_history(actor):
    """The audit log entries of one actor, newest first, with who made them."""
    content_type = ContentType.objects.get_for_model(Actor)
    return (
        LogEntry.objects.filter(content_type=content_type, object_pk=str(actor.pk))
        .select_related("actor")
        .order_by("-timestamp", "-pk")
    )


def actor_last_change(actor):
    """The latest audit log entry of the actor (shown when a save was refused as stale), or None."""
    return actor_history(actor).first()


def stale_actors():
    """Published actors not verified for 12 months, with who verified them last (dashboard)."""
    return (
        Actor.objects.published()
        .stale()
        .select_related("verified_by")
        .only(
            "name", "slug", "verified_on", "verified_by__username", "verified_by__first_name", "verified_by__last_name"
        )
    )


def open_reports():
    """Error reports not handled yet, oldest first, with their actor's name (dashboard)."""
    return (
        ErrorReport.objects.open()
        .select_related("actor")
        .only("message", "contact_email", "created_at", "actor__name", "actor__slug")
    )


def hidden_actors():
    """Actors a coordinator hid, by name (dashboard)."""
    return Actor.objects.filter(is_published=False).order_by("sort_name").only("name", "slug", "updated_at")


def service_history(service):
    """The audit log entries of one kind of service, newest first, with who made them."""
    content_type = ContentType.objects.get_for_model(Service)
    return (
        LogEntry.objects.filter(content_type=content_type, object_pk=str(service.pk))
        .select_related("actor")
        .order_by("-timestamp", "-pk")
    )
