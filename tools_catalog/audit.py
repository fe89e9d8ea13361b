"""History of changes (django-auditlog): who changed which catalogue entry, when, and how.

Shown in the admin on each object's "Historique des modifications" page and in
Administration > Journal des modifications.
"""

from auditlog.registry import auditlog

from tools_catalog.models import (
    CatalogueReport,
    Equivalence,
    Guide,
    HostedOffer,
    Hoster,
    Need,
    ProprietaryProduct,
    Tool,
)


def register():
    if auditlog.contains(Tool):
        return
    auditlog.register(Need)
    auditlog.register(Hoster)
    auditlog.register(
        Tool,
        m2m_fields={"needs", "hosters", "tags"},
        exclude_fields=["search_text", "search_vector", "platform_codes", "tagged_items", "equivalences"],
    )
    auditlog.register(
        ProprietaryProduct, m2m_fields={"needs"}, exclude_fields=["search_text", "match_keys", "equivalences"]
    )
    auditlog.register(Equivalence)
    auditlog.register(HostedOffer)
    auditlog.register(Guide)
    # Who accepted or rejected a report, and what was done; never the reporter's address.
    auditlog.register(CatalogueReport, exclude_fields=["contact_email"])
