"""Writes of the catalogue that carry a rule: checks of facts, corrections from the field, proposals.

Each function is keyword-only and runs in one transaction; the admin, the views and the commands
call them (never the models' save directly for these rules).
"""

import hashlib
import json
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from core.ratelimit import RateLimit
from tools_catalog.licences import validate_licence
from tools_catalog.models import CatalogueReport, Equivalence, ProprietaryProduct, Tool

REPORT_LIMIT = 5  # reports per client…
REPORT_WINDOW = 60 * 60  # …per hour
REPORT_RATE = RateLimit("tools_catalog.report", limit=REPORT_LIMIT, window=REPORT_WINDOW)
REPORT_SCOPE = "tools_catalog.report"


def display_name(user) -> str:
    """How a coordinator signs a check: their full name, else their username."""
    return (user.get_full_name() or user.get_username())[:120] if user else ""


# Facts checked ------------------------------------------------------------------------------------


@transaction.atomic
def tool_save(*, tool: Tool, changed: list, user) -> Tool:
    """Save a tool edited by a coordinator (admin).

    The licence is checked with the full rule (no redundant expression). Changing the licence or
    its evidence without touching the date of check counts as checking it now: the date becomes
    today and the coordinator its author, so a page never shows an old date for a new fact.
    """
    validate_licence(tool.licence)
    licence_edited = {"licence", "licence_evidence_url"} & set(changed)
    check_edited = {"licence_checked_on", "licence_checked_by"} & set(changed)
    if licence_edited and not check_edited and tool.licence_evidence_url:
        tool.licence_checked_on = timezone.localdate()
        tool.licence_checked_by = display_name(user)
    tool.full_clean()
    tool.save()
    return tool


@transaction.atomic
def tool_mark_licence_checked(*, tool: Tool, user) -> Tool:
    """The coordinator read the evidence again today and the licence still holds."""
    tool = Tool.objects.select_for_update().get(pk=tool.pk)
    if not tool.licence_evidence_url:
        raise ValidationError(
            {"licence_evidence_url": f"« {tool.name} » n'a pas de preuve de licence : ajoutez-la avant de vérifier."}
        )
    tool.licence_checked_on = timezone.localdate()
    tool.licence_checked_by = display_name(user)
    tool.save(update_fields=["licence_checked_on", "licence_checked_by", "updated_at"])
    return tool


@transaction.atomic
def fact_mark_checked(*, fact, user):
    """Same for a hoster's offer or an equivalence (models with evidence_url, checked_on, checked_by)."""
    fact = type(fact).objects.select_for_update().get(pk=fact.pk)
    if not fact.evidence_url:
        raise ValidationError({"evidence_url": f"« {fact} » n'a pas de source : ajoutez-la avant de vérifier."})
    fact.checked_on = timezone.localdate()
    fact.checked_by = display_name(user)
    fields = ["checked_on", "checked_by"]
    if isinstance(fact, Equivalence):
        fields.append("updated_at")
    fact.save(update_fields=fields)
    return fact


# Corrections from the field ---------------------------------------------------------------------------


def report_allowed(*, client_key: str) -> bool:
    """True while this client sent fewer than REPORT_LIMIT reports in the last hour."""
    return REPORT_RATE.allowed(client_key)


def count_spam_attempt(*, client_key: str) -> None:
    """A honeypot hit counts against the limit but stores nothing."""
    REPORT_RATE.hit(client_key)


@transaction.atomic
def catalogue_report_create(
    *, client_key: str, target, kind: str, message: str, contact_email: str = ""
) -> CatalogueReport:
    """Store a report about a tool, a product or an equivalence (`target`)."""
    REPORT_RATE.hit(client_key)
    fields = {
        Tool: "tool",
        ProprietaryProduct: "product",
        Equivalence: "equivalence",
    }
    field = fields.get(type(target))
    if field is None:
        raise TypeError(f"cannot report on {type(target).__name__}")
    return CatalogueReport.objects.create(
        **{field: target}, kind=kind, message=message.strip(), contact_email=contact_email.strip()
    )


@transaction.atomic
def catalogue_report_handle(*, report: CatalogueReport, user, accepted: bool, resolution: str = "") -> CatalogueReport:
    """Accept or reject a report; the optional e-mail address is erased (it served only to answer).

    Handling twice changes nothing: the first decision stays (two coordinators on the same queue).
    """
    report = CatalogueReport.objects.select_for_update().get(pk=report.pk)
    if report.status != CatalogueReport.Status.OPEN:
        return report
    report.status = CatalogueReport.Status.ACCEPTED if accepted else CatalogueReport.Status.REJECTED
    report.handled_at = timezone.now()
    report.handled_by = user
    report.resolution = resolution.strip()[:500]
    report.contact_email = ""
    report.save(update_fields=["status", "handled_at", "handled_by", "resolution", "contact_email"])
    return report


def catalogue_report_emails_expire() -> int:
    """Erase the reply e-mail of reports still open REPORT_EMAIL_RETENTION_DAYS days after they were sent.

    The daily job `tools_catalog.report_emails` (core.jobs, run by `mail_worker`). The message stays,
    so the report can still be handled. Returns the number of reports changed. The history never
    holds the address (audit.py excludes it), so nothing is left to erase there.
    """
    limit = timezone.now() - timedelta(days=settings.REPORT_EMAIL_RETENTION_DAYS)
    return (
        CatalogueReport.objects.filter(status=CatalogueReport.Status.OPEN, created_at__lt=limit)
        .exclude(contact_email="")
        .update(contact_email="")
    )


# Equivalences proposed by advisors -------------------------------------------------------------------


def existing_pair_message(product, tool, *, published: bool) -> str:
    """Why a pair cannot be proposed: it is published already, or waits for review."""
    if published:
        return f"L'équivalence {product.name} → {tool.name} existe déjà : signalez plutôt une erreur sur sa page."
    return f"Une proposition {product.name} → {tool.name} attend déjà la relecture d'un coordinateur."


@transaction.atomic
def equivalence_propose(
    *,
    user,
    product: ProprietaryProduct,
    tool: Tool,
    coverage: str,
    losses: str,
    gains: str,
    migration_effort: str,
    migration_steps: str = "",
    cost_note: str = "",
    evidence_url: str = "",
) -> Equivalence:
    """An advisor's proposal: stored unpublished until a coordinator reviews it."""
    existing = Equivalence.objects.select_for_update().filter(product=product, tool=tool).first()
    if existing is not None:
        raise ValidationError({"tool": existing_pair_message(product, tool, published=existing.is_published)})
    equivalence = Equivalence(
        product=product,
        tool=tool,
        coverage=coverage,
        losses=losses.strip(),
        gains=gains.strip(),
        migration_effort=migration_effort,
        migration_steps=migration_steps.strip(),
        cost_note=cost_note.strip(),
        evidence_url=evidence_url.strip(),
        is_published=False,
        proposed_by=user,
    )
    equivalence.full_clean()
    equivalence.save()
    return equivalence


@transaction.atomic
def equivalence_review(*, equivalence: Equivalence, user, publish: bool) -> Equivalence | None:
    """Publish a proposed equivalence, or reject it (the proposal is deleted; the history keeps it).

    Returns the published equivalence, or None when it was rejected (or already reviewed).
    """
    equivalence = Equivalence.objects.select_for_update().filter(pk=equivalence.pk).first()
    if equivalence is None or equivalence.is_published:
        return equivalence
    if not publish:
        equivalence.delete()
        return None
    equivalence.is_published = True
    equivalence.reviewed_by = user
    equivalence.reviewed_at = timezone.now()
    equivalence.save(update_fields=["is_published", "reviewed_by", "reviewed_at", "updated_at"])
    return equivalence


# Coordinators' front-end forms (tools_catalog/manage_views.py) --------------------------------------


class StaleEntryError(Exception):
    """Someone saved the entry since the coordinator opened the form: nothing was written."""

    def __init__(self, current):
        self.current = current
        super().__init__("stale catalogue entry")


def _value_key(value):
    if hasattr(value, "pk"):
        return value.pk
    return value


def entry_fingerprint(instance, fields) -> str:
    """A short digest of the saved values of `fields` (relations included): the form's optimistic lock.

    The form carries the digest of the values it was opened with; the save refuses when the row's
    digest has changed since (another coordinator saved in between). Works for every model, with no
    version column. A new entry (no pk) has the empty digest.
    """
    if instance.pk is None:
        return ""
    values = {}
    for name in fields:
        field = instance._meta.get_field(name)
        if field.many_to_many:
            manager = getattr(instance, name)
            if name == "tags":
                values[name] = sorted(manager.names())
            else:
                values[name] = sorted(manager.values_list("pk", flat=True))
        elif field.is_relation:
            values[name] = getattr(instance, field.attname)
        else:
            values[name] = getattr(instance, name)
    text = json.dumps(values, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _locked_current(instance, fields, fingerprint):
    """The saved row, locked; StaleEntryError when its values moved since `fingerprint`."""
    model = type(instance)
    current = model.objects.select_for_update().filter(pk=instance.pk).first()
    if current is None:
        raise ValidationError("Cette fiche a été supprimée entre-temps : rien n'a été enregistré.")
    if fingerprint is not None and entry_fingerprint(current, fields) != fingerprint:
        raise StaleEntryError(current)
    return current


@transaction.atomic
def catalogue_entry_save(*, entry, fields: list, relations: dict, fingerprint: str | None, user):
    """Save a catalogue entry edited in a coordinator's front-end form.

    `entry` carries the new values of its own columns; `relations` the new many-to-many values
    ({"needs": [...], "tags": ["visio"]}); `fields` every field the form shows (for the lock). A
    tool keeps the licence rule of `tool_save`; hosters removed from a tool lose their offer.
    Raises StaleEntryError (nothing written) when `fingerprint` no longer matches the saved row,
    ValidationError (French, per field) when a rule is broken.
    """
    changed = list(fields)
    if entry.pk is not None:
        current = _locked_current(entry, fields, fingerprint)
        own = [entry._meta.get_field(name) for name in fields if not entry._meta.get_field(name).many_to_many]
        changed = [field.name for field in own if getattr(current, field.attname) != getattr(entry, field.attname)]
    if isinstance(entry, Tool):
        try:
            validate_licence(entry.licence)
        except ValidationError as error:
            raise ValidationError({"licence": error.messages}) from error
        licence_edited = {"licence", "licence_evidence_url"} & set(changed)
        check_edited = {"licence_checked_on", "licence_checked_by"} & set(changed)
        if licence_edited and not check_edited and entry.licence_evidence_url:
            entry.licence_checked_on = timezone.localdate()
            entry.licence_checked_by = display_name(user)
    if isinstance(entry, Equivalence) and entry.is_published and entry.proposed_by_id and not entry.reviewed_at:
        # A proposal published from its form is reviewed, as with equivalence_review.
        entry.reviewed_by = user
        entry.reviewed_at = timezone.now()
    entry.full_clean()
    entry.save()
    for name, values in relations.items():
        getattr(entry, name).set(values)
    return entry


@transaction.atomic
def catalogue_report_correct(
    *,
    report: CatalogueReport,
    user,
    entry,
    fields: list,
    relations: dict,
    fingerprint: str | None,
    resolution: str = "",
) -> CatalogueReport:
    """ "Corriger": save the reported entry and close its report as accepted, in one transaction."""
    catalogue_entry_save(entry=entry, fields=fields, relations=relations, fingerprint=fingerprint, user=user)
    return catalogue_report_handle(report=report, user=user, accepted=True, resolution=resolution)
