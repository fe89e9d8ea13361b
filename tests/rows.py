"""Rows in every table of a model registry, current or historical, and a snapshot to compare them.

The upgrade test fills the database with the previous release's (historical) models; the backup test
with today's. The values come from each field's type; the few rules that a type cannot guess (check
constraints across fields) are written once in `OVERRIDES`, by model label. A model whose rows cannot
be made this way stops the test with its name, so that a new constraint gets its override here.
"""

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from django.db import connection, models

BASE_TIME = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def _session_times(i, values):
    start = BASE_TIME + timedelta(days=30 + i)
    values.update(start=start, end=start + timedelta(hours=3), registration_deadline=start - timedelta(days=2))


def _usefulness(i, values):
    values["usefulness"] = i % 5 + 1  # feedback_usefulness_1_to_5


def _survey_window(i, values):
    values.update(opens_at=BASE_TIME + timedelta(days=i), closes_at=BASE_TIME + timedelta(days=60 + i))


def _workshop_window(i, values):
    values.update(starts_at=BASE_TIME + timedelta(days=i), ends_at=BASE_TIME + timedelta(days=i, hours=3), quota=25)


def _question_bounds(i, values):
    values.update(min_value=1, max_value=5 + i)


def _product_or_tool(i, values):
    """An answer cites a proprietary product or a free tool, never both."""
    if i % 2:
        values["product_id"] = None
    else:
        values["tool_id"] = None


def _one_report_target(i, values):
    """A catalogue report is about exactly one tool, product or equivalence."""
    keys = ("tool_id", "product_id", "equivalence_id")
    rotated = keys[i % 3 :] + keys[: i % 3]
    keep = next((key for key in rotated if values.get(key) is not None), None)
    if keep is None:  # no target created yet (nullable relations are filled in any order)
        raise ValueError("catalogue report without any target to point to")
    for key in keys:
        if key != keep:
            values[key] = None


def _step_kind(i, values):
    """A follow-up step replaces a product by a tool, or meets a need; a reason only when abandoned."""
    if i % 2:
        values["need_id"] = None
    else:
        values["product_id"] = None
    values["abandon_reason"] = "no_time" if values.get("status") == "abandoned" else ""


def _next_visit_after(i, values):
    """The next visit comes after the visit it was planned at."""
    if values.get("visited_on"):
        values["next_visit_on"] = values["visited_on"] + timedelta(days=7 + i)


def _scheme_months(i, values):
    """Opening months in order unless the period wraps over the year."""
    values.update(opens_month=1 + i % 6, closes_month=7 + i % 6, wraps_year=False)


OVERRIDES = {
    "accompaniments.Step": _step_kind,
    "accompaniments.Visit": _next_visit_after,
    "tools_catalog.CatalogueReport": _one_report_target,
    "trainings.Session": _session_times,
    "trainings.FeedbackResponse": _usefulness,
    "surveys.Survey": _survey_window,
    "surveys.Question": _question_bounds,
    "surveys.AnswerTool": _product_or_tool,
    "surveys.WorkshopLink": _workshop_window,
    "surveys.OtherMapping": _product_or_tool,
    "equipment.FundingScheme": _scheme_months,
}


def field_value(field, i):
    """A plausible value of `field` for the i-th row, distinct from one row to the next."""
    kind = field.get_internal_type()
    if field.choices and kind not in ("JSONField", "ArrayField"):
        choices = [value for value, _label in field.flatchoices]
        return choices[i % len(choices)]
    if kind in ("CharField", "SlugField"):
        value = f"{field.name.replace('_', '-')}-{i}"
        return value if len(value) <= field.max_length else str(i).zfill(field.max_length)[-field.max_length :]
    if kind == "TextField":
        return f"Texte « {field.name} » n° {i}, avec accents : é à ç."
    if kind == "EmailField":
        return f"personne-{i}@example.org"
    if kind == "URLField":
        return f"https://example.org/{field.name}/{i}"
    if kind == "GenericIPAddressField":
        return f"192.0.2.{i + 1}"
    if kind == "BooleanField":
        return i % 2 == 0
    if kind in (
        "IntegerField",
        "BigIntegerField",
        "SmallIntegerField",
        "PositiveIntegerField",
        "PositiveBigIntegerField",
        "PositiveSmallIntegerField",
    ):
        return i + 1
    if kind == "DecimalField":
        return (Decimal(47) + Decimal(i) / 10).quantize(Decimal(1).scaleb(-field.decimal_places))
    if kind == "FloatField":
        return i + 0.5
    if kind == "DateTimeField":
        return BASE_TIME + timedelta(days=i, minutes=field.creation_counter % 60)
    if kind == "DateField":
        return date(2025, 3, 10) + timedelta(days=i)
    if kind == "TimeField":
        return time(9, i % 60)
    if kind == "DurationField":
        return timedelta(minutes=30 + i)
    if kind == "UUIDField":
        return uuid.uuid4()
    if kind == "BinaryField":
        return bytes([i % 256, 1, 2, 3])
    if kind == "FileField":
        return f"essais/{field.name}-{i}.txt"
    if kind in ("JSONField", "ArrayField") and field.has_default():
        return field.get_default()
    if kind == "JSONField":
        return {"essai": i}
    if field.null:
        return None
    if field.has_default():
        return field.get_default()
    raise TypeError(  # a field kind this filler does not know yet: the test says which one to add
        f"{field.model._meta.label}.{field.name} ({kind}) : ajouter une valeur dans tests/rows.py"
    )


def _fillable(registry):
    return [
        model
        for model in registry.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


def fill_every_model(registry, *, rows=3):
    """Create `rows` rows in every table of `registry` (FK targets first); returns {label: [pk, …]}."""
    pending = _fillable(registry)
    created = {}
    while pending:
        ready = [model for model in pending if _dependencies(model) <= created.keys()]
        if not ready:
            raise RuntimeError(f"dépendances circulaires : {[model._meta.label for model in pending]}")
        # Rows whose nullable relations can point somewhere first (a cycle of nullable ones stays null).
        labels = {model._meta.label for model in pending}
        complete = [model for model in ready if not (_dependencies(model, nullable=True) & labels)]
        for model in complete or ready:
            created[model._meta.label] = _create_rows(model, rows, created)
            pending.remove(model)
    return created


def _dependencies(model, *, nullable=False):
    """Labels of the models a row needs first (non-null foreign keys to other models; with
    `nullable`, the nullable ones too)."""
    return {
        field.related_model._meta.label
        for field in model._meta.concrete_fields
        if field.is_relation and (nullable or not field.null) and field.related_model is not model
    }


def _create_rows(model, rows, created):
    pks = []
    for i in range(rows):
        values = {}
        for field in model._meta.concrete_fields:
            if isinstance(field, models.AutoField):
                continue
            if field.is_relation:
                targets = created.get(field.related_model._meta.label)
                values[field.attname] = targets[i % len(targets)] if targets else None
            else:
                values[field.attname] = field_value(field, i)
        if override := OVERRIDES.get(model._meta.label):
            override(i, values)
        # bulk_create: no save() logic nor signal of today's models, the same path for historical ones.
        (instance,) = model._base_manager.bulk_create([model(**values)])
        pks.append(instance.pk)
    return pks


def table_rows(table, pk_column):
    """{primary key: {column: value}} of one table, read with plain SQL (whatever the models say)."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - table names come from the models
        columns = [column[0] for column in cursor.description]
        records = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    return {record[pk_column]: record for record in records}


def snapshot(registry):
    """{table: table_rows(table)} for every model table of `registry`."""
    return {
        model._meta.db_table: table_rows(model._meta.db_table, model._meta.pk.column) for model in _fillable(registry)
    }
