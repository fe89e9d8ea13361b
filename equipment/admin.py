from django.contrib import admin
from django.db import models

from core.forms import HttpsURLField
from equipment.models import FundingScheme, Offer, ReferencePrice


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["actor", "kind", "price_from", "verified_on", "is_published"]
    list_filter = ["kind", "is_published"]
    readonly_fields = ["version"]
    formfield_overrides = {models.URLField: {"form_class": HttpsURLField}}


@admin.register(ReferencePrice)
class ReferencePriceAdmin(admin.ModelAdmin):
    list_display = ["kind", "amount", "observed_on", "source"]
    readonly_fields = ["version"]
    formfield_overrides = {models.URLField: {"form_class": HttpsURLField}}


@admin.register(FundingScheme)
class FundingSchemeAdmin(admin.ModelAdmin):
    list_display = ["name", "funder", "opens_month", "closes_month", "closes_on", "is_published"]
    filter_horizontal = ["communes"]
    readonly_fields = ["version"]
    formfield_overrides = {models.URLField: {"form_class": HttpsURLField}}
