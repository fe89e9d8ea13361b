"""Coordinators manage the catalogue here; every change is kept in the auditlog history.

The admin is one more caller of tools_catalog/services.py: saving a tool (licence rule, date of
check), the "checked today" actions and the handling of reports go through it.
"""

from auditlog.mixins import AuditlogHistoryAdminMixin
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count

from core.forms import HttpsURLField, https_urls
from tools_catalog import services
from tools_catalog.licences import validate_licence
from tools_catalog.models import (
    CatalogueReport,
    Equivalence,
    Guide,
    HostedOffer,
    Hoster,
    Need,
    ProprietaryProduct,
    SearchWord,
    Tool,
)

URL_FIELD = {models.URLField: {"form_class": HttpsURLField}}


class HistoryAdmin(AuditlogHistoryAdminMixin, admin.ModelAdmin):
    """Adds the "Journal des modifications" page of each object (who changed what, when)."""

    show_auditlog_history_link = True
    formfield_overrides = URL_FIELD


def mark_checked(modeladmin, request, queryset, *, service):
    """Run `service` on each selected object; say which ones could not be marked (no source)."""
    done, refused = 0, []
    for obj in queryset:
        try:
            service(obj, request.user)
            done += 1
        except ValidationError as error:
            refused.extend(error.messages)
    if done:
        modeladmin.message_user(request, f"{done} élément(s) marqué(s) comme vérifié(s) aujourd'hui.", messages.SUCCESS)
    for message in refused[:10]:
        modeladmin.message_user(request, message, messages.WARNING)


class EquivalenceFromProductInline(admin.StackedInline):
    model = Equivalence
    fk_name = "product"
    extra = 0
    autocomplete_fields = ["tool"]
    verbose_name = "alternative libre"
    verbose_name_plural = "alternatives libres"
    fields = [
        ("tool", "coverage", "migration_effort", "is_published"),
        "losses",
        "gains",
        "migration_steps",
        "cost_note",
        ("evidence_url", "checked_on", "checked_by"),
    ]
    formfield_overrides = URL_FIELD


class EquivalenceFromToolInline(EquivalenceFromProductInline):
    fk_name = "tool"
    autocomplete_fields = ["product"]
    verbose_name = "produit propriétaire remplacé"
    verbose_name_plural = "produits propriétaires remplacés"
    fields = [
        ("product", "coverage", "migration_effort", "is_published"),
        "losses",
        "gains",
        "migration_steps",
        "cost_note",
        ("evidence_url", "checked_on", "checked_by"),
    ]


class HostedOfferInline(admin.StackedInline):
    model = HostedOffer
    extra = 0
    autocomplete_fields = ["hoster"]
    verbose_name = "où l'utiliser sans installer"
    verbose_name_plural = "où l'utiliser sans installer (offres d'hébergement)"
    fields = [
        ("hoster", "url", "position"),
        ("conditions", "caveat"),
        ("status", "status_since", "status_note"),
        ("evidence_url", "checked_on", "checked_by"),
    ]
    formfield_overrides = URL_FIELD


@admin.register(Need)
class NeedAdmin(HistoryAdmin):
    list_display = ["name", "slug", "synonyms", "position", "tool_count"]
    list_editable = ["position"]
    search_fields = ["name", "description", "synonyms"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_tools=Count("tools", distinct=True))

    @admin.display(description="outils", ordering="n_tools")
    def tool_count(self, obj):
        return obj.n_tools


@admin.register(Hoster)
class HosterAdmin(HistoryAdmin):
    list_display = ["name", "url", "is_chatons_member", "closed_on"]
    list_filter = ["is_chatons_member", ("closed_on", admin.EmptyFieldListFilter)]
    search_fields = ["name", "description", "url"]


@admin.register(HostedOffer)
class HostedOfferAdmin(HistoryAdmin):
    list_display = ["tool", "hoster", "status", "checked_on", "checked_by"]
    list_filter = ["status", ("checked_on", admin.EmptyFieldListFilter), "hoster"]
    search_fields = ["tool__name", "hoster__name", "conditions"]
    autocomplete_fields = ["tool", "hoster"]
    list_select_related = ["tool", "hoster"]
    actions = ["mark_checked"]

    @admin.action(description="Marquer comme vérifiées aujourd'hui (source relue)")
    def mark_checked(self, request, queryset):
        mark_checked(self, request, queryset, service=lambda obj, user: services.fact_mark_checked(fact=obj, user=user))


class ToolAdminForm(forms.ModelForm):
    class Meta:
        model = Tool
        fields = "__all__"  # noqa: DJ007 - the admin shows only the fields of ToolAdmin.fieldsets
        formfield_callback = https_urls

    def clean_licence(self):
        licence = self.cleaned_data["licence"].strip()
        validate_licence(licence)  # the full rule: no redundant expression
        return licence


@admin.register(Tool)
class ToolAdmin(HistoryAdmin):
    form = ToolAdminForm
    list_display = ["name", "licence", "licence_checked_on", "maintenance_status", "is_published", "updated_at"]
    list_filter = [
        "is_published",
        "maintenance_status",
        ("licence_checked_on", admin.EmptyFieldListFilter),
        "access",
        "cost_model",
        "ease",
        "available_in_french",
        "needs",
        "hosters",
    ]
    search_fields = ["name", "slug", "summary", "licence", "search_text"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["needs", "successor"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [HostedOfferInline, EquivalenceFromToolInline]
    actions = ["mark_licence_checked"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "description", "is_published"]}),
        (
            "Licence (avec sa preuve)",
            {"fields": ["licence", "licence_evidence_url", ("licence_checked_on", "licence_checked_by")]},
        ),
        (
            "État du projet",
            {"fields": ["maintenance_status", "maintenance_since", "maintenance_note", "successor"]},
        ),
        (
            "Caractéristiques",
            {"fields": ["access", "platforms", "cost_model", "ease", "available_in_french"]},
        ),
        ("Liens", {"fields": ["website", "source_url"]}),
        ("Dans les autres catalogues", {"fields": ["wikidata_id", "framalibre_slug", "sill_id"]}),
        ("Classement", {"fields": ["needs", "tags"]}),
        ("Données", {"fields": ["privacy_notes"]}),
        ("Dates", {"fields": ["created_at", "updated_at"]}),
    ]

    def save_model(self, request, obj, form, change):
        services.tool_save(tool=obj, changed=form.changed_data, user=request.user)

    @admin.action(description="Marquer la licence comme vérifiée aujourd'hui (preuve relue)")
    def mark_licence_checked(self, request, queryset):
        mark_checked(
            self, request, queryset, service=lambda obj, user: services.tool_mark_licence_checked(tool=obj, user=user)
        )


@admin.register(ProprietaryProduct)
class ProprietaryProductAdmin(HistoryAdmin):
    list_display = ["name", "vendor", "business_model", "is_published", "updated_at"]
    list_filter = ["is_published", "business_model", "needs"]
    search_fields = ["name", "slug", "aliases", "vendor", "search_text"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["needs"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [EquivalenceFromProductInline]


@admin.register(Equivalence)
class EquivalenceAdmin(HistoryAdmin):
    list_display = ["product", "tool", "coverage", "migration_effort", "is_published", "checked_on", "updated_at"]
    list_filter = [
        "is_published",
        ("checked_on", admin.EmptyFieldListFilter),
        "coverage",
        "migration_effort",
        "product__needs",
    ]
    search_fields = ["product__name", "product__aliases", "tool__name"]
    autocomplete_fields = ["product", "tool"]
    list_select_related = ["product", "tool"]
    readonly_fields = ["proposed_by", "reviewed_by", "reviewed_at", "created_at", "updated_at"]
    actions = ["mark_checked"]

    @admin.action(description="Marquer comme vérifiées aujourd'hui (source relue)")
    def mark_checked(self, request, queryset):
        mark_checked(self, request, queryset, service=lambda obj, user: services.fact_mark_checked(fact=obj, user=user))


@admin.register(CatalogueReport)
class CatalogueReportAdmin(admin.ModelAdmin):
    """Reports are handled on the coordinators' page (/outils/coordination/signalements/); here, read-only."""

    list_display = ["created_at", "target", "kind", "status", "handled_at"]
    list_filter = ["status", "kind"]
    list_select_related = ["tool", "product", "equivalence__product", "equivalence__tool"]
    readonly_fields = [
        "tool",
        "product",
        "equivalence",
        "kind",
        "message",
        "contact_email",
        "created_at",
        "status",
        "handled_at",
        "handled_by",
        "resolution",
    ]

    def has_add_permission(self, request):
        return False


@admin.register(SearchWord)
class SearchWordAdmin(admin.ModelAdmin):
    """Read-only: the table is derived from the catalogue (manage.py rebuild_search_words)."""

    list_display = ["word", "label", "weight"]
    search_fields = ["word"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Guide)
class GuideAdmin(HistoryAdmin):
    list_display = ["title", "position", "is_published", "updated_at"]
    list_editable = ["position"]
    list_filter = ["is_published"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at"]
