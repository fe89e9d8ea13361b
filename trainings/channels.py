"""Channel codes: which channel brought a registration (a town hall's poster, a partner's widget…).

A link to a session may carry `?canal=<code>`; the registration keeps only that short code (no
personal data, nothing about the person). Known codes: `mairie-<INSEE>` for a commune of the
portal's table (the town-hall kit prints it in the QR code), and the few fixed codes below. An
unknown code is ignored (the registration is kept, without a channel).
"""

import re

from actors.models import Commune

TOWN_HALL_PREFIX = "mairie-"
FIXED_CHANNELS = {
    "widget": "Bloc intégré sur le site d'un partenaire",
    "lettre": "Lettre d'information",
    "reseau": "Réseau partenaire",
    "presse": "Presse",
    "affiche": "Affiche (hors mairie)",
}
TOWN_HALL_CODE = re.compile(r"^mairie-(\d{5}|2[AB]\d{3})$")
MAX_LENGTH = 20


def town_hall_channel(insee_code: str) -> str:
    """The channel code of a commune's town hall (`mairie-37132`)."""
    return f"{TOWN_HALL_PREFIX}{insee_code}"


def clean_channel(value) -> str:
    """The channel code if it is a known one, otherwise "" (ignored). At most one query."""
    code = str(value or "").strip().lower()[:40]
    if code in FIXED_CHANNELS:
        return code
    match = TOWN_HALL_CODE.match(code)
    if match and Commune.objects.filter(insee_code=match.group(1)).exists():
        return code
    return ""


def channel_label(code: str, communes_by_insee=None) -> str:
    """A French label for a code; `communes_by_insee` (INSEE -> name) avoids a query per code."""
    if code in FIXED_CHANNELS:
        return FIXED_CHANNELS[code]
    if not code:
        return "Sans code (site du portail, bouche-à-oreille…)"
    if code.startswith(TOWN_HALL_PREFIX):
        insee = code[len(TOWN_HALL_PREFIX) :]
        name = (communes_by_insee or {}).get(insee)
        return f"Mairie de {name}" if name else f"Mairie ({insee})"
    return code
