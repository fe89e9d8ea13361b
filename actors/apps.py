from django.apps import AppConfig


class ActorsConfig(AppConfig):
    name = "actors"
    verbose_name = "Acteurs du territoire"

    def ready(self):
        from auditlog.registry import auditlog

        from actors import helpers, services
        from actors.models import Actor, Commune, ErrorReport, Service
        from core import jobs, manage_pages, slots

        auditlog.register(
            Actor,
            exclude_fields=["search_text", "updated_at", "version"],
            m2m_fields={"services", "tools", "needs", "communes_served"},
        )
        auditlog.register(Service, exclude_fields=["version"])
        auditlog.register(Commune, exclude_fields=["search_name"])
        # The reporter's optional e-mail never enters the history: erasing it from the report is enough.
        auditlog.register(ErrorReport, exclude_fields=["contact_email"])
        # Unhandled reports lose their reply e-mail after REPORT_EMAIL_RETENTION_DAYS.
        jobs.register("actors.report_emails", services.error_report_emails_expire, every=24 * 3600)

        slots.register("tool_detail", "actors.helpers", helpers.actors_for_tool, order=10)
        slots.register("coordinator_todo", "actors.helpers", helpers.coordinator_todo, order=20)
        slots.register("visit_sheet", "actors.helpers", helpers.actors_for_visit, order=10)
        # The coordinators' pages of the reference lists (actors/manage_views.py).
        manage_pages.register("actors.service", "actors:service_list", "Services proposés", group="Acteurs", order=202)
        manage_pages.register(
            "actors.commune", "actors:commune_list", "Communes du département", group="Acteurs", order=203
        )
