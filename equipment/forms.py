"""Coordinators' forms for offers, reference prices and funding schemes (French messages)."""

from django import forms

from actors.fields import CommunesServedField
from actors.models import Actor, Commune
from core.forms import https_urls
from equipment.models import FundingScheme, Offer, ReferencePrice


class VersionedForm(forms.ModelForm):
    """Carries the row's version when the form was opened (optimistic lock, equipment.services)."""

    version_ouverte = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("version_ouverte", self.instance.version)


def _not_negative(form, name):
    value = form.cleaned_data.get(name)
    if value is not None and value < 0:
        raise forms.ValidationError("Le prix ne peut pas être négatif.")
    return value


class OfferForm(VersionedForm):
    class Meta:
        model = Offer
        fields = [
            "actor",
            "kind",
            "price_from",
            "warranty_months",
            "system_installed",
            "note",
            "verified_on",
            "is_published",
        ]
        widgets = {"verified_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actor"].queryset = Actor.objects.order_by("name").only("pk", "name", "acronym")
        self.fields["price_from"].min_value = None  # our message, next to the field

    def clean_price_from(self):
        return _not_negative(self, "price_from")


class ReferencePriceForm(VersionedForm):
    class Meta:
        model = ReferencePrice
        formfield_callback = https_urls
        fields = ["kind", "amount", "observed_on", "source", "source_url"]
        widgets = {"observed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def clean_amount(self):
        return _not_negative(self, "amount")


class FundingSchemeForm(VersionedForm):
    class Meta:
        model = FundingScheme
        formfield_callback = https_urls
        fields = [
            "name",
            "slug",
            "funder",
            "funder_kind",
            "purpose",
            "opens_month",
            "closes_month",
            "wraps_year",
            "closes_on",
            "link",
            "source",
            "checked_on",
            "whole_departement",
            "communes",
            "is_published",
        ]
        field_classes = {"communes": CommunesServedField}  # checkboxes grouped by intercommunality
        widgets = {
            "closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "checked_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "purpose": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "communes": "Seulement si le dispositif ne couvre pas tout le département. Ouvrez une intercommunalité "
            "pour cocher ses communes, ou cochez « toutes ses communes »."
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["communes"].queryset = Commune.objects.order_by("search_name", "insee_code").only(
            "pk", "name", "insee_code", "postal_code", "search_name", "epci_code", "epci_name"
        )

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_month"), cleaned.get("closes_month")
        if opens and closes and int(opens) > int(closes) and not cleaned.get("wraps_year"):
            self.add_error(
                "closes_month",
                "Le mois de fermeture précède le mois d'ouverture. Corrigez les mois, ou cochez « à cheval sur "
                "deux années » si la période se termine l'année suivante.",
            )
        if opens and closes and int(opens) <= int(closes) and cleaned.get("wraps_year"):
            self.add_error(
                "wraps_year",
                "Une période à cheval sur deux années ferme un mois antérieur à celui de l'ouverture : décochez cette case ou corrigez les mois.",
            )
        if not cleaned.get("whole_departement") and not cleaned.get("communes"):
            self.add_error("communes", "Choisissez au moins une commune, ou cochez « tout le département ».")
        return cleaned
