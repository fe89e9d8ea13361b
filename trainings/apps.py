from django.apps import AppConfig


class TrainingsConfig(AppConfig):
    name = "trainings"
    verbose_name = "Formations"

    def ready(self):
        from auditlog.registry import auditlog

        from core import jobs, slots
        from trainings import helpers, services
        from trainings.models import Registration, Session, Training

        auditlog.register(
            Training, exclude_fields=["updated_at", "version"], m2m_fields={"needs", "tools", "organisers", "speakers"}
        )
        auditlog.register(Session, exclude_fields=["updated_at"])
        # Personal data stays out of the history, so that anonymisation really erases it.
        auditlog.register(
            Registration,
            include_fields=["status", "session", "consent", "cancelled_at", "anonymised_at"],
        )

        slots.register("tool_detail", "trainings.helpers", helpers.sessions_for_tool, order=20)
        slots.register("actor_detail", "trainings.helpers", helpers.sessions_for_actor, order=20)
        slots.register("home", "trainings.helpers", helpers.next_sessions, order=20)
        slots.register("coordinator_todo", "trainings.helpers", helpers.coordinator_todo, order=30)
        slots.register("visit_sheet", "trainings.helpers", helpers.sessions_for_visit, order=20)
        slots.register("survey_needs", "trainings.helpers", helpers.supply_for_needs, order=20)
        # Unconfirmed registration requests expire and the waiting list moves up on time.
        jobs.register("trainings.registration_holds", services.registration_holds_expire, every=60)
        # Reminders before each session, the waiting-list notice the day before, the follow-up after.
        jobs.register("trainings.session_emails", services.session_emails_send, every=600)
