from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate


class PtcaConfig(AppConfig):
    name = "ptca"
    verbose_name = "Portail"

    def ready(self):
        from django.contrib.auth import get_user_model

        from core import slots
        from core.roles import grant_admin_access, sync_group_permissions
        from ptca.companion.search import training_hint

        post_migrate.connect(sync_group_permissions, dispatch_uid="ptca.sync_group_permissions")
        m2m_changed.connect(
            grant_admin_access, sender=get_user_model().groups.through, dispatch_uid="ptca.grant_admin_access"
        )
        # A search for "formation" in the catalogue leads to the training calendar.
        slots.register("catalogue_search", "ptca.training_hint", training_hint, order=10)
