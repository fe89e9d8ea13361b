"""Open data exports of the published actors: CSV, JSON and data·inclusion "structures" (schema v1).

Each export runs a fixed number of queries (one per prefetched relation) whatever the number of actors.
"""

import re

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from actors.models import Actor, Commune
from core import exports as kernel_exports
from tools_catalog.models import Need, Tool

DATA_INCLUSION_SOURCE = "ptca37"
DATA_INCLUSION_NETWORKS = {Actor.Kind.PUBLIC_DIGITAL_SPACE: "espaces-publics-numeriques"}


def export_queryset():
    """Published actors with every relation an export needs, by name."""
    return Actor.objects.published().prefetch_related(
        "services",
        Prefetch("tools", queryset=Tool.objects.published().order_by("name").only("name", "slug")),
        Prefetch("needs", queryset=Need.objects.ordered().only("name", "slug")),
        Prefetch("communes_served", queryset=Commune.objects.order_by("search_name").only("name", "insee_code")),
    )


def actor_as_dict(actor):
    return {
        "id": actor.pk,
        "nom": actor.name,
        "sigle": actor.acronym,
        "identifiant": actor.slug,
        "url": settings.SITE_URL + actor.get_absolute_url(),
        "type": actor.get_kind_display(),
        "presentation": actor.summary,
        "description": actor.description,
        "services": [service.name for service in actor.services.all()],
        "publics": actor.get_publics_display(),
        "outils": [{"nom": tool.name, "identifiant": tool.slug} for tool in actor.tools.all()],
        "besoins": [{"nom": need.name, "identifiant": need.slug} for need in actor.needs.all()],
        "tout_le_departement": actor.serves_whole_departement,
        "communes_desservies": [
            {"nom": commune.name, "code_insee": commune.insee_code} for commune in actor.communes_served.all()
        ],
        "adresse": actor.street,
        "complement_adresse": actor.address_complement,
        "code_postal": actor.postal_code,
        "commune": actor.commune,
        "code_insee": actor.insee_code,
        "latitude": float(actor.latitude) if actor.latitude is not None else None,
        "longitude": float(actor.longitude) if actor.longitude is not None else None,
        "position_approximative": actor.location_is_approximate,
        "site_web": actor.website,
        "courriel": actor.email,
        "telephone": actor.phone,
        "horaires_osm": actor.opening_hours,
        "horaires": actor.opening_hours_lines(),
        "modes_acces": actor.get_access_modes_display(),
        "accessibilite": actor.accessibility_notes,
        "fiche_acceslibre": actor.acceslibre_url,
        "siret": actor.siret,
        "rna": actor.rna,
        "verifie_le": actor.verified_on.isoformat() if actor.verified_on else None,
        "modifie_le": timezone.localtime(actor.updated_at).isoformat(),
    }


CSV_COLUMNS = [
    "id", "nom", "sigle", "identifiant", "url", "type", "presentation", "services", "publics", "outils", "besoins",
    "tout_le_departement", "communes_desservies", "adresse", "complement_adresse", "code_postal", "commune",
    "code_insee", "latitude", "longitude", "position_approximative", "site_web", "courriel", "telephone",
    "horaires_osm", "modes_acces", "accessibilite", "fiche_acceslibre", "siret", "rna", "verifie_le", "modifie_le",
]  # fmt: skip


def _csv_cell(value):
    if isinstance(value, list):
        return " | ".join(item["nom"] if isinstance(item, dict) else str(item) for item in value)
    return value


def csv_rows():
    for actor in export_queryset():
        row = actor_as_dict(actor)
        yield [_csv_cell(row[column]) for column in CSV_COLUMNS]


def source_url():
    """Where the directory comes from: the actors' list page (the exports' `source`)."""
    return settings.SITE_URL + reverse("actors:actor_list")


def csv_response():
    return kernel_exports.open_data_csv_response("acteurs.csv", CSV_COLUMNS, csv_rows(), source=source_url())


def json_response():
    actors = [actor_as_dict(actor) for actor in export_queryset()]
    payload = kernel_exports.envelope("ptca-acteurs", {"nombre": len(actors), "acteurs": actors}, source=source_url())
    response = kernel_exports.json_response("acteurs.json", payload)
    return kernel_exports.open_data_link(response, source=source_url())


def e164(phone):
    """ "02 47 00 00 00" -> "+33247000000" (data·inclusion prefers E.164)."""
    digits = re.sub(r"\D", "", phone or "")
    if not digits:
        return None
    if digits.startswith("33"):
        return "+" + digits
    if digits.startswith("0") and len(digits) == 10:
        return "+33" + digits[1:]
    return phone


def _or_none(value):
    return value or None


def structure_as_dict(actor):
    """One actor as a data·inclusion v1 structure (https://www.data.inclusion.beta.gouv.fr/)."""
    description = actor.description or actor.summary
    return {
        "source": DATA_INCLUSION_SOURCE,
        "id": f"{DATA_INCLUSION_SOURCE}--{actor.pk}",
        "nom": actor.name[:150].rstrip(" ."),
        "date_maj": timezone.localtime(actor.updated_at).date().isoformat(),
        "description": description[:10000] if len(description) >= 5 else None,
        "lien_source": settings.SITE_URL + actor.get_absolute_url(),
        "siret": _or_none(actor.siret),
        "commune": _or_none(actor.commune),
        "code_postal": _or_none(actor.postal_code),
        "code_insee": _or_none(actor.insee_code),
        "adresse": _or_none(actor.street),
        "complement_adresse": _or_none(actor.address_complement),
        "longitude": float(actor.longitude) if actor.longitude is not None else None,
        "latitude": float(actor.latitude) if actor.latitude is not None else None,
        "telephone": e164(actor.phone),
        "courriel": _or_none(actor.email),
        "site_web": _or_none(actor.website),
        "horaires_accueil": _or_none(actor.opening_hours),
        "accessibilite_lieu": _or_none(actor.acceslibre_url),
        "reseaux_porteurs": [DATA_INCLUSION_NETWORKS[actor.kind]] if actor.kind in DATA_INCLUSION_NETWORKS else None,
    }


def data_inclusion_response():
    """A bare list of structures, as the data·inclusion schema wants: licence and source in the `Link` header."""
    structures = [structure_as_dict(actor) for actor in Actor.objects.published()]
    response = kernel_exports.json_response("structures-data-inclusion.json", structures)
    return kernel_exports.open_data_link(response, source=source_url())
