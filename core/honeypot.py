"""One honeypot for every public form: a field people never see and robots fill in.

The field is `site_web` everywhere. A form that mixes in `HoneypotMixin` gets the field and
`is_spam()`. The view then pretends all went well and stores nothing (the robot learns
nothing), counts the attempt against the form's rate limit, and logs it without personal data.
Templates render it with `{% include "components/honeypot.html" with field=form.site_web %}`.
"""

import logging

from django import forms

FIELD_NAME = "site_web"
logger = logging.getLogger(__name__)


class HoneypotField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Laissez ce champ vide")
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
        super().__init__(**kwargs)


class HoneypotMixin:
    """Adds the `site_web` honeypot to a form and `is_spam()` (True when a robot filled it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[FIELD_NAME] = HoneypotField()

    def is_spam(self) -> bool:
        return is_spam(self.data)


def is_spam(data) -> bool:
    """True when the honeypot of a submitted form (its POST data) was filled in."""
    spam = bool((data or {}).get(FIELD_NAME))
    return spam


def log_hit(scope: str) -> None:
    logger.info("honeypot filled: scope=%s", scope)
