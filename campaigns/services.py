"""Writes of the campaigns app: the only writers of campaigns, steps, actions, town halls and their follow-up.

Errors a coordinator can fix are `ValidationError`s whose messages are keyed by the form field they
are about; the views show them next to that field. Every service runs in one transaction: nothing is
half-saved.
"""

import logging
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from actors.models import Commune
from campaigns.models import Action, Campaign, Step, TownHall, TownHallContact

logger = logging.getLogger(__name__)

DEPARTMENT_CODE = "37"
NO_COMMUNE = "Choisissez au moins une commune (ou une intercommunalité) : une campagne se tient sur un territoire."
OUTSIDE = "{names} : hors d'Indre-et-Loire. Une campagne du portail se tient dans le département."
STEP_TOO_EARLY = (
    "L'échéance ({due}) est avant le début de la campagne ({start}) : choisissez une date à partir du {start}."
)
STEPS_BEFORE_START = (
    "{count} étape(s) ont une échéance avant ce début (la première le {first}) : "
    "déplacez-les d'abord, ou choisissez un début au plus tard le {first}."
)


def _fr(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _unique_slug(model, title, pk=None):
    base = slugify(title)[:180] or "campagne"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exclude(pk=pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _check_communes(communes):
    communes = list(communes)
    if not communes:
        raise ValidationError({"communes": [NO_COMMUNE]})
    outside = [commune.name for commune in communes if not commune.insee_code.startswith(DEPARTMENT_CODE)]
    if outside:
        raise ValidationError({"communes": [OUTSIDE.format(names=", ".join(sorted(outside)))]})
    return communes


def _check_period(starts_on, ends_on):
    if ends_on < starts_on:
        raise ValidationError({"ends_on": ["La fin de la campagne doit être le jour du début ou après."]})


def _check_amount(amount):
    if amount is not None and Decimal(amount) < 0:
        raise ValidationError({"funding_amount": ["Le montant ne peut pas être négatif."]})


CAMPAIGN_FIELDS = ("title", "summary", "territory_name", "starts_on", "ends_on", "funding", "funding_amount", "status",
                   "outcome")  # fmt: skip


def campaign_create(*, title: str, starts_on: date, ends_on: date, communes, carriers=(), **values) -> Campaign:
    """Create a campaign on a territory of the département (at least one commune, a period in order)."""
    communes = _check_communes(communes)
    _check_period(starts_on, ends_on)
    _check_amount(values.get("funding_amount"))
    with transaction.atomic():
        campaign = Campaign(title=title, starts_on=starts_on, ends_on=ends_on, slug=_unique_slug(Campaign, title))
        for name, value in values.items():
            if name not in CAMPAIGN_FIELDS:
                raise TypeError(f"unknown campaign field {name}")
            setattr(campaign, name, value)
        campaign.full_clean(exclude=["communes", "carriers"])
        campaign.save()
        campaign.communes.set(communes)
        campaign.carriers.set(carriers)
    logger.info("campaign created: id=%s communes=%s", campaign.pk, len(communes))
    return campaign


def campaign_update(*, campaign: Campaign, communes, carriers=(), **values) -> Campaign:
    """Change a campaign; its start may not move after a step's due date (the steps would come before it)."""
    communes = _check_communes(communes)
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
        for name, value in values.items():
            if name not in CAMPAIGN_FIELDS:
                raise TypeError(f"unknown campaign field {name}")
            setattr(campaign, name, value)
        _check_period(campaign.starts_on, campaign.ends_on)
        _check_amount(campaign.funding_amount)
        early = list(campaign.steps.filter(due_on__lt=campaign.starts_on).order_by("due_on").values_list("due_on"))
        if early:
            message = STEPS_BEFORE_START.format(count=len(early), first=_fr(early[0][0]))
            raise ValidationError({"starts_on": [message]})
        campaign.full_clean(exclude=["communes", "carriers", "slug"])
        campaign.save()
        campaign.communes.set(communes)
        campaign.carriers.set(carriers)
    return campaign


STEP_FIELDS = ("title", "description", "due_on", "owner", "owner_name", "status")


def _check_step(campaign, due_on):
    if due_on < campaign.starts_on:
        raise ValidationError({"due_on": [STEP_TOO_EARLY.format(due=_fr(due_on), start=_fr(campaign.starts_on))]})


def step_create(*, campaign: Campaign, title: str, due_on: date, sessions=(), actors=(), **values) -> Step:
    """Add a step to a campaign; it is due on or after the campaign's start."""
    _check_step(campaign, due_on)
    with transaction.atomic():
        step = Step(campaign=campaign, title=title, due_on=due_on)
        for name, value in values.items():
            if name not in STEP_FIELDS:
                raise TypeError(f"unknown step field {name}")
            setattr(step, name, value)
        step.full_clean(exclude=["sessions", "actors"])
        step.save()
        step.sessions.set(sessions)
        step.actors.set(actors)
    return step


def step_update(*, step: Step, sessions=(), actors=(), **values) -> Step:
    """Change a step (its status, date, owner, links); still due on or after the campaign's start."""
    with transaction.atomic():
        step = Step.objects.select_for_update().select_related("campaign").get(pk=step.pk)
        for name, value in values.items():
            if name not in STEP_FIELDS:
                raise TypeError(f"unknown step field {name}")
            setattr(step, name, value)
        _check_step(step.campaign, step.due_on)
        step.full_clean(exclude=["sessions", "actors"])
        step.save()
        step.sessions.set(sessions)
        step.actors.set(actors)
    return step


def town_hall_contact_set(
    *, campaign: Campaign, commune: Commune, contacted_on=None, reminded_on=None, poster_up: bool = False
) -> TownHallContact:
    """Record the checklist of one town hall for a campaign ("contactée le / relancée / affiche posée")."""
    if reminded_on and not contacted_on:
        raise ValidationError({"reminded_on": ["Indiquez d'abord la date du premier contact."]})
    if reminded_on and contacted_on and reminded_on < contacted_on:
        raise ValidationError({"reminded_on": ["La relance vient après le premier contact."]})
    if not campaign.communes.filter(pk=commune.pk).exists():
        raise ValidationError("Cette commune ne fait pas partie du territoire de la campagne.")
    with transaction.atomic():
        contact, _created = TownHallContact.objects.update_or_create(
            campaign=campaign,
            commune=commune,
            defaults={"contacted_on": contacted_on, "reminded_on": reminded_on, "poster_up": poster_up},
        )
    return contact


def town_hall_update(*, town_hall: TownHall, name: str, email: str, phone: str, website: str) -> TownHall:
    """A coordinator corrects a town hall's public contact details."""
    with transaction.atomic():
        town_hall.name, town_hall.email, town_hall.phone, town_hall.website = name, email, phone, website
        town_hall.full_clean()
        town_hall.save()
    return town_hall


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows of the directory that are not a town hall of the département
    errors: list = field(default_factory=list)  # (line number, French message)

    @property
    def loaded(self):
        return self.created + self.updated + self.unchanged


def town_halls_load(rows) -> LoadResult:
    """Load town halls from parsed directory rows (campaigns.townhalls.parse): all good rows, or none.

    Idempotent: a town hall already there with the same details is left as it is. When any row is
    broken, nothing is written and the result lists each bad row with its line number.
    """
    result = LoadResult()
    good = []
    communes = {commune.insee_code: commune for commune in Commune.objects.all()}
    for row in rows:
        if row.error:
            result.errors.append((row.line, row.error))
        elif not row.is_town_hall:
            result.skipped += 1
        elif row.insee_code not in communes:
            if row.insee_code.startswith(DEPARTMENT_CODE):
                result.errors.append((row.line, f"commune {row.insee_code} inconnue du portail"))
            else:
                result.skipped += 1
        else:
            good.append(row)
    if result.errors:
        return result
    existing = {town_hall.commune_id: town_hall for town_hall in TownHall.objects.all()}
    with transaction.atomic():
        for row in good:
            commune = communes[row.insee_code]
            values = {
                "name": row.name,
                "email": row.email,
                "phone": row.phone,
                "website": row.website,
                "directory_id": row.directory_id,
            }
            current = existing.get(commune.pk)
            if current is None:
                existing[commune.pk] = TownHall.objects.create(commune=commune, **values)
                result.created += 1
            elif any(getattr(current, key) != value for key, value in values.items()):
                for key, value in values.items():
                    setattr(current, key, value)
                current.save()
                result.updated += 1
            else:
                result.unchanged += 1
    logger.info("town halls loaded: created=%s updated=%s unchanged=%s", result.created, result.updated,
                result.unchanged)  # fmt: skip
    return result


ACTION_FIELDS = ("title", "kind", "starts_on", "ends_on", "place", "outcome", "is_published")


def action_save(*, action: Action | None = None, communes=(), carriers=(), **values) -> Action:
    """Create or change a one-off action of the inventory."""
    action = action or Action()
    for name, value in values.items():
        if name not in ACTION_FIELDS:
            raise TypeError(f"unknown action field {name}")
        setattr(action, name, value)
    if action.ends_on and action.starts_on and action.ends_on < action.starts_on:
        raise ValidationError({"ends_on": ["La fin doit être le jour du début ou après."]})
    _outside = [commune.name for commune in communes if not commune.insee_code.startswith(DEPARTMENT_CODE)]
    if _outside:
        raise ValidationError({"communes": [OUTSIDE.format(names=", ".join(sorted(_outside)))]})
    with transaction.atomic():
        action.full_clean(exclude=["communes", "carriers"])
        action.save()
        action.communes.set(communes)
        action.carriers.set(carriers)
    return action
