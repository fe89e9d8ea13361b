from django.apps import AppConfig


class AccompanimentsConfig(AppConfig):
    name = "accompaniments"
    verbose_name = "Accompagnements"

    def ready(self):
        from auditlog.registry import auditlog

        from accompaniments import helpers, services
        from accompaniments.models import Followup, Referral, Step
        from core import jobs, slots

        # Who changed what on the path. The association's name, its RNA number, the visits and their
        # notes, and the share token stay out of the history: anonymisation really erases them, and
        # coordinators (who read the history in the admin) never see a file's content.
        auditlog.register(
            Followup,
            include_fields=["status", "commune", "staff", "budget", "comfort", "closed_at", "anonymised_at"],
            m2m_fields={"advisors"},
        )
        auditlog.register(
            Step,
            include_fields=["product", "tool", "need", "status", "abandon_reason", "session"],
        )
        auditlog.register(Referral, include_fields=["step", "actor", "referred_on", "outcome"])

        slots.register("visit_sheet", "accompaniments.helpers", helpers.follow_link, order=5)
        slots.register("tool_detail", "accompaniments.helpers", helpers.figures_for_tool, order=30)
        slots.register("replace", "accompaniments.helpers", helpers.figures_for_product, order=30)
        slots.register("coordinator_todo", "accompaniments.helpers", helpers.coordinator_todo, order=50)
        slots.register("home", "accompaniments.helpers", helpers.advisor_home, order=5)
        # Follow-ups closed more than FOLLOWUP_RETENTION_MONTHS ago are anonymised every day.
        jobs.register("accompaniments.followups_anonymise", services.followups_anonymise_expired, every=24 * 3600)
