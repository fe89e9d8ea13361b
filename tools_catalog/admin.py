"""Coordinators manage the catalogue here; every change is kept in the auditlog history."""

from auditlog.mixins import AuditlogHistoryAdminMixin
from django.contrib import admin
from django.db import models
from django.db.models import Count

from core.forms import HttpsURLField
from tools_catalog.models import Equivalence, Guide, Hoster, Need, ProprietaryProduct, Tool

URL_FIELD = {models.URLField: {"form_class": HttpsURLField}}


class HistoryAdmin(AuditlogHistoryAdminMixin, admin.ModelAdmin):
    """Adds the "Journal des modifications" page of each object (who changed what, when)."""

    show_auditlog_history_link = True
    formfield_overrides = URL_FIELD


class EquivalenceFromProductInline(admin.StackedInline):
    model = Equivalence
    fk_name = "product"
    extra = 0
    autocomplete_fields = ["tool"]
    verbose_name = "alternative libre"
    verbose_name_plural = "alternatives libres"
    fields = [("tool", "coverage", "migration_effort"), "losses", "gains", "migration_steps", "cost_note"]


class EquivalenceFromToolInline(EquivalenceFromProductInline):
    fk_name = "tool"
    autocomplete_fields = ["product"]
    verbose_name = "produit propriétaire remplacé"
    verbose_name_plural = "produits propriétaires remplacés"
    fields = [("product", "coverage", "migration_effort"), "losses", "gains", "migration_steps", "cost_note"]


@admin.register(Need)
class NeedAdmin(HistoryAdmin):
    list_display = ["name", "slug", "position", "tool_count"]
    list_editable = ["position"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_tools=Count("tools", distinct=True))

    @admin.display(description="outils", ordering="n_tools")
    def tool_count(self, obj):
        return obj.n_tools


@admin.register(Hoster)
class HosterAdmin(HistoryAdmin):
    list_display = ["name", "url", "is_chatons_member"]
    list_filter = ["is_chatons_member"]
    search_fields = ["name", "description", "url"]


@admin.register(Tool)
class ToolAdmin(HistoryAdmin):
    list_display = ["name", "licence", "access", "cost_model", "ease", "is_published", "updated_at"]
    list_filter = ["is_published", "access", "cost_model", "ease", "available_in_french", "needs", "hosters"]
    search_fields = ["name", "slug", "summary", "licence", "search_text"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["needs", "hosters"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [EquivalenceFromToolInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "description", "is_published"]}),
        (
            "Caractéristiques",
            {"fields": ["licence", "access", "platforms", "cost_model", "ease", "available_in_french"]},
        ),
        ("Liens", {"fields": ["website", "source_url"]}),
        ("Classement", {"fields": ["needs", "tags"]}),
        ("Où l'utiliser, données", {"fields": ["hosters", "privacy_notes"]}),
        ("Dates", {"fields": ["created_at", "updated_at"]}),
    ]


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
    list_display = ["product", "tool", "coverage", "migration_effort", "updated_at"]
    list_filter = ["coverage", "migration_effort", "product__needs"]
    search_fields = ["product__name", "product__aliases", "tool__name"]
    autocomplete_fields = ["product", "tool"]
    list_select_related = ["product", "tool"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(Guide)
class GuideAdmin(HistoryAdmin):
    list_display = ["title", "position", "is_published", "updated_at"]
    list_editable = ["position"]
    list_filter = ["is_published"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at"]
