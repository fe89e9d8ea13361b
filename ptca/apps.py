from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate


class PtcaConfig(AppConfig):
    name = "ptca"
    verbose_name = "Portail"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_login_failed

        from core import slots
        from core.roles import grant_admin_access, sync_group_permissions
        from ptca import coordination, equipment_followup, outbox, shipped
        from ptca.companion.search import training_hint

        post_migrate.connect(sync_group_permissions, dispatch_uid="ptca.sync_group_permissions")
        m2m_changed.connect(
            grant_admin_access, sender=get_user_model().groups.through, dispatch_uid="ptca.grant_admin_access"
        )
        # Failed e-mails first among the coordinators' to-do items: a registrant is waiting for a link.
        slots.register("coordinator_todo", "ptca.outbox", outbox.coordinator_todo, order=10)
        slots.register("coordinator_todo", "ptca.shipped", shipped.coordinator_todo, order=90)
        slots.register("equipment_followup", "ptca.equipment_followup", equipment_followup.followup_block)
        coordination.register_pages()

        from ptca.accounts import count_login_failure

        user_login_failed.connect(count_login_failure, dispatch_uid="ptca.count_login_failure")
        # A search for "formation" in the catalogue leads to the training calendar.
        slots.register("catalogue_search", "ptca.training_hint", training_hint, order=10)
