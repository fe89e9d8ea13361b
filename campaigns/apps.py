from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campagnes sur un territoire"

    def ready(self):
        from auditlog.registry import auditlog

        from campaigns import helpers
        from campaigns.models import Action, Campaign, Step, TownHall, TownHallContact
        from core import slots

        auditlog.register(Campaign, m2m_fields={"communes", "carriers"})
        auditlog.register(Step, m2m_fields={"sessions", "actors"})
        auditlog.register(Action, m2m_fields={"communes", "carriers"})
        auditlog.register(TownHall)
        auditlog.register(TownHallContact)

        slots.register("coordinator_todo", "campaigns.helpers", helpers.coordinator_todo, order=40)

        # The coordination space: campaigns, their steps, town halls and checklists are managed from
        # the campaigns list (each campaign's page links to its steps, town halls and report).
        from core import manage_pages

        for model in ("campaign", "step", "townhall", "townhallcontact"):
            manage_pages.register(
                f"campaigns.{model}",
                "campaigns:campaign_list",
                "Campagnes sur un territoire",
                group="Campagnes",
                order=600,
            )
        manage_pages.register(
            "campaigns.action", "campaigns:inventory", "Inventaire des actions", group="Campagnes", order=601
        )
