"""Anonymise registrations of sessions that ended more than N months ago (privacy)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from core.dates import months_ago
from core.history import erase_personal_data
from core.privacy import erase_outbox_messages
from trainings import services
from trainings.models import Registration

# What a registration holds about a person, wherever it was copied (history, outbox).
PERSONAL_FIELDS = ["first_name", "last_name", "email", "organisation", "role", "token", "registered_by"]


class Command(BaseCommand):
    help = (
        "Anonymise les inscriptions des sessions terminées depuis plus de N mois "
        "(REGISTRATION_RETENTION_MONTHS, 12 par défaut) : noms, courriels, structures et liens sont effacés, "
        "y compris dans l'historique des modifications et dans les courriels envoyés."
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
        with transaction.atomic():
            addresses = list(
                Registration.objects.not_anonymised().filter(session__end__lt=limit).values_list("email", flat=True)
            )
            count = services.registrations_anonymise(older_than=limit)
            # The copies: history entries of every anonymised registration (those of earlier runs too), mail.
            history = erase_personal_data(
                Registration,
                Registration.objects.filter(anonymised_at__isnull=False).values("pk"),
                PERSONAL_FIELDS,
            )
            mail = erase_outbox_messages(addresses, before=limit)
        self.stdout.write(
            f"{count} inscription(s) anonymisée(s) (sessions terminées avant le {timezone.localtime(limit):%d/%m/%Y}) ; "
            f"{history} entrée(s) d'historique et {mail} courriel(s) effacé(s)."
        )
