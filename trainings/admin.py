"""The trainings admin: one more caller of trainings.services, so its rules hold here too.

- A session is created, changed and cancelled through the services: a change of date, place, link
  or status e-mails the registrants an .ics of the same UID with a higher SEQUENCE, more places
  confirm the first people waiting, choosing "Annulée" (with a message) cancels with its e-mails.
- A registration's status and session are read-only; the action "Annuler" cancels through the
  service (the freed place goes to the first person waiting); deleting also promotes.
- Registrations are not added here: the coordinators' page "Inscrire une personne" (linked from
  each session) calls registration_create with the colleague's consent and French messages next to
  the fields; a second form for the same act would be a second place to keep right.
"""

from auditlog.mixins import AuditlogHistoryAdminMixin
from django import forms
from django.contrib import admin, messages
from django.db import models
from django.urls import reverse
from django.utils.html import format_html

from core.admin import ServiceAdminMixin, adopt
from core.forms import HttpsURLField, https_urls
from trainings import services
from trainings.forms import SessionRulesMixin
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

    def save_model(self, request, obj, form, change):
        # A save here moves the version: a coordinators' form opened before it answers 409, with the values.
        if change:
            obj.version += 1
        super().save_model(request, obj, form, change)


class RegistrationInline(admin.TabularInline):
    """Who is registered, read-only: statuses change through the services only."""

    model = Registration
    extra = 0
    fields = ["first_name", "last_name", "email", "organisation", "status", "created_at"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


class SessionAdminForm(SessionRulesMixin, forms.ModelForm):
    """The same checks as the coordinators' form; "Annulée" needs a message and no other change."""

    class Meta:
        model = Session
        fields = list(services.SESSION_FIELDS)
        formfield_callback = https_urls

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        if status is None:
            return
        if self.instance.pk is None:
            status.choices = [choice for choice in status.choices if choice[0] != Session.Status.CANCELLED]
        else:
            status.help_text = (
                "Choisir « Annulée » annule la session : écrivez le message d'annulation, il est envoyé "
                "aux personnes inscrites avec l'annulation pour leur agenda."
            )

    def clean(self):
        cleaned = super().clean()
        cancelling = (
            self.instance.pk is not None
            and not self.instance.is_cancelled
            and cleaned.get("status") == Session.Status.CANCELLED
        )
        if cancelling:
            if not (cleaned.get("cancellation_message") or "").strip():
                self.add_error(
                    "cancellation_message", "Écrivez le message envoyé aux personnes inscrites avec l'annulation."
                )
            if set(self.changed_data) - {"status", "cancellation_message"}:
                self.add_error(
                    "status",
                    "Annulez la session sans changer d'autres champs en même temps : les personnes inscrites "
                    "recevraient l'annulation d'un rendez-vous qu'elles ne connaissent pas.",
                )
        return cleaned


@admin.register(Session)
class SessionAdmin(ServiceAdminMixin, AuditlogHistoryAdminMixin, admin.ModelAdmin):
    form = SessionAdminForm
    service_refusals = (services.SessionError,)
    show_auditlog_history_link = True
    formfield_overrides = {models.URLField: {"form_class": HttpsURLField}}
    list_display = ["training", "start", "venue_name", "commune", "capacity", "status", "sequence"]
    list_filter = ["status", "training", "commune"]
    search_fields = ["training__title", "venue_name", "address"]
    date_hierarchy = "start"
    autocomplete_fields = ["training", "commune", "host"]
    readonly_fields = ["links", "sequence", "cancelled_at", "created_at", "updated_at"]
    inlines = [RegistrationInline]

    @admin.display(description="pages des coordinateurs")
    def links(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return format_html(
            '<a href="{}">Inscrits et présences</a> · <a href="{}">Inscrire une personne</a>',
            reverse("trainings:session_registrations", args=[obj.pk]),
            reverse("trainings:registration_add", args=[obj.pk]),
        )

    def get_exclude(self, request, obj=None):
        # A new session is not cancelled: no cancellation message to write.
        return ["cancellation_message"] if obj is None else []

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.is_cancelled:
            # As on the coordinators' pages: a cancelled session is duplicated, not moved or reopened.
            fields += [name for name in services.SESSION_FIELDS if name != "cancellation_message"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            adopt(obj, services.session_create(**form.session_values()))
            return
        if "status" in form.changed_data and form.cleaned_data["status"] == Session.Status.CANCELLED:
            notified = services.session_cancel(session=obj, message=form.cleaned_data["cancellation_message"])
            saved = Session.objects.get(pk=obj.pk)
        else:
            saved, notified = services.session_update(session=obj, fields=form.session_values(changed_only=True))
        adopt(obj, saved)
        if notified:
            self.message_user(request, f"{len(notified)} personne(s) inscrite(s) prévenue(s) par courriel.")

    def has_delete_permission(self, request, obj=None):
        # Registrants must be told: a session with registrations is cancelled, not deleted.
        if obj is not None and obj.registrations.exists():
            return False
        return super().has_delete_permission(request, obj)


class RegistrationAdminForm(forms.ModelForm):
    """Only the person's identity can be corrected here; the address stays unique in the session."""

    class Meta:
        model = Registration
        fields = list(services.IDENTITY_FIELDS)

    def clean_email(self):
        email = services.normalise_email(self.cleaned_data["email"])
        registration = self.instance
        if registration.pk and registration.status != Registration.Status.CANCELLED:
            taken = (
                Registration.objects.active()
                .filter(session_id=registration.session_id, email__iexact=email)
                .exclude(pk=registration.pk)
                .exists()
            )
            if taken:
                raise forms.ValidationError("Cette adresse est déjà inscrite à cette session.")
        return email


@admin.register(Registration)
class RegistrationAdmin(ServiceAdminMixin, AuditlogHistoryAdminMixin, admin.ModelAdmin):
    form = RegistrationAdminForm
    service_refusals = (services.RegistrationError,)
    list_display = ["last_name", "first_name", "email", "session", "status", "created_at"]
    list_filter = ["status", "session__training"]
    list_select_related = ["session__training"]
    search_fields = ["last_name", "first_name", "email", "organisation"]
    readonly_fields = [
        "session", "status", "hold_expires_at", "queue_number", "consent", "registered_by", "token",
        "created_at", "updated_at", "cancelled_at", "anonymised_at",
    ]  # fmt: skip
    actions = ["cancel_registrations"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.anonymised_at is not None:
            return False
        return super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        fields = {name: form.cleaned_data[name] for name in form.changed_data if name in services.IDENTITY_FIELDS}
        if fields:
            adopt(obj, services.registration_update(registration=obj, fields=fields))

    def delete_model(self, request, obj):
        services.registration_delete(registration=obj)

    def delete_queryset(self, request, queryset):
        for registration in queryset.order_by("pk"):
            services.registration_delete(registration=registration)

    @admin.action(
        description="Annuler les inscriptions choisies (la place va à la liste d'attente)", permissions=["change"]
    )
    def cancel_registrations(self, request, queryset):
        promoted = []
        for registration in queryset.order_by("pk"):
            promoted += services.registration_cancel(registration=registration)
        text = "Inscriptions annulées ; les personnes sont prévenues par courriel."
        if promoted:
            text += f" {len(promoted)} personne(s) passent de la liste d'attente aux confirmés."
        self.message_user(request, text, messages.SUCCESS)
