"""Seeded content: create what is missing, never overwrite a coordinator's edit, take in a new release.

Each app describes its curated content as *kinds* (`<app>/seed.py`, a `KINDS` list of `Kind`
subclasses): which model, the key of each shipped entry (slug, INSEE code, "product/tool"…), the
fields the release owns, and the many-to-many fields, written as keys of other kinds. The values
themselves live in plain Python data (`<app>/content/`).

Every seeded object has a `core.models.SeedRecord` holding its values *as shipped* when it was
created or last updated from a release. A run compares, for each entry, three versions of it:
base (the record), here (the database) and upstream (this release's content):

- no record and no object: a new entry, created;
- no record but an object with that key (a portal installed before the records existed): the
  record takes base = upstream, so every difference counts as an edit made here, never overwritten;
- upstream equals base: nothing new; whatever was edited here stays;
- upstream differs from base and here equals base: changed upstream only, applied by `--update`;
- upstream differs from base and here differs too: a conflict, listed with both values and applied
  only when a coordinator chooses it (`--take-upstream KEY` or the admin action); taking upstream
  applies the fields upstream changed and keeps the others as edited here;
- a record whose key left the content is reported, never deleted; an object deleted here is never
  created again.
Many-to-many fields are sets of keys: taking upstream applies its additions and removals and keeps
what was added here.

Shipped content is validated as a whole before anything is written (model validators, choices,
http(s) addresses, keys of other kinds), and a run is one transaction: a bad entry names its object
and field and loads nothing.
"""

import hashlib
import json
import logging
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core import validators
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction

from core.models import SeedRecord

logger = logging.getLogger(__name__)

URL_VALIDATOR = validators.URLValidator(schemes=["http", "https"])
UNIQUE_CODES = {"unique", "unique_together", "unique_constraint"}


class SeedError(Exception):
    """Shipped content or a choice that cannot be applied; the French message names object and field."""


class EntryError(Exception):
    """Raised by `Kind.entry()` for a value it cannot turn into the model's (an unknown commune…)."""

    def __init__(self, field_name, message, *, key=None):
        super().__init__(message)
        self.field_name = field_name
        self.message = message
        self.key = key


class Skip(Exception):
    """An entry that cannot be created here (its product was deleted, its name is taken…)."""


@dataclass(frozen=True)
class Entry:
    key: str
    values: dict
    label: str = ""


def canonical(values):
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(values):
    """The SHA-256 of a shipped version: the same entry shipped twice has the same fingerprint."""
    return hashlib.sha256(canonical(values).encode()).hexdigest()


def to_json(model_field, value):
    """A field's Python value as stored in records and compared (Decimal with its fixed places…)."""
    if value is None:
        return None
    if isinstance(model_field, models.DecimalField):
        return format(Decimal(value).quantize(Decimal(1).scaleb(-model_field.decimal_places)), "f")
    if isinstance(value, list):
        return [str(item) if isinstance(item, str) else item for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)  # TextChoices members become plain strings
    return value


class Kind(ABC):
    """One model's shipped entries. Subclasses give `items()` and `entry()`; the rest has defaults."""

    name = ""  # key prefix on the command line and in reports, e.g. "outil"
    label = ""  # e.g. "outil libre"
    plural = ""
    model = None
    lookup = "slug"  # the field holding the key, to find objects made before the records existed
    fields = ()  # plain fields the release owns
    sets = {}  # many-to-many field -> name of the kind whose keys it holds (None: plain names, like tags)

    @abstractmethod
    def items(self):
        """The shipped content, read when called (tests patch it)."""

    @abstractmethod
    def entry(self, item):
        """An `Entry` (key, values of `fields` and `sets`, label) from one shipped item."""

    # Reading
    def queryset(self):
        return self.model.objects.prefetch_related(*self.sets)

    def find(self, keys, ctx):
        """Objects already here under these keys, by key."""
        queryset = self.queryset().filter(**{f"{self.lookup}__in": keys})
        return {getattr(obj, self.lookup): obj for obj in queryset}

    def read(self, obj, ctx):
        values = {name: to_json(self.field(name), getattr(obj, name)) for name in self.fields}
        for name, kind in self.sets.items():
            if kind is None:
                values[name] = sorted(self.read_names(obj, name))
            else:
                values[name] = ctx.keys_of(kind, [related.pk for related in getattr(obj, name).all()])
        return values

    def read_names(self, obj, name):
        """A set of plain names (no kind of their own), such as taggit's tags: only for `sets` mapped to None."""
        raise TypeError(
            f"{type(self).__name__} : « {name} » n'a pas de lecture de noms simples (sets[{name!r}] = None)"
        )

    def write_names(self, obj, name, *, add, remove):
        """Add and remove plain names (see read_names)."""
        raise TypeError(
            f"{type(self).__name__} : « {name} » n'a pas d'écriture de noms simples (sets[{name!r}] = None)"
        )

    def adopted_base(self, obj, here, upstream):
        """The base recorded for an object found here without a record: upstream by default (every
        difference then counts as an edit made here). A kind may return `here` for an object it knows
        was never edited (a link row still at its defaults), so the release's values reach it as an
        ordinary change upstream."""
        return upstream

    def field(self, name):
        return self.model._meta.get_field(name)

    def python(self, name, value):
        return self.field(name).to_python(value)

    # Writing
    def initial(self, key, values, ctx):
        """Keyword arguments of a new object: the key's field and the plain values (kinds add more)."""
        initial = {name: self.python(name, values[name]) for name in self.fields}
        if self.lookup and self.lookup not in initial:
            initial[self.lookup] = key
        return initial

    def create(self, key, values, ctx):
        initial = self.initial(key, values, ctx)
        obj = self.model(**initial)
        self.save(obj, list(initial))
        for name in self.sets:
            self.set_related(obj, name, add=values[name], remove=[], ctx=ctx)
        return obj

    def update(self, obj, plain, related, ctx):
        """Set the plain values and apply (add, remove) key sets; the object exists here."""
        for name, value in plain.items():
            setattr(obj, name, self.python(name, value))
        if plain:
            self.save(obj, list(plain))
        for name, (add, remove) in related.items():
            self.set_related(obj, name, add=add, remove=remove, ctx=ctx)
        return obj

    def save(self, obj, changed):
        """Validate the fields written (and the model's own rules), then save."""
        exclude = [f.name for f in self.model._meta.concrete_fields if f.name not in changed]
        obj.full_clean(exclude=exclude)
        obj.save()

    def set_related(self, obj, name, *, add, remove, ctx):
        kind = self.sets[name]
        if kind is None:
            self.write_names(obj, name, add=add, remove=remove)
            return
        manager = getattr(obj, name)
        if remove:
            manager.remove(*ctx.pks_of(kind, remove))
        if add:
            manager.add(*ctx.pks_of(kind, add))

    def selector(self, key):
        return f"{self.name}:{key}"


class Context:
    """Keys and primary keys of the entries seen so far in a run, kind by kind."""

    def __init__(self, kinds):
        self.pk_by_key = {kind.name: {} for kind in kinds}
        self.key_by_pk = {kind.name: {} for kind in kinds}

    def link(self, kind, key, pk):
        self.pk_by_key[kind][key] = pk
        self.key_by_pk[kind][pk] = key

    def keys_of(self, kind, pks):
        """Sorted keys of related objects; an object added here (no shipped key) reads "ici:<id>"."""
        known = self.key_by_pk[kind]
        return sorted(known.get(pk, f"ici:{pk}") for pk in pks)

    def pks_of(self, kind, keys):
        known = self.pk_by_key[kind]
        return [known[key] for key in keys if key in known]

    def pk(self, kind, key):
        return self.pk_by_key[kind].get(key)


# States of an entry in a run
NEW = "new"
ADOPTED = "adopted"
CURRENT = "current"
ALIGNED = "aligned"
UPDATE = "update"
CONFLICT = "conflict"
REMOVED = "removed"
DELETED = "deleted"
SKIPPED = "skipped"


def _unset(kind, name, value):
    """Whether a shipped value is empty or the model field's default."""
    if value in (None, "", []):
        return True
    try:
        model_field = kind.field(name)
    except Exception:  # noqa: BLE001 - a set of plain names
        return False
    return model_field.has_default() and to_json(model_field, model_field.get_default()) == value


@dataclass
class Item:
    """What a run found (and did) for one entry."""

    kind: Kind
    key: str
    state: str
    label: str = ""
    base: dict | None = None
    here: dict | None = None
    upstream: dict | None = None
    applied: bool = False
    kept: bool = False
    note: str = ""

    @property
    def selector(self):
        return self.kind.selector(self.key)

    def changed_upstream(self):
        """Fields whose shipped value changed since the base. A field new to the base counts as here's,
        and a release that starts shipping it empty or at the model's default says nothing about it
        (a date of check or a status set here is kept)."""
        base, here = self.base or {}, self.here or {}
        return [
            name
            for name, value in self.upstream.items()
            if (base[name] != value if name in base else here.get(name) != value and not _unset(self.kind, name, value))
        ]

    def edited_here(self):
        base, here = self.base or {}, self.here or {}
        return [name for name in self.upstream if name in base and here.get(name) != base[name]]


@dataclass
class Report:
    mode: str
    items: list = field(default_factory=list)
    totals: list = field(default_factory=list)  # (kind, shipped entries)
    notes: list = field(default_factory=list)
    duration: float = 0.0

    def of(self, state, *, applied=None):
        return [item for item in self.items if item.state == state and (applied is None or item.applied == applied)]

    def counts(self):
        """Entries per outcome: created, updated, taken (upstream chosen), kept, or the state found."""
        counts = {}
        for item in self.items:
            name = "kept" if item.kept else APPLIED.get(item.state, item.state) if item.applied else item.state
            counts[name] = counts.get(name, 0) + 1
        return counts

    @property
    def writes(self):
        """Entries whose content was written in this run (created or updated)."""
        return sum(1 for item in self.items if item.applied)


def _messages(error):
    if hasattr(error, "error_dict"):
        return {name: [str(m) for e in errors for m in e.messages] for name, errors in error.error_dict.items()}
    return {NON_FIELD_ERRORS: [str(m) for m in error.messages]}


def _field_label(kind, name):
    if name == NON_FIELD_ERRORS:
        return "ensemble de la fiche"
    try:
        return f"« {kind.field(name).verbose_name} » ({name})"
    except Exception:  # noqa: BLE001 - a name that is not a model field still gets named
        return f"« {name} »"


def _where(kind, key, name):
    return f"{kind.label} « {key} », champ {_field_label(kind, name)}"


def prepare(kinds):
    """Validate the whole shipped content; return {kind name: {key: Entry}}, or raise SeedError."""
    errors = []
    raw = {}
    for kind in kinds:
        entries = {}
        for position, item in enumerate(kind.items(), start=1):
            try:
                entry = kind.entry(item)
            except EntryError as error:
                key = error.key or item.get("slug") or item.get("name") or f"n° {position}"
                errors.append(f"{_where(kind, key, error.field_name)} : {error.message}")
                continue
            except KeyError as error:
                errors.append(f"{kind.label} n° {position} : valeur « {error.args[0]} » manquante.")
                continue
            if entry.key in entries:
                errors.append(f"{kind.label} « {entry.key} » : clé livrée deux fois.")
            entries[entry.key] = entry
        raw[kind.name] = entries
    labels = {kind.name: kind.label for kind in kinds}
    prepared = {}
    for kind in kinds:
        prepared[kind.name] = {}
        for key, entry in raw[kind.name].items():
            values, problems = _normalise(kind, entry, raw, labels)
            errors += [f"{_where(kind, key, name)} : {message}" for name, message in problems]
            prepared[kind.name][key] = Entry(key=key, values=values, label=entry.label or key)
    if errors:
        shown = errors[:20] + ([f"… et {len(errors) - 20} autre(s)."] if len(errors) > 20 else [])
        raise SeedError("Contenu livré invalide, rien n'a été chargé :\n" + "\n".join(f"- {e}" for e in shown))
    return prepared


def _normalise(kind, entry, raw, labels):
    """The entry's values as records store them, and the problems found: [(field, message)]."""
    missing = [name for name in (*kind.fields, *kind.sets) if name not in entry.values]
    if missing:
        return {}, [(name, "valeur manquante.") for name in missing]
    problems = []
    obj = kind.model(**{name: entry.values[name] for name in kind.fields})
    exclude = [f.name for f in kind.model._meta.concrete_fields if f.name not in kind.fields]
    try:
        obj.clean_fields(exclude=exclude)
        obj.clean()
    except ValidationError as error:
        return {}, [(name, message) for name, messages in _messages(error).items() for message in messages]
    values = {}
    for name in kind.fields:
        model_field = kind.field(name)
        value = getattr(obj, model_field.attname)
        if isinstance(model_field, models.URLField) and value:
            try:
                URL_VALIDATOR(value)
            except ValidationError:
                problems.append((name, f"« {value} » n'est pas une adresse web http(s) valide."))
        values[name] = to_json(model_field, value)
    for name, other in kind.sets.items():
        keys = [str(key) for key in entry.values[name]]
        for key in keys if other is not None else []:
            if key not in raw[other]:
                problems.append((name, f"{labels[other]} inconnu(e) « {key} » (absent du contenu livré)."))
        values[name] = sorted(set(keys))
    return values, problems


def resolve_selectors(kinds, prepared, selectors):
    """{(kind name, key)} from "kind:key", or from a bare key naming one entry; SeedError otherwise."""
    chosen = set()
    for selector in selectors:
        name, _, key = selector.partition(":")
        if key and name in prepared:
            if key not in prepared[name]:
                raise SeedError(f"Aucune entrée livrée « {selector} ».")
            chosen.add((name, key))
            continue
        matches = [(kind.name, selector) for kind in kinds if selector in prepared[kind.name]]
        if not matches:
            raise SeedError(f"Aucune entrée livrée « {selector} ».")
        if len(matches) > 1:
            names = ", ".join(f"{name}:{key}" for name, key in matches)
            raise SeedError(f"« {selector} » désigne plusieurs entrées ({names}) : précisez le type.")
        chosen |= set(matches)
    return chosen


def _save_record(record, **changes):
    """Write only what changes (a second run writes nothing)."""
    if "shipped" in changes:
        changes["shipped_hash"] = fingerprint(changes["shipped"])
    changed = [name for name, value in changes.items() if getattr(record, name) != value]
    for name in changed:
        setattr(record, name, changes[name])
    if changed:
        record.save(update_fields=[*changed, "updated_at"])


class Seeder:
    """One run over every kind, in dependency order (a kind's sets name only kinds listed before it)."""

    def __init__(self, kinds):
        self.kinds = list(kinds)
        seen = set()
        for kind in self.kinds:
            later = [other for other in kind.sets.values() if other is not None and other not in seen]
            if later:
                raise ValueError(f"{kind.name}: relations to kinds not listed before it: {later}")
            seen.add(kind.name)

    def run(self, *, write=True, create=True, update=False, take_upstream=(), keep_local=(), mode="", log=True):
        """Compare and (when `write`) apply: create missing entries (`create`), apply upstream changes
        of entries not edited here (`update`), take or keep the chosen entries. One transaction."""
        started = time.monotonic()
        report = Report(mode=mode or ("check" if not write else "update" if update else "create"))
        try:
            prepared = prepare(self.kinds)
            options = {
                "write": write,
                "create": create,
                "update": update,
                "take": resolve_selectors(self.kinds, prepared, take_upstream),
                "keep": resolve_selectors(self.kinds, prepared, keep_local),
            }
            report.totals = [(kind, len(prepared[kind.name])) for kind in self.kinds]
            with transaction.atomic():
                ctx = Context(self.kinds)
                types = {kind.name: ContentType.objects.get_for_model(kind.model) for kind in self.kinds}
                records = {}
                for record in SeedRecord.objects.filter(content_type__in=types.values()):
                    records.setdefault(record.content_type_id, {})[record.key] = record
                for kind in self.kinds:
                    content_type = types[kind.name]
                    self._run_kind(
                        kind, prepared[kind.name], records.get(content_type.pk, {}), content_type, ctx, report, options
                    )
                if not write:
                    transaction.set_rollback(True)
            self._note_unused_choices(report, options)
        except SeedError:
            if log:
                logger.warning("seed_content mode=%s refused, nothing written", report.mode)
            raise
        report.duration = time.monotonic() - started
        if log:
            self._log(report)
        return report

    def _log(self, report):
        counts = report.counts()
        logger.info(
            "seed_content mode=%s entries=%d %s writes=%d duration_ms=%d",
            report.mode,
            len(report.items),
            " ".join(f"{name}={counts.get(name, 0)}" for name in COUNTED),
            report.writes,
            report.duration * 1000,
        )

    def _note_unused_choices(self, report, options):
        items = {(item.kind.name, item.key): item for item in report.items}
        for chosen in sorted(options["take"] | options["keep"]):
            item = items[chosen]
            if not (item.applied or item.kept):
                why = "la version livrée n'a pas changé" if item.state == CURRENT else STATE_NOTES.get(item.state, "")
                report.notes.append(f"{item.selector} : rien à faire ({why}).")

    def _run_kind(self, kind, entries, records, content_type, ctx, report, options):
        write = options["write"]
        ids = [record.object_id for record in records.values() if record.object_id is not None]
        objects = {obj.pk: obj for obj in kind.queryset().filter(pk__in=ids)} if ids else {}
        for key, record in records.items():
            if record.object_id in objects:
                ctx.link(kind.name, key, record.object_id)
        found = {}
        missing = [key for key in entries if key not in records]
        if missing:
            for key, obj in kind.find(missing, ctx).items():
                if obj.pk not in ctx.key_by_pk[kind.name]:  # not already the object of another entry
                    found[key] = obj
                    ctx.link(kind.name, key, obj.pk)
        for key, entry in entries.items():
            item = Item(kind=kind, key=key, state=NEW, label=entry.label, upstream=entry.values)
            report.items.append(item)
            record = records.get(key)
            if record is None and key in found:
                here = kind.read(found[key], ctx)
                base = kind.adopted_base(found[key], here, entry.values)
                if base is entry.values:
                    item.state, item.here, item.base = ADOPTED, here, base
                    if write:
                        self._new_record(content_type, key, found[key].pk, base)
                else:  # untouched here: compared like an entry shipped before with these values
                    item.here, item.base = here, base
                    if write:
                        record = self._new_record(content_type, key, found[key].pk, base)
                    else:
                        record = SeedRecord(content_type=content_type, key=key, object_id=found[key].pk, shipped=base)
                    self._compare(kind, item, record, found[key], ctx, options)
            elif record is None:
                if write and options["create"]:
                    self._create(kind, item, ctx, content_type)
            elif record.object_id not in objects:
                item.state, item.base = DELETED, record.shipped
                if write:
                    _save_record(record, status=SeedRecord.Status.DELETED, upstream=None)
            else:
                item.base, item.here = record.shipped, kind.read(objects[record.object_id], ctx)
                self._compare(kind, item, record, objects[record.object_id], ctx, options)
        for key, record in records.items():
            if key not in entries:
                label = record.shipped.get("name") or record.shipped.get("title") or key
                report.items.append(Item(kind=kind, key=key, state=REMOVED, label=label, base=record.shipped))
                if write:
                    _save_record(record, status=SeedRecord.Status.REMOVED, upstream=None)

    def _compare(self, kind, item, record, obj, ctx, options):
        upstream, write, chosen = item.upstream, options["write"], (kind.name, item.key)
        if upstream == item.base:
            item.state = CURRENT
            if write:
                _save_record(record, status=SeedRecord.Status.CURRENT, upstream=None)
            return
        if all(item.here.get(name) == value for name, value in upstream.items()):
            item.state = ALIGNED  # edited here exactly as the release did
            if write:
                _save_record(record, shipped=upstream, status=SeedRecord.Status.CURRENT, upstream=None)
            return
        if not item.changed_upstream():  # only fields the release stopped or started shipping empty
            item.state = CURRENT
            if write:
                _save_record(record, shipped=upstream, status=SeedRecord.Status.CURRENT, upstream=None)
            return
        item.state = CONFLICT if item.edited_here() else UPDATE
        if not write:
            return
        if chosen in options["keep"]:
            item.kept = True
            _save_record(record, shipped=upstream, status=SeedRecord.Status.CURRENT, upstream=None)
        elif chosen in options["take"] or (item.state == UPDATE and options["update"]):
            self._apply(kind, item, obj, ctx)
            _save_record(record, shipped=upstream, status=SeedRecord.Status.CURRENT, upstream=None)
        else:
            _save_record(record, status=item.state, upstream=upstream)

    def _apply(self, kind, item, obj, ctx):
        """Write the fields upstream changed; sets get upstream's additions and removals only."""
        plain, related = {}, {}
        base = item.base or {}
        for name in item.changed_upstream():
            if name in kind.sets:
                before, after = set(base.get(name, item.here[name])), set(item.upstream[name])
                related[name] = (sorted(after - before), sorted(before - after))
            else:
                plain[name] = item.upstream[name]
        try:
            with transaction.atomic():
                kind.update(obj, plain, related, ctx)
        except ValidationError as error:
            raise SeedError(_describe(kind, item.key, error)) from error
        item.applied = True

    def _create(self, kind, item, ctx, content_type):
        try:
            with transaction.atomic():  # a savepoint: a skipped entry leaves nothing behind
                obj = kind.create(item.key, item.upstream, ctx)
        except Skip as skip:
            item.state, item.note = SKIPPED, str(skip)
            return
        except ValidationError as error:
            codes = {e.code for errors in getattr(error, "error_dict", {}).values() for e in errors}
            if codes and codes <= UNIQUE_CODES:
                item.state = SKIPPED
                item.note = "un objet créé ici porte déjà ce nom ou cet identifiant : " + "; ".join(
                    m for messages in _messages(error).values() for m in messages
                )
                return
            raise SeedError(_describe(kind, item.key, error)) from error
        ctx.link(kind.name, item.key, obj.pk)
        self._new_record(content_type, item.key, obj.pk, item.upstream)
        item.applied = True

    def _new_record(self, content_type, key, pk, values):
        return SeedRecord.objects.create(
            content_type=content_type, key=key, object_id=pk, shipped=values, shipped_hash=fingerprint(values)
        )


STATE_NOTES = {
    ALIGNED: "déjà identique ici à la version livrée",
    DELETED: "supprimée ici, jamais recréée",
    NEW: "pas encore créée",
    SKIPPED: "pas créée",
    ADOPTED: "rattachée à l'objet existant",
}

APPLIED = {NEW: "created", UPDATE: "updated", CONFLICT: "taken"}
COUNTED = ("created", NEW, ADOPTED, CURRENT, ALIGNED, "updated", UPDATE, "taken", "kept", CONFLICT)
COUNTED += (REMOVED, DELETED, SKIPPED)


def _describe(kind, key, error):
    lines = [f"{_where(kind, key, name)} : {m}" for name, messages in _messages(error).items() for m in messages]
    return "Contenu livré invalide, rien n'a été chargé :\n" + "\n".join(f"- {line}" for line in lines)


# Reports, in French


def show(value):
    """A value as a coordinator reads it."""
    if value is None or value == "" or value == []:
        return "(vide)"
    if value is True:
        return "oui"
    if value is False:
        return "non"
    if isinstance(value, list):
        return ", ".join(str(part) for part in value)
    return str(value)


def display(kind, name, value):
    """`show`, with the label of a choice ("Facile" rather than "easy")."""
    try:
        choices = dict(kind.field(name).flatchoices or [])
    except Exception:  # noqa: BLE001 - sets of keys, tags
        choices = {}
    if choices and isinstance(value, str):
        value = str(choices.get(value, value))
    return show(value)


def field_name(kind, name):
    try:
        return f"{kind.field(name).verbose_name} ({name})"
    except Exception:  # noqa: BLE001
        return name


def comparison(item):
    """Rows (field, here, base, upstream, changed upstream, edited here) of the fields that differ."""
    changed, edited = set(item.changed_upstream()), set(item.edited_here())
    base, here = item.base or {}, item.here or {}
    return [
        {
            "name": name,
            "label": field_name(item.kind, name),
            "here": here.get(name),
            "base": base.get(name),
            "upstream": item.upstream[name],
            "changed_upstream": name in changed,
            "edited_here": name in edited,
        }
        for name in item.upstream
        if name in changed or name in edited
    ]


def _quote(item, name, value, indent):
    text = display(item.kind, name, value)
    return "« " + text.replace("\n", "\n" + " " * (indent + 2)) + " »"


def _short(item, name, value):
    text = display(item.kind, name, value)
    return len(text) <= 80 and "\n" not in text


def _entry_line(item, sign):
    label = f" — {item.label}" if item.label and item.label != item.key else ""
    return f"  {sign} {item.selector}{label}"


def _counted(kind, count):
    return f"{count} {kind.label if count == 1 else kind.plural}"


def _per_kind(items):
    counts = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    return ", ".join(_counted(kind, count) for kind, count in counts.items())


def report_lines(report, *, detailed=False):
    """The report printed by seed_content; `detailed` (--check) lists every entry and value."""
    lines = ["Contenu livré : " + ", ".join(_counted(kind, count) for kind, count in report.totals) + "."]
    check = report.mode == "check"
    new = report.of(NEW)
    if new and (check or not any(item.applied for item in new)):
        lines.append(f"Nouvelles entrées ({len(new)}), créées par seed_content : {_per_kind(new)}.")
        if detailed:
            lines += [_entry_line(item, "+") for item in new]
    elif new:
        lines.append(f"Créées : {len(new)} ({_per_kind(new)}).")
    adopted = report.of(ADOPTED)
    if adopted:
        differing = [item for item in adopted if item.here != item.upstream]
        lines.append(
            f"Rattachées à un objet déjà présent ({len(adopted)}, dont {len(differing)} différentes de la version "
            "livrée) : ces différences comptent comme des modifications faites ici, jamais remplacées."
        )
        if detailed:
            for item in differing:
                names = [name for name, value in item.upstream.items() if item.here.get(name) != value]
                lines.append(_entry_line(item, "=") + " : " + ", ".join(field_name(item.kind, n) for n in names))
    applied = report.of(UPDATE, applied=True)
    if applied:
        lines.append(f"Mises à jour de la version livrée appliquées ({len(applied)}) :")
        lines += [_entry_line(item, "~") + " : " + _changed_names(item) for item in applied]
    pending = [item for item in report.of(UPDATE, applied=False) if not item.kept]
    if pending:
        lines.append(
            f"Modifiées dans la version livrée et pas ici ({len(pending)}), appliquées par seed_content --update :"
        )
        for item in pending:
            lines.append(_entry_line(item, "~") + " : " + _changed_names(item))
            if detailed:
                for row in comparison(item):
                    here, upstream = (
                        _quote(item, row["name"], row["here"], 6),
                        _quote(item, row["name"], row["upstream"], 6),
                    )
                    lines.append(f"      {row['label']} : {here} → {upstream}")
    taken = report.of(CONFLICT, applied=True)
    if taken:
        lines.append(f"Version livrée prise pour ({len(taken)}) :")
        lines += [_entry_line(item, "~") + " : " + _changed_names(item) for item in taken]
    kept = [item for item in report.items if item.kept]
    if kept:
        lines.append(f"Version d'ici gardée pour ({len(kept)}) :")
        lines += [_entry_line(item, "=") for item in kept]
    conflicts = [item for item in report.of(CONFLICT, applied=False) if not item.kept]
    if conflicts:
        lines.append(
            f"Modifiées ici ET dans la version livrée ({len(conflicts)}) : jamais appliquées automatiquement ; "
            "choisissez dans l'espace coordination (/coordination/contenu-livre/) ou avec "
            "seed_content --take-upstream CLÉ / --keep-local CLÉ."
        )
        for item in conflicts:
            lines.append(_entry_line(item, "!"))
            for row in comparison(item):
                name = row["name"]
                if row["changed_upstream"]:
                    lines.append(f"      {row['label']} :")
                    lines.append(f"        ici            : {_quote(item, name, row['here'], 25)}")
                    lines.append(f"        version livrée : {_quote(item, name, row['upstream'], 25)}")
                elif _short(item, name, row["here"]) and _short(item, name, row["base"]):
                    lines.append(
                        f"      {row['label']}, modifié ici seulement : ici {_quote(item, name, row['here'], 6)},"
                        f" livré {_quote(item, name, row['base'], 6)}"
                    )
                else:
                    lines.append(f"      {row['label']} : modifié ici seulement (la version livrée n'y change rien)")
    removed = report.of(REMOVED)
    if removed:
        lines.append(f"Retirées de la version livrée ({len(removed)}), jamais supprimées ici :")
        lines += [_entry_line(item, "-") for item in removed]
    deleted = report.of(DELETED)
    if deleted:
        lines.append(f"Supprimées ici ({len(deleted)}), jamais recréées.")
        if detailed:
            lines += [_entry_line(item, "x") for item in deleted]
    skipped = report.of(SKIPPED)
    if skipped:
        lines.append(f"Non créées ({len(skipped)}) :")
        lines += [_entry_line(item, "?") + f" : {item.note}" for item in skipped]
    aligned = report.of(ALIGNED)
    if aligned:
        lines.append(f"Déjà modifiées ici comme dans la version livrée ({len(aligned)}).")
    lines += report.notes
    if not check and pending:
        lines.append("Pour voir les valeurs : seed_content --check ; pour appliquer : seed_content --update.")
    if not (new or pending or conflicts or removed or adopted or applied or taken or kept):
        lines.append("Rien de nouveau : le contenu livré est déjà pris en compte.")
    return lines


def _changed_names(item):
    return ", ".join(field_name(item.kind, name) for name in item.changed_upstream())
