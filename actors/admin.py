"""The actors admin: one more caller of actors.services.

Saving an actor here goes through actor_create / actor_update, so the version the coordinators'
front-end form checks moves (a form opened before this save answers 409), and the admin form
carries its own version: a save over someone else's newer one is refused with a French message.
Kinds of service save here directly, but move their version too (the coordinators' services page
checks it). Verification and publication are actions calling their services; error reports are read-only and
marked handled through error_report_mark_handled (which erases the optional e-mail address).
"""

from auditlog.mixins import AuditlogHistoryAdminMixin
from django.contrib import admin, messages
from django.db import models

from actors import services
from actors.models import Actor, Commune, ErrorReport, Service
from core.admin import OpenedVersionForm, ServiceAdminMixin, adopt
from core.forms import HttpsURLField, https_urls

STALE_MESSAGE = (
    "Quelqu'un a enregistré cette fiche depuis que vous l'avez ouverte : rien n'a été enregistré. "
    "Rechargez la page pour voir ses modifications, puis refaites les vôtres."
)


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["version"]

    def save_model(self, request, obj, form, change):
        # The page and the list's "ordre" column save here: the version moves, so a coordinator's
        # form opened before this save answers 409 instead of overwriting it.
        if change and form.has_changed():
            obj.version = services.bump_service_version(service=obj)
        super().save_model(request, obj, form, change)


@admin.register(Commune)
class CommuneAdmin(admin.ModelAdmin):
    list_display = ["name", "postal_codes", "insee_code", "epci_name"]
    search_fields = ["name", "postal_codes", "insee_code", "epci_name"]


class ErrorReportInline(admin.TabularInline):
    model = ErrorReport
    extra = 0
    fields = ["created_at", "message", "handled_at", "handled_by"]
    readonly_fields = ["created_at", "message", "handled_at", "handled_by"]
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


class ActorAdminForm(OpenedVersionForm):
    """Carries the version the page was opened at, like the front-end form (optimistic locking)."""

    stale_message = STALE_MESSAGE

    class Meta:
        model = Actor
        fields = [*services.ACTOR_FIELDS, *services.ACTOR_RELATIONS]
        formfield_callback = https_urls

    def actor_data(self):
        names = set(services.ACTOR_FIELDS) | set(services.ACTOR_RELATIONS)
        return {name: value for name, value in self.cleaned_data.items() if name in names}


@admin.register(Actor)
class ActorAdmin(ServiceAdminMixin, AuditlogHistoryAdminMixin, admin.ModelAdmin):
    form = ActorAdminForm
    service_refusals = (services.StaleVersionError,)
    formfield_overrides = {models.URLField: {"form_class": HttpsURLField}}
    show_auditlog_history_link = True
    list_display = ["name", "acronym", "kind", "commune", "is_published", "verified_on"]
    list_filter = ["kind", "is_published", "services", "serves_whole_departement", "verified_on"]
    search_fields = ["name", "acronym", "summary", "commune", "siret", "rna"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["tools", "needs", "communes_served"]
    filter_horizontal = ["services"]
    readonly_fields = ["version", "verified_on", "verified_by", "created_at", "updated_at"]
    inlines = [ErrorReportInline]
    actions = ["mark_verified", "hide", "publish"]

    def save_model(self, request, obj, form, change):
        if change:
            saved = services.actor_update(
                actor=obj, data=form.actor_data(), version=form.cleaned_data["opened_version"]
            )
        else:
            saved = services.actor_create(data=form.actor_data(), user=request.user)
        adopt(obj, saved)

    def save_related(self, request, form, formsets, change):
        # The many-to-many values were saved by the service, under the actor's lock.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    @admin.action(description="Marquer comme vérifiés aujourd'hui")
    def mark_verified(self, request, queryset):
        for actor in queryset.order_by("pk"):
            services.actor_mark_verified(actor=actor, user=request.user)
        self.message_user(request, "Fiches marquées comme vérifiées aujourd'hui.", messages.SUCCESS)

    @admin.action(description="Masquer (la fiche est conservée)")
    def hide(self, request, queryset):
        for actor in queryset.order_by("pk"):
            services.actor_set_published(actor=actor, published=False)
        self.message_user(request, "Fiches masquées : seuls les coordinateurs les voient.", messages.SUCCESS)

    @admin.action(description="Publier de nouveau")
    def publish(self, request, queryset):
        for actor in queryset.order_by("pk"):
            services.actor_set_published(actor=actor, published=True)
        self.message_user(request, "Fiches de nouveau visibles du public.", messages.SUCCESS)


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    """Reports come from the public form; coordinators read them and mark them handled (action)."""

    list_display = ["actor", "created_at", "handled_at"]
    list_filter = [("handled_at", admin.EmptyFieldListFilter)]
    list_select_related = ["actor"]
    search_fields = ["actor__name", "message"]
    fields = ["actor", "message", "contact_email", "created_at", "handled_at", "handled_by"]
    readonly_fields = fields
    actions = ["mark_handled"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # A report's page is read-only (the list keeps the action, which needs the change permission).
        return obj is None and super().has_change_permission(request)

    @admin.action(description="Marquer comme traités (efface le courriel de contact)", permissions=["change"])
    def mark_handled(self, request, queryset):
        for report in queryset.order_by("pk"):
            services.error_report_mark_handled(report=report, user=request.user)
        self.message_user(request, "Signalements marqués comme traités.", messages.SUCCESS)
