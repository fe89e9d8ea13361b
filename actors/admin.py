from auditlog.mixins import AuditlogHistoryAdminMixin
from django.contrib import admin

from actors.models import Actor, Commune, ErrorReport, Service


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Commune)
class CommuneAdmin(admin.ModelAdmin):
    list_display = ["name", "postal_code", "insee_code"]
    search_fields = ["name", "postal_code", "insee_code"]


class ErrorReportInline(admin.TabularInline):
    model = ErrorReport
    extra = 0
    fields = ["created_at", "message", "handled_at", "handled_by"]
    readonly_fields = ["created_at", "message", "handled_at", "handled_by"]
    can_delete = False
    show_change_link = True


@admin.register(Actor)
class ActorAdmin(AuditlogHistoryAdminMixin, admin.ModelAdmin):
    show_auditlog_history_link = True
    list_display = ["name", "acronym", "kind", "commune", "is_published", "verified_on"]
    list_filter = ["kind", "is_published", "services", "serves_whole_departement", "verified_on"]
    search_fields = ["name", "acronym", "summary", "commune", "siret", "rna"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["tools", "needs", "communes_served", "verified_by"]
    filter_horizontal = ["services"]
    readonly_fields = ["version", "created_at", "updated_at"]
    inlines = [ErrorReportInline]


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    list_display = ["actor", "created_at", "handled_at"]
    list_filter = [("handled_at", admin.EmptyFieldListFilter)]
    search_fields = ["actor__name", "message"]
    autocomplete_fields = ["actor", "handled_by"]
    readonly_fields = ["created_at"]
