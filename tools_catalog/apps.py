from django.apps import AppConfig


class ToolsCatalogConfig(AppConfig):
    name = "tools_catalog"
    verbose_name = "Catalogue des outils libres"

    def ready(self):
        from core import jobs, manage_pages, slots
        from tools_catalog import audit, services, signals
        from tools_catalog import slots as catalogue_slots

        signals.connect()
        audit.register()
        # Open reports lose their reply e-mail after REPORT_EMAIL_RETENTION_DAYS.
        jobs.register("tools_catalog.report_emails", services.catalogue_report_emails_expire, every=24 * 3600)
        slots.register("coordinator_todo", "tools_catalog.slots", catalogue_slots.coordinator_todo, order=10)
        # The coordinators' front-end pages (tools_catalog/manage_views.py), listed in the coordination space.
        group = "Catalogue des outils"
        for order, (model, key, label) in enumerate(
            [
                ("tool", "tool", "Outils libres"),
                ("proprietaryproduct", "product", "Produits propriétaires"),
                ("equivalence", "equivalence", "Équivalences"),
                ("need", "need", "Besoins"),
                ("guide", "guide", "Guides"),
                ("hoster", "hoster", "Hébergeurs"),
                ("hostedoffer", "offer", "Offres d'hébergement"),
            ]
        ):
            manage_pages.register(
                f"tools_catalog.{model}", f"tools_catalog:manage_{key}_list", label, group=group, order=100 + order
            )
        manage_pages.register(
            "tools_catalog.cataloguereport", "tools_catalog:report_list", "Signalements", group=group, order=110
        )
        manage_pages.shortcut("tools_catalog:proposal_list", "Équivalences proposées", group=group, order=111)
        manage_pages.shortcut("tools_catalog:stale_fact_list", "Informations à revérifier", group=group, order=112)
        manage_pages.exempt("tools_catalog.searchword", "derived from the names (tools_catalog.words)")
