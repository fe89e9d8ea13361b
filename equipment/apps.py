from django.apps import AppConfig


class EquipmentConfig(AppConfig):
    name = "equipment"
    verbose_name = "Équipement, reconditionné et financements"

    def ready(self):
        from auditlog.registry import auditlog

        from core import manage_pages, slots
        from equipment import slots as equipment_slots
        from equipment.models import FundingScheme, Offer, ReferencePrice

        auditlog.register(Offer, exclude_fields=["updated_at", "version"])
        auditlog.register(ReferencePrice, exclude_fields=["updated_at", "version"])
        auditlog.register(FundingScheme, exclude_fields=["updated_at", "version"], m2m_fields={"communes"})

        slots.register("coordinator_todo", "equipment.slots", equipment_slots.coordinator_todo, order=45)
        slots.register("actor_detail", "equipment.slots", equipment_slots.offers_for_actor, order=20)
        group = "Équipement et financements"
        manage_pages.register(
            "equipment.offer", "equipment:offer_list", "Offres de matériel reconditionné", group=group, order=300
        )
        manage_pages.register(
            "equipment.referenceprice", "equipment:price_list", "Prix de référence datés", group=group, order=301
        )
        manage_pages.register(
            "equipment.fundingscheme", "equipment:scheme_list", "Dispositifs de financement", group=group, order=302
        )
        manage_pages.shortcut("equipment:guide", "Guide « Financer l'équipement autrement »", group=group, order=303)
