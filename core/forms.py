"""Form helpers shared by every app: the renderer and the https-only URL field."""

from django import forms
from django.core import validators
from django.db import models
from django.forms.renderers import TemplatesSetting


class PortalFormRenderer(TemplatesSetting):
    """Render every form with the portal's components (templates/components/)."""

    form_template_name = "components/form.html"
    field_template_name = "components/field.html"


class HttpsURLField(forms.URLField):
    """A web address (http or https only): typed without a scheme it gets https://.

    https:// is Django 6's default, chosen now; ftp:// and other schemes are refused.
    """

    default_validators = [validators.URLValidator(schemes=["http", "https"])]

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)


def https_urls(model_field, **kwargs):
    """`formfield_callback` for model forms: every URLField becomes an HttpsURLField."""
    if isinstance(model_field, models.URLField):
        kwargs["form_class"] = HttpsURLField
    return model_field.formfield(**kwargs)
