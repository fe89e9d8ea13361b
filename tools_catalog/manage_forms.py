"""Forms of the coordinators' front-end pages of the catalogue (tools_catalog/manage_views.py).

Every form carries `empreinte`, the digest of the values it was opened with (the optimistic lock,
services.entry_fingerprint). Lists of choices are checkboxes (a plain click never drops the other
choices); the long ones get a filter box from tools_catalog/manage.js.
"""

from django import forms
from django.utils.html import conditional_escape
from django.utils.text import slugify

from core.forms import https_urls
from tools_catalog.licences import validate_licence
from tools_catalog.models import Equivalence, Guide, HostedOffer, Hoster, Need, ProprietaryProduct, Tool
from tools_catalog.services import entry_fingerprint, existing_pair_message

FILTERABLE = {"data-filtrable": "1"}
# Addresses of the catalogue's own pages: a tool with one of these slugs would have no reachable page.
RESERVED_TOOL_SLUGS = {"besoins", "remplacer", "equivalences", "coordination", "gestion", "comparer", "guides"}


class ManageForm(forms.ModelForm):
    """Common part: the lock, and a slug made from the name when left empty."""

    empreinte = forms.CharField(widget=forms.HiddenInput, required=False)
    slug_source = "name"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("empreinte", entry_fingerprint(self.instance, self.lock_fields()))
        for formfield in self.fields.values():
            # The field component shows help as HTML; these are plain texts ("…/notices/<nom>.html").
            formfield.help_text = conditional_escape(formfield.help_text)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = "Laissez vide : il est fait à partir du nom. Modifiable."

    @classmethod
    def lock_fields(cls):
        return [name for name in cls._meta.fields if name != "empreinte"]

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or slugify(self.data.get(self.add_prefix(self.slug_source), ""))[:120]
        if not slug:
            raise forms.ValidationError("Indiquez un nom : l'adresse de la page en est faite.")
        return slug

    def relations(self):
        """The many-to-many values to save, {name: values}."""
        return {
            name: self.cleaned_data[name]
            for name in self._meta.fields
            if name in self.cleaned_data and self.instance._meta.get_field(name).many_to_many
        }


def checkboxes(queryset, label, help_text=""):
    return forms.ModelMultipleChoiceField(
        queryset=queryset,
        required=False,
        label=label,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple(attrs=FILTERABLE),
    )


class ToolForm(ManageForm):
    platforms = forms.MultipleChoiceField(
        label="Plateformes",
        choices=Tool.Platform.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "« %(value)s » n'est pas une plateforme de la liste."},
    )
    licence = forms.CharField(
        label="Licence (expression SPDX)",
        max_length=120,
        widget=forms.TextInput(attrs={"list": "licences-spdx", "autocomplete": "off", "spellcheck": "false"}),
        help_text=(
            "Tapez pour chercher dans la liste SPDX : AGPL-3.0-or-later, GPL-2.0-only, MPL-2.0 OR Apache-2.0. "
            "Pour une distribution : « distribution : nombreuses licences libres »."
        ),
    )

    class Meta:
        model = Tool
        formfield_callback = https_urls
        fields = [
            "name",
            "slug",
            "summary",
            "description",
            "access",
            "platforms",
            "needs",
            "hosters",
            "tags",
            "cost_model",
            "ease",
            "available_in_french",
            "website",
            "source_url",
            "licence",
            "licence_evidence_url",
            "licence_checked_on",
            "licence_checked_by",
            "maintenance_status",
            "maintenance_since",
            "maintenance_note",
            "successor",
            "wikidata_id",
            "framalibre_slug",
            "sill_id",
            "privacy_notes",
            "is_published",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "maintenance_note": forms.Textarea(attrs={"rows": 3}),
            "privacy_notes": forms.Textarea(attrs={"rows": 3}),
            "licence_checked_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "maintenance_since": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["needs"] = checkboxes(Need.objects.ordered(), "Besoins")
        self.fields["hosters"] = checkboxes(
            Hoster.objects.order_by("name"),
            "Où l'utiliser sans installer (hébergeurs)",
            "Cochez les hébergeurs qui proposent l'outil ; retirer un hébergeur supprime son offre "
            "(adresse, conditions). Les détails de chaque offre se modifient sur la page des offres.",
        )
        successors = Tool.objects.order_by("name").only("pk", "name")
        if self.instance.pk:
            successors = successors.exclude(pk=self.instance.pk)
        self.fields["successor"].queryset = successors
        self.fields["successor"].empty_label = "Aucun"
        self.fields["tags"].required = False
        self.fields["tags"].help_text = "Séparés par des virgules."

    def clean_slug(self):
        slug = super().clean_slug()
        if slug in RESERVED_TOOL_SLUGS:
            raise forms.ValidationError(
                f"« {slug} » est déjà l'adresse d'une page du catalogue : choisissez un autre identifiant."
            )
        return slug

    def clean_licence(self):
        value = self.cleaned_data["licence"].strip()
        validate_licence(value)
        return value


class ProductForm(ManageForm):
    class Meta:
        model = ProprietaryProduct
        formfield_callback = https_urls
        fields = [
            "name",
            "slug",
            "aliases",
            "vendor",
            "needs",
            "website",
            "business_model",
            "concerns",
            "wikidata_id",
            "is_published",
        ]
        widgets = {"concerns": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["needs"] = checkboxes(Need.objects.ordered(), "Besoins")


class EquivalenceForm(ManageForm):
    markdown_fields = ["losses", "gains", "migration_steps"]

    class Meta:
        model = Equivalence
        formfield_callback = https_urls
        fields = [
            "product",
            "tool",
            "coverage",
            "losses",
            "gains",
            "migration_effort",
            "migration_steps",
            "cost_note",
            "evidence_url",
            "checked_on",
            "checked_by",
            "is_published",
        ]
        widgets = {
            "losses": forms.Textarea(attrs={"rows": 4}),
            "gains": forms.Textarea(attrs={"rows": 4}),
            "migration_steps": forms.Textarea(attrs={"rows": 8}),
            "checked_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        labels = {
            "losses": "Ce que l'association perd (Markdown)",
            "gains": "Ce que l'association gagne (Markdown)",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = ProprietaryProduct.objects.order_by("name").only("pk", "name")
        self.fields["tool"].queryset = Tool.objects.order_by("name").only("pk", "name")
        self.fields["product"].empty_label = "Choisir un produit"
        self.fields["tool"].empty_label = "Choisir un outil libre"

    def clean(self):
        cleaned = super().clean()
        product, tool = cleaned.get("product"), cleaned.get("tool")
        if product and tool:
            existing = Equivalence.objects.filter(product=product, tool=tool).exclude(pk=self.instance.pk)
            existing = existing.only("is_published").first()
            if existing is not None:
                self.add_error("tool", existing_pair_message(product, tool, published=existing.is_published))
        return cleaned

    def validate_unique(self):
        """The pair's uniqueness has its French message in clean()."""
        exclude = self._get_validation_exclusions()
        exclude.update({"product", "tool"})
        try:
            self.instance.validate_unique(exclude=exclude)
        except forms.ValidationError as error:
            self._update_errors(error)


class NeedForm(ManageForm):
    class Meta:
        model = Need
        fields = ["name", "slug", "description", "synonyms", "position"]


class GuideForm(ManageForm):
    slug_source = "title"
    markdown_fields = ["body"]

    class Meta:
        model = Guide
        fields = ["title", "slug", "summary", "body", "position", "is_published"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}


class HosterForm(ManageForm):
    class Meta:
        model = Hoster
        formfield_callback = https_urls
        fields = ["name", "url", "is_chatons_member", "description", "closed_on", "closure_note"]
        widgets = {"closed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


class HostedOfferForm(ManageForm):
    class Meta:
        model = HostedOffer
        formfield_callback = https_urls
        fields = [
            "tool",
            "hoster",
            "url",
            "conditions",
            "caveat",
            "position",
            "status",
            "status_since",
            "status_note",
            "evidence_url",
            "checked_on",
            "checked_by",
        ]
        widgets = {
            "status_since": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "checked_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tool"].queryset = Tool.objects.order_by("name").only("pk", "name")
        self.fields["hoster"].queryset = Hoster.objects.order_by("name").only("pk", "name")

    def clean(self):
        cleaned = super().clean()
        tool, hoster = cleaned.get("tool"), cleaned.get("hoster")
        if tool and hoster:
            taken = HostedOffer.objects.filter(tool=tool, hoster=hoster).exclude(pk=self.instance.pk).exists()
            if taken:
                self.add_error("hoster", f"{hoster.name} a déjà une offre pour {tool.name} : modifiez-la plutôt.")
        return cleaned

    def validate_unique(self):
        exclude = self._get_validation_exclusions()
        exclude.update({"tool", "hoster"})
        try:
            self.instance.validate_unique(exclude=exclude)
        except forms.ValidationError as error:
            self._update_errors(error)


class ReportCloseForm(forms.Form):
    resolution = forms.CharField(
        label="Ce qui a été fait (facultatif)",
        required=False,
        max_length=500,
        error_messages={"max_length": "500 caractères au plus (vous en avez écrit %(show_value)d)."},
    )
