"""Delete what django-axes noted about logins once it is no longer needed (privacy)."""

import datetime

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone


class Command(BaseCommand):
    help = (
        "Supprime les connexions réussies notées depuis plus de ACCESS_LOG_RETENTION_DAYS jours (180 par "
        "défaut) et les échecs de connexion expirés (identifiant, adresse IP, navigateur)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Jours de conservation des connexions réussies.")

    def handle(self, *args, days=None, **options):
        days = settings.ACCESS_LOG_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("Le nombre de jours doit être positif ou nul.")
        now = timezone.now()
        limit = now - datetime.timedelta(days=days)
        cooloff = datetime.timedelta(hours=settings.AXES_COOLOFF_TIME)
        logs = AccessLog.objects.filter(attempt_time__lt=limit).delete()[0]
        failure_logs = AccessFailureLog.objects.filter(attempt_time__lt=limit).delete()[0]
        attempts = AccessAttempt.objects.filter(attempt_time__lt=now - cooloff).delete()[0]
        self.stdout.write(f"{logs} connexion(s) réussie(s), {failure_logs + attempts} trace(s) d'échec supprimée(s).")
