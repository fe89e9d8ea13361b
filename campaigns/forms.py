"""Forms of the campaigns app, with French messages next to the fields."""

import re

from django import forms
from django.contrib.auth import get_user_model

from actors.fields import CommunesServedField
from actors.models import Actor, Commune
from campaigns.models import Action, Campaign, Step, TownHall, TownHallContact
from campaigns.services import DEPARTMENT_CODE, OUTSIDE
from core.forms import https_urls


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def _communes():
    return Commune.objects.only("name", "insee_code", "postal_code").order_by("name")


def _actors():
    return Actor.objects.published().only("name", "acronym")


class CampaignForm(forms.ModelForm):
    """A campaign: its territory is the communes ticked, plus those typed by INSEE code."""

    intercommunality = forms.ChoiceField(
        label="Ajouter une intercommunalité",
        required=False,
        help_text="Toutes ses communes sont ajoutées à celles cochées ci-dessous.",
    )
    insee_codes = forms.CharField(
        label="Ou ajoutez des communes par leur code INSEE",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Séparés par des espaces ou des virgules, par exemple : 37132 37050.",
    )

    class Meta:
        model = Campaign
        fields = [
            "title", "summary", "territory_name", "intercommunality", "communes", "insee_codes", "starts_on", "ends_on", "carriers",
            "funding", "funding_amount", "status", "outcome",
        ]  # fmt: skip
        widgets = {
            "communes": forms.CheckboxSelectMultiple,
            "carriers": forms.CheckboxSelectMultiple,
            "starts_on": DateInput,
            "ends_on": DateInput,
            "summary": forms.Textarea(attrs={"rows": 4}),
            "outcome": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "title": {"required": "Donnez un titre à la campagne."},
            "starts_on": {"required": "Indiquez la date de début.", "invalid": "Date de début invalide."},
            "ends_on": {"required": "Indiquez la date de fin.", "invalid": "Date de fin invalide."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        communes = self.fields["communes"]
        communes.queryset = _communes()
        communes.required = False
        communes.label = "Communes du territoire"
        communes.help_text = "Cochez les communes ; une intercommunalité se donne par la liste de ses communes."
        communes.error_messages["invalid_choice"] = "Cette commune n'est pas dans la liste du portail."
        self.fields["carriers"].queryset = _actors()
        self.fields["carriers"].help_text = "Les acteurs qui portent la campagne."
        intercommunalities = (
            Commune.objects.exclude(epci_code="").values_list("epci_code", "epci_name").distinct().order_by("epci_name")
        )
        self.fields["intercommunality"].choices = [("", "—"), *intercommunalities]
        self.fields["intercommunality"].error_messages["invalid_choice"] = (
            "Cette intercommunalité n'est pas connue du portail."
        )

    def clean_insee_codes(self):
        codes = [code for code in re.split(r"[\s,;]+", self.cleaned_data.get("insee_codes", "").strip()) if code]
        if len(codes) > 400:
            raise forms.ValidationError("Trop de codes : 400 au plus.")
        outside = [code for code in codes if not code.startswith(DEPARTMENT_CODE)]
        if outside:
            raise forms.ValidationError(OUTSIDE.format(names=", ".join(code[:10] for code in outside[:10])))
        found = {commune.insee_code: commune for commune in Commune.objects.filter(insee_code__in=codes)}
        unknown = [code for code in codes if code not in found]
        if unknown:
            raise forms.ValidationError(
                "Code(s) INSEE inconnu(s) du portail : " + ", ".join(code[:10] for code in unknown[:10]) + "."
            )
        return list(found.values())

    def clean(self):
        data = super().clean()
        if "communes" in data and "insee_codes" in data and "intercommunality" in data:
            of_epci = []
            if data["intercommunality"]:
                of_epci = list(_communes().filter(epci_code=data["intercommunality"]))
                if not data.get("territory_name"):
                    data["territory_name"] = next(name for code, name in self.fields["intercommunality"].choices
                                                  if code == data["intercommunality"])  # fmt: skip
            chosen = {commune.pk: commune for commune in [*data["communes"], *data["insee_codes"], *of_epci]}
            data["territory"] = sorted(chosen.values(), key=lambda commune: commune.name)
        return data

    def service_values(self):
        data = self.cleaned_data
        skipped = ("communes", "insee_codes", "intercommunality", "carriers")
        values = {name: data[name] for name in self.Meta.fields if name not in skipped}
        return {**values, "communes": data["territory"], "carriers": list(data["carriers"])}


class StepForm(forms.ModelForm):
    class Meta:
        model = Step
        fields = ["title", "description", "due_on", "owner", "owner_name", "status", "sessions", "actors"]
        widgets = {
            "due_on": DateInput,
            "description": forms.Textarea(attrs={"rows": 3}),
            "sessions": forms.CheckboxSelectMultiple,
            "actors": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "title": {"required": "Donnez un intitulé à l'étape, par exemple « Atelier 1 »."},
            "due_on": {"required": "Indiquez l'échéance.", "invalid": "Date invalide."},
        }

    def __init__(self, *args, campaign, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign = campaign
        user_model = get_user_model()
        self.fields["owner"].queryset = user_model.objects.filter(is_active=True, groups__isnull=False).distinct()
        self.fields["owner"].label_from_instance = lambda user: user.get_full_name() or user.get_username()
        self.fields["sessions"].queryset = sessions
        self.fields["sessions"].label_from_instance = lambda session: (
            f"{session.training.title}, {session.start:%d/%m/%Y}"
            + (f" – {session.commune.name}" if session.commune_id else "")
        )
        self.fields["sessions"].help_text = "Les sessions de la campagne (sur son territoire, pendant sa période)."
        self.fields["actors"].queryset = _actors()

    def clean(self):
        data = super().clean()
        if not data.get("owner") and not data.get("owner_name"):
            self.add_error("owner_name", "Choisissez un compte ou écrivez le nom de la personne ou de la structure.")
        return data

    def service_values(self):
        data = self.cleaned_data
        values = {name: data[name] for name in self.Meta.fields if name not in ("sessions", "actors")}
        return {**values, "sessions": list(data["sessions"]), "actors": list(data["actors"])}


class TownHallContactForm(forms.ModelForm):
    class Meta:
        model = TownHallContact
        fields = ["contacted_on", "reminded_on", "poster_up"]
        widgets = {"contacted_on": DateInput, "reminded_on": DateInput}

    def validate_unique(self):
        pass  # the service keeps one row per campaign and commune

    def _post_clean(self):
        pass  # the constraints are the service's


class TownHallForm(forms.ModelForm):
    class Meta:
        model = TownHall
        formfield_callback = https_urls
        fields = ["name", "email", "phone", "website"]


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = ["title", "kind", "starts_on", "ends_on", "place", "communes", "carriers", "outcome", "is_published"]
        field_classes = {"communes": CommunesServedField}  # checkboxes grouped by intercommunality
        widgets = {
            "starts_on": DateInput,
            "ends_on": DateInput,
            "carriers": forms.CheckboxSelectMultiple(attrs={"data-filtrable": "1"}),  # tools_catalog/manage.js
        }
        help_texts = {
            "communes": "Ouvrez une intercommunalité pour cocher ses communes, ou cochez « toutes ses communes ».",
            "carriers": "Cochez les structures qui portent l'action (un clic n'enlève jamais un autre choix).",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["communes"].queryset = Commune.objects.only(
            "name", "insee_code", "postal_code", "search_name", "epci_code", "epci_name"
        ).order_by("search_name", "insee_code")
        self.fields["carriers"].queryset = _actors()


class InventoryFilterForm(forms.Form):
    """The inventory's filters, in French (?commune=37132&annee=2026&type=campagne); unknown values are ignored."""

    commune = forms.ModelChoiceField(
        queryset=Commune.objects.none(), to_field_name="insee_code", required=False, empty_label="Toutes"
    )
    annee = forms.IntegerField(label="Année", required=False, min_value=2000, max_value=2100)
    type = forms.ChoiceField(label="Type", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = _communes()
        self.fields["type"].choices = [("", "Tous"), ("campagne", "Campagne"), *Action.Kind.choices]

    def filters(self):
        """The valid filters; a bad value is dropped (listed in `ignored`)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        self.ignored = list(self.errors)
        return {
            "commune": data.get("commune"),
            "year": data.get("annee"),
            "kind": data.get("type") or None,
        }


class SessionKitForm(forms.Form):
    """Which town hall the poster is for: its channel code goes into the QR code."""

    commune = forms.ModelChoiceField(queryset=Commune.objects.none(), to_field_name="insee_code", label="Mairie de")

    def __init__(self, *args, communes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = communes
