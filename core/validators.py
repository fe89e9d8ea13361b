"""Validators shared by every app.

`single_line` is for short identity fields (names, organisation, role) that end up in e-mails,
CSV files and attendance sheets: a line break or a control character there lets someone shape
the text of a message the portal sends, or hide text from the person reading it.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible

SINGLE_LINE_MESSAGE = "Écrivez sur une seule ligne, sans retour à la ligne ni caractère de contrôle."

# Direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees.
_BIDI_CONTROLS = {chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def forbidden_characters(value: str) -> list[str]:
    """The characters of `value` a single-line field refuses: controls (Cc, line breaks and tabs
    included), line and paragraph separators (Zl, Zp) and direction controls."""
    return [char for char in value or "" if unicodedata.category(char) in {"Cc", "Zl", "Zp"} or char in _BIDI_CONTROLS]


@deconstructible
class SingleLineValidator:
    message = SINGLE_LINE_MESSAGE
    code = "single_line"

    def __call__(self, value):
        if forbidden_characters(value):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, SingleLineValidator)


single_line = SingleLineValidator()
