from django.apps import AppConfig


class ToolsCatalogConfig(AppConfig):
    name = "tools_catalog"
    verbose_name = "Catalogue des outils libres"

    def ready(self):
        from core import slots
        from tools_catalog import audit, signals
        from tools_catalog import slots as catalogue_slots

        signals.connect()
        audit.register()
        slots.register("coordinator_todo", "tools_catalog.slots", catalogue_slots.coordinator_todo, order=10)
