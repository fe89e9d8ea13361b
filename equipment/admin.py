"""Admin of the equipment app, a last resort: it uses the coordinators' forms and saves through
equipment.services, so the version the front-end pages lock on moves on every path, and a save over
someone else's newer one is refused with a French message (the input stays on the page)."""

from django import forms
from django.contrib import admin
from django.db import models

from core.admin import ServiceAdminMixin, adopt
from core.forms import HttpsURLField
from equipment import services
from equipment.forms import FundingSchemeForm, OfferForm, ReferencePriceForm
from equipment.models import FundingScheme, Offer, ReferencePrice

STALE_MESSAGE = services.StaleVersionError.message


def admin_form(form_class):
    """The front-end form, with the stale check made before the save (the service checks again under its lock)."""

    class AdminForm(form_class):
        def clean(self):
            cleaned = super().clean()
            if self.instance.pk is not None:
                model = type(self.instance)
                current = model.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
                if cleaned.get("version_ouverte") != current:
                    raise forms.ValidationError(STALE_MESSAGE, code="stale")
            return cleaned

    AdminForm.__name__ = f"Admin{form_class.__name__}"
    return AdminForm


class ServiceSavedAdmin(ServiceAdminMixin, admin.ModelAdmin):
    readonly_fields = ["version"]
    formfield_overrides = {models.URLField: {"form_class": HttpsURLField}}
    service_refusals = (services.StaleVersionError,)  # a save between the form's check and the lock

    def save_model(self, request, obj, form, change):
        adopt(obj, services.save_entry(form, version=form.cleaned_data.get("version_ouverte")))

    def save_related(self, request, form, formsets, change):
        # The many-to-many values were saved by the service with the row.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)


@admin.register(Offer)
class OfferAdmin(ServiceSavedAdmin):
    form = admin_form(OfferForm)
    list_display = ["actor", "kind", "price_from", "verified_on", "is_published"]
    list_filter = ["kind", "is_published"]
    actions = ["mark_verified"]

    @admin.action(description="Marquer comme vérifiées aujourd'hui")
    def mark_verified(self, request, queryset):
        for offer in queryset.order_by("pk"):
            services.offer_mark_verified(offer)
        self.message_user(request, "Offres marquées comme vérifiées aujourd'hui.")


@admin.register(ReferencePrice)
class ReferencePriceAdmin(ServiceSavedAdmin):
    form = admin_form(ReferencePriceForm)
    list_display = ["kind", "amount", "observed_on", "source"]


@admin.register(FundingScheme)
class FundingSchemeAdmin(ServiceSavedAdmin):
    form = admin_form(FundingSchemeForm)
    list_display = ["name", "funder", "opens_month", "closes_month", "closes_on", "is_published"]
