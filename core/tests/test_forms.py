"""core.forms: the https-only URL field and the `formfield_callback` that puts it on every URLField."""

import pytest
from django import forms
from django.db import models

from core.forms import HttpsURLField, PortalFormRenderer, https_urls


class SiteForm(forms.Form):
    site = HttpsURLField(required=False)


@pytest.mark.parametrize(
    "typed,cleaned",
    [
        ("framasoft.org", "https://framasoft.org"),
        ("framasoft.org/fr/", "https://framasoft.org/fr/"),
        ("https://framasoft.org", "https://framasoft.org"),
        ("http://exemple.fr", "http://exemple.fr"),  # kept: some associations still have no https
        ("  https://exemple.fr/page  ", "https://exemple.fr/page"),
        ("", ""),
    ],
)
def test_a_web_address_is_accepted_and_gets_https_when_typed_without_a_scheme(typed, cleaned):
    form = SiteForm(data={"site": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["site"] == cleaned


@pytest.mark.parametrize(
    "typed",
    ["ftp://exemple.fr/fichier", "javascript:alert(1)", "javascript://exemple.fr/%0Aalert(1)", "file:///etc/passwd",
     "data:text/html,<script>", "https://", "pas une adresse"],
)  # fmt: skip
def test_other_schemes_and_non_addresses_are_refused_in_french(typed):
    form = SiteForm(data={"site": typed})
    assert not form.is_valid()
    assert form.errors["site"] == ["Saisissez une URL valide."]
    assert form["site"].value() == typed  # what was typed is shown again


def test_https_urls_turns_every_model_url_field_into_an_https_field():
    field = https_urls(models.URLField(blank=True))
    assert type(field) is HttpsURLField and field.required is False
    name = https_urls(models.CharField(max_length=20))
    assert type(name) is forms.CharField and name.max_length == 20


def test_https_urls_keeps_the_options_a_form_passes():
    field = https_urls(models.URLField(), label="Site web", help_text="Adresse publique")
    assert (field.label, field.help_text) == ("Site web", "Adresse publique")


def test_the_renderer_uses_the_portal_components():
    renderer = PortalFormRenderer()
    assert renderer.form_template_name == "components/form.html"
    assert renderer.field_template_name == "components/field.html"
