from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PtcaConfig(AppConfig):
    name = "ptca"
    verbose_name = "Portail"

    def ready(self):
        from ptca.roles import sync_group_permissions

        post_migrate.connect(sync_group_permissions, dispatch_uid="ptca.sync_group_permissions")
