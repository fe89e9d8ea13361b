"""Field surveys: questionnaires answered anonymously, and their answers stored relationally.

Answers are rows (Answer, AnswerChoice, AnswerTool), never a JSON blob, so that every result is a
SQL aggregate. AnswerChoice and AnswerTool repeat the response and the question of their answer
(denormalised on purpose) so that counting and filtering need no join on the large tables.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from tools_catalog.models import Need, ProprietaryProduct, Tool

# Length limits of text answers (characters).
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 2000
OTHER_TEXT_MAX = 200
PLACE_MAX = 80

LOCKED_EXPLANATION = (
    "Cette enquête a déjà reçu {count} réponse(s) : {what} fausserait les résultats déjà recueillis. "
    "Vous pouvez corriger la formulation ou ajouter une question facultative ; pour changer davantage, "
    "dupliquez l'enquête (action « Dupliquer ») et modifiez la nouvelle version."
)


class SurveyQuerySet(models.QuerySet):
    def ordered(self):
        """Most recently created first, then by title."""
        return self.order_by("-created_at", "title")

    def open_now(self):
        """Surveys that accept answers right now (status open and within their dates), by title."""
        now = timezone.now()
        return (
            self.filter(status=Survey.Status.OPEN)
            .filter(Q(opens_at__isnull=True) | Q(opens_at__lte=now))
            .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))
            .order_by("title", "pk")
        )

    def with_response_count(self):
        """Annotate `response_count`."""
        return self.annotate(response_count=models.Count("responses"))


class Survey(models.Model):
    """A questionnaire. Answered anonymously at /enquetes/<slug>/ while open."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Brouillon"
        OPEN = "open", "Ouverte"
        CLOSED = "closed", "Fermée"

    class Availability(models.TextChoices):
        OPEN = "open", "Ouverte"
        DRAFT = "draft", "En préparation"
        NOT_YET_OPEN = "not_yet_open", "Pas encore ouverte"
        CLOSED = "closed", "Fermée"

    title = models.CharField("titre", max_length=200)
    slug = models.SlugField("identifiant d'adresse", max_length=120, unique=True)
    introduction = models.TextField("introduction (Markdown)", blank=True)
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.DRAFT)
    opens_at = models.DateTimeField(
        "ouverture le", null=True, blank=True, help_text="Laisser vide : dès que « Ouverte »."
    )
    closes_at = models.DateTimeField(
        "fermeture le", null=True, blank=True, help_text="Laisser vide : sans date de fin."
    )
    thank_you_message = models.TextField(
        "message de remerciement (Markdown)",
        blank=True,
        help_text="Affiché après l'envoi : ce que deviennent les réponses, quand les résultats seront partagés.",
    )
    privacy_notice = models.TextField(
        "données personnelles (Markdown)",
        blank=True,
        help_text="Ce qui est recueilli et pourquoi. Aucune adresse IP ni aucun compte n'est enregistré.",
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)
    version = models.PositiveIntegerField("version", default=1, editable=False)

    objects = SurveyQuerySet.as_manager()

    class Meta:
        verbose_name = "enquête"
        verbose_name_plural = "enquêtes"
        ordering = ["-created_at", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True) | Q(closes_at__isnull=True) | Q(closes_at__gt=models.F("opens_at")),
                name="survey_closes_after_opening",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("surveys:survey_detail", args=[self.slug])

    def clean(self):
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": "La fermeture doit venir après l'ouverture."})

    def availability(self, now=None):
        """Whether the survey accepts answers now, and if not why (an Availability value)."""
        now = now or timezone.now()
        if self.status == self.Status.DRAFT:
            return self.Availability.DRAFT
        if self.status == self.Status.CLOSED or (self.closes_at and self.closes_at <= now):
            return self.Availability.CLOSED
        if self.opens_at and self.opens_at > now:
            return self.Availability.NOT_YET_OPEN
        return self.Availability.OPEN

    def response_total(self):
        return self.responses.count()


class Section(models.Model):
    """An optional group of questions, shown as a fieldset with its title."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="sections", verbose_name="enquête")
    title = models.CharField("titre", max_length=200)
    description = models.CharField("texte d'introduction", max_length=500, blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)
    # Moved by every edit of its texts (the builder's services, the admin), never by a move (`position`
    # only): the builder's edit form checks it (optimistic lock).
    version = models.PositiveIntegerField("version", default=1, editable=False)

    class Meta:
        verbose_name = "partie"
        verbose_name_plural = "parties"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class QuestionQuerySet(models.QuerySet):
    def ordered(self):
        """In the order respondents see them."""
        return self.order_by("position", "pk")


class RefuseDeletionOnceAnswered:
    """Questions and choices of a survey with responses cannot be deleted (results would be corrupted).

    The model says why in `deletion_refusal()` (None when deleting is fine).
    """

    def delete(self, *args, **kwargs):
        refusal = self.deletion_refusal()
        if refusal:
            raise ValidationError(refusal)
        return super().delete(*args, **kwargs)


class Question(RefuseDeletionOnceAnswered, models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", "Choix unique"
        MULTIPLE = "multiple", "Choix multiples"
        SCALE = "scale", "Échelle de 1 à 5"
        YES_NO = "yes_no", "Oui / non"
        SHORT_TEXT = "short_text", "Texte court"
        LONG_TEXT = "long_text", "Texte long"
        NUMBER = "number", "Nombre"
        PLACE = "place", "Commune ou code postal"
        TOOLS = "tools", "Outils utilisés (catalogue)"

    CHOICE_KINDS = (Kind.SINGLE, Kind.MULTIPLE)
    OTHER_KINDS = (Kind.SINGLE, Kind.MULTIPLE, Kind.TOOLS)
    TEXT_KINDS = (Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.PLACE)

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions", verbose_name="enquête")
    section = models.ForeignKey(
        Section, on_delete=models.SET_NULL, null=True, blank=True, related_name="questions", verbose_name="partie"
    )
    position = models.PositiveSmallIntegerField("ordre", default=0)
    text = models.CharField("question", max_length=300)
    help_text = models.CharField("aide", max_length=300, blank=True)
    kind = models.CharField("type", max_length=12, choices=Kind.choices)
    required = models.BooleanField("réponse obligatoire", default=False)
    has_other = models.BooleanField(
        "option « Autre (précisez) »", default=False, help_text="Pour les questions à choix et la question des outils."
    )
    scale_min_label = models.CharField("libellé de 1 (échelle)", max_length=60, blank=True)
    scale_max_label = models.CharField("libellé de 5 (échelle)", max_length=60, blank=True)
    min_value = models.IntegerField("minimum (nombre)", null=True, blank=True)
    max_value = models.IntegerField("maximum (nombre)", null=True, blank=True)
    show_if_choice = models.ForeignKey(
        "Choice",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="dependent_questions",
        verbose_name="n'afficher que si la réponse est",
        help_text="Un choix d'une question précédente de la même enquête.",
    )
    # Moved by every edit of its texts (the builder's services, the admin), never by a move (`position`
    # only): the builder's edit form checks it (optimistic lock).
    version = models.PositiveIntegerField("version", default=1, editable=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = "question"
        verbose_name_plural = "questions"
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_value__isnull=True)
                | Q(max_value__isnull=True)
                | Q(max_value__gte=models.F("min_value")),
                name="question_bounds_ordered",
            )
        ]

    def __str__(self):
        return self.text

    @property
    def field_name(self):
        return f"q{self.pk}"

    @property
    def other_field_name(self):
        return f"q{self.pk}_autre"

    @property
    def is_choice(self):
        return self.kind in self.CHOICE_KINDS

    @property
    def is_text(self):
        return self.kind in self.TEXT_KINDS

    @property
    def offers_other(self):
        return self.has_other and self.kind in self.OTHER_KINDS

    def clean(self):
        errors = {}
        if self.min_value is not None and self.max_value is not None and self.max_value < self.min_value:
            errors["max_value"] = "Le maximum doit être supérieur ou égal au minimum."
        if self.section_id and self.survey_id and self.section.survey_id != self.survey_id:
            errors["section"] = "Cette partie appartient à une autre enquête."
        if self.show_if_choice_id:
            parent = self.show_if_choice.question
            if parent.survey_id != self.survey_id:
                errors["show_if_choice"] = "Choisissez un choix d'une question de la même enquête."
            elif parent.pk == self.pk or (parent.position, parent.pk or 0) >= (self.position, self.pk or 10**12):
                errors["show_if_choice"] = "La condition doit porter sur une question placée avant celle-ci."
        errors.update(self.locked_changes())
        if errors:
            raise ValidationError(errors)

    def locked_changes(self):
        """Changes refused because the survey already has responses (field -> explanation)."""
        if not self.survey_id:
            return {}
        count = Response.objects.filter(survey_id=self.survey_id).count()
        if not count:
            return {}
        if self.pk is None:
            if self.required:
                return {
                    "required": LOCKED_EXPLANATION.format(
                        count=count, what="ajouter une question obligatoire (les premiers répondants ne l'ont pas vue)"
                    )
                }
            return {}
        original = Question.objects.filter(pk=self.pk).values("kind", "survey_id", "has_other").first()
        if original is None:
            return {}
        errors = {}
        if original["kind"] != self.kind:
            errors["kind"] = LOCKED_EXPLANATION.format(count=count, what="changer le type de la question")
        if original["survey_id"] != self.survey_id:
            errors["survey"] = LOCKED_EXPLANATION.format(count=count, what="déplacer la question")
        if original["has_other"] and not self.has_other:
            errors["has_other"] = LOCKED_EXPLANATION.format(count=count, what="retirer l'option « Autre »")
        return errors

    def deletion_refusal(self):
        """Why this question may not be removed (None when it may)."""
        count = Response.objects.filter(survey_id=self.survey_id).count()
        if count:
            return LOCKED_EXPLANATION.format(count=count, what=f"supprimer la question « {self.text} »")
        return None


class Theme(models.Model):
    """A training theme a coordinator tags choices with: a catalogue need, or a theme that is not a tool
    (RGPD, posture, matériel, financement…). Shared by every survey; the needs board counts by theme."""

    name = models.CharField("nom", max_length=120, unique=True)
    slug = models.SlugField("identifiant", max_length=120, unique=True)
    need = models.ForeignKey(
        Need,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="besoin du catalogue",
        help_text="Laisser vide pour un thème qui n'est pas un outil (RGPD, posture, matériel, financement…).",
    )

    class Meta:
        verbose_name = "thème"
        verbose_name_plural = "thèmes"
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class Choice(RefuseDeletionOnceAnswered, models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices", verbose_name="question")
    label = models.CharField("libellé", max_length=200)
    position = models.PositiveSmallIntegerField("ordre", default=0)
    themes = models.ManyToManyField(Theme, blank=True, related_name="choices", verbose_name="thèmes")
    # Moved by every edit of its texts (the builder's services, the admin), never by a move (`position`
    # only): the builder's edit form checks it (optimistic lock).
    version = models.PositiveIntegerField("version", default=1, editable=False)

    class Meta:
        verbose_name = "choix"
        verbose_name_plural = "choix"
        ordering = ["position", "pk"]

    def __str__(self):
        return f"{self.question.text} → {self.label}"

    def clean(self):
        if not self.question_id:
            return
        if self.question.kind not in Question.CHOICE_KINDS:
            raise ValidationError("Seules les questions à choix unique ou multiples ont des choix.")
        if self.pk is None:
            return
        original = Choice.objects.filter(pk=self.pk).values_list("question_id", flat=True).first()
        if original is not None and original != self.question_id:
            count = Response.objects.filter(survey_id=self.question.survey_id).count()
            if count:
                raise ValidationError(
                    {
                        "question": LOCKED_EXPLANATION.format(
                            count=count, what="déplacer un choix vers une autre question"
                        )
                    }
                )

    def deletion_refusal(self):
        count = Response.objects.filter(survey_id=self.question.survey_id).count()
        if count:
            return LOCKED_EXPLANATION.format(count=count, what=f"supprimer le choix « {self.label} »")
        return None


class ResponseQuerySet(models.QuerySet):
    def ordered(self):
        """Oldest first (the order of the exports)."""
        return self.order_by("submitted_at", "pk")


class Response(models.Model):
    """One anonymous submission. No IP address, user agent or account is stored."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses", verbose_name="enquête")
    token = models.CharField("jeton d'envoi", max_length=64, editable=False)
    submitted_at = models.DateTimeField("envoyée le", default=timezone.now)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = "réponse"
        verbose_name_plural = "réponses"
        ordering = ["submitted_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["token"], name="unique_response_token")]
        indexes = [models.Index(fields=["survey", "submitted_at"], name="response_survey_date")]

    def __str__(self):
        return f"Réponse n° {self.pk} à « {self.survey} »"


class Answer(models.Model):
    """The answer of one response to one question.

    - choice questions: the selected choices are AnswerChoice rows; `text` holds the "Autre" text;
    - scale and number: `number`; yes/no: `boolean`; texts and commune/postal code: `text`;
    - tools: AnswerTool rows; `text` holds the "Autre" text.
    """

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers", verbose_name="réponse")
    # RESTRICT: a question with answers cannot be deleted alone, but deleting the whole survey may.
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="answers", verbose_name="question")
    text = models.TextField("texte", blank=True, default="")
    number = models.IntegerField("nombre", null=True, blank=True)
    boolean = models.BooleanField("oui / non", null=True, blank=True)

    class Meta:
        verbose_name = "réponse à une question"
        verbose_name_plural = "réponses aux questions"
        ordering = ["response", "question__position", "question"]
        constraints = [models.UniqueConstraint(fields=["response", "question"], name="unique_answer_per_question")]
        indexes = [models.Index(fields=["question", "number"], name="answer_question_number")]

    def __str__(self):
        return f"{self.question} : {self.text or self.number or self.boolean}"


class AnswerChoice(models.Model):
    """A choice selected in an answer (response and question repeated for aggregation)."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="selected", verbose_name="réponse")
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="+")
    choice = models.ForeignKey(Choice, on_delete=models.RESTRICT, related_name="selections", verbose_name="choix")

    class Meta:
        verbose_name = "choix sélectionné"
        verbose_name_plural = "choix sélectionnés"
        ordering = ["answer", "choice__position", "choice"]
        constraints = [models.UniqueConstraint(fields=["answer", "choice"], name="unique_choice_per_answer")]
        indexes = [
            models.Index(fields=["choice", "response"], name="answerchoice_choice_response"),
            models.Index(fields=["question", "choice"], name="answerchoice_question_choice"),
        ]

    def __str__(self):
        return str(self.choice_id)


class AnswerTool(models.Model):
    """A catalogue product or free tool named in an answer to the tools question."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="tools", verbose_name="réponse")
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="+")
    product = models.ForeignKey(
        ProprietaryProduct, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name="produit"
    )
    tool = models.ForeignKey(
        Tool, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name="outil"
    )

    class Meta:
        verbose_name = "outil cité"
        verbose_name_plural = "outils cités"
        ordering = ["answer", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(product__isnull=False) & Q(tool__isnull=True))
                | (Q(product__isnull=True) & Q(tool__isnull=False)),
                name="answertool_product_xor_tool",
            ),
            models.UniqueConstraint(fields=["answer", "product"], name="unique_product_per_answer"),
            models.UniqueConstraint(fields=["answer", "tool"], name="unique_tool_per_answer"),
        ]
        indexes = [models.Index(fields=["question", "product", "tool"], name="answertool_question")]

    def __str__(self):
        return str(self.product_id or self.tool_id)


class WorkshopLinkQuerySet(models.QuerySet):
    def ordered(self):
        """The next or current workshops first, then the most recent ones."""
        return self.order_by("-starts_at", "pk")


class WorkshopLink(models.Model):
    """A time-limited link for answering together in one place (a workshop, a training session).

    Submissions through a valid link are not counted by the per-client rate limit (25 people behind
    one venue's network share one address); the link's own quota limits them instead. The link
    carries an unguessable token; only the number of submissions made through it is kept, never
    which response came through it.
    """

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="workshop_links", verbose_name="enquête")
    label = models.CharField("nom de l'atelier", max_length=120)
    token = models.CharField("jeton", max_length=64, unique=True, editable=False)
    starts_at = models.DateTimeField("valable à partir du")
    ends_at = models.DateTimeField("valable jusqu'au")
    quota = models.PositiveIntegerField("nombre de réponses au plus")
    used = models.PositiveIntegerField("réponses reçues par ce lien", default=0, editable=False)
    revoked_at = models.DateTimeField("révoqué le", null=True, blank=True, editable=False)
    created_at = models.DateTimeField("créé le", auto_now_add=True)

    objects = WorkshopLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "lien d'atelier"
        verbose_name_plural = "liens d'atelier"
        ordering = ["-starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="workshoplink_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(quota__gte=1), name="workshoplink_quota_positive"),
        ]

    def __str__(self):
        return f"{self.label} ({self.survey})"

    def get_absolute_url(self):
        return reverse("surveys:workshop_answer", args=[self.survey.slug, self.token])

    def state(self, now=None):
        """ "revoked", "not_started", "ended", "full" or "valid"."""
        now = now or timezone.now()
        if self.revoked_at:
            return "revoked"
        if now < self.starts_at:
            return "not_started"
        if now >= self.ends_at:
            return "ended"
        if self.used >= self.quota:
            return "full"
        return "valid"

    STATE_LABELS = {
        "revoked": "révoqué",
        "not_started": "pas encore valable",
        "ended": "expiré",
        "full": "quota atteint",
        "valid": "valable",
    }

    @property
    def state_label(self):
        return self.STATE_LABELS[self.state()]


class PinnedQuote(models.Model):
    """A free-text answer a coordinator pins on a theme of the needs board (at most three per theme and
    survey). Shown publicly (restitution) only once `checked`: reread, nothing identifying."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="quotes", verbose_name="enquête")
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="quotes", verbose_name="thème")
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="+", verbose_name="réponse")
    checked = models.BooleanField(
        "relue, publiable", default=False, help_text="Relue : rien ne permet de reconnaître la personne."
    )
    created_at = models.DateTimeField("épinglée le", auto_now_add=True)

    class Meta:
        verbose_name = "citation épinglée"
        verbose_name_plural = "citations épinglées"
        ordering = ["theme", "created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["survey", "theme", "answer"], name="unique_pinned_quote")]

    def __str__(self):
        return f"{self.theme} : {self.answer_id}"


class Restitution(models.Model):
    """ "Ce que vous nous avez dit, ce que nous en faisons": what a closed survey gives back to respondents.

    Only aggregates of the questions a coordinator selects (choice, scale, yes/no questions: never free
    text), the checked quotes when `show_quotes`, the modules and sessions it led to (through the
    "survey_restitution" slot) and the date of the next survey."""

    survey = models.OneToOneField(Survey, on_delete=models.CASCADE, related_name="restitution", verbose_name="enquête")
    introduction = models.TextField("ce que nous en faisons (Markdown)", blank=True)
    questions = models.ManyToManyField(Question, blank=True, related_name="+", verbose_name="résultats montrés")
    show_quotes = models.BooleanField("montrer les citations épinglées et relues", default=False)
    next_survey_on = models.DateField("date de la prochaine enquête", null=True, blank=True)
    is_published = models.BooleanField("publiée", default=False)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    class Meta:
        verbose_name = "restitution"
        verbose_name_plural = "restitutions"

    def __str__(self):
        return f"Restitution de « {self.survey} »"

    def get_absolute_url(self):
        return reverse("surveys:restitution", args=[self.survey.slug])


class OtherMapping(models.Model):
    """An "Autre" text given to the tools question, mapped by a coordinator to a catalogue product or
    tool. Applied when results are computed, so it counts for past and future answers alike."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="other_mappings", verbose_name="question"
    )
    text = models.CharField("texte normalisé", max_length=OTHER_TEXT_MAX)
    product = models.ForeignKey(
        ProprietaryProduct, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name="produit"
    )
    tool = models.ForeignKey(
        Tool, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name="outil libre"
    )

    class Meta:
        verbose_name = "correspondance d'une réponse « Autre »"
        verbose_name_plural = "correspondances des réponses « Autre »"
        ordering = ["question", "text"]
        constraints = [
            models.UniqueConstraint(fields=["question", "text"], name="unique_other_mapping"),
            models.CheckConstraint(
                condition=(Q(product__isnull=False) & Q(tool__isnull=True))
                | (Q(product__isnull=True) & Q(tool__isnull=False)),
                name="othermapping_product_xor_tool",
            ),
        ]

    def __str__(self):
        return self.text
