"""Writes of the surveys app: submitting a response, duplicating a survey, the submission token, the rate limit."""

import logging
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from core.ratelimit import RateLimit
from surveys.models import (
    Answer,
    AnswerChoice,
    AnswerTool,
    Choice,
    OtherMapping,
    PinnedQuote,
    Question,
    Response,
    Restitution,
    Section,
    Survey,
    Theme,
    WorkshopLink,
)

logger = logging.getLogger(__name__)

TOKEN_SALT = "surveys.submission"
TOKEN_MAX_AGE = 7 * 24 * 3600  # a form left open for a week still submits


def make_submission_token(*, survey: Survey) -> str:
    """A signed, single-use token issued with the form: a refresh or double click reuses it."""
    return signing.dumps({"s": survey.pk, "n": secrets.token_urlsafe(18)}, salt=TOKEN_SALT, compress=False)


def read_submission_token(*, survey: Survey, value: str) -> str | None:
    """The nonce of a genuine token issued for this survey, or None (forged, altered, expired)."""
    try:
        data = signing.loads(value or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("s") != survey.pk or not isinstance(data.get("n"), str):
        return None
    nonce = data["n"]
    return nonce if 10 <= len(nonce) <= 64 else None


def token_already_used(*, nonce: str) -> bool:
    return Response.objects.filter(token=nonce).exists()


@dataclass
class AnswerData:
    """A validated answer, as the form produces it."""

    question: Question
    text: str = ""
    number: int | None = None
    boolean: bool | None = None
    choice_ids: list[int] = field(default_factory=list)
    product_ids: list[int] = field(default_factory=list)
    tool_ids: list[int] = field(default_factory=list)


@dataclass
class SubmitResult:
    response: Response | None
    duplicate: bool


def submit_response(
    *,
    survey: Survey,
    nonce: str,
    answers: list[AnswerData],
    submitted_at=None,
    workshop_link: WorkshopLink | None = None,
) -> SubmitResult:
    """Store one response and all its answers atomically, or nothing.

    A second submission with the same token (refresh, double click, back-and-resubmit, even two
    requests racing) stores nothing and reports `duplicate=True`. Through a `workshop_link`, the
    link is locked and must still be valid with room in its quota (else WorkshopLinkRefused,
    nothing stored); its count of submissions goes up by one with the response.
    """
    try:
        with transaction.atomic():
            if workshop_link is not None:
                _use_workshop_link(workshop_link)
            response = Response.objects.create(survey=survey, token=nonce, submitted_at=submitted_at or timezone.now())
            rows = [
                Answer(response=response, question=a.question, text=a.text, number=a.number, boolean=a.boolean)
                for a in answers
            ]
            Answer.objects.bulk_create(rows)
            choices, tools = [], []
            for row, data in zip(rows, answers, strict=True):
                choices += [
                    AnswerChoice(answer=row, response=response, question=data.question, choice_id=choice_id)
                    for choice_id in data.choice_ids
                ]
                tools += [
                    AnswerTool(answer=row, response=response, question=data.question, product_id=product_id)
                    for product_id in data.product_ids
                ]
                tools += [
                    AnswerTool(answer=row, response=response, question=data.question, tool_id=tool_id)
                    for tool_id in data.tool_ids
                ]
            AnswerChoice.objects.bulk_create(choices)
            AnswerTool.objects.bulk_create(tools)
    except IntegrityError:
        if Response.objects.filter(token=nonce).exists():
            logger.info("survey submission refused: token used by a concurrent request (survey=%s)", survey.pk)
            return SubmitResult(response=None, duplicate=True)
        raise
    return SubmitResult(response=response, duplicate=False)


def _free_slug(base: str) -> str:
    base = base[:100]
    taken = set(Survey.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    version = 2
    while f"{base}-v{version}" in taken:
        version += 1
    return f"{base}-v{version}"


def duplicate_survey(*, survey: Survey, title: str | None = None) -> Survey:
    """Copy a survey (sections, questions, choices, conditions) as a new draft version without responses."""
    with transaction.atomic():
        base = survey.slug
        if "-v" in base and base.rsplit("-v", 1)[1].isdigit():
            base = base.rsplit("-v", 1)[0]
        copy = Survey.objects.create(
            title=title or f"{survey.title} (nouvelle version)",
            slug=_free_slug(slugify(base) or "enquete"),
            introduction=survey.introduction,
            status=Survey.Status.DRAFT,
            thank_you_message=survey.thank_you_message,
            privacy_notice=survey.privacy_notice,
        )
        sections = {}
        for section in survey.sections.order_by("position", "pk"):
            sections[section.pk] = Section.objects.create(
                survey=copy, title=section.title, description=section.description, position=section.position
            )
        questions, choices = {}, {}
        originals = list(survey.questions.order_by("position", "pk"))
        for question in originals:
            questions[question.pk] = Question.objects.create(
                survey=copy,
                section=sections.get(question.section_id),
                position=question.position,
                text=question.text,
                help_text=question.help_text,
                kind=question.kind,
                required=question.required,
                has_other=question.has_other,
                scale_min_label=question.scale_min_label,
                scale_max_label=question.scale_max_label,
                min_value=question.min_value,
                max_value=question.max_value,
            )
        for choice in Choice.objects.filter(question__survey=survey).order_by("question", "position", "pk"):
            choices[choice.pk] = Choice.objects.create(
                question=questions[choice.question_id], label=choice.label, position=choice.position
            )
        for question in originals:
            if question.show_if_choice_id in choices:
                Question.objects.filter(pk=questions[question.pk].pk).update(
                    show_if_choice=choices[question.show_if_choice_id]
                )
    return copy


# Rate limit: per client, through the kernel's limiter (a hashed key, shared through Redis in production).
def submission_limit() -> RateLimit:
    """Submissions allowed per client and per window; settings.SURVEYS_RATE_LIMIT = (limit, seconds)."""
    limit, window = getattr(settings, "SURVEYS_RATE_LIMIT", (20, 3600))
    return RateLimit("surveys.submit", limit=limit, window=window)


def submission_allowed(*, client_key: str) -> bool:
    return submission_limit().allowed(client_key)


def submission_count(*, client_key: str) -> None:
    submission_limit().hit(client_key)


# Workshop links: answering together from one place, outside the per-client limit, within a quota.

WORKSHOP_TOKEN_BYTES = 24
WORKSHOP_REFUSALS = {
    "revoked": "Ce lien d'atelier a été retiré par la coordination.",
    "not_started": "Ce lien d'atelier n'est pas encore valable : il ouvre le {start}.",
    "ended": "Ce lien d'atelier n'est plus valable : l'atelier est terminé.",
    "full": (
        "Ce lien d'atelier a déjà reçu le nombre de réponses prévu ({quota}) : votre réponse n'a pas été "
        "enregistrée. Merci de votre participation ; demandez à l'animatrice ou l'animateur de l'atelier."
    ),
    "unknown": "Ce lien d'atelier n'existe pas ou a été mal recopié. Vérifiez l'adresse, ou répondez par la page de l'enquête.",
}


class WorkshopLinkRefused(Exception):
    """A workshop link that cannot be used now; `message` says why, in French."""

    def __init__(self, state: str, link: WorkshopLink | None = None):
        self.state = state
        self.link = link
        start = quota = ""
        if link is not None:
            start = timezone.localtime(link.starts_at).strftime("%d/%m/%Y à %H:%M")
            quota = link.quota
        self.message = WORKSHOP_REFUSALS[state].format(start=start, quota=quota)
        super().__init__(self.message)


def workshop_link_create(*, survey: Survey, label: str, starts_at, ends_at, quota: int) -> WorkshopLink:
    """A new link with an unguessable token (secrets.token_urlsafe)."""
    link = WorkshopLink(
        survey=survey,
        label=label,
        starts_at=starts_at,
        ends_at=ends_at,
        quota=quota,
        token=secrets.token_urlsafe(WORKSHOP_TOKEN_BYTES),
    )
    link.full_clean()
    link.save()
    return link


def workshop_link_revoke(*, link: WorkshopLink) -> WorkshopLink:
    """Stop a link now (it stays listed; its count is kept)."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


def workshop_link_read(*, survey: Survey, token: str) -> WorkshopLink:
    """The link of this survey with this token, usable now; else WorkshopLinkRefused."""
    token = (token or "")[:64]
    link = WorkshopLink.objects.filter(survey=survey, token=token).first() if token else None
    if link is None:
        raise WorkshopLinkRefused("unknown")
    state = link.state()
    if state != "valid":
        raise WorkshopLinkRefused(state, link)
    return link


def _use_workshop_link(link: WorkshopLink) -> None:
    locked = WorkshopLink.objects.select_for_update().get(pk=link.pk)
    state = locked.state()
    if state != "valid":
        raise WorkshopLinkRefused(state, locked)
    WorkshopLink.objects.filter(pk=link.pk).update(used=models.F("used") + 1)


# ---------------------------------------------------------------------------------------------------
# Building a survey (coordinators' pages). Every rule that protects answered surveys lives in the
# models (Question.locked_changes, deletion_refusal); these services run them and raise
# BuildRefused with the French explanation instead of saving.


class BuildRefused(Exception):
    """An edit refused by a rule (the message is French, for the page)."""

    def __init__(self, message, errors=None):
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


class StaleVersionError(Exception):
    """Someone saved the row (survey, section, question or choice) since the coordinator opened the form;
    nothing was written; `current` is the saved row."""

    def __init__(self, current):
        super().__init__(f"stale {type(current).__name__.lower()} version")
        self.current = current


def _locked(model, pk, version):
    """The row, locked until the end of the transaction, if still at `version` (StaleVersionError otherwise)."""
    current = model.objects.select_for_update().get(pk=pk)
    if current.version != version:
        raise StaleVersionError(current)
    return current


def next_version(*, instance) -> int:
    """The next version of a section, question or choice the admin is about to save (locks the row):
    the admin's saves move the version too, so a builder form opened before them answers 409."""
    with transaction.atomic():
        current = type(instance).objects.select_for_update().values_list("version", flat=True).get(pk=instance.pk)
    return current + 1


SURVEY_FIELDS = [
    "title", "slug", "status", "opens_at", "closes_at", "introduction", "thank_you_message", "privacy_notice",
]  # fmt: skip


def _full_clean(instance, exclude=None):
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        errors = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        raise BuildRefused(" ".join(m for ms in errors.values() for m in ms), errors) from error


def survey_create(*, data) -> Survey:
    """Create a survey (a draft unless told otherwise), version 1."""
    with transaction.atomic():
        survey = Survey(**{name: data[name] for name in SURVEY_FIELDS if name in data}, version=1)
        _full_clean(survey)
        survey.save()
    return survey


def survey_update(*, survey: Survey, data, version: int) -> Survey:
    """Apply the values only if nobody saved the survey since `version` (StaleVersionError otherwise)."""
    with transaction.atomic():
        current = Survey.objects.select_for_update().get(pk=survey.pk)
        if current.version != version:
            raise StaleVersionError(current)
        for name in SURVEY_FIELDS:
            if name in data:
                setattr(current, name, data[name])
        _full_clean(current)
        current.version += 1
        current.save()
    return current


def _renumber(items):
    # Only `position` is written, and no edit form carries it (edits save the saved place): a move never
    # loses anyone's edit, so it leaves `version` alone and does not turn an open edit form stale.
    for position, item in enumerate(items):
        item.position = position
    if items:
        type(items[0]).objects.bulk_update(items, ["position"])


def _move(items, item, direction):
    """Move `item` one place up (-1) or down (+1) in `items` (already ordered), then renumber."""
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index + direction
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]
    _renumber(items)


def _move_to(items, item, position):
    """Put `item` at index `position` of `items` (already ordered; out-of-range positions are clamped
    to the first or last place), then renumber. Returns the new order."""
    moved = next(other for other in items if other.pk == item.pk)
    items = [other for other in items if other is not moved]
    items.insert(max(0, min(position, len(items))), moved)
    _renumber(items)
    return items


def section_create(*, survey: Survey, title: str, description: str = "") -> Section:
    with transaction.atomic():
        last = survey.sections.count()
        section = Section(survey=survey, title=title, description=description, position=last)
        _full_clean(section)
        section.save()
    return section


def section_update(*, section: Section, title: str, description: str = "", version: int) -> Section:
    """Change the texts only if nobody saved the section since `version` (StaleVersionError otherwise)."""
    with transaction.atomic():
        current = _locked(Section, section.pk, version)
        current.title, current.description = title, description
        _full_clean(current)
        current.version += 1
        current.save(update_fields=["title", "description", "version"])
    return current


def section_move(*, section: Section, direction: int) -> None:
    with transaction.atomic():
        items = list(Section.objects.select_for_update().filter(survey_id=section.survey_id).order_by("position", "pk"))
        _move(items, section, direction)


def section_move_to(*, section: Section, position: int) -> None:
    """Put the section at `position` (0 is the first place) in one transaction (drag and drop)."""
    with transaction.atomic():
        items = list(Section.objects.select_for_update().filter(survey_id=section.survey_id).order_by("position", "pk"))
        _move_to(items, section, position)


def section_delete(*, section: Section) -> None:
    """Remove a section; its questions stay, outside any section (allowed even once answered). Their
    "Partie" changes, so their version moves (an edit form opened before would put the section back)."""
    with transaction.atomic():
        Question.objects.filter(section=section).update(section=None, version=models.F("version") + 1)
        section.delete()


QUESTION_FIELDS = [
    "text", "help_text", "kind", "section", "required", "has_other", "scale_min_label", "scale_max_label",
    "min_value", "max_value", "show_if_choice",
]  # fmt: skip


def question_create(*, survey: Survey, data) -> Question:
    """Add a question at the end (refused with an explanation when a required question would be added
    to an answered survey)."""
    with transaction.atomic():
        position = (survey.questions.aggregate(last=models.Max("position"))["last"] or 0) + 1
        question = Question(survey=survey, position=position, **{n: data[n] for n in QUESTION_FIELDS if n in data})
        _full_clean(question)
        question.save()
    return question


def question_update(*, question: Question, data, version: int) -> Question:
    """Change a question only if nobody saved it since `version` (StaleVersionError otherwise); type
    changes, removing "Autre" or moving it are refused once answered. Its place (`position`) is the
    saved one: a move by someone else in the meantime is kept."""
    with transaction.atomic():
        current = _locked(Question, question.pk, version)
        for name in QUESTION_FIELDS:
            if name in data:
                setattr(current, name, data[name])
        _full_clean(current)
        current.version += 1
        current.save(update_fields=[*QUESTION_FIELDS, "version"])
    return current


def question_move(*, question: Question, direction: int) -> None:
    """One place up (-1) or down (+1), the buttons' way: the same rules as question_move_to (reordering is
    allowed once answered, never before the question a display condition depends on)."""
    with transaction.atomic():
        ordered = list(
            Question.objects.select_for_update()
            .filter(survey_id=question.survey_id)
            .order_by("position", "pk")
            .values_list("pk", flat=True)
        )
        index = ordered.index(question.pk)
        question_move_to(question=question, position=max(0, index + direction))


def question_move_to(*, question: Question, position: int) -> None:
    """Put the question at `position` (0 is the first place) in one transaction (drag and drop); allowed
    once answered, but refused when a display condition would then point to a later question."""
    with transaction.atomic():
        items = list(
            Question.objects.select_for_update(of=("self",))  # PostgreSQL refuses to lock the outer join
            .filter(survey_id=question.survey_id)
            .select_related("show_if_choice")
            .order_by("position", "pk")
        )
        order = {other.pk: index for index, other in enumerate(_move_to(items, question, position))}
        for other in items:
            parent = other.show_if_choice.question_id if other.show_if_choice_id else None
            if parent in order and order[parent] > order[other.pk]:
                parent_text = next(q.text for q in items if q.pk == parent)
                raise BuildRefused(
                    f"Déplacement impossible : « {other.text} » ne s'affiche que selon la réponse à "
                    f"« {parent_text} », qui doit rester placée avant elle."
                )


def question_delete(*, question: Question) -> None:
    refusal = question.deletion_refusal()
    if refusal:
        raise BuildRefused(refusal)
    with transaction.atomic():
        Question.objects.filter(show_if_choice__question=question).update(
            show_if_choice=None, version=models.F("version") + 1
        )
        question.delete()


def choice_create(*, question: Question, label: str, themes=()) -> Choice:
    with transaction.atomic():
        position = (question.choices.aggregate(last=models.Max("position"))["last"] or 0) + 1
        choice = Choice(question=question, label=label, position=position)
        _full_clean(choice)
        choice.save()
        choice.themes.set(themes)
    return choice


def choice_update(*, choice: Choice, label: str, themes=None, version: int) -> Choice:
    """Rename a choice (a wording fix is allowed once answered) and set its themes, only if nobody saved
    it since `version` (StaleVersionError otherwise)."""
    with transaction.atomic():
        current = _locked(Choice, choice.pk, version)
        current.label = label
        _full_clean(current)
        current.version += 1
        current.save(update_fields=["label", "version"])
        if themes is not None:
            current.themes.set(themes)
    return current


def choice_move(*, choice: Choice, direction: int) -> None:
    with transaction.atomic():
        items = list(
            Choice.objects.select_for_update().filter(question_id=choice.question_id).order_by("position", "pk")
        )
        _move(items, choice, direction)


def choice_move_to(*, choice: Choice, position: int) -> None:
    """Put the choice at `position` (0 is the first place) among its question's choices (drag and drop)."""
    with transaction.atomic():
        items = list(
            Choice.objects.select_for_update().filter(question_id=choice.question_id).order_by("position", "pk")
        )
        _move_to(items, choice, position)


def choice_delete(*, choice: Choice) -> None:
    refusal = choice.deletion_refusal()
    if refusal:
        raise BuildRefused(refusal)
    with transaction.atomic():
        Question.objects.filter(show_if_choice=choice).update(show_if_choice=None, version=models.F("version") + 1)
        choice.delete()


def theme_create(*, name: str, need=None) -> Theme:
    """A new theme; its identifier is made from its name (a number is added if it is taken)."""
    name = name.strip()
    if Theme.objects.filter(name__iexact=name).exists():
        raise BuildRefused("Ce thème existe déjà.", {"name": ["Ce thème existe déjà."]})
    base = slugify(name)[:100] or "theme"
    slug, n = base, 2
    while Theme.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    theme = Theme(name=name, slug=slug, need=need)
    _full_clean(theme)
    theme.save()
    return theme


def themes_from_needs(*, needs) -> int:
    """One theme per catalogue need that has none yet (idempotent); returns how many were created."""
    created = 0
    with transaction.atomic():
        have = set(Theme.objects.filter(need__isnull=False).values_list("need_id", flat=True))
        names = {name.lower() for name in Theme.objects.values_list("name", flat=True)}
        for need in needs:
            if need.pk in have or need.name.lower() in names:
                continue
            theme_create(name=need.name, need=need)
            created += 1
    return created


MAX_QUOTES_PER_THEME = 3


def quote_pin(*, survey: Survey, theme: Theme, answer: Answer) -> PinnedQuote:
    """Pin a free-text answer of this survey on a theme (at most three per theme)."""
    if answer.response.survey_id != survey.pk or not answer.text.strip():
        raise BuildRefused("Cette réponse n'appartient pas à cette enquête.")
    with transaction.atomic():
        pinned = PinnedQuote.objects.select_for_update().filter(survey=survey, theme=theme)
        if pinned.filter(answer=answer).exists():
            return pinned.get(answer=answer)
        if pinned.count() >= MAX_QUOTES_PER_THEME:
            raise BuildRefused(
                f"Trois citations sont déjà épinglées sur « {theme} » : retirez-en une avant d'en épingler une autre."
            )
        return PinnedQuote.objects.create(survey=survey, theme=theme, answer=answer)


def quote_set_checked(*, quote: PinnedQuote, checked: bool) -> PinnedQuote:
    quote.checked = checked
    quote.save(update_fields=["checked"])
    return quote


def quote_unpin(*, quote: PinnedQuote) -> None:
    quote.delete()


def restitution_save(
    *, survey: Survey, introduction: str, questions, show_quotes: bool, next_survey_on, is_published: bool
) -> Restitution:
    """Save the restitution; only aggregate questions of this survey (never free text) may be shown,
    and it may be published only once the survey is closed."""
    questions = list(questions)
    for question in questions:
        if question.survey_id != survey.pk:
            raise BuildRefused("Cette question appartient à une autre enquête.", {"questions": ["Question inconnue."]})
        if question.kind not in RESTITUTION_KINDS:
            raise BuildRefused(
                "Une restitution ne montre que des résultats chiffrés, jamais les textes libres.",
                {"questions": [f"« {question.text} » est une question à texte libre : elle ne peut pas être montrée."]},
            )
    if is_published and survey.availability() != Survey.Availability.CLOSED:
        raise BuildRefused(
            "La restitution ne peut être publiée qu'une fois l'enquête fermée.",
            {"is_published": ["Fermez d'abord l'enquête (état « Fermée » ou date de fermeture passée)."]},
        )
    with transaction.atomic():
        restitution, _ = Restitution.objects.get_or_create(survey=survey)
        restitution.introduction = introduction
        restitution.show_quotes = show_quotes
        restitution.next_survey_on = next_survey_on
        restitution.is_published = is_published
        restitution.save()
        restitution.questions.set(questions)
    return restitution


RESTITUTION_KINDS = (Question.Kind.SINGLE, Question.Kind.MULTIPLE, Question.Kind.SCALE, Question.Kind.YES_NO)


def other_mapping_save(*, question: Question, text: str, product=None, tool=None) -> OtherMapping:
    """Map an "Autre" text of the tools question to one product or tool (past and future answers)."""
    if question.kind != Question.Kind.TOOLS:
        raise BuildRefused("Seules les réponses « Autre » de la question des outils se rattachent au catalogue.")
    if (product is None) == (tool is None):
        raise BuildRefused(
            "Choisissez un produit ou un outil du catalogue.", {"cible": ["Choisissez un produit ou un outil."]}
        )
    key = other_key(text)
    if not key:
        raise BuildRefused("Ce texte est vide.")
    mapping, _ = OtherMapping.objects.update_or_create(
        question=question, text=key, defaults={"product": product, "tool": tool}
    )
    return mapping


def other_key(text: str) -> str:
    """How an "Autre" text is compared (see selectors.other_key)."""
    from surveys.selectors import other_key as key

    return key(text)


def product_create_for_other(*, name: str, vendor: str, business_model: str):
    """A minimal unpublished catalogue product (name, vendor, business model) for an "Autre" text
    nobody had listed; the catalogue's own pages complete and publish it."""
    from tools_catalog.models import ProprietaryProduct

    name, vendor = " ".join(name.split())[:120], " ".join(vendor.split())[:120]
    if not name or not vendor:
        raise BuildRefused("Pour créer un produit, donnez son nom et son éditeur.")
    if business_model not in ProprietaryProduct.BusinessModel.values:
        raise BuildRefused("Choisissez le modèle économique du produit.")
    existing = ProprietaryProduct.objects.filter(name__iexact=name).first()
    if existing:
        return existing
    base = slugify(name)[:100] or "produit"
    slug, n = base, 2
    while ProprietaryProduct.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    # The catalogue's own writer (its validation and rules), never a direct insert from this app.
    from tools_catalog.services import catalogue_entry_save

    product = ProprietaryProduct(name=name, slug=slug, vendor=vendor, business_model=business_model, is_published=False)
    return catalogue_entry_save(
        entry=product,
        fields=["name", "slug", "vendor", "business_model", "is_published"],
        relations={},
        fingerprint=None,
        user=None,
    )
