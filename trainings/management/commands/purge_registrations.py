"""Anonymise registrations of sessions that ended more than N months ago (privacy)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.dates import months_ago
from trainings import services


class Command(BaseCommand):
    help = (
        "Anonymise les inscriptions des sessions terminées depuis plus de N mois "
        "(REGISTRATION_RETENTION_MONTHS, 12 par défaut) : noms, courriels, structures et liens sont effacés."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Nombre de mois de conservation après la session (par défaut : REGISTRATION_RETENTION_MONTHS).",
        )

    def handle(self, *args, months=None, **options):
        if months is None:
            months = getattr(settings, "REGISTRATION_RETENTION_MONTHS", 12)
        if months < 0:
            raise CommandError("Le nombre de mois doit être positif ou nul.")
        limit = months_ago(months)
        count = services.registrations_anonymise(older_than=limit)
        self.stdout.write(
            f"{count} inscription(s) anonymisée(s) (sessions terminées avant le {timezone.localtime(limit):%d/%m/%Y})."
        )
