"""Anonymise follow-ups closed more than N months ago: name, RNA and visit notes erased, figures kept.

The mail worker runs the same work every day (accompaniments.services.followups_anonymise_expired,
registered in apps.py); this command is for a run by hand, or for cron without the worker.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accompaniments import services
from core.dates import months_ago


class Command(BaseCommand):
    help = (
        "Anonymise les accompagnements terminés depuis plus de N mois (FOLLOWUP_RETENTION_MONTHS, 24 par "
        "défaut) : le nom de l'association, son numéro RNA et les notes de visite sont effacés ; les étapes, "
        "orientations et dates restent pour les chiffres."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Nombre de mois de conservation après la fin (par défaut : FOLLOWUP_RETENTION_MONTHS).",
        )

    def handle(self, *args, months=None, **options):
        if months is None:
            months = settings.FOLLOWUP_RETENTION_MONTHS
        if months < 0:
            raise CommandError("Le nombre de mois doit être positif ou nul.")
        limit = months_ago(months)
        count = services.followups_anonymise(closed_before=limit)
        self.stdout.write(
            f"{count} accompagnement(s) anonymisé(s) (terminés avant le {timezone.localtime(limit):%d/%m/%Y})."
        )
