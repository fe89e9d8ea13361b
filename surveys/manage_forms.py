"""Forms of the coordinators' survey builder, needs board and restitution (never the answering form).

Plain forms with precomputed choices, so that a page of 30 questions renders them without a query each.
"""

from django import forms

from surveys.models import Question, Survey

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
RESERVED_SLUGS = {"gestion", "themes", "nouvelle"}


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=DATETIME_FORMAT)


class SurveyEditForm(forms.ModelForm):
    """Title, window, texts; `version` carries the version the coordinator started from."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    class Meta:
        model = Survey
        fields = [
            "title", "slug", "status", "opens_at", "closes_at", "introduction", "thank_you_message", "privacy_notice",
        ]  # fmt: skip
        widgets = {
            "opens_at": DateTimeLocalInput(),
            "closes_at": DateTimeLocalInput(),
            "introduction": forms.Textarea(attrs={"rows": 4}),
            "thank_you_message": forms.Textarea(attrs={"rows": 3}),
            "privacy_notice": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"slug": "Dans l'adresse de l'enquête : lettres minuscules, chiffres et tirets."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("opens_at", "closes_at"):
            self.fields[name].input_formats = [DATETIME_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%d"]
        if self.instance.pk:
            self.initial.setdefault("version", self.instance.version)
        else:
            self.fields["version"].required = False

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError("Cet identifiant est réservé par le portail : choisissez-en un autre.")
        return slug

    def survey_data(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class VersionedForm(forms.Form):
    """The builder's edit forms carry the version the coordinator started from (optimistic lock);
    the "add" forms leave it out (`versioned=False`)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, versioned=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not versioned:
            del self.fields["version"]


class SectionForm(VersionedForm):
    title = forms.CharField(label="Titre de la partie", max_length=200)
    description = forms.CharField(label="Texte d'introduction", max_length=500, required=False)


class QuestionForm(VersionedForm):
    """Add or change a question. `sections` and `conditions` are (value, label) lists computed once per page."""

    text = forms.CharField(label="Question", max_length=300)
    help_text = forms.CharField(label="Aide", max_length=300, required=False)
    kind = forms.ChoiceField(label="Type", choices=Question.Kind.choices)
    section = forms.TypedChoiceField(label="Partie", coerce=int, empty_value=None, required=False)
    required = forms.BooleanField(label="Réponse obligatoire", required=False)
    has_other = forms.BooleanField(
        label="Option « Autre (précisez) »", required=False, help_text="Questions à choix et question des outils."
    )
    scale_min_label = forms.CharField(label="Libellé de 1 (échelle)", max_length=60, required=False)
    scale_max_label = forms.CharField(label="Libellé de 5 (échelle)", max_length=60, required=False)
    min_value = forms.IntegerField(label="Minimum (nombre)", required=False)
    max_value = forms.IntegerField(label="Maximum (nombre)", required=False)
    show_if_choice = forms.TypedChoiceField(
        label="N'afficher que si la réponse est", coerce=int, empty_value=None, required=False
    )

    def __init__(self, *args, sections=(), conditions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [("", "— Sans partie —"), *sections]
        self.fields["show_if_choice"].choices = [("", "— Toujours —"), *conditions]

    def question_data(self, *, sections_by_id, choices_by_id):
        data = {name: self.cleaned_data[name] for name in self.fields if name != "version"}
        data["section"] = sections_by_id.get(data["section"])
        data["show_if_choice"] = choices_by_id.get(data["show_if_choice"])
        return data


class ChoiceForm(VersionedForm):
    label = forms.CharField(label="Libellé", max_length=200)
    themes = forms.TypedMultipleChoiceField(
        label="Thèmes", coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = list(themes)


class ThemeForm(forms.Form):
    name = forms.CharField(label="Nom du thème", max_length=120, help_text="Par exemple : RGPD, posture, matériel.")
    need = forms.TypedChoiceField(label="Besoin du catalogue", coerce=int, empty_value=None, required=False)

    def __init__(self, *args, needs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].choices = [("", "— Aucun (thème hors outils) —"), *needs]


class RestitutionForm(forms.Form):
    introduction = forms.CharField(
        label="Ce que nous en faisons (Markdown)", required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    questions = forms.TypedMultipleChoiceField(
        label="Résultats montrés",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Seulement des résultats chiffrés (choix, échelles, oui/non) : jamais les textes libres.",
    )
    show_quotes = forms.BooleanField(label="Montrer les citations épinglées et relues", required=False)
    next_survey_on = forms.DateField(
        label="Date de la prochaine enquête",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )
    is_published = forms.BooleanField(label="Publiée (visible de tous)", required=False)

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].choices = list(questions)
