from auditlog.mixins import AuditlogHistoryAdminMixin
from django.contrib import admin
from django.db import models

from core.forms import HttpsURLField
from trainings import services
from trainings.models import Registration, Session, Training


@admin.register(Training)
class TrainingAdmin(AuditlogHistoryAdminMixin, admin.ModelAdmin):
    show_auditlog_history_link = True
    list_display = ["title", "format", "duration", "is_published"]
    list_filter = ["format", "is_published"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["needs", "tools", "organisers", "speakers"]
    readonly_fields = ["created_at", "updated_at"]


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    fields = ["first_name", "last_name", "email", "organisation", "status", "created_at"]
    readonly_fields = ["created_at"]
    show_change_link = True


@admin.register(Session)
class SessionAdmin(AuditlogHistoryAdminMixin, admin.ModelAdmin):
    show_auditlog_history_link = True
    formfield_overrides = {models.URLField: {"form_class": HttpsURLField}}
    list_display = ["training", "start", "venue_name", "commune", "capacity", "status", "sequence"]
    list_filter = ["status", "training", "commune"]
    search_fields = ["training__title", "venue_name", "address"]
    date_hierarchy = "start"
    autocomplete_fields = ["training", "commune", "host"]
    readonly_fields = ["sequence", "cancelled_at", "created_at", "updated_at"]
    inlines = [RegistrationInline]


@admin.register(Registration)
class RegistrationAdmin(AuditlogHistoryAdminMixin, admin.ModelAdmin):
    list_display = ["last_name", "first_name", "email", "session", "status", "created_at"]
    list_filter = ["status", "session__training"]
    search_fields = ["last_name", "first_name", "email", "organisation"]
    autocomplete_fields = ["session", "registered_by"]
    readonly_fields = ["token", "created_at", "updated_at", "cancelled_at", "anonymised_at"]
    actions = ["cancel_registrations"]

    @admin.action(description="Annuler les inscriptions choisies (la place va à la liste d'attente)")
    def cancel_registrations(self, request, queryset):
        for registration in queryset:
            services.registration_cancel(registration=registration)
