from django.apps import AppConfig


class ToolsCatalogConfig(AppConfig):
    name = "tools_catalog"
    verbose_name = "Catalogue des outils libres"

    def ready(self):
        from tools_catalog import audit, signals

        signals.connect()
        audit.register()
