"""The answering form: one field per question, built from the survey, validated entirely on the server."""

import re

from django import forms
from django.core.validators import RegexValidator
from django.forms.utils import ErrorDict

from core.honeypot import HoneypotMixin
from core.markdown import render_markdown
from surveys.models import LONG_TEXT_MAX, OTHER_TEXT_MAX, PLACE_MAX, SHORT_TEXT_MAX, Question
from surveys.selectors import answer_catalogue_valid, tools_picker
from surveys.services import AnswerData, read_submission_token

OTHER = "autre"
# Answer.number is a 32-bit integer column: a number question without bounds still has these.
NUMBER_MIN, NUMBER_MAX = -2_147_483_648, 2_147_483_647
REQUIRED_MESSAGE = "Répondez à cette question : elle est obligatoire."
place_validator = RegexValidator(
    r"^(\d{5}|[^\W\d_][^\W\d_' -]*(?:['’ -]+[^\W\d_]+)*)$",
    "Indiquez un code postal à 5 chiffres (par exemple 37000) ou le nom d'une commune.",
)


MAX_TOOLS_CHOSEN = 100
SEARCH_BUTTON = "chercher"  # the name of the "Chercher un outil" button (its value: the question's field)


class ToolsPicker(forms.Widget):
    """The tools question: the shared picker (templates/components/picker.html), fed by the catalogue.

    Renders the most common entries grouped by need, the chosen ones and the matches of the
    respondent's search (`filter_text`), never the whole catalogue.
    """

    template_name = "surveys/widgets/tools_picker.html"
    use_fieldset = True
    question = None
    filter_text = ""
    search_url = ""

    def value_from_datadict(self, data, files, name):
        getter = getattr(data, "getlist", None)
        values = getter(name) if getter else data.get(name)
        return list(values or [])[:MAX_TOOLS_CHOSEN]

    def value_omitted_from_data(self, data, files, name):
        return False

    def format_value(self, value):
        if value is None:
            return []
        return [str(v) for v in (value if isinstance(value, list | tuple) else [value])]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = context["widget"]["value"]
        data = tools_picker(question=self.question, chosen=chosen, filter_text=self.filter_text)
        chosen_set = set(chosen)
        result_values = {item.value for item in data["results"] or []}
        groups = []
        for group in data["groups"]:
            items = [item for item in group["items"] if item.value not in result_values]
            if items:
                has_chosen = any(item.value in chosen_set for item in items)
                groups.append({"label": group["label"], "items": items, "open": has_chosen or not groups})
        context["picker"] = {
            "id": context["widget"]["attrs"].get("id") or f"id_{name}",
            "name": name,
            "groups": groups,
            "chosen": chosen_set,
            "results": data["results"],
            "suggestion": data["suggestion"],
            "suggestion_url": None,
            "status": (
                f"{len(data['results'])} outil{'s' if len(data['results']) > 1 else ''} pour « {self.filter_text} »."
                if data["results"] is not None
                else ""
            ),
            "filter": {
                "name": f"{name}_filtre",
                "value": self.filter_text,
                "url": self.search_url,
                "key": "valeurs",
                "param": "q",
                "formaction": "",
                "label": "Chercher dans la liste des outils",
                "help": "Un nom, un usage (« visio », « compta ») ; les accents et les fautes de frappe sont tolérés.",
                "button_name": SEARCH_BUTTON,
                "button_value": name,
                "button_label": "Chercher un outil",
                "placeholder": "Par exemple : drive, zoom, excel",
            },
            "noun": "outil",
        }
        return context


class ToolsField(forms.Field):
    """Catalogue products ("p<id>") and free tools ("t<id>") chosen with the picker, and "autre".

    The choices are not listed (the catalogue may hold thousands of entries): the values sent are
    checked against the published catalogue in two queries; unknown ones are dropped.
    """

    widget = ToolsPicker

    def __init__(self, *, allow_other=False, **kwargs):
        super().__init__(**kwargs)
        self.allow_other = allow_other

    def to_python(self, value):
        if not value:
            return []
        values = [str(v) for v in (value if isinstance(value, list | tuple) else [value])][:MAX_TOOLS_CHOSEN]
        known = answer_catalogue_valid([v for v in values if v != OTHER])
        kept = [v for v in values if v in known or (v == OTHER and self.allow_other)]
        return list(dict.fromkeys(kept))


class SurveyForm(HoneypotMixin, forms.Form):
    """Built from a survey's questions (choices prefetched) and the catalogue's published products and tools."""

    use_required_attribute = False  # errors come from the server, listed in the summary, the same with or without JS

    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, survey, questions, search_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.questions = list(questions)
        self.search_url = search_url
        self.nonce = None
        by_choice = {choice.pk: q for q in self.questions if q.is_choice for choice in q.choices.all()}
        for question in self.questions:
            parent = by_choice.get(question.show_if_choice_id)
            question._parent_field = parent.field_name if parent else None
        for question in self.questions:
            self.fields[question.field_name] = self._field_for(question)
            if question.offers_other:
                self.fields[question.other_field_name] = forms.CharField(
                    label=f"Autre (précisez) : {question.text}",
                    required=False,
                    max_length=OTHER_TEXT_MAX,
                    widget=forms.TextInput(attrs={"class": "survey-other", "maxlength": OTHER_TEXT_MAX}),
                )

    def _field_for(self, question):
        # Help written by coordinators is Markdown, sanitised (core.markdown): never raw HTML.
        common = {
            "label": question.text,
            "help_text": render_markdown(question.help_text),
            "required": question.required,
        }
        kind = question.kind
        Kind = Question.Kind
        if kind in (Kind.SINGLE, Kind.MULTIPLE):
            choices = [(str(choice.pk), choice.label) for choice in question.choices.all()]
            if question.has_other:
                choices.append((OTHER, "Autre (précisez)"))
            if kind == Kind.SINGLE:
                return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
            return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **common)
        if kind == Kind.SCALE:
            labels = {1: question.scale_min_label, 5: question.scale_max_label}
            choices = [(n, f"{n} – {labels[n]}" if labels.get(n) else str(n)) for n in range(1, 6)]
            return forms.TypedChoiceField(choices=choices, coerce=int, widget=forms.RadioSelect, **common)
        if kind == Kind.YES_NO:
            return forms.TypedChoiceField(
                choices=[("oui", "Oui"), ("non", "Non")],
                coerce=lambda value: value == "oui",
                widget=forms.RadioSelect,
                **common,
            )
        if kind == Kind.SHORT_TEXT:
            return forms.CharField(max_length=SHORT_TEXT_MAX, **common)
        if kind == Kind.LONG_TEXT:
            common["help_text"] = render_markdown(
                " ".join(filter(None, [question.help_text, f"{LONG_TEXT_MAX} caractères au plus."]))
            )
            return forms.CharField(max_length=LONG_TEXT_MAX, widget=forms.Textarea(attrs={"rows": 5}), **common)
        if kind == Kind.NUMBER:
            return number_field(question, common)
        if kind == Kind.PLACE:
            return forms.CharField(
                max_length=PLACE_MAX,
                validators=[place_validator],
                widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
                **common,
            )
        if kind == Kind.TOOLS:
            field = ToolsField(allow_other=question.has_other, **common)
            field.widget.question = question
            field.widget.search_url = self.search_url
            field.widget.filter_text = (
                (self.data.get(f"{question.field_name}_filtre") or "")[:200] if self.is_bound else ""
            )
            return field
        raise ValueError(f"type de question inconnu : {kind}")

    # Validation -------------------------------------------------------------------------------

    def clean_token(self):
        self.nonce = read_submission_token(survey=self.survey, value=self.cleaned_data["token"])
        if self.nonce is None:
            raise forms.ValidationError(
                "Ce formulaire n'est plus valable (expiré ou modifié). Vos réponses sont conservées : "
                "renvoyez-le simplement."
            )
        return self.cleaned_data["token"]

    def keep_answers_without_checking(self):
        """Show the posted answers again without any error (a search in the picker, an expired session)."""
        self._errors = ErrorDict()
        self.cleaned_data = {}

    def is_visible(self, question, values):
        """A question with a condition is shown only when the chosen answer was given before it."""
        condition = question.show_if_choice_id
        if condition is None or condition_field(question) is None:
            return True
        value = values.get(condition_field(question))
        if value is None:
            return False
        selected = value if isinstance(value, list) else [value]
        return str(condition) in selected

    def clean(self):
        cleaned = super().clean()
        values = {}
        for question in self.questions:
            name, other = question.field_name, question.other_field_name
            if not self.is_visible(question, values):
                # Hidden by its condition: not required, and whatever was sent is dropped.
                for key in (name, other):
                    self._errors.pop(key, None)
                    cleaned.pop(key, None)
                continue
            required_error = name in self._errors and self._errors[name].as_data()[0].code == "required"
            if required_error and question.offers_other and " ".join((cleaned.get(other) or "").split()):
                # Typing in "Autre (précisez)" answers the question: it counts as choosing "Autre".
                del self._errors[name]
                cleaned[name] = OTHER if question.kind == Question.Kind.SINGLE else []
            elif required_error:
                self._errors[name] = self.error_class([REQUIRED_MESSAGE], renderer=self.renderer)
            value = cleaned.get(name)
            values[name] = value
            if question.offers_other:
                selected = value if isinstance(value, list) else [value]
                other_text = " ".join((cleaned.get(other) or "").split())
                cleaned[other] = other_text
                if OTHER in selected and not other_text and other not in self._errors:
                    self.add_error(other, "Vous avez coché « Autre » : précisez votre réponse.")
                elif other_text and OTHER not in selected and name not in self._errors:
                    if question.kind == Question.Kind.SINGLE and value:
                        self.add_error(other, "Cochez « Autre » pour préciser, ou videz ce champ.")
                    elif question.kind == Question.Kind.SINGLE:
                        cleaned[name] = values[name] = OTHER
                    else:
                        cleaned[name] = values[name] = [*(value or []), OTHER]
        return cleaned

    def answers(self) -> list[AnswerData]:
        """The validated answers, one per answered visible question (empty answers are not stored)."""
        result = []
        Kind = Question.Kind
        for question in self.questions:
            name = question.field_name
            if name not in self.cleaned_data:
                continue
            value = self.cleaned_data[name]
            other = self.cleaned_data.get(question.other_field_name, "") if question.offers_other else ""
            data = AnswerData(question=question)
            if question.kind in (Kind.SINGLE, Kind.MULTIPLE):
                selected = value if isinstance(value, list) else ([value] if value else [])
                data.choice_ids = [int(v) for v in selected if v != OTHER]
                data.text = other if OTHER in selected else ""
                if not data.choice_ids and not data.text:
                    continue
            elif question.kind == Kind.TOOLS:
                data.product_ids = [int(v[1:]) for v in value if v.startswith("p")]
                data.tool_ids = [int(v[1:]) for v in value if v.startswith("t")]
                data.text = other if OTHER in value else ""
                if not (data.product_ids or data.tool_ids or data.text):
                    continue
            elif question.kind in (Kind.SCALE, Kind.NUMBER):
                if value in (None, ""):
                    continue
                data.number = value
            elif question.kind == Kind.YES_NO:
                if value in (None, ""):
                    continue
                data.boolean = value
            else:
                text = re.sub(r"[ \t]+", " ", value.replace("\r\n", "\n")).strip()
                if not text:
                    continue
                data.text = text
            result.append(data)
        return result

    # Presentation -----------------------------------------------------------------------------

    def groups(self):
        """Consecutive questions of the same section, for the template: [{section, number, items}]."""
        groups = []
        for index, question in enumerate(self.questions, start=1):
            if not groups or groups[-1]["section"] != question.section:
                groups.append({"section": question.section, "items": []})
            groups[-1]["items"].append(
                {
                    "number": index,
                    "question": question,
                    "field": self[question.field_name],
                    "other": self[question.other_field_name] if question.offers_other else None,
                    "condition_field": condition_field(question),
                }
            )
        sectioned = [group for group in groups if group["section"] is not None]
        for number, group in enumerate(sectioned, start=1):
            group["number"] = number
            group["total"] = len(sectioned)
        return groups


def number_field(question, common):
    """An integer within the question's bounds, and always within what the database can store.

    A bound the coordinator chose keeps Django's French message ("inférieure ou égale à 500");
    the technical bounds of a question without one get a message of their own.
    """
    messages = {"invalid": "Indiquez un nombre entier, en chiffres."}
    if question.min_value is None:
        messages["min_value"] = "Ce nombre est trop petit : indiquez un nombre entier plus grand."
    if question.max_value is None:
        messages["max_value"] = "Ce nombre est trop grand : indiquez un nombre entier plus petit."
    field = forms.IntegerField(
        min_value=NUMBER_MIN if question.min_value is None else max(question.min_value, NUMBER_MIN),
        max_value=NUMBER_MAX if question.max_value is None else min(question.max_value, NUMBER_MAX),
        error_messages=messages,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        **common,
    )
    # The browser's own check only for the bounds the coordinator chose (the others are technical).
    if question.min_value is None:
        field.widget.attrs.pop("min", None)
    if question.max_value is None:
        field.widget.attrs.pop("max", None)
    return field


def condition_field(question):
    """The field name of the question whose choice shows this one (set by SurveyForm)."""
    return getattr(question, "_parent_field", None)


WORKSHOP_QUOTA_MAX = 500
WORKSHOP_LENGTH_MAX_DAYS = 7


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class WorkshopLinkForm(forms.Form):
    """A coordinator's new workshop link: a name, a time window (a week at most) and a quota."""

    label = forms.CharField(
        label="Nom de l'atelier",
        max_length=120,
        help_text="Pour vous y retrouver, par exemple « Atelier du 12 mars, médiathèque de Joué ».",
        error_messages={"required": "Donnez un nom à l'atelier."},
    )
    starts_at = forms.DateTimeField(
        label="Valable à partir du",
        widget=DateTimeLocalInput(),
        error_messages={"required": "Indiquez le début.", "invalid": "Indiquez une date et une heure valables."},
    )
    ends_at = forms.DateTimeField(
        label="Valable jusqu'au",
        widget=DateTimeLocalInput(),
        error_messages={"required": "Indiquez la fin.", "invalid": "Indiquez une date et une heure valables."},
    )
    quota = forms.IntegerField(
        label="Nombre de réponses au plus",
        min_value=1,
        max_value=WORKSHOP_QUOTA_MAX,
        help_text=f"Le nombre de participants attendus, avec un peu de marge ({WORKSHOP_QUOTA_MAX} au plus).",
        error_messages={
            "required": "Indiquez le nombre de réponses attendues.",
            "invalid": "Indiquez un nombre entier.",
        },
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_at"), cleaned.get("ends_at")
        if start and end:
            if end <= start:
                self.add_error("ends_at", "La fin doit venir après le début.")
            elif (end - start).days >= WORKSHOP_LENGTH_MAX_DAYS:
                self.add_error("ends_at", f"Un lien d'atelier vaut {WORKSHOP_LENGTH_MAX_DAYS} jours au plus.")
        return cleaned
