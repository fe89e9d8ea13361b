"""Fictional data for development and demonstrations (DEBUG only): never in production.

It first runs the seed in its default mode (creates what is missing, never overwrites), then adds
only fictional things: sessions with registrants (trainings/demo.py), survey responses
(surveys/demo.py), the demo accounts (ptca/demo.py) and the demo advisor's follow-ups
(accompaniments/demo.py). It never writes seeded content.
"""

from importlib import import_module

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accompaniments.demo import create_demo_followups
from ptca.demo import create_demo_advisor, create_demo_coordinator

# Each of these apps ships `<app>/demo.py` with `load(*, stdout)`, in dependency order.
DEMO_APPS = ["trainings", "surveys", "equipment", "campaigns"]
REFUSED = (
    "demo_data ne s'exécute qu'avec DEBUG activé : ses données sont fictives. "
    "En production, chargez le contenu livré avec seed_content."
)


class Command(BaseCommand):
    requires_system_checks = []  # the refusal outside DEBUG comes first, as one line
    help = "DEBUG seulement : ajoute des données fictives (sessions et inscrits, réponses d'enquête, comptes de démonstration)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(REFUSED)
        call_command("seed_content", stdout=self.stdout)
        with transaction.atomic():
            for app in DEMO_APPS:
                import_module(f"{app}.demo").load(stdout=self.stdout)
            create_demo_coordinator()
            advisor = create_demo_advisor()
            # A few fictional follow-ups of the demo advisor, so that coordinators' aggregates show something.
            followups = create_demo_followups(advisor)
            self.stdout.write(f"Accompagnements de démonstration : {len(followups)} créé(s).")
        self.stdout.write(
            self.style.SUCCESS(
                "Comptes de démonstration (DEBUG seulement) :\n"
                f"  coordination : {settings.DEMO_COORDINATOR_USERNAME} / {settings.DEMO_COORDINATOR_PASSWORD}\n"
                f"  conseiller   : {settings.DEMO_ADVISOR_USERNAME} / {settings.DEMO_ADVISOR_PASSWORD}"
            )
        )
