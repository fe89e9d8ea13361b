"""SPDX licence identifiers accepted for free tools (the OSI/FSF-approved ones tools here use)."""

from django.core.exceptions import ValidationError

SPDX_LICENCES = {
    "0BSD", "AFL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-2.0", "Artistic-2.0",
    "BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "CC0-1.0", "CECILL-2.1", "CECILL-B", "CECILL-C",
    "EPL-2.0", "EUPL-1.2", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later",
    "ISC", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT",
    "MPL-2.0", "OSL-3.0", "PostgreSQL", "Python-2.0", "Unlicense", "Zlib",
}  # fmt: skip
SPDX_BY_LOWER = {identifier.lower(): identifier for identifier in SPDX_LICENCES}


def validate_spdx_licence(value):
    """Accept one SPDX identifier, or several joined by " OR " / " AND " (dual licensing)."""
    parts = [part.strip() for part in value.replace(" AND ", " OR ").split(" OR ")]
    unknown = [part for part in parts if part not in SPDX_LICENCES]
    if not parts or unknown:
        hint = ", ".join(SPDX_BY_LOWER[p.lower()] for p in unknown if p.lower() in SPDX_BY_LOWER)
        message = f"« {value} » n'est pas un identifiant de licence SPDX reconnu."
        if hint:
            message += f" Vouliez-vous dire : {hint} ?"
        raise ValidationError(message, code="invalid_licence")
