"""Load the demo content that each app ships, in dependency order. Idempotent."""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from ptca.demo import create_demo_coordinator

# Each app ships `<app>/demo.py` with `load(*, stdout)`; the order follows the dependencies.
DEMO_APPS = ["tools_catalog", "actors", "trainings", "surveys"]


class Command(BaseCommand):
    help = "Charge le contenu de démonstration de chaque application (sans doublon si relancé)."

    def handle(self, *args, **options):
        for app in DEMO_APPS:
            try:
                module = import_module(f"{app}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app}.demo":
                    raise
                continue
            with transaction.atomic():
                module.load(stdout=self.stdout)
            self.stdout.write(f"Contenu de démonstration chargé : {app}")
        if settings.DEBUG:
            create_demo_coordinator()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Compte de démonstration (DEBUG seulement) : {settings.DEMO_COORDINATOR_USERNAME}"
                    f" / {settings.DEMO_COORDINATOR_PASSWORD}"
                )
            )
