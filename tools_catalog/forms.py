"""Forms of the catalogue's public and advisors' pages (the admin has its own, in admin.py)."""

from django import forms

from core.forms import HttpsURLField, https_urls
from core.honeypot import HoneypotMixin
from tools_catalog.models import CatalogueReport, Equivalence, ProprietaryProduct, Tool
from tools_catalog.services import existing_pair_message


class CatalogueReportForm(HoneypotMixin, forms.ModelForm):
    """ "Signaler une erreur ou proposer une alternative": short, no account; the kernel's honeypot."""

    class Meta:
        model = CatalogueReport
        fields = ["kind", "message", "contact_email"]
        widgets = {
            "kind": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        }
        error_messages = {
            "kind": {"required": "Dites s'il s'agit d'une erreur ou d'une alternative."},
            "message": {
                "required": "Dites-nous ce qui est faux, ou quelle alternative vous proposez.",
                "max_length": "Votre message dépasse 2 000 caractères (il en compte %(show_value)d).",
            },
            "contact_email": {"invalid": "Cette adresse de courriel n'est pas valable (par exemple nom@exemple.fr)."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].label = "Votre signalement"
        self.fields["message"].help_text = (
            "Par exemple : la licence a changé, l'historique peut maintenant être importé, ce service a fermé ; "
            "ou le nom d'un outil libre qui fait la même chose. Donnez la source si vous l'avez."
        )


class EquivalenceProposalForm(forms.ModelForm):
    """An advisor proposes a free alternative to a product, with what is lost and gained."""

    evidence_url = HttpsURLField(
        label="Source (facultatif)",
        required=False,
        help_text="Une page qui montre ce que vous avancez (documentation, comparatif).",
    )

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
        ]
        widgets = {
            "losses": forms.Textarea(attrs={"rows": 3}),
            "gains": forms.Textarea(attrs={"rows": 3}),
            "migration_steps": forms.Textarea(attrs={"rows": 5}),
        }
        error_messages = {
            "product": {"required": "Choisissez le produit propriétaire à remplacer."},
            "tool": {"required": "Choisissez l'outil libre que vous proposez."},
            "coverage": {"required": "Dites si l'outil couvre tous les usages, l'essentiel, ou autrement."},
            "losses": {"required": "Dites honnêtement ce que l'association perd : c'est ce qui rend l'avis crédible."},
            "gains": {"required": "Dites ce que l'association gagne."},
            "migration_effort": {"required": "Estimez l'effort de migration."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = ProprietaryProduct.objects.published().only("pk", "name")
        self.fields["tool"].queryset = Tool.objects.published().only("pk", "name")
        self.fields["product"].empty_label = "Choisir un produit"
        self.fields["tool"].empty_label = "Choisir un outil libre"
        self.fields[
            "migration_steps"
        ].help_text = (
            "Facultatif. Les vraies étapes pour ce couple : format d'export, menu, ce qui casse, le temps qu'il faut."
        )

    def clean(self):
        """An existing pair gets its own French message next to the tool (published, or waiting for review)."""
        cleaned = super().clean()
        product, tool = cleaned.get("product"), cleaned.get("tool")
        if product and tool:
            existing = Equivalence.objects.filter(product=product, tool=tool).only("is_published").first()
            if existing is not None:
                self.add_error("tool", existing_pair_message(product, tool, published=existing.is_published))
        return cleaned


class ReportDecisionForm(forms.Form):
    """A coordinator accepts or rejects a report, saying what was done."""

    decision = forms.ChoiceField(
        label="Décision",
        choices=[("accept", "Accepter"), ("reject", "Refuser")],
        error_messages={"required": "Choisissez d'accepter ou de refuser.", "invalid_choice": "Décision inconnue."},
    )
    resolution = forms.CharField(
        label="Ce qui a été fait (facultatif)",
        required=False,
        max_length=500,
        error_messages={"max_length": "500 caractères au plus (vous en avez écrit %(show_value)d)."},
    )


class ProposalDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Décision",
        choices=[("publish", "Publier"), ("reject", "Refuser")],
        error_messages={"required": "Choisissez de publier ou de refuser.", "invalid_choice": "Décision inconnue."},
    )
