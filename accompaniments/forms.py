"""Forms of the follow-ups: they read and check the input; the rules live in services.py."""

from django import forms
from django.utils import timezone

from accompaniments.models import (
    NAME_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    Budget,
    Comfort,
    Followup,
    Referral,
    Staff,
    Step,
    Visit,
)
from actors.fields import CommuneField
from actors.models import rna_validator

UNSET = [("", "Non précisé")]
DATE_WIDGET = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
MAX_ROWS = 30  # rows of the creation form read from a post (a sheet proposes 18 at most)


def _radio(choices, label):
    return forms.ChoiceField(label=label, choices=UNSET + list(choices), required=False, widget=forms.RadioSelect)


class ProfileFields(forms.Form):
    """The association: name, RNA, commune and the profile the visit sheet uses."""

    name = forms.CharField(
        label="Nom de l'association",
        max_length=NAME_MAX_LENGTH,
        help_text="Le nom de l'association, jamais celui d'une personne.",
    )
    rna = forms.CharField(
        label="Numéro RNA (facultatif)",
        required=False,
        max_length=10,
        validators=[rna_validator],
        help_text="W suivi de 9 chiffres, par exemple W372001234.",
    )
    commune = CommuneField(
        label="Commune",
        required=False,
        help_text="Tapez les premières lettres ou le code postal ; facultatif.",
    )
    staff = _radio(Staff.choices, "Équipe")
    budget = _radio(Budget.choices, "Budget")
    comfort = _radio(Comfort.choices, "Aisance numérique")

    def clean_rna(self):
        return (self.cleaned_data.get("rna") or "").strip().upper()

    def clean_name(self):
        return " ".join((self.cleaned_data.get("name") or "").split())


class FollowupCreateForm(ProfileFields):
    """ "Suivre cette association": the association, the steps proposed by the sheet, and its consent.

    The step rows are posted as `etape-N-cle` ("p:zoom" or "n:comptabilite", hidden), `etape-N-garder`
    (checkbox) and `etape-N-outil` (the free tool chosen). `rows` are (N, selectors.ProposedStep) pairs.
    """

    consent = forms.BooleanField(
        label="L'association a accepté que ce suivi soit enregistré sur le portail",
        help_text=(
            "Demandez-le avant d'enregistrer : le portail garde le nom de l'association, sa commune, les étapes "
            "et les dates des visites ; seuls ses accompagnateurs les voient."
        ),
        error_messages={"required": "L'accord de l'association est nécessaire pour enregistrer ce suivi."},
    )

    def __init__(self, *args, rows=(), unknown_keys=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = list(rows)  # (index in the posted form, ProposedStep)
        self.unknown_keys = list(unknown_keys)
        for index, row in self.rows:
            self.fields[f"etape-{index}-cle"] = forms.CharField(widget=forms.HiddenInput, initial=row.key)
            self.fields[f"etape-{index}-garder"] = forms.BooleanField(label=row.label, required=False, initial=True)
            self.fields[f"etape-{index}-outil"] = forms.ChoiceField(
                label=(
                    f"Outil libre à la place de {row.product.name}"
                    if row.product
                    else f"Outil libre pour « {row.need.name} » (facultatif)"
                ),
                choices=row.options,
                required=bool(row.product),
                initial=row.chosen,
            )

    @staticmethod
    def posted_keys(data):
        """The row keys of a posted form, in order (at most MAX_ROWS)."""
        keys = []
        for index in range(MAX_ROWS):
            key = data.get(f"etape-{index}-cle")
            if key is None:
                break
            keys.append(str(key)[:130])
        return keys

    def row_fields(self):
        """(row, keep field, tool field) for the template."""
        return [
            (row, self[f"etape-{i}-cle"], self[f"etape-{i}-garder"], self[f"etape-{i}-outil"]) for i, row in self.rows
        ]

    def clean(self):
        cleaned = super().clean()
        if self.unknown_keys:
            raise forms.ValidationError(
                "Une étape proposée n'existe pas (ou plus) dans le catalogue : rechargez la fiche de visite."
            )
        specs = []
        for index, row in self.rows:
            if cleaned.get(f"etape-{index}-garder"):
                specs.append(row.spec(cleaned.get(f"etape-{index}-outil") or ""))
        cleaned["steps"] = specs
        return cleaned


class FollowupUpdateForm(ProfileFields):
    status = forms.ChoiceField(label="État", choices=Followup.Status.choices, widget=forms.RadioSelect)
    next_visit_on = forms.DateField(label="Prochaine visite", required=False, widget=DATE_WIDGET)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class VisitForm(forms.Form):
    visited_on = forms.DateField(label="Date de la visite", widget=DATE_WIDGET)
    way = forms.ChoiceField(label="Comment", choices=Visit.Way.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label="Note privée (facultative)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": NOTE_MAX_LENGTH}),
        max_length=NOTE_MAX_LENGTH,
        help_text=Visit._meta.get_field("note").help_text,
        error_messages={
            "max_length": "La note compte au plus %(limit_value)d caractères (%(show_value)d saisis) : raccourcissez-la."
        },
    )
    next_visit_on = forms.DateField(label="Prochaine visite (facultative)", required=False, widget=DATE_WIDGET)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"visited_on": timezone.localdate()})
        super().__init__(*args, **kwargs)

    def clean_note(self):
        return (self.cleaned_data.get("note") or "").replace("\r\n", "\n").strip()


class StepStatusForm(forms.Form):
    """The status of a step: only the moves allowed from its current status are offered."""

    status = forms.ChoiceField(label="Nouveau statut", widget=forms.RadioSelect)
    reason = forms.ChoiceField(
        label="Raison de l'abandon",
        choices=[("", "Choisir…")] + list(Step.AbandonReason.choices),
        required=False,
        help_text="Seulement si l'étape est abandonnée.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, step, **kwargs):
        kwargs.setdefault("auto_id", "statut-%s")
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [(status.value, status.label) for status in step.allowed_statuses]
        self.fields["status"].error_messages["invalid_choice"] = (
            f"Ce changement n'existe pas pour une étape « {step.get_status_display()} »."
        )
        self.initial.setdefault("version", step.version)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Step.Status.ABANDONED and not cleaned.get("reason"):
            self.add_error("reason", "Choisissez la raison de l'abandon dans la liste.")
        return cleaned


class StepToolForm(forms.Form):
    """The free tool of a need step (its need's published tools)."""

    tool = forms.ChoiceField(label="Outil libre choisi", required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, step, tools, **kwargs):
        kwargs.setdefault("auto_id", "outil-%s")
        super().__init__(*args, **kwargs)
        self.tools = {tool.slug: tool for tool in tools}
        self.fields["tool"].choices = [("", "À choisir plus tard")] + [(tool.slug, tool.name) for tool in tools]
        self.initial.setdefault("version", step.version)
        self.initial.setdefault("tool", step.tool.slug if step.tool_id else "")


class StepSessionForm(forms.Form):
    session = forms.ChoiceField(label="Session de formation", required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, step, sessions, **kwargs):
        kwargs.setdefault("auto_id", "formation-%s")
        super().__init__(*args, **kwargs)
        self.sessions = {str(session.pk): session for session in sessions}
        self.fields["session"].choices = [("", "Aucune")] + [
            (str(session.pk), f"{session.training.title} – {timezone.localtime(session.start):%d/%m/%Y}")
            for session in sessions
        ]
        self.initial.setdefault("version", step.version)
        self.initial.setdefault("session", str(step.session_id) if step.session_id else "")


class ReferralForm(forms.Form):
    actor = forms.ChoiceField(label="Orientée vers")
    referred_on = forms.DateField(label="Le", widget=DATE_WIDGET)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, step, helpers, others, **kwargs):
        kwargs.setdefault("auto_id", "orientation-%s")
        super().__init__(*args, **kwargs)
        helper_ids = {actor.pk for actor in helpers}
        choices = [("", "Choisir un acteur…")]
        if helpers:
            choices.append(("Qui aide avec cet outil ou ce besoin", [(str(a.pk), a.name) for a in helpers]))
        rest = [(str(a.pk), a.name) for a in others if a.pk not in helper_ids]
        if rest:
            choices.append(("Autres acteurs du territoire", rest))
        self.fields["actor"].choices = choices
        self.actors = {str(actor.pk): actor for actor in [*helpers, *others]}
        self.initial.setdefault("version", step.version)
        self.initial.setdefault("referred_on", timezone.localdate())

    def clean_actor(self):
        actor = self.actors.get(self.cleaned_data.get("actor"))
        if actor is None:
            raise forms.ValidationError("Choisissez un acteur de la liste.")
        return actor


class ReferralOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label="Suite donnée", choices=Referral.Outcome.choices)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class StepAddForm(forms.Form):
    """One select: a product to replace by a free tool, or a need."""

    step = forms.ChoiceField(label="Étape à ajouter")

    def __init__(self, *args, equivalences, needs, **kwargs):
        super().__init__(*args, **kwargs)
        self.equivalences = {f"e{eq.pk}": eq for eq in equivalences}
        self.needs = {f"b{need.pk}": need for need in needs}
        self.fields["step"].choices = [
            ("", "Choisir…"),
            (
                "Remplacer un outil propriétaire",
                [
                    (
                        key,
                        f"{eq.product.name} → {eq.tool.name} (migration : effort {eq.get_migration_effort_display().lower()})",
                    )
                    for key, eq in self.equivalences.items()
                ],
            ),
            ("Répondre à un besoin", [(key, need.name) for key, need in self.needs.items()]),
        ]
        self.fields["step"].error_messages["invalid_choice"] = "Cette étape n'existe pas dans le catalogue."


class HandoverForm(forms.Form):
    to = forms.ModelChoiceField(label="Confier à", queryset=None, empty_label="Choisir…")
    leave = forms.BooleanField(
        label="Je me retire de cet accompagnement",
        required=False,
        help_text="Sinon, vous le suivez tous les deux.",
    )

    def __init__(self, *args, advisors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = advisors
        self.fields["to"].label_from_instance = lambda user: user.get_full_name() or user.get_username()
        self.fields["to"].error_messages["invalid_choice"] = "Choisissez une personne de la liste."
