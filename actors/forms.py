from django import forms

from actors.models import Actor, ErrorReport
from actors.validators import normalize_siret
from core.forms import https_urls
from core.honeypot import HoneypotMixin

RESERVED_SLUGS = {"nouveau", "tableau-de-bord", "signalements", "carte-json", "export"}


class ActorForm(forms.ModelForm):
    """The coordinators' front-end form. `version` carries the version the coordinator started from."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    siret = forms.CharField(
        label="SIRET", max_length=20, required=False, help_text="14 chiffres, facultatif ; les espaces sont acceptés."
    )
    publics = forms.MultipleChoiceField(
        label="Publics", choices=Actor.Public.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    access_modes = forms.MultipleChoiceField(
        label="Comment les contacter",
        choices=Actor.AccessMode.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Actor
        formfield_callback = https_urls
        fields = [
            "name",
            "acronym",
            "slug",
            "kind",
            "summary",
            "description",
            "services",
            "publics",
            "tools",
            "needs",
            "serves_whole_departement",
            "communes_served",
            "street",
            "address_complement",
            "postal_code",
            "commune",
            "insee_code",
            "latitude",
            "longitude",
            "location_is_approximate",
            "website",
            "email",
            "phone",
            "opening_hours",
            "access_modes",
            "accessibility_notes",
            "acceslibre_url",
            "siret",
            "rna",
        ]
        widgets = {
            "services": forms.CheckboxSelectMultiple,
            "tools": forms.SelectMultiple(attrs={"size": 8}),
            "needs": forms.CheckboxSelectMultiple,
            "communes_served": forms.SelectMultiple(attrs={"size": 8}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "accessibility_notes": forms.Textarea(attrs={"rows": 3}),
            "latitude": forms.NumberInput(attrs={"step": "0.00001", "min": "-90", "max": "90"}),
            "longitude": forms.NumberInput(attrs={"step": "0.00001", "min": "-180", "max": "180"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
        }
        help_texts = {
            "slug": "Utilisé dans l'adresse de la fiche : minuscules, chiffres et tirets.",
            "rna": "W suivi de 9 chiffres, facultatif.",
            "tools": "Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.",
            "communes_served": "Inutile si la structure intervient dans tout le département.",
            "latitude": "Entre -90 et 90, par exemple 47.39414.",
            "longitude": "Entre -180 et 180, par exemple 0.68484.",
        }
        error_messages = {
            "name": {"unique": "Un acteur porte déjà ce nom."},
            "slug": {"unique": "Cet identifiant d'adresse est déjà utilisé par un autre acteur."},
            "latitude": {"max_digits": "Indiquez au plus 5 décimales."},
            "longitude": {"max_digits": "Indiquez au plus 5 décimales."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tools"].queryset = self.fields["tools"].queryset.order_by("name")
        self.fields["needs"].queryset = self.fields["needs"].queryset.order_by("position", "name")
        self.fields["communes_served"].queryset = self.fields["communes_served"].queryset.order_by("search_name")
        if not self.is_bound:
            self.initial["version"] = self.instance.version

    def actor_data(self):
        """The cleaned values the actor services take (fields and many-to-many lists)."""
        return {name: self.cleaned_data[name] for name in self._meta.fields if name in self.cleaned_data}

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "")
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError("Cet identifiant est réservé par le portail : choisissez-en un autre.")
        return slug

    def clean_siret(self):
        return normalize_siret(self.cleaned_data.get("siret", ""))

    def clean_rna(self):
        return (self.cleaned_data.get("rna") or "").strip().upper()

    def clean_latitude(self):
        value = self.cleaned_data.get("latitude")
        if value is not None and not -90 <= value <= 90:
            raise forms.ValidationError("La latitude est comprise entre -90 et 90.")
        return value

    def clean_longitude(self):
        value = self.cleaned_data.get("longitude")
        if value is not None and not -180 <= value <= 180:
            raise forms.ValidationError("La longitude est comprise entre -180 et 180.")
        return value

    def clean(self):
        cleaned = super().clean()
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (
            "latitude" not in self.errors
            and "longitude" not in self.errors
            and (latitude is None) != (longitude is None)
        ):
            missing = "longitude" if longitude is None else "latitude"
            self.add_error(missing, "Indiquez la latitude et la longitude ensemble, ou aucune des deux.")
        return cleaned


class ErrorReportForm(HoneypotMixin, forms.ModelForm):
    """ "Signaler une erreur": short, no account; the kernel's honeypot catches robots."""

    class Meta:
        model = ErrorReport
        fields = ["message", "contact_email"]
        widgets = {"message": forms.Textarea(attrs={"rows": 4, "maxlength": 2000})}
        error_messages = {
            "message": {
                "required": "Dites-nous ce qui est faux ou manque.",
                "max_length": "Votre message dépasse 2 000 caractères (il en compte %(show_value)d).",
            }
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].help_text = "Par exemple : les horaires ont changé, le site web ne répond plus."
