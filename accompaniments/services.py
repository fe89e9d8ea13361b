"""Writes of the follow-ups: the only code that creates or changes them (views and commands call it).

Every function takes keyword-only arguments, checks its rules and runs in one transaction: a
refused change raises `FollowupError` (a French sentence, and the form field it is about) or
`StaleVersionError` (someone saved first), and writes nothing.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from accompaniments.models import (
    NAME_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    Budget,
    Comfort,
    Followup,
    Referral,
    Staff,
    Step,
    Visit,
    earliest_date,
    latest_date,
    new_share_token,
)
from actors.models import Actor, Commune, rna_validator
from core.dates import months_ago
from core.roles import is_advisor
from tools_catalog.models import Equivalence, Need, ProprietaryProduct, Tool
from trainings.models import Session

MAX_STEPS = 100  # per follow-up: far more than a path needs, small enough for one printed page or two
ANONYMISED_NAME = "Association anonymisée"

# Quick wins first: the effort to move the data plus the ease of the tool (0 = quickest).
EFFORT_RANK = {Equivalence.Effort.LOW: 0, Equivalence.Effort.MEDIUM: 1, Equivalence.Effort.HIGH: 2}
NEED_EFFORT_RANK = 0.5  # a new tool for a need: nothing to move, but new habits to take
EASE_RANK = {Tool.Ease.EASY: 0, Tool.Ease.INTERMEDIATE: 1, Tool.Ease.ADVANCED: 2}
UNKNOWN_EASE_RANK = 1  # a need whose tool is not chosen yet


class FollowupError(Exception):
    """A change refused by a rule; `message` is French, `field` names the form field (or None)."""

    def __init__(self, message, *, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class StaleVersionError(Exception):
    """Someone saved the follow-up (or the step) after this page was opened: nothing was written."""

    def __init__(self, current):
        super().__init__("stale version")
        self.current = current


@dataclass(frozen=True)
class StepSpec:
    """A step to create: a product replaced by a tool (an equivalence), or a need (with a tool or not)."""

    product: ProprietaryProduct | None = None
    tool: Tool | None = None
    need: Need | None = None


# Checks shared by several services ---------------------------------------------------------------


def _check_date(value: date, *, field: str, label: str, not_after_today=False) -> None:
    today = timezone.localdate()
    if value < earliest_date(today):
        raise FollowupError(f"{label} est trop ancienne : au plus deux ans avant aujourd'hui.", field=field)
    if not_after_today and value > today:
        raise FollowupError(f"{label} ne peut pas être dans le futur.", field=field)
    if value > latest_date(today):
        raise FollowupError(f"{label} est trop lointaine : au plus un an après aujourd'hui.", field=field)


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise FollowupError("Indiquez le nom de l'association.", field="name")
    if len(name) > NAME_MAX_LENGTH:
        raise FollowupError(f"Le nom compte au plus {NAME_MAX_LENGTH} caractères.", field="name")
    return name


def _clean_rna(rna: str) -> str:
    rna = (rna or "").strip().upper()
    if rna:
        try:
            rna_validator(rna)
        except ValidationError as error:
            raise FollowupError(error.messages[0], field="rna") from error
    return rna


def _check_choice(value, choices, *, field, label):
    if value and value not in choices.values:
        raise FollowupError(f"{label} : valeur inconnue.", field=field)
    return value or ""


def _check_commune(commune):
    if commune is not None and not Commune.objects.filter(pk=commune.pk).exists():
        raise FollowupError("Cette commune n'est pas connue du portail.", field="commune")


def _check_version(current, version):
    if current.version != version:
        raise StaleVersionError(current)


def _equivalence_efforts(specs):
    """{(product_id, tool_id): migration effort} of the published equivalences among `specs` (one query)."""
    pairs = [(spec.product.pk, spec.tool.pk) for spec in specs if spec.product is not None and spec.tool is not None]
    if not pairs:
        return {}
    rows = (
        Equivalence.objects.published()
        .filter(product_id__in={p for p, _t in pairs}, tool_id__in={t for _p, t in pairs})
        .values_list("product_id", "tool_id", "migration_effort")
    )
    return {(product_id, tool_id): effort for product_id, tool_id, effort in rows}


def _check_spec(spec: StepSpec, efforts) -> None:
    """The step names a published equivalence, or a need (and one of its published tools, if any)."""
    if spec.product is not None:
        if spec.tool is None or spec.need is not None:
            raise FollowupError("Une étape remplace un produit par un outil libre.", field="steps")
        if (spec.product.pk, spec.tool.pk) not in efforts:
            raise FollowupError(
                f"« {spec.tool.name} » n'est pas une alternative à « {spec.product.name} » dans le catalogue.",
                field="steps",
            )
        return
    if spec.need is None:
        raise FollowupError("Une étape remplace un produit ou répond à un besoin.", field="steps")
    if spec.tool is not None and not Tool.objects.published().filter(pk=spec.tool.pk, needs=spec.need).exists():
        raise FollowupError(
            f"« {spec.tool.name} » ne répond pas au besoin « {spec.need.name} » dans le catalogue.", field="steps"
        )


def quick_win_rank(*, effort: str | None, ease: str | None, replaces_a_product: bool) -> float:
    """0 for the quickest win: little data to move (or none, for a need) and an easy tool."""
    effort_rank = EFFORT_RANK.get(effort, 2) if replaces_a_product else NEED_EFFORT_RANK
    return effort_rank + EASE_RANK.get(ease, UNKNOWN_EASE_RANK)


def quick_win_key(spec, efforts):
    """Sort key of a StepSpec: low effort and easy tools first, heavy migrations last."""
    effort = efforts.get((spec.product.pk, spec.tool.pk)) if spec.product is not None else None
    return quick_win_rank(
        effort=effort,
        ease=spec.tool.ease if spec.tool is not None else None,
        replaces_a_product=spec.product is not None,
    )


# Follow-ups ------------------------------------------------------------------------------------


@transaction.atomic
def followup_create(
    *,
    advisor,
    name: str,
    consent: bool,
    rna: str = "",
    commune: Commune | None = None,
    staff: str = "",
    budget: str = "",
    comfort: str = "",
    steps: list[StepSpec] = (),
) -> Followup:
    """Create a follow-up assigned to `advisor`, with its steps ordered quick wins first."""
    if not is_advisor(advisor):
        raise FollowupError("Seuls les accompagnateurs (groupe « Conseillers ») peuvent suivre une association.")
    if not consent:
        raise FollowupError(
            "L'accord de l'association est nécessaire pour enregistrer ce suivi : cochez la case "
            "après le lui avoir demandé.",
            field="consent",
        )
    name = _clean_name(name)
    rna = _clean_rna(rna)
    _check_commune(commune)
    staff = _check_choice(staff, Staff, field="staff", label="Équipe")
    budget = _check_choice(budget, Budget, field="budget", label="Budget")
    comfort = _check_choice(comfort, Comfort, field="comfort", label="Aisance numérique")
    steps = list(steps)
    if len(steps) > MAX_STEPS:
        raise FollowupError(f"Un accompagnement compte au plus {MAX_STEPS} étapes.", field="steps")
    efforts = _equivalence_efforts(steps)
    seen = set()
    for spec in steps:
        _check_spec(spec, efforts)
        key = (spec.product.pk, spec.tool.pk) if spec.product is not None else ("need", spec.need.pk)
        if key in seen:
            raise FollowupError("La même étape est proposée deux fois.", field="steps")
        seen.add(key)
    followup = Followup.objects.create(
        name=name,
        rna=rna,
        commune=commune,
        staff=staff,
        budget=budget,
        comfort=comfort,
        consent_recorded_at=timezone.now(),
    )
    followup.advisors.add(advisor)
    ordered = sorted(steps, key=lambda spec: quick_win_key(spec, efforts))
    for position, spec in enumerate(ordered, start=1):
        Step.objects.create(followup=followup, product=spec.product, tool=spec.tool, need=spec.need, position=position)
    return followup


@transaction.atomic
def followup_update(
    *,
    followup: Followup,
    version: int,
    name: str,
    rna: str = "",
    commune: Commune | None = None,
    staff: str = "",
    budget: str = "",
    comfort: str = "",
    status: str = Followup.Status.ACTIVE,
    next_visit_on: date | None = None,
) -> Followup:
    """Change the follow-up's own fields if nobody saved it since `version` (else StaleVersionError)."""
    current = Followup.objects.select_for_update().get(pk=followup.pk)
    _check_version(current, version)
    if current.is_anonymised:
        raise FollowupError("Cet accompagnement est anonymisé : il ne peut plus être modifié.")
    current.name = _clean_name(name)
    current.rna = _clean_rna(rna)
    _check_commune(commune)
    current.commune = commune
    current.staff = _check_choice(staff, Staff, field="staff", label="Équipe")
    current.budget = _check_choice(budget, Budget, field="budget", label="Budget")
    current.comfort = _check_choice(comfort, Comfort, field="comfort", label="Aisance numérique")
    status = _check_choice(status, Followup.Status, field="status", label="État") or Followup.Status.ACTIVE
    if next_visit_on is not None:
        if next_visit_on < timezone.localdate():
            raise FollowupError("La prochaine visite ne peut pas être dans le passé.", field="next_visit_on")
        _check_date(next_visit_on, field="next_visit_on", label="La date de la prochaine visite")
    current.next_visit_on = next_visit_on
    if status == Followup.Status.CLOSED and current.status != Followup.Status.CLOSED:
        current.closed_at = timezone.now()
    elif status != Followup.Status.CLOSED:
        current.closed_at = None
    current.status = status
    current.version += 1
    current.save()
    return current


@transaction.atomic
def followup_handover(*, followup: Followup, by, to, leave: bool = False) -> Followup:
    """ "Confier à": `to` joins the follow-up (both see it); with `leave`, `by` steps out."""
    current = Followup.objects.select_for_update().get(pk=followup.pk)
    if to is None or not is_advisor(to):
        raise FollowupError(
            "Choisissez un accompagnateur ou une accompagnatrice du groupe « Conseillers ».", field="to"
        )
    if current.advisors.filter(pk=to.pk).exists():
        raise FollowupError("Cette personne suit déjà cet accompagnement.", field="to")
    current.advisors.add(to)
    if leave:
        current.advisors.remove(by)
    return current


@transaction.atomic
def share_link_create(*, followup: Followup) -> str:
    """A new read-only link for the association's board; the previous one (if any) stops working."""
    current = Followup.objects.select_for_update().get(pk=followup.pk)
    current.share_token = new_share_token()
    current.share_created_at = timezone.now()
    current.save(update_fields=["share_token", "share_created_at", "updated_at"])
    return current.share_token


@transaction.atomic
def share_link_revoke(*, followup: Followup) -> None:
    """The read-only link answers 404 from now on."""
    Followup.objects.filter(pk=followup.pk).update(share_token=None, share_created_at=None)


def followups_anonymise(*, closed_before) -> int:
    """Erase the name, RNA and visit notes of follow-ups closed before `closed_before`; keep the figures.

    Steps, referrals, visit dates and the commune stay (they make the statistics). The history
    never holds the name, the RNA or the notes (see apps.py), so nothing is left to erase there.
    """
    with transaction.atomic():
        ids = list(Followup.objects.closed_before(closed_before).select_for_update().values_list("pk", flat=True))
        if not ids:
            return 0
        Visit.objects.filter(followup_id__in=ids).update(note="")
        return Followup.objects.filter(pk__in=ids).update(
            name=ANONYMISED_NAME,
            rna="",
            share_token=None,
            share_created_at=None,
            next_visit_on=None,
            anonymised_at=timezone.now(),
        )


def followups_anonymise_expired() -> int:
    """The daily job (core.jobs, run by `mail_worker`; `purge_followups` by hand): anonymise the
    follow-ups closed more than FOLLOWUP_RETENTION_MONTHS months ago."""
    return followups_anonymise(closed_before=months_ago(settings.FOLLOWUP_RETENTION_MONTHS))


# Steps -----------------------------------------------------------------------------------------


def _lock_step(step):
    return Step.objects.select_for_update().get(pk=step.pk)


@transaction.atomic
def step_add(*, followup: Followup, product=None, tool=None, need=None) -> Step:
    """Add a step at the end of the path."""
    locked = Followup.objects.select_for_update().get(pk=followup.pk)
    spec = StepSpec(product=product, tool=tool, need=need)
    _check_spec(spec, _equivalence_efforts([spec]))
    if locked.steps.count() >= MAX_STEPS:
        raise FollowupError(f"Un accompagnement compte au plus {MAX_STEPS} étapes.", field="step")
    duplicate = (
        locked.steps.filter(product=product, tool=tool).exists()
        if product is not None
        else locked.steps.filter(need=need).exists()
    )
    if duplicate:
        raise FollowupError("Cette étape est déjà dans l'accompagnement.", field="step")
    position = (locked.steps.aggregate(last=Max("position"))["last"] or 0) + 1
    try:
        with transaction.atomic():
            return Step.objects.create(followup=locked, product=product, tool=tool, need=need, position=position)
    except IntegrityError as error:  # a concurrent add of the same step
        raise FollowupError("Cette étape est déjà dans l'accompagnement.", field="step") from error


@transaction.atomic
def step_reorder(*, step: Step, direction: str) -> None:
    """Move a step one place up or down the path ("up" / "down"); positions are renumbered 1..n."""
    if direction not in ("up", "down"):
        raise FollowupError("Déplacement inconnu : vers le haut ou vers le bas seulement.")
    Followup.objects.select_for_update().filter(pk=step.followup_id).first()
    steps = list(Step.objects.filter(followup_id=step.followup_id).ordered().only("pk", "position"))
    index = next((i for i, other in enumerate(steps) if other.pk == step.pk), None)
    if index is None:
        raise FollowupError("Cette étape n'appartient pas à cet accompagnement.")
    target = index - 1 if direction == "up" else index + 1
    if 0 <= target < len(steps):
        steps[index], steps[target] = steps[target], steps[index]
    for position, other in enumerate(steps, start=1):
        other.position = position
    Step.objects.bulk_update(steps, ["position"])


@transaction.atomic
def step_remove(*, step: Step) -> None:
    """Drop a step that is still only proposed (a started step is abandoned instead: the figures keep it)."""
    current = _lock_step(step)
    if current.status != Step.Status.PROPOSED:
        raise FollowupError(
            f"Seule une étape « Proposé » peut être retirée ; celle-ci est « {current.get_status_display()} » : "
            "indiquez plutôt qu'elle est abandonnée ou reportée."
        )
    current.delete()


@transaction.atomic
def step_move(*, step: Step, status: str, version: int, reason: str = "") -> Step:
    """Change a step's status along the allowed transitions (Step.TRANSITIONS); abandoning needs a reason."""
    current = _lock_step(step)
    _check_version(current, version)
    if status not in Step.Status.values:
        raise FollowupError("Ce statut n'existe pas.", field="status")
    if status not in Step.TRANSITIONS.get(current.status, ()):
        raise FollowupError(
            f"Ce changement n'existe pas : une étape « {current.get_status_display()} » ne peut pas passer à "
            f"« {Step.Status(status).label} ».",
            field="status",
        )
    reason = reason or ""
    if status == Step.Status.ABANDONED:
        if reason not in Step.AbandonReason.values:
            raise FollowupError("Choisissez la raison de l'abandon dans la liste.", field="reason")
    else:
        reason = ""
    current.status = status
    current.abandon_reason = reason
    current.status_changed_at = timezone.now()
    current.version += 1
    current.save(update_fields=["status", "abandon_reason", "status_changed_at", "version", "updated_at"])
    return current


@transaction.atomic
def step_set_tool(*, step: Step, tool: Tool | None, version: int) -> Step:
    """Choose (or clear) the free tool of a need step."""
    current = _lock_step(step)
    _check_version(current, version)
    if current.product_id:
        raise FollowupError("L'outil d'une étape de remplacement ne change pas : ajoutez une autre étape.")
    if tool is not None and not Tool.objects.published().filter(pk=tool.pk, needs=current.need_id).exists():
        raise FollowupError("Cet outil ne répond pas à ce besoin dans le catalogue.", field="tool")
    current.tool = tool
    current.version += 1
    current.save(update_fields=["tool", "version", "updated_at"])
    return current


@transaction.atomic
def step_set_session(*, step: Step, session: Session | None, version: int) -> Step:
    """Link the step to a training session ("inscrite à la session du 4 avril"), or unlink it."""
    current = _lock_step(step)
    _check_version(current, version)
    if session is not None and not Session.objects.published().filter(pk=session.pk).exists():
        raise FollowupError("Cette session de formation n'est pas publiée.", field="session")
    current.session = session
    current.version += 1
    current.save(update_fields=["session", "version", "updated_at"])
    return current


@transaction.atomic
def referral_create(*, step: Step, actor: Actor, referred_on: date, version: int) -> Referral:
    """ "Orientée vers … le …": the outcome starts at "pas encore"."""
    current = _lock_step(step)
    _check_version(current, version)
    if actor is None or not Actor.objects.published().filter(pk=actor.pk).exists():
        raise FollowupError("Choisissez un acteur publié de l'annuaire.", field="actor")
    _check_date(referred_on, field="referred_on", label="La date de l'orientation", not_after_today=True)
    referral = Referral.objects.create(step=current, actor=actor, referred_on=referred_on)
    current.version += 1
    current.save(update_fields=["version", "updated_at"])
    return referral


@transaction.atomic
def referral_set_outcome(*, referral: Referral, outcome: str, version: int) -> Referral:
    """What came of a referral: contact pris, pas encore, ne sait pas."""
    current_step = _lock_step(referral.step)
    _check_version(current_step, version)
    if outcome not in Referral.Outcome.values:
        raise FollowupError("Choisissez la suite donnée dans la liste.", field="outcome")
    current = Referral.objects.select_for_update().get(pk=referral.pk)
    current.outcome = outcome
    current.save(update_fields=["outcome", "updated_at"])
    current_step.version += 1
    current_step.save(update_fields=["version", "updated_at"])
    return current


# Visits ----------------------------------------------------------------------------------------


@transaction.atomic
def visit_log(
    *, followup: Followup, by, visited_on: date, way: str, note: str = "", next_visit_on: date | None = None
) -> Visit:
    """Note a visit; the follow-up's last and next visit dates follow the most recent visit."""
    _check_date(visited_on, field="visited_on", label="La date de la visite", not_after_today=True)
    if way not in Visit.Way.values:
        raise FollowupError("Choisissez comment la visite s'est passée : sur place, téléphone ou visio.", field="way")
    note = (note or "").replace("\r\n", "\n").strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise FollowupError(
            f"La note compte au plus {NOTE_MAX_LENGTH} caractères ({len(note)} saisis) : raccourcissez-la.",
            field="note",
        )
    if next_visit_on is not None:
        if next_visit_on <= visited_on:
            raise FollowupError("La prochaine visite doit être après celle-ci.", field="next_visit_on")
        _check_date(next_visit_on, field="next_visit_on", label="La date de la prochaine visite")
    locked = Followup.objects.select_for_update().get(pk=followup.pk)
    if locked.is_anonymised:
        raise FollowupError("Cet accompagnement est anonymisé : il ne peut plus être modifié.")
    visit = Visit.objects.create(
        followup=locked, visited_on=visited_on, way=way, note=note, next_visit_on=next_visit_on, created_by=by
    )
    if locked.last_visit_on is None or visited_on >= locked.last_visit_on:
        locked.last_visit_on = visited_on
        locked.next_visit_on = next_visit_on
        locked.version += 1
        locked.save(update_fields=["last_visit_on", "next_visit_on", "version", "updated_at"])
    return visit
