"""Reading django-auditlog's history for the coordinators' "history" pages of every app."""

from auditlog.models import LogEntry
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator

ACTIONS = {
    LogEntry.Action.CREATE: "Création",
    LogEntry.Action.UPDATE: "Modification",
    LogEntry.Action.DELETE: "Suppression",
}
PER_PAGE = 50


def field_label(model, name):
    """The French verbose name of a model field, or the name itself for a field that has gone."""
    try:
        return str(getattr(model._meta.get_field(name), "verbose_name", name))
    except FieldDoesNotExist:
        return name


def history_page(entries, page_number):
    """A page of log entries (entries: a LogEntry queryset, newest first, with select_related("actor"))."""
    return Paginator(entries, PER_PAGE).get_page(page_number)


def history_row(entry, model, *, nobody="inconnu"):
    """One line of a history table: when, who, what kind of change, which fields (never their values)."""
    return {
        "timestamp": entry.timestamp,
        "who": (entry.actor.get_full_name() or entry.actor.get_username()) if entry.actor else nobody,
        "action": ACTIONS.get(entry.action, "Accès"),
        "fields": [field_label(model, name) for name in sorted((entry.changes_dict or {}).keys())],
    }
