"""Coordinators build surveys here: sections and questions inline, choices inline on each question.

Once a survey has responses, removing or retyping a question or a choice is refused with an
explanation (the model's clean() and the formsets below); wording fixes and new optional questions
stay possible, and the action "Dupliquer" starts a new version.
"""

from auditlog.registry import auditlog
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html

from core.admin import OpenedVersionForm, ServiceAdminMixin, adopt
from surveys import services
from surveys.models import LOCKED_EXPLANATION, Choice, Question, Response, Restitution, Section, Survey, Theme
from surveys.services import duplicate_survey

STALE_MESSAGE = (
    "Cette enquête a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. "
    "Rechargez la page pour voir sa version actuelle : vos changements n'ont pas été enregistrés."
)


def _survey_of(instance):
    if isinstance(instance, Survey):
        return instance
    if isinstance(instance, Question):
        return instance.survey if instance.survey_id else None
    return None


class MovesVersionsAdmin:
    """Sections, questions and choices saved here (page or inline) move their `version`, like the
    builder's services: a builder form opened before this save then answers 409 instead of overwriting it."""

    def save_model(self, request, obj, form, change):
        if change and form.has_changed():
            obj.version = services.next_version(instance=obj)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for inline in formset.forms:
            if not hasattr(inline, "cleaned_data") or inline.cleaned_data.get("DELETE"):
                continue
            if inline.instance.pk and hasattr(inline.instance, "version") and inline.has_changed():
                inline.instance.version = services.next_version(instance=inline.instance)
        super().save_formset(request, form, formset, change)


class LockedDeletionFormSet(BaseInlineFormSet):
    """Refuses deleting questions or choices of a survey that already has responses."""

    what = "supprimer une question"

    def clean(self):
        super().clean()
        survey = _survey_of(self.instance)
        if survey is None or survey.pk is None:
            return
        deleted = [form for form in self.deleted_forms if form.instance.pk]
        if deleted:
            count = Response.objects.filter(survey=survey).count()
            if count:
                raise ValidationError(LOCKED_EXPLANATION.format(count=count, what=self.what))


class QuestionFormSet(LockedDeletionFormSet):
    what = "supprimer une question"


class ChoiceFormSet(LockedDeletionFormSet):
    what = "supprimer un choix"


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0
    fields = ["position", "title", "description"]


class QuestionInline(admin.StackedInline):
    model = Question
    formset = QuestionFormSet
    extra = 0
    show_change_link = True
    fields = [
        ("position", "section"),
        "text",
        "help_text",
        ("kind", "required", "has_other"),
        ("scale_min_label", "scale_max_label"),
        ("min_value", "max_value"),
        "show_if_choice",
    ]
    autocomplete_fields = ["show_if_choice"]
    verbose_name_plural = "questions (les choix se règlent sur la page de chaque question : lien « Modifier »)"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        survey_id = request.resolver_match.kwargs.get("object_id") if request.resolver_match else None
        if db_field.name == "section":
            kwargs["queryset"] = Section.objects.filter(survey_id=survey_id).order_by("position", "pk")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class SurveyAdminForm(OpenedVersionForm):
    """Carries the version the page was opened at, like the builder's settings form (optimistic locking)."""

    stale_message = STALE_MESSAGE

    class Meta:
        model = Survey
        fields = services.SURVEY_FIELDS

    def survey_data(self):
        return {name: self.cleaned_data[name] for name in services.SURVEY_FIELDS if name in self.cleaned_data}


class SurveyStale(Exception):
    message = STALE_MESSAGE


@admin.register(Survey)
class SurveyAdmin(MovesVersionsAdmin, ServiceAdminMixin, admin.ModelAdmin):
    form = SurveyAdminForm
    service_refusals = (SurveyStale,)
    list_display = ["title", "status", "opens_at", "closes_at", "response_count", "links"]
    list_filter = ["status"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [SectionInline, QuestionInline]
    actions = ["duplicate"]
    readonly_fields = ["links"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", ("opens_at", "closes_at"), "links", "opened_version"]}),
        ("Textes", {"fields": ["introduction", "thank_you_message", "privacy_notice"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_responses=Count("responses"))

    @admin.display(description="réponses", ordering="_responses")
    def response_count(self, obj):
        return getattr(obj, "_responses", None)

    @admin.display(description="liens")
    def links(self, obj):
        if not obj.pk:
            return "—"
        return format_html(
            '<a href="{}">Aperçu (comme les répondants)</a> · <a href="{}">Résultats</a>',
            obj.get_absolute_url(),
            reverse("surveys:survey_results", args=[obj.slug]),
        )

    def save_model(self, request, obj, form, change):
        # Through the services: the version moves (a coordinator's open settings form then answers 409),
        # and a save over someone else's newer one is refused.
        if change:
            try:
                saved = services.survey_update(
                    survey=obj, data=form.survey_data(), version=form.cleaned_data["opened_version"]
                )
            except services.StaleVersionError:  # a save between the form's check and the lock
                raise SurveyStale from None
        else:
            saved = services.survey_create(data=form.survey_data())
        adopt(obj, saved)

    @admin.action(description="Dupliquer (nouvelle version en brouillon, sans réponses)")
    def duplicate(self, request, queryset):
        for survey in queryset.order_by("pk"):
            copy = duplicate_survey(survey=survey)
            self.message_user(
                request, f"« {survey} » dupliquée : « {copy} » ({copy.slug}), en brouillon.", messages.SUCCESS
            )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        survey = self.get_object(request, object_id)
        if survey is not None and request.method == "GET":
            count = Response.objects.filter(survey=survey).count()
            if count:
                self.message_user(
                    request,
                    f"Cette enquête a déjà {count} réponse(s) : vous pouvez corriger la formulation et ajouter "
                    "des questions facultatives, mais pas supprimer ni changer le type d'une question ou d'un choix. "
                    "Pour cela, utilisez l'action « Dupliquer » et modifiez la nouvelle version.",
                    messages.WARNING,
                )
        return super().change_view(request, object_id, form_url, extra_context)


class ChoiceInline(admin.TabularInline):
    model = Choice
    formset = ChoiceFormSet
    extra = 0
    fields = ["position", "label"]


@admin.register(Question)
class QuestionAdmin(MovesVersionsAdmin, admin.ModelAdmin):
    list_display = ["text", "survey", "position", "kind", "required"]
    list_filter = ["kind", "required", "survey"]
    search_fields = ["text", "survey__title"]
    list_select_related = ["survey"]
    autocomplete_fields = ["survey", "show_if_choice"]
    inlines = [ChoiceInline]
    ordering = ["survey", "position", "pk"]

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.deletion_refusal():
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        for question in queryset:
            refusal = question.deletion_refusal()
            if refusal:
                self.message_user(request, refusal, messages.ERROR)
                return
        super().delete_queryset(request, queryset)


@admin.register(Choice)
class ChoiceAdmin(MovesVersionsAdmin, admin.ModelAdmin):
    list_display = ["label", "question", "position"]
    search_fields = ["label", "question__text", "question__survey__title"]
    list_select_related = ["question"]
    ordering = ["question", "position", "pk"]

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.deletion_refusal():
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        for choice in queryset.select_related("question"):
            refusal = choice.deletion_refusal()
            if refusal:
                self.message_user(request, refusal, messages.ERROR)
                return
        super().delete_queryset(request, queryset)


@admin.register(Response)
class ResponseAdmin(admin.ModelAdmin):
    """Read-only: responses are anonymous; a coordinator may delete spam."""

    list_display = ["pk", "survey", "submitted_at"]
    list_filter = ["survey"]
    date_hierarchy = "submitted_at"
    search_fields = ["survey__title"]
    list_select_related = ["survey"]
    readonly_fields = ["survey", "submitted_at"]
    fields = ["survey", "submitted_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


auditlog.register(Survey)
auditlog.register(Section, exclude_fields=["version"])
auditlog.register(Question, exclude_fields=["version"])
auditlog.register(Choice, exclude_fields=["version"])


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    """Coordinators use the front-end page (/enquetes/gestion/themes/); kept here for superusers."""

    list_display = ["name", "need"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


auditlog.register(Theme)
auditlog.register(Restitution, m2m_fields={"questions"})
