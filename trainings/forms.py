"""Forms of the trainings app, with French messages next to the fields."""

from django import forms
from django.utils import timezone

from actors.fields import CommuneField
from actors.models import Actor
from core.forms import https_urls
from core.honeypot import HoneypotMixin
from trainings.models import Registration, Session, Training
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
