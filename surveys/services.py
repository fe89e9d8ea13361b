"""Writes of the surveys app: submitting a response, duplicating a survey, the submission token, the rate limit."""

import logging
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from core.ratelimit import RateLimit
from surveys.models import Answer, AnswerChoice, AnswerTool, Choice, Question, Response, Section, Survey, WorkshopLink

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
