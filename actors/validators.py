"""Validators for French identifiers and OpenStreetMap opening hours."""

import re

from django.core.exceptions import ValidationError


def luhn_is_valid(digits):
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def validate_siret(value):
    """14 digits with a valid Luhn key (La Poste's establishments use a digit-sum rule)."""
    compact = value.replace(" ", "")
    if not re.fullmatch(r"\d{14}", compact):
        raise ValidationError("Le SIRET compte 14 chiffres.", code="invalid_siret")
    is_la_poste = compact.startswith("356000000")
    if is_la_poste and sum(int(char) for char in compact) % 5 == 0:
        return
    if not luhn_is_valid(compact):
        raise ValidationError("Ce SIRET n'est pas valide : vérifiez les 14 chiffres.", code="invalid_siret")


def normalize_siret(value):
    """Keep the 14 digits only: "123 456 789 00012" -> "12345678900012"."""
    return re.sub(r"[\s.]", "", value or "")
