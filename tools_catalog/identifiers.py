"""Identifiers of a tool in other catalogues, so that an advisor can read more and the data can be
joined with national catalogues: a Wikidata item, a Framalibre notice, a SILL entry.

Each is stored as the short key (Q213483, "nextcloud", "Nextcloud"); `normalise_*` accept what a
coordinator pastes (the whole address of the page) and keep the key; `*_url` build the link out.
"""

import re
from urllib.parse import parse_qs, quote, unquote, urlparse

from django.core.exceptions import ValidationError

WIKIDATA_RE = re.compile(r"^Q[1-9]\d{0,11}$")
FRAMALIBRE_RE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
SILL_RE = re.compile(r"^[\w .+()'-]{1,120}$")

WIKIDATA_URL = "https://www.wikidata.org/wiki/{}"
FRAMALIBRE_URL = "https://framalibre.org/notices/{}.html"
SILL_URL = "https://code.gouv.fr/sill/detail?name={}"


def normalise_wikidata_id(value):
    """ "https://www.wikidata.org/wiki/Q213483" or "q213483" -> "Q213483"; other text unchanged."""
    text = (value or "").strip()
    if "wikidata.org" in text:
        text = urlparse(text).path.rstrip("/").rsplit("/", 1)[-1]
    return text.upper() if re.fullmatch(r"[qQ]\d+", text) else text


def normalise_framalibre_slug(value):
    """ "https://framalibre.org/notices/nextcloud.html" -> "nextcloud"."""
    text = (value or "").strip()
    if "framalibre.org" in text:
        text = urlparse(text).path.rstrip("/").rsplit("/", 1)[-1]
        text = text[: -len(".html")] if text.endswith(".html") else text
    return text


def normalise_sill_id(value):
    """ "https://code.gouv.fr/sill/detail?name=Nextcloud" -> "Nextcloud"."""
    text = (value or "").strip()
    if "code.gouv.fr" in text or "sill" in urlparse(text).netloc:
        names = parse_qs(urlparse(text).query).get("name")
        text = names[0] if names else unquote(urlparse(text).path.rstrip("/").rsplit("/", 1)[-1])
    return text


def validate_wikidata_id(value):
    if value and not WIKIDATA_RE.match(value):
        raise ValidationError(
            f"« {value} » n'est pas un élément Wikidata : écrivez Q suivi de chiffres, par exemple Q213483.",
            code="invalid_wikidata",
        )


def validate_framalibre_slug(value):
    if value and not FRAMALIBRE_RE.match(value):
        raise ValidationError(
            f"« {value} » n'est pas un nom de notice Framalibre : collez l'adresse de la notice "
            "(framalibre.org/notices/nom.html) ou son nom en minuscules.",
            code="invalid_framalibre",
        )


def validate_sill_id(value):
    if value and not SILL_RE.match(value):
        raise ValidationError(
            f"« {value} » n'est pas un nom de fiche du SILL : collez l'adresse de la fiche "
            "(code.gouv.fr/sill/detail?name=…) ou le nom qui suit name=.",
            code="invalid_sill",
        )


def wikidata_url(identifier):
    return WIKIDATA_URL.format(identifier) if identifier else ""


def framalibre_url(slug):
    return FRAMALIBRE_URL.format(slug) if slug else ""


def sill_url(name):
    return SILL_URL.format(quote(name)) if name else ""


def links_for(tool):
    """[(label, url)] of the tool in other catalogues, for the tool page and the exports."""
    links = [
        ("Wikidata", wikidata_url(tool.wikidata_id)),
        ("Framalibre", framalibre_url(tool.framalibre_slug)),
        ("SILL (Socle interministériel de logiciels libres)", sill_url(tool.sill_id)),
    ]
    return [(label, url) for label, url in links if url]
