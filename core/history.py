"""django-auditlog's history: reading it for the coordinators' "history" pages of every app, and
erasing the personal data it copied when the data itself is anonymised."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import QuerySet

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


ERASED = "[effacé]"
ERASED_REPR = "[données personnelles effacées]"
ERASE_BATCH = 500


def _erase_values(data, fields):
    """A copy of a changes/serialised mapping with the values of `fields` replaced by ERASED."""
    if not isinstance(data, dict):
        return data, False
    erased, changed = dict(data), False
    for name in fields:
        if name in erased and erased[name] != ERASED and erased[name] != [ERASED, ERASED]:
            erased[name] = [ERASED, ERASED] if isinstance(erased[name], list) else ERASED
            changed = True
    if isinstance(erased.get("fields"), dict):  # serialized_data: {"model", "pk", "fields": {...}}
        inner, inner_changed = _erase_values(erased["fields"], fields)
        erased["fields"], changed = inner, changed or inner_changed
    return erased, changed


def erase_personal_data(model, pks, fields) -> int:
    """Erase what the history copied of these objects' personal data; returns the entries changed.

    For every history entry of `model` whose object is in `pks` (ids, or a queryset of ids): the
    object's text (`object_repr`, e.g. a registrant's name) is replaced, the old and new values of
    `fields` in the recorded changes (JSON and text forms) and in the serialised copy are replaced
    by "[effacé]", extra data is dropped, and no client address is kept. Which fields changed, when
    and by whom stays: the history still tells what happened, without telling about whom.
    Idempotent: run it again, nothing more changes.
    """
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    entries = LogEntry.objects.filter(content_type=content_type)
    if isinstance(pks, QuerySet):
        entries = entries.filter(object_id__in=pks)
    else:
        entries = entries.filter(object_pk__in=[str(pk) for pk in pks])
    fields = list(fields)
    changed = 0
    with transaction.atomic():
        batch = []
        for entry in entries.only(
            "pk", "object_repr", "changes", "changes_text", "serialized_data", "additional_data", "remote_addr"
        ).iterator(chunk_size=ERASE_BATCH):
            changes, changes_changed = _erase_values(entry.changes, fields)
            serialized, serialized_changed = _erase_values(entry.serialized_data, fields)
            dirty = changes_changed or serialized_changed
            if entry.object_repr != ERASED_REPR or entry.additional_data or entry.remote_addr or entry.changes_text:
                dirty = True
            if not dirty:
                continue
            entry.object_repr = ERASED_REPR
            entry.changes = changes
            entry.changes_text = ""
            entry.serialized_data = serialized
            entry.additional_data = None
            entry.remote_addr = None
            batch.append(entry)
            if len(batch) >= ERASE_BATCH:
                changed += _save(batch)
                batch = []
        changed += _save(batch)
    return changed


def _save(entries):
    if entries:
        LogEntry.objects.bulk_update(
            entries,
            ["object_repr", "changes", "changes_text", "serialized_data", "additional_data", "remote_addr"],
            batch_size=ERASE_BATCH,
        )
    return len(entries)
