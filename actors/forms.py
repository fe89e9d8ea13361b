from django import forms

from actors import geo, services
from actors.fields import CommuneField, CommunesServedField, OpeningHoursField
from actors.models import Actor, Commune, ErrorReport, Service
from actors.services import unique_actor_slug
from actors.validators import normalize_siret
from core.forms import https_urls
from core.honeypot import HoneypotMixin

RESERVED_SLUGS = services.RESERVED_SLUGS


class ActorForm(forms.ModelForm):
    """The coordinators' front-end form. `version` carries the version the coordinator started from.

    The place: choose the commune (type-ahead), then click on the map or drag the marker; the map
    writes the hidden `latitude`, `longitude` and `point_commune` (the commune the point was placed
    for). Without JavaScript, or when the commune changed since the point was placed, the commune's
    centre is used and the position marked approximate. No coordinates or codes to type.
    """

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
    commune = CommuneField(
        label="Commune du lieu d'accueil",
        required=False,
        help_text="Tapez les premières lettres ou le code postal. Laissez vide pour une structure sans lieu d'accueil.",
    )
    latitude = forms.DecimalField(required=False, max_digits=8, decimal_places=5, widget=forms.HiddenInput)
    longitude = forms.DecimalField(required=False, max_digits=8, decimal_places=5, widget=forms.HiddenInput)
    point_commune = forms.CharField(required=False, max_length=5, widget=forms.HiddenInput)
    opening_hours = OpeningHoursField(
        label="Horaires d'accueil",
        required=False,
        help_text="Une ou deux plages par jour, heures au format 09:00 ou 9h30 (par exemple 09:00 à 12:00 puis "
        "14:00 à 17:30) ; "
        "un jour sans horaire est fermé. Cochez « sur rendez-vous » si l'accueil se fait sur rendez-vous.",
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
        field_classes = {"communes_served": CommunesServedField}
        widgets = {
            "services": forms.CheckboxSelectMultiple,
            "tools": forms.CheckboxSelectMultiple(
                attrs={"data-filtrable": "1"}
            ),  # a filter box: tools_catalog/manage.js
            "needs": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 6}),
            "accessibility_notes": forms.Textarea(attrs={"rows": 3}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
            "postal_code": forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 5}),
        }
        help_texts = {
            "slug": "Utilisé dans l'adresse de la fiche : minuscules, chiffres et tirets. "
            "Laissé vide, il est fait à partir du nom.",
            "rna": "W suivi de 9 chiffres, facultatif.",
            "tools": "Cochez les outils libres que la structure accompagne (un clic n'enlève jamais un autre choix).",
            "communes_served": "Inutile si la structure intervient dans tout le département. "
            "Ouvrez une intercommunalité pour cocher ses communes, ou cochez « toutes ses communes ».",
            "postal_code": "Laissé vide : le code postal principal de la commune.",
        }
        error_messages = {
            "name": {"unique": "Un acteur porte déjà ce nom."},
            "slug": {"unique": "Cet identifiant d'adresse est déjà utilisé par un autre acteur."},
        }

    field_order = ["version", "name", "acronym", "slug", "kind", "summary", "description", "services", "publics",
                   "tools", "needs", "serves_whole_departement", "communes_served", "commune", "street",
                   "address_complement", "postal_code"]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["tools"].queryset = self.fields["tools"].queryset.order_by("name")
        self.fields["needs"].queryset = self.fields["needs"].queryset.order_by("position", "name")
        self.fields["communes_served"].queryset = self.fields["communes_served"].queryset.order_by("search_name")
        if not self.is_bound:
            self.initial["version"] = self.instance.version
            if self.instance.pk and self.instance.insee_code:
                commune = Commune.objects.filter(insee_code=self.instance.insee_code).first()
                self.initial["commune"] = commune or self.instance.commune
                self.initial["latitude"] = self.instance.latitude
                self.initial["longitude"] = self.instance.longitude
                if not self.instance.location_is_approximate:
                    self.initial["point_commune"] = self.instance.insee_code

    def actor_data(self):
        """The cleaned values the actor services take (fields and many-to-many lists), the place included."""
        data = {name: self.cleaned_data[name] for name in self._meta.fields if name in self.cleaned_data}
        data.update(self.place)
        return data

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "")
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError("Cet identifiant est réservé par le portail : choisissez-en un autre.")
        return slug

    def clean_siret(self):
        return normalize_siret(self.cleaned_data.get("siret", ""))

    def clean_rna(self):
        return (self.cleaned_data.get("rna") or "").strip().upper()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("slug") and cleaned.get("name") and "slug" not in self.errors:
            cleaned["slug"] = unique_actor_slug(cleaned["name"], exclude_pk=self.instance.pk)
            self.instance.slug = cleaned["slug"]
        self.place = self._place(cleaned)
        return cleaned

    def _place(self, cleaned):
        """commune, insee_code, postal_code, latitude, longitude, location_is_approximate from the choice."""
        commune = cleaned.get("commune")
        if "commune" in self.errors:
            return {}
        if commune is None:
            if cleaned.get("latitude") is not None:
                self.add_error("commune", "Choisissez d'abord la commune, puis placez le point sur la carte.")
            return {"commune": "", "insee_code": "", "latitude": None, "longitude": None,
                    "location_is_approximate": False}  # fmt: skip
        place = {"commune": commune.name, "insee_code": commune.insee_code}
        postal_code = cleaned.get("postal_code")
        if "postal_code" not in self.errors:
            if not postal_code:
                cleaned["postal_code"] = commune.postal_code
            elif len(postal_code) == 5 and postal_code.isdigit() and postal_code not in commune.postal_code_list:
                codes = " ou ".join(commune.postal_code_list)
                self.add_error("postal_code", f"Le code postal de {commune.name} est {codes}.")
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        placed = cleaned.get("point_commune") == commune.insee_code and latitude is not None and longitude is not None
        if placed and not geo.in_departement(latitude, longitude):
            self.add_error(
                "commune",
                f"Le point placé sur la carte est hors d'{geo.DEPARTEMENT_NAME} : cliquez dans le département, "
                f"ou gardez le centre de {commune.name}.",
            )
            return {}
        if placed:
            return {**place, "latitude": latitude, "longitude": longitude, "location_is_approximate": False}
        return {**place, "latitude": commune.latitude, "longitude": commune.longitude, "location_is_approximate": True}


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


class ServiceForm(forms.ModelForm):
    """A kind of service: the identifier is made from the name when left empty (and stays editable).
    `version` carries the version the coordinator started from (optimistic lock; unused when adding)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)

    class Meta:
        model = Service
        fields = ["name", "slug", "position"]
        help_texts = {
            "slug": "Lettres minuscules, chiffres et tirets. Laissez vide : il est fait à partir du nom.",
            "position": "Les services sont listés du plus petit nombre au plus grand.",
        }
        error_messages = {
            "name": {"unique": "Un service porte déjà ce nom."},
            "slug": {"unique": "Un service utilise déjà cet identifiant d'adresse."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["position"].required = False
        if self.instance.pk:
            self.fields["version"].required = True
            self.initial.setdefault("version", self.instance.version)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Donnez un nom au service.")
        return name

    def clean_position(self):
        position = self.cleaned_data.get("position")
        return 100 if position is None else position

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("slug") and cleaned.get("name") and "name" not in self.errors:
            slug = services.unique_service_slug(cleaned["name"], exclude_pk=self.instance.pk)
            cleaned["slug"] = slug
            self.instance.slug = slug
        return cleaned
