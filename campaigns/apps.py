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
