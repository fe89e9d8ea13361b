"""Open data: the published catalogue as JSON and CSV (format documented in docs/tools_catalog.md)."""

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse

from core.exports import envelope
from tools_catalog.identifiers import framalibre_url, sill_url, wikidata_url
from tools_catalog.licences import is_distribution
from tools_catalog.models import Equivalence, Need, ProprietaryProduct, Tool
from tools_catalog.selectors import offers_prefetch

CSV_COLUMNS = [
    ("slug", "identifiant"),
    ("name", "nom"),
    ("summary", "résumé"),
    ("url", "fiche"),
    ("website", "site web"),
    ("source_url", "code source"),
    ("licence", "licence"),
    ("licence_evidence_url", "preuve de la licence"),
    ("licence_checked_on", "licence vérifiée le"),
    ("maintenance_status", "état du projet"),
    ("maintenance_since", "état depuis le"),
    ("successor", "à utiliser à la place"),
    ("wikidata_id", "Wikidata"),
    ("framalibre_url", "Framalibre"),
    ("sill_url", "SILL"),
    ("access", "accès"),
    ("platforms", "plateformes"),
    ("cost_model", "coût"),
    ("ease", "prise en main"),
    ("available_in_french", "en français"),
    ("needs", "besoins"),
    ("tags", "mots-clés"),
    ("hosters", "hébergeurs"),
    ("replaces", "remplace"),
    ("updated_at", "modifié le"),
]
CHUNK = 500
FORMAT = "ptca-outils-libres"


def source_url():
    """Where the catalogue comes from: its list page (the export's `source`)."""
    return settings.SITE_URL + reverse("tools_catalog:tool_list")


def export_tools():
    """Published tools with their relations, by name (a few queries per 500 tools)."""
    equivalences = Equivalence.objects.filter(is_published=True, product__is_published=True).select_related("product")
    return (
        Tool.objects.published()
        .prefetch_related(
            Prefetch("needs", queryset=Need.objects.ordered()),
            "tags",
            offers_prefetch(),
            Prefetch("equivalences", queryset=equivalences.order_by("product__name"), to_attr="replaced"),
        )
        .select_related("successor")
        .iterator(chunk_size=CHUNK)
    )


def _date(value):
    return value.isoformat() if value else None


def tool_record(tool):
    offers = [offer for offer in tool.all_offers if not offer.is_closed]
    return {
        "slug": tool.slug,
        "name": tool.name,
        "summary": tool.summary,
        "url": settings.SITE_URL + tool.get_absolute_url(),
        "website": tool.website,
        "source_url": tool.source_url,
        "licence": tool.licence,
        "licence_kind": "distribution" if is_distribution(tool.licence) else "spdx",
        "licence_evidence_url": tool.licence_evidence_url,
        "licence_checked_on": _date(tool.licence_checked_on),
        "licence_checked_by": tool.licence_checked_by,
        "maintenance_status": tool.maintenance_status,
        "maintenance_since": _date(tool.maintenance_since),
        "maintenance_note": tool.maintenance_note,
        "successor": tool.successor.slug if tool.successor and tool.successor.is_published else None,
        "identifiers": {
            "wikidata": tool.wikidata_id or None,
            "wikidata_url": wikidata_url(tool.wikidata_id) or None,
            "framalibre": tool.framalibre_slug or None,
            "framalibre_url": framalibre_url(tool.framalibre_slug) or None,
            "sill": tool.sill_id or None,
            "sill_url": sill_url(tool.sill_id) or None,
        },
        "access": tool.access,
        "platforms": list(tool.platforms),
        "cost_model": tool.cost_model,
        "ease": tool.ease,
        "available_in_french": tool.available_in_french,
        "needs": [need.slug for need in tool.needs.all()],
        "tags": sorted(tag.name for tag in tool.tags.all()),
        "hosters": [
            {
                "name": offer.hoster.name,
                "url": offer.url or offer.hoster.url,
                "is_chatons_member": offer.hoster.is_chatons_member,
                "conditions": offer.conditions,
                "caveat": offer.caveat,
                "status": offer.status,
                "evidence_url": offer.evidence_url,
                "checked_on": _date(offer.checked_on),
                "checked_by": offer.checked_by,
            }
            for offer in offers
        ],
        "replaces": [equivalence.product.slug for equivalence in tool.replaced],
        "description": tool.description,
        "privacy_notes": tool.privacy_notes,
        "updated_at": tool.updated_at.isoformat(),
    }


def catalogue_data():
    """The whole published catalogue as plain data (the JSON export)."""
    products = ProprietaryProduct.objects.published().prefetch_related(
        Prefetch("needs", queryset=Need.objects.ordered())
    )
    equivalences = (
        Equivalence.objects.published().select_related("product", "tool").order_by("product__name", "tool__name")
    )
    return envelope(
        FORMAT,
        {
            "needs": [
                {"slug": n.slug, "name": n.name, "description": n.description, "synonyms": n.synonym_list}
                for n in Need.objects.ordered()
            ],
            "tools": [tool_record(tool) for tool in export_tools()],
            "products": [
                {
                    "slug": p.slug,
                    "name": p.name,
                    "aliases": p.alias_list,
                    "vendor": p.vendor,
                    "website": p.website,
                    "business_model": p.business_model,
                    "concerns": p.concerns,
                    "needs": [need.slug for need in p.needs.all()],
                    "wikidata": p.wikidata_id or None,
                }
                for p in products.iterator(chunk_size=CHUNK)
            ],
            "equivalences": [
                {
                    "product": e.product.slug,
                    "tool": e.tool.slug,
                    "coverage": e.coverage,
                    "losses": e.losses,
                    "gains": e.gains,
                    "migration_effort": e.migration_effort,
                    "migration_steps": e.migration_steps,
                    "cost_note": e.cost_note,
                    "evidence_url": e.evidence_url,
                    "checked_on": _date(e.checked_on),
                    "checked_by": e.checked_by,
                }
                for e in equivalences.iterator(chunk_size=2000)
            ],
        },
        source=source_url(),
    )


def csv_rows():
    """Rows of the CSV export (lists of plain values; the kernel makes them safe and encodes them)."""
    for tool in export_tools():
        record = tool_record(tool)
        record["platforms"] = ", ".join(record["platforms"])
        record["needs"] = ", ".join(need.name for need in tool.needs.all())
        record["tags"] = ", ".join(record["tags"])
        record["hosters"] = ", ".join(hoster["name"] for hoster in record["hosters"])
        record["successor"] = record["successor"] or ""
        for key in ("licence_checked_on", "maintenance_since"):
            record[key] = record[key] or ""
        identifiers = record["identifiers"]
        record["wikidata_id"] = identifiers["wikidata"] or ""
        record["framalibre_url"] = identifiers["framalibre_url"] or ""
        record["sill_url"] = identifiers["sill_url"] or ""
        record["replaces"] = ", ".join(equivalence.product.name for equivalence in tool.replaced)
        yield [record[key] for key, _header in CSV_COLUMNS]


def csv_header():
    return [header for _key, header in CSV_COLUMNS]
