"""Forms of the trainings app, with French messages next to the fields."""

from django import forms
from django.utils import timezone
from django.utils.text import slugify

from actors.fields import CommuneField
from actors.models import Actor
from core.forms import https_urls
from core.honeypot import HoneypotMixin
from tools_catalog.models import Need, Tool
from trainings.channels import clean_channel
from trainings.models import Audience, FeedbackResponse, Registration, Session, Training
from trainings.services import SESSION_FIELDS, capacity_problem

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
EMAIL_ERROR = "Saisissez une adresse courriel valide, par exemple prenom.nom@exemple.org."


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=DATETIME_FORMAT)


class RegistrationForm(HoneypotMixin, forms.ModelForm):
    """Public registration, without an account; each field says why it is asked."""

    class Meta:
        model = Registration
        fields = ["first_name", "last_name", "email", "organisation", "role", "consent"]
        help_texts = {
            "first_name": "Pour vous accueillir et établir la feuille d'émargement.",
            "last_name": "Pour la feuille d'émargement.",
            "email": "Pour vous envoyer le lien qui confirme l'inscription, puis le rendez-vous pour votre agenda et "
            "le lien pour annuler. Jamais transmis à d'autres.",
            "organisation": "Facultatif : pour que l'intervenant connaisse les structures présentes.",
            "role": "Facultatif : par exemple « conseillère à l'accueil », « bénévole », pour adapter le contenu.",
        }
        labels = {"organisation": "Structure", "role": "Fonction"}
        error_messages = {
            "first_name": {"required": "Indiquez votre prénom."},
            "last_name": {"required": "Indiquez votre nom."},
            "email": {"required": "Indiquez votre adresse courriel.", "invalid": EMAIL_ERROR},
        }

    # The code of the link followed to reach the page (?canal=…), kept through the form.
    canal = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
        self.fields["first_name"].widget.attrs.update({"autocomplete": "given-name"})
        self.fields["last_name"].widget.attrs.update({"autocomplete": "family-name"})
        self.fields["organisation"].widget.attrs.update({"autocomplete": "organization"})
        self.fields["role"].widget.attrs.update({"autocomplete": "organization-title"})
        consent = self.fields["consent"]
        consent.required = True
        consent.label = "J'accepte que ces informations servent à organiser cette session"
        consent.help_text = (
            "Seuls les coordinateurs du réseau les voient. Sans confirmation par le lien du courriel, elles sont "
            "effacées ; sinon, elles sont anonymisées après la formation (au plus tard un an après)."
        )
        consent.error_messages["required"] = (
            "Cochez cette case pour vous inscrire : sans elle, nous ne pouvons pas garder vos coordonnées."
        )

    def validate_unique(self):
        # The session is not a form field: uniqueness per session is checked by the service, under the lock.
        pass

    def clean_canal(self):
        # An unknown code is ignored, never an error: the person registers all the same.
        return clean_channel(self.cleaned_data.get("canal"))


class ColleagueRegistrationForm(RegistrationForm):
    """A coordinator registers a colleague on their behalf (no honeypot; the colleague's agreement is confirmed)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["site_web"]
        self.fields[
            "consent"
        ].label = "La personne est d'accord pour que ces informations servent à organiser la session"
        self.fields["consent"].help_text = "Elle recevra la confirmation et le lien pour annuler à cette adresse."
        self.fields["consent"].error_messages["required"] = "Confirmez l'accord de la personne avant de l'inscrire."
        del self.fields["canal"]
        self.fields["email"].help_text = "L'adresse de la personne inscrite : elle y recevra la confirmation."


class SessionRulesMixin:
    """Checks shared by the coordinators' session form and the admin's: French messages next to the fields.
    The service checks the capacity again under the session lock."""

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity is not None and capacity < 1:
            raise forms.ValidationError("Il faut au moins une place.")
        if self.instance.pk and capacity is not None:
            problem = capacity_problem(self.instance, capacity)
            if problem:
                raise forms.ValidationError(problem)
        return capacity

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        opens, deadline = cleaned.get("registration_opens_at"), cleaned.get("registration_deadline")
        now = timezone.now()
        if start and end and end <= start:
            self.add_error("end", "La fin doit être après le début.")
        if start and start < now and (not self.instance.pk or start != self.instance.start):
            self.add_error("start", "Une session ne peut pas commencer dans le passé.")
        if start and deadline and deadline > start:
            self.add_error(
                "registration_deadline", "La date limite d'inscription doit être avant le début de la session."
            )
        if opens and deadline and opens >= deadline:
            self.add_error("registration_opens_at", "L'ouverture des inscriptions doit précéder la date limite.")
        if opens and start and opens >= start:
            self.add_error(
                "registration_opens_at", "L'ouverture des inscriptions doit précéder le début de la session."
            )
        return cleaned

    def session_values(self, *, changed_only=False):
        """The cleaned values the session services take (only the changed ones for an update)."""
        names = self.changed_data if changed_only else self.cleaned_data
        return {name: self.cleaned_data[name] for name in names if name in SESSION_FIELDS}

    def add_service_error(self, error):
        """Show a refusal of the service (a race the form could not see) next to its field."""
        self.add_error(error.field if error.field in self.fields else None, error.message)


class SessionForm(SessionRulesMixin, forms.ModelForm):
    class Meta:
        model = Session
        formfield_callback = https_urls
        fields = [
            "training",
            "start",
            "end",
            "status",
            "venue_name",
            "address",
            "commune",
            "host",
            "online_url",
            "capacity",
            "registration_opens_at",
            "registration_deadline",
        ]
        widgets = {
            "start": DateTimeLocalInput(),
            "end": DateTimeLocalInput(),
            "registration_opens_at": DateTimeLocalInput(),
            "registration_deadline": DateTimeLocalInput(),
        }
        help_texts = {"start": "Heure de Paris.", "end": "Heure de Paris."}
        error_messages = {
            "training": {"required": "Choisissez le module de formation."},
            "start": {"required": "Indiquez le début.", "invalid": "Indiquez une date et une heure valides."},
            "end": {"required": "Indiquez la fin.", "invalid": "Indiquez une date et une heure valides."},
            "capacity": {
                "required": "Indiquez le nombre de places.",
                "invalid": "Indiquez un nombre entier.",
                "min_value": "Il faut au moins une place.",
            },
            "online_url": {"invalid": "Indiquez une adresse web complète, commençant par https://."},
            "registration_opens_at": {"invalid": "Indiquez une date et une heure valides."},
            "registration_deadline": {"invalid": "Indiquez une date et une heure valides."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["training"].queryset = Training.objects.order_by("title")
        commune = self.fields["commune"]  # the shared type-ahead instead of a 272-option select
        self.fields["commune"] = CommuneField(
            label=commune.label, required=commune.required, help_text=commune.help_text
        )
        self.fields["host"].queryset = Actor.objects.published().only("name")
        # Cancelling has its own page, which asks for a message to registrants.
        self.fields["status"].choices = [
            choice for choice in Session.Status.choices if choice[0] != Session.Status.CANCELLED
        ]
        self.fields["capacity"].widget.attrs["min"] = 1
        self.fields["capacity"].error_messages["min_value"] = "Il faut au moins une place."


class CancelSessionForm(forms.Form):
    message = forms.CharField(
        label="Message aux personnes inscrites",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        help_text="Il est envoyé par courriel à chaque personne inscrite ou en liste d'attente, et affiché sur la "
        "page de la session. Par exemple : la raison, et quand une nouvelle date sera proposée.",
        error_messages={"required": "Écrivez un message pour les personnes inscrites."},
    )


ATTENDANCE_CHOICES = [
    (Registration.Status.ATTENDED, "Présente"),
    (Registration.Status.ABSENT, "Absente"),
    (Registration.Status.CONFIRMED, "Non renseigné"),
]


class AttendanceForm(forms.Form):
    """One radio group per confirmed registrant."""

    def __init__(self, *args, registrations, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = list(registrations)
        for registration in self.registrations:
            self.fields[f"r{registration.pk}"] = forms.ChoiceField(
                label=registration.full_name,
                choices=ATTENDANCE_CHOICES,
                initial=registration.status,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": "Choisissez présente, absente ou non renseigné."},
            )

    def statuses(self):
        return {registration.pk: self.cleaned_data[f"r{registration.pk}"] for registration in self.registrations}


# Paths under /formations/ that a module's slug would hide.
RESERVED_SLUGS = {"nouveau", "gestion", "calendrier", "archives", "sessions", "inscription", "avis", "calendrier.ics"}


class TrainingForm(forms.ModelForm):
    """The coordinators' module form. `version` carries the version the coordinator started from."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    audiences = forms.MultipleChoiceField(
        label="Publics", choices=Audience.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Training
        fields = [
            "title", "slug", "summary", "audiences", "format", "duration", "objectives", "programme",
            "prerequisites", "needs", "tools", "organisers", "speakers", "resources", "proposed_from", "is_published",
        ]  # fmt: skip
        widgets = {
            "needs": forms.CheckboxSelectMultiple,
            "tools": forms.CheckboxSelectMultiple,
            "organisers": forms.CheckboxSelectMultiple,
            "speakers": forms.CheckboxSelectMultiple,
            "objectives": forms.Textarea(attrs={"rows": 5}),
            "programme": forms.Textarea(attrs={"rows": 8}),
            "prerequisites": forms.Textarea(attrs={"rows": 3}),
            "resources": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "slug": "Utilisé dans l'adresse du module : minuscules, chiffres et tirets. Laissez vide pour le "
            "fabriquer à partir du titre.",
            "is_published": "Décoché, le module et ses sessions ne sont visibles que des coordinateurs.",
        }
        error_messages = {
            "title": {"required": "Indiquez le titre du module.", "unique": "Un module porte déjà ce titre."},
            "slug": {
                "unique": "Cet identifiant d'adresse est déjà utilisé par un autre module.",
                "invalid": "Utilisez seulement des minuscules sans accents, des chiffres et des tirets.",
            },
            "summary": {"required": "Écrivez un résumé d'une ou deux phrases."},
            "duration": {"required": "Indiquez la durée, par exemple « une demi-journée (3 heures) »."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["needs"].queryset = Need.objects.order_by("position", "name")
        self.fields["tools"].queryset = Tool.objects.order_by("name").only("name")
        actors = Actor.objects.published().only("name")
        self.fields["organisers"].queryset = actors
        self.fields["speakers"].queryset = actors
        if not self.is_bound:
            self.initial["version"] = self.instance.version if self.instance.pk else 1

    def clean_slug(self):
        slug = (self.cleaned_data.get("slug") or "").strip() or slugify(self.cleaned_data.get("title") or "")[:200]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError("Cet identifiant est réservé par le portail : choisissez-en un autre.")
        if slug and Training.objects.filter(slug=slug).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("Cet identifiant d'adresse est déjà utilisé par un autre module.")
        return slug

    def training_data(self):
        """The cleaned values the module services take (fields and many-to-many lists)."""
        return {name: self.cleaned_data[name] for name in self._meta.fields if name in self.cleaned_data}


class FeedbackForm(HoneypotMixin, forms.Form):
    """The anonymous questionnaire after a session: three questions, nothing that names the person."""

    usefulness = forms.TypedChoiceField(
        label="Dans l'ensemble, cette session vous a-t-elle été utile ?",
        choices=FeedbackResponse.Usefulness.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choisissez une note de 1 (pas utile) à 5 (très utile).",
            "invalid_choice": "Choisissez une note de 1 (pas utile) à 5 (très utile).",
        },
    )
    will_use = forms.CharField(
        label="Qu'allez-vous utiliser dans votre travail ?",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        help_text="Facultatif. N'indiquez ni nom ni coordonnées : les réponses sont anonymes.",
        error_messages={"max_length": "Écrivez au plus 1 000 caractères (vous en avez écrit %(show_value)d)."},
    )
    comment = forms.CharField(
        label="Un commentaire, une suggestion ?",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        help_text="Facultatif. Seuls les coordinateurs du réseau lisent les commentaires.",
        error_messages={"max_length": "Écrivez au plus 2 000 caractères (vous en avez écrit %(show_value)d)."},
    )
